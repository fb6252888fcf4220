"""The `live` fixture: the real server with its sandbox, started once per test module; and
`sparkbot`: the environment pointing the command line at it (no profile file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..live import Live, live

__all__ = ["live", "sparkbot"]


@pytest.fixture
def sparkbot(live: Live, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Live:
    """The command line talks to the live server; rich's tables are 200 columns wide."""
    monkeypatch.setenv("SPARKBOT_API_URL", live.base_url)
    monkeypatch.setenv("SPARKBOT_API_KEY", live.api_key)
    monkeypatch.setenv("SPARKBOT_CONFIG", str(tmp_path / "config.json"))
    monkeypatch.setenv("COLUMNS", "200")
    return live
