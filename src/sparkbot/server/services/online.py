"""The one check before a number acts on WhatsApp: its session must be online (409 otherwise)."""

from __future__ import annotations

from ..db import Device
from ..problems import conflict

__all__ = ["require_online"]


def require_online(device: Device, doing: str, field: str | None = None) -> None:
    """409 `not_online` unless the number's session is online; `doing` says what needed it."""
    if device.session_status != "online":
        message = f"the session is {device.session_status}: {doing} needs the number online"
        raise conflict("not_online", message, field)
