"""WhatsApp ids (WIDs) of chats and contacts: `<digits>@c.us` (a person), `<digits>-<digits>@g.us` or
`<digits>@g.us` (a group), `<digits>@newsletter` (a channel); and the phones they stand for."""

from __future__ import annotations

import re

from ..problems import invalid
from .phones import is_phone

__all__ = ["chat_type", "is_wid", "parse_chat", "phone_of", "wid_of"]

_WID = re.compile(r"^(?:\d{5,20}@c\.us|\d{5,20}(?:-\d{5,20})?@g\.us|\d{5,24}@newsletter)$")
_TYPES = {"c.us": "chat", "g.us": "group", "newsletter": "channel"}


def is_wid(value: object) -> bool:
    return isinstance(value, str) and _WID.fullmatch(value) is not None


def wid_of(phone: str) -> str:
    """`+447362053576` -> `447362053576@c.us`."""
    return phone.removeprefix("+") + "@c.us"


def phone_of(wid: str) -> str | None:
    """The phone of a person's WID (`+447362053576`), None for a group or channel."""
    return "+" + wid.removesuffix("@c.us") if wid.endswith("@c.us") else None


def chat_type(wid: str) -> str:
    """`chat` (a person), `group` or `channel`."""
    return _TYPES.get(wid.rsplit("@", 1)[-1], "chat")


def parse_chat(value: object, field: str = "chatId") -> str:
    """A chat named by its WID or, for a person, by E.164 phone: its WID, else 400."""
    if is_wid(value):
        return str(value)
    if isinstance(value, str) and is_phone(value):
        return wid_of(value)
    raise invalid(
        field,
        f"{field} must be a WhatsApp id (like 447362053576@c.us, 1203630@g.us or 1203630@newsletter) "
        f"or an E.164 phone, got {value!r}",
    )
