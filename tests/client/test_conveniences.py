"""The client takes what a Python user would pass: one string for a list, friendly names, switches
with defaults, optional objects left out, and a node's word or its wire value."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest

from sparkbot import SparkBot, ValidationError
from sparkbot.client._generated.chats import ChatsResource
from sparkbot.client._generated.profile import ProfileResource
from sparkbot.client._generated.send_messages import SendMessagesResource

from ..recording import DEVICE, Recorder

PHONE = "+447362053576"
CHAT = "447362053576@c.us"
EVENT = "3eb0a1b2c3d4e5f6a7b8"


def _body(recorder: Recorder) -> Any:
    return json.loads(recorder.last.content)


def test_one_string_where_a_list_is_expected_is_a_list_of_one(client: SparkBot, recorder: Recorder) -> None:
    client.numbers.get_number_by_id(DEVICE, include="agents")
    assert recorder.last.url.params.get_list("include") == ["agents"]
    client.chats.update_chat_labels(DEVICE, CHAT, labels="VIP")
    assert _body(recorder) == ["VIP"]
    with pytest.raises(ValidationError, match=r"include\[0\] must be one of"):
        client.numbers.get_number_by_id(DEVICE, include="agent")  # type: ignore[arg-type]


def test_a_switch_with_a_default_takes_it(client: SparkBot, recorder: Recorder) -> None:
    client.chats.update_chat_labels(DEVICE, CHAT, labels=["VIP", "Lead"])
    assert recorder.last.method == "PATCH"
    assert not recorder.last.url.params
    assert _body(recorder) == ["VIP", "Lead"]
    client.chats.update_chat_labels(DEVICE, CHAT, labels=["VIP"], update_type="upsert")
    assert dict(recorder.last.url.params) == {"upsert": "true"}


def test_fields_of_an_optional_object_are_required_only_when_it_is_given(
    client: SparkBot, recorder: Recorder
) -> None:
    client.profile.device_profile_update(DEVICE, name="Sales")
    assert _body(recorder) == {"name": "Sales"}
    client.profile.device_profile_update(DEVICE, business_email="a@b.co", business_hours_timezone="UTC")
    assert _body(recorder) == {"businessProfile": {"email": "a@b.co", "businessHours": {"timezone": "UTC"}}}


def test_a_form_switch_the_caller_did_not_choose_asks_for_nothing(
    client: SparkBot, recorder: Recorder
) -> None:
    client.quick_replies.create_quick_reply(DEVICE, shortcut="hours", message="We open at nine")
    assert _body(recorder) == {"shortcut": "hours", "message": "We open at nine"}
    client.user_status.update_user_status(DEVICE, message="Open today")
    assert _body(recorder) == {"message": "Open today"}
    with pytest.raises(ValidationError, match=r"one of media\.url, media\.file is required"):
        client.user_status.update_user_status(DEVICE, media_message="a caption and no media")


def test_latitude_and_longitude_are_the_coordinates(client: SparkBot, recorder: Recorder) -> None:
    client.send_messages.send_location(device=DEVICE, phone=PHONE, latitude=51.5072, longitude=-0.1276)
    assert _body(recorder)["location"] == {"coordinates": [51.5072, -0.1276]}
    with pytest.raises(ValidationError, match=r"location.coordinates\[1\] is required"):
        client.send_messages.send_location(device=DEVICE, phone=PHONE, latitude=51.5)


def test_signatures_use_the_friendly_names() -> None:
    sends = {
        "send_location": {"latitude", "longitude"},
        "confirm_event": {"event", "confirm"},
        "send_poll_vote": {"poll"},
    }
    for method, wanted in sends.items():
        names = set(inspect.signature(getattr(SendMessagesResource, method)).parameters)
        assert wanted <= names, method
        assert not any("coordinates" in n or n in {"vote_poll", "confirm_confirm"} for n in names)
    profile = set(inspect.signature(ProfileResource.device_profile_update).parameters)
    assert {"business_address", "business_hours_timezone"} <= profile
    bulk = set(inspect.signature(ChatsResource.bulk_chats_update).parameters)
    assert {"add_labels", "remove_labels", "agent", "department"} <= bulk


@pytest.mark.parametrize(
    ("answer", "wire"), [("accept", True), ("decline", False), (True, True), (False, False)]
)
def test_an_event_answer_is_a_word_or_its_boolean(
    client: SparkBot, recorder: Recorder, answer: Any, wire: bool
) -> None:
    client.send_messages.confirm_event(device=DEVICE, phone=PHONE, event=EVENT, confirm=answer)
    assert _body(recorder)["confirm"] == {"event": EVENT, "confirm": wire}


def test_an_event_answer_is_nothing_else(client: SparkBot) -> None:
    with pytest.raises(ValidationError, match=r"'accept', 'decline' \(on the wire true, false\)"):
        client.send_messages.confirm_event(device=DEVICE, phone=PHONE, event=EVENT, confirm="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"confirm\.confirm"):
        client.send_messages.confirm_event(device=DEVICE, phone=PHONE, event=EVENT, confirm=1)  # type: ignore[arg-type]


def test_a_poll_vote_takes_a_list_of_options_never_an_object(client: SparkBot, recorder: Recorder) -> None:
    client.send_messages.send_poll_vote(device=DEVICE, phone=PHONE, poll=EVENT, vote_options=[{"id": 1}])
    assert _body(recorder)["vote"] == {"poll": EVENT, "options": [{"id": 1}]}
    with pytest.raises(ValidationError, match=r"vote\.options must be a list of objects, got dict"):
        client.send_messages.send_poll_vote(device=DEVICE, phone=PHONE, poll=EVENT, vote_options={"id": 1})  # type: ignore[arg-type]
    client.send_messages.send_text(device=DEVICE, phone=PHONE, message="hi", expiration={"seconds": 60})
    assert _body(recorder)["expiration"] == {"seconds": 60}


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.send_messages.send_text(device=DEVICE, phone=PHONE + "\n", message="hi"), "phone"),
        (lambda c: c.send_messages.send_text(device=DEVICE + "\n", phone=PHONE, message="hi"), "device"),
        (lambda c: c.session.sync_session(DEVICE + "\n"), "deviceId"),
        (lambda c: c.chats.archive_chat(DEVICE, CHAT + "\n"), "chatId"),
        (
            lambda c: c.send_messages.confirm_event(device=DEVICE, phone=PHONE, event=EVENT + "\n"),
            "confirm.event",
        ),
    ],
)
def test_a_trailing_newline_is_refused(client: SparkBot, recorder: Recorder, call: Any, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        call(client)
    assert {e["field"] for e in caught.value.errors} == {field}
    assert recorder.requests == []
