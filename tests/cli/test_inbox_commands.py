"""The inbox on the command line, against the live server: `sparkbot chats list DEVICE` shows a
table of a few useful columns with whole ids; the other lists have `list` too; a chat file downloads
to a file; the node's `getChats` and `getContacts` pickers list real chats and contacts."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from sparkbot.cli import cli
from sparkbot.cli.output import COLUMNS
from sparkbot.node import load_options

from ..live import Live

PHONE = "+447362053576"
WID = "447362053576@c.us"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _inbox(live: Live) -> tuple[str, str]:
    device, _ = live.linked_number("Inbox")
    image = {"kind": "image", "data": base64.b64encode(b"GIF89a tiny").decode(), "mimeType": "image/gif"}
    for body in ({"phone": PHONE, "name": "Ana", "message": "hello"}, {"phone": PHONE, "media": image}):
        live.sandbox.post(f"/devices/{device}/inbound", json=body).raise_for_status()
    message = live.client.chat_messages.get_chat_messages(device, chat=WID, kind="image")[0]
    return device, message["content"]["media"]["file"]


def test_chats_list_is_a_table_of_useful_columns_with_whole_ids(sparkbot: Live) -> None:
    device, _ = _inbox(sparkbot)
    result = invoke("--output", "table", "chats", "list", device)
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[1]
    assert [c.strip() for c in header.strip("┃│ ").split("┃")] == list(COLUMNS["chats"])
    assert WID in result.stdout  # whole, never cut with an ellipsis
    assert "Ana" in result.stdout
    rows = json.loads(invoke("--output", "json", "chats", "list", device).stdout)
    assert [r["id"] for r in rows] == [WID]


@pytest.mark.parametrize(
    ("resource", "expected"),
    [("chat-contacts", WID), ("chat-messages", "hello"), ("chat-files", "image/gif")],
)
def test_the_other_inbox_lists_answer_to_list(sparkbot: Live, resource: str, expected: str) -> None:
    device, _ = _inbox(sparkbot)
    result = invoke("--output", "table", resource, "list", device)
    assert result.exit_code == 0, result.output
    assert expected in result.stdout


def test_a_chat_file_downloads_to_a_file(sparkbot: Live, tmp_path: Path) -> None:
    device, file_id = _inbox(sparkbot)
    target = tmp_path / "photo.gif"
    result = invoke("chat-files", "download-device-file-details", device, file_id, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == b"GIF89a tiny"


def test_the_chat_and_contact_pickers(sparkbot: Live) -> None:
    device, _ = _inbox(sparkbot)
    with sparkbot.sync_client() as client:
        assert load_options(client, "getChats", device) == [{"name": "Ana", "value": WID}]
        assert load_options(client, "getContacts", device) == [{"name": "Ana", "value": WID}]
