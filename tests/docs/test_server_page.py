"""The examples of docs/server.md that start their own server (fenced ```python {server}) run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "server.md"
BLOCK = re.compile(r"```python \{server\}\n(.*?)```", re.DOTALL)


def test_the_page_has_a_server_example() -> None:
    assert BLOCK.findall(PAGE.read_text("utf-8"))


@pytest.mark.parametrize("code", BLOCK.findall(PAGE.read_text("utf-8")))
def test_server_example_runs(code: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "<docs/server.md>", "exec"), {"__name__": "__example__"})


def test_every_timing_setting_is_documented() -> None:
    from dataclasses import fields

    from sparkbot.server import Settings

    text = PAGE.read_text("utf-8")
    missing = [
        f.name for f in fields(Settings) if f.name.endswith(("_seconds", "_rounds", "_minute", "_suffix"))
    ]
    assert [name for name in missing if f"`{name}`" not in text] == []
