"""The console's fixtures: a real server over loopback (fast sandbox timings), and Chromium from the
system (`/usr/bin/chromium`) driven by Playwright. Without the browser the browser tests skip, except
under CI=true, where they fail."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from sparkbot.demo import embedded_server

from ..integration.harnesses import LOOPBACK_TIMING
from ..server.conftest import clock, postgres_pool, server, settings
from ..server.harness import KEY

__all__ = [
    "SHOTS",
    "browser",
    "clock",
    "missing",
    "page",
    "postgres_pool",
    "root",
    "server",
    "settings",
    "timing",
]

CHROMIUM = Path(os.environ.get("SPARKBOT_CHROMIUM", "/usr/bin/chromium"))
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "console"


def missing(why: str, *, module: bool = False) -> NoReturn:
    """Skip for want of the browser (or Playwright), except under CI=true: fail."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the console's browser tests need a browser under CI: {why}")
    pytest.skip(why, allow_module_level=module)


@pytest.fixture
def browser() -> Iterator[Any]:
    """Chromium, started for one test: Playwright's sync API runs an event loop of its own while
    it is started, which the asyncio tests run after it in the same process must not meet."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the dev extra installs it
        missing("playwright is not installed (pip install -e '.[dev]')")
    if not CHROMIUM.exists():
        missing(f"no Chromium at {CHROMIUM} (apt-get install -y chromium; python3 run.py test does it)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def timing() -> dict[str, float]:
    """Sandbox timings over `LOOPBACK_TIMING`; a test parametrizes `timing` to change them."""
    return {}


@pytest.fixture
def root(tmp_path: Path, timing: dict[str, float]) -> Iterator[str]:
    """The server's root URL (SQLite in a tmp dir; the first account's key is `KEY`)."""
    with embedded_server(tmp_path, KEY, **{**LOOPBACK_TIMING, **timing}) as url:
        yield url


@pytest.fixture
def page(browser: Any, root: str) -> Iterator[Any]:
    """A fresh browser context (its own cookies: a new browser session) and page; closed before
    the server stops (it depends on `root`), which closes the pages' event streams."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()
