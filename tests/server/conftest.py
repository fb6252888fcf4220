"""Fixtures for the server tests: an app on each backend (SQLite, PostgreSQL), a manual clock, raw clients."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from sparkbot.server import ManualClock, Settings

from .harness import KEY, Server, running


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


POSTGRES_ADMIN = os.environ.get("SPARKBOT_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")


class PostgresPool:
    """Databases on the local PostgreSQL server, made once per test process and reused: a test
    gets one emptied of the last test's rows (every table truncated, its other connections
    ended), which costs a fraction of creating a database and its tables for each test. All
    are dropped when the test session ends."""

    def __init__(self) -> None:
        self.free: list[str] = []
        self.made: list[str] = []

    @staticmethod
    def url(name: str) -> str:
        return f"{POSTGRES_ADMIN.rsplit('/', 1)[0]}/{name}"

    async def take(self) -> str | None:
        """A database with no rows (new, or emptied); None when no server answers."""
        try:
            import asyncpg

            if self.free:
                return self.free.pop()
            admin = await asyncpg.connect(POSTGRES_ADMIN, timeout=3)
        except (OSError, ImportError) as exc:  # no server here: the SQLite run still covers everything
            print(f"PostgreSQL not reachable ({exc})")
            return None
        name = f"sparkbot_test_{uuid.uuid4().hex[:12]}"
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        self.made.append(name)
        return name

    async def give_back(self, name: str) -> None:
        """Empties `name` for the next test; a database that cannot be emptied is dropped."""
        import asyncpg

        try:
            conn = await asyncpg.connect(self.url(name), timeout=3)
            try:
                await conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
                tables = [
                    r[0]
                    for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                ]
                if tables:
                    quoted = ", ".join(f'"{t}"' for t in tables)
                    await conn.execute(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
            finally:
                await conn.close()
        except (OSError, asyncpg.PostgresError) as exc:
            print(f"dropping test database {name}: {exc}")
            await self.drop([name])
            return
        self.free.append(name)

    async def drop(self, names: list[str]) -> None:
        import asyncpg

        admin = await asyncpg.connect(POSTGRES_ADMIN, timeout=3)
        try:
            for name in names:
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                if name in self.made:
                    self.made.remove(name)
        finally:
            await admin.close()


@pytest.fixture(scope="session")
def postgres_pool() -> Iterator[PostgresPool]:
    pool = PostgresPool()
    yield pool
    if pool.made:
        asyncio.run(pool.drop(list(pool.made)))


@pytest.fixture(params=["sqlite", "postgresql"])
async def settings(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_pool: PostgresPool
) -> AsyncIterator[Settings]:
    """The same server tests on every backend: SQLite in a tmp dir, PostgreSQL on 127.0.0.1."""
    if request.param == "sqlite":
        yield Settings(data_dir=tmp_path, api_key=KEY)
        return
    name = await postgres_pool.take()
    if name is None:
        if os.environ.get("CI"):  # under CI a missing service is a failure, never a skip
            pytest.fail("PostgreSQL is not running on 127.0.0.1:5432 (CI=true: the backend must be tested)")
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
    base = POSTGRES_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    try:
        yield Settings(data_dir=tmp_path, api_key=KEY, database_url=f"{base}/{name}")
    finally:
        await postgres_pool.give_back(name)


@pytest.fixture
async def server(settings: Settings, clock: ManualClock) -> AsyncIterator[Server]:
    async with running(settings, clock) as started:
        yield started
