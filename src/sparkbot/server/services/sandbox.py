"""What the sandbox's phone does to a number: scan, pair, write, drop the link."""

from __future__ import annotations

from typing import Any

from ..clock import Clock
from ..db import Account, Device, Store
from ..engines import Engine, SandboxEngine
from ..problems import ApiProblem, conflict, invalid
from ..wire import nest_values
from .accounts import new_id
from .locks import DeviceLocks
from .numbers import NumberService
from .phones import is_phone
from .views import iso, session_view

__all__ = ["DISCONNECT_REASONS", "SandboxService"]

DISCONNECT_REASONS = ("offline", "conflict", "logged_out")


class SandboxService:
    """The phone side of the sandbox engine; 404 when the server runs another engine."""

    def __init__(
        self, store: Store, engine: Engine, clock: Clock, numbers: NumberService, locks: DeviceLocks
    ) -> None:
        self._locks = locks
        self._store = store
        self._engine = engine
        self._clock = clock
        self._numbers = numbers

    def _sandbox(self) -> SandboxEngine:
        if not isinstance(self._engine, SandboxEngine):
            raise ApiProblem(404, "not_found", "this server does not run the sandbox engine")
        return self._engine

    async def _answer(self, device: Device, **extra: Any) -> dict[str, Any]:
        current = await self._store.get_device(device.id) or device
        return {"device": current.id, "phone": current.phone, "session": session_view(current), **extra}

    async def scan(self, account: Account, device_id: str, qr: str | None) -> dict[str, Any]:
        engine = self._sandbox()
        async with self._locks.hold(device_id):
            device = await self._numbers.require(account, device_id)
            if device.session_linked:
                raise conflict("already_linked", "the number is linked already: nothing to scan")
            await engine.scan(device.id, qr, device.phone)
        return await self._answer(device)

    async def pair(self, account: Account, device_id: str, code: str) -> dict[str, Any]:
        engine = self._sandbox()
        async with self._locks.hold(device_id):
            device = await self._numbers.require(account, device_id)
            if device.session_linked:
                raise conflict("already_linked", "the number is linked already: nothing to pair")
            await engine.pair(device.id, code)
        return await self._answer(device)

    async def disconnect(self, account: Account, device_id: str, reason: str) -> dict[str, Any]:
        engine = self._sandbox()
        async with self._locks.hold(device_id):
            device = await self._numbers.require(account, device_id)
            if reason not in DISCONNECT_REASONS:
                choices = ", ".join(DISCONNECT_REASONS)
                raise invalid("reason", f"reason must be one of {choices}, got {reason!r}")
            if not device.session_linked:
                raise conflict("not_linked", "the number is not linked: there is no link to drop")
            await engine.disconnect(device.id, reason)
        return await self._answer(device)

    async def outbox(self, account: Account, device_id: str) -> list[dict[str, Any]]:
        """What the sandbox's WhatsApp carried from this number, in the order it carried it."""
        engine = self._sandbox()
        device = await self._numbers.require(account, device_id)
        return [
            {
                "waId": r.wa_id,
                "message": r.message_id,
                r.target_type: r.target,
                "kind": r.kind,
                "content": nest_values(r.payload or {}),
                "sentAt": iso(r.sent_at),
                "deliveredAt": iso(r.delivered_at),
                "readAt": iso(r.read_at),
            }
            for r in await engine.wire.carried_by(device.id)
        ]

    async def inbound(self, account: Account, device_id: str, phone: str, message: str) -> dict[str, Any]:
        self._sandbox()
        device = await self._numbers.require(account, device_id)
        if not is_phone(phone):
            raise invalid("phone", f"phone must be E.164, like +16001234560, got {phone!r}")
        if device.session_status != "online":
            raise conflict(
                "not_online", f"the session is {device.session_status}: messages reach only online numbers"
            )
        received = {"id": new_id(), "from": phone, "message": message, "createdAt": iso(self._clock.now())}
        return {"device": device.id, "message": received}
