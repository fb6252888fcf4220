"""The event outbox: what happened (a message received, sent, acknowledged; a session changed...)
is written for the webhooks that want it in the same transaction as the change itself, so a crash
loses no event and a rolled-back change invents none. `services/webhookdelivery.py` delivers the rows.

An event becomes one row per webhook that wants it (its events, its number or none, not
`disabled`), with its body as it will be delivered: `{"id", "event", "created", "device", "data"}`.
Which webhooks want what is read once per account and kept (`Subscriptions`) until a webhook of
the account changes through this process, or for `KEEP_SECONDS` (another process's change),
so the write paths pay nothing for an account without webhooks: an event nobody wants is not
built (its `data` is a function, called only when someone wants it) and not written."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Table, insert, select, text
from sqlalchemy.event import listen
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker

from ...spec import get_operation
from .models import Webhook, WebhookEvent

__all__ = ["EVENTS", "Event", "Subscriber", "Subscriptions", "event_rows", "lock_lanes"]

# the 13 event names, as the catalogue lists them (a webhook's `events`)
EVENTS: tuple[str, ...] = tuple(
    str(e) for e in get_operation("webhooks.createWebhook").param("events").options
)
_EVENTS_TABLE: Table = WebhookEvent.__table__  # type: ignore[assignment]
_WEBHOOKS: Table = Webhook.__table__  # type: ignore[assignment]
INSERT_EVENTS = insert(_EVENTS_TABLE)

KEEP_SECONDS = 1.0  # as `readcache.READ_CACHE_SECONDS`: another process's webhook change is seen after it

Data = Mapping[str, Any] | Callable[[], Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened in an account, on a number (or none): its kind (one of `EVENTS`),
    its data (or a function that builds it), and the outbound message it is about, if any."""

    account_id: str
    device_id: str | None
    event: str
    data: Data
    message_id: str | None = None


@dataclass(frozen=True, slots=True)
class Subscriber:
    """A webhook as the write paths see it."""

    id: str
    events: frozenset[str]
    device_id: str | None

    def wants(self, event: Event) -> bool:
        return event.event in self.events and (self.device_id is None or self.device_id == event.device_id)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_event_id() -> str:
    return secrets.token_hex(12)


def event_rows(
    subscribers: Mapping[str, Sequence[Subscriber]], events: Iterable[Event], now: datetime
) -> list[dict[str, Any]]:
    """The outbox rows of `events` for the webhooks that want them (none: nothing is built)."""
    rows: list[dict[str, Any]] = []
    for event in events:
        wanting = [s for s in subscribers.get(event.account_id, ()) if s.wants(event)]
        if not wanting:
            continue
        data = event.data() if callable(event.data) else event.data
        event_id = new_event_id()
        body = to_json(
            {
                "id": event_id,
                "event": event.event,
                "created": _iso(now),
                "device": event.device_id,
                "data": data,
            }
        ).decode()
        rows.extend(
            {
                "id": event_id,
                "webhook_id": subscriber.id,
                "account_id": event.account_id,
                "lane": event.device_id or "",
                "event": event.event,
                "body": body,
                "message_id": event.message_id,
                "state": "pending",
                "attempts": 0,
                "next_at": now,
                "created_at": now,
                "done_at": None,
            }
            for subscriber in wanting
        )
    return rows


_LOCK_LANE = text("SELECT pg_advisory_xact_lock(hashtext(:lane))")


async def lock_lanes(within: AsyncSession | AsyncConnection, rows: Sequence[Mapping[str, Any]]) -> None:
    """On PostgreSQL, before inserting events: hold each of their lanes (webhook and number) until
    the transaction ends, taken in one order, so that a lane's rows commit in the order of their
    `seq` (which the deliverer follows). A sequence hands out numbers at insert time: without
    this, two transactions could commit a lane's events the other way round. SQLite has one
    writer at a time, so its order is already the commit order."""
    bind = within.get_bind() if isinstance(within, AsyncSession) else within
    if bind.dialect.name != "postgresql":
        return
    for lane in sorted({f"{row['webhook_id']}:{row['lane']}" for row in rows}):
        await within.execute(_LOCK_LANE, {"lane": lane})


_SUBSCRIBERS = select(_WEBHOOKS.c.account_id, _WEBHOOKS.c.id, _WEBHOOKS.c.events, _WEBHOOKS.c.device_id)


class Subscriptions:
    """Which webhooks of each account want events; see the module docstring."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        seconds: float = KEEP_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sessions = sessions
        self._listeners: list[Callable[[], None]] = []
        self._seconds = seconds
        self._monotonic = monotonic
        self._version = 0
        self._kept: dict[str, tuple[int, float, tuple[Subscriber, ...]]] = {}
        self.written = 0  # rows written since start

    def on_written(self, listener: Callable[[], None]) -> None:
        """Call `listener` whenever events were written (once committed, when written through a
        session; through a connection, at once: its transaction may not have ended yet)."""
        self._listeners.append(listener)

    def changed(self, account_id: str | None = None) -> None:
        """A webhook changed (of `account_id`, or of any account): read them again."""
        self._version += 1
        if account_id is None:
            self._kept.clear()
        else:
            self._kept.pop(account_id, None)

    def _cached(self, account_ids: Iterable[str]) -> tuple[dict[str, tuple[Subscriber, ...]], set[str]]:
        found: dict[str, tuple[Subscriber, ...]] = {}
        missing: set[str] = set()
        now = self._monotonic()
        for account_id in account_ids:
            kept = self._kept.get(account_id)
            if kept is not None and kept[0] == self._version and now - kept[1] < self._seconds:
                found[account_id] = kept[2]
            else:
                missing.add(account_id)
        return found, missing

    async def _load(
        self, run: Callable[[Any], Any], account_ids: set[str], found: dict[str, tuple[Subscriber, ...]]
    ) -> None:
        version, at = self._version, self._monotonic()
        query = _SUBSCRIBERS.where(
            _WEBHOOKS.c.account_id.in_(account_ids), _WEBHOOKS.c.status != "disabled"
        ).order_by(_WEBHOOKS.c.created_at, _WEBHOOKS.c.id)
        loaded: dict[str, list[Subscriber]] = {account_id: [] for account_id in account_ids}
        for account_id, webhook_id, events, device_id in (await run(query)).all():
            loaded[account_id].append(Subscriber(webhook_id, frozenset(events or ()), device_id))
        for account_id, subscribers in loaded.items():
            found[account_id] = tuple(subscribers)
            if version == self._version:
                self._kept[account_id] = (version, at, found[account_id])

    async def of(
        self, account_ids: Iterable[str], within: AsyncSession | AsyncConnection | None = None
    ) -> dict[str, tuple[Subscriber, ...]]:
        """The subscribers of each account (read in `within`'s transaction when not kept)."""
        found, missing = self._cached(account_ids)
        if missing:
            if within is not None:
                await self._load(within.execute, missing, found)
            else:
                async with self._sessions() as session:
                    await self._load(session.execute, missing, found)
        return found

    async def write(
        self, within: AsyncSession | AsyncConnection, events: Sequence[Event], now: datetime
    ) -> int:
        """Within the change's transaction: write `events` for the webhooks that want them;
        answers how many rows were written."""
        if not events:
            return 0
        subscribers = await self.of({e.account_id for e in events}, within)
        rows = event_rows(subscribers, events, now)
        if rows:
            await lock_lanes(within, rows)
            await within.execute(INSERT_EVENTS, rows)
            if isinstance(within, AsyncSession):  # told once the rows can be read: after the commit
                listen(within.sync_session, "after_commit", lambda _: self.note_written(len(rows)), once=True)
            else:
                self.note_written(len(rows))
        return len(rows)

    def note_written(self, count: int) -> None:
        """`count` event rows were written (in the event loop's thread)."""
        self.written += count
        for listener in self._listeners:
            listener()
