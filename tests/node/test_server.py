"""Node-runner semantics against the real server and its sandbox: order, pairing, list splitting,
binary items, continue_on_fail, expressions, the async runner and the pickers."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import httpx
import pytest

from sparkbot import NotFoundError
from sparkbot.node import NodeOperationError, arun, load_options, run

from ..live import MISSING, Live

BY_ID = {"resource": "numbers", "operation": "getNumberById", "device": "={{ $json.id }}"}
REBOOT = {
    "resource": "session",
    "operation": "rebootDevice",
    "device": "={{ $json.id }}",
    "rebootOptions": {"force": True, "wait": True, "sync": True},
}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _ids(*devices: str) -> list[dict[str, Any]]:
    return [{"json": {"id": device}} for device in devices]


def test_one_output_item_per_input_in_order_paired_with_its_input(live: Live) -> None:
    a, b, c = live.number("Alpha"), live.number("Bravo"), live.number("Charlie")
    items = _ids(c, a, MISSING, b, "not-an-id")
    out = run(live.client, BY_ID, items, continue_on_fail=True)
    assert [o["pairedItem"] for o in out] == [{"item": i} for i in range(5)]
    assert [o["json"].get("id") for o in out] == [c, a, None, b, None]
    assert [o["json"].get("alias") for o in out] == ["Charlie", "Alpha", None, "Bravo", None]
    assert out[0]["json"]["session"]["status"] == "authorize"
    assert out[2]["json"] == {
        "error": f"no number {MISSING!r} in this account",
        "status": 404,
        "code": "not_found",
        "errors": [],
    }
    # refused by the client before anything is sent: a validation error, with its field
    assert out[4]["json"]["code"] == "ValidationError"
    assert out[4]["json"]["field"] == "deviceId"


def test_without_continue_on_fail_the_run_stops_at_the_failing_item(live: Live) -> None:
    a, b = live.number("Alpha"), live.number("Bravo")
    sent: list[httpx.Request] = []
    with (
        httpx.Client(event_hooks={"request": [sent.append]}) as http,
        live.sync_client(http_client=http) as client,
        pytest.raises(NodeOperationError, match=r"^item 1: no number") as caught,
    ):
        run(client, BY_ID, _ids(a, MISSING, b))
    assert caught.value.item == 1
    assert isinstance(caught.value.error, NotFoundError)
    assert caught.value.error.status == 404
    assert isinstance(caught.value.__cause__, NotFoundError)
    assert [r.url.path for r in sent] == [f"/v1/devices/{a}", f"/v1/devices/{MISSING}"]


def test_a_list_answer_becomes_one_item_per_number_paired_with_its_input(live: Live) -> None:
    a, b, c = live.number("Alpha"), live.number("Bravo"), live.number("Charlie")
    params = {"resource": "numbers", "operation": "getNumbers", "filters": {"ids": "={{ $json.ids }}"}}
    items = [{"json": {"ids": [b, a]}}, {"json": {"ids": [MISSING]}}, {"json": {"ids": [c]}}]
    out = run(live.client, params, items)
    # the server lists by creation; input 1 matches no number, so it gives no item at all
    assert [(o["json"]["id"], o["pairedItem"]["item"]) for o in out] == [(a, 0), (b, 0), (c, 2)]
    assert [o["json"]["alias"] for o in out] == ["Alpha", "Bravo", "Charlie"]


def test_a_qr_image_becomes_a_binary_item(live: Live) -> None:
    a, b = live.number("Alpha"), live.number("Bravo")
    params = {"resource": "session", "operation": "scanQR", "device": "={{ $json.id }}", "encoding": "image"}
    out = run(live.client, params, _ids(a, b))
    assert [o["pairedItem"] for o in out] == [{"item": 0}, {"item": 1}]
    images = []
    for item in out:
        binary = item["binary"]["data"]
        png = base64.b64decode(binary["data"], validate=True)
        assert png.startswith(PNG_MAGIC)
        assert binary["mimeType"] == "image/png"
        assert binary["fileName"] == "data.png"
        assert item["json"] == {"mimeType": "image/png", "fileName": "data.png", "fileSize": len(png)}
        images.append(png)
    assert images[0] != images[1]  # each number shows its own QR


def test_the_default_qr_is_svg_and_a_json_qr_is_a_plain_item(live: Live) -> None:
    device = live.number()
    qr = {"resource": "session", "operation": "scanQR", "device": device}
    [svg] = run(live.client, qr)
    assert svg["json"]["mimeType"] == "image/svg+xml"
    assert svg["binary"]["data"]["fileName"] == "data.svg"
    assert b"<svg" in base64.b64decode(svg["binary"]["data"]["data"])
    [doc] = run(live.client, {**qr, "encoding": "json"})
    assert "binary" not in doc
    assert doc["json"]["payload"].startswith("2@")
    assert doc["json"]["status"] == "authorize"
    assert doc["json"]["round"] == 1


def test_continue_on_fail_turns_conflicts_and_unknown_numbers_into_error_items(live: Live) -> None:
    never = live.number("Never")
    linked, phone = live.linked_number("Linked")
    out = run(live.client, REBOOT, _ids(never, MISSING, linked), continue_on_fail=True)
    assert out[0] == {
        "json": {
            "error": "the number was never linked: scan the QR or request an auth code first",
            "status": 409,
            "code": "not_linked",
            "errors": [],
        },
        "pairedItem": {"item": 0},
    }
    assert (out[1]["json"]["status"], out[1]["json"]["code"]) == (404, "not_found")
    assert out[1]["pairedItem"] == {"item": 1}
    # the run went on: the linked number was rebooted, waited for and synced
    assert out[2]["pairedItem"] == {"item": 2}
    assert out[2]["json"]["device"] == linked
    assert out[2]["json"]["status"] == "online"
    assert out[2]["json"]["session"]["lastSyncAt"] is not None
    assert live.client.numbers.get_number_by_id(linked)["phone"] == phone


def test_a_conflict_error_item_names_the_field_to_change(live: Live) -> None:
    linked, _ = live.linked_number()
    params = {"resource": "session", "operation": "scanQR", "device": linked, "encoding": "json"}
    [failed] = run(live.client, params, continue_on_fail=True)
    assert failed["json"]["status"] == 409
    assert failed["json"]["code"] == "already_linked"
    assert [e["field"] for e in failed["json"]["errors"]] == ["force"]
    assert live.session_status(linked) == "online"  # nothing was destroyed
    [forced] = run(live.client, {**params, "force": True})
    assert forced["json"]["status"] == "authorize"
    assert live.session_status(linked) == "authorize"


def test_expressions_resolve_against_each_item(live: Live) -> None:
    device, _ = live.linked_number()
    live.client.queue.set_queue_status(device, status="pause")
    params = {
        "resource": "send-messages",
        "operation": "sendText",
        "device": "={{ $json.sender.id }}",
        "phone": "={{ $json.phones[0] }}",
        "message": "=Order {{ $json.order }} shipped",
    }
    items = [
        {"json": {"sender": {"id": device}, "phones": [f"+4473620535{70 + i}"], "order": i}} for i in range(3)
    ]
    out = run(live.client, params, items)
    assert [(o["json"]["device"], o["json"]["phone"]) for o in out] == [
        (device, f"+4473620535{70 + i}") for i in range(3)
    ]
    assert {o["json"]["status"] for o in out} == {"queued"}
    assert len({o["json"]["id"] for o in out}) == 3
    assert live.client.queue.get_queue_status(device)["pending"] == 3


class _InFlight:
    """httpx hooks counting the requests under way, and the most at once."""

    def __init__(self) -> None:
        self.now = self.peak = 0

    async def request(self, request: httpx.Request) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)

    async def response(self, response: httpx.Response) -> None:
        self.now -= 1


async def test_the_async_runner_keeps_order_with_bounded_concurrency(live: Live) -> None:
    slow = [await asyncio.to_thread(live.linked_number, f"Slow {i}") for i in range(3)]
    never = await asyncio.to_thread(live.number, "Never")
    # reboots that wait take 0.2 s on the server; the failures answer at once and finish first
    devices = [slow[0][0], never, slow[1][0], MISSING, slow[2][0], never]
    counter = _InFlight()
    hooks = {"request": [counter.request], "response": [counter.response]}
    async with (
        httpx.AsyncClient(event_hooks=hooks) as http,
        live.async_client(http_client=http) as client,
    ):
        out = await arun(client, REBOOT, _ids(*devices), continue_on_fail=True, concurrency=2)
    assert [o["pairedItem"]["item"] for o in out] == list(range(6))
    assert [o["json"].get("device") or o["json"]["code"] for o in out] == [
        slow[0][0],
        "not_linked",
        slow[1][0],
        "not_found",
        slow[2][0],
        "not_linked",
    ]
    assert all(out[i]["json"]["status"] == "online" for i in (0, 2, 4))
    assert counter.peak == 2


async def test_the_async_runner_names_the_failing_item(live: Live) -> None:
    device, _ = await asyncio.to_thread(live.linked_number)
    async with live.async_client() as client:
        with pytest.raises(NodeOperationError, match=r"^item 1: ") as caught:
            await arun(client, REBOOT, _ids(device, MISSING, device), concurrency=3)
    assert caught.value.item == 1
    assert isinstance(caught.value.error, NotFoundError)


def test_the_devices_picker_on_real_numbers(live: Live) -> None:
    linked, phone = live.linked_number("Sales desk")
    never = live.number("Support")
    options = load_options(live.client, "getDevices")
    assert {"name": f"Sales desk ({phone})", "value": linked} in options
    assert {"name": "Support (not linked)", "value": never} in options
    assert options.index({"name": "Support (not linked)", "value": never}) == len(options) - 1
    listed = [n["id"] for n in live.client.numbers.iter_get_numbers()]
    assert [o["value"] for o in options] == listed  # every number, in the server's order


def test_the_team_and_department_pickers_list_a_numbers_users_and_departments(live: Live) -> None:
    device, other = live.number("Team desk"), live.number("Other desk")
    team = live.client.team
    ana = team.create_device_user(
        device,
        display_name="Ana Agent",
        email=f"ana-{device}@example.com",
        password="secret",
        role="agent",
        color="blue",
    )["id"]
    team.create_device_user(
        other,
        display_name="Bo Boss",
        email=f"bo-{device}@example.com",
        password="secret",
        role="admin",
        color="red",
    )
    billing = live.client.departments.create_department(
        device, name="Billing", color="ruby", icon="headset", agents=[ana]
    )["id"]
    assert load_options(live.client, "getTeamAgents", device) == [{"name": "Ana Agent", "value": ana}]
    assert load_options(live.client, "getDepartments", device) == [{"name": "Billing", "value": billing}]
    assert load_options(live.client, "getDepartments", other) == []


def test_the_files_picker_lists_the_accounts_stored_files(live: Live) -> None:
    upload = httpx.post(
        f"{live.base_url}/files",
        headers={"Token": live.api_key},
        files={"file": ("picker-menu.png", PNG_MAGIC + b"picker test bytes", "image/png")},
        timeout=30,
    )
    assert upload.status_code in (200, 201), upload.text
    options = load_options(live.client, "getFiles")
    assert {"name": "picker-menu.png", "value": upload.json()["id"]} in options
    listed = [f["id"] for f in live.client.outbound_files.iter_search_files()]
    assert [o["value"] for o in options] == listed


def test_the_labels_picker_lists_a_numbers_labels_by_name(live: Live) -> None:
    device, other = live.number("Labels desk"), live.number("Other desk")
    for name in ("VIP", "New lead"):
        live.client.labels.create_label(device, name=name, color="ruby")
    live.client.labels.create_label(other, name="Elsewhere", color="aqua")
    # a label is applied by its name: the picker's value is the name
    assert load_options(live.client, "getLabels", device) == [
        {"name": "VIP", "value": "VIP"},
        {"name": "New lead", "value": "New lead"},
    ]
    assert load_options(live.client, "getLabels", other) == [{"name": "Elsewhere", "value": "Elsewhere"}]


def test_the_channels_picker_lists_a_numbers_channels_by_wid(live: Live) -> None:
    device, _ = live.linked_number("Channels desk")
    made = live.client.channels.create_channel(device, name="Desk news")
    assert load_options(live.client, "getDeviceChannels", device) == [
        {"name": "Desk news", "value": made["id"]}
    ]


def test_the_groups_picker_lists_a_numbers_groups_by_wid(live: Live) -> None:
    device, _ = live.linked_number("Groups desk")
    made = live.client.groups.create_group(
        device, name="Desk team", participants=[{"phone": "+447362053576"}]
    )
    assert load_options(live.client, "getGroups", device) == [{"name": "Desk team", "value": made["wid"]}]
