"""Number checks of Other (2 operations): whether a phone is on WhatsApp, and phone numbers validated
and normalised.

The rules where the catalogue is silent:

- Neither operation names a number (device): they are the account's, and need no session. Who is
  on WhatsApp is the engine's answer (`Engine.on_whatsapp`): the sandbox's directory holds every
  phone but those whose digits end in the `unreachable_suffix` setting (`0000`), the same rule
  that fails a send to them; another engine asks WhatsApp (or answers 501 when it cannot).
- `verifyNumberExists` (`POST /numbers/exists`, body `{phone}`) takes one E.164 phone that
  `phonenumbers` finds possible (else 400 naming `phone`) and answers
  `{"phone": "+447362053576", "wid": "447362053576@c.us", "exists": true}`; `wid` is null when the
  phone is not on WhatsApp.
- `validateNumbers` (`POST /numbers/validate`, body `{country?, numbers: [{phone}]}`) does not ask
  WhatsApp. `numbers` lists 1 to 500 objects, each `{phone}` with `phone` a text (another field,
  another type, an empty or too long list: a 400 for the call). `country` is the region of the
  numbers written without `+` (an ISO 3166 code `phonenumbers` knows, any case; `""` or `any`:
  none, and then such a number's digits are read as international, country code first, as in a
  WhatsApp id; an unknown code is a 400). Each number is trimmed and parsed (`00` and the region's
  own international prefix work with a region); a number that is no phone, longer than 50
  characters or not valid in its region's numbering plan (`phonenumbers.is_valid_number`) is
  reported in its entry, not as a failure of the call. The answer, in the order given (repeats
  kept): `{"total", "valid", "invalid", "numbers": [...]}`, each entry
  `{"input", "valid", "phone" (E.164), "wid", "country" (ISO code), "countryPrefix" (the calling
  code, an integer), "kind", "national", "international", "error"}` with every field but
  `input` and `valid` null when invalid, and `error` null when valid. `kind` is `mobile`,
  `fixed`, `fixed_or_mobile`, `toll_free`, `premium_rate`, `shared_cost`, `voip`, `personal`,
  `pager`, `uan`, `voicemail` or `unknown`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from ..db import Account
from ..engines import Engine
from ..problems import invalid
from .phones import is_phone
from .wids import wid_of

__all__ = ["INPUT_MAX", "VALIDATE_MAX", "NumberCheckService", "validate_number"]

VALIDATE_MAX = 500
INPUT_MAX = 50  # characters of one number, as the catalogue notes
_NO_REGION = ("", "ANY")
_KINDS = {
    PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE: "fixed",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_or_mobile",
    PhoneNumberType.TOLL_FREE: "toll_free",
    PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.SHARED_COST: "shared_cost",
    PhoneNumberType.VOIP: "voip",
    PhoneNumberType.PERSONAL_NUMBER: "personal",
    PhoneNumberType.PAGER: "pager",
    PhoneNumberType.UAN: "uan",
    PhoneNumberType.VOICEMAIL: "voicemail",
}
_INVALID = dict.fromkeys(
    ("phone", "wid", "country", "countryPrefix", "kind", "national", "international"), None
)


def _region(value: Any) -> str | None:
    """The `country` given as a region `phonenumbers` knows (upper case), None for none; else 400."""
    text = str(value or "").strip().upper()
    if text in _NO_REGION:
        return None
    if text not in phonenumbers.SUPPORTED_REGIONS:
        raise invalid("country", f"country must be an ISO 3166 country code like GB, or any, got {value!r}")
    return text


def _refused(text: str, error: str) -> dict[str, Any]:
    return {"input": text, "valid": False, **_INVALID, "error": error}


def validate_number(given: str, region: str | None) -> dict[str, Any]:
    """One number's entry of the answer (see the module docstring)."""
    text = given.strip()
    if not text:
        return _refused(text, "the number is empty")
    if len(text) > INPUT_MAX:
        return _refused(text, f"the number must be at most {INPUT_MAX} characters, got {len(text)}")
    international = text.startswith("+") or region is None
    try:
        parsed = phonenumbers.parse(text if text.startswith("+") or region else f"+{text}", region)
    except phonenumbers.NumberParseException:
        how = "with + and its country code" if international else f"as a number of {region}"
        return _refused(text, f"{text!r} is not a phone number (write it {how})")
    if not phonenumbers.is_valid_number(parsed):
        where = phonenumbers.region_code_for_number(parsed) or f"+{parsed.country_code}"
        return _refused(text, f"{text!r} is not a valid number of {where}'s numbering plan")
    phone = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
    return {
        "input": text,
        "valid": True,
        "phone": phone,
        "wid": wid_of(phone),
        "country": phonenumbers.region_code_for_number(parsed),
        "countryPrefix": parsed.country_code,
        "kind": _KINDS.get(phonenumbers.number_type(parsed), "unknown"),
        "national": phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL),
        "international": phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL),
        "error": None,
    }


def _inputs(numbers: Any) -> list[str]:
    """The texts of `numbers: [{phone}]`, the shape checked (400 naming the field)."""
    if not isinstance(numbers, Sequence) or isinstance(numbers, str) or not numbers:
        raise invalid("numbers", f"numbers must be a list of 1 to {VALIDATE_MAX} {{phone}} objects")
    if len(numbers) > VALIDATE_MAX:
        raise invalid("numbers", f"numbers takes at most {VALIDATE_MAX} entries, got {len(numbers)}")
    texts: list[str] = []
    for i, entry in enumerate(numbers):
        what = f"numbers[{i}]"
        if not isinstance(entry, Mapping):
            raise invalid(what, f"{what} must be an object {{phone}}, got {type(entry).__name__}")
        extra = sorted(set(entry) - {"phone"})
        if extra:
            raise invalid(what, f"{what} takes only phone, not {', '.join(map(str, extra))}")
        phone = entry.get("phone")
        if not isinstance(phone, str):
            raise invalid(f"{what}.phone", f"{what}.phone must be text, got {type(phone).__name__}")
        texts.append(phone)
    return texts


class NumberCheckService:
    """The account's number checks; see the module docstring for the rules."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    async def exists(self, account: Account, phone: Any) -> dict[str, Any]:
        if not is_phone(phone):
            raise invalid("phone", f"phone must be a possible E.164 phone like +447362053576, got {phone!r}")
        text = str(phone)
        found = (await self._engine.on_whatsapp([text])).get(text, False)
        return {"phone": text, "wid": wid_of(text) if found else None, "exists": found}

    async def validate(self, account: Account, country: Any, numbers: Any) -> dict[str, Any]:
        region = _region(country)
        entries = [validate_number(text, region) for text in _inputs(numbers)]
        valid = sum(1 for entry in entries if entry["valid"])
        return {"total": len(entries), "valid": valid, "invalid": len(entries) - valid, "numbers": entries}
