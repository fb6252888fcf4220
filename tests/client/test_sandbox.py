"""`client.sandbox`: the sandbox's phone beside `/v1`, with the client's key, on both clients."""

from __future__ import annotations

import json

import httpx
import pytest

from sparkbot import ConflictError, ValidationError
from sparkbot.client.sandbox import sandbox_url

from ..recording import API_KEY, DEVICE, Recorder

ROOT = "http://sparkbot.test/sandbox"
ANA = {"name": "Ana"}


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("http://127.0.0.1:8787/v1", "http://127.0.0.1:8787/sandbox"),
        ("http://127.0.0.1:8787/v1/", "http://127.0.0.1:8787/sandbox"),
        ("https://example.com/api/v1", "https://example.com/api/sandbox"),
        ("http://127.0.0.1:8787", "http://127.0.0.1:8787/sandbox"),
    ],
)
def test_sandbox_url_sits_beside_the_api(base_url: str, expected: str) -> None:
    assert sandbox_url(base_url) == expected


def _body(request: httpx.Request) -> object:
    return json.loads(request.content) if request.content else None


def test_each_action_sends_its_request_with_the_key() -> None:
    recorder = Recorder()
    with recorder.sync_client() as client:
        client.sandbox.scan(DEVICE)
        client.sandbox.scan(DEVICE, qr="2@payload")
        client.sandbox.pair(DEVICE, "ABCD-EFGH")
        client.sandbox.inbound(DEVICE, "+447362053576", "Hi", **ANA)
        client.sandbox.disconnect(DEVICE, "conflict")
        client.sandbox.outbox(DEVICE)
    sent = [(r.method, str(r.url), _body(r)) for r in recorder.requests]
    assert sent == [
        ("POST", f"{ROOT}/devices/{DEVICE}/scan", None),
        ("POST", f"{ROOT}/devices/{DEVICE}/scan", {"qr": "2@payload"}),
        ("POST", f"{ROOT}/devices/{DEVICE}/pair", {"code": "ABCD-EFGH"}),
        ("POST", f"{ROOT}/devices/{DEVICE}/inbound", {"phone": "+447362053576", "message": "Hi", **ANA}),
        ("POST", f"{ROOT}/devices/{DEVICE}/disconnect", {"reason": "conflict"}),
        ("GET", f"{ROOT}/devices/{DEVICE}/outbox", None),
    ]
    assert all(r.headers["Token"] == API_KEY for r in recorder.requests)


def test_a_device_that_is_not_an_id_sends_nothing() -> None:
    recorder = Recorder()
    with recorder.sync_client() as client, pytest.raises(ValidationError) as caught:
        client.sandbox.scan("../v1/devices")
    assert caught.value.field == "device"
    assert caught.value.operation == "sandbox.scan"
    assert recorder.requests == []


def test_a_refusal_is_the_clients_error_and_is_not_retried() -> None:
    problem = {"status": 409, "error": "already_linked", "message": "linked already", "errors": []}
    recorder = Recorder(answers=[httpx.Response(409, json=problem)])
    with recorder.sync_client() as client, pytest.raises(ConflictError) as caught:
        client.sandbox.scan(DEVICE)
    assert caught.value.code == "already_linked"
    assert len(recorder.requests) == 1


async def test_the_async_client_awaits_the_same_actions() -> None:
    answer = {"device": DEVICE, "phone": "+447362053576", "session": {"status": "online"}}
    recorder = Recorder(answers=[httpx.Response(200, json=answer)])
    async with recorder.async_client() as client:
        linked = await client.sandbox.pair(DEVICE, "ABCD-EFGH")
    assert linked == answer
    assert str(recorder.last.url) == f"{ROOT}/devices/{DEVICE}/pair"
    assert recorder.last.headers["Token"] == API_KEY
