"""The five session and queue operations exactly as users rely on them."""

from __future__ import annotations

import json

import httpx
import pytest

from sparkbot import BinaryResponse, SparkBot, ValidationError

from ..recording import DEVICE, OTHER_DEVICE, Recorder


def test_reboot_device_sends_flags_as_query(client: SparkBot, recorder: Recorder) -> None:
    client.session.reboot_device(DEVICE, force=True, wait=True, sync=True)
    sent = recorder.last
    assert sent.method == "POST"
    assert str(sent.url) == f"http://sparkbot.test/v1/devices/{DEVICE}/reboot?force=true&wait=true&sync=true"
    assert sent.content == b""


def test_reboot_device_flags_not_given_are_not_sent(client: SparkBot, recorder: Recorder) -> None:
    client.session.reboot_device(DEVICE)
    client.session.reboot_device(device_id=DEVICE, sync=True)
    client.session.reboot_device(device_id=DEVICE, force=False, wait=False, sync=True)  # given: sent
    assert recorder.requests[0].url.query == b""
    assert recorder.requests[1].url.query == b"sync=true"
    assert recorder.requests[2].url.query == b"force=false&wait=false&sync=true"


def test_sync_session(client: SparkBot, recorder: Recorder) -> None:
    recorder.answers.append(httpx.Response(200, json={"device": DEVICE, "status": "online"}))
    answer = client.session.sync_session(DEVICE)
    assert (recorder.last.method, recorder.last.url.path) == ("GET", f"/v1/devices/{DEVICE}/sync")
    assert answer == {"device": DEVICE, "status": "online"}


def test_request_number_auth_code(client: SparkBot, recorder: Recorder) -> None:
    client.session.request_number_auth_code(DEVICE, phone="+16001234560", force=True)
    sent = recorder.last
    assert sent.method == "POST"
    assert str(sent.url) == f"http://sparkbot.test/v1/devices/{DEVICE}/authcode?force=true"
    assert json.loads(sent.content) == {"phone": "+16001234560"}
    assert sent.headers["content-type"] == "application/json"


@pytest.mark.parametrize("phone", ["16001234560", "+0600123", "+1 600 123", "phone", "+1234567890123456"])
def test_request_number_auth_code_refuses_a_phone_not_e164(
    client: SparkBot, recorder: Recorder, phone: str
) -> None:
    with pytest.raises(ValidationError, match=r"E\.164") as caught:
        client.session.request_number_auth_code(DEVICE, phone=phone)
    assert caught.value.field == "phone"
    assert recorder.requests == []


def test_scan_qr_svg_is_the_default(client: SparkBot, recorder: Recorder) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"></svg>'
    recorder.answers.append(httpx.Response(200, content=svg, headers={"content-type": "image/svg+xml"}))
    answer = client.session.scan_qr(DEVICE)
    assert recorder.last.headers["accept"] == "image/svg+xml"
    assert recorder.last.url.query == b""
    assert isinstance(answer, BinaryResponse)
    assert (answer.content, answer.content_type) == (svg, "image/svg+xml")


def test_scan_qr_svg_given_explicitly_is_sent(client: SparkBot, recorder: Recorder) -> None:
    client.session.scan_qr(DEVICE, encoding="svg", force=True)
    assert recorder.last.url.query == b"force=true&encoding=svg"
    assert recorder.last.headers["accept"] == "image/svg+xml"


def test_scan_qr_image_answers_bytes(client: SparkBot, recorder: Recorder) -> None:
    png = b"\x89PNG\r\n\x1a\nrest"
    recorder.answers.append(httpx.Response(200, content=png, headers={"content-type": "image/png"}))
    answer = client.session.scan_qr(DEVICE, encoding="image")
    assert recorder.last.url.query == b"encoding=image"
    assert recorder.last.headers["accept"] == "image/png"
    assert bytes(answer) == png


@pytest.mark.parametrize("encoding", ["json", "base64", "base64_uri", "uri"])
def test_scan_qr_other_encodings_travel_as_query_and_answer_json(
    client: SparkBot, recorder: Recorder, encoding: str
) -> None:
    recorder.answers.append(httpx.Response(200, json={"data": "x"}))
    answer = client.session.scan_qr(DEVICE, encoding=encoding)  # type: ignore[arg-type]
    assert recorder.last.url.query == f"encoding={encoding}".encode()
    assert recorder.last.headers["accept"] == "application/json"
    assert answer == {"data": "x"}


def test_scan_qr_refuses_an_unknown_encoding(client: SparkBot, recorder: Recorder) -> None:
    with pytest.raises(ValidationError, match="encoding must be one of"):
        client.session.scan_qr(DEVICE, encoding="gif")  # type: ignore[arg-type]
    assert recorder.requests == []


def test_route_queue(client: SparkBot, recorder: Recorder) -> None:
    client.queue.route_queue(DEVICE, device=OTHER_DEVICE)
    sent = recorder.last
    assert (sent.method, sent.url.path) == ("PATCH", f"/v1/devices/{DEVICE}/queue")
    assert json.loads(sent.content) == {"device": OTHER_DEVICE}


def test_route_queue_source_and_target_must_differ(client: SparkBot, recorder: Recorder) -> None:
    with pytest.raises(ValidationError, match="device must differ from deviceId"):
        client.queue.route_queue(DEVICE, device=DEVICE)
    assert recorder.requests == []


async def test_the_five_through_the_async_client(recorder: Recorder) -> None:
    async with recorder.async_client() as client:
        await client.session.reboot_device(DEVICE, force=True, wait=True, sync=True)
        await client.session.sync_session(DEVICE)
        await client.session.request_number_auth_code(DEVICE, phone="+16001234560", force=True)
        await client.session.scan_qr(DEVICE)
        await client.queue.route_queue(DEVICE, device=OTHER_DEVICE)
    shapes = [(r.method, r.url.path, r.url.query) for r in recorder.requests]
    assert shapes == [
        ("POST", f"/v1/devices/{DEVICE}/reboot", b"force=true&wait=true&sync=true"),
        ("GET", f"/v1/devices/{DEVICE}/sync", b""),
        ("POST", f"/v1/devices/{DEVICE}/authcode", b"force=true"),
        ("GET", f"/v1/devices/{DEVICE}/scan", b""),
        ("PATCH", f"/v1/devices/{DEVICE}/queue", b""),
    ]
