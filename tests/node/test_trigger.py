"""The workflow node's trigger (`sparkbot.node.trigger`): its webhook registered, checked and removed
against the live server with `?workflow=<id>`, the server's sentinel delete of a workflow's
webhooks, a real delivery turned into items; the answers the live server never gives (409, other
errors) from a recorded transport."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

from sparkbot.client.errors import APIStatusError, NotFoundError, ValidationError
from sparkbot.node import AsyncTriggerRegistration, TriggerError, TriggerRegistration
from sparkbot.node.trigger import WORKFLOW_SENTINEL, check_exists, create, delete, receive, webhook_body

from ..live import MISSING, Live
from ..recording import Recorder
from ..server.receiver import receiving

HOOK = "http://127.0.0.1:9/n8n/webhook"  # never reached: every webhook of these tests has a number
PHONE = "+447362053576"


def _registration(live: Live, workflow: str, url: str = HOOK) -> TriggerRegistration:
    return TriggerRegistration(live.client, workflow, url)


def _parameters(device: str, **more: Any) -> dict[str, Any]:
    return {"webhookName": "Automations", "device": device, "events": ["message:in:new"], **more}


def _workflow_urls(live: Live, workflow: str) -> list[str]:
    hooks = live.client.webhooks.get_webhooks(search=f"workflow={workflow}", size=50)
    return sorted(h["url"] for h in hooks)


def test_create_check_and_delete_against_the_server(live: Live, caplog: pytest.LogCaptureFixture) -> None:
    device = live.number("Trigger")
    trigger = _registration(live, "wf-life")
    assert trigger.check_exists() is False  # no webhookId yet: nothing asked
    assert trigger.create(_parameters(device, events=["message:in:new", "message:out:ack"])) is True
    webhook_id = trigger.static_data["webhookId"]
    found = live.client.webhooks.get_webhook(webhook_id)
    assert (found["name"], found["url"]) == ("n8n: Automations", f"{HOOK}?workflow=wf-life")
    assert (found["events"], found["device"]) == (["message:in:new", "message:out:ack"], device)
    assert trigger.check_exists() is True
    # the same webhook registered for another URL (the workflow moved): not this node's
    assert (
        TriggerRegistration(live.client, "wf-life", HOOK + "2", trigger.static_data).check_exists() is False
    )

    assert trigger.delete() is True
    with pytest.raises(NotFoundError):
        live.client.webhooks.get_webhook(webhook_id)
    assert trigger.static_data == {"webhookId": webhook_id}  # kept, as the node keeps it
    assert trigger.delete() is True  # the 404 counts as done
    with caplog.at_level(logging.ERROR, logger="sparkbot.node.trigger"):
        assert trigger.check_exists() is False  # 404, after the sentinel delete (a 404 too: logged)
    assert "deleting the workflow's SparkBot webhooks failed" in caplog.text


def test_the_node_runtime_prefixes_the_name_cut_to_the_apis_30_characters(live: Live) -> None:
    device = live.number("Trigger")
    trigger = TriggerRegistration(live.client, "wf-name", HOOK, runtime="n8n_cloud")
    assert trigger.create(_parameters(device, webhookName="A" * 30)) is True
    found = live.client.webhooks.get_webhook(trigger.static_data["webhookId"])
    assert found["name"] == "n8ncloud: " + "A" * 20
    assert trigger.delete() is True


def test_a_failed_check_deletes_the_workflows_webhooks(live: Live) -> None:
    device = live.number("Trigger")
    first, second = _registration(live, "wf-gone"), _registration(live, "wf-gone", HOOK + "/2")
    other = _registration(live, "wf-stays")
    for trigger in (first, second, other):
        assert trigger.create(_parameters(device)) is True
    assert _workflow_urls(live, "wf-gone") == [f"{HOOK}/2?workflow=wf-gone", f"{HOOK}?workflow=wf-gone"]

    lost = _registration(live, "wf-gone")
    lost.static_data["webhookId"] = MISSING  # its webhook was deleted meanwhile
    assert lost.check_exists() is False
    assert _workflow_urls(live, "wf-gone") == []  # the sentinel delete removed both
    assert other.check_exists() is True  # another workflow's webhook stays
    assert other.delete() is True


def test_the_server_takes_workflow_on_get_and_delete_only(live: Live) -> None:
    device = live.number("Trigger")
    trigger = _registration(live, "wf-raw")
    assert trigger.create(_parameters(device)) is True
    webhook_id = trigger.static_data["webhookId"]
    http = httpx.Client(base_url=live.base_url, headers={"Token": live.api_key})
    with http:
        got = http.get(f"/webhooks/{webhook_id}", params={"workflow": "any other"})  # ignored
        assert (got.status_code, got.json()["id"]) == (200, webhook_id)
        refused = http.get(f"/webhooks/{webhook_id}", params={"flow": "x"})
        assert refused.status_code == 400
        assert refused.json()["errors"][0]["field"] == "flow"
        listed = http.get("/webhooks", params={"workflow": "wf-raw"})  # not on the other operations
        assert listed.status_code == 400

        no_workflow = http.delete(f"/webhooks/{WORKFLOW_SENTINEL}")  # an id like any other
        assert (no_workflow.status_code, no_workflow.json()["error"]) == (404, "not_found")
        gone = http.delete(f"/webhooks/{WORKFLOW_SENTINEL}", params={"workflow": "wf-raw"})
        assert gone.status_code == 200
        assert gone.json() == {
            "id": WORKFLOW_SENTINEL,
            "deleted": True,
            "workflow": "wf-raw",
            "ids": [webhook_id],
        }
        again = http.delete(f"/webhooks/{WORKFLOW_SENTINEL}", params={"workflow": "wf-raw"})
        assert again.status_code == 404
        assert "wf-raw" in again.json()["message"]


def test_a_delivery_reaches_the_registered_receiver_and_becomes_an_item(live: Live) -> None:
    device, _ = live.linked_number("Trigger")
    with receiving() as receiver:
        trigger = _registration(live, "wf-deliver", receiver.url)
        assert trigger.create(_parameters(device)) is True
        answer = live.sandbox.post(f"/devices/{device}/inbound", json={"phone": PHONE, "message": "hola"})
        answer.raise_for_status()
        live.wait_for(lambda: bool(receiver.deliveries()))
        delivery = receiver.deliveries()[0]
        assert delivery.path == "/hook?workflow=wf-deliver"
        assert delivery.event == "message:in:new"
        items = trigger.receive(delivery.body)
        assert items == [{"json": delivery.json}]
        body = items[0]["json"]
        assert (body["event"], body["device"], body["data"]["body"]) == ("message:in:new", device, "hola")
        assert trigger.delete() is True


async def test_the_async_registration(live: Live) -> None:
    device = live.number("Trigger")
    async with live.async_client() as client:
        trigger = AsyncTriggerRegistration(client, "wf-async", HOOK)
        assert await trigger.create(_parameters(device)) is True
        assert await trigger.check_exists() is True
        assert await trigger.delete() is True
        assert await trigger.delete() is True
        assert await trigger.check_exists() is False
    assert _workflow_urls(live, "wf-async") == []


# --- what the live server does not answer: from a recorded transport ---------------------------


def _sent(request: httpx.Request) -> tuple[str, str, Any]:
    body = json.loads(request.content) if request.content else None
    return request.method, str(request.url).removeprefix("http://sparkbot.test/v1"), body


def test_create_sends_the_nodes_body_and_counts_a_409_as_done() -> None:
    conflict = httpx.Response(409, json={"error": "conflict", "message": "already registered"})
    recorder = Recorder(answers=[conflict, httpx.Response(201, json={"id": "abc"})])
    static: dict[str, Any] = {}
    with recorder.sync_client() as client:
        assert (
            create(client, {"webhookName": "Sales", "events": ["message:in:new"]}, static, HOOK, "7") is True
        )
        assert static == {}  # nothing to keep
        parameters = {"webhookName": "Sales", "device": "0123456789abcdef01234567", "events": ["chat:update"]}
        assert create(client, parameters, static, HOOK, "7", runtime="make") is True
    assert static == {"webhookId": "abc"}
    assert [_sent(r) for r in recorder.requests] == [
        (
            "POST",
            "/webhooks",
            {"name": "n8n: Sales", "url": f"{HOOK}?workflow=7", "events": ["message:in:new"]},
        ),
        (
            "POST",
            "/webhooks",
            {
                "name": "make: Sales",
                "url": f"{HOOK}?workflow=7",
                "events": ["chat:update"],
                "device": "0123456789abcdef01234567",
            },
        ),
    ]


def test_create_refuses_before_sending_and_names_the_apis_refusal() -> None:
    refused = httpx.Response(
        400, json={"error": "invalid_parameter", "message": "url cannot receive webhooks"}
    )
    recorder = Recorder(answers=[refused, httpx.Response(200, json={"name": "no id"})])
    static: dict[str, Any] = {}
    with recorder.sync_client() as client:
        with pytest.raises(TriggerError, match="At least one event"):
            create(client, {"events": []}, static, HOOK, "7")
        with pytest.raises(TriggerError, match="No webhook URL"):
            create(client, {"events": ["message:in:new"]}, static, "", "7")
        with pytest.raises(TriggerError, match="webhookName must be 1 to 30"):
            create(client, {"webhookName": "x" * 31, "events": ["message:in:new"]}, static, HOOK, "7")
        with pytest.raises(ValidationError):  # not one of the API's events: the client refuses it
            create(client, {"events": ["message:nope"]}, static, HOOK, "7")
        assert recorder.requests == []
        with pytest.raises(TriggerError, match="registration failed: url cannot receive webhooks"):
            create(client, {"events": ["message:in:new"]}, static, HOOK, "7")
        assert create(client, {"events": ["message:in:new"]}, static, HOOK, "7") is False  # no id
    assert static == {}


def test_a_check_that_fails_otherwise_raises_after_the_sentinel_delete() -> None:
    forbidden = httpx.Response(403, json={"error": "forbidden", "message": "no"})
    recorder = Recorder(answers=[forbidden, httpx.Response(200, json={})])
    with recorder.sync_client() as client, pytest.raises(APIStatusError) as raised:
        check_exists(client, {"webhookId": "w1"}, HOOK, "wf 9")
    assert raised.value.status == 403
    assert [_sent(r)[:2] for r in recorder.requests] == [
        ("GET", "/webhooks/w1?workflow=wf+9"),
        ("DELETE", f"/webhooks/{WORKFLOW_SENTINEL}?workflow=wf+9"),
    ]


def test_delete_logs_other_errors_and_still_answers_true(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(answers=[httpx.Response(403, json={"error": "forbidden", "message": "not yours"})])
    with recorder.sync_client() as client:
        assert delete(client, {}, "7") is True  # no webhook: nothing asked
        assert recorder.requests == []
        with caplog.at_level(logging.ERROR, logger="sparkbot.node.trigger"):
            assert delete(client, {"webhookId": "w1"}, "7") is True
    assert "not yours" in caplog.text
    assert [_sent(r)[:2] for r in recorder.requests] == [("DELETE", "/webhooks/w1?workflow=7")]


def test_receive_gives_the_nodes_items() -> None:
    body = {"event": "message:in:new", "data": {"body": "hi"}}
    assert receive(body) == [{"json": body}]
    assert receive(json.dumps(body).encode()) == [{"json": body}]
    assert receive([body, 3]) == [{"json": body}, {"json": {"value": 3}}]


def test_webhook_body_is_pure() -> None:
    assert webhook_body({"events": "message:in:new", "device": ""}, HOOK, "a/b") == {
        "name": "n8n: Automations",
        "url": f"{HOOK}?workflow=a%2Fb",
        "events": ["message:in:new"],
    }
