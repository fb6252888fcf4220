"""Reads remembered while nothing was written: a hot read (a number looked up on every request,
`GET .../health` polled by monitors) costs a dict lookup instead of a database round trip.

An answer is kept with the count of this process's write transactions (`Writes`) taken before it
was read, and given back only while that count has not moved, so a change made through this
process is seen at once by the next read. Changes made by another process (`sparkbot keys`, a
second server on the same PostgreSQL database) are seen within `seconds` (`READ_CACHE_SECONDS`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from .engine import Writes

__all__ = ["READ_CACHE_SECONDS", "READ_CACHE_SIZE", "ReadCache"]

READ_CACHE_SECONDS = 1.0
READ_CACHE_SIZE = 10_000

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class ReadCache(Generic[K, V]):
    """Answers by key; `mark()` before reading, `put(key, mark, value)` after, `get(key)` to reuse."""

    def __init__(
        self,
        writes: Writes,
        *,
        seconds: float = READ_CACHE_SECONDS,
        size: int = READ_CACHE_SIZE,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._writes = writes
        self._seconds = seconds
        self._size = size
        self._monotonic = monotonic
        self._kept: dict[K, tuple[int, float, V]] = {}

    def mark(self) -> tuple[int, float]:
        """Where things stand before a read: the write count and the time."""
        return self._writes.count, self._monotonic()

    def get(self, key: K) -> tuple[bool, V | None]:
        """`(True, value)` when `key`'s answer is still current, else `(False, None)`."""
        kept = self._kept.get(key)
        if kept is None:
            return False, None
        count, at, value = kept
        if count != self._writes.count or self._monotonic() - at >= self._seconds:
            del self._kept[key]
            return False, None
        return True, value

    def put(self, key: K, mark: tuple[int, float], value: V) -> None:
        """Keep `value`, read after `mark()`, unless something was written meanwhile."""
        count, at = mark
        if count != self._writes.count:
            return
        if len(self._kept) >= self._size:
            self._kept.clear()
        self._kept[key] = (count, at, value)
