"""The two transports the acceptance scenario runs on, both with the real `AsyncSparkBot`:

- `in_process`: the app started in this event loop (its lifespan run), reached through
  `httpx.ASGITransport`, on a `ManualClock` that the harness advances; a restart can 'crash' the
  server in the middle of a send (the engine hangs after WhatsApp carried the message).
- `over_loopback`: `sparkbot.demo.embedded_server`, uvicorn on 127.0.0.1 in a thread, on the wall
  clock with fast sandbox timings (`wait=true` gives up after 1 s); a restart stops the server
  gracefully and starts another on the same database.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractContextManager, AsyncExitStack, asynccontextmanager
from typing import Any

import httpx

from sparkbot import AsyncSparkBot
from sparkbot.demo import embedded_server
from sparkbot.server import ManualClock, Settings, create_key
from sparkbot.server.clock import Clock
from sparkbot.server.engines import OutboundMessage, SandboxEngine, SendOutcome

from ..server.harness import KEY, Server, running

__all__ = ["LOOPBACK_TIMING", "InProcess", "Loopback", "in_process", "over_loopback"]

CLOCK_LIMIT = 3600.0  # seconds of manual-clock time before elapse_until gives up
REAL_LIMIT = 20.0  # seconds of wall-clock time before elapse_until gives up on loopback
LOOPBACK_TIMING: dict[str, Any] = {
    "reconnect_seconds": 0.2,
    "delivery_seconds": 0.05,
    "ack_seconds": 0.05,
    "messages_per_minute": 6000.0,
    "wait_seconds": 1.0,
}


class CrashingSandbox(SandboxEngine):
    """The sandbox, except that once armed (`crash_in = n`) its `n`-th send carries the message
    and then never returns, as if the server died before recording it; shutting the app down
    cancels it."""

    def __init__(self, settings: Settings, clock: Clock) -> None:
        super().__init__(settings, clock)
        self.crash_in: int | None = None
        self.hung = False

    async def send_many(self, messages: Sequence[OutboundMessage]) -> list[SendOutcome]:
        """Delivery hands a number's messages over in batches: the crash can fall inside one."""
        if self.crash_in is not None and self.crash_in <= len(messages):
            await super().send_many(messages[: self.crash_in])  # the n-th is carried, then hang
            self.crash_in, self.hung = None, True
            await asyncio.Event().wait()
        if self.crash_in is not None:
            self.crash_in -= len(messages)
        return await super().send_many(messages)


class InProcess:
    """The app in this event loop on a manual clock; see the module doc."""

    client: AsyncSparkBot
    sandbox: httpx.AsyncClient
    wait_limit = 90.0  # the contract's, as the settings fixture leaves `wait_seconds` unset

    def __init__(self, settings: Settings, clock: ManualClock) -> None:
        self.settings = settings
        self.clock = clock
        self.restarts = 0
        self._stack = AsyncExitStack()
        self._server: Server | None = None
        self._http: httpx.AsyncClient | None = None

    @property
    def server(self) -> Server:
        assert self._server is not None, "the server is not running"
        return self._server

    @property
    def engine(self) -> CrashingSandbox:
        engine = self.server.services.engine
        assert isinstance(engine, CrashingSandbox)
        return engine

    async def start(self) -> None:
        stack = AsyncExitStack()
        self._server = await stack.enter_async_context(
            running(self.settings, self.clock, engine=CrashingSandbox)
        )
        transport = httpx.ASGITransport(app=self._server.app)
        self._http = await stack.enter_async_context(httpx.AsyncClient(transport=transport))
        self.client = AsyncSparkBot(
            api_key=KEY, base_url="http://test/v1", http_client=self._http, max_retries=0
        )
        self.sandbox = await stack.enter_async_context(
            httpx.AsyncClient(transport=transport, base_url="http://test/sandbox", headers={"Token": KEY})
        )
        self._stack = stack

    async def stop(self) -> None:
        await self._stack.aclose()
        self._server = None

    async def elapse_until(self, check: Callable[[], Awaitable[bool]], *, step: float = 0.5) -> None:
        spent = 0.0
        while not await check():
            assert spent < CLOCK_LIMIT, f"still not there after {CLOCK_LIMIT:g} s of clock time"
            await self.clock.advance(step)
            spent += step
            await asyncio.sleep(0.002)  # real time for database I/O in other threads

    async def other_account(self) -> AsyncSparkBot:
        _, key = await self.server.services.accounts.create("other")
        assert self._http is not None
        return AsyncSparkBot(api_key=key, base_url="http://test/v1", http_client=self._http, max_retries=0)

    def crash_on_send(self, nth: int) -> None:
        self.engine.crash_in = nth

    async def restart(self) -> None:
        engine = self.engine
        if engine.crash_in is not None:

            async def hung() -> bool:
                return engine.hung

            await self.elapse_until(hung, step=0.1)
        await self.stop()
        await self.start()
        self.restarts += 1


class Loopback:
    """uvicorn on 127.0.0.1 in a thread, on the wall clock; see the module doc."""

    client: AsyncSparkBot
    sandbox: httpx.AsyncClient
    wait_limit = float(LOOPBACK_TIMING["wait_seconds"])

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.restarts = 0
        self.root = ""
        self._server: AbstractContextManager[str] | None = None
        self._others: list[AsyncSparkBot] = []

    async def start(self) -> None:
        options: dict[str, Any] = {**LOOPBACK_TIMING, "database_url": self.settings.database_url}
        server = embedded_server(self.settings.data_dir, KEY, **options)
        self.root = await asyncio.to_thread(server.__enter__)
        self._server = server
        self.client = AsyncSparkBot(api_key=KEY, base_url=f"{self.root}/v1", max_retries=0)
        self.sandbox = httpx.AsyncClient(base_url=f"{self.root}/sandbox", headers={"Token": KEY}, timeout=30)

    async def stop(self) -> None:
        for client in (self.client, *self._others):
            await client.aclose()
        self._others.clear()
        await self.sandbox.aclose()
        server, self._server = self._server, None
        if server is not None:
            await asyncio.to_thread(server.__exit__, None, None, None)

    async def elapse_until(self, check: Callable[[], Awaitable[bool]], *, step: float = 0.5) -> None:
        deadline = time.monotonic() + REAL_LIMIT
        while not await check():
            assert time.monotonic() < deadline, f"still not there after {REAL_LIMIT:g} s"
            await asyncio.sleep(0.02)

    async def other_account(self) -> AsyncSparkBot:
        _, key = await create_key(self.settings, "other")
        other = AsyncSparkBot(api_key=key, base_url=f"{self.root}/v1", max_retries=0)
        self._others.append(other)
        return other

    def crash_on_send(self, nth: int) -> None:
        """No crash over loopback: `restart` stops the server gracefully, mid-delivery."""

    async def restart(self) -> None:
        await self.stop()
        await self.start()
        self.restarts += 1


@asynccontextmanager
async def in_process(settings: Settings, clock: ManualClock) -> AsyncIterator[InProcess]:
    harness = InProcess(settings, clock)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


@asynccontextmanager
async def over_loopback(settings: Settings) -> AsyncIterator[Loopback]:
    harness = Loopback(settings)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()
