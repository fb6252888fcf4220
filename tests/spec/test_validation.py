"""Pure validation rules shared by client and server."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sparkbot.spec import get_operation
from sparkbot.spec.formats import is_e164, is_hex24, is_path_segment, is_wid
from sparkbot.spec.validation import validate_call

DEVICE = "0123456789abcdef01234567"


@given(st.from_regex(r"\A\+[1-9]\d{1,14}\Z"))
def test_every_e164_phone_is_accepted(phone: str) -> None:
    assert is_e164(phone)


@given(st.text())
def test_hex24_is_exactly_24_lowercase_hex(text: str) -> None:
    expected = len(text) == 24 and all(c in "0123456789abcdef" for c in text)
    assert is_hex24(text) == expected


@given(st.text(min_size=1))
def test_a_path_segment_never_holds_a_separator(text: str) -> None:
    if is_path_segment(text):
        assert not any(c in text for c in "/?#% \n")
        assert text not in {".", ".."}


def test_wids() -> None:
    assert is_wid("447362053576@c.us")
    assert is_wid("447362053576-1500000000@g.us")
    assert is_wid("123000098765421000@newsletter")
    assert not is_wid("447362053576")


def test_conditional_requirements() -> None:
    approve = get_operation("groups.approveGroupMembers")
    base = {"deviceId": DEVICE, "groupId": "1-2@g.us"}
    assert [p.field for p in validate_call(approve, base)] == ["phones"]
    assert validate_call(approve, {**base, "all": True}) == []
    location = get_operation("send-messages.sendLocation")
    coords = {"device": DEVICE, "phone": "+16001234560", "location.coordinates[0]": 1.5}
    assert [p.message for p in validate_call(location, coords)] == [
        "location.coordinates[1] is required with location.address"
    ] or [p.field for p in validate_call(location, coords)] == ["location.coordinates[1]"]


def test_unknown_parameters_are_named() -> None:
    problems = validate_call(get_operation("session.syncSession"), {"deviceId": DEVICE, "bogus": 1})
    assert [p.message for p in problems] == ["session.syncSession takes no parameter 'bogus'"]


def test_patterns_are_matched_whole() -> None:
    """`$` alone also matches before a trailing newline; every check matches the whole value."""
    assert is_e164("+447362053576")
    assert not is_e164("+447362053576\n")
    assert not is_hex24(DEVICE + "\n")
    assert not is_wid("447362053576@c.us\n")
    assert not is_path_segment("abc\n")
    confirm = get_operation("send-messages.confirmEvent")
    base = {"device": DEVICE, "phone": "+16001234560"}
    assert validate_call(confirm, {**base, "confirm.event": "3eb0a1b2c3d4e5f6a7b8"}) == []
    problems = validate_call(confirm, {**base, "confirm.event": "3eb0a1b2c3d4e5f6a7b8\n"})
    assert [p.field for p in problems] == ["confirm.event"]


def test_a_mapped_value_is_taken_as_the_word_or_the_wire_value() -> None:
    confirm = get_operation("send-messages.confirmEvent")
    base = {"device": DEVICE, "phone": "+16001234560", "confirm.event": "3eb0a1b2c3d4e5f6a7b8"}
    for answer in ("accept", "decline", True, False):
        assert validate_call(confirm, {**base, "confirm.confirm": answer}) == [], answer
    for wrong in ("yes", 1, 0):
        problems = validate_call(confirm, {**base, "confirm.confirm": wrong})
        assert [p.field for p in problems] == ["confirm.confirm"], wrong


def test_only_an_object_collection_takes_a_mapping() -> None:
    vote = get_operation("send-messages.sendPollVote")
    base = {"device": DEVICE, "phone": "+16001234560", "vote.poll": "3eb0a1b2c3d4e5f6a7b8"}
    assert validate_call(vote, {**base, "vote.options": [{"id": 1}]}) == []
    assert [p.message for p in validate_call(vote, {**base, "vote.options": {"id": 1}})] == [
        "vote.options must be a list of objects, got dict"
    ]
    text = get_operation("send-messages.sendText")
    sent = {"device": DEVICE, "phone": "+16001234560", "message": "hi", "expiration": {"seconds": 60}}
    assert validate_call(text, sent) == []


def test_optional_objects_and_unchosen_switches_ask_for_nothing() -> None:
    profile = get_operation("profile.deviceProfileUpdate")
    assert profile.optional_objects == ("businessProfile.businessHours",)
    assert validate_call(profile, {"deviceId": DEVICE, "name": "Sales"}) == []
    reply = get_operation("quick-replies.createQuickReply")
    assert validate_call(reply, {"deviceId": DEVICE, "shortcut": "hours", "message": "We open"}) == []
    status = get_operation("user-status.updateUserStatus")
    assert validate_call(status, {"deviceId": DEVICE, "message": "Open today"}) == []
    caption_only = validate_call(status, {"deviceId": DEVICE, "media.message": "no media"})
    assert [p.message for p in caption_only] == ["one of media.url, media.file is required"]
    labels = get_operation("chats.updateChatLabels")
    assert validate_call(labels, {"deviceId": DEVICE, "chatId": "1@c.us", "labels": ["VIP"]}) == []
    location = get_operation("send-messages.sendLocation")
    nowhere = validate_call(location, {"device": DEVICE, "phone": "+16001234560"})
    assert [p.field for p in nowhere] == ["location.address"]  # a location is still needed
