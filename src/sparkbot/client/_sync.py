"""`SparkBot`: the synchronous client, a thin shell over the pure core on
`httpx.Client`."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ..spec import get_operation
from ._base import BaseClient, TimeoutTypes
from ._generated import SyncResources
from ._pagination import next_page_values
from ._response import BinaryResponse, as_binary, parse_response
from ._retry import RetryPolicy
from .sandbox import Sandbox, SyncSandbox

if TYPE_CHECKING:
    from ._resource import SyncCaller

__all__ = ["SparkBot"]


class SparkBot(SyncResources, BaseClient):
    """The SparkBot API, every operation at `client.<resource>.<method>(...)`.

    `SparkBot(api_key=..., base_url=...)`; both default from `SPARKBOT_API_KEY` and
    `SPARKBOT_API_URL`. Use it as a context manager, or call `close()`."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
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
        self._http = http_client or httpx.Client(transport=transport)
        self._sleep = sleep

    def call(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> Any:
        """Runs one operation by key (`"session.rebootDevice"`) with values keyed by wire name."""
        _, prepared = self._prepare(operation, values or {})
        attempt = 0
        with self._upload_files(prepared) as files:
            while True:
                request = self._build(self._http, prepared, timeout, files)
                try:
                    response = self._http.send(request)
                except httpx.TransportError as exc:
                    failure, error = self._failure(request, exc)
                    delay = self._delay_after_failure(prepared, attempt, failure)
                    if delay is None:
                        raise error from exc
                else:
                    delay = self._delay_after_response(prepared, attempt, response)
                    if delay is None:
                        return parse_response(response, binary=prepared.binary)
                self._sleep(delay)
                attempt += 1

    def call_binary(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> BinaryResponse:
        """`call` for an operation that answers bytes (a QR image, a file download)."""
        return as_binary(self.call(operation, values, timeout=timeout))

    def iterate(
        self, operation: str, values: Mapping[str, Any] | None = None, *, timeout: TimeoutTypes = None
    ) -> Iterator[Any]:
        """Every element of a paginated list, fetching page after page while pages come back full."""
        op = get_operation(operation)
        current: Mapping[str, Any] | None = dict(values or {})
        while current is not None:
            items = self.call(operation, current, timeout=timeout)
            for item in items if isinstance(items, list) else [items]:  # noqa: UP028 (async twin)
                yield item
            current = next_page_values(op, current, items)

    @property
    def sandbox(self) -> SyncSandbox:
        """The simulated phone of a SparkBot-compatible server (`sparkbot serve`), beside `/v1`:
        `client.sandbox.scan(device)` links a number (awaited with the async client); also `pair`,
        `inbound`, `disconnect` and `outbox`."""
        return Sandbox(self._sandbox_send)

    def _sandbox_send(self, method: str, path: str, body: Mapping[str, Any] | None) -> Any:
        request = self._sandbox_request(self._http, method, path, body)
        try:
            response = self._http.send(request)
        except httpx.TransportError as exc:
            raise self._failure(request, exc)[1] from exc
        return parse_response(response, binary=False)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> SparkBot:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


if TYPE_CHECKING:

    def _resources_can_call(client: SparkBot) -> SyncCaller:
        """mypy checks here that the client is what its resource namespaces call."""
        return client
