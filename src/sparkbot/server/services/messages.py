"""Outbound messages: the 13 sends queue a message at once (201, `queued`); search, get, update
and delete read and change the same messages.

A product message (the send with a `product`, `sendProduct`) names a product of the sending
number's own business catalogue, as its session reads it (`CatalogService.has_product`): one the
catalogue does not hold is a 400 on `product` and nothing is queued. The number is the caller's
first (else 404), so another account's catalogue is never read.

A message's `label` (on a send or an update) must be one of the number's labels (Labels,
named ignoring case), and its `agent` a user with access to the number (Team): otherwise a 400
on that field and nothing is queued or changed. Both are read only when given, after the number
is found to be the caller's."""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from ...spec import Operation
from ...spec.formats import is_hex24
from ..clock import Clock
from ..db import Account, Device, Message, MessageFilter, Outbox, Store
from ..db.events import Event
from ..db.groupcommit import NewMessage, StorageBusy
from ..problems import ApiProblem, conflict, invalid, not_found
from ..wire import nest_values
from .accounts import new_id
from .numbers import NumberService
from .paging import page_and_size
from .phones import is_phone
from .views import device_view, iso

__all__ = [
    "ACCEPTING",
    "MessageService",
    "queued_event",
    "Waker",
    "media_type",
    "message_view",
    "next_position",
    "parse_instant",
]

ACCEPTING = frozenset({"active", "pause"})
RANKS = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
_TARGETS = ("phone", "group", "channel")
_COLUMNS = {"device", *_TARGETS, "deliverAt", "priority", "reference", "agent", "live", "expiration"}
_TYPES = {
    "sendText": "text",
    "sendScheduled": "text",
    "sendPoll": "poll",
    "sendPollVote": "vote",
    "deletePollVote": "vote",
    "sendEvent": "event",
    "confirmEvent": "event",
    "sendLocation": "location",
    "sendContacts": "contact",
    "sendReaction": "reaction",
    "sendProduct": "product",
    "forwardMessage": "forward",
}
_MEDIA = {
    "image": ("png", "jpg", "jpeg", "gif", "webp"),
    "video": ("mp4", "mov", "3gp", "avi", "mkv", "webm"),
    "audio": ("mp3", "ogg", "oga", "opus", "aac", "m4a", "wav"),
}
_DURATION = re.compile(r"^(\d+)\s*([smhd])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# Queue order: increasing across every number and across restarts (microseconds, then a counter).
_POSITIONS = itertools.count(time.time_ns() // 1000)


class Waker(Protocol):
    """Who is told that a number's queue changed (the delivery service)."""

    def poke(self, device_id: str) -> None: ...


def parse_instant(value: str, field: str) -> datetime:
    """An ISO 8601 instant (`Z` or an offset; a naive one is taken as UTC)."""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise invalid(field, f"{field} must be an ISO 8601 date-time, got {value!r}") from None
    # in UTC, as stored, so that a view answers what a later read does
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def next_position() -> int:
    """The next queue position (for messages queued outside `MessageService.send`)."""
    return next(_POSITIONS)


def media_type(url: str) -> str:
    """The type of a message whose media is at `url`: by its extension, else `document`."""
    return _media_type(url)


def _media_type(url: str) -> str:
    extension = url.rsplit("?", 1)[0].rsplit(".", 1)[-1].lower()
    return next((kind for kind, extensions in _MEDIA.items() if extension in extensions), "document")


def _expires(expiration: Any, now: datetime) -> datetime | None:
    if not isinstance(expiration, Mapping) or not expiration:
        return None
    if isinstance(expiration.get("seconds"), int | float):
        seconds = float(expiration["seconds"])
        if not 5 <= seconds <= 2_592_000:
            raise invalid("expiration.seconds", f"expiration.seconds must be 5 to 2592000, got {seconds:g}")
        return now + timedelta(seconds=seconds)
    if isinstance(expiration.get("duration"), str):
        match = _DURATION.match(expiration["duration"].strip())
        if match is None:
            message = f"expiration.duration must look like 15m, 1h or 1d, got {expiration['duration']!r}"
            raise invalid("expiration.duration", message)
        return now + timedelta(seconds=int(match[1]) * _UNITS[match[2]])
    if isinstance(expiration.get("date"), str):
        return parse_instant(expiration["date"], "expiration.date")
    raise invalid("expiration", "expiration takes one of seconds, duration or date")


class _Queueing(Protocol):
    """What decides whether a number takes new messages (a `Device`, or a `NumberState`)."""

    @property
    def status(self) -> str: ...

    @property
    def queue_status(self) -> str: ...


def _refusal(device: _Queueing, field: str) -> ApiProblem | None:
    """Why a number takes no new message now (disabled, or its queue refuses), else None."""
    if device.status == "disabled":
        return conflict("number_disabled", "the number is disabled: enable it with updateNumber first", field)
    if device.queue_status not in ACCEPTING:
        message = f"the number's queue is {device.queue_status}: it refuses new messages"
        return conflict("queue_refuses", message, field)
    return None


_PENDING = ("queued", "processing")


def queued_event(message: NewMessage) -> Event:
    """`message:out:new`: the message as queued (built only when a webhook wants it)."""
    return Event(
        message.account_id, message.device_id, "message:out:new", lambda: message_view(message), message.id
    )


def delivery_status(status: str) -> str:
    """The WhatsApp side of a status: not handed over yet is `pending`."""
    return "pending" if status in _PENDING else status


def _stored_statuses(asked: Sequence[str]) -> set[str]:
    """The stored statuses a status filter means (`pending` is queued or processing)."""
    return {stored for status in asked for stored in (_PENDING if status == "pending" else (status,))}


def message_view(
    m: Message | NewMessage, *, include: Sequence[str] = (), device: Device | None = None
) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": m.id,
        "device": m.device_id,
        "status": m.status,
        "deliveryStatus": delivery_status(m.status),
        "kind": m.kind,
        "type": m.type,
        m.target_type: m.target,
        "message": (m.payload or {}).get("message"),
        "content": nest_values(m.payload or {}),  # {"poll": {"name": ...}}, as it was sent
        "priority": m.priority,
        "reference": m.reference,
        "agent": m.agent,
        "live": m.live,
        "waId": m.wa_id,
        "source": "api",
        "webhookStatus": m.webhook_status or "pending",  # the latest webhook delivery about it
        "failure": {"reason": m.failure} if m.failure else None,
        "deliverAt": iso(m.deliver_at),
        "expiresAt": iso(m.expires_at),
        "createdAt": iso(m.created_at),
        "updatedAt": iso(m.updated_at),
        "sentAt": iso(m.sent_at),
        "deliveredAt": iso(m.delivered_at),
        "readAt": iso(m.read_at),
        "failedAt": iso(m.failed_at),
    }
    if "events" in include:
        steps = (
            ("queued", m.created_at),
            ("processing", m.claimed_at),
            ("sent", m.sent_at),
            ("delivered", m.delivered_at),
            ("read", m.read_at),
            ("failed", m.failed_at),
        )
        view["events"] = [{"status": status, "at": iso(at)} for status, at in steps if at is not None]
    if "device" in include and device is not None:
        view["deviceInfo"] = device_view(device)
    if "agent" in include:
        view["agentInfo"] = None if m.agent is None else {"id": m.agent}
    return view


def _instant(values: Mapping[str, Any], name: str) -> datetime | None:
    return parse_instant(str(values[name]), name) if values.get(name) else None


def _strings(values: Mapping[str, Any], name: str) -> tuple[str, ...]:
    given = values.get(name) or ()
    return (given,) if isinstance(given, str) else tuple(str(v) for v in given)


class MessageService:
    """Queues outbound messages and reads and changes them; delivery belongs to `DeliveryService`."""

    def __init__(
        self,
        store: Store,
        outbox: Outbox,
        clock: Clock,
        numbers: NumberService,
        waker: Waker,
        *,
        has_product: Callable[[str, str], Awaitable[bool]] | None = None,
        has_label: Callable[[str, str], Awaitable[bool]] | None = None,
        agent_access: Callable[[str, str, str], Awaitable[None]] | None = None,
    ) -> None:
        self._store = store
        self._outbox = outbox
        self._clock = clock
        self._numbers = numbers
        self._waker = waker
        self._has_product = has_product  # (device id, product id): in the number's catalogue?
        self._has_label = has_label  # (device id, label name): one of the number's labels?
        self._agent_access = agent_access  # (device id, user id, field): 400 unless it has access

    async def _accepting(self, account: Account, device_id: str, field: str = "device") -> Device:
        device = await self._numbers.require(account, device_id)
        refusal = _refusal(device, field)
        if refusal is not None:
            raise refusal
        return device

    # sending
    async def send(self, account: Account, op: Operation, values: Mapping[str, Any]) -> dict[str, Any]:
        targets = [name for name in _TARGETS if values.get(name)]
        if len(targets) != 1:
            raise invalid("phone", "give exactly one of phone, group or channel")
        if targets[0] == "phone" and not is_phone(values["phone"]):
            raise invalid("phone", f"phone must be a possible E.164 number, got {values['phone']!r}")
        now = self._clock.now()
        deliver_at = parse_instant(str(values["deliverAt"]), "deliverAt") if values.get("deliverAt") else None
        expires_at = _expires(values.get("expiration"), now)
        device_id = str(values["device"])
        if op.has_param("product") and self._has_product is not None:
            await self._check_product(account, device_id, str(values.get("product") or ""))
        if values.get("label") or values.get("agent"):
            await self._numbers.require(account, device_id)  # another account's number: 404
            await self._check_refs(device_id, values)
        priority = str(values.get("priority") or "normal")
        payload = {k: v for k, v in values.items() if k not in _COLUMNS}
        media_url = values.get("media.url")
        message = NewMessage(
            id=new_id(),
            account_id=account.id,
            device_id=device_id,
            position=next(_POSITIONS),
            rank=RANKS.get(priority, RANKS["normal"]),
            kind=op.operation,
            type=_media_type(str(media_url)) if media_url else _TYPES.get(op.operation, "text"),
            target_type=targets[0],
            target=str(values[targets[0]]),
            payload=payload,
            priority=priority,
            reference=values.get("reference"),
            agent=values.get("agent"),
            live=values.get("live") is True,
            status="queued",
            deliver_at=deliver_at,
            expires_at=expires_at,
            created_at=now,
            updated_at=now,
        )
        try:  # the number is checked in the transaction that stores the message
            device = await self._outbox.add(
                message, lambda d: _refusal(d, "device") is None, queued_event(message)
            )
        except StorageBusy:
            raise ApiProblem(
                503, "busy", "the database is busy: try again in a moment", headers={"Retry-After": "1"}
            ) from None
        if device is None:
            raise not_found("number", device_id)
        refusal = _refusal(device, "device")
        if refusal is not None:
            raise refusal
        if device.queue_status == "active" or expires_at is not None:
            self._waker.poke(device.id)  # a paused queue sends nothing: only an expiry is news
        return message_view(message)

    async def _check_product(self, account: Account, device_id: str, product: str) -> None:
        assert self._has_product is not None
        await self._numbers.require(account, device_id)  # another account's number: 404, not read
        if not await self._has_product(device_id, product):
            raise invalid(
                "product", f"product {product} is not in the business catalogue of number {device_id}"
            )

    async def _check_refs(self, device_id: str, values: Mapping[str, Any]) -> None:
        """A `label` is one of the number's labels, an `agent` a user with access to it."""
        label, agent = values.get("label"), values.get("agent")
        if label and self._has_label is not None and not await self._has_label(device_id, str(label)):
            raise invalid("label", f"{label!r} is not a label of number {device_id}: create it first")
        if agent:
            if not is_hex24(agent):
                raise invalid("agent", f"agent must be a 24-character hex id, got {agent!r}")
            if self._agent_access is not None:
                await self._agent_access(device_id, str(agent), "agent")

    # outbound messages
    async def get(self, account: Account, message_id: str, include: Sequence[str] = ()) -> dict[str, Any]:
        message = await self._require(account, message_id)
        device = await self._store.get_device(message.device_id) if "device" in include else None
        return message_view(message, include=include, device=device)

    async def _require(self, account: Account, message_id: str) -> Message:
        message = await self._outbox.get(message_id, account.id)
        if message is None:
            raise not_found("message", message_id)
        return message

    async def search(self, account: Account, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        paging = page_and_size(values, default_size=20)
        where = await self._filter(account, values)
        if where is None or paging is None:
            return []
        page, size = paging
        newest_first = values.get("sort", "date:desc") != "date:asc"
        found = await self._outbox.search(where, page=page, size=size, newest_first=newest_first)
        include = _strings(values, "include")
        devices: dict[str, Device | None] = {}
        if "device" in include:
            for device_id in {m.device_id for m in found}:
                devices[device_id] = await self._store.get_device(device_id)
        return [message_view(m, include=include, device=devices.get(m.device_id)) for m in found]

    async def _filter(self, account: Account, values: Mapping[str, Any]) -> MessageFilter | None:
        """The search's filter; None when it can match nothing (so no query is needed)."""
        statuses = _stored_statuses(_strings(values, "status"))
        delivery = _strings(values, "deliveryStatus")
        if delivery:
            wanted = _stored_statuses(delivery)
            statuses = statuses & wanted if statuses else wanted
            if not statuses:
                return None
        if values.get("source") == "chat":
            return None
        devices = set(_strings(values, "devices"))
        one = values.get("device")
        if one:
            if is_hex24(one):
                devices.add(str(one))
            else:  # a number's phone
                numbers = await self._store.devices_by_phone(account.id, str(one))
                if not numbers:
                    return None
                devices.update(d.id for d in numbers)
        target = values.get("target")
        return MessageFilter(
            account_id=account.id,
            device_ids=tuple(sorted(devices)),
            ids=_strings(values, "ids"),
            statuses=tuple(sorted(statuses)),
            wa_ids=_strings(values, "waIds"),
            agents=_strings(values, "agents"),
            references=_strings(values, "reference"),
            priorities=_strings(values, "priority"),
            types=_strings(values, "type"),
            target_types=(("phone" if target == "user" else str(target)),) if target else (),
            phones=_strings(values, "phone"),
            groups=_strings(values, "group"),
            channels=_strings(values, "channel"),
            search=values.get("search"),
            deliver_after=_instant(values, "after"),
            deliver_before=_instant(values, "before"),
            created_after=_instant(values, "createdAfter"),
            created_before=_instant(values, "createdBefore"),
            webhook_statuses=_strings(values, "webhookStatus"),
        )

    async def update(self, account: Account, message_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        message = await self._require(account, message_id)
        changes: dict[str, Any] = {}
        recipient = self._recipient(values)
        if recipient is not None:
            changes["target_type"], changes["target"] = recipient
        if values.get("device") and values["device"] != message.device_id:
            changes["device_id"] = (await self._accepting(account, str(values["device"]))).id
        await self._check_refs(changes.get("device_id", message.device_id), values)
        if values.get("agent"):
            changes["agent"] = values["agent"]
        if values.get("deliverAt"):
            changes["deliver_at"] = parse_instant(str(values["deliverAt"]), "deliverAt")
        if values.get("priority"):
            changes["priority"] = values["priority"]
            changes["rank"] = RANKS[values["priority"]]
        if values.get("reference"):
            changes["reference"] = values["reference"]
        payload = dict(message.payload or {})
        for name in ("message", "label"):
            if values.get(name):
                payload[name] = values[name]
        for path in _strings(values, "remove"):
            if path == "reference":
                changes["reference"] = None
            payload = {k: v for k, v in payload.items() if k != path and not k.startswith(f"{path}.")}
        if payload != (message.payload or {}):
            changes["payload"] = payload
        if changes:
            changes["updated_at"] = self._clock.now()
            if not await self._outbox.change_queued(message.id, changes):
                current = await self._require(account, message_id)
                raise conflict(
                    "not_queued", f"the message is {current.status}: only queued messages can be changed"
                )
        elif message.status != "queued":
            raise conflict(
                "not_queued", f"the message is {message.status}: only queued messages can be changed"
            )
        for device_id in {message.device_id, changes.get("device_id", message.device_id)}:
            self._waker.poke(device_id)
        return message_view(await self._require(account, message_id))

    def _recipient(self, values: Mapping[str, Any]) -> tuple[str, str] | None:
        given = [name for name in (*_TARGETS, "chat") if values.get(name)]
        if len(given) > 1:
            raise invalid(given[1], f"give one new recipient, not {' and '.join(given)}")
        if not given:
            return None
        name, value = given[0], str(values[given[0]])
        if name == "chat":  # a WID says which kind it is
            if value.endswith("@c.us"):
                name, value = "phone", "+" + value.removesuffix("@c.us")
            elif value.endswith("@g.us"):
                name = "group"
            elif value.endswith("@newsletter"):
                name = "channel"
            else:
                raise invalid(
                    "chat", f"chat must be a WID (...@c.us, ...@g.us or ...@newsletter), got {value!r}"
                )
        if name == "phone" and not is_phone(value):
            raise invalid(given[0], f"{given[0]} must be a possible E.164 number, got {values[given[0]]!r}")
        if name == "group" and not value.endswith("@g.us"):
            raise invalid(given[0], f"group must be a group WID like 123-456@g.us, got {value!r}")
        if name == "channel" and not value.endswith("@newsletter"):
            raise invalid(given[0], f"channel must be a channel WID like 123@newsletter, got {value!r}")
        return name, value

    async def delete(self, account: Account, message_id: str, force: bool) -> dict[str, Any]:
        message = await self._require(account, message_id)
        if message.status == "queued" and await self._outbox.delete_one(message.id, ("queued",)):
            return {"id": message.id, "deleted": True, "status": "queued"}
        current = await self._require(account, message_id)
        if not force:
            text = f"the message is {current.status}: pass force=true to delete it anyway"
            raise conflict("not_queued", text, "force")
        await self._outbox.delete_one(current.id)
        return {"id": current.id, "deleted": True, "status": current.status}
