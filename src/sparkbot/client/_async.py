# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""`AsyncSparkBot`: the asynchronous client, a thin shell over the pure core on
`httpx.AsyncClient`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ..spec import get_operation
from ._base import BaseClient, TimeoutTypes
from ._generated import AsyncResources
from ._pagination import next_page_values
from ._response import BinaryResponse, as_binary, parse_response
from ._retry import RetryPolicy
from .sandbox import AsyncSandbox, Sandbox

if TYPE_CHECKING:
    from ._resource import AsyncCaller

__all__ = ["AsyncSparkBot"]


class AsyncSparkBot(AsyncResources, BaseClient):
    """The SparkBot API, every operation at `await client.<resource>.<method>(...)`.

    `AsyncSparkBot(api_key=..., base_url=...)`; both default from `SPARKBOT_API_KEY` and
    `SPARKBOT_API_URL`. Use it as an async context manager, or `await aclose()`."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport)
        self._sleep = sleep

    async def call(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> Any:
        """Runs one operation by key (`"session.rebootDevice"`) with values keyed by wire name."""
        _, prepared = self._prepare(operation, values or {})
        attempt = 0
        with self._upload_files(prepared) as files:
            while True:
                request = self._build(self._http, prepared, timeout, files)
                try:
                    response = await self._http.send(request)
                except httpx.TransportError as exc:
                    failure, error = self._failure(request, exc)
                    delay = self._delay_after_failure(prepared, attempt, failure)
                    if delay is None:
                        raise error from exc
                else:
                    delay = self._delay_after_response(prepared, attempt, response)
                    if delay is None:
                        return parse_response(response, binary=prepared.binary)
                await self._sleep(delay)
                attempt += 1

    async def call_binary(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> BinaryResponse:
        """`call` for an operation that answers bytes (a QR image, a file download)."""
        return as_binary(await self.call(operation, values, timeout=timeout))

    async def iterate(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> AsyncIterator[Any]:
        """Every element of a paginated list, fetching page after page while pages come back full."""
        op = get_operation(operation)
        current: Mapping[str, Any] | None = dict(values or {})
        while current is not None:
            items = await self.call(operation, current, timeout=timeout)
            for item in items if isinstance(items, list) else [items]:
                yield item
            current = next_page_values(op, current, items)

    @property
    def sandbox(self) -> AsyncSandbox:
        """The simulated phone of a SparkBot-compatible server (`sparkbot serve`), beside `/v1`:
        `client.sandbox.scan(device)` links a number (awaited with the async client); also `pair`,
        `inbound`, `disconnect` and `outbox`."""
        return Sandbox(self._sandbox_send)

    async def _sandbox_send(self, method: str, path: str, body: Mapping[str, Any] | None) -> Any:
        request = self._sandbox_request(self._http, method, path, body)
        try:
            response = await self._http.send(request)
        except httpx.TransportError as exc:
            raise self._failure(request, exc)[1] from exc
        return parse_response(response, binary=False)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncSparkBot:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


if TYPE_CHECKING:

    def _resources_can_call(client: AsyncSparkBot) -> AsyncCaller:
        """mypy checks here that the client is what its resource namespaces call."""
        return client
