"""The outbound queue of a number: its status, moving it to another number, emptying it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ..clock import Clock
from ..db import Account, Device, Message, Store
from ..problems import conflict, invalid
from .numbers import NumberService
from .views import iso

__all__ = ["ACCEPTING", "FORCE_MINUTES", "QueueService"]

ACCEPTING = frozenset({"active", "pause"})
FORCE_MINUTES = 30


def _parse(value: str) -> datetime:
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.now().astimezone().tzinfo)


class QueueService:
    """Queue status and bulk moves; no message is lost or sent twice by these operations."""

    def __init__(self, store: Store, clock: Clock, numbers: NumberService) -> None:
        self._store = store
        self._clock = clock
        self._numbers = numbers

    async def _view(self, device: Device) -> dict[str, Any]:
        queued = await self._store.queued_messages(device.id)
        now = self._clock.now()
        scheduled = sum(1 for m in queued if m.deliver_at is not None and m.deliver_at > now)
        force_until = (
            device.queue_force_until if device.queue_force_until and device.queue_force_until > now else None
        )
        return {
            "device": device.id,
            "status": device.queue_status,
            "force": force_until is not None,
            "forceUntil": iso(force_until),
            "pending": len(queued),
            "scheduled": scheduled,
        }

    async def status(self, account: Account, device_id: str) -> dict[str, Any]:
        return await self._view(await self._numbers.require(account, device_id))

    async def set_status(self, account: Account, device_id: str, status: str, force: bool) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        if force and status not in {"active", "reject"}:
            raise invalid("force", f"force goes only with status active or reject, not {status!r}")
        now = self._clock.now()
        values: dict[str, Any] = {"queue_status": status, "updated_at": now}
        values["queue_force_until"] = now + timedelta(minutes=FORCE_MINUTES) if force else None
        updated = await self._store.update_device(device.id, values) or device
        return await self._view(updated)

    async def route(self, account: Account, device_id: str, target_id: str) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        if target_id == device.id:
            raise invalid("device", "device must be another number than the one whose queue moves")
        target = await self._numbers.require(account, target_id)
        if target.status == "disabled":
            raise conflict("target_disabled", "the target number is disabled: nothing was moved", "device")
        if target.queue_status not in ACCEPTING:
            message = f"the target queue is {target.queue_status} and refuses new messages: nothing was moved"
            raise conflict("target_refuses", message, "device")
        queued = await self._store.queued_messages(device.id)
        moved = await self._store.move_messages([m.id for m in queued], target.id)
        return {"device": device.id, "target": target.id, "moved": moved}

    async def empty(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        queued = await self._store.queued_messages(device.id)
        now = self._clock.now()
        before = _parse(values["before"]) if values.get("before") else None
        after = _parse(values["after"]) if values.get("after") else None

        def chosen(m: Message) -> bool:
            if values.get("ids") and m.id not in values["ids"]:
                return False
            if values.get("phones") and not (m.target_type == "phone" and m.target in values["phones"]):
                return False
            if values.get("groups") and not (m.target_type == "group" and m.target in values["groups"]):
                return False
            if before is not None and not m.created_at < before:
                return False
            if after is not None and not m.created_at > after:
                return False
            return not (values.get("skipScheduled") and m.deliver_at is not None and m.deliver_at > now)

        deleted = await self._store.delete_message_ids([m.id for m in queued if chosen(m)])
        return {"device": device.id, "deleted": deleted, "pending": len(queued) - deleted}
