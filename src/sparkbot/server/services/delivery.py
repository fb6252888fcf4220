"""The delivery worker: one task per number with due work, sending its queue through the engine.

A worker runs only while its number has something to do now or at a known instant; `poke` starts
or wakes it when something changes (a message queued or routed, the queue status, the session, the
number's pace). Each round it claims due messages in a transaction (`queued -> processing`, their
WhatsApp ids fixed), hands them to the engine, and records `sent` or `failed` in another. A paced
number's worker claims one message a round; an unpaced one's (`force`, or a pace of 0) claims up to
`BATCH_MAX` at once, in priority then queue order, so that a message of higher priority queued
meanwhile waits behind one small batch at most. A message left `processing` by a crash is handed
over again with the same WhatsApp id, which the engine carries at most once: after a restart no
message is lost and none is sent twice.

Rules, in order: a disabled number, a `pause`d or `freeze`d queue hold everything; a number not
online holds its messages, and fails those due for longer than `offline_fail_seconds`; messages past
their `expiration` fail; otherwise one message goes every `60 / deliverySpeed` seconds (the plan's
`messages_per_minute` when the speed is 0), without pacing while `force` lasts or for `live` ones.
A batch claimed while `force` lasts is sent even if `force` ends during it.

Acknowledgements the engine reports are stored in groups (`Outbox.acknowledge`, see `AckCommit`).
A message to a contact the number blocked fails without reaching the engine, as WhatsApp refuses
it; every message that leaves the queue (sent or failed) joins its chat's history in the
transaction that records it.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from ..clock import Clock, wait_event_until
from ..db import Device, Inbox, Message, Outbox, SentEntry, Store
from ..db.events import Event
from ..engines import Engine, MessageAck, OutboundMessage
from ..settings import Settings
from ..wire import nest_values
from .messages import message_view
from .views import iso
from .wids import chat_type, phone_of, wid_of

# a due message the claim skipped (another transaction held its row: an acknowledgement, a
# webhook's outcome, a route) is claimed again this much later
CLAIM_RETRY = timedelta(seconds=0.1)

__all__ = ["BATCH_MAX", "BLOCKED", "HOLDING", "DeliveryService", "new_wa_id"]

HOLDING = frozenset({"pause", "freeze"})
RETRY_SECONDS = 5.0
# The most messages an unpaced number claims in one round (and a crashed worker's successor
# hands over again in one round).
BATCH_MAX = 32

BLOCKED = "the number blocked this contact: unblock it (DELETE /devices/{id}/block) to send"
_log = logging.getLogger("sparkbot.server.delivery")


def new_wa_id() -> str:
    """A WhatsApp-style message id: 20 uppercase hex characters (fits the 18-32 hex of the API)."""
    return secrets.token_hex(10).upper()


class DeliveryService:
    """Runs the per-number workers and stores acknowledgements."""

    def __init__(
        self, settings: Settings, store: Store, outbox: Outbox, inbox: Inbox, engine: Engine, clock: Clock
    ) -> None:
        self._settings = settings
        self._inbox = inbox
        self._store = store
        self._outbox = outbox
        self._engine = engine
        self._clock = clock
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._wake: dict[str, asyncio.Event] = {}
        self._last_sent: dict[str, datetime] = {}
        self._closed = False
        self._watchers: list[Callable[[str], None]] = []
        engine.bind_messages(self)

    def on_change(self, callback: Callable[[str], None]) -> None:
        """Call `callback(device_id)` after messages of a number left its queue or were acknowledged."""
        self._watchers.append(callback)

    def _changed(self, device_id: str) -> None:
        for callback in self._watchers:
            callback(device_id)

    # lifecycle
    async def start(self) -> None:
        """At startup: wake every number that has queued or half-sent messages. A paced number
        waits one interval first (its last send before the restart is not known here), so that
        a restart never lets it send faster than its pace."""
        now = self._clock.now()
        for device_id in await self._outbox.devices_with_work():
            self._last_sent.setdefault(device_id, now)
            self.poke(device_id)

    async def close(self) -> None:
        self._closed = True
        tasks = list(self._workers.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._workers.clear()

    @property
    def running(self) -> int:
        """How many workers are running now (numbers with work due now or at a known time)."""
        return sum(1 for task in self._workers.values() if not task.done())

    def poke(self, device_id: str) -> None:
        """Something changed for this number: wake its worker, starting one if none runs."""
        if self._closed:
            return
        self._wake.setdefault(device_id, asyncio.Event()).set()
        task = self._workers.get(device_id)
        if task is None or task.done():
            loop = asyncio.get_running_loop()
            self._workers[device_id] = loop.create_task(self._run(device_id), name=f"delivery:{device_id}")

    async def _run(self, device_id: str) -> None:
        wake = self._wake.setdefault(device_id, asyncio.Event())
        recover = True
        try:
            while True:
                wake.clear()
                try:
                    if recover:
                        recover = not await self._recover(device_id)
                    until = await self._step(device_id)
                except Exception:  # storage or engine trouble: keep the worker, try again soon
                    _log.exception(
                        "delivery for number %s failed; retrying in %g s", device_id, RETRY_SECONDS
                    )
                    until = self._clock.now() + timedelta(seconds=RETRY_SECONDS)
                    recover = True
                if wake.is_set() or (until is not None and until <= self._clock.now()):
                    continue
                if until is None:
                    return  # nothing to do until poked (no await since the checks above)
                await wait_event_until(self._clock, wake, until)
        finally:
            if self._workers.get(device_id) is asyncio.current_task():
                del self._workers[device_id]

    # one round
    async def _recover(self, device_id: str) -> bool:
        """Hand over again, with the same WhatsApp id, what a stopped worker left `processing`
        (once the number is online); True when nothing is left. Only a worker's first rounds
        look: while it runs, the worker is its number's only sender."""
        device = await self._store.get_device(device_id)
        if device is None or device.session_status != "online":
            return device is None
        while half_sent := await self._outbox.claimed(device_id, BATCH_MAX):
            await self._hand_over(device, half_sent)
        return True

    async def _step(self, device_id: str) -> datetime | None:
        """Do the next thing for a number; answers when to look again (an instant already past
        means at once), or None when there is nothing to do until something changes."""
        device = await self._store.get_device(device_id)
        if device is None:
            return None
        now = self._clock.now()
        if device.status == "disabled" or device.queue_status in HOLDING:
            expiry = await self._outbox.next_expiry(device_id)
            if expiry is not None and expiry <= now:
                await self._outbox.expire(device_id, now, _failed)
                return now
            return self._next(expiry)
        scheduled, oldest_due, expiry, live_due = await self._outbox.next_times(device_id, now)
        if expiry is not None and expiry <= now:
            await self._outbox.expire(device_id, now, _failed)
            return now
        if device.session_status != "online":
            return await self._hold_offline(device, now, oldest_due, scheduled, expiry)
        unpaced = self._forced(device, now) or self._speed(device) <= 0
        if not unpaced:
            paced_until = self._paced_until(device, now)
            if paced_until > now:
                live = await self._outbox.claim(device_id, now, new_wa_id, live_only=True) if live_due else []
                if live:
                    await self._hand_over(device, live)
                    return now
                return paced_until if oldest_due is not None else self._next(scheduled, expiry)
        claimed = await self._outbox.claim(device_id, now, new_wa_id, limit=BATCH_MAX if unpaced else 1)
        if not claimed:
            if oldest_due is not None:  # due, but locked by another writer for a moment: look again
                return now + CLAIM_RETRY
            return self._next(scheduled, expiry)
        sent_at = await self._hand_over(device, claimed)
        paced = [at for message, at in zip(claimed, sent_at, strict=True) if not message.live]
        if paced:
            self._last_sent[device_id] = max(paced)
        return now

    async def _hold_offline(
        self,
        device: Device,
        now: datetime,
        oldest_due: datetime | None,
        scheduled: datetime | None,
        expiry: datetime | None,
    ) -> datetime | None:
        limit = timedelta(seconds=self._settings.offline_fail_seconds)
        if oldest_due is not None and now - oldest_due >= limit:
            reason = (
                f"the number was {device.session_status} for more than "
                f"{self._settings.offline_fail_seconds:g} s while the message was due"
            )
            await self._outbox.fail_due(device.id, now - limit, now, reason, _failed)
            return now
        deadlines = [t + limit for t in (oldest_due, scheduled) if t is not None]
        return self._next(min(deadlines) if deadlines else None, expiry)

    def _next(self, *instants: datetime | None) -> datetime | None:
        known = [t for t in instants if t is not None]
        return min(known) if known else None

    def _forced(self, device: Device, now: datetime) -> bool:
        until = device.queue_force_until
        return until is not None and until > now and device.queue_status in {"active", "reject"}

    def _speed(self, device: Device) -> float:
        """Messages a minute: the number's `deliverySpeed`, else the plan's."""
        return float((device.settings or {}).get("deliverySpeed") or 0) or self._settings.messages_per_minute

    def _paced_until(self, device: Device, now: datetime) -> datetime:
        """When a paced number (speed above 0) may send its next message."""
        last = self._last_sent.get(device.id)
        if last is None:
            return now
        return last + timedelta(seconds=60.0 / self._speed(device))

    async def _hand_over(self, device: Device, messages: Sequence[Message]) -> list[datetime]:
        """Send claimed messages (in their order) and record the outcomes, with their rows of the
        chats' history, in one transaction; answers when each was sent (or failed)."""
        blocked = await self._inbox.blocked(
            device.id, [wid_of(m.target) for m in messages if m.target_type == "phone"]
        )
        refused = [m.target_type == "phone" and wid_of(m.target) in blocked for m in messages]
        sending = [m for m, no in zip(messages, refused, strict=True) if not no]
        sent = iter(await self._engine.send_many([_outbound(m) for m in sending]) if sending else ())
        now = self._clock.now()
        done: list[tuple[str, datetime, str | None]] = []
        history: list[SentEntry] = []
        events: list[Event] = []
        for message, no in zip(messages, refused, strict=True):
            outcome = None if no else next(sent)
            at = (outcome.at if outcome is not None else None) or now
            failure = BLOCKED if outcome is None else (None if outcome.sent else outcome.reason)
            done.append((message.id, at, failure))
            history.append(_history(device, message, at, failure))
            events.append(_left_queue(message, at, failure))
        await self._outbox.finish(done, history, events)
        self._changed(device.id)
        return [at for _, at, _ in done]

    # what the engine reports
    async def message_acked(self, ack: MessageAck) -> None:
        await self._outbox.acknowledge(
            ack.wa_id, ack.status, ack.at, ack.sent_at, ack.delivered_at, ack.device_id
        )
        self._changed(ack.device_id)


def _outbound(message: Message) -> OutboundMessage:
    return OutboundMessage(
        message_id=message.id,
        wa_id=str(message.wa_id),
        device_id=message.device_id,
        target_type=message.target_type,  # type: ignore[arg-type]
        target=message.target,
        kind=message.kind,
        payload=message.payload or {},
    )


def _left_queue(message: Message, at: datetime, failure: str | None) -> Event:
    """`message:out:sent` or `message:out:failed`: the message as it is now."""

    def data() -> dict[str, Any]:
        status = "failed" if failure else "sent"
        view = message_view(message)
        view.update(status=status, deliveryStatus=status, updatedAt=iso(at))
        if failure:
            view.update(failedAt=iso(at), failure={"reason": failure})
        else:
            view.update(sentAt=iso(at))
        return view

    kind = "message:out:failed" if failure else "message:out:sent"
    return Event(message.account_id, message.device_id, kind, data, message.id)


def _failed(message: Message) -> Event:
    """`message:out:failed` of a message failed in the queue (expired, or offline too long)."""
    return Event(
        message.account_id, message.device_id, "message:out:failed", lambda: message_view(message), message.id
    )


def _history(device: Device, message: Message, at: datetime, failure: str | None) -> SentEntry:
    """A message leaving the queue as its chat's history keeps it."""
    chat = wid_of(message.target) if message.target_type == "phone" else message.target
    payload = message.payload or {}
    return SentEntry(
        {
            "device_id": device.id,
            "id": str(message.wa_id),
            "account_id": message.account_id,
            "chat_wid": chat,
            "chat_type": chat_type(chat),
            "flow": "outbound",
            "kind": message.type,
            "sender": wid_of(device.phone) if device.phone else device.id,
            "recipient": chat,
            "author": None,
            "body": payload.get("message") if isinstance(payload.get("message"), str) else None,
            "payload": nest_values(payload),
            "quote_id": payload.get("quote") if isinstance(payload.get("quote"), str) else None,
            "reactions": [],
            "edits": [],
            "ack": "failed" if failure else "sent",
            "outbound_id": message.id,
            "reference": message.reference,
            "file_id": None,
            "failure": failure,
            "sent_at": None if failure else at,
            "delivered_at": None,
            "read_at": None,
            "edited_at": None,
            "revoked_at": None,
            "created_at": at,
            "updated_at": at,
        },
        phone_of(chat),
    )
