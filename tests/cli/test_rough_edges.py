"""What a new user hit (issue 14): global options after the command, tables that keep ids whole,
the sandbox and `send`, node run's files, keys' database, a base URL without /v1, serve's banner,
the QR's round and its end, and CLI flags in messages."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sparkbot.cli import cli
from sparkbot.cli._group import hoist_global_options
from sparkbot.cli.context import flag_words
from sparkbot.cli.output import _cell, _columns, echo_answer
from sparkbot.cli.session import qr_status_line
from sparkbot.client._generated.session import SessionResource

from ..live import MISSING, Live

PHONE = "+447362053576"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def answer(result: Result) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def one_error(result: Result, code: int) -> str:
    """The one `error:` line of a failed command (never a traceback)."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit), result.exception
    errors = [line for line in result.stderr.splitlines() if line.startswith(("error: ", "Error: "))]
    assert len(errors) == 1, result.stderr
    return errors[0]


# 1. global options before or after the command


def test_global_options_move_in_front_of_the_command() -> None:
    ctx = cli.make_context("sparkbot", ["--help"], resilient_parsing=True)
    hoisted = hoist_global_options(cli, ctx, ["keys", "list", "--output", "json", "--data-dir", "d"])
    assert hoisted == ["--output", "json", "keys", "list", "--data-dir", "d"]
    hoisted = hoist_global_options(cli, ctx, ["keys", "list", "--timeout=3", "--profile", "p"])
    assert hoisted == ["--timeout=3", "--profile", "p", "keys", "list"]
    # an operation's own --output stays its own; what follows `--` is left alone
    args = ["numbers", "get-numbers", "--output", "json", "--base-url", "http://x/v1"]
    assert hoist_global_options(cli, ctx, args) == ["--base-url", "http://x/v1", *args[:4]]
    assert hoist_global_options(cli, ctx, ["keys", "list", "--", "--output"]) == [
        "keys",
        "list",
        "--",
        "--output",
    ]


def test_devices_list_output_json_works_like_output_json_devices(sparkbot: Live) -> None:
    device = sparkbot.number("After")
    after = answer(invoke("devices", "list", "--output", "json"))
    before = answer(invoke("--output", "json", "devices"))
    assert after == before
    assert device in [row["id"] for row in after]
    lines = invoke("devices", "--output=ndjson").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [row["id"] for row in after]


def test_api_key_base_url_and_timeout_after_the_command(sparkbot: Live) -> None:
    device = sparkbot.number()
    wrong_key = invoke("session", "sync-session", device, "--api-key", "not-the-key")
    assert "401" in one_error(wrong_key, 4)
    nowhere = invoke(
        "session", "sync-session", device, "--base-url", "http://127.0.0.1:9/v1", "--timeout", "2"
    )
    one_error(nowhere, 8)
    assert answer(invoke("session", "sync-session", device, "--timeout", "20"))["status"] == "authorize"


def test_a_wrong_command_name_answers_with_the_valid_ones(sparkbot: Live) -> None:
    result = invoke("grups", "list")
    assert result.exit_code == 2
    assert "Did you mean 'groups'" in result.output
    result = invoke("session", "reboot-devise", MISSING)
    assert result.exit_code == 2
    assert "reboot-device" in result.output
    result = invoke("session", "zzz")
    assert result.exit_code == 2
    assert "Valid:" in result.output
    assert "scan-qr" in result.output


# 2. tables


def test_a_cell_summarises_nested_values() -> None:
    assert _cell({"a": 1, "b": {"c": 2}, "d": [1], "e": None}) == "{3 fields}"
    assert _cell({"agent": "ana"}) == "agent: ana"
    assert _cell([{"phone": "+1"}, {"phone": "+2"}, {"phone": "+3"}]) == "3 items"
    assert _cell(["vip", "new"]) == "vip, new"
    assert _cell(["x" * 30, "y" * 30]) == "2 items"
    assert _cell(True) == "yes"
    assert _cell(None) == ""


def _table(rows: list[dict[str, Any]], resource: str, capsys: pytest.CaptureFixture[str]) -> str:
    echo_answer(rows, "table", resource=resource)
    return capsys.readouterr().out


GROUPS: list[dict[str, Any]] = [
    {
        "wid": "120363041234567890@g.us",
        "name": "Support team with a rather long name that has to wrap in a narrow terminal",
        "participants": [
            {"phone": "+447362053576", "admin": True},
            {"phone": "+447362053577", "admin": False},
        ],
        "isAdmin": True,
        "description": "not shown",
        "settings": {"announce": False, "restrict": True, "ephemeral": 0},
    }
]


def test_groups_table_keeps_the_wid_whole_in_a_narrow_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    out = _table(GROUPS, "groups", capsys)
    assert "120363041234567890@g.us" in out
    assert "…" not in out
    assert _columns(GROUPS, "groups") == ["wid", "name", "participants", "isAdmin"]
    assert "description" not in out
    assert "2 items" in out


def test_participants_table_shows_phone_and_admin(capsys: pytest.CaptureFixture[str]) -> None:
    out = _table(GROUPS[0]["participants"], "groups", capsys)
    assert re.search(r"phone\s.*admin", out)
    assert "+447362053576" in out
    assert "yes" in out


def test_the_servers_group_view_shows_its_count_and_whether_the_number_is_admin(
    capsys: pytest.CaptureFixture[str],
) -> None:
    member = {"phone": "+447362053576", "wid": "447362053576@c.us", "role": "admin", "admin": True}
    group = {
        "id": "120363041234567890@g.us",
        "wid": "120363041234567890@g.us",
        "kind": "group",
        "name": "Support",
        "permissions": {"edit": "admins", "send": "all"},
        "me": {"phone": "+447362053576", "role": "admin", "admin": True},
        "participants": [member],
        "participantsCount": 1,
    }
    assert _columns([group], "groups") == ["wid", "name", "kind", "participantsCount", "me.admin"]
    out = _table([group], "groups", capsys)
    assert re.search(r"wid\s.*name\s.*kind\s.*participants\s.*admin", out)
    assert re.search(r"120363041234567890@g\.us\s.*Support\s.*group\s.*1\s.*yes", out)
    assert _columns([member], "groups") == ["phone", "admin", "role"]
    channel = {"id": "120363999888777666@newsletter", "name": "News", "role": "owner", "followers": 3}
    assert _columns([channel], "channels") == ["id", "name", "role", "followers"]


def test_channels_and_ids_of_any_resource_stay_whole(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    channels = [{"wid": "120363999888777666@newsletter", "name": "News " * 10, "kind": "owner", "x": 1}]
    out = _table(channels, "channels", capsys)
    assert "120363999888777666@newsletter" in out
    assert "x" not in out.splitlines()[1].split()
    rows = [{"id": "5f0c1e2d3c4b5a6978879605", "other": "z" * 80, "ref": "5f0c1e2d3c4b5a6978879606"}]
    out = _table(rows, "unknown-resource", capsys)
    assert "5f0c1e2d3c4b5a6978879605" in out
    assert "5f0c1e2d3c4b5a6978879606" in out


def test_devices_table_against_the_server(sparkbot: Live, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "70")
    device = sparkbot.number("Table")
    result = invoke("devices", "list", "--output", "table")
    assert result.exit_code == 0, result.output
    assert device in result.stdout
    assert "…" not in result.stdout


# 3. the sandbox and send


def test_sandbox_commands_and_send(sparkbot: Live) -> None:
    device = sparkbot.number("Sandbox")
    assert answer(invoke("session", "scan-qr", device, "--encoding", "json"))["status"] == "authorize"
    linked = answer(invoke("sandbox", "scan", device))
    assert linked["session"]["status"] == "online"
    written = invoke("sandbox", "inbound", device, PHONE, "hello there", "--name", "Ana")
    assert answer(written)["message"]["body"] == "hello there"
    queued = answer(invoke("send", device, PHONE, "hi Ana"))
    assert (queued["status"], queued["phone"]) == ("queued", PHONE)
    assert len(queued["id"]) == 24
    sent = answer(invoke("send", device, PHONE, "and again", "--wait"))
    assert sent["status"] in {"sent", "delivered", "read"}
    outbox = answer(invoke("sandbox", "outbox", device))
    assert [entry["message"] for entry in outbox][-1] == sent["id"]
    dropped = answer(invoke("sandbox", "disconnect", device, "--reason", "conflict"))
    assert dropped["session"]["status"] != "online"


def test_sandbox_pair_and_errors(sparkbot: Live) -> None:
    device = sparkbot.number("Pair")
    code = answer(invoke("session", "request-number-auth-code", device, "--phone", "+447362053599"))["code"]
    assert answer(invoke("sandbox", "pair", device, code))["session"]["status"] == "online"
    assert "404" in one_error(invoke("sandbox", "scan", MISSING), 5)
    assert "device must be" in one_error(invoke("sandbox", "outbox", "nope"), 2)


def test_send_refuses_an_empty_text(sparkbot: Live) -> None:
    device, _ = sparkbot.linked_number()
    assert "message is required" in one_error(invoke("send", device, PHONE, ""), 2)
    result = invoke("send-messages", "send-text", "--device", device, "--phone", PHONE)
    assert "message is required" in one_error(result, 2)


# 4. node run's files


def _write(path: Path, data: Any) -> str:
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return str(path)


SYNC = {"resource": "session", "operation": "syncSession", "device": "={{ $json.id }}"}


def test_node_run_takes_a_json_array_of_items_and_a_workflow(sparkbot: Live, tmp_path: Path) -> None:
    device = sparkbot.number()
    workflow = {
        "name": "wf",
        "nodes": [
            {"name": "Start", "type": "n8n-nodes-base.manualTrigger", "parameters": {}},
            {"name": "On message", "type": "n8n-nodes-walichat.walichatTrigger", "parameters": {}},
            {"name": "Sync", "type": "n8n-nodes-walichat.walichat", "parameters": SYNC},
        ],
        "connections": {},
    }
    params = _write(tmp_path / "wf.json", workflow)
    items = _write(tmp_path / "items.json", [{"id": device}, {"json": {"id": device}}])
    result = invoke("node", "run", "--parameters", params, "--items", items)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["json"]["status"] for o in out] == ["authorize", "authorize"]
    assert [o["pairedItem"] for o in out] == [{"item": 0}, {"item": 1}]


def test_node_run_with_several_or_no_sparkbot_nodes_says_which_it_found(tmp_path: Path) -> None:
    two = {
        "nodes": [
            {"name": "A", "type": "n8n-nodes-walichat.walichat", "parameters": SYNC},
            {"name": "B", "type": "n8n-nodes-sparkbot.sparkbot", "parameters": SYNC},
        ]
    }
    params = _write(tmp_path / "two.json", two)
    line = one_error(invoke("node", "run", "--parameters", params), 2)
    assert "2 SparkBot nodes ('A', 'B')" in line
    assert "--node" in line
    none = {"nodes": [{"name": "Start", "type": "n8n-nodes-base.manualTrigger", "parameters": {}}]}
    line = one_error(invoke("node", "run", "--parameters", _write(tmp_path / "none.json", none)), 2)
    assert "no SparkBot node" in line
    assert "'Start' (n8n-nodes-base.manualTrigger)" in line


def test_node_run_picks_a_node_by_name(sparkbot: Live, tmp_path: Path) -> None:
    device = sparkbot.number()
    two = {
        "nodes": [
            {"name": "A", "type": "n8n-nodes-walichat.walichat", "parameters": {**SYNC, "operation": "nope"}},
            {"name": "B", "type": "n8n-nodes-walichat.walichat", "parameters": SYNC},
        ]
    }
    params = _write(tmp_path / "two.json", two)
    items = _write(tmp_path / "items.jsonl", json.dumps({"id": device}) + "\n")
    result = invoke("node", "run", "--parameters", params, "--items", items, "--node", "B")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["json"]["status"] == "authorize"


@pytest.mark.parametrize(
    ("parameters", "items", "text"),
    [
        ({"resource": "sesion", "operation": "syncSession"}, None, "did you mean 'session'?"),
        ({"resource": "session", "operation": "syncSesion"}, None, "did you mean 'syncSession'?"),
        ({"operation": "syncSession"}, None, "need a 'resource' and an 'operation'"),
        ("{not json", None, "not valid JSON"),
        (SYNC, '{"id": 1}\n{oops\n', "line 2: not valid JSON"),
        (SYNC, "[1, 2]", "item 0 is not a JSON object"),
    ],
    ids=["resource", "operation", "missing", "bad-parameters", "bad-line", "not-objects"],
)
def test_node_run_errors_are_one_line(tmp_path: Path, parameters: Any, items: str | None, text: str) -> None:
    args = ["node", "run", "--parameters", _write(tmp_path / "p.json", parameters)]
    if items is not None:
        args += ["--items", _write(tmp_path / "i.json", items)]
    line = one_error(invoke(*args), 2)
    assert text in line
    if "did you mean" in text:
        assert "valid: " in line


# 5. keys and their database


@pytest.fixture
def no_server_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPARKBOT_DATA_DIR", raising=False)
    monkeypatch.delenv("SPARKBOT_DATABASE_URL", raising=False)


@pytest.mark.usefixtures("no_server_env")
def test_keys_say_which_database_and_list_creates_none(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    result = invoke("keys", "list", "--data-dir", str(empty))
    line = one_error(result, 5)
    assert f"no database at {(empty / 'sparkbot.db').resolve()}" in line
    assert "--data-dir" in line
    assert not (empty / "sparkbot.db").exists()
    assert result.stdout == ""
    created = invoke("keys", "create", "--data-dir", str(tmp_path))
    assert created.exit_code == 0, created.output
    db = (tmp_path / "sparkbot.db").resolve()
    assert f"database: {db}" in created.stderr
    listed = invoke("keys", "list", "--data-dir", str(tmp_path), "--output", "json")
    assert [a["id"] for a in answer(listed)] == [json.loads(created.stdout)["id"]]
    assert f"database: {db}" in listed.stderr
    sqlite3.connect(db).close()


@pytest.mark.usefixtures("no_server_env")
def test_keys_name_a_database_url_without_its_password(tmp_path: Path) -> None:
    url = "postgresql+asyncpg://me:secret@127.0.0.1:9/none"
    result = invoke("keys", "list", "--database-url", url)
    assert result.exit_code == 8, result.output
    assert "secret" not in result.output


# 6. a base URL without /v1


def test_a_base_url_without_v1_gets_a_hint(sparkbot: Live) -> None:
    result = invoke("devices", "--base-url", sparkbot.root)
    assert f"did you mean {sparkbot.root}/v1?" in result.stderr
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    good = invoke("devices", "--base-url", sparkbot.base_url)
    assert good.exit_code == 0
    assert "hint" not in good.stderr


# 7. serve's banner


@pytest.mark.usefixtures("no_server_env")
def test_serve_prints_the_urls_the_data_and_the_exports(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sparkbot.server.__main__ as server_main

    started: list[list[str]] = []
    monkeypatch.setattr(server_main, "main", started.append)
    monkeypatch.setenv("SPARKBOT_API_KEY", "sk-test-1")
    result = invoke("serve", "--port", "8899", "--data-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert started == [["--host", "127.0.0.1", "--port", "8899", "--data-dir", str(tmp_path)]]
    out = result.stdout
    assert "http://127.0.0.1:8899/v1" in out
    assert re.search(r"console:\s+http://127\.0\.0\.1:8899/\n", out)
    assert str(tmp_path.resolve()) in out
    assert "export SPARKBOT_API_URL=http://127.0.0.1:8899/v1 SPARKBOT_API_KEY=sk-test-1" in out
    monkeypatch.delenv("SPARKBOT_API_KEY")
    out = invoke("serve", "--host", "0.0.0.0", "--data-dir", str(tmp_path)).stdout
    assert "export SPARKBOT_API_URL=http://127.0.0.1:8787/v1 SPARKBOT_API_KEY=<key>" in out
    assert f"sparkbot keys create --data-dir {tmp_path}" in out


# 8. the QR's round, its end, and flags in messages


def test_the_qr_status_line() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    shown = {"payload": "p", "round": 2, "rounds": 6, "expiresAt": "2026-01-01T00:00:17.000Z"}
    assert qr_status_line(shown, now) == "QR 2 of 6, expires in 17 s"
    assert qr_status_line({"payload": "p"}, now) == ""
    assert qr_status_line("p", now) == ""


def test_qr_shows_the_round_and_stops_when_the_window_closes(
    sparkbot: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = sparkbot.number()
    original = SessionResource.sync_session
    checks: list[str] = []

    def sync_session(self: SessionResource, device_id: str, **kwargs: Any) -> Any:
        state = original(self, device_id, **kwargs)
        checks.append(state["status"])
        return {**state, "status": "timeout"} if len(checks) > 1 else state  # the window closes

    monkeypatch.setattr(SessionResource, "sync_session", sync_session)
    result = invoke("session", "qr", device, "--interval", "0.01")
    assert result.exit_code == 1, result.output
    assert re.search(r"QR 1 of \d+, expires in \d+ s", result.stdout)
    assert "the login window closed before the QR was scanned" in result.stderr
    assert f"sparkbot session qr {device}" in result.stderr
    assert "Traceback" not in result.output


def test_a_conflict_names_the_cli_flag(sparkbot: Live) -> None:
    device, _ = sparkbot.linked_number()
    sparkbot.sandbox.post(f"/devices/{device}/disconnect", json={"reason": "offline"}).raise_for_status()
    line = one_error(invoke("session", "qr", device), 6)
    assert "use --force" in line
    assert "force=true" not in line
    assert (
        flag_words("pass force=true to reboot a stopped session") == "use --force to reboot a stopped session"
    )
    assert flag_words("pass the phone") == "pass the phone"


def test_help_lists_the_new_commands() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for name in ("send", "sandbox", "devices"):
        assert re.search(rf"^\s+{name}\s", result.output, re.MULTILINE), name
    assert "after the command" in result.output


def test_groups_list_as_a_table_against_the_server(sparkbot: Live, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    device, _ = sparkbot.linked_number()
    members = json.dumps([{"phone": "+447362053571", "admin": True}, {"phone": "+447362053572"}])
    created = answer(
        invoke("groups", "create-group", device, "--name", "Support crew", "--participants", members)
    )
    wid = created.get("wid") or created["id"]
    result = invoke("groups", "list", device, "--output", "table")
    assert result.exit_code == 0, result.output
    assert wid in result.stdout
    assert "Support crew" in result.stdout
    assert re.search(r"wid\s.*name\s.*participants\s.*admin", result.stdout)


def test_groups_list_of_a_live_number_is_a_table_with_whole_wids(sparkbot: Live) -> None:
    device, _ = sparkbot.linked_number("Groups desk")
    made = sparkbot.client.groups.create_group(device, name="Desk team", participants=[{"phone": PHONE}])
    table = invoke("groups", "list", device, "--output", "table")
    assert table.exit_code == 0, table.output
    assert made["wid"] in table.stdout  # never cut
    assert "Desk team" in table.stdout
    rows = answer(invoke("groups", "list", device, "--output", "json"))
    assert [(g["wid"], g["participantsCount"]) for g in rows] == [(made["wid"], 2)]
