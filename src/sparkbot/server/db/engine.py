"""Opens the database named by a URL (SQLite or PostgreSQL) and creates the schema.

On SQLite, reads use a pool of connections and every write transaction (`sessions.begin()`) the
one writer connection, so that writers in this process queue for it instead of failing with
`database is locked`; WAL lets readers go on while it writes, and a busy timeout makes a writer in
another process (`sparkbot keys create`) wait rather than fail. `synchronous=FULL`: a committed
transaction survives a power loss too, not only a crash of the process."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.ext.asyncio.session import _AsyncSessionContextManager

from .migrate import migrate
from .models import Base

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "READ_WAIT_SECONDS",
    "WRITE_WAIT_SECONDS",
    "Database",
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


class _SplitSessions(async_sessionmaker[AsyncSession]):
    """Sessions that read through the reader pool and, begun for writing, use the writer."""

    def __init__(self, reader: AsyncEngine, writer: AsyncEngine) -> None:
        super().__init__(reader, expire_on_commit=False)
        self._writes = async_sessionmaker(writer, expire_on_commit=False)

    def begin(self) -> _AsyncSessionContextManager[AsyncSession]:
        return self._writes.begin()


@dataclass(frozen=True, slots=True)
class Database:
    """An engine and its session factory (on SQLite also the writer engine, else the same one)."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    writer: AsyncEngine | None = None

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
        return Database(engine, async_sessionmaker(engine, expire_on_commit=False))
    in_memory = not parsed.database or parsed.database == ":memory:"
    if not in_memory:
        Path(str(parsed.database)).parent.mkdir(parents=True, exist_ok=True)
    pool = {} if in_memory else {"pool_size": 8, "max_overflow": 8, "pool_timeout": READ_WAIT_SECONDS}
    engine = create_async_engine(url, **pool)
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    async with engine.begin() as conn:
        await conn.run_sync(migrate, Base.metadata)
    if in_memory:  # one connection holds the whole database: it reads and writes
        return Database(engine, async_sessionmaker(engine, expire_on_commit=False))
    writer = create_async_engine(url, pool_size=1, max_overflow=0, pool_timeout=WRITE_WAIT_SECONDS)
    event.listen(writer.sync_engine, "connect", _sqlite_pragmas)
    return Database(engine, _SplitSessions(engine, writer), writer)
