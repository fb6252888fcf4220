"""Reads and writes of campaigns and their contacts; each write one transaction.

A contact's status is not stored: it is read from the message that carries the campaign to it
(`contact_status`), and a campaign's from its stored status and its contacts' messages
(`campaign_status`), so that both are exact whatever the delivery worker did, across restarts."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Table,
    and_,
    bindparam,
    case,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from .engine import Database
from .events import Event
from .models import Campaign, CampaignContact, Device, Message

__all__ = [
    "CampaignFilter",
    "Campaigns",
    "ContactFilter",
    "ContactRow",
    "Counts",
    "campaign_status",
    "contact_ack",
    "contact_status",
]

_CONTACTS: Table = CampaignContact.__table__  # type: ignore[assignment]
_MESSAGES: Table = Message.__table__  # type: ignore[assignment]
_SENT = ("sent", "delivered", "read")
_WAITING = ("queued", "processing")
_c, _m = CampaignContact, Message
# Ids per `IN (...)` list: well under what SQLite and PostgreSQL take as parameters of one statement.
_CHUNK = 5_000

# A contact's status from its message (outer-joined): never queued (or withdrawn by a pause) is
# `pending`; a message gone from the database (deleted outside the campaign) is `failed`.
contact_status: ColumnElement[str] = case(
    (_c.message_id.is_(None), "pending"),
    (_m.id.is_(None), "failed"),
    (_m.status == "queued", "pending"),
    (_m.status == "processing", "processing"),
    (_m.status.in_(_SENT), "delivered"),
    else_="failed",
)
# What WhatsApp said of it: `pending` until handed over, then the message's own status.
contact_ack: ColumnElement[str] = case(
    (_c.message_id.is_(None), "pending"),
    (_m.id.is_(None), "failed"),
    (_m.status.in_(_WAITING), "pending"),
    else_=_m.status,
)


def _any_contact(where: ColumnElement[bool]) -> ColumnElement[bool]:
    """Whether a contact of the campaign (of the enclosing query) with its message matches."""
    found = (
        select(_c.position)
        .select_from(_c)
        .outerjoin(_m, _m.id == _c.message_id)
        .where(_c.campaign_id == Campaign.id, where)
    )
    return exists(found)


def campaign_status(now: datetime) -> ColumnElement[str]:
    """The status a read answers: `draft`, `paused` and `stopped` as stored; a started campaign
    is `pending` before its schedule and `processing` while a contact waits or is being sent,
    then `completed` (every contact delivered), `failed` (none) or `incomplete` (some)."""
    waiting = _any_contact(or_(_c.message_id.is_(None), _m.status.in_(_WAITING)))
    failed = _any_contact(and_(_c.message_id.isnot(None), or_(_m.id.is_(None), _m.status == "failed")))
    delivered = _any_contact(_m.status.in_(_SENT))
    return case(
        (Campaign.status != "processing", Campaign.status),
        (waiting, case((Campaign.scheduled_at > now, "pending"), else_="processing")),
        (~failed, "completed"),
        (~delivered, "failed"),
        else_="incomplete",
    )


@dataclass(frozen=True, slots=True)
class CampaignFilter:
    """What `getCampaigns` may filter on; empty fields do not filter."""

    statuses: tuple[str, ...] = ()
    device_ids: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    created_after: datetime | None = None
    created_before: datetime | None = None


@dataclass(frozen=True, slots=True)
class ContactFilter:
    """What `getCampaignContacts` may filter on; empty fields do not filter."""

    search: str | None = None
    targets: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    acks: tuple[str, ...] = ()
    wa_ids: tuple[str, ...] = ()

    def where(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = []
        pairs: tuple[tuple[Any, tuple[str, ...]], ...] = (
            (_c.target, self.targets),
            (_c.kind, self.kinds),
            (contact_status, self.statuses),
            (contact_ack, self.acks),
            (_m.wa_id, self.wa_ids),
        )
        clauses.extend(column.in_(wanted) for column, wanted in pairs if wanted)
        if self.search:
            needle = self.search.lower()
            clauses.append(
                or_(
                    func.lower(_c.target).contains(needle, autoescape=True),
                    func.lower(func.coalesce(_c.name, "")).contains(needle, autoescape=True),
                )
            )
        return clauses


@dataclass(frozen=True, slots=True)
class ContactRow:
    """A contact with what its message says."""

    contact: CampaignContact
    status: str
    ack: str
    message: Message | None


@dataclass(frozen=True, slots=True)
class Counts:
    """A campaign's contacts by status, and when the last of them left the queue."""

    pending: int = 0
    processing: int = 0
    delivered: int = 0
    failed: int = 0
    last_at: datetime | None = None


# (campaign, device) -> the message rows to queue; raises to refuse (nothing is written)
Planner = Callable[[Campaign, Device, list[CampaignContact]], list[dict[str, Any]]]
_SET_MESSAGE = (
    update(_CONTACTS)
    .where(
        _CONTACTS.c.campaign_id == bindparam("b_campaign"), _CONTACTS.c.position == bindparam("b_position")
    )
    .values(message_id=bindparam("b_message"))
)


class Campaigns:
    """The campaigns of every account."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions
        self._dialect = database.engine.dialect.name

    async def create(self, campaign: Campaign, contacts: Sequence[Mapping[str, Any]]) -> None:
        """Store a campaign and its contacts (rows of `CampaignContact` columns) in one transaction."""
        async with self._sessions.begin() as session:
            session.add(campaign)
            await session.flush()
            await session.execute(insert(_CONTACTS), [{"campaign_id": campaign.id, **c} for c in contacts])

    async def get(self, campaign_id: str, account_id: str, now: datetime) -> tuple[Campaign, str] | None:
        """The campaign (None when it is not `account_id`'s) and its status as a read answers it."""
        query = select(Campaign, campaign_status(now)).where(
            Campaign.id == campaign_id, Campaign.account_id == account_id
        )
        async with self._sessions() as session:
            row = (await session.execute(query)).first()
        return None if row is None else (row[0], str(row[1]))

    async def search(
        self, account_id: str, where: CampaignFilter, now: datetime, page: int, size: int, newest_first: bool
    ) -> list[tuple[Campaign, str]]:
        """A `getCampaigns` page: the account's campaigns by creation (`ix_campaigns_list`)."""
        status = campaign_status(now)
        query = select(Campaign, status).where(Campaign.account_id == account_id)
        pairs = (
            (Campaign.device_id, where.device_ids),
            (Campaign.owner, where.owners),
            (Campaign.id, where.ids),
        )
        for column, wanted in pairs:
            if wanted:
                query = query.where(column.in_(wanted))
        if where.targets:
            reaches = select(_c.position).where(_c.campaign_id == Campaign.id, _c.target.in_(where.targets))
            query = query.where(exists(reaches))
        if where.created_after is not None:
            query = query.where(Campaign.created_at > where.created_after)
        if where.created_before is not None:
            query = query.where(Campaign.created_at < where.created_before)
        if where.statuses:
            query = query.where(status.in_(where.statuses))
        keys = (Campaign.created_at, Campaign.id)
        query = query.order_by(*(k.desc() if newest_first else k.asc() for k in keys))
        async with self._sessions() as session:
            rows = (await session.execute(query.offset(page * size).limit(size))).all()
        return [(row[0], str(row[1])) for row in rows]

    async def counts(self, campaign_ids: Sequence[str]) -> dict[str, Counts]:
        """The contacts of each campaign by status, in one query."""
        query = (
            select(
                _c.campaign_id,
                contact_status,
                func.count(),
                func.max(func.coalesce(_m.failed_at, _m.sent_at)),
            )
            .select_from(_c)
            .outerjoin(_m, _m.id == _c.message_id)
            .where(_c.campaign_id.in_(campaign_ids))
            .group_by(_c.campaign_id, contact_status)
        )
        found: dict[str, dict[str, Any]] = {}
        async with self._sessions() as session:
            for campaign_id, status, count, last in (await session.execute(query)).all():
                entry = found.setdefault(campaign_id, {"last_at": None})
                entry[status] = int(count)
                if last is not None and (entry["last_at"] is None or last > entry["last_at"]):
                    entry["last_at"] = last
        return {campaign_id: Counts(**entry) for campaign_id, entry in found.items()}

    async def contacts(
        self, campaign_id: str, where: ContactFilter, page: int, size: int, newest_first: bool
    ) -> list[ContactRow]:
        """A `getCampaignContacts` page in the campaign's order (last first when `newest_first`)."""
        order = _c.position.desc() if newest_first else _c.position.asc()
        query = (
            select(_c, _m, contact_status, contact_ack)
            .select_from(_c)
            .outerjoin(_m, _m.id == _c.message_id)
            .where(_c.campaign_id == campaign_id, *where.where())
            .order_by(order)
            .offset(page * size)
            .limit(size)
        )
        async with self._sessions() as session:
            rows = (await session.execute(query)).all()
        return [ContactRow(row[0], str(row[2]), str(row[3]), row[1]) for row in rows]

    async def _read_for_update(
        self, session: AsyncSession, campaign_id: str, now: datetime
    ) -> tuple[Campaign, str] | None:
        """The campaign and its status, its row locked until the transaction ends (FOR UPDATE
        where the database takes it; SQLite has one writer: nothing to lock)."""
        query = select(Campaign, campaign_status(now)).where(Campaign.id == campaign_id)
        if self._dialect != "sqlite":
            query = query.with_for_update(of=Campaign)
        row = (await session.execute(query)).first()
        return None if row is None else (row[0], str(row[1]))

    async def start(
        self,
        campaign_id: str,
        now: datetime,
        startable: Callable[[Campaign, str], None],
        plan: Planner,
        events: Callable[[Sequence[Mapping[str, Any]]], Sequence[Event]] | None = None,
    ) -> Campaign | None:
        """Queue a message for every contact not queued yet (with the `events` of those messages)
        and mark the campaign `processing`, in one transaction: `startable(campaign, status)` and
        `plan` may raise to refuse (nothing is written). None when the campaign is gone."""
        async with self._sessions.begin() as session:
            found = await self._read_for_update(session, campaign_id, now)
            if found is None:
                return None
            campaign, status = found
            startable(campaign, status)
            device_query = select(Device).where(Device.id == campaign.device_id)
            if self._dialect != "sqlite":
                device_query = device_query.with_for_update(read=True)  # as a send checks its number
            device = (await session.scalars(device_query)).one()
            waiting = select(_c).where(_c.campaign_id == campaign_id, _c.message_id.is_(None))
            contacts = list((await session.scalars(waiting.order_by(_c.position))).all())
            rows = plan(campaign, device, contacts)
            if rows:
                await session.execute(insert(_MESSAGES), rows)
                params = [
                    {"b_campaign": campaign_id, "b_position": c.position, "b_message": r["id"]}
                    for c, r in zip(contacts, rows, strict=True)
                ]
                await session.execute(_SET_MESSAGE, params)
                if events is not None:
                    await self._subscriptions.write(session, events(rows), now)
            values = {"status": "processing", "updated_at": now, "stopped_at": None}
            if campaign.started_at is None:
                values["started_at"] = now
            await session.execute(update(Campaign).where(Campaign.id == campaign_id).values(**values))
            await session.refresh(campaign)
            return campaign

    async def stop(
        self, campaign_id: str, now: datetime, decide: Callable[[Campaign, str], str]
    ) -> Campaign | None:
        """Set the status `decide(campaign, status)` answers (it may raise to refuse) and withdraw
        the campaign's messages still queued (their contacts `pending` again), in one
        transaction. A message already being sent finishes. None when the campaign is gone."""
        async with self._sessions.begin() as session:
            found = await self._read_for_update(session, campaign_id, now)
            if found is None:
                return None
            campaign, status = found
            new_status = decide(campaign, status)
            await self._withdraw(session, campaign_id)
            values = {"status": new_status, "updated_at": now, "stopped_at": now}
            await session.execute(update(Campaign).where(Campaign.id == campaign_id).values(**values))
            await session.refresh(campaign)
            return campaign

    async def _withdraw(self, session: AsyncSession, campaign_id: str) -> int:
        """Delete the campaign's messages still queued; their contacts are not queued any more."""
        ours = select(_c.message_id).where(_c.campaign_id == campaign_id, _c.message_id.isnot(None))
        removed = await session.execute(
            delete(_MESSAGES)
            .where(_MESSAGES.c.id.in_(ours), _MESSAGES.c.status == "queued")
            .returning(_MESSAGES.c.id)
        )
        ids = list(removed.scalars().all())
        for start in range(0, len(ids), _CHUNK):  # one statement per chunk: an IN list, not a scan per id
            await session.execute(
                update(_CONTACTS)
                .where(
                    _CONTACTS.c.campaign_id == campaign_id,
                    _CONTACTS.c.message_id.in_(ids[start : start + _CHUNK]),
                )
                .values(message_id=None)
            )
        return len(ids)

    async def delete(
        self, campaign_id: str, now: datetime, deletable: Callable[[Campaign, str], None]
    ) -> str | None:
        """Delete a campaign, its contacts and its messages still queued, in one transaction, if
        `deletable(campaign, status)` does not raise; answers the status it had (None when gone)."""
        async with self._sessions.begin() as session:
            found = await self._read_for_update(session, campaign_id, now)
            if found is None:
                return None
            campaign, status = found
            deletable(campaign, status)
            await self._withdraw(session, campaign_id)
            await session.execute(delete(CampaignContact).where(CampaignContact.campaign_id == campaign_id))
            await session.execute(delete(Campaign).where(Campaign.id == campaign_id))
            return status
