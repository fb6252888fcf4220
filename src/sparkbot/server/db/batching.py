"""Group commit, the mechanism: items that callers hand in at one moment are written together,
and each caller is answered only once the write that holds its item committed.

A task writes while items are waiting (up to `parallel` tasks where the database takes concurrent
writers); items arriving while a batch commits wait for the next one, so a burst costs one
transaction per batch instead of one per item. A batch that fails is written again one item at a
time, so that one bad item does not fail the others, unless `final` says the failure is one no
retry would mend (the database stayed locked): then every caller gets that error at once.
`GroupCommit` (new messages) and `AckCommit` (acknowledgements) are built on it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["BATCH_MAX", "Batches"]

BATCH_MAX = 500

T = TypeVar("T")
R = TypeVar("R")


def _no_final(_exc: Exception) -> BaseException | None:
    return None


class Batches(Generic[T, R]):
    """`await batches.add(item)` answers `write(batch)`'s answer for that item, after the commit."""

    def __init__(
        self,
        write: Callable[[list[T]], Awaitable[Sequence[R]]],
        *,
        name: str,
        parallel: int = 1,
        final: Callable[[Exception], BaseException | None] = _no_final,
    ) -> None:
        self._write = write
        self._name = name
        self._parallel = parallel
        self._final = final
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._running: set[asyncio.Task[None]] = set()

    async def add(self, item: T) -> R:
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[R] = loop.create_future()
        self._waiting.append((item, answer))
        if len(self._running) < self._parallel:
            self._running.add(loop.create_task(self._run(), name=self._name))
        return await answer

    async def _run(self) -> None:
        try:
            while self._waiting:
                batch, self._waiting = self._waiting[:BATCH_MAX], self._waiting[BATCH_MAX:]
                await self._commit(batch)
        finally:  # at once, not in a done callback: an `add` right after must start a new task
            self._running.discard(asyncio.current_task())

    async def _commit(self, batch: list[tuple[T, asyncio.Future[R]]]) -> None:
        try:
            answers = await self._write([item for item, _ in batch])
        except Exception as exc:
            error = self._final(exc)
            if error is not None or len(batch) == 1:
                for _, answer in batch:
                    _fail(answer, error or exc)
                return
            for item, answer in batch:  # one bad item must not fail the others: each on its own
                try:
                    (alone,) = await self._write([item])
                except Exception as failure:
                    _fail(answer, self._final(failure) or failure)
                else:
                    _answer(answer, alone)
            return
        for (_, answer), result in zip(batch, answers, strict=True):
            _answer(answer, result)


def _answer(answer: asyncio.Future[R], result: R) -> None:
    if not answer.done():  # else the caller went away (its request was cancelled)
        answer.set_result(result)


def _fail(answer: asyncio.Future[R], error: BaseException) -> None:
    if not answer.done():
        answer.set_exception(error)
