"""Receiving webhook deliveries: check that one came from the server, and read its event.

The server POSTs each event as JSON `{"id", "event", "created", "device", "data"}` with the headers
`X-Sparkbot-Event` (the event's name), `X-Sparkbot-Delivery` (the event's id, the same on every
retry) and `X-Sparkbot-Signature: sha256=<hex>`, the HMAC-SHA256 of the raw body keyed with the
webhook's `secret`. `verify` checks a delivery, `parse_event` checks it and answers its
`WebhookEvent`, `sign` makes the signature (tests use it to fake a delivery).

The rules:

- Header names are matched in any case; the signature is `sha256=` and 64 hex digits (either
  case), compared in constant time (`hmac.compare_digest`) with the one the body's bytes make.
  Pass the body as the bytes that arrived: a `str` is encoded as UTF-8 first, which gives the
  same bytes only when nothing re-encoded or re-formatted the JSON on the way.
- The signature is checked before anything in the body is read; then the body must be a JSON
  object.
- Replays: the signature covers the body only, so an old delivery stays validly signed. With
  `tolerance` (seconds; by default 90,000, 25 hours: a little more than the server's day of
  retries, since a retry keeps its event's `created`) an event whose `created` (ISO 8601, UTC
  when it names no offset) is older than that, compared with `now` (the current time unless
  given), is refused; a `created` in the future (clocks differ) is taken. `tolerance=None` turns
  the check off and `created` is then not required. A smaller tolerance refuses replays sooner
  but also late retries; either way, remember the delivery ids you have handled
  (`X-Sparkbot-Delivery`), which drops duplicates.
- `parse_event` also requires `id`, `event` (non-empty texts), `created`, `device` (a text or
  null) and `data` (an object), and when the `X-Sparkbot-Event` or `X-Sparkbot-Delivery` header
  is there, that it names the body's `event` or `id`.
- Every refusal is a `WebhookVerificationError` whose `reason` says which rule; an empty secret or
  a negative tolerance is a programming error (`ValueError`)."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .client.errors import WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "DELIVERY_HEADER",
    "EVENT_HEADER",
    "SIGNATURE_HEADER",
    "WebhookEvent",
    "WebhookVerificationError",
    "parse_event",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "X-Sparkbot-Signature"
EVENT_HEADER = "X-Sparkbot-Event"
DELIVERY_HEADER = "X-Sparkbot-Delivery"
# seconds an event may be old: a little more than the server retries a delivery (a day), so a
# late retry is taken and a delivery replayed after that is not
DEFAULT_TOLERANCE = 90_000.0
_SIGNATURE = re.compile(r"sha256=([0-9a-fA-F]{64})")


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """One verified delivery: the event's id (the `X-Sparkbot-Delivery`), its name
    (`message:in:new`...), when it happened (aware, UTC), its number's id and its data."""

    id: str
    event: str
    created: datetime
    device: str | None
    data: dict[str, Any] = field(default_factory=dict)


def _bytes(body: bytes | bytearray | memoryview | str) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


def _key(secret: str) -> bytes:
    if not isinstance(secret, str) or not secret:
        raise ValueError("secret must be the webhook's secret (a non-empty text)")
    return secret.encode("utf-8")


def sign(body: bytes | str, secret: str) -> str:
    """The `X-Sparkbot-Signature` of `body` for `secret`: `sha256=<hex>`."""
    return "sha256=" + hmac.new(_key(secret), _bytes(body), hashlib.sha256).hexdigest()


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """The value of header `name` in any case; None when absent (a name given twice, in two cases
    with different values, is refused)."""
    wanted = name.lower()
    values = {str(value).strip() for key, value in headers.items() if str(key).lower() == wanted}
    if len(values) > 1:
        raise WebhookVerificationError("header_mismatch", f"{name} is given twice with different values")
    return values.pop() if values else None


def _utc(moment: datetime) -> datetime:
    """`moment` in UTC (a naive one is taken as UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _instant(value: Any) -> datetime:
    """An ISO 8601 text as an aware UTC datetime (UTC when it names no offset); else ValueError."""
    if not isinstance(value, str):
        raise ValueError(value)
    return _utc(datetime.fromisoformat(value))


def _checked(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    tolerance: float | None,
    now: datetime | None,
) -> dict[str, Any]:
    """The body of a delivery verified as `verify` says, parsed."""
    key = _key(secret)
    if tolerance is not None and tolerance < 0:
        raise ValueError(f"tolerance must be 0 or more seconds, or None, got {tolerance!r}")
    raw = _bytes(body)
    given = _header(headers, SIGNATURE_HEADER)
    if given is None:
        raise WebhookVerificationError("missing_signature", f"no {SIGNATURE_HEADER} header: not signed")
    found = _SIGNATURE.fullmatch(given)
    if found is None:
        raise WebhookVerificationError(
            "malformed_signature", f"{SIGNATURE_HEADER} must be sha256=<64 hex digits>, got {given[:80]!r}"
        )
    expected = hmac.new(key, raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, found[1].lower()):
        raise WebhookVerificationError(
            "bad_signature", "the signature does not match the body: not signed with this secret, or changed"
        )
    try:
        document = json.loads(raw)
    except ValueError:  # not UTF-8 or not JSON
        document = None
    if not isinstance(document, dict):
        raise WebhookVerificationError("not_json", "the body is not a JSON object")
    if tolerance is not None:
        try:
            created = _instant(document.get("created"))
        except ValueError:
            raise WebhookVerificationError(
                "bad_created", f"created must be an ISO 8601 time, got {document.get('created')!r}"
            ) from None
        current = _utc(now) if now is not None else datetime.now(UTC)
        age = (current - created).total_seconds()
        if age > tolerance:
            raise WebhookVerificationError(
                "too_old", f"the event was created {age:.0f} s ago, more than the {tolerance:g} s tolerated"
            )
    return document


def verify(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: datetime | None = None,
) -> None:
    """Check that a delivery is the server's: signed with `secret`, a JSON object, and (unless
    `tolerance` is None) created at most `tolerance` seconds before `now`. Raises
    `WebhookVerificationError` otherwise."""
    _checked(body, headers, secret, tolerance, now)


def _text(document: Mapping[str, Any], name: str) -> str:
    value = document.get(name)
    if not isinstance(value, str) or not value:
        raise WebhookVerificationError("bad_event", f"{name} must be a non-empty text, got {value!r}")
    return value


def parse_event(
    body: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: datetime | None = None,
) -> WebhookEvent:
    """`verify` the delivery, then answer its event; the `X-Sparkbot-Event` and
    `X-Sparkbot-Delivery` headers, when given, must name the body's `event` and `id`."""
    document = _checked(body, headers, secret, tolerance, now)
    ident, name = _text(document, "id"), _text(document, "event")
    try:
        created = _instant(document.get("created"))
    except ValueError:
        raise WebhookVerificationError(
            "bad_event", f"created must be an ISO 8601 time, got {document.get('created')!r}"
        ) from None
    device = document.get("device")
    if device is not None and not isinstance(device, str):
        raise WebhookVerificationError("bad_event", f"device must be a text or null, got {device!r}")
    data = document.get("data")
    if not isinstance(data, dict):
        raise WebhookVerificationError("bad_event", f"data must be an object, got {type(data).__name__}")
    for header, value in ((EVENT_HEADER, name), (DELIVERY_HEADER, ident)):
        given = _header(headers, header)
        if given is not None and given != value:
            raise WebhookVerificationError(
                "header_mismatch", f"{header} is {given!r} but the body says {value!r}"
            )
    return WebhookEvent(ident, name, created, device, data)
