"""Start-up cost: `import sparkbot` and `sparkbot --help`, each in fresh processes.

Every figure is the median wall time of several fresh subprocesses, printed beside a bare
`python -c pass` measured in the same run (interpreter start-up, which no library can avoid), with
the goal and PASS/FAIL. The median CPU time (user + system) of the same runs is shown too: on a
machine shared with other work it moves far less than the wall time does.

Python modules run from cached bytecode, as in any installed package: the runs get a temporary
`PYTHONPYCACHEPREFIX` (filled by one unmeasured warm-up run each), so neither an environment's
`PYTHONDONTWRITEBYTECODE` nor a read-only tree turns every run into a compile of the sources.
Run: `.venv/bin/python bench/bench_import.py [RUNS]`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYTHON = sys.executable
# The console script installed beside this interpreter; `python -m sparkbot.cli` where there is none.
SCRIPT = Path(PYTHON).with_name("sparkbot")
HELP = [str(SCRIPT), "--help"] if SCRIPT.exists() else [PYTHON, "-m", "sparkbot.cli", "--help"]

CASES: tuple[tuple[str, list[str], float | None], ...] = (
    ("python -c pass (baseline)", [PYTHON, "-c", "pass"], None),
    ("import sparkbot", [PYTHON, "-c", "import sparkbot"], 0.100),
    ("sparkbot --help", HELP, 0.250),
    ("from sparkbot import SparkBot (no goal)", [PYTHON, "-c", "from sparkbot import SparkBot"], None),
)


def _median_seconds(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds, each the median over `runs` fresh processes."""
    walls, cpus = [], []
    for _ in range(runs):
        before = os.times()
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        walls.append(time.perf_counter() - start)
        after = os.times()
        cpus.append(
            after.children_user - before.children_user + after.children_system - before.children_system
        )
    return statistics.median(walls), statistics.median(cpus)


def main(runs: int = 15) -> int:
    with tempfile.TemporaryDirectory(prefix="sparkbot-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        return _measure(runs, env)


def _measure(runs: int, env: dict[str, str]) -> int:
    for _, command, _ in CASES:  # fill the bytecode and file caches once, unmeasured
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    baseline = 0.0
    failed = False
    print(f"median of {runs} fresh processes each")
    for label, command, goal in CASES:
        wall, cpu = _median_seconds(command, runs, env)
        if goal is None and label.endswith("(baseline)"):
            baseline = wall
        line = (
            f"{label:42s} {wall * 1000:7.1f} ms (+{(wall - baseline) * 1000:6.1f} over baseline)"
            f"  cpu {cpu * 1000:6.1f} ms"
        )
        if goal is not None:
            ok = wall <= goal
            failed |= not ok
            line += f"  goal <= {goal * 1000:.0f} ms  {'PASS' if ok else 'FAIL'}"
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
