"""The examples in README.md and docs/ run, and every public name is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sparkbot

from ..recording import recording_server

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def _examples() -> list[object]:
    return [
        pytest.param(code, id=f"{page.name}-{i}")
        for page in PAGES
        for i, code in enumerate(BLOCK.findall(page.read_text("utf-8")))
    ]


@pytest.mark.parametrize("code", _examples())
def test_example_runs(code: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with recording_server() as (base_url, seen):
        monkeypatch.setenv("SPARKBOT_API_URL", base_url)
        monkeypatch.setenv("SPARKBOT_API_KEY", "docs-key")
        monkeypatch.chdir(tmp_path)
        exec(compile(code, "<example>", "exec"), {"__name__": "__example__"})
    assert seen, "the example sent nothing"


CONSOLE = re.compile(r"```console\n(.*?)```", re.DOTALL)


def _commands() -> list[object]:
    return [
        pytest.param(line[len("$ sparkbot ") :], id=f"{page.name}-{line[11:40]}")
        for page in PAGES
        for block in CONSOLE.findall(page.read_text("utf-8"))
        for line in block.splitlines()
        if line.startswith("$ sparkbot ")
    ]


@pytest.mark.parametrize("command", _commands())
def test_command_example_runs(command: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import shlex

    from click.testing import CliRunner

    from sparkbot.cli import cli

    with recording_server() as (base_url, seen):
        monkeypatch.setenv("SPARKBOT_API_URL", base_url)
        monkeypatch.setenv("SPARKBOT_API_KEY", "docs-key")
        monkeypatch.setenv("SPARKBOT_CONFIG", str(tmp_path / "config.json"))
        result = CliRunner().invoke(cli, shlex.split(command))
    assert result.exit_code == 0, result.output
    assert seen, "the command sent nothing"


def test_every_public_name_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in sparkbot.__all__:
        if name.startswith("__"):
            continue
        assert name in readme, f"{name} is not documented in README.md"


def test_the_readme_gives_the_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "python3 run.py demo" in readme
    assert "python3 run.py test" in readme
    assert "python3 run.py test" in (ROOT / ".ci" / "run").read_text("utf-8")
