"""A text send without text is refused by the client before anything is sent (the catalogue's
check, shared with the server): missing, empty or None `message`."""

from __future__ import annotations

from typing import Any

import pytest

import sparkbot

from ..recording import DEVICE, Recorder

PHONE = "+447362053576"


@pytest.mark.parametrize("extra", [{}, {"message": ""}, {"message": None}], ids=["missing", "empty", "none"])
def test_a_text_send_without_a_message_is_refused_before_sending(
    recorder: Recorder, extra: dict[str, Any]
) -> None:
    with recorder.sync_client() as client, pytest.raises(sparkbot.ValidationError) as caught:
        client.call("send-messages.sendText", {"device": DEVICE, "phone": PHONE, **extra})
    assert caught.value.field == "message"
    assert "message is required" in str(caught.value)
    assert recorder.requests == []


def test_the_method_takes_the_message_as_required(recorder: Recorder) -> None:
    with recorder.sync_client() as client, pytest.raises(sparkbot.ValidationError):
        client.send_messages.send_text(device=DEVICE, phone=PHONE, message="")
    assert recorder.requests == []
    with recorder.sync_client() as client:
        client.send_messages.send_text(device=DEVICE, phone=PHONE, message="hi")
    assert len(recorder.requests) == 1
