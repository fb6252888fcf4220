"""Time for the server: a `Clock` protocol, the system clock, and a manual clock for tests."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from datetime import UTC, datetime, timedelta
from typing import Protocol

__all__ = ["Clock", "ManualClock", "SystemClock", "settle", "wait_event_until"]


class Clock(Protocol):
    """What the server asks of time: the current instant and a sleep on the same time line."""

    def now(self) -> datetime: ...

    async def sleep(self, seconds: float) -> None: ...

    async def sleep_until(self, when: datetime) -> None: ...


class SystemClock:
    """Wall-clock time (UTC) and `asyncio.sleep`."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0))

    async def sleep_until(self, when: datetime) -> None:
        await self.sleep((when - self.now()).total_seconds())


class ManualClock:
    """A clock that moves only when told (`await clock.advance(90)`): sleepers wake in order."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 1, 1, tzinfo=UTC)
        self._sleepers: list[tuple[datetime, int, asyncio.Future[None]]] = []
        self._counter = itertools.count()
        self._added = asyncio.Event()

    def now(self) -> datetime:
        return self._now

    @property
    def sleepers(self) -> int:
        """How many sleeps are waiting (finished ones are not counted)."""
        return sum(1 for _, _, future in self._sleepers if not future.done())

    async def sleep(self, seconds: float) -> None:
        await self.sleep_until(self._now + timedelta(seconds=max(seconds, 0.0)))

    async def sleep_until(self, when: datetime) -> None:
        """Sleep until the clock reaches `when` (an instant, so a late start does not delay it)."""
        if when <= self._now:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (when, next(self._counter), future))
        self._added.set()
        self._added = asyncio.Event()
        await future

    async def wait_for_sleepers(self, count: int, timeout: float = 5.0) -> None:
        """Wait (real time, at most `timeout`) until at least `count` sleeps are waiting."""
        async with asyncio.timeout(timeout):
            while self.sleepers < count:
                await self._added.wait()

    async def advance(self, seconds: float) -> None:
        """Move time forward, waking every sleeper that falls due, one instant at a time."""
        target = self._now + timedelta(seconds=seconds)
        await settle()
        while self._sleepers and self._sleepers[0][0] <= target:
            due, _, future = heapq.heappop(self._sleepers)
            self._now = max(self._now, due)
            if not future.done():
                future.set_result(None)
            await settle()
        self._now = target
        await settle()


async def settle(rounds: int = 20) -> None:
    """Let every ready task run until they all wait again (a few turns of the event loop)."""
    for _ in range(rounds):
        await asyncio.sleep(0)


async def wait_event_until(clock: Clock, event: asyncio.Event, deadline: datetime) -> bool:
    """Wait for `event` until `deadline` on `clock`; True when it was set."""
    if event.is_set():
        return True
    waiter = asyncio.ensure_future(event.wait())
    timer = asyncio.ensure_future(clock.sleep_until(deadline))
    try:
        await asyncio.wait({waiter, timer}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (waiter, timer):
            if not task.done():
                task.cancel()
    return event.is_set()
