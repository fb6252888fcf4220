"""Group commit of new messages (`batching.Batches`): the sends waiting at one moment are checked
against their numbers and inserted in one transaction, and each caller is answered only once that
transaction committed. On SQLite one task writes (the inserts never compete for the write lock);
on PostgreSQL up to `PARALLEL_BATCHES` do, each batch its own transaction. A database that stays
locked fails the batch's callers with `StorageBusy`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from .batching import Batches
from .engine import Database, is_busy
from .events import INSERT_EVENTS, Event, Subscriber, event_rows, lock_lanes
from .models import Device, Message
from .sqlitebatch import NumberState, SqliteBatch, Statements

__all__ = [
    "PARALLEL_BATCHES",
    "Admits",
    "GroupCommit",
    "NewMessage",
    "NumberState",
    "StorageBusy",
]

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
    webhook_status: str | None = None

    def row(self) -> dict[str, Any]:
        """The values by column name."""
        return {name: getattr(self, name) for name in _COLUMNS}


class StorageBusy(Exception):
    """The database could not take the write now (its lock stayed held too long): nothing was written."""


def _busy(exc: Exception) -> BaseException | None:
    """A busy database fails the whole batch at once (a retry one by one would only wait again)."""
    return StorageBusy(str(exc)) if is_busy(exc) else None


@dataclass(frozen=True, slots=True)
class _Entry:
    row: dict[str, Any]
    account_id: str
    device_id: str
    admits: Admits
    event: Event | None = None


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
        self._subscriptions = database.subscriptions
        self._events_written = 0
        self._writer = database.writer
        self._sqlite = SqliteBatch(database.writer.dialect) if database.writer is not None else None
        # SQLite has one writer; PostgreSQL takes several batches at once (each its own transaction)
        parallel = 1 if database.engine.dialect.name == "sqlite" else PARALLEL_BATCHES
        self._batches: Batches[_Entry, NumberState | None] = Batches(
            self._commit, name="sparkbot:group-commit", parallel=parallel, final=_busy
        )

    async def add(
        self, message: NewMessage, admits: Admits, event: Event | None = None
    ) -> NumberState | None:
        """Insert `message` if its number exists in the message's account and `admits` it, both
        decided in the transaction that inserts it, with its `event` for the webhooks that want
        it; answers that number as read there (None when there is none) once the transaction
        committed. Raises `StorageBusy` when nothing could be written now."""
        entry = _Entry(message.row(), message.account_id, message.device_id, admits, event)
        return await self._batches.add(entry)

    async def _subscribers(self, batch: list[_Entry]) -> dict[str, tuple[Subscriber, ...]]:
        """The webhooks of the batch's accounts (kept: no query while none changed)."""
        accounts = {entry.account_id for entry in batch if entry.event is not None}
        return await self._subscriptions.of(accounts) if accounts else {}

    def _event_rows(
        self, judged: list[_Judged], subscribers: dict[str, tuple[Subscriber, ...]]
    ) -> list[dict[str, Any]]:
        if not any(subscribers.values()):
            return []
        rows: list[dict[str, Any]] = []
        for entry, _, admitted in judged:
            if admitted and entry.event is not None:
                rows += event_rows(subscribers, [entry.event], entry.row["created_at"])
        self._events_written += len(rows)  # noted once the batch committed
        return rows

    async def _commit(self, batch: list[_Entry]) -> list[NumberState | None]:
        if self._sqlite is not None and self._writer is not None:
            judged = await self._commit_sqlite(self._sqlite, self._writer, batch)
        else:
            judged = await self._commit_core(batch)
        if self._events_written:
            written, self._events_written = self._events_written, 0
            self._subscriptions.note_written(written)
        return [number for _, number, _ in judged]

    async def _commit_sqlite(
        self, sqlite: SqliteBatch, writer: AsyncEngine, batch: list[_Entry]
    ) -> list[_Judged]:
        params = [sqlite.params(entry.row) for entry in batch]  # converted here, not in the thread
        subscribers = await self._subscribers(batch)
        judged: list[_Judged] = []

        def decide(numbers: dict[str, NumberState]) -> Statements:
            judged[:] = _judge(batch, numbers)
            rows = [row for row, (_, _, admitted) in zip(params, judged, strict=True) if admitted]
            events = [sqlite.events.params(row) for row in self._event_rows(judged, subscribers)]
            return [(sqlite.messages.sql, rows), (sqlite.events.sql, events)]

        try:
            async with writer.connect() as conn:
                await sqlite.store(conn, [entry.device_id for entry in batch], decide)
        finally:
            self._writes.count += 1  # not a `sessions.begin()`: counted here (see `Writes`)
        return judged

    async def _commit_core(self, batch: list[_Entry]) -> list[_Judged]:
        subscribers = await self._subscribers(batch)
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
                events = self._event_rows(judged, subscribers)
                if events:
                    await lock_lanes(conn, events)
                    await conn.execute(INSERT_EVENTS, events)
        finally:
            self._writes.count += 1  # not a `sessions.begin()`: counted here (see `Writes`)
        return judged
