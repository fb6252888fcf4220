"""The sandbox: a simulated WhatsApp whose phone is driven by `/sandbox` calls, on an injectable clock."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import groupby
from typing import Literal

from ..clock import Clock
from ..db import Database
from ..db.groups import GroupStore
from ..problems import ApiProblem
from ..settings import Settings
from .base import (
    AuthCode,
    ChatAction,
    Engine,
    GroupAction,
    InboundMessage,
    InboxListener,
    MessageAck,
    MessageChange,
    MessageListener,
    OutboundMessage,
    Presence,
    QrCode,
    SendOutcome,
    SessionChange,
    SessionListener,
)
from .business import CallLinkKind, Product, ProfileChange, StatusPost
from .channels import ChannelAction, ChannelInfo, ChannelSearch
from .sandbox_business import SandboxBusiness, sandbox_catalog
from .sandbox_channels import SandboxChannels
from .sandbox_channels import search as search_directory
from .sandbox_wire import WireRecord, WireStore

__all__ = ["ACTIONS_KEPT", "CODE_ALPHABET", "SandboxEngine", "format_code", "normalise_code", "sandbox_phone"]

_log = logging.getLogger("sparkbot.server.sandbox")

# How many of a number's own chat actions `actions` remembers.
ACTIONS_KEPT = 200

# Pairing codes avoid look-alikes (no I, O, U, 0, 1).
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTVWXYZ23456789"


def format_code(raw: str) -> str:
    """`ABCDEFGH` -> `ABCD-EFGH`."""
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(code: str) -> str:
    """What a person typed, as the raw 8 characters (case and dashes ignored)."""
    return "".join(c for c in code.upper() if c.isalnum())


@dataclass(frozen=True, slots=True)
class _AckStep:
    """One acknowledgement the recipient's phone will send: `delivered` (order 0) or `read` (1)."""

    due: datetime
    order: int
    status: Literal["delivered", "read"]
    column: str
    record: WireRecord
    delivered_due: datetime

    @staticmethod
    def of(record: WireRecord, settings: Settings) -> list[_AckStep]:
        """The steps still to come for a carried message (none already recorded)."""
        delivered_due = record.sent_at + timedelta(seconds=settings.delivery_seconds)
        read_due = delivered_due + timedelta(seconds=settings.ack_seconds)
        steps = [
            _AckStep(delivered_due, 0, "delivered", "delivered_at", record, delivered_due),
            _AckStep(read_due, 1, "read", "read_at", record, delivered_due),
        ]
        return [step for step in steps if getattr(record, step.column) is None]

    def key(self) -> tuple[datetime, int]:
        """Steps of one key are acknowledged together: same instant, same status."""
        return self.due, self.order

    def ack(self) -> MessageAck:
        return MessageAck(
            self.record.device_id,
            self.record.wa_id,
            self.status,
            self.due,
            sent_at=self.record.sent_at,
            delivered_at=self.delivered_due,
        )


@dataclass
class _Login:
    """An open login window: QR rounds from `started`, maybe a pairing code."""

    started: datetime
    payloads: list[str]
    code: AuthCode | None = None


class SandboxEngine(Engine):
    """Simulated sessions. Timed changes (QR timeout, reconnects) run as tasks on the clock."""

    name = "sandbox"

    def __init__(self, settings: Settings, clock: Clock) -> None:
        self._settings = settings
        self._clock = clock
        self._listener: SessionListener | None = None
        self._messages: MessageListener | None = None
        self._logins: dict[str, _Login] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._acks: set[asyncio.Task[None]] = set()
        self._wire: WireStore | None = None
        self._inbox: InboxListener | None = None
        self._actions: dict[str, list[ChatAction]] = {}
        self._group_actions: dict[str, list[GroupAction]] = {}
        self._groups: GroupStore | None = None
        self.business = SandboxBusiness()
        self.channels = SandboxChannels()

    def bind(self, listener: SessionListener) -> None:
        self._listener = listener

    def bind_messages(self, listener: MessageListener) -> None:
        self._messages = listener

    def bind_inbox(self, listener: InboxListener) -> None:
        self._inbox = listener

    async def act(self, action: ChatAction) -> None:
        """Keep what the number did in its chats (the last `ACTIONS_KEPT`), for `actions`."""
        done = self._actions.setdefault(action.device_id, [])
        done.append(action)
        del done[:-ACTIONS_KEPT]

    def actions(self, device_id: str) -> list[ChatAction]:
        """What the number did in its chats on the sandbox's WhatsApp, oldest first."""
        return list(self._actions.get(device_id, ()))

    async def group(self, action: GroupAction) -> None:
        """Keep what the number did to its groups (the last `ACTIONS_KEPT`), for `group_actions`;
        the groups themselves are the server's storage, which the sandbox reads to carry a
        group's messages to its members."""
        done = self._group_actions.setdefault(action.device_id, [])
        done.append(action)
        del done[:-ACTIONS_KEPT]

    def group_actions(self, device_id: str) -> list[GroupAction]:
        """What the number did to its groups on the sandbox's WhatsApp, oldest first."""
        return list(self._group_actions.get(device_id, ()))

    async def _group_members(
        self, messages: Sequence[OutboundMessage]
    ) -> tuple[dict[str, SendOutcome], dict[str, list[str]]]:
        """For the group messages of a batch (one read, only when there are some): the refused
        (the number is not a member any more, or only admins send and it is not one) and the
        members each reaches. A group the number has no record of is refused, as WhatsApp refuses it."""
        wanted = [m for m in messages if m.target_type == "group"]
        if not wanted or self._groups is None:
            return {}, {}
        groups = await self._groups.many(wanted[0].device_id, [m.target for m in wanted])
        refused: dict[str, SendOutcome] = {}
        members: dict[str, list[str]] = {}
        for m in wanted:
            group = groups.get(m.target)
            if group is None:  # WhatsApp refuses a group the number is not in
                refused[m.wa_id] = SendOutcome(False, f"the number is not a member of the group {m.target}")
                continue
            mine = next((p for p in group.participants if p.get("phone") == group.me), None)
            if group.membership != "member" or mine is None:
                reason = f"the number is not a member of the group {m.target} any more"
                refused[m.wa_id] = SendOutcome(False, reason)
            elif group.send == "admins" and mine.get("role") == "member":
                refused[m.wa_id] = SendOutcome(False, f"only admins may send to the group {m.target}")
            else:
                members[m.wa_id] = [str(p["phone"]) for p in group.participants if p.get("phone") != group.me]
        return refused, members

    # what the number shows of itself (kept in `business`)
    async def set_profile(self, change: ProfileChange) -> None:
        self.business.set_profile(change)

    async def publish_status(self, post: StatusPost) -> None:
        self.business.publish(post)

    async def delete_statuses(self, device_id: str, wa_ids: Sequence[str]) -> None:
        self.business.delete_statuses(device_id, wa_ids)

    async def create_call_link(self, device_id: str, kind: CallLinkKind) -> str:
        return self.business.create_link(device_id, kind)

    async def revoke_call_links(self, device_id: str, urls: Sequence[str]) -> None:
        self.business.revoke_links(device_id, urls)

    async def catalog(self, device_id: str, phone: str | None) -> Sequence[Product] | None:
        """Every number has a catalogue (derived from its id), and so has every phone on the
        sandbox's WhatsApp (derived from the phone); one that is not on it has none."""
        if phone is None:
            return sandbox_catalog(device_id)
        return sandbox_catalog(phone) if self.reaches(phone) else None

    # channels (kept in `channels`)
    async def channel(self, action: ChannelAction) -> ChannelInfo | None:
        return await self.channels.act(action)

    async def search_channels(self, device_id: str, search: ChannelSearch) -> Sequence[ChannelInfo]:
        return search_directory(search)

    async def open(self, database: Database) -> None:
        """Create the sandbox's tables and carry on the acknowledgements still due."""
        self._wire = WireStore(database)
        self.channels.open(database)
        self._groups = GroupStore(database)
        await self._wire.create_tables()
        self._schedule_acks(await self._wire.unread())

    @property
    def wire(self) -> WireStore:
        if self._wire is None:
            raise RuntimeError("the sandbox engine is not open: call open(database) first")
        return self._wire

    async def _emit(self, change: SessionChange) -> None:
        if self._listener is not None:
            await self._listener.session_changed(change)

    def _cancel(self, device_id: str) -> None:
        task = self._tasks.pop(device_id, None)
        if task is not None and not task.done() and task is not asyncio.current_task():
            task.cancel()

    def _later(self, device_id: str, seconds: float, action: Callable[[], Awaitable[None]]) -> None:
        """Run `action` after `seconds` of clock time, replacing whatever was pending for the device."""
        self._cancel(device_id)
        when = self._clock.now() + timedelta(seconds=seconds)

        async def run() -> None:
            await self._clock.sleep_until(when)
            if self._tasks.get(device_id) is asyncio.current_task():
                del self._tasks[device_id]
            await action()

        self._tasks[device_id] = asyncio.get_running_loop().create_task(run(), name=f"sandbox:{device_id}")

    # login window
    def _window_end(self, login: _Login) -> datetime:
        end = login.started + timedelta(seconds=self._settings.qr_window_seconds)
        if login.code is not None:
            end = max(end, login.code.expires_at)
        return end

    def _open(self, device_id: str) -> _Login | None:
        login = self._logins.get(device_id)
        if login is not None and self._clock.now() < self._window_end(login):
            return login
        return None

    def _schedule_timeout(self, device_id: str, login: _Login) -> None:
        async def expire() -> None:
            if self._logins.get(device_id) is login:
                del self._logins[device_id]
                await self._emit(SessionChange(device_id, "timeout", "login_expired", linked=False))

        seconds = (self._window_end(login) - self._clock.now()).total_seconds()
        self._later(device_id, seconds, expire)

    async def login(self, device_id: str) -> None:
        if self._open(device_id) is not None:
            return
        rounds = max(self._settings.qr_rounds, 1)
        payloads = [f"2@{secrets.token_urlsafe(24)},{device_id},{n}" for n in range(1, rounds + 1)]
        login = _Login(started=self._clock.now(), payloads=payloads)
        self._logins[device_id] = login
        self._schedule_timeout(device_id, login)
        await self._emit(SessionChange(device_id, "authorize", "awaiting_login", linked=False))

    def _round(self, login: _Login) -> tuple[int, datetime] | None:
        elapsed = (self._clock.now() - login.started).total_seconds()
        first, nxt, rounds = (
            self._settings.qr_first_seconds,
            self._settings.qr_next_seconds,
            len(login.payloads),
        )
        if elapsed < first:
            number = 1
        elif nxt > 0:
            number = 2 + int((elapsed - first) // nxt)
        else:
            number = rounds + 1
        if number > rounds:
            return None
        expires = login.started + timedelta(seconds=first + nxt * (number - 1))
        return number, expires

    async def qr(self, device_id: str) -> QrCode | None:
        login = self._open(device_id)
        current = self._round(login) if login is not None else None
        if login is None or current is None:
            return None
        number, expires = current
        return QrCode(login.payloads[number - 1], number, len(login.payloads), expires)

    async def auth_code(self, device_id: str, phone: str) -> AuthCode:
        await self.login(device_id)
        login = self._logins[device_id]
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        expires = self._clock.now() + timedelta(seconds=self._settings.auth_code_seconds)
        login.code = AuthCode(format_code(raw), phone, expires)
        self._schedule_timeout(device_id, login)
        return login.code

    # connection
    async def connect(self, device_id: str, *, reason: str, sync: bool = False) -> None:
        self._logins.pop(device_id, None)

        async def back_online() -> None:
            await self._emit(SessionChange(device_id, "online", None, linked=True, synced=sync))

        self._later(device_id, self._settings.reconnect_seconds, back_online)
        await self._emit(SessionChange(device_id, "offline", reason, linked=True))

    async def logout(self, device_id: str, *, reason: str) -> None:
        self._cancel(device_id)
        self._logins.pop(device_id, None)
        await self._emit(SessionChange(device_id, "authorize", reason, linked=False))

    async def sync(self, device_id: str) -> None:
        return None

    # messages
    def reaches(self, phone: str) -> bool:
        """Whether a phone is on the sandbox's WhatsApp: all are, except those ending in the
        `unreachable_suffix` setting (`0000` by default)."""
        suffix = self._settings.unreachable_suffix
        return not (suffix and phone.endswith(suffix))

    async def on_whatsapp(self, phones: Sequence[str]) -> dict[str, bool]:
        """The sandbox's directory of who is on WhatsApp: the rule of `reaches`, which fails sends."""
        return {phone: self.reaches(phone) for phone in phones}

    async def send(self, message: OutboundMessage) -> SendOutcome:
        (outcome,) = await self.send_many([message])
        return outcome

    async def send_many(self, messages: Sequence[OutboundMessage]) -> list[SendOutcome]:
        """Carry the messages whose recipient is on WhatsApp, recorded in one write (in order);
        a `wa_id` carried already answers `sent` again, at its first sending, and is not carried
        again (nor acknowledged twice)."""
        now = self._clock.now()
        refused = {
            m.wa_id: SendOutcome(False, f"the recipient {m.target} is not on WhatsApp")
            for m in messages
            if m.target_type == "phone" and not self.reaches(m.target)
        }
        refused_groups, members = await self._group_members(messages)
        refused.update(refused_groups)
        followers = await self._channel_followers(messages)
        for m in messages:
            if m.target_type == "channel" and (m.device_id, m.target) not in followers:
                reason = f"the number does not own the channel {m.target}: only its owner can post to it"
                refused[m.wa_id] = SendOutcome(False, reason)
        records = [
            WireRecord(
                wa_id=m.wa_id,
                message_id=m.message_id,
                device_id=m.device_id,
                target_type=m.target_type,
                target=m.target,
                kind=m.kind,
                payload=dict(m.payload),
                recipients=members.get(m.wa_id),
                sent_at=now,
                followers=followers.get((m.device_id, m.target)),
            )
            for m in messages
            if m.wa_id not in refused
        ]
        carried = await self.wire.carry_many(records) if records else []
        self._schedule_acks([stored for stored, new in carried if new])
        sent = {stored.wa_id: SendOutcome(True, at=stored.sent_at) for stored, _ in carried}
        return [refused.get(m.wa_id) or sent[m.wa_id] for m in messages]

    async def _channel_followers(self, messages: Sequence[OutboundMessage]) -> dict[tuple[str, str], int]:
        """For the sends to channels (none: no read), the (number, channel) pairs of channels the
        number owns, with their followers: a channel's posts go from its owner only."""
        wanted: dict[str, list[str]] = {}
        for m in messages:
            if m.target_type == "channel":
                wanted.setdefault(m.device_id, []).append(m.target)
        found: dict[tuple[str, str], int] = {}
        for device_id, wids in wanted.items():
            owned = await self.channels.owned(device_id, wids)
            found.update({(device_id, wid): count for wid, count in owned.items()})
        return found

    def _schedule_acks(self, records: Sequence[WireRecord]) -> None:
        """The recipients' phones: each message `delivered` after `delivery_seconds`, `read`
        `ack_seconds` later. One task for records carried together: the acknowledgements falling
        due at the same instant are recorded in one write and reported together."""
        steps = sorted(
            (step for record in records for step in _AckStep.of(record, self._settings)),
            key=_AckStep.key,
        )
        if not steps:
            return

        async def acknowledge() -> None:
            for (due, _), group in groupby(steps, key=_AckStep.key):
                together = list(group)
                status, column = together[0].status, together[0].column
                await self._clock.sleep_until(due)
                await self.wire.acked([step.record.wa_id for step in together], column, due)
                if self._messages is None:
                    continue
                acks = [step.ack() for step in together]
                results = await asyncio.gather(
                    *(self._messages.message_acked(ack) for ack in acks), return_exceptions=True
                )
                for ack, result in zip(acks, results, strict=True):
                    if isinstance(result, Exception):
                        _log.error("storing the %s ack of %s failed", status, ack.wa_id, exc_info=result)

        name = f"sandbox-ack:{records[0].wa_id}" + (f"+{len(records) - 1}" if len(records) > 1 else "")
        task = asyncio.get_running_loop().create_task(acknowledge(), name=name)
        self._acks.add(task)
        task.add_done_callback(self._acks.discard)

    async def forget(self, device_id: str) -> None:
        self._actions.pop(device_id, None)
        self._group_actions.pop(device_id, None)
        self.business.forget(device_id)
        self.channels.forget(device_id)
        self._cancel(device_id)
        self._logins.pop(device_id, None)

    async def close(self) -> None:
        tasks = [*self._tasks.values(), *self._acks]
        self._tasks.clear()
        self._acks.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # what the phone does (the /sandbox endpoints)
    async def scan(self, device_id: str, payload: str | None, phone: str | None) -> str:
        """The phone scans the QR showing now, or `payload`; links and answers the phone used."""
        login = self._open(device_id)
        current = self._round(login) if login is not None else None
        if login is None or current is None:
            raise ApiProblem(409, "no_qr", "no QR is showing: call GET /v1/devices/{id}/scan first")
        valid = login.payloads[current[0] - 1]
        if payload is not None and payload != valid:
            expired = payload in login.payloads[: current[0] - 1]
            message = "this QR has expired: scan the one showing now" if expired else "this is not a valid QR"
            problem = [{"field": "qr", "message": message}]
            raise ApiProblem(400, "qr_expired" if expired else "invalid_qr", message, problem)
        linked_phone = phone or sandbox_phone(device_id)
        await self._link(device_id, linked_phone)
        return linked_phone

    async def pair(self, device_id: str, code: str) -> str:
        """The person types the pairing code on the phone; links and answers the phone."""
        login = self._open(device_id)
        wanted = login.code if login is not None else None
        if wanted is None or normalise_code(code) != normalise_code(wanted.code):
            message = "this code is not the one requested: request an auth code and type it"
            raise ApiProblem(400, "invalid_code", message, [{"field": "code", "message": message}])
        if self._clock.now() >= wanted.expires_at:
            message = "this code has expired: request a new one"
            raise ApiProblem(400, "code_expired", message, [{"field": "code", "message": message}])
        await self._link(device_id, wanted.phone)
        return wanted.phone

    async def receive(self, message: InboundMessage) -> bool:
        """Someone's phone sends the number a message; False when the number does not take it."""
        return self._inbox is not None and await self._inbox.message_received(message)

    async def change(self, change: MessageChange) -> bool:
        """Someone edits, deletes or reacts to a message of a chat."""
        return self._inbox is not None and await self._inbox.message_changed(change)

    async def presence(self, presence: Presence) -> None:
        """Someone types or records in a chat, or stops."""
        if self._inbox is not None:
            await self._inbox.presence_changed(presence)

    async def read_by(self, device_id: str, phone: str) -> int:
        """The contact opens the chat: every message carried to `phone` and not read yet is
        `read` now (delivered first where it was not); answers how many."""
        now = self._clock.now()
        records = [r for r in await self.wire.unread() if r.device_id == device_id and r.target == phone]
        for record in records:
            if record.delivered_at is None:
                await self.wire.acked([record.wa_id], "delivered_at", now)
            await self.wire.acked([record.wa_id], "read_at", now)
            if self._messages is not None:
                delivered = record.delivered_at or now
                ack = MessageAck(
                    device_id, record.wa_id, "read", now, sent_at=record.sent_at, delivered_at=delivered
                )
                await self._messages.message_acked(ack)
        return len(records)

    async def _link(self, device_id: str, phone: str) -> None:
        self._cancel(device_id)
        self._logins.pop(device_id, None)
        await self._emit(SessionChange(device_id, "online", None, linked=True, phone=phone))

    async def disconnect(self, device_id: str, reason: str) -> None:
        """The link drops: `offline` (phone off, network), `conflict` (opened elsewhere) or
        `logged_out` (removed from the phone's linked devices)."""
        self._cancel(device_id)
        if reason == "offline":
            change = SessionChange(device_id, "offline", "offline", linked=True)
        elif reason == "conflict":
            change = SessionChange(device_id, "error", "conflict", linked=True)
        else:
            change = SessionChange(device_id, "error", "logged_out", linked=False)
        await self._emit(change)


def sandbox_phone(device_id: str) -> str:
    """The phone the sandbox invents for a number linked by QR: `+1600555xxxx`, stable per number."""
    digits = int(hashlib.sha256(device_id.encode()).hexdigest(), 16) % 10_000
    return f"+1600555{digits:04d}"
