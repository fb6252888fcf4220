"""The sandbox playing the others of a number's groups: a stranger asks to join (`request`), an
admin elsewhere removes the number (`remove-us`). A member writing in a group is the sandbox's
`inbound` with `group`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ..deps import CurrentAccount, ServicesDep
from .openapi import error_response

__all__ = ["GroupRequestAnswer", "RemoveUsBody", "RequestBody", "add_group_routes"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RequestBody(_Body):
    phone: str = Field(description="who asks to join, E.164")


class RemoveUsBody(_Body):
    by: str | None = Field(default=None, description="the admin who removes the number, E.164 (optional)")


class GroupRequestAnswer(BaseModel):
    """What became of the request: `pending` (approval is on) or `joined`."""

    group: str
    phone: str
    status: str


def _answers(status: int, model: Any) -> dict[int | str, dict[str, Any]]:
    return {
        status: {"model": model},
        **{code: error_response(code) for code in (400, 401, 404, 409, 415, 503)},
    }


def add_group_routes(router: APIRouter) -> None:
    """The sandbox's group routes, on the sandbox's router."""

    @router.post(
        "/devices/{deviceId}/groups/{groupId}/request",
        name="sandbox.groupRequest",
        response_model=None,
        responses=_answers(200, GroupRequestAnswer),
    )
    async def group_request(
        deviceId: str, groupId: str, body: RequestBody, account: CurrentAccount, services: ServicesDep
    ) -> dict[str, Any]:
        """A stranger asks to join the group: pending when it needs approval, else a member."""
        services.sandbox.require_sandbox()
        return await services.groups.stranger_request(account, deviceId, groupId, body.phone)

    @router.post(
        "/devices/{deviceId}/groups/{groupId}/remove-us",
        name="sandbox.groupRemoveUs",
        response_model=None,
        responses=_answers(200, dict[str, Any]),
    )
    async def group_remove_us(
        deviceId: str,
        groupId: str,
        account: CurrentAccount,
        services: ServicesDep,
        body: RemoveUsBody | None = None,
    ) -> dict[str, Any]:
        """An admin elsewhere removes the number from the group (kept, marked `removed`)."""
        services.sandbox.require_sandbox()
        return await services.groups.removed_by_admin(account, deviceId, groupId, body.by if body else None)
