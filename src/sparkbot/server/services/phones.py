"""Phone numbers: E.164 with `+`, checked with `phonenumbers` so impossible numbers are refused."""

from __future__ import annotations

import phonenumbers

from ...spec.formats import is_e164

__all__ = ["is_phone"]


def is_phone(value: object) -> bool:
    """True for an E.164 phone (`+447362053576`) that `phonenumbers` finds possible."""
    if not isinstance(value, str) or not is_e164(value):
        return False
    try:
        parsed = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_possible_number(parsed))
