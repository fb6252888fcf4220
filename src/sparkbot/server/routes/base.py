"""What a route handler gets (`Call`) and gives back, and the table that maps operations to handlers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from ...spec import Operation, get_operation
from ..db import Account
from ..responses import JSONResponse
from ..services import Services
from ..services.qr import Rendered

__all__ = ["Call", "Handler", "Handlers", "StreamFn", "to_response"]


@dataclass(frozen=True, slots=True)
class Call:
    """One authenticated, validated call of an operation."""

    op: Operation
    account: Account
    services: Services
    values: Mapping[str, Any]

    @property
    def device_id(self) -> str:
        return str(self.values["deviceId"])

    def get(self, name: str) -> Any:
        """The value given, else None (catalogue defaults like `""` or `[]` are not values)."""
        return self.values.get(name)

    def flag(self, name: str) -> bool:
        """A boolean parameter: the value given, else its catalogue default."""
        value = self.values.get(name, self.op.param(name).default)
        return value is True

    @property
    def wait_seconds(self) -> float:
        override = self.services.settings.wait_seconds
        return float(override if override is not None else (self.op.wait_seconds or 90))


HandlerFn = Callable[[Call], Awaitable[Any]]
# a handler of a body the catalogue cannot describe (a multipart upload), given the request to stream
StreamFn = Callable[[Request, Account, Services], Awaitable[Response]]


@dataclass(frozen=True, slots=True)
class Handler:
    fn: HandlerFn
    status: int = 200
    stream: StreamFn | None = None


class Handlers:
    """Handlers by operation key; `@handlers.on("session.rebootDevice")` registers one."""

    def __init__(self) -> None:
        self._by_key: dict[str, Handler] = {}

    def on(
        self, key: str, *, status: int = 200, stream: StreamFn | None = None
    ) -> Callable[[HandlerFn], HandlerFn]:
        """`stream`: the handler of a `multipart/form-data` request, read as it streams."""
        get_operation(key)  # a typo fails at import, not at request time

        def register(fn: HandlerFn) -> HandlerFn:
            self._by_key[key] = Handler(fn, status, stream)
            return fn

        return register

    def get(self, key: str) -> Handler | None:
        return self._by_key.get(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_key)

    def merge(self, *others: Handlers) -> Handlers:
        merged = Handlers()
        for table in (self, *others):
            merged._by_key.update(table._by_key)
        return merged


def to_response(result: Any, status: int) -> Response:
    """A handler's result as a response: responses as they are, QR renderings, else JSON."""
    if isinstance(result, Response):
        return result
    if isinstance(result, Rendered):
        if result.document is not None:
            return JSONResponse(result.document, status_code=status)
        return Response(result.content, status_code=status, media_type=result.media_type)
    return JSONResponse(result, status_code=status)
