"""Reads and writes of a number's contacts: the list (filtered, sorted, paged), one contact, and the
writes of Chat Contacts (create or upsert, change, delete, bulk create, block and unblock).

The list costs its page: the page's keys are read in order from `ix_contacts_name`,
`ix_contacts_created` or `ix_contacts_updated` (each `device_id, <sort column>, wid`), then only the
page's rows (a deferred join); the filters on the row's own columns (kind, search, email) are
checked on the way. Filters on JSON values (`fields`, `metadata`, `labels`) match the JSON text as
this server writes it (`json.dumps`), the same on SQLite and PostgreSQL; no index or statistics
cover them, so PostgreSQL takes them for rare and may read the number's contacts by key and sort
the matches instead (a cost in the number's contacts, not the page), as SQLite may with a bound on
another sort's column (`after` while sorting by name): the planners' choice, tested only where an
index serves both.

Every write is one transaction. A change of an existing contact reads it locked (`FOR UPDATE` on
PostgreSQL; SQLite has one writer) and writes what `change(contact)` answers, so that two changes
of the same contact never lose one another's fields. A write's events (`contact:update`) are built
by the caller's function from each contact it wrote, after the change, and written in its
transaction at `now` (a contact left as it was has none)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, Table, and_, cast, delete, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from .engine import Database
from .events import Event
from .inbox import by_wid, insert_for
from .models import Chat, Contact, Device

__all__ = [
    "SORTS",
    "Change",
    "ContactEvents",
    "ContactExists",
    "ContactFilter",
    "ContactStore",
    "NoSuchContact",
    "contacts_query",
]

CONTACTS: Table = Contact.__table__  # type: ignore[assignment]

# the sorts of the list, each read from the index ending with the contact's key
SORTS: dict[str, tuple[Any, ...]] = {
    "name": (Contact.name_key, Contact.wid),
    "createdAt": (Contact.created_at, Contact.wid),
    "updatedAt": (Contact.updated_at, Contact.wid),
}

# what a contact of each kind is: its stored `type`, or the kind of its WhatsApp id
_KINDS: dict[str, ColumnElement[bool]] = {
    "personal": and_(Contact.type == "personal", Contact.wid.like("%@c.us")),
    "business": and_(Contact.type == "business", Contact.wid.like("%@c.us")),
    "group": Contact.wid.like("%@g.us"),
    "channel": Contact.wid.like("%@newsletter"),
}

# what a change of an existing contact writes, given the contact as it is
Change = Callable[[Contact], Mapping[str, Any]]
# the events of a contact written: the contact after, and what happened (`created`, `updated`,
# `changed`, `deleted`, `blocked`, `unblocked`)
ContactEvents = Callable[[Contact, str], Sequence[Event]]


class ContactExists(Exception):
    """The contact to create is there already; nothing was written."""


class NoSuchContact(LookupError):
    """The contact to change is not there; nothing was written."""


def _json_text(column: Any) -> ColumnElement[str]:
    return cast(column, String)


def _in_json(value: str) -> str:
    """A string as it appears inside this server's JSON text (quoted, escaped)."""
    return json.dumps(value)


def _has_label(label: str) -> ColumnElement[bool]:
    """The contact's `labels` (a JSON list) holds `label`; `*`: any label at all."""
    text = _json_text(Contact.labels)
    if label == "*":
        return and_(Contact.labels.isnot(None), text != "[]")
    quoted = _in_json(label)
    return or_(
        *(text.contains(f"{before}{quoted}{after}", autoescape=True) for before in "[ " for after in ",]")
    )


def _has_metadata(key: str | None, value: str | None) -> ColumnElement[bool]:
    """The contact's metadata (a JSON list of `{"key": k, "value": v}`) has an entry with `key`
    (and `value`, when given; a value alone matches it under any key)."""
    text = _json_text(Contact.meta)
    if key is not None and value is not None:
        needle = f'{{"key": {_in_json(key)}, "value": {_in_json(value)}}}'
    elif key is not None:
        needle = f'{{"key": {_in_json(key)}, "value": '
    else:
        needle = f'"value": {_in_json(value or "")}}}'
    return text.contains(needle, autoescape=True)


@dataclass(frozen=True, slots=True)
class ContactFilter:
    """What `getDeviceContacts` may filter on; empty fields do not filter."""

    search: str | None = None
    kinds: tuple[str, ...] = ()
    with_email: bool = False
    with_chat: bool = False
    countries: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    labels_exclude: tuple[str, ...] = ()
    metadata: tuple[tuple[str | None, str | None], ...] = ()
    created_after: datetime | None = None
    created_before: datetime | None = None
    updated_after: datetime | None = None
    updated_before: datetime | None = None
    last_message_after: datetime | None = None
    last_message_before: datetime | None = None

    def where(self) -> list[ColumnElement[bool]]:
        c = Contact
        email = func.coalesce(c.fields["email"].as_string(), "")
        clauses: list[ColumnElement[bool]] = []
        if self.search:
            needle = self.search.strip().casefold()
            clauses.append(
                or_(
                    c.name_key.contains(needle, autoescape=True),
                    func.coalesce(c.phone, "").contains(needle, autoescape=True),
                    c.wid.contains(needle, autoescape=True),
                    func.lower(email).contains(needle, autoescape=True),
                )
            )
        if self.kinds:
            clauses.append(or_(*(_KINDS[kind] for kind in dict.fromkeys(self.kinds))))
        if self.with_email:
            clauses.append(email != "")
        if self.with_chat:
            clauses.append(exists().where(Chat.device_id == c.device_id, Chat.wid == c.wid))
        if self.countries:
            clauses.append(c.fields["country"].as_string().in_(self.countries))
        if self.labels:
            clauses.append(or_(*(_has_label(label) for label in self.labels)))
        if self.labels_exclude:
            clauses.append(~or_(*(_has_label(label) for label in self.labels_exclude)))
        clauses.extend(_has_metadata(key, value) for key, value in self.metadata)
        bounds = (
            (c.created_at, self.created_after, self.created_before),
            (c.updated_at, self.updated_after, self.updated_before),
            (c.last_message_at, self.last_message_after, self.last_message_before),
        )
        for column, after, before in bounds:
            if after is not None:
                clauses.append(column > after)
            if before is not None:
                clauses.append(column < before)
        return clauses


def contacts_query(
    device_id: str, where: ContactFilter, sort: str, descending: bool, page: int, size: int
) -> Select[Contact]:
    """A page of a number's contacts as one statement that costs its page: the keys in order from
    the sort's index (filters checked on the way), then only the page's rows."""
    columns = SORTS[sort]
    keys = select(Contact.device_id, Contact.wid).where(Contact.device_id == device_id, *where.where())
    inner = [column.desc() if descending else column.asc() for column in columns]
    ids = keys.order_by(*inner).offset(page * size).limit(size).subquery("page")
    outer = [getattr(Contact, column.key) for column in columns]
    return (
        select(Contact)
        .join(ids, and_(Contact.device_id == ids.c.device_id, Contact.wid == ids.c.wid))
        .order_by(*(column.desc() if descending else column.asc() for column in outer))
    )


def _locked(keys: Sequence[tuple[str, str]]) -> Select[Contact]:
    """These contacts (`(number, id)`: one number and many ids, or one id on many numbers),
    locked for the transaction's change, read by primary key."""
    devices, wids = {device for device, _ in keys}, {wid for _, wid in keys}
    return (
        select(Contact)
        .where(Contact.device_id.in_(devices), Contact.wid.in_(wids))
        .order_by(Contact.device_id, Contact.wid)  # locks taken in one order: no deadlock
        .with_for_update()
    )


async def _apply(session: AsyncSession, contact: Contact, change: Change) -> None:
    """Write `change(contact)` onto the (locked) contact, in the session's transaction."""
    for name, value in change(contact).items():
        setattr(contact, name, value)
    await session.flush()


class ContactStore:
    """A number's contacts as Chat Contacts reads and writes them; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions

    async def _write(
        self,
        session: AsyncSession,
        events: ContactEvents | None,
        written: Sequence[tuple[Contact, str]],
        now: datetime,
    ) -> None:
        if events is not None:
            await self._subscriptions.write(session, [e for c, what in written for e in events(c, what)], now)

    async def get(self, device_id: str, wid: str) -> Contact | None:
        query = select(Contact).where(Contact.device_id == device_id, Contact.wid == wid)
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def page(
        self, device_id: str, where: ContactFilter, sort: str, descending: bool, page: int, size: int
    ) -> list[Contact]:
        query = contacts_query(device_id, where, sort, descending, page, size)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def chats(self, device_id: str, wids: Sequence[str]) -> dict[str, Chat]:
        """The chats of these WhatsApp ids (those there are), by id."""
        async with self._sessions() as session:
            return await by_wid(session, Chat, device_id, wids)

    async def device_ids(self, account_id: str) -> list[str]:
        """Every number of the account (for a contact kept on all of them)."""
        query = select(Device.id).where(Device.account_id == account_id).order_by(Device.id)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def create(
        self,
        rows: Sequence[Mapping[str, Any]],
        change: Change | None,
        now: datetime,
        *,
        first_new: bool = False,
        events: ContactEvents | None = None,
    ) -> list[tuple[Contact, str]]:
        """Create the contacts `rows` (distinct numbers and ids) in one transaction; one that
        exists already gets `change` (`updated`), or stays as it is without one (`exists`).
        Answers each contact and what happened, in order. `first_new`: when the first contact
        exists already, nothing is written (`ContactExists`)."""
        keys = [(row["device_id"], row["wid"]) for row in rows]
        async with self._sessions.begin() as session:
            inserted = await session.execute(
                insert_for(session, CONTACTS)
                .on_conflict_do_nothing()
                .returning(CONTACTS.c.device_id, CONTACTS.c.wid),
                [dict(row) for row in rows],
            )
            created = {(device, wid) for device, wid in inserted.all()}
            locked = (await session.scalars(_locked(keys))).all()
            found = {(c.device_id, c.wid): c for c in locked}
            if first_new and keys[0] not in created:
                raise ContactExists(keys[0][1])  # the transaction rolls back
            outcomes: list[tuple[Contact, str]] = []
            for key in keys:
                contact = found[key]
                if key in created:
                    outcomes.append((contact, "created"))
                    continue
                if change is not None:
                    await _apply(session, contact, change)
                outcomes.append((contact, "exists" if change is None else "updated"))
            await self._write(session, events, [o for o in outcomes if o[1] != "exists"], now)
            return outcomes

    async def change(
        self,
        keys: Sequence[tuple[str, str]],
        change: Change,
        now: datetime,
        events: ContactEvents | None = None,
    ) -> list[Contact]:
        """Apply `change` to these contacts (`(number, id)`; the first must exist, the others are
        changed where they do) in one transaction; answers them, the first first. Without the
        first, nothing is written (`NoSuchContact`)."""
        async with self._sessions.begin() as session:
            locked = (await session.scalars(_locked(keys))).all()
            found = {(c.device_id, c.wid): c for c in locked}
            if keys[0] not in found:
                raise NoSuchContact(keys[0][1])
            contacts = [found[key] for key in dict.fromkeys(keys) if key in found]
            for contact in contacts:
                await _apply(session, contact, change)
            await self._write(session, events, [(c, "changed") for c in contacts], now)
            return contacts

    async def delete(
        self, device_id: str, wid: str, now: datetime, events: ContactEvents | None = None
    ) -> bool:
        """Remove the contact, with the `events` of the contact as it was; False when not there."""
        async with self._sessions.begin() as session:
            found = (await session.scalars(_locked([(device_id, wid)]))).first()
            if found is None:
                return False
            await self._write(session, events, [(found, "deleted")], now)
            await session.execute(delete(Contact).where(Contact.device_id == device_id, Contact.wid == wid))
            return True

    async def set_blocked(
        self,
        device_id: str,
        rows: Sequence[Mapping[str, Any]],
        blocked: bool,
        at: datetime,
        events: ContactEvents | None = None,
    ) -> dict[str, Contact]:
        """Block (or unblock) these contacts in one transaction, with the `events` of those
        created or changed: a contact not known yet is created (`rows` are their rows) when
        blocking, and left unknown when unblocking. Answers the contacts there are after, by id."""
        wids = [row["wid"] for row in rows]
        what = "blocked" if blocked else "unblocked"
        async with self._sessions.begin() as session:
            created: set[str] = set()
            if blocked:
                new = [{**row, "blocked": True} for row in rows]
                inserted = await session.execute(
                    insert_for(session, CONTACTS).on_conflict_do_nothing().returning(CONTACTS.c.wid), new
                )
                created = set(inserted.scalars().all())
            found = {c.wid: c for c in (await session.scalars(_locked([(device_id, w) for w in wids]))).all()}
            written: list[tuple[Contact, str]] = []
            for contact in found.values():
                if contact.blocked != blocked:
                    contact.blocked = blocked
                    contact.updated_at = at
                    written.append((contact, what))
                elif contact.wid in created:
                    written.append((contact, what))
            await session.flush()
            await self._write(session, events, written, at)
            return found
