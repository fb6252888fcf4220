"""Code generation from `sparkbot.spec`: client resources, the async shell, the CLI's resource list.

Python output goes through `ruff format` (a dev dependency), so generated code is formatted exactly
as the linter gate expects."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .cli import generate_cli
from .client import generate_client
from .unasync import unasync

__all__ = ["generate_all", "ruff_format"]


def _ruff() -> str:
    beside = Path(sys.executable).with_name("ruff")
    found = str(beside) if beside.exists() else shutil.which("ruff")
    if not found:
        raise RuntimeError("code generation needs ruff: pip install -e '.[dev]'")
    return found


def ruff_format(root: Path, relative: str, content: str) -> str:
    """`content` as `ruff format` writes it, with the project's settings."""
    done = subprocess.run(
        [_ruff(), "format", "--stdin-filename", relative, "-"],
        input=content,
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
    )
    return done.stdout


def generate_all(root: Path) -> dict[str, str]:
    """Every generated file: relative path -> content. Tests compare these with the tree."""
    files = {**generate_client(), **generate_cli(), **unasync(root)}
    return {
        path: ruff_format(root, path, text) if path.endswith(".py") else text for path, text in files.items()
    }
