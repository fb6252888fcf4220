"""Group commit of new messages: the sends waiting at one moment are checked against their numbers
and inserted in one transaction, and each caller is answered only once that transaction committed.

A task does the writing while there is something to write; requests arriving while a batch
commits wait for the next one, so a burst costs one transaction per batch instead of one per
message. On SQLite one task writes (the inserts never compete for the write lock); on PostgreSQL
up to `PARALLEL_BATCHES` do, each batch its own transaction."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from .engine import Database, is_busy
from .models import Device, Message
from .sqlitebatch import NumberState, SqliteBatch

__all__ = [
    "BATCH_MAX",
    "PARALLEL_BATCHES",
    "Admits",
    "GroupCommit",
    "NewMessage",
    "NumberState",
    "StorageBusy",
]

BATCH_MAX = 500
# How many batches may commit at once where the database takes concurrent writers (PostgreSQL):
# while one waits for its round trips, the next is already on its way.
PARALLEL_BATCHES = 4
Admits = Callable[[NumberState], bool]
_COLUMNS = tuple(attr.key for attr in Message.__mapper__.column_attrs)
_MESSAGES: Table = Message.__table__  # type: ignore[assignment]
_DEVICES: Table = Device.__table__  # type: ignore[assignment]


@dataclass(slots=True)
class NewMessage:
    """A message to queue: the columns of `Message` as a plain record (a send builds one per
    request; an ORM object would cost more than the rest of the insert)."""

    id: str
    account_id: str
    device_id: str
    position: int
    rank: int
    kind: str
    type: str
    target_type: str
    target: str
    payload: dict[str, Any]
    priority: str
    reference: str | None
    agent: str | None
    live: bool
    status: str
    deliver_at: datetime | None
    expires_at: datetime | None
    created_at: datetime
    updated_at: datetime
    failure: str | None = None
    wa_id: str | None = None
    claimed_at: datetime | None = None
    sent_at: datetime | None = None
    delivered_at: datetime | None = None
    read_at: datetime | None = None
    failed_at: datetime | None = None

    def row(self) -> dict[str, Any]:
        """The values by column name."""
        return {name: getattr(self, name) for name in _COLUMNS}


class StorageBusy(Exception):
    """The database could not take the write now (its lock stayed held too long): nothing was written."""


@dataclass(slots=True)
class _Entry:
    row: dict[str, Any]
    account_id: str
    device_id: str
    admits: Admits
    answer: asyncio.Future[NumberState | None]


def _settle(entry: _Entry, number: NumberState | None = None, error: BaseException | None = None) -> None:
    if entry.answer.done():  # the caller went away (its request was cancelled)
        return
    if error is not None:
        entry.answer.set_exception(error)
    else:
        entry.answer.set_result(number)


# an entry, its number as read (None when not found) and whether that number admitted it
_Judged = tuple[_Entry, NumberState | None, bool]


def _judge(batch: list[_Entry], numbers: dict[str, NumberState]) -> list[_Judged]:
    """Each entry with its number as read (None when not found, or another account's) and
    whether that number admits it."""
    judged = []
    for entry in batch:
        number = numbers.get(entry.device_id)
        if number is not None and number.account_id != entry.account_id:
            number = None  # another account's number is not found
        judged.append((entry, number, number is not None and entry.admits(number)))
    return judged


class GroupCommit:
    """Inserts messages in batches; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._engine = database.engine
        self._writes = database.writes
        self._writer = database.writer
        self._sqlite = SqliteBatch(database.writer.dialect) if database.writer is not None else None
        # SQLite has one writer; PostgreSQL takes several batches at once (each its own transaction)
        self._parallel = 1 if database.engine.dialect.name == "sqlite" else PARALLEL_BATCHES
        self._waiting: list[_Entry] = []
        self._running: set[asyncio.Task[None]] = set()

    async def add(self, message: NewMessage, admits: Admits) -> NumberState | None:
        """Insert `message` if its number exists in the message's account and `admits` it, both
        decided in the transaction that inserts it; answers that number as read there (None when
        there is none) once the transaction committed. Raises `StorageBusy` when nothing could be
        written now."""
        loop = asyncio.get_running_loop()
        entry = _Entry(message.row(), message.account_id, message.device_id, admits, loop.create_future())
        self._waiting.append(entry)
        if len(self._running) < self._parallel:
            task = loop.create_task(self._run(), name="sparkbot:group-commit")
            self._running.add(task)
        return await entry.answer

    async def _run(self) -> None:
        try:
            await self._drain()
        finally:  # at once, not in a done callback: an `add` right after must start a new task
            self._running.discard(asyncio.current_task())

    async def _drain(self) -> None:
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
        if self._sqlite is not None and self._writer is not None:
            judged = await self._commit_sqlite(self._sqlite, self._writer, batch)
        else:
            judged = await self._commit_core(batch)
        for entry, number, _ in judged:
            _settle(entry, number)

    async def _commit_sqlite(
        self, sqlite: SqliteBatch, writer: AsyncEngine, batch: list[_Entry]
    ) -> list[_Judged]:
        params = [sqlite.params(entry.row) for entry in batch]  # converted here, not in the thread
        judged: list[_Judged] = []

        def decide(numbers: dict[str, NumberState]) -> list[tuple[Any, ...]]:
            judged[:] = _judge(batch, numbers)
            return [row for row, (_, _, admitted) in zip(params, judged, strict=True) if admitted]

        try:
            async with writer.connect() as conn:
                await sqlite.store(conn, [entry.device_id for entry in batch], decide)
        finally:
            self._writes.count += 1  # not a `sessions.begin()`: counted here (see `Writes`)
        return judged

    async def _commit_core(self, batch: list[_Entry]) -> list[_Judged]:
        try:
            async with self._engine.begin() as conn:  # Core, not an ORM session: less to do per batch
                # FOR SHARE (PostgreSQL): no number changes between its check and the insert
                columns = [_DEVICES.c[name] for name in NumberState._fields]
                query = select(*columns).where(_DEVICES.c.id.in_({e.device_id for e in batch}))
                rows = await conn.execute(query.with_for_update(read=True))
                judged = _judge(batch, {row[0]: NumberState(*row) for row in rows})
                admitted = [entry.row for entry, _, ok in judged if ok]
                if admitted:
                    await conn.execute(insert(_MESSAGES), admitted)
        finally:
            self._writes.count += 1  # not a `sessions.begin()`: counted here (see `Writes`)
        return judged
