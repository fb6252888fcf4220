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

from .models import Device, Message

__all__ = ["NumberState", "SqliteBatch"]


class NumberState(NamedTuple):
    """What a send needs to know of its number, as read in the transaction that stores it."""

    id: str
    account_id: str
    status: str
    queue_status: str


_DEVICES: Table = Device.__table__  # type: ignore[assignment]
_MESSAGES: Table = Message.__table__  # type: ignore[assignment]
_STATE_COLUMNS = ", ".join(_DEVICES.c[name].name for name in NumberState._fields)


class SqliteBatch:
    """Stores one batch of new messages in one call to the writer connection's thread."""

    def __init__(self, dialect: Dialect) -> None:
        compiled = insert(_MESSAGES).compile(dialect=dialect)
        self._insert = str(compiled)
        self._order = tuple(compiled.positiontup or ())
        self._convert = {
            name: _MESSAGES.c[name].type.bind_processor(dialect) or _same for name in self._order
        }

    def params(self, row: dict[str, Any]) -> tuple[Any, ...]:
        """A message's row as the insert's parameters, converted as SQLAlchemy converts them."""
        return tuple(self._convert[name](row.get(name)) for name in self._order)

    async def store(
        self,
        conn: AsyncConnection,
        device_ids: Sequence[str],
        decide: Callable[[dict[str, NumberState]], Sequence[tuple[Any, ...]]],
    ) -> dict[str, NumberState]:
        """In one transaction on `conn`'s SQLite connection: take the write lock, read the
        numbers `device_ids`, insert the rows `decide(numbers)` admits, commit. Answers the
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
                rows = decide(numbers)
                if rows:
                    db.executemany(self._insert, rows)
                db.commit()
            except BaseException:
                db.rollback()
                raise
            return numbers

        result: dict[str, NumberState] = await aio._execute(transaction, aio._conn)
        return result


def _same(value: Any) -> Any:
    return value
