"""The console acts through the catalogue's own handlers: the values checked as `/v1` checks them
(`validate_call`), then the handler, which calls the services. So a console button and the API
call of the same name do the same thing, with the same errors (`ApiProblem`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...spec import get_operation
from ...spec.validation import validate_call
from ..db import Account
from ..problems import ApiProblem
from ..routes.base import Call
from ..routes.registry import HANDLERS
from ..services import Services

__all__ = ["built", "operation"]


def built(key: str) -> bool:
    """Whether this server has a handler for the operation (`groups.getDeviceGroupChats`)."""
    return HANDLERS.get(key) is not None


async def operation(services: Services, account: Account, key: str, values: Mapping[str, Any]) -> Any:
    """Call the operation `key` with `values` (names as the catalogue has them) for `account`."""
    op = get_operation(key)
    handler = HANDLERS.get(key)
    if handler is None:
        raise ApiProblem(501, "not_implemented", f"{key} is not built on this server")
    given = {name: value for name, value in values.items() if value is not None}
    problems = validate_call(op, given)
    if problems:
        errors = [{"field": p.field, "message": p.message} for p in problems]
        raise ApiProblem(400, "invalid_parameter", problems[0].message, errors)
    return await handler.fn(Call(op, account, services, given))
