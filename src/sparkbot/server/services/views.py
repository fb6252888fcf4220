"""How stored rows look on the wire: devices, sessions, timestamps."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from ..db import Device

__all__ = ["DEFAULT_SETTINGS", "device_view", "iso", "session_view"]

DEFAULT_SETTINGS: dict[str, Any] = {
    "rebootPolicy": "disabled",
    "retentionPolicy": "plan_defaults",
    "deliverySpeed": 0,
}


def iso(value: datetime | None) -> str | None:
    """`2026-01-01T10:00:00.000Z`, or None."""
    if value is None:
        return None
    return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def session_view(device: Device) -> dict[str, Any]:
    return {
        "status": device.session_status,
        "reason": device.session_reason,
        "since": iso(device.session_since),
        "linked": device.session_linked,
        "lastConnectedAt": iso(device.last_connected_at),
        "lastSyncAt": iso(device.last_sync_at),
    }


def device_view(
    device: Device,
    *,
    pending: int = 0,
    include: Collection[str] = (),
    exclude: Collection[str] = (),
) -> dict[str, Any]:
    """A number as `getNumbers`/`getNumberById` answer it; `include`/`exclude` add or drop sections."""
    view: dict[str, Any] = {
        "id": device.id,
        "alias": device.alias,
        "description": device.description,
        "phone": device.phone,
        "status": device.status,
        "plan": device.plan,
        "agents": list(device.agents or []),
        "webhooks": list(device.webhooks or []),
        "settings": {**DEFAULT_SETTINGS, **(device.settings or {})},
        "createdAt": iso(device.created_at),
        "updatedAt": iso(device.updated_at),
        "session": session_view(device),
        "profile": {"phone": device.phone, "name": device.alias},
        "stats": {"queued": pending},
        "queue": {
            "status": device.queue_status,
            "pending": pending,
            "forceUntil": iso(device.queue_force_until),
        },
    }
    if "catalog" in include:
        view["catalog"] = []
    if "quickReplies" in include:
        view["quickReplies"] = []
    for section in exclude:
        view.pop(section, None)
    return view
