"""`sparkbot keys create` and `sparkbot keys list` on a SQLite database in a tmp dir."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from sparkbot.cli import cli


@pytest.fixture(autouse=True)
def _no_server_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPARKBOT_DATA_DIR", raising=False)
    monkeypatch.delenv("SPARKBOT_DATABASE_URL", raising=False)


def keys(*args: str) -> Result:
    return CliRunner().invoke(cli, ["keys", *args])


def test_create_prints_the_id_and_the_key_once(tmp_path: Path) -> None:
    result = keys("create", "--name", "ops", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    created = json.loads(result.stdout)
    assert set(created) == {"id", "name", "key"}
    assert created["name"] == "ops"
    assert len(created["id"]) == 24
    assert len(created["key"]) >= 40
    assert "not be shown again" in result.stderr
    assert (tmp_path / "sparkbot.db").exists()
    assert created["key"] not in (tmp_path / "sparkbot.db").read_bytes().decode("latin-1")


def test_a_second_create_with_the_same_key_fails_cleanly(tmp_path: Path) -> None:
    first = keys("create", "--key", "my-own-key", "--data-dir", str(tmp_path))
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["key"] == "my-own-key"
    second = keys("create", "--key", "my-own-key", "--data-dir", str(tmp_path))
    assert second.exit_code == 6
    assert second.stdout == ""
    assert second.stderr.strip() == "error: an account already has this key"
    assert "Traceback" not in second.output


def test_list_shows_the_accounts_without_their_keys(tmp_path: Path) -> None:
    created = json.loads(keys("create", "--name", "ops", "--data-dir", str(tmp_path)).stdout)
    result = CliRunner().invoke(cli, ["--output", "json", "keys", "list", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [(a["id"], a["name"]) for a in listed] == [(created["id"], "ops")]
    assert created["key"] not in result.output


def test_the_data_dir_comes_from_the_environment_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPARKBOT_DATA_DIR", str(tmp_path))
    assert keys("create").exit_code == 0
    assert (tmp_path / "sparkbot.db").exists()


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["--key", ""], 2, "error: the key must not be empty"),
        (["--name", ""], 2, "error: the name must be"),
        (["--database-url", "nope://x"], 3, "error: bad database URL"),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(
    tmp_path: Path, args: list[str], code: int, text: str
) -> None:
    result = keys("create", "--data-dir", str(tmp_path), *args)
    assert result.exit_code == code, result.output
    assert result.stderr.startswith(text)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
