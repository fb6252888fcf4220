"""Reads and writes of outbound messages: queueing, claiming for delivery, acknowledgements, search.

Every change of status is one short transaction guarded by the status it expects, so that two
workers (or a worker and a request) never both move the same message. Delivery claims and records
a small batch of one number's messages per transaction (one executemany, rows in id order), and
acknowledgements are stored a group per transaction (`AckCommit`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import product
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    Table,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    or_,
    select,
    union_all,
    update,
)

from .ackcommit import ACK_ORDER, Ack, AckCommit
from .engine import Database
from .events import Event
from .groupcommit import Admits, GroupCommit, NewMessage, NumberState
from .inbox import SentEntry, record_sent
from .models import Message

__all__ = ["ACK_ORDER", "MessageFilter", "Outbox", "search_query"]

EXPIRED = "expired before it could be sent"
# the next schedule after now, the oldest due instant, the next expiry, and whether a live message is due
Times = tuple[datetime | None, datetime | None, datetime | None, bool]


@dataclass(frozen=True, slots=True)
class MessageFilter:
    """What `searchMessages` and `emptyQueue` may filter on; empty fields do not filter."""

    account_id: str | None = None
    device_ids: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    wa_ids: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    target_types: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    search: str | None = None
    deliver_after: datetime | None = None
    deliver_before: datetime | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    unscheduled_at: datetime | None = None  # only messages not scheduled after this instant
    webhook_statuses: tuple[str, ...] = ()  # `pending` (no outcome yet), `success`, `failed`

    def where(self) -> list[ColumnElement[bool]]:
        m = Message
        clauses: list[ColumnElement[bool]] = []
        pairs: tuple[tuple[Any, tuple[str, ...]], ...] = (
            (m.device_id, self.device_ids),
            (m.id, self.ids),
            (m.status, self.statuses),
            (m.wa_id, self.wa_ids),
            (m.agent, self.agents),
            (m.reference, self.references),
            (m.priority, self.priorities),
            (m.type, self.types),
            (m.target_type, self.target_types),
        )
        if self.account_id is not None:
            clauses.append(m.account_id == self.account_id)
        clauses.extend(column.in_(wanted) for column, wanted in pairs if wanted)
        recipients = [
            and_(m.target_type == kind, m.target.in_(wanted))
            for kind, wanted in (("phone", self.phones), ("group", self.groups), ("channel", self.channels))
            if wanted
        ]
        if recipients:
            clauses.append(or_(*recipients))
        if self.search:
            needle = self.search.lower()
            # the payload is JSON text: find the needle as JSON writes it (`\u00e9`, `\"`); `%`
            # and `_` are the needle's own characters, not wildcards
            in_json = json.dumps(needle)[1:-1]
            clauses.append(
                or_(
                    func.lower(m.target).contains(needle, autoescape=True),
                    func.lower(cast(m.payload, String)).contains(in_json, autoescape=True),
                    m.id == needle,
                    func.lower(func.coalesce(m.wa_id, "")) == needle,
                    func.lower(func.coalesce(m.reference, "")).contains(needle, autoescape=True),
                )
            )
        bounds = (
            (m.deliver_at, self.deliver_after, self.deliver_before),
            (m.created_at, self.created_after, self.created_before),
        )
        for column, after, before in bounds:
            if after is not None:
                clauses.append(column > after)
            if before is not None:
                clauses.append(column < before)
        if self.unscheduled_at is not None:
            clauses.append(or_(m.deliver_at.is_(None), m.deliver_at <= self.unscheduled_at))
        if self.webhook_statuses:
            outcomes = [s for s in self.webhook_statuses if s != "pending"]
            either = [m.webhook_status.in_(outcomes)] if outcomes else []
            if "pending" in self.webhook_statuses:
                either.append(m.webhook_status.is_(None))
            clauses.append(or_(*either))
        return clauses

    def fan_out(self) -> list[MessageFilter]:
        """The filter as one filter per combination of its numbers, recipients and statuses (one
        of each): each reads one ordered index range, and a search merges them."""
        none: tuple[str, ...] = ()
        devices: list[tuple[str, ...]] = [(one,) for one in dict.fromkeys(self.device_ids)] or [none]
        recipients: list[tuple[tuple[str, ...], ...]] = [
            ((one,), none, none) for one in dict.fromkeys(self.phones)
        ]
        recipients += [(none, (one,), none) for one in dict.fromkeys(self.groups)]
        recipients += [(none, none, (one,)) for one in dict.fromkeys(self.channels)]
        statuses: list[tuple[str, ...]] = [(one,) for one in dict.fromkeys(self.statuses)] or [none]
        return [
            replace(self, device_ids=device, phones=phones, groups=groups, channels=channels, statuses=status)
            for device, (phones, groups, channels), status in product(
                devices, recipients or [(none, none, none)], statuses
            )
        ]


# A filter with up to this many combinations is read as one index range each, merged.
FAN_OUT_MAX = 10


def search_query(
    where: MessageFilter, *, page: int = 0, size: int = 20, newest_first: bool = True
) -> Select[Message]:
    """The `searchMessages` page as one statement that costs its page, not the account.

    Newest first is `created_at`, then `position` (then `id`, which makes the order total), each
    read from an index in that order: `ix_messages_list` for an account,
    `ix_messages_device_list` for numbers, `ix_messages_status_list` for statuses,
    `ix_messages_target_list` for recipients. The page's keys are found on the index alone
    (deferred join: skipping `page * size` entries reads no row) and only the page's rows are read.
    A filter with several values of such columns (two numbers, `pending`) reads the range of each
    combination (`fan_out`) in order, at most `page * size + size` entries each, and merges them."""
    keys = (Message.created_at, Message.position, Message.id)
    order = [k.desc() if newest_first else k.asc() for k in keys]
    offset = page * size
    ranges = where.fan_out()
    if len(ranges) == 1 or len(ranges) > FAN_OUT_MAX:
        # one index range: the database skips `offset` index entries
        found = select(*keys).where(*where.where()).order_by(*order)
        page_keys = found.offset(offset).limit(size).subquery("page")
    else:
        # one ordered range per combination, each cut at the page's end, merged and cut again
        branches = [
            select(*keys).where(*one.where()).order_by(*order).limit(offset + size).subquery(f"r{i}")
            for i, one in enumerate(ranges)
        ]
        merged = union_all(*(select(*b.c) for b in branches)).subquery("merged")
        merged_order = [c.desc() if newest_first else c.asc() for c in merged.c]
        page_keys = select(merged.c.id).order_by(*merged_order).offset(offset).limit(size).subquery("page")
    return select(Message).join(page_keys, Message.id == page_keys.c.id).order_by(*order)


def _due(now: datetime) -> ColumnElement[bool]:
    return or_(Message.deliver_at.is_(None), Message.deliver_at <= now)


# Executemany statements of delivery: one row each, guarded by the status the row must still have.
_MESSAGES: Table = Message.__table__  # type: ignore[assignment]
_CLAIM = (
    update(_MESSAGES)
    .where(_MESSAGES.c.id == bindparam("b_id"), _MESSAGES.c.status == "queued")
    .values(status="processing", wa_id=bindparam("b_wa_id"))
)
_FINISH = (
    update(_MESSAGES)
    .where(_MESSAGES.c.id == bindparam("b_id"), _MESSAGES.c.status == "processing")
    .values(
        status=bindparam("b_status"),
        sent_at=bindparam("b_sent_at"),
        failed_at=bindparam("b_failed_at"),
        failure=bindparam("b_failure"),
        updated_at=bindparam("b_updated_at"),
    )
)


class Outbox:
    """The outbound messages of every number."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions
        self._inserts = GroupCommit(database)
        self._acks = AckCommit(database.sessions, database.subscriptions)

    async def add(
        self, message: NewMessage, admits: Admits, event: Event | None = None
    ) -> NumberState | None:
        """Queue `message` if its number (in its account) `admits` it, in a group commit, with its
        `event`; answers the number as checked (None when not found) after the commit. See
        `GroupCommit.add`."""
        return await self._inserts.add(message, admits, event)

    async def get(self, message_id: str, account_id: str | None = None) -> Message | None:
        query = select(Message).where(Message.id == message_id)
        if account_id is not None:
            query = query.where(Message.account_id == account_id)
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def count(self, device_id: str, statuses: Sequence[str] = ("queued",)) -> int:
        query = select(func.count()).select_from(Message)
        query = query.where(Message.device_id == device_id, Message.status.in_(statuses))
        async with self._sessions() as session:
            return int(await session.scalar(query) or 0)

    async def counts(
        self, device_ids: Sequence[str], statuses: Sequence[str] = ("queued",)
    ) -> dict[str, int]:
        """`count` of several numbers in one query (a number without such messages is absent)."""
        query = (
            select(Message.device_id, func.count())
            .where(Message.device_id.in_(device_ids), Message.status.in_(statuses))
            .group_by(Message.device_id)
        )
        async with self._sessions() as session:
            return {device_id: int(n) for device_id, n in (await session.execute(query)).all()}

    async def count_scheduled(self, device_id: str, now: datetime) -> int:
        query = (
            select(func.count())
            .select_from(Message)
            .where(Message.device_id == device_id, Message.status == "queued", Message.deliver_at > now)
        )
        async with self._sessions() as session:
            return int(await session.scalar(query) or 0)

    async def search(
        self, where: MessageFilter, *, page: int = 0, size: int = 20, newest_first: bool = True
    ) -> list[Message]:
        query = search_query(where, page=page, size=size, newest_first=newest_first)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def queue(self, device_id: str) -> list[Message]:
        """The messages of a number not sent yet, in delivery order."""
        query = select(Message).where(Message.device_id == device_id, Message.status == "queued")
        async with self._sessions() as session:
            return list((await session.scalars(query.order_by(Message.rank, Message.position))).all())

    async def delete_where(self, where: MessageFilter) -> int:
        """Delete the matching messages in one statement; answers how many went."""
        async with self._sessions.begin() as session:
            result = await session.execute(delete(Message).where(*where.where()))
            return int(getattr(result, "rowcount", 0) or 0)

    async def route(self, source_id: str, target_id: str) -> int:
        """Move every queued message of `source_id` to `target_id` in one statement: positions and
        schedules travel with them, so they keep their order among the target's own messages."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Message)
                .where(Message.device_id == source_id, Message.status == "queued")
                .values(device_id=target_id)
            )
            return int(getattr(result, "rowcount", 0) or 0)

    async def change_queued(self, message_id: str, values: Mapping[str, Any]) -> bool:
        """Change a message only while it is still queued; False when it has left the queue."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Message).where(Message.id == message_id, Message.status == "queued").values(**values)
            )
            return bool(getattr(result, "rowcount", 0))

    async def delete_one(self, message_id: str, statuses: Sequence[str] | None = None) -> bool:
        query = delete(Message).where(Message.id == message_id)
        if statuses is not None:
            query = query.where(Message.status.in_(statuses))
        async with self._sessions.begin() as session:
            result = await session.execute(query)
            return bool(getattr(result, "rowcount", 0))

    # delivery
    async def devices_with_work(self) -> list[str]:
        query = select(Message.device_id).where(Message.status.in_(("queued", "processing"))).distinct()
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def claimed(self, device_id: str, limit: int = 1) -> list[Message]:
        """Messages claimed but not recorded as sent (their worker stopped mid-send), at most
        `limit`, in the order they were claimed."""
        query = select(Message).where(Message.device_id == device_id, Message.status == "processing")
        order = (Message.claimed_at, Message.rank, Message.position)  # claimed together: queue order
        async with self._sessions() as session:
            return list((await session.scalars(query.order_by(*order).limit(limit))).all())

    async def claim(
        self,
        device_id: str,
        now: datetime,
        new_wa_id: Callable[[], str],
        *,
        limit: int = 1,
        live_only: bool = False,
    ) -> list[Message]:
        """Claim the next due messages of a number, at most `limit`, in priority then queue order:
        in one transaction each becomes `processing` with its WhatsApp id (`new_wa_id()`), unless
        someone else claimed it first. Answers them in that order."""
        query = (
            select(Message.id)
            .where(Message.device_id == device_id, Message.status == "queued", _due(now))
            .order_by(Message.rank, Message.position)
            .limit(limit)
        )
        if live_only:
            query = query.where(Message.live.is_(True))
        for _ in range(5):
            async with self._sessions.begin() as session:
                ids = list((await session.scalars(query.with_for_update(skip_locked=True))).all())
                if not ids:
                    return []
                wa_ids = {message_id: new_wa_id() for message_id in ids}
                params = [{"b_id": i, "b_wa_id": wa_id} for i, wa_id in wa_ids.items()]
                await session.execute(_CLAIM.values(claimed_at=now, updated_at=now), params)
                found = await session.scalars(select(Message).where(Message.id.in_(ids)))
                # ours: the ones that took our WhatsApp id (another worker may have claimed one)
                mine = [m for m in found if m.status == "processing" and m.wa_id == wa_ids[m.id]]
            if mine:
                return sorted(mine, key=lambda m: (m.rank, m.position))
        return []

    async def finish(
        self,
        outcomes: Sequence[tuple[str, datetime, str | None]],
        history: Sequence[SentEntry] = (),
        events: Sequence[Event] = (),
    ) -> None:
        """Claimed messages were sent, or failed for good: (id, when, None or why it failed) each,
        recorded in one transaction, with their rows of the chats' history (`history`) and their
        `events`."""
        params = [
            {
                "b_id": message_id,
                "b_status": "sent" if failure is None else "failed",
                "b_sent_at": at if failure is None else None,
                "b_failed_at": None if failure is None else at,
                "b_failure": failure,
                "b_updated_at": at,
            }
            for message_id, at, failure in sorted(outcomes)  # rows locked in id order, as acks do
        ]
        if params:
            async with self._sessions.begin() as session:
                await session.execute(_FINISH, params)
                await record_sent(session, history)
                await self._subscriptions.write(session, events, max(at for _, at, _ in outcomes))

    async def acknowledge(
        self,
        wa_id: str,
        status: str,
        at: datetime,
        sent_at: datetime,
        delivered_at: datetime,
        device_id: str | None = None,
    ) -> bool:
        """`delivered` or `read`, never backwards (a late `delivered` after `read` changes nothing);
        when it moved the message, the number's `last_ack_at` (of `device_id`) in the same
        transaction. Stored with the acknowledgements arriving meanwhile (`AckCommit`); answers,
        once committed, whether it moved the message."""
        return await self._acks.add(Ack(wa_id, status, at, sent_at, delivered_at, device_id))

    async def fail_due(
        self,
        device_id: str,
        cutoff: datetime,
        now: datetime,
        reason: str,
        describe: Callable[[Message], Event] | None = None,
    ) -> int:
        """Fail the queued messages that were due at `cutoff` or before (with the events
        `describe` gives of each, as failed)."""
        statement = (
            update(Message)
            .where(Message.device_id == device_id, Message.status == "queued", _due(cutoff))
            .where(or_(Message.deliver_at.isnot(None), Message.created_at <= cutoff))
            .values(status="failed", failed_at=now, failure=reason, updated_at=now)
        )
        return await self._fail(statement, now, describe)

    async def expire(
        self, device_id: str, now: datetime, describe: Callable[[Message], Event] | None = None
    ) -> int:
        """Fail the queued messages whose `expiration` has passed (with their events)."""
        statement = (
            update(Message)
            .where(Message.device_id == device_id, Message.status == "queued", Message.expires_at <= now)
            .values(status="failed", failed_at=now, failure="expired before it could be sent", updated_at=now)
        )
        return await self._fail(statement, now, describe)

    async def _fail(self, statement: Any, now: datetime, describe: Callable[[Message], Event] | None) -> int:
        async with self._sessions.begin() as session:
            if describe is None:
                result = await session.execute(statement)
                return int(getattr(result, "rowcount", 0) or 0)
            failed = list((await session.scalars(statement.returning(Message))).all())
            await self._subscriptions.write(session, [describe(m) for m in failed], now)
            return len(failed)

    async def next_expiry(self, device_id: str) -> datetime | None:
        query = select(func.min(Message.expires_at)).where(
            Message.device_id == device_id, Message.status == "queued"
        )
        async with self._sessions() as session:
            return await session.scalar(query)

    async def next_times(self, device_id: str, now: datetime) -> Times:
        """For a number's queued messages: the next schedule after `now`, the oldest due instant
        (schedule, else creation), the next expiry, and whether a live message is due (so that a
        paced round claims one only then); one statement, one pass over its queue."""
        deliver_at = Message.deliver_at
        query = select(
            func.min(case((deliver_at > now, deliver_at))),
            func.min(case((deliver_at <= now, deliver_at))),
            func.min(case((deliver_at.is_(None), Message.created_at))),
            func.min(Message.expires_at),
            func.max(case((and_(Message.live.is_(True), _due(now)), 1), else_=0)),
        ).where(Message.device_id == device_id, Message.status == "queued")
        async with self._sessions() as session:
            row = (await session.execute(query)).one()
        scheduled, oldest_scheduled, oldest_created, expiry, live = row
        due = [t for t in (oldest_scheduled, oldest_created) if t is not None]
        return scheduled, (min(due) if due else None), expiry, bool(live)
