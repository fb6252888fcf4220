"""The command line through click's runner against the real server and its sandbox: devices, the
QR flows, reboot, queue and send, node run, and errors as one line with their exit code."""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sparkbot.cli import cli
from sparkbot.cli import session as session_commands
from sparkbot.client._generated.session import SessionResource

from ..live import MISSING, Live

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def answer(result: Result) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def assert_one_line_error(result: Result, code: int, text: str) -> None:
    assert result.exit_code == code, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    assert text in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)  # exited on purpose, nothing escaped


def test_devices_lists_numbers_with_their_session_status(sparkbot: Live) -> None:
    linked, phone = sparkbot.linked_number("Sales")
    never = sparkbot.number("Support")
    rows = {row["id"]: row for row in answer(invoke("--output", "json", "devices"))}
    assert rows[linked] == {
        "id": linked,
        "alias": "Sales",
        "phone": phone,
        "status": "operative",
        "session": "online",
    }
    assert rows[never] == {
        "id": never,
        "alias": "Support",
        "phone": None,
        "status": "pending",
        "session": "authorize",
    }
    assert list(rows) == [n["id"] for n in sparkbot.client.numbers.iter_get_numbers()]
    lines = invoke("--output", "ndjson", "devices").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == list(rows)


def test_qr_to_a_png_file_and_an_svg_file(sparkbot: Live, tmp_path: Path) -> None:
    device = sparkbot.number()
    png, svg = tmp_path / "qr.png", tmp_path / "qr.svg"
    result = invoke("session", "qr", device, "-o", str(png))
    assert result.exit_code == 0, result.output
    assert png.read_bytes().startswith(PNG_MAGIC)
    assert f"(image/png) to {png}" in result.stderr
    result = invoke("session", "qr", device, "-o", str(svg))
    assert result.exit_code == 0, result.output
    assert ET.parse(svg).getroot().tag in {"svg", "{http://www.w3.org/2000/svg}svg"}
    assert "(image/svg+xml)" in result.stderr
    assert sparkbot.session_status(device) == "authorize"  # showing a QR links nothing


def test_qr_in_the_terminal_returns_once_the_phone_scans_it(
    sparkbot: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = sparkbot.number()
    naps: list[float] = []

    def sleep(seconds: float) -> None:  # the wait between two checks: the phone scans during the first
        naps.append(seconds)
        if len(naps) == 1:
            _scan(sparkbot, device)

    monkeypatch.setattr(session_commands, "time", SimpleNamespace(monotonic=time.monotonic, sleep=sleep))
    result = invoke("session", "qr", device, "--interval", "0.5")
    assert result.exit_code == 0, result.output
    assert "Scan with WhatsApp" in result.stdout
    assert any(block in result.stdout for block in "▀▄█")  # the QR itself, drawn with half blocks
    assert result.stdout.rstrip().endswith(f"linked: {device} is online")
    assert naps == [0.5]
    assert sparkbot.session_status(device) == "online"


def _scan(live: Live, device: str) -> None:
    """The sandbox's phone scans the QR the command shows."""
    scanned = live.sandbox.post(f"/devices/{device}/scan")
    assert scanned.status_code == 200, scanned.text


def test_qr_in_the_terminal_when_the_phone_scans_between_check_and_qr(
    sparkbot: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The number links after the command saw it unlinked and before it asks for the next QR."""
    device = sparkbot.number()
    checks: list[str] = []
    original = SessionResource.sync_session

    def sync_session(self: SessionResource, device_id: str, **kwargs: Any) -> Any:
        state = original(self, device_id, **kwargs)
        checks.append(state["status"])
        if len(checks) == 2:  # a QR is showing: the phone scans it right after this check
            _scan(sparkbot, device_id)
        return state

    monkeypatch.setattr(SessionResource, "sync_session", sync_session)
    result = invoke("session", "qr", device, "--interval", "0.01")
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith(f"linked: {device} is online")
    assert checks == ["authorize", "authorize", "online"]


def test_qr_in_the_terminal_gives_up_after_max_wait(sparkbot: Live) -> None:
    device = sparkbot.number()
    result = invoke("session", "qr", device, "--interval", "0.05", "--max-wait", "0.2")
    assert result.exit_code == 1, result.output
    assert f"{device} was not linked within 0.2 s" in result.stderr
    assert "Traceback" not in result.output


def test_qr_of_an_online_number_says_it_is_linked(sparkbot: Live) -> None:
    device, _ = sparkbot.linked_number()
    result = invoke("session", "qr", device)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"linked: {device} is online\n"
    assert sparkbot.session_status(device) == "online"


def test_qr_of_a_linked_number_that_dropped_needs_force(sparkbot: Live, tmp_path: Path) -> None:
    device, _ = sparkbot.linked_number()
    dropped = sparkbot.sandbox.post(f"/devices/{device}/disconnect", json={"reason": "offline"})
    assert dropped.json()["session"]["status"] == "offline", dropped.text
    assert_one_line_error(invoke("session", "qr", device), 6, "409 already_linked: the number is linked")
    target = tmp_path / "new.png"
    result = invoke("session", "qr", device, "--force", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(PNG_MAGIC)
    assert sparkbot.session_status(device) == "authorize"


def test_reboot_force_wait_sync_ends_online(sparkbot: Live) -> None:
    device, phone = sparkbot.linked_number()
    started = time.monotonic()
    state = answer(invoke("session", "reboot", device, "--force", "--wait", "--sync"))
    assert time.monotonic() - started >= 0.2  # it waited for the sandbox to reconnect
    assert state["device"] == device
    assert state["status"] == "online"
    assert state["session"]["linked"] is True
    assert state["session"]["lastSyncAt"] is not None
    synced = answer(invoke("session", "sync-session", device))
    assert synced["status"] == "online"
    assert answer(invoke("numbers", "get-number-by-id", device))["phone"] == phone


def test_reboot_without_wait_answers_at_once_while_rebooting(sparkbot: Live) -> None:
    device, _ = sparkbot.linked_number()
    state = answer(invoke("session", "reboot", device))
    assert (state["status"], state["reason"]) == ("offline", "rebooting")
    sparkbot.wait_for(lambda: sparkbot.session_status(device) == "online")


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["session", "reboot", "{never}", "--force", "--wait"], 6, "409 not_linked: the number was never"),
        (["session", "reboot-device", "{never}"], 6, "409 not_linked"),
        (["session", "reboot", MISSING], 5, f"404 not_found: no number '{MISSING}' in this account"),
        (["session", "sync-session", MISSING], 5, "404 not_found"),
        (["numbers", "get-number-by-id", MISSING], 5, "404 not_found"),
        (["queue", "route-queue", "{never}", "--device", "{never}"], 2, "device must differ from deviceId"),
        (["--api-key", "not-the-key", "session", "sync-session", "{never}"], 4, "401"),
    ],
    ids=["409-reboot", "409-reboot-device", "404-reboot", "404-sync", "404-get", "400", "401"],
)
def test_errors_are_one_line_with_their_exit_code(
    sparkbot: Live, args: list[str], code: int, text: str
) -> None:
    never = sparkbot.number("Never")
    result = invoke(*(a.replace("{never}", never) for a in args))
    assert_one_line_error(result, code, text)


def test_a_paused_queue_keeps_the_messages_sent(sparkbot: Live) -> None:
    device, _ = sparkbot.linked_number()
    paused = answer(invoke("queue", "set-queue-status", device, "--status", "pause"))
    assert (paused["device"], paused["status"]) == (device, "pause")
    sent = [
        answer(
            invoke(
                "send-messages",
                "send-text",
                "--device",
                device,
                "--phone",
                f"+4473620535{70 + i}",
                "--message",
                f"Order {i} shipped",
                "--priority",
                "high",
            )
        )
        for i in range(3)
    ]
    assert [(m["device"], m["phone"], m["status"]) for m in sent] == [
        (device, f"+4473620535{70 + i}", "queued") for i in range(3)
    ]
    queue = answer(invoke("queue", "get-queue-status", device))
    assert (queue["status"], queue["pending"]) == ("pause", 3)
    other = sparkbot.number("Other")
    moved = answer(invoke("queue", "route-queue", device, "--device", other))
    assert moved == {"device": device, "target": other, "moved": 3}


def test_send_text_refuses_a_bad_phone_before_sending(sparkbot: Live) -> None:
    device, _ = sparkbot.linked_number()
    result = invoke(
        "send-messages", "send-text", "--device", device, "--phone", "0044 7362", "--message", "x"
    )
    assert_one_line_error(result, 2, "phone must be E.164")
    assert answer(invoke("queue", "get-queue-status", device))["pending"] == 0


def test_node_run_against_the_server(sparkbot: Live, tmp_path: Path) -> None:
    a, b = sparkbot.number("Alpha"), sparkbot.number("Bravo")
    params = tmp_path / "params.json"
    params.write_text(
        json.dumps(
            {"parameters": {"resource": "numbers", "operation": "getNumberById", "device": "={{ $json.id }}"}}
        )
    )
    items = tmp_path / "items.jsonl"
    items.write_text("".join(json.dumps({"id": d}) + "\n" for d in (b, MISSING, a)))
    args = ["node", "run", "--parameters", str(params), "--items", str(items)]
    result = invoke(*args, "--continue-on-fail")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["pairedItem"]["item"] for o in out] == [0, 1, 2]
    assert [o["json"].get("alias") for o in out] == ["Bravo", None, "Alpha"]
    assert (out[1]["json"]["status"], out[1]["json"]["code"]) == (404, "not_found")
    failed = invoke(*args)
    assert failed.exit_code == 5, failed.output
    assert "item 1: no number" in failed.stderr
