"""A group commit's batch on SQLite in one trip to the writer connection's thread.

aiosqlite runs each call of a connection (make a cursor, execute, fetch, close, commit) in that
connection's thread, and each call's answer waits for the event loop to come round: under load a
batch of nine calls took ~10 ms, which capped sends at ~1,500/s. Here the whole transaction (lock,
read the numbers, insert the admitted messages, commit) is one function run in that thread, as
SQLAlchemy's own aiosqlite dialect does to set an isolation level. The SQL and the value
conversions are SQLAlchemy's: the insert is compiled for the dialect and each value goes through
its column type's bind processor, so rows are stored exactly as through the ORM."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection

from .models import Device, Message, WebhookEvent

__all__ = ["CompiledInsert", "NumberState", "SqliteBatch", "Statements"]


class NumberState(NamedTuple):
    """What a send needs to know of its number, as read in the transaction that stores it."""

    id: str
    account_id: str
    status: str
    queue_status: str


_DEVICES: Table = Device.__table__  # type: ignore[assignment]
_MESSAGES: Table = Message.__table__  # type: ignore[assignment]
_EVENTS: Table = WebhookEvent.__table__  # type: ignore[assignment]
_STATE_COLUMNS = ", ".join(_DEVICES.c[name].name for name in NumberState._fields)


class CompiledInsert:
    """A table's INSERT compiled for the dialect, with its columns' bind processors."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        compiled = insert(table).compile(dialect=dialect)
        self.sql = str(compiled)
        self._order = tuple(compiled.positiontup or ())
        self._convert = {name: table.c[name].type.bind_processor(dialect) or _same for name in self._order}

    def params(self, row: dict[str, Any]) -> tuple[Any, ...]:
        """A row as the insert's parameters, converted as SQLAlchemy converts them."""
        return tuple(self._convert[name](row.get(name)) for name in self._order)


# statements to run in the batch's transaction: (SQL, rows of parameters) each
Statements = Sequence[tuple[str, Sequence[tuple[Any, ...]]]]


class SqliteBatch:
    """Stores one batch of new messages (and their events) in one call to the writer
    connection's thread."""

    def __init__(self, dialect: Dialect) -> None:
        self.messages = CompiledInsert(_MESSAGES, dialect)
        self.events = CompiledInsert(_EVENTS, dialect)

    def params(self, row: dict[str, Any]) -> tuple[Any, ...]:
        """A message's row as the insert's parameters, converted as SQLAlchemy converts them."""
        return self.messages.params(row)

    async def store(
        self,
        conn: AsyncConnection,
        device_ids: Sequence[str],
        decide: Callable[[dict[str, NumberState]], Statements],
    ) -> dict[str, NumberState]:
        """In one transaction on `conn`'s SQLite connection: take the write lock, read the
        numbers `device_ids`, run the statements `decide(numbers)` gives, commit. Answers the
        numbers as read (those that exist). On any error the transaction is rolled back."""
        raw = await conn.get_raw_connection()
        aio: Any = raw.driver_connection  # the aiosqlite.Connection
        ids = tuple(dict.fromkeys(device_ids))
        query = f"SELECT {_STATE_COLUMNS} FROM {_DEVICES.name} WHERE id IN ({', '.join('?' * len(ids))})"

        def transaction(db: sqlite3.Connection) -> dict[str, NumberState]:
            if db.in_transaction:
                raise RuntimeError("the writer connection is already in a transaction")
            db.execute("BEGIN IMMEDIATE")
            try:
                numbers = {row[0]: NumberState(*row) for row in db.execute(query, ids)}
                for sql, rows in decide(numbers):
                    if rows:
                        db.executemany(sql, rows)
                db.commit()
            except BaseException:
                db.rollback()
                raise
            return numbers

        result: dict[str, NumberState] = await aio._execute(transaction, aio._conn)
        return result


def _same(value: Any) -> Any:
    return value
