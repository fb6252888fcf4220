"""Generates the async client shell (`client/_async.py`) from the sync one, like httpcore's unasync.

The two differ only in `send`/`await send` and `sleep`/`await sleep`; nobody maintains a twin."""

from __future__ import annotations

from pathlib import Path

from .client import HEADER

__all__ = ["SOURCE", "TARGET", "unasync"]

SOURCE = "src/sparkbot/client/_sync.py"
TARGET = "src/sparkbot/client/_async.py"

_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    (
        '"""`SparkBot`: the synchronous client, a thin shell over the pure core on\n`httpx.Client`."""',
        '"""`AsyncSparkBot`: the asynchronous client, a thin shell over the pure core on\n'
        '`httpx.AsyncClient`."""',
    ),
    ("import time\n", "import asyncio\n"),
    ("Callable, Iterator, Mapping", "AsyncIterator, Awaitable, Callable, Mapping"),
    ("import SyncResources", "import AsyncResources"),
    ("import SyncCaller", "import AsyncCaller"),
    ("(client: SparkBot) -> SyncCaller:", "(client: AsyncSparkBot) -> AsyncCaller:"),
    ('__all__ = ["SparkBot"]', '__all__ = ["AsyncSparkBot"]'),
    ("class SparkBot(SyncResources, BaseClient):", "class AsyncSparkBot(AsyncResources, BaseClient):"),
    ("at `client.<resource>.<method>(...)`.", "at `await client.<resource>.<method>(...)`."),
    ("`SparkBot(api_key=..., base_url=...)`", "`AsyncSparkBot(api_key=..., base_url=...)`"),
    (
        "Use it as a context manager, or call `close()`.",
        "Use it as an async context manager, or `await aclose()`.",
    ),
    ("httpx.Client | None", "httpx.AsyncClient | None"),
    ("httpx.BaseTransport", "httpx.AsyncBaseTransport"),
    ("Callable[[float], None] = time.sleep", "Callable[[float], Awaitable[None]] = asyncio.sleep"),
    ("httpx.Client(transport=transport)", "httpx.AsyncClient(transport=transport)"),
    ("    def call(", "    async def call("),
    ("= self._http.send(", "= await self._http.send("),
    ("            self._sleep(delay)", "            await self._sleep(delay)"),
    ("    def call_binary(", "    async def call_binary("),
    ("import Sandbox, SyncSandbox", "import AsyncSandbox, Sandbox"),
    ("SyncSandbox", "AsyncSandbox"),
    ("    def _sandbox_send(", "    async def _sandbox_send("),
    ("return as_binary(self.call(", "return as_binary(await self.call("),
    ("    def iterate(", "    async def iterate("),
    ("  # noqa: UP028 (async twin)", ""),
    ("-> Iterator[Any]:", "-> AsyncIterator[Any]:"),
    ("= self.call(", "= await self.call("),
    ("    def close(self) -> None:", "    async def aclose(self) -> None:"),
    ("            self._http.close()", "            await self._http.aclose()"),
    ("    def __enter__(self) -> SparkBot:", "    async def __aenter__(self) -> AsyncSparkBot:"),
    ("    def __exit__(", "    async def __aexit__("),
    ("        self.close()", "        await self.aclose()"),
)


def unasync(root: Path) -> dict[str, str]:
    """Relative path -> content of the async shell; fails loudly if a replacement finds nothing."""
    text = (root / SOURCE).read_text("utf-8")
    for old, new in _REPLACEMENTS:
        if old not in text:
            raise ValueError(f"unasync: {old!r} is no longer in {SOURCE}; update _codegen/unasync.py")
        text = text.replace(old, new)
    return {TARGET: HEADER + text}
