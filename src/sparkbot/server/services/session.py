"""The WhatsApp session of a number: the contract's state machine, over any engine.

authorize --scan/pair--> online --reboot/start--> offline(rebooting) --reconnect--> online
authorize --login window runs out--> timeout;  online --link drops--> offline | error
any --force / reset / logout--> authorize
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from ..clock import Clock, wait_event_until
from ..db import Account, Device, MessageFilter, Outbox, Store
from ..db.events import Event
from ..engines import Engine, SessionChange
from ..problems import ApiProblem, conflict, invalid, not_found
from .locks import DeviceLocks
from .numbers import NumberService
from .phones import is_phone
from .qr import Rendered, render_qr
from .views import iso, session_view

__all__ = ["STOPPED", "SessionService"]

STOPPED = frozenset({"offline", "timeout", "error", "authorize"})
# The reasons this service gives the engine: a session reconnecting, or logged out by a command.
RECONNECTING = frozenset({"rebooting", "starting"})
LOGGED_OUT = frozenset({"reset", "forced"})


def _on_its_way(device: Device) -> bool:
    """Whether the session may still come online with no new command: online, reconnecting, or a
    login window open for a scan. A reset or logout, a dropped link, a login window that ran out
    or a disabled number ends a wait for `online` at once."""
    if device.status == "disabled":
        return False
    status, reason = device.session_status, device.session_reason
    if status == "offline":
        return device.session_linked and reason in RECONNECTING
    if status == "authorize":
        return reason not in LOGGED_OUT
    return status == "online"


def _session_event(device: Device) -> list[Event]:
    """`number:session`: the number's session as it is now."""
    return [Event(device.account_id, device.id, "number:session", lambda: _state(device))]


def _state(device: Device) -> dict[str, Any]:
    return {
        "device": device.id,
        "status": device.session_status,
        "reason": device.session_reason,
        "session": session_view(device),
    }


class SessionService:
    """Decides what a session call may do, has the engine do it, and stores what the engine reports."""

    def __init__(
        self,
        store: Store,
        outbox: Outbox,
        engine: Engine,
        clock: Clock,
        numbers: NumberService,
        locks: DeviceLocks,
    ) -> None:
        self._locks = locks
        self._store = store
        self._outbox = outbox
        self._engine = engine
        self._clock = clock
        self._numbers = numbers
        self._changed: dict[str, asyncio.Event] = {}
        self._blocked = 0
        self._watchers: list[Callable[[str], None]] = []
        engine.bind(self)
        numbers.on_change(self._wake)  # a number deleted or disabled ends its waits

    def on_change(self, callback: Callable[[str], None]) -> None:
        """Call `callback(device_id)` after every stored session change."""
        self._watchers.append(callback)

    async def resume(self) -> None:
        """At startup: a session that was reconnecting when the server stopped reconnects again."""
        for device in await self._store.devices_reconnecting():
            await self._engine.connect(device.id, reason=device.session_reason or "starting")

    # what the engine reports
    async def session_changed(self, change: SessionChange) -> None:
        device = await self._store.get_device(change.device_id)
        if device is None:
            return
        now = self._clock.now()
        values: dict[str, Any] = {
            "session_status": change.status,
            "session_reason": change.reason,
            "session_since": now,
            "session_linked": change.linked,
            "updated_at": now,
        }
        if change.status == "online":
            values["last_connected_at"] = now
            if device.status == "pending":
                values["status"] = "operative"
        if change.phone is not None:
            values["phone"] = change.phone
        if change.synced:
            values["last_sync_at"] = now
        await self._store.update_device(change.device_id, values, _session_event)
        self._wake(change.device_id)
        for callback in self._watchers:
            callback(change.device_id)

    @property
    def waiting(self) -> int:
        """How many requests are blocked waiting on a session change right now."""
        return self._blocked

    def _wake(self, device_id: str) -> None:
        """Wake the requests waiting on this number: they read it again."""
        event = self._changed.pop(device_id, None)
        if event is not None:
            event.set()

    def _event(self, device_id: str) -> asyncio.Event:
        return self._changed.setdefault(device_id, asyncio.Event())

    async def wait_until(
        self, device_id: str, done: Callable[[Device], bool], seconds: float
    ) -> Device | None:
        """Wait (on events, up to `seconds` of clock time) until `done(device)`; the device, or
        None when time ran out."""
        deadline = self._clock.now() + timedelta(seconds=seconds)
        while True:
            event = self._event(device_id)
            device = await self._store.get_device(device_id)
            if device is None or done(device):
                return device
            if deadline <= self._clock.now():
                return None
            self._blocked += 1
            try:
                changed = await wait_event_until(self._clock, event, deadline)
            finally:
                self._blocked -= 1
            if not changed:
                return None

    async def _wait_online(self, device: Device, seconds: float) -> dict[str, Any]:
        """Wait until online: 504 when time runs out, 409 `wait_interrupted` at once when the
        session can no longer get there by itself (reset, logged out, dropped, disabled), 404
        when the number is deleted meanwhile."""
        reached = await self.wait_until(
            device.id, lambda d: not _on_its_way(d) or d.session_status == "online", seconds
        )
        last = reached or await self._store.get_device(device.id)
        if last is None:
            raise not_found("number", device.id)
        where = last.session_status + (f" ({last.session_reason})" if last.session_reason else "")
        if reached is None:
            message = f"the session did not come online within {seconds:g} s: it is {where}"
            raise ApiProblem(504, "wait_timeout", message, extra=_state(last))
        if reached.session_status != "online":
            now = "the number is disabled" if reached.status == "disabled" else f"the session is {where}"
            message = f"the session can no longer come online by itself while waiting: {now}"
            raise ApiProblem(409, "wait_interrupted", message, extra=_state(reached))
        return _state(reached)

    # checks
    async def _enabled(self, account: Account, device_id: str) -> Device:
        device = await self._numbers.require(account, device_id)
        if device.status == "disabled":
            raise conflict("number_disabled", "the number is disabled: enable it with updateNumber first")
        return device

    async def _fresh_login(self, device: Device, force: bool, what: str) -> None:
        if device.session_linked:
            if not force:
                raise conflict(
                    "already_linked",
                    f"the number is linked already: pass force=true to destroy the session and {what}",
                    "force",
                )
            await self._engine.logout(device.id, reason="forced")
        await self._engine.login(device.id)

    # operations
    async def scan(self, account: Account, device_id: str, force: bool, encoding: str) -> Rendered:
        async with self._locks.hold(device_id):
            return await self._scan(account, device_id, force, encoding)

    async def _scan(self, account: Account, device_id: str, force: bool, encoding: str) -> Rendered:
        device = await self._enabled(account, device_id)
        await self._fresh_login(device, force, "show a new QR")
        qr = await self._engine.qr(device.id)
        if qr is None:  # the window closed between the two calls: open a new one
            await self._engine.login(device.id)
            qr = await self._engine.qr(device.id)
        if qr is None:
            raise ApiProblem(503, "qr_unavailable", "no QR could be issued: try again")
        current = await self._store.get_device(device.id) or device
        return render_qr(qr, encoding, current.session_status)

    async def request_auth_code(
        self, account: Account, device_id: str, phone: str | None, force: bool
    ) -> dict[str, Any]:
        async with self._locks.hold(device_id):
            return await self._request_auth_code(account, device_id, phone, force)

    async def _request_auth_code(
        self, account: Account, device_id: str, phone: str | None, force: bool
    ) -> dict[str, Any]:
        device = await self._enabled(account, device_id)
        if phone is None:
            if device.last_connected_at is None or device.phone is None:
                raise invalid("phone", "phone is required: the number was never linked")
            phone = device.phone
        if not is_phone(phone):
            raise invalid("phone", f"phone must be E.164, like +16001234560, got {phone!r}")
        if device.session_linked and not force:
            raise conflict(
                "already_linked",
                "the number is linked already: pass force=true to destroy the session and pair again",
                "force",
            )
        if device.session_linked:
            await self._engine.logout(device.id, reason="forced")
        code = await self._engine.auth_code(device.id, phone)
        current = await self._store.get_device(device.id) or device
        return {
            "device": device.id,
            "phone": code.phone,
            "code": code.code,
            "expiresAt": iso(code.expires_at),
            "status": current.session_status,
        }

    async def reboot(
        self, account: Account, device_id: str, force: bool, wait: bool, sync: bool, seconds: float
    ) -> dict[str, Any]:
        async with self._locks.hold(device_id):
            device = await self._reboot(account, device_id, force, sync)
        if wait:
            return await self._wait_online(device, seconds)
        return _state(await self._store.get_device(device.id) or device)

    async def _reboot(self, account: Account, device_id: str, force: bool, sync: bool) -> Device:
        device = await self._enabled(account, device_id)
        if device.last_connected_at is None:
            raise conflict(
                "not_linked", "the number was never linked: scan the QR or request an auth code first"
            )
        if device.session_status in STOPPED and not force:
            raise conflict(
                "session_stopped",
                f"the session is {device.session_status}: pass force=true to reboot a stopped session",
                "force",
            )
        if device.session_linked:
            await self._engine.connect(device.id, reason="rebooting", sync=sync)
        else:
            await self._engine.login(device.id)
        return device

    async def start(self, account: Account, device_id: str, wait: bool, seconds: float) -> dict[str, Any]:
        async with self._locks.hold(device_id):
            device = await self._enabled(account, device_id)
            if device.session_status == "online":
                return _state(device)
            if device.session_linked:
                if device.session_reason not in {"starting", "rebooting"}:
                    await self._engine.connect(device.id, reason="starting")
            else:
                await self._engine.login(device.id)
        if wait:
            return await self._wait_online(device, seconds)
        return _state(await self._store.get_device(device.id) or device)

    async def reset(
        self, account: Account, device_id: str, data: bool, wait: bool, empty_queue: bool, seconds: float
    ) -> dict[str, Any]:
        async with self._locks.hold(device_id):
            device = await self._numbers.require(account, device_id)
            await self._engine.logout(device.id, reason="reset")
            queued = MessageFilter(device_ids=(device.id,), statuses=("queued",))
            deleted = await self._outbox.delete_where(queued) if empty_queue else 0
            if data:
                await self._store.update_device(device.id, {"last_sync_at": None})
        if wait:
            await self.wait_until(device.id, lambda d: d.session_status == "authorize", seconds)
        current = await self._store.get_device(device.id)
        if current is None:  # deleted while the reset waited
            raise not_found("number", device.id)
        state = _state(current)
        return {**state, "data": data, "emptyQueue": empty_queue, "deletedMessages": deleted}

    async def sync(self, account: Account, device_id: str) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        if device.session_status == "online":
            await self._engine.sync(device.id)
            device = await self._store.update_device(device.id, {"last_sync_at": self._clock.now()}) or device
        return {
            "device": device.id,
            "status": device.session_status,
            "lastSyncAt": iso(device.last_sync_at),
            "session": session_view(device),
        }

    async def health(self, account: Account, device_id: str) -> dict[str, Any]:
        device, pending = await self._numbers.require_counted(account, device_id)
        online = device.session_status == "online"
        uptime = (self._clock.now() - device.session_since).total_seconds() if online else 0.0
        return {
            "device": device.id,
            "status": device.session_status,
            "reason": device.session_reason,
            "healthy": online,
            "uptime": round(uptime, 3),
            "since": iso(device.session_since),
            "lastConnectedAt": iso(device.last_connected_at),
            "lastAckAt": iso(device.last_ack_at),
            "queue": {"status": device.queue_status, "pending": pending},
        }
