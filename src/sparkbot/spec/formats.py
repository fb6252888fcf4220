"""What ids, phones, chat ids and dates look like on the wire, as pure checks.

Every pattern is matched whole (`re.fullmatch`): `$` alone would also match before a trailing
newline, so `"+447362053576\n"` would pass for a phone.
"""

from __future__ import annotations

import re
from datetime import datetime

__all__ = [
    "E164",
    "HEX24",
    "PATH_SEGMENT",
    "is_date_time",
    "is_e164",
    "is_hex24",
    "is_path_segment",
    "is_wid",
    "js_regex",
]

HEX24 = re.compile(r"^[0-9a-f]{24}$")
E164 = re.compile(r"^\+[1-9]\d{1,14}$")
# What a path parameter may hold: ids, WIDs (`123-456@g.us`), codes. Nothing that changes the path.
PATH_SEGMENT = re.compile(r"^[A-Za-z0-9@._+:=-]+$")
WID = re.compile(r"^(\d{5,20}@c\.us|\d{5,20}(-\d{5,20})?@g\.us|\d{5,24}@newsletter)$")


def is_hex24(value: str) -> bool:
    """A SparkBot id: 24 lowercase hexadecimal characters."""
    return bool(HEX24.fullmatch(value))


def is_e164(value: str) -> bool:
    """A phone in E.164 with its `+` (`+447362053576`); the catalogue's own pattern."""
    return bool(E164.fullmatch(value))


def is_wid(value: str) -> bool:
    """A WhatsApp chat id: person `@c.us`, group `@g.us`, channel `@newsletter`."""
    return bool(WID.fullmatch(value))


def is_path_segment(value: str) -> bool:
    """Non-empty and URL-safe: it cannot add a segment, a query or a fragment to the path."""
    return bool(PATH_SEGMENT.fullmatch(value)) and value not in {".", ".."}


def is_date_time(value: str) -> bool:
    """An ISO 8601 date or date-time (`2026-11-21`, `2026-11-21T10:00:00Z`)."""
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def js_regex(pattern: str) -> re.Pattern[str]:
    """The catalogue writes patterns as JavaScript literals (`/^\\+[1-9]\\d{1,14}$/`)."""
    body = pattern[1 : pattern.rindex("/")] if pattern.startswith("/") else pattern
    return re.compile(body)
