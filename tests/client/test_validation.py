"""Invalid input raises a clear error naming the parameter, and nothing is sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

import pytest

from sparkbot import ConfigurationError, SparkBot, ValidationError

from ..recording import DEVICE, Recorder

CASES: list[tuple[str, Callable[[SparkBot], Any], str]] = [
    ("empty device id", lambda c: c.session.sync_session(""), "deviceId is required"),
    ("short device id", lambda c: c.session.sync_session("abc"), "deviceId must be a 24-character"),
    ("upper-case id", lambda c: c.session.sync_session(DEVICE.upper()), "deviceId must be a 24-character"),
    (
        "slash in a chat id",
        lambda c: c.chats.archive_chat(DEVICE, "a/b@c.us"),
        "chatId must be a non-empty id",
    ),
    (
        "bad recipient",
        lambda c: c.send_messages.send_text(device=DEVICE, phone="12", message="hi"),
        "phone must be E.164",
    ),
    (
        "no recipient",
        lambda c: c.send_messages.send_text(device=DEVICE, message="hi"),
        "one of phone, group, channel is required",
    ),
    (
        "two recipients",
        lambda c: c.send_messages.send_text(
            device=DEVICE, phone="+16001234560", group="1-2@g.us", message="hi"
        ),
        "give only one of phone, group, channel",
    ),
    (
        "text too long",
        lambda c: c.send_messages.send_text(device=DEVICE, phone="+16001234560", message="x" * 6001),
        "message must be at most 6000 characters",
    ),
    (
        "number out of range",
        lambda c: c.send_messages.send_text(device=DEVICE, phone="+16001234560", message="hi", retries=101),
        "retries must be at most 100",
    ),
    (
        "unknown option",
        lambda c: c.send_messages.send_text(
            device=DEVICE, phone="+16001234560", message="hi", priority="urgent"
        ),
        "priority must be one of 'normal', 'high', 'low'",
    ),
    (
        "too few poll options",
        lambda c: c.send_messages.send_poll(
            device=DEVICE, phone="+16001234560", poll_name="?", poll_options=["only one"]
        ),
        "poll.options needs at least 2 entries",
    ),
    (
        "bad date",
        lambda c: c.send_messages.send_scheduled(device=DEVICE, phone="+16001234560", deliver_at="tomorrow"),
        "deliverAt must be an ISO 8601 date-time",
    ),
    (
        "bad queue status",
        lambda c: c.queue.set_queue_status(DEVICE, status="stop"),
        "status must be one of",
    ),
    (
        "list element not an id",
        lambda c: c.queue.empty_queue(DEVICE, ids=["nope"]),
        "ids[0] must be a 24-character",
    ),
    (
        "bad raw JSON body",
        lambda c: c.other.send_raw("/devices", http_method="POST", body="{nope"),
        "body is not valid JSON",
    ),
    (
        "raw path leaving the API",
        lambda c: c.other.send_raw("https://elsewhere.example/x"),
        "urlPath must be a path",
    ),
    (
        "wrong type",
        lambda c: c.session.reboot_device(DEVICE, force="yes"),
        "force must be true or false",
    ),
]


@pytest.mark.parametrize(("call", "message"), [pytest.param(c, m, id=i) for i, c, m in CASES])
def test_invalid_input_is_refused_before_sending(
    client: SparkBot, recorder: Recorder, call: Callable[[SparkBot], Any], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        call(client)
    assert message in str(caught.value)
    assert recorder.requests == []


def test_validation_error_lists_every_problem_in_the_wire_shape(client: SparkBot) -> None:
    with pytest.raises(ValidationError) as caught:
        client.send_messages.send_text(device="x", phone="1", message="hi", priority="urgent")  # type: ignore[arg-type]
    assert [e["field"] for e in caught.value.errors] == ["device", "phone", "priority"]
    assert isinstance(caught.value, ValueError)


def test_a_missing_api_key_is_a_clear_error_before_any_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPARKBOT_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="SPARKBOT_API_KEY"):
        SparkBot(base_url="http://x/v1")


def test_key_and_url_default_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPARKBOT_API_KEY", "from-env")
    monkeypatch.setenv("SPARKBOT_API_URL", "http://127.0.0.1:9/v1/")
    client = SparkBot()
    assert (client.api_key, client.base_url) == ("from-env", "http://127.0.0.1:9/v1")


def test_datetimes_are_sent_as_iso_8601(client: SparkBot, recorder: Recorder) -> None:
    from datetime import datetime

    when = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    client.send_messages.send_scheduled(device=DEVICE, phone="+16001234560", message="hi", deliver_at=when)
    assert b'"deliverAt":"2026-12-01T09:30:00+00:00"' in recorder.last.content


@pytest.mark.parametrize("text", ["\ud800x", "a\x00b", "esc\x1b"])
def test_text_the_api_cannot_store_is_refused_before_sending(
    client: SparkBot, recorder: Recorder, text: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        client.send_messages.send_text(device=DEVICE, phone="+447362053576", message=text)
    assert raised.value.field == "message"
    assert recorder.requests == []


def test_line_breaks_and_tabs_travel(client: SparkBot, recorder: Recorder) -> None:
    client.send_messages.send_text(device=DEVICE, phone="+447362053576", message="a\r\n\tb")
    assert recorder.requests[-1].read() == (
        b'{"device":"0123456789abcdef01234567","phone":"+447362053576","message":"a\\r\\n\\tb"}'
    )
