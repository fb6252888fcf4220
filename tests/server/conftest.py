"""Fixtures for the server tests: an app on a tmp SQLite database, a manual clock, raw HTTP clients."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from sparkbot.server import ManualClock, Settings

from .harness import KEY, Server, running


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, api_key=KEY)


@pytest.fixture
async def server(settings: Settings, clock: ManualClock) -> AsyncIterator[Server]:
    async with running(settings, clock) as started:
        yield started
