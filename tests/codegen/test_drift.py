"""Generated code is checked in; this fails when it drifts from `sparkbot.spec`."""

from __future__ import annotations

from pathlib import Path

from sparkbot._codegen import generate_all
from sparkbot._codegen.client import HEADER

ROOT = Path(__file__).resolve().parents[2]


def test_generated_files_match_the_spec() -> None:
    stale = [
        path
        for path, content in generate_all(ROOT).items()
        if not (ROOT / path).exists() or (ROOT / path).read_text("utf-8") != content
    ]
    assert stale == [], "run: .venv/bin/python -m sparkbot._codegen"


def test_generated_files_are_marked() -> None:
    for path in generate_all(ROOT):
        if path.endswith(".py"):
            assert (ROOT / path).read_text("utf-8").startswith(HEADER), path


def test_no_stray_generated_modules() -> None:
    generated = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "src/sparkbot/client/_generated").glob("*.py")
    }
    assert generated <= set(generate_all(ROOT))
