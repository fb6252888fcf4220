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
