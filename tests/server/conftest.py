"""Fixtures for the server tests: an app on each backend (SQLite, PostgreSQL), a manual clock, raw clients."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from sparkbot.server import ManualClock, Settings

from .harness import KEY, Server, running


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


POSTGRES_ADMIN = os.environ.get("SPARKBOT_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")


async def _postgres_database() -> str | None:
    """A new, empty PostgreSQL database on the local server; None when none answers."""
    try:
        import asyncpg

        admin = await asyncpg.connect(POSTGRES_ADMIN, timeout=3)
    except (OSError, ImportError) as exc:  # no server here: the SQLite run still covers everything
        print(f"PostgreSQL not reachable ({exc})")
        return None
    name = f"sparkbot_test_{uuid.uuid4().hex[:12]}"
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return name


async def _drop_database(name: str) -> None:
    import asyncpg

    admin = await asyncpg.connect(POSTGRES_ADMIN, timeout=3)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
async def settings(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Settings]:
    """The same server tests on every backend: SQLite in a tmp dir, PostgreSQL on 127.0.0.1."""
    if request.param == "sqlite":
        yield Settings(data_dir=tmp_path, api_key=KEY)
        return
    name = await _postgres_database()
    if name is None:
        if os.environ.get("CI"):  # under CI a missing service is a failure, never a skip
            pytest.fail("PostgreSQL is not running on 127.0.0.1:5432 (CI=true: the backend must be tested)")
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")
    base = POSTGRES_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    try:
        yield Settings(data_dir=tmp_path, api_key=KEY, database_url=f"{base}/{name}")
    finally:
        await _drop_database(name)


@pytest.fixture
async def server(settings: Settings, clock: ManualClock) -> AsyncIterator[Server]:
    async with running(settings, clock) as started:
        yield started
