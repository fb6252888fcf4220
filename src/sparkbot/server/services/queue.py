"""The outbound queue of a number: its status, moving it to another number, emptying it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from ..clock import Clock
from ..db import Account, Device, MessageFilter, Outbox, Store
from ..problems import conflict, invalid
from .messages import ACCEPTING, Waker, parse_instant
from .numbers import NumberService
from .views import iso

__all__ = ["FORCE_MINUTES", "QueueService"]

FORCE_MINUTES = 30


class QueueService:
    """Queue status and bulk moves; no message is lost or sent twice by these operations."""

    def __init__(
        self, store: Store, outbox: Outbox, clock: Clock, numbers: NumberService, waker: Waker
    ) -> None:
        self._store = store
        self._outbox = outbox
        self._clock = clock
        self._numbers = numbers
        self._waker = waker

    async def _view(self, device: Device) -> dict[str, Any]:
        now = self._clock.now()
        until = device.queue_force_until
        force_until = until if until is not None and until > now else None
        return {
            "device": device.id,
            "status": device.queue_status,
            "force": force_until is not None,
            "forceUntil": iso(force_until),
            "pending": await self._outbox.count(device.id),
            "scheduled": await self._outbox.count_scheduled(device.id, now),
            "processing": await self._outbox.count(device.id, ("processing",)),
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
        self._waker.poke(device.id)
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
        moved = await self._outbox.route(device.id, target.id)
        self._waker.poke(target.id)
        return {"device": device.id, "target": target.id, "moved": moved}

    async def empty(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        now = self._clock.now()
        where = MessageFilter(
            device_ids=(device.id,),
            statuses=("queued",),
            ids=tuple(values.get("ids") or ()),
            phones=tuple(values.get("phones") or ()),
            groups=tuple(values.get("groups") or ()),
            created_before=parse_instant(values["before"], "before") if values.get("before") else None,
            created_after=parse_instant(values["after"], "after") if values.get("after") else None,
            unscheduled_at=now if values.get("skipScheduled") else None,
        )
        deleted = await self._outbox.delete_where(where)
        return {"device": device.id, "deleted": deleted, "pending": await self._outbox.count(device.id)}
