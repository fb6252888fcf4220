"""The numbers (devices) of an account: list, get, create, update, delete."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..clock import Clock
from ..db import Account, Device, DeviceFilter, Outbox, Store
from ..engines import Engine
from ..problems import invalid, not_found
from .accounts import new_id
from .paging import page_and_size
from .phones import is_phone
from .views import device_view

__all__ = ["NumberService"]

_SETTINGS = ("rebootPolicy", "retentionPolicy", "deliverySpeed")


def _check_texts(values: Mapping[str, Any]) -> None:
    alias = values.get("alias")
    if alias is not None and not 2 <= len(alias.strip()) <= 30:
        raise invalid("alias", f"alias must be 2 to 30 characters, got {len(alias.strip())}")
    description = values.get("description")
    if description is not None and len(description) > 80:
        raise invalid("description", f"description must be at most 80 characters, got {len(description)}")
    intent = values.get("paymentIntent")
    if intent is not None and not intent.startswith("pi_"):
        raise invalid("paymentIntent", f"paymentIntent must start with 'pi_', got {intent!r}")


class NumberService:
    """Numbers of one account; another account's number is never found (404)."""

    def __init__(self, store: Store, outbox: Outbox, engine: Engine, clock: Clock) -> None:
        self._store = store
        self._outbox = outbox
        self._engine = engine
        self._clock = clock
        self._changed: list[Callable[[str], None]] = []

    def on_change(self, callback: Callable[[str], None]) -> None:
        """Call `callback(device_id)` when a number's settings or enablement change."""
        self._changed.append(callback)

    async def require(self, account: Account, device_id: str) -> Device:
        device = await self._store.get_device(device_id, account.id)
        if device is None:
            raise not_found("number", device_id)
        return device

    async def require_counted(self, account: Account, device_id: str) -> tuple[Device, int]:
        """`require`, with the number's queued messages counted in the same query."""
        found = await self._store.device_with_pending(device_id, account.id)
        if found is None:
            raise not_found("number", device_id)
        return found

    async def view(
        self, device: Device, include: Sequence[str] = (), exclude: Sequence[str] = ()
    ) -> dict[str, Any]:
        pending = await self._outbox.count(device.id)
        return device_view(device, pending=pending, include=include, exclude=exclude)

    async def list(self, account: Account, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        paging = page_and_size(values, default_size=50)
        if paging is None:
            return []
        page, size = paging
        where = DeviceFilter(
            ids=tuple(values.get("ids") or ()),
            status=values.get("status"),
            session_status=values.get("sessionStatus"),
            search=values.get("search"),
        )
        devices = await self._store.list_devices(account.id, where, page, size)
        pending = await self._outbox.counts([d.id for d in devices])
        return [device_view(d, pending=pending.get(d.id, 0)) for d in devices]

    async def get(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device, pending = await self.require_counted(account, device_id)
        include, exclude = values.get("include") or (), values.get("exclude") or ()
        return device_view(device, pending=pending, include=include, exclude=exclude)

    async def create(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        _check_texts(values)
        now = self._clock.now()
        device = Device(
            id=new_id(),
            account_id=account.id,
            alias=values["alias"].strip(),
            description=values.get("description") or "",
            plan=values.get("billingPlan") or "professional",
            status="pending",
            phone=None,
            payment_intent=values.get("paymentIntent"),
            agents=list(values.get("agents") or []),
            webhooks=[],
            settings={},
            session_status="authorize",
            session_reason="new",
            session_since=now,
            session_linked=False,
            queue_status="active",
            created_at=now,
            updated_at=now,
        )
        await self._store.add(device)
        return await self.view(device)

    async def update(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self.require(account, device_id)
        _check_texts(values)
        changes: dict[str, Any] = {}
        if values.get("alias") is not None:
            changes["alias"] = values["alias"].strip()
        if values.get("description") is not None:
            changes["description"] = values["description"]
        if values.get("plan") is not None:
            changes["plan"] = values["plan"]
        if values.get("webhooks") is not None:
            changes["webhooks"] = list(values["webhooks"])
        settings = {
            name: values[f"settings.{name}"]
            for name in _SETTINGS
            if values.get(f"settings.{name}") is not None
        }
        if settings:
            changes["settings"] = {**(device.settings or {}), **settings}
        enable = values.get("enable")
        if enable is False and device.status != "disabled":
            changes["status"] = "disabled"
        elif enable is True and device.status == "disabled":
            changes["status"] = "operative" if device.last_connected_at is not None else "pending"
        if changes:
            changes["updated_at"] = self._clock.now()
        updated = await self._store.update_device(device.id, changes)
        if updated is None:
            raise not_found("number", device_id)
        for callback in self._changed:
            callback(device.id)
        return await self.view(updated)

    async def delete(self, account: Account, device_id: str) -> dict[str, Any]:
        device = await self.require(account, device_id)
        pending = await self._outbox.count(device.id)
        await self._engine.forget(device.id)
        await self._store.delete_device(device.id)
        for callback in self._changed:
            callback(device.id)
        return {"id": device.id, "status": "removed", "deletedMessages": pending}

    async def delete_chats(self, account: Account, device_id: str, phones: Sequence[str]) -> dict[str, Any]:
        device = await self.require(account, device_id)
        for i, phone in enumerate(phones):
            if not is_phone(phone):
                raise invalid(
                    f"phoneNumbers[{i}]", f"phoneNumbers[{i}] must be E.164, like +16001234560, got {phone!r}"
                )
        return {"device": device.id, "phones": list(phones), "deleted": 0}
