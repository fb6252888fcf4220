"""The server's acceptance test: the real client against the real app, the same scenario in-process
(manual clock) and over loopback HTTP (uvicorn), each on SQLite and on PostgreSQL."""

from __future__ import annotations

from sparkbot.server import ManualClock, Settings

from .harnesses import in_process, over_loopback
from .scenario import run_scenario


async def test_in_process(settings: Settings, clock: ManualClock) -> None:
    async with in_process(settings, clock) as harness:
        await run_scenario(harness)
        assert harness.restarts == 1


async def test_over_loopback_http(settings: Settings) -> None:
    async with over_loopback(settings) as harness:
        await run_scenario(harness)
        assert harness.restarts == 1
