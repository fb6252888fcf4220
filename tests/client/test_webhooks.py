"""`sparkbot.webhooks`: a delivery signed with the secret verifies and parses; every way one can be
wrong (no, malformed or bad signature, a changed body, not JSON, too old, headers that disagree)
is refused with its reason; headers in any case, bodies as bytes or text; signing is a property."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sparkbot
from sparkbot import SparkBotError, WebhookVerificationError
from sparkbot.webhooks import WebhookEvent, parse_event, sign, verify

SECRET = "whsec-6d1f0a9c3b2e4f5a"
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
EVENT_ID = "6a1b2c3d4e5f60718293a4b5"
DEVICE = "5f0c1e2d3c4b5a6978879605"


def _body(**changes: Any) -> bytes:
    event = {
        "id": EVENT_ID,
        "event": "message:in:new",
        "created": "2026-12-06T11:59:30Z",
        "device": DEVICE,
        "data": {"chat": "447362053576@c.us", "body": "Hello"},
        **changes,
    }
    return json.dumps(event).encode()


def _headers(body: bytes, secret: str = SECRET, **extra: str) -> dict[str, str]:
    return {
        "X-Sparkbot-Event": "message:in:new",
        "X-Sparkbot-Delivery": EVENT_ID,
        "X-Sparkbot-Signature": sign(body, secret),
        **extra,
    }


def _reason(body: bytes | str, headers: dict[str, str], **options: Any) -> str:
    with pytest.raises(WebhookVerificationError) as refused:
        parse_event(body, headers, SECRET, now=NOW, **options)
    assert str(refused.value) == refused.value.message
    return refused.value.reason


def test_sign_is_the_hmac_sha256_of_the_body_in_hex() -> None:
    # RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    assert sign(b"what do ya want for nothing?", "Jefe") == f"sha256={expected}"
    assert sign("what do ya want for nothing?", "Jefe") == f"sha256={expected}"


def test_a_good_delivery_verifies_and_parses() -> None:
    body = _body()
    verify(body, _headers(body), SECRET, now=NOW)
    event = parse_event(body, _headers(body), SECRET, now=NOW)
    assert event == WebhookEvent(
        id=EVENT_ID,
        event="message:in:new",
        created=datetime(2026, 12, 6, 11, 59, 30, tzinfo=UTC),
        device=DEVICE,
        data={"chat": "447362053576@c.us", "body": "Hello"},
    )
    with pytest.raises(AttributeError):  # frozen
        event.event = "other"  # type: ignore[misc]


def test_header_names_are_matched_in_any_case() -> None:
    body = _body()
    for spell in (str.lower, str.upper, str.title):
        headers = {spell(name): value for name, value in _headers(body).items()}
        assert parse_event(body, headers, SECRET, now=NOW).id == EVENT_ID
    digits = sign(body, SECRET).removeprefix("sha256=")
    verify(body, {"x-sparkbot-signature": f"sha256={digits.upper()}"}, SECRET, now=NOW)  # hex in any case


def test_the_body_may_be_bytes_or_text() -> None:
    body = _body(data={"body": "Olá, ¿qué tal? 👋"})
    headers = _headers(body)
    as_text = body.decode("utf-8")
    assert parse_event(as_text, headers, SECRET, now=NOW) == parse_event(body, headers, SECRET, now=NOW)
    assert sign(as_text, SECRET) == sign(body, SECRET)


def test_no_signature_is_refused() -> None:
    body = _body()
    headers = _headers(body)
    del headers["X-Sparkbot-Signature"]
    assert _reason(body, headers) == "missing_signature"


@pytest.mark.parametrize(
    "signature",
    ["", "sha256=", "sha256=abc", "sha1=" + "a" * 40, "a" * 64, "sha256=" + "g" * 64, "sha256=" + "a" * 65],
)
def test_a_malformed_signature_is_refused(signature: str) -> None:
    body = _body()
    assert _reason(body, _headers(body, **{"X-Sparkbot-Signature": signature})) == "malformed_signature"


def test_a_bad_signature_is_refused() -> None:
    body = _body()
    assert _reason(body, _headers(body, secret="another-secret")) == "bad_signature"
    assert _reason(body, _headers(body, **{"X-Sparkbot-Signature": "sha256=" + "0" * 64})) == "bad_signature"
    changed = body.replace(b"Hello", b"Hellp")
    assert _reason(changed, _headers(body)) == "bad_signature"


def test_a_body_that_is_not_a_json_object_is_refused_once_the_signature_holds() -> None:
    for body in (b"not json", b"[1, 2]", b"\xff\xfe", b""):
        assert _reason(body, _headers(body)) == "not_json", body


def test_an_event_older_than_the_tolerance_is_refused() -> None:
    body = _body(created="2026-12-06T11:50:00Z")  # 10 minutes before NOW
    headers = _headers(body)
    assert _reason(body, headers, tolerance=300) == "too_old"
    with pytest.raises(WebhookVerificationError, match="600 s ago, more than the 300 s"):
        verify(body, headers, SECRET, now=NOW, tolerance=300)
    verify(body, headers, SECRET, now=NOW)  # the default takes a day of retries
    assert parse_event(body, headers, SECRET, now=NOW, tolerance=600).id == EVENT_ID
    assert parse_event(body, headers, SECRET, now=NOW, tolerance=None).id == EVENT_ID
    assert _reason(body, headers, tolerance=599.5) == "too_old"


def test_by_default_an_event_over_25_hours_old_is_refused() -> None:
    body = _body(created="2026-12-05T10:59:00Z")  # 25 h 1 min before NOW
    assert _reason(body, _headers(body)) == "too_old"
    body = _body(created="2026-12-05T12:00:00Z")  # a day before: a late retry, taken
    verify(body, _headers(body), SECRET, now=NOW)


def test_the_tolerance_reads_now_in_any_zone_and_created_with_any_offset() -> None:
    body = _body(created="2026-12-06T13:55:00+02:00")  # 11:55 UTC
    headers = _headers(body)
    madrid_now = NOW.astimezone(timezone(timedelta(hours=1)))
    assert parse_event(body, headers, SECRET, now=madrid_now).created == datetime(
        2026, 12, 6, 11, 55, tzinfo=UTC
    )
    naive = _body(created="2026-12-06T11:55:00")  # no offset: UTC
    assert parse_event(naive, _headers(naive), SECRET, now=NOW.replace(tzinfo=None)).created.tzinfo == UTC
    five_past = madrid_now + timedelta(minutes=5)  # 12:05 UTC, 10 minutes after created
    with pytest.raises(WebhookVerificationError, match="tolerated"):
        verify(body, headers, SECRET, now=five_past, tolerance=300)


def test_an_event_from_the_future_is_taken() -> None:
    body = _body(created="2026-12-06T12:10:00Z")
    assert parse_event(body, _headers(body), SECRET, now=NOW).created > NOW


def test_without_a_time_the_tolerance_refuses_and_none_takes_it_for_verify() -> None:
    body = _body(created="yesterday")
    headers = _headers(body)
    assert _reason(body, headers) == "bad_created"
    verify(body, headers, SECRET, tolerance=None)
    assert _reason(body, headers, tolerance=None) == "bad_event"  # parse_event needs a time


def test_the_current_time_is_the_default_now() -> None:
    fresh = _body(created=datetime.now(UTC).isoformat())
    verify(fresh, _headers(fresh), SECRET)
    stale = _body(created=(datetime.now(UTC) - timedelta(hours=26)).isoformat())
    with pytest.raises(WebhookVerificationError):
        verify(stale, _headers(stale), SECRET)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": ""}, "id"),
        ({"id": 5}, "id"),
        ({"event": None}, "event"),
        ({"device": 12}, "device"),
        ({"data": [1]}, "data"),
        ({"data": None}, "data"),
    ],
)
def test_an_event_missing_its_fields_is_refused(changes: dict[str, Any], field: str) -> None:
    body = _body(**changes)
    with pytest.raises(WebhookVerificationError, match=field) as refused:
        parse_event(body, _headers(body), SECRET, now=NOW)
    assert refused.value.reason == "bad_event"


def test_a_device_may_be_null() -> None:
    body = _body(device=None)
    assert parse_event(body, _headers(body), SECRET, now=NOW).device is None


def test_headers_that_disagree_with_the_body_are_refused() -> None:
    body = _body()
    assert _reason(body, _headers(body, **{"X-Sparkbot-Event": "message:out:ack"})) == "header_mismatch"
    assert _reason(body, _headers(body, **{"x-sparkbot-delivery": "f" * 24})) == "header_mismatch"
    bare = {"X-Sparkbot-Signature": sign(body, SECRET)}  # without them, the body says
    assert parse_event(body, bare, SECRET, now=NOW).event == "message:in:new"
    twice = {**bare, "x-sparkbot-signature": "sha256=" + "0" * 64}
    assert _reason(body, twice) == "header_mismatch"


def test_programming_errors_are_value_errors() -> None:
    body = _body()
    with pytest.raises(ValueError, match="secret"):
        verify(body, _headers(body), "")
    with pytest.raises(ValueError, match="tolerance"):
        verify(body, _headers(body), SECRET, tolerance=-1)
    with pytest.raises(ValueError, match="secret"):
        sign(body, "")


def test_the_error_is_in_the_tree_and_exported() -> None:
    assert issubclass(WebhookVerificationError, SparkBotError)
    assert sparkbot.WebhookVerificationError is WebhookVerificationError
    assert sparkbot.webhooks.verify is verify
    assert "WebhookVerificationError" in sparkbot.__all__


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=12,
)


@given(
    data=st.dictionaries(st.text(), _JSON, max_size=6),
    secret=st.text(min_size=1),
    indent=st.none() | st.just(2),
)
def test_any_body_signed_with_any_secret_verifies(
    data: dict[str, Any], secret: str, indent: int | None
) -> None:
    body = json.dumps(data, indent=indent, ensure_ascii=False).encode("utf-8")
    verify(body, {"x-sparkbot-signature": sign(body, secret)}, secret, tolerance=None)


@given(
    body=st.binary(min_size=1, max_size=512),
    secret=st.text(min_size=1),
    where=st.integers(min_value=0),
    flip=st.integers(min_value=1, max_value=255),
)
def test_any_single_byte_change_fails(body: bytes, secret: str, where: int, flip: int) -> None:
    signature = sign(body, secret)
    changed = bytearray(body)
    changed[where % len(body)] ^= flip
    with pytest.raises(WebhookVerificationError) as refused:
        verify(bytes(changed), {"X-Sparkbot-Signature": signature}, secret, tolerance=None)
    assert refused.value.reason == "bad_signature"


@given(secret=st.text(min_size=1), other=st.text(min_size=1))
def test_another_secret_fails(secret: str, other: str) -> None:
    body = _body()
    if other == secret:
        return
    with pytest.raises(WebhookVerificationError) as refused:
        verify(body, {"X-Sparkbot-Signature": sign(body, other)}, secret, tolerance=None)
    assert refused.value.reason == "bad_signature"
