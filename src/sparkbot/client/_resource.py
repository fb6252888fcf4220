"""What the generated resource namespaces (`client.session`, ...) need of a client, as protocols.

The generated modules depend on these protocols only, never on `SparkBot`/`AsyncSparkBot`, so the
clients import the resources and nothing imports back: the import graph has no cycle.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ._base import TimeoutTypes
    from ._response import BinaryResponse

__all__ = ["AsyncCaller", "AsyncResource", "SyncCaller", "SyncResource"]


class SyncCaller(Protocol):
    """A synchronous client: runs an operation by key with values keyed by wire name."""

    def call(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> Any: ...

    def call_binary(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> BinaryResponse: ...

    def iterate(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> Iterator[Any]: ...


class AsyncCaller(Protocol):
    """An asynchronous client: `SyncCaller` with `call` and `call_binary` awaited."""

    async def call(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> Any: ...

    async def call_binary(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> BinaryResponse: ...

    def iterate(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> AsyncIterator[Any]: ...


class SyncResource:
    """A group of operations of one resource, bound to a synchronous client."""

    def __init__(self, client: SyncCaller) -> None:
        self._client = client


class AsyncResource:
    """A group of operations of one resource, bound to an asynchronous client."""

    def __init__(self, client: AsyncCaller) -> None:
        self._client = client
