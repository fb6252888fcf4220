"""One lock per number, so that session commands and the sandbox's phone take turns.

A command reads the session, decides, and tells the engine; without a lock a phone scan landing
between the read and the command (the QR polled while the phone scans it) would be undone by a
login window opened on a stale read. Waits (`wait=true`) happen outside the lock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from weakref import WeakValueDictionary

__all__ = ["DeviceLocks"]


class DeviceLocks:
    """`async with locks.hold(device_id):` runs alone among holders of the same number."""

    def __init__(self) -> None:
        self._locks: WeakValueDictionary[str, asyncio.Lock] = WeakValueDictionary()

    @asynccontextmanager
    async def hold(self, device_id: str) -> AsyncIterator[None]:
        lock = self._locks.get(device_id)
        if lock is None:
            lock = self._locks[device_id] = asyncio.Lock()
        async with lock:
            yield
