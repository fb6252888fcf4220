"""Node-runner semantics against a recording transport: names, switches, items, failures."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json

import httpx
import pytest

from sparkbot import AsyncSparkBot
from sparkbot.node import (
    DEFAULT_CONCURRENCY,
    ExpressionError,
    NodeOperationError,
    arun,
    load_options,
    resolve,
    run,
)

from ..recording import BASE_URL, DEVICE, OTHER_DEVICE, Recorder


def test_expressions_resolve_against_each_item() -> None:
    item = {"name": "Ana", "phone": "+16001234560", "a": {"b": [10, 20]}}
    assert resolve("={{ $json.phone }}", item) == "+16001234560"
    assert resolve('={{ $json["a"]["b"] }}', item) == [10, 20]
    assert resolve("={{ $json.a.b[1] }}", item) == 20
    assert resolve("=Hello {{ $json.name }}!", item) == "Hello Ana!"
    assert resolve("={{ $json.missing }}", item) is None
    assert resolve({"x": ["={{ $json.name }}"]}, item) == {"x": ["Ana"]}
    assert resolve(lambda j: j["name"].upper(), item) == "ANA"
    assert resolve("plain", item) == "plain"


@pytest.mark.parametrize("text", ["={{ $items(0) }}", "={{ process.exit() }}", "={{ $json.a + 1 }}"])
def test_expressions_outside_the_subset_are_refused(text: str) -> None:
    with pytest.raises(ExpressionError, match="cannot read expression"):
        resolve(text, {"a": 1})


def test_reboot_with_the_nodes_names(recorder: Recorder) -> None:
    params = {
        "resource": "session",
        "operation": "rebootDevice",
        "device": DEVICE,
        "rebootOptions": {"force": True, "wait": True, "sync": True},
    }
    with recorder.sync_client() as client:
        out = run(client, params)
    assert str(recorder.last.url).endswith(f"/devices/{DEVICE}/reboot?force=true&wait=true&sync=true")
    assert out == [{"json": {}, "pairedItem": {"item": 0}}]


def test_one_output_per_input_item_in_order_with_expressions(recorder: Recorder) -> None:
    recorder.answers += [httpx.Response(201, json={"id": str(i), "status": "queued"}) for i in range(3)]
    params = {
        "resource": "send-messages",
        "operation": "sendText",
        "device": DEVICE,
        "phone": "={{ $json.phone }}",
        "message": "=Hi {{ $json.name }}",
        "options": {"priority": "high"},
    }
    items = [{"json": {"phone": f"+1600123456{i}", "name": f"n{i}"}} for i in range(3)]
    with recorder.sync_client() as client:
        out = run(client, params, items)
    assert [o["pairedItem"] for o in out] == [{"item": 0}, {"item": 1}, {"item": 2}]
    assert [o["json"]["id"] for o in out] == ["0", "1", "2"]
    bodies = [json.loads(r.content) for r in recorder.requests]
    assert bodies[2] == {"device": DEVICE, "phone": "+16001234562", "message": "Hi n2", "priority": "high"}


def test_the_target_switch_decides_which_recipient_travels(recorder: Recorder) -> None:
    params = {
        "resource": "send-messages",
        "operation": "sendText",
        "device": DEVICE,
        "target": "group",
        "phone": "+16001234560",
        "groupId": "120363000000000000@g.us",
        "message": "hi",
    }
    with recorder.sync_client() as client:
        run(client, params)
    assert json.loads(recorder.last.content) == {
        "device": DEVICE,
        "group": "120363000000000000@g.us",
        "message": "hi",
    }


def test_a_list_answer_becomes_one_item_per_element(recorder: Recorder) -> None:
    recorder.answers.append(httpx.Response(200, json=[{"id": "a"}, {"id": "b"}]))
    with recorder.sync_client() as client:
        out = run(client, {"resource": "numbers", "operation": "getNumbers"})
    assert out == [
        {"json": {"id": "a"}, "pairedItem": {"item": 0}},
        {"json": {"id": "b"}, "pairedItem": {"item": 0}},
    ]


def test_a_binary_answer_becomes_a_binary_item(recorder: Recorder) -> None:
    png = b"\x89PNG\r\n\x1a\n1234"
    recorder.answers.append(httpx.Response(200, content=png, headers={"content-type": "image/png"}))
    with recorder.sync_client() as client:
        out = run(
            client, {"resource": "session", "operation": "scanQR", "device": DEVICE, "encoding": "image"}
        )
    data = out[0]["binary"]["data"]
    assert base64.b64decode(data["data"]) == png
    assert data["mimeType"] == "image/png"
    assert out[0]["json"]["fileSize"] == len(png)


def test_continue_on_fail_turns_failures_into_error_items(recorder: Recorder) -> None:
    recorder.answers += [
        httpx.Response(409, json={"status": 409, "error": "session_linked", "message": "pass force"}),
        httpx.Response(200, json={"ok": True}),
    ]
    params = {"resource": "session", "operation": "scanQR", "device": "={{ $json.id }}", "encoding": "json"}
    items = [{"json": {"id": DEVICE}}, {"json": {"id": "bad"}}, {"json": {"id": OTHER_DEVICE}}]
    with recorder.sync_client() as client:
        out = run(client, params, items, continue_on_fail=True)
    assert out[0] == {
        "json": {"error": "pass force", "status": 409, "code": "session_linked", "errors": []},
        "pairedItem": {"item": 0},
    }
    assert out[1]["json"]["field"] == "deviceId"
    assert out[2] == {"json": {"ok": True}, "pairedItem": {"item": 2}}
    assert len(recorder.requests) == 2


def test_without_continue_on_fail_the_first_failure_names_the_item(recorder: Recorder) -> None:
    params = {"resource": "session", "operation": "syncSession", "device": "={{ $json.id }}"}
    with recorder.sync_client() as client, pytest.raises(NodeOperationError, match="item 1: ") as caught:
        run(client, params, [{"json": {"id": DEVICE}}, {"json": {"id": "nope"}}])
    assert caught.value.item == 1


async def test_the_async_runner_keeps_order_with_bounded_concurrency(recorder: Recorder) -> None:
    params = {"resource": "session", "operation": "deviceHealth", "device": "={{ $json.id }}"}
    items = [{"json": {"id": DEVICE}}, {"json": {"id": OTHER_DEVICE}}] * 3
    async with recorder.async_client() as client:
        out = await arun(client, params, items, concurrency=2)
    assert [o["pairedItem"]["item"] for o in out] == list(range(6))


def test_the_devices_picker(recorder: Recorder) -> None:
    recorder.answers.append(
        httpx.Response(
            200, json=[{"id": DEVICE, "alias": "sales", "phone": "+16001234560"}, {"id": OTHER_DEVICE}]
        )
    )
    with recorder.sync_client() as client:
        options = load_options(client, "getDevices")
    assert options == [
        {"name": "sales (+16001234560)", "value": DEVICE},
        {"name": f"{OTHER_DEVICE} (not linked)", "value": OTHER_DEVICE},
    ]


async def test_the_async_runner_runs_many_items_at_once_by_default() -> None:
    # A slow server is hidden only when many calls wait together: with the old default of 4 the
    # peak stayed at 4 and 1,000 items over 20 ms took 2.3x less than the sequential loop, not 15x.
    in_flight = peak = 0
    release = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight >= DEFAULT_CONCURRENCY:
            release.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(release.wait(), 1.0)  # only reached when the peak stays low
        release.set()
        in_flight -= 1
        return httpx.Response(200, json={"ok": True})

    params = {"resource": "session", "operation": "deviceHealth", "device": DEVICE}
    items = [{"json": {}}] * (DEFAULT_CONCURRENCY + 10)
    async with AsyncSparkBot("k", BASE_URL, transport=httpx.MockTransport(answer)) as client:
        out = await arun(client, params, items)
    assert peak == DEFAULT_CONCURRENCY >= 32
    assert [o["pairedItem"]["item"] for o in out] == list(range(len(items)))
