"""Opens the database named by a URL (SQLite or PostgreSQL) and creates the schema.

On SQLite, reads use a pool of connections and every write transaction (`sessions.begin()`) the
one writer connection, so that writers in this process queue for it instead of failing with
`database is locked`; WAL lets readers go on while it writes, and a busy timeout makes a writer in
another process (`sparkbot keys create`) wait rather than fail. `synchronous=FULL`: a committed
transaction survives a power loss too, not only a crash of the process.

Every write transaction this process ends is counted (`Database.writes`): a read remembered at one
count is current while the count has not moved (see `readcache`)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.ext.asyncio.session import _AsyncSessionContextManager

from .events import Subscriptions
from .migrate import migrate
from .models import Base

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "READ_WAIT_SECONDS",
    "WRITE_WAIT_SECONDS",
    "Database",
    "Writes",
    "is_busy",
    "open_database",
]

# How long SQLite waits for another process's write lock before answering `database is locked`.
BUSY_TIMEOUT_SECONDS = 30.0
# How long a write transaction waits for the writer connection (queued behind a burst of writes)
# before giving up (a send answers 503 then).
WRITE_WAIT_SECONDS = 300.0
# How long a read waits for a pooled connection: a burst (10,000 `wait=true` requests taken in at
# once) queues for the pool rather than failing.
READ_WAIT_SECONDS = 300.0


def is_busy(exc: BaseException) -> bool:
    """The database could not be had in time: no pooled connection came free, or SQLite's write
    lock stayed held past the busy timeout. The transaction rolled back: nothing was written."""
    cause = exc.orig if isinstance(exc, OperationalError) else exc
    return isinstance(exc, PoolTimeout) or (
        isinstance(cause, sqlite3.OperationalError) and "locked" in str(cause).lower()
    )


class Writes:
    """How many write transactions (`sessions.begin()`) this process has ended, counted once each
    has committed or rolled back: what was read while the count stayed the same is still current,
    as far as this process's own writes go."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0


class _CountedTransaction(_AsyncSessionContextManager[AsyncSession]):
    """`async with sessions.begin() as session:` that counts the transaction once it has ended."""

    __slots__ = ("_writes",)

    def __init__(self, session: AsyncSession, writes: Writes) -> None:
        super().__init__(session)
        self._writes = writes

    async def __aexit__(self, type_: Any, value: Any, traceback: Any) -> None:
        try:
            await super().__aexit__(type_, value, traceback)
        finally:
            self._writes.count += 1


class _Sessions(async_sessionmaker[AsyncSession]):
    """Sessions that read through `reader` and, begun for writing, use `writer` (on SQLite the one
    writer connection; elsewhere the same engine), each write transaction counted in `writes`."""

    def __init__(self, reader: AsyncEngine, writer: AsyncEngine, writes: Writes) -> None:
        super().__init__(reader, expire_on_commit=False)
        self._writer_sessions = async_sessionmaker(writer, expire_on_commit=False)
        self.writes = writes

    def begin(self) -> _AsyncSessionContextManager[AsyncSession]:
        return _CountedTransaction(self._writer_sessions(), self.writes)


@dataclass(frozen=True, slots=True)
class Database:
    """An engine and its session factory (on SQLite also the writer engine, else the same one),
    the count of write transactions ended through it, and the webhooks' subscriptions that the
    write paths consult to write events (`events.Subscriptions`)."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    writes: Writes
    writer: AsyncEngine | None = None
    subscriptions: Subscriptions = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "subscriptions", Subscriptions(self.sessions))

    async def close(self) -> None:
        if self.writer is not None:
            await self.writer.dispose()
        await self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


async def open_database(url: str) -> Database:
    """Connect, create or migrate the schema (`migrate`), and hand back the database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_async_engine(url, pool_pre_ping=True, pool_timeout=READ_WAIT_SECONDS)
        async with engine.begin() as conn:
            await conn.run_sync(migrate, Base.metadata)
        writes = Writes()
        return Database(engine, _Sessions(engine, engine, writes), writes)
    in_memory = not parsed.database or parsed.database == ":memory:"
    if not in_memory:
        Path(str(parsed.database)).parent.mkdir(parents=True, exist_ok=True)
    pool = {} if in_memory else {"pool_size": 8, "max_overflow": 8, "pool_timeout": READ_WAIT_SECONDS}
    engine = create_async_engine(url, **pool)
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    async with engine.begin() as conn:
        await conn.run_sync(migrate, Base.metadata)
    writes = Writes()
    if in_memory:  # one connection holds the whole database: it reads and writes
        return Database(engine, _Sessions(engine, engine, writes), writes)
    writer = create_async_engine(
        url, pool_size=1, max_overflow=0, pool_timeout=WRITE_WAIT_SECONDS, pool_reset_on_return=None
    )
    event.listen(writer.sync_engine, "connect", _sqlite_pragmas)
    return Database(engine, _Sessions(engine, writer, writes), writes, writer)
