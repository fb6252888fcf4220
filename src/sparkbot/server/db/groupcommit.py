"""Group commit of new messages: the sends waiting at one moment are checked against their numbers
and inserted in one transaction, and each caller is answered only once that transaction committed.

One task does the writing while there is something to write; requests arriving while a batch
commits wait for the next one, so a burst costs one transaction per batch instead of one per
message, and on SQLite the inserts never compete with each other for the write lock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from .engine import is_busy
from .models import Device, Message

__all__ = ["BATCH_MAX", "Admits", "GroupCommit", "StorageBusy"]

BATCH_MAX = 500
Admits = Callable[[Device], bool]
_COLUMNS = tuple(attr.key for attr in Message.__mapper__.column_attrs)


class StorageBusy(Exception):
    """The database could not take the write now (its lock stayed held too long): nothing was written."""


@dataclass(slots=True)
class _Entry:
    row: dict[str, Any]
    account_id: str
    device_id: str
    admits: Admits
    answer: asyncio.Future[Device | None]


def _settle(entry: _Entry, device: Device | None = None, error: BaseException | None = None) -> None:
    if entry.answer.done():  # the caller went away (its request was cancelled)
        return
    if error is not None:
        entry.answer.set_exception(error)
    else:
        entry.answer.set_result(device)


class GroupCommit:
    """Inserts messages in batches; see the module docstring."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._waiting: list[_Entry] = []
        self._task: asyncio.Task[None] | None = None

    async def add(self, message: Message, admits: Admits) -> Device | None:
        """Insert `message` if its number exists in the message's account and `admits` it, both
        decided in the transaction that inserts it; answers that number as read there (None when
        there is none) once the transaction committed. Raises `StorageBusy` when nothing could be
        written now."""
        loop = asyncio.get_running_loop()
        row = {name: getattr(message, name) for name in _COLUMNS}
        entry = _Entry(row, message.account_id, message.device_id, admits, loop.create_future())
        self._waiting.append(entry)
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._run(), name="sparkbot:group-commit")
        return await entry.answer

    async def _run(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting[:BATCH_MAX], self._waiting[BATCH_MAX:]
            try:
                await self._commit(batch)
            except Exception as exc:
                if len(batch) == 1 or is_busy(exc):
                    for entry in batch:
                        _settle(entry, error=StorageBusy(str(exc)) if is_busy(exc) else exc)
                    continue
                for entry in batch:  # one bad row must not fail the others: each on its own
                    try:
                        await self._commit([entry])
                    except Exception as alone:
                        _settle(entry, error=StorageBusy(str(alone)) if is_busy(alone) else alone)

    async def _commit(self, batch: list[_Entry]) -> None:
        answers: list[tuple[_Entry, Device | None]] = []
        async with self._sessions.begin() as session:
            # FOR SHARE (PostgreSQL): no number changes between its check and the insert
            query = select(Device).where(Device.id.in_({e.device_id for e in batch}))
            found = {d.id: d for d in await session.scalars(query.with_for_update(read=True))}
            rows = []
            for entry in batch:
                device = found.get(entry.device_id)
                if device is not None and device.account_id != entry.account_id:
                    device = None  # another account's number is not found
                if device is not None and entry.admits(device):
                    rows.append(entry.row)
                answers.append((entry, device))
            if rows:
                await session.execute(insert(Message), rows)
        for entry, device in answers:
            _settle(entry, device)
