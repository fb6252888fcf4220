#!/usr/bin/env python3
"""Set-up and the two everyday commands, on a fresh machine with only python3.

    python3 run.py demo   # the main job: an end-to-end demo (creates .venv first)
    python3 run.py test   # the gates and the tests: ruff, mypy --strict, pytest on every core (creates .venv)
                          # (and installs Chromium, with apt-get, for the console's browser tests if missing)

The virtual environment is (re)installed only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".setup-stamp"


def _run(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    done = subprocess.run([str(a) for a in args], cwd=ROOT)
    if done.returncode:
        sys.exit(done.returncode)


def ensure_venv() -> None:
    """Creates .venv and installs the package with every extra, once per pyproject.toml."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and (BIN / "python").exists():
        return
    if not (BIN / "python").exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    _run(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(BIN / "python", "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    STAMP.write_text(wanted)


def ensure_browser() -> None:
    """The console's browser tests drive Debian's Chromium: installed (quietly) when it is missing
    and apt-get is there. Without it they skip, or fail under CI=true."""
    if Path("/usr/bin/chromium").exists() or shutil.which("apt-get") is None:
        return
    print("+ apt-get install -y chromium chromium-driver (for the console's browser tests)", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}

    def apt(*args: str) -> int:
        return subprocess.run(["apt-get", *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL).returncode

    install = ("install", "-y", "-qq", "chromium", "chromium-driver")
    failed = apt(*install)
    if failed:  # a fresh machine may not have the package lists yet
        apt("update", "-qq")
        failed = apt(*install)
    if failed:
        print(f"apt-get could not install Chromium (exit {failed})", file=sys.stderr, flush=True)


def test() -> None:
    _run(BIN / "ruff", "check", "src", "tests", "bench", "run.py")
    _run(BIN / "ruff", "format", "--check", "src", "tests", "bench", "run.py")
    _run(BIN / "mypy", "--strict", "src")
    ensure_browser()
    # the tests run on every core (pytest-xdist); `python3 run.py test -n 0 ...` runs them in one process
    _run(BIN / "python", "-m", "pytest", "-n", "auto", *sys.argv[2:])


def demo() -> None:
    _run(BIN / "python", "-m", "sparkbot.demo", *sys.argv[2:])


def main() -> None:
    commands = {"test": test, "demo": demo}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    ensure_venv()
    commands[sys.argv[1]]()


if __name__ == "__main__":
    main()
