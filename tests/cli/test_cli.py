"""The command line through click's runner: every operation's help, calls, output, exit codes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from sparkbot.cli import cli
from sparkbot.cli.context import exit_for
from sparkbot.client._response import error_from_response
from sparkbot.spec import OPERATIONS, Operation

from ..recording import recording_server

DEVICE = "5f0c1e2d3c4b5a6978879605"
TARGET = "5f0c1e2d3c4b5a6978879606"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[dict[str, object]]]:
    with recording_server() as (base_url, seen):
        monkeypatch.setenv("SPARKBOT_API_URL", base_url)
        monkeypatch.setenv("SPARKBOT_API_KEY", "cli-key")
        monkeypatch.setenv("SPARKBOT_CONFIG", str(tmp_path / "config.json"))
        yield seen


@pytest.mark.parametrize("op", [pytest.param(op, id=op.key) for op in OPERATIONS])
def test_every_operation_has_a_command_with_help(op: Operation) -> None:
    result = CliRunner().invoke(cli, [op.cli_resource, op.cli_command, "--help"])
    assert result.exit_code == 0, result.output
    assert op.description.split()[0] in result.output
    for p in op.client_params:
        if p.location != "path":
            assert f"--{p.python_name.rstrip('_').replace('_', '-')}" in result.output, p.name


def test_the_nodes_names_are_accepted_too(server: list[dict[str, object]]) -> None:
    result = CliRunner().invoke(cli, ["session", "rebootDevice", DEVICE, "--force"])
    assert result.exit_code == 0, result.output
    assert server[-1]["path"] == f"/v1/devices/{DEVICE}/reboot?force=true"


def test_reboot_device_with_flags(server: list[dict[str, object]]) -> None:
    args = ["session", "reboot-device", DEVICE, "--force", "--wait", "--sync"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert server[-1]["path"] == f"/v1/devices/{DEVICE}/reboot?force=true&wait=true&sync=true"
    assert json.loads(result.output)["ok"] is True


def test_route_queue_and_a_body_from_data(server: list[dict[str, object]], tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["queue", "route-queue", DEVICE, "--device", TARGET]).exit_code == 0
    assert json.loads(str(server[-1]["body"])) == {"device": TARGET}
    data = tmp_path / "msg.json"
    data.write_text(json.dumps({"device": DEVICE, "phone": "+447362053576", "message": "hi"}))
    result = CliRunner().invoke(cli, ["send-messages", "send-text", "--data", f"@{data}"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["status"] == "queued"


def test_lists_repeat_or_comma_separate(server: list[dict[str, object]]) -> None:
    args = ["outbound-messages", "search-messages", "--status", "queued,sent", "--status", "read"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert server[-1]["path"] == "/v1/messages?status=queued%2Csent%2Cread"


def test_ndjson_output(server: list[dict[str, object]]) -> None:
    result = CliRunner().invoke(cli, ["--output", "ndjson", "numbers", "get-numbers", "--size", "1"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == [DEVICE]


def test_table_output(server: list[dict[str, object]]) -> None:
    result = CliRunner().invoke(cli, ["--output", "table", "devices"])
    assert result.exit_code == 0, result.output
    assert "sales" in result.output
    assert "support" in result.output


def test_binary_answer_to_a_file(server: list[dict[str, object]], tmp_path: Path) -> None:
    target = tmp_path / "qr.png"
    result = CliRunner().invoke(cli, ["session", "qr", DEVICE, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"\x89PNG")


def test_reboot_with_a_spinner(server: list[dict[str, object]]) -> None:
    result = CliRunner().invoke(cli, ["session", "reboot", DEVICE, "--force", "--wait", "--sync"])
    assert result.exit_code == 0, result.output
    assert server[-1]["path"] == f"/v1/devices/{DEVICE}/reboot?force=true&wait=true&sync=true"


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["session", "sync-session", "nope"], 2, "deviceId must be a 24-character"),
        (["session", "request-number-auth-code", DEVICE, "--phone", "123"], 2, "phone must be E.164"),
    ],
)
def test_errors_are_one_line_with_an_exit_code(
    server: list[dict[str, object]], args: list[str], code: int, text: str
) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code
    assert text in result.output
    assert "Traceback" not in result.output
    assert server == []


def test_no_key_is_exit_code_3(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SPARKBOT_API_KEY", raising=False)
    monkeypatch.setenv("SPARKBOT_CONFIG", str(tmp_path / "none.json"))
    result = CliRunner().invoke(cli, ["session", "sync-session", DEVICE])
    assert result.exit_code == 3
    assert "no SparkBot API key" in result.output


def test_a_connection_error_is_exit_code_8(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPARKBOT_API_KEY", "k")
    result = CliRunner().invoke(
        cli, ["--base-url", "http://127.0.0.1:9/v1", "--timeout", "2", "session", "sync-session", DEVICE]
    )
    assert result.exit_code == 8, result.output


def test_configure_writes_a_profile_that_later_commands_use(
    server: list[dict[str, object]], monkeypatch: pytest.MonkeyPatch
) -> None:
    base_url = __import__("os").environ["SPARKBOT_API_URL"]
    runner = CliRunner()
    result = runner.invoke(cli, ["configure", "--api-key", "stored", "--base-url", base_url])
    assert result.exit_code == 0, result.output
    monkeypatch.delenv("SPARKBOT_API_KEY")
    monkeypatch.delenv("SPARKBOT_API_URL")
    assert runner.invoke(cli, ["session", "sync-session", DEVICE]).exit_code == 0
    assert server[-1]["path"] == f"/v1/devices/{DEVICE}/sync"


def test_node_run(server: list[dict[str, object]], tmp_path: Path) -> None:
    params = tmp_path / "params.json"
    params.write_text(
        json.dumps(
            {"parameters": {"resource": "session", "operation": "syncSession", "device": "={{ $json.id }}"}}
        )
    )
    items = tmp_path / "items.jsonl"
    items.write_text(f'{{"id": "{DEVICE}"}}\n{{"id": "bad"}}\n')
    args = ["node", "run", "--parameters", str(params), "--items", str(items), "--continue-on-fail"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert out[0]["pairedItem"] == {"item": 0}
    assert "deviceId" in out[1]["json"]["error"]


def test_every_command_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text("utf-8")
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        assert f"`sparkbot {name}" in doc, name
    for param in cli.params:
        for opt in getattr(param, "opts", []):
            assert opt in doc, opt


def test_friendly_options_and_whole_values(server: list[dict[str, object]]) -> None:
    args = ["send-messages", "send-location", "--device", DEVICE, "--phone", "+447362053576"]
    result = CliRunner().invoke(cli, [*args, "--latitude", "51.5", "--longitude", "-0.12"])
    assert result.exit_code == 0, result.output
    assert json.loads(str(server[-1]["body"])) == {
        "device": DEVICE,
        "phone": "+447362053576",
        "location": {"coordinates": [51.5, -0.12]},
    }
    sent = len(server)
    newline = [
        "send-messages",
        "send-text",
        "--device",
        DEVICE,
        "--phone",
        "+447362053576\n",
        "--message",
        "hi",
    ]
    result = CliRunner().invoke(cli, newline)
    assert result.exit_code == 2, result.output
    assert "phone must be E.164" in result.output
    assert len(server) == sent


def test_any_other_api_status_is_exit_code_7(capsys: pytest.CaptureFixture[str]) -> None:
    request = httpx.Request("GET", "http://127.0.0.1:8787/v1/devices")
    body = {"status": 501, "error": "not_implemented", "message": "not built here"}
    with pytest.raises(SystemExit) as exited:
        exit_for(error_from_response(httpx.Response(501, json=body, request=request)))
    assert exited.value.code == 7
    assert "not built here" in capsys.readouterr().err
