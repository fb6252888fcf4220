"""Reads and writes of a number's labels, and what renaming or deleting one does to the number's
chats and contacts that carry it.

A label is found by its name ignoring case (`label_key`, the name case folded; unique in the
number). Every write is one transaction: a rename or a deletion changes the label and every chat
and contact of the number that carries it (read locked: `FOR UPDATE` on PostgreSQL; SQLite has one
writer), in the label's order (chats, then contacts, each by WID), with their events written in
the same transaction. A chat labelled meanwhile reads the labels it is given with `lock_labels`
(`FOR SHARE` on PostgreSQL) in its own transaction, so that a label cannot be deleted between the
check that it exists and the chat carrying it.

Chats and contacts keep labels as a JSON list of names: the ones carrying a label are found by the
JSON text as this server writes it (`json.dumps`, lower-cased on both sides), then checked
exactly (ignoring case) in Python."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, String, cast, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from .engine import Database
from .events import Event
from .models import Chat, Contact, Device, Label

__all__ = [
    "Carried",
    "LabelExists",
    "LabelStore",
    "NoSuchLabel",
    "TooManyLabels",
    "label_key",
    "lock_labels",
]


def label_key(name: str) -> str:
    """A label's name as it is compared: case folded."""
    return name.casefold()


class LabelExists(Exception):
    """Another label of the number has that name (ignoring case); nothing was written."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class TooManyLabels(Exception):
    """The number has its limit of labels already; nothing was written."""


class NoSuchLabel(LookupError):
    """The number has no label of that name; nothing was written."""


@dataclass(frozen=True, slots=True)
class Carried:
    """What a rename or deletion changed on the label's chats and contacts: how many of each."""

    chats: int = 0
    contacts: int = 0


# the events of a chat or contact whose labels a rename or deletion changed
ChatEvents = Callable[[Chat], Sequence[Event]]
ContactEvents = Callable[[Contact, str], Sequence[Event]]


def _holding(column: Any, name: str) -> ColumnElement[bool]:
    """A loose test that a JSON list of names holds `name` (ignoring ASCII case); checked exactly
    after."""
    return func.lower(cast(column, String)).contains(json.dumps(name).lower(), autoescape=True)


async def lock_labels(session: AsyncSession, device_id: str, names: Iterable[str]) -> dict[str, str]:
    """In the caller's transaction: the number's labels among `names` (ignoring case), read for
    share (a rename or deletion of them waits for the transaction), as `{key: stored name}`."""
    keys = sorted({label_key(name) for name in names})
    if not keys:
        return {}
    query = select(Label.name_key, Label.name).where(Label.device_id == device_id, Label.name_key.in_(keys))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(read=True)
    return {str(key): str(name) for key, name in (await session.execute(query)).all()}


class LabelStore:
    """The labels of every number; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions
        self._dialect = database.engine.dialect.name

    async def of_number(self, device_id: str) -> list[Label]:
        """The number's labels in the order they were made."""
        query = select(Label).where(Label.device_id == device_id).order_by(Label.created_at, Label.id)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def names(self, device_id: str, names: Iterable[str]) -> dict[str, str]:
        """The number's labels among `names` (ignoring case), as `{key: stored name}`."""
        keys = sorted({label_key(name) for name in names})
        if not keys:
            return {}
        query = select(Label.name_key, Label.name).where(
            Label.device_id == device_id, Label.name_key.in_(keys)
        )
        async with self._sessions() as session:
            return {str(key): str(name) for key, name in (await session.execute(query)).all()}

    async def create(self, label: Label, limit: int) -> None:
        """Store `label` unless the number has a label of that name (`LabelExists`) or `limit`
        labels already (`TooManyLabels`)."""
        try:
            async with self._sessions.begin() as session:
                number = select(Device.id).where(Device.id == label.device_id)
                if self._dialect == "postgresql":
                    number = number.with_for_update()  # creations on one number one at a time
                await session.execute(number)
                taken = await self._find(session, label.device_id, label.name_key)
                if taken is not None:
                    raise LabelExists(taken.name)
                count = select(func.count()).select_from(Label).where(Label.device_id == label.device_id)
                if int(await session.scalar(count) or 0) >= limit:
                    raise TooManyLabels(label.device_id)
                session.add(label)
        except IntegrityError:  # made by another process meanwhile
            raise LabelExists(label.name) from None

    @staticmethod
    async def _find(session: AsyncSession, device_id: str, key: str, *, lock: bool = False) -> Label | None:
        query = select(Label).where(Label.device_id == device_id, Label.name_key == key)
        if lock and session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update()
        return (await session.scalars(query)).first()

    async def change(
        self,
        device_id: str,
        key: str,
        values: Mapping[str, Any],
        now: datetime,
        chat_events: ChatEvents,
        contact_events: ContactEvents,
    ) -> tuple[Label, Carried]:
        """Write `values` onto the label named `key` (`NoSuchLabel`); with a new `name`, every chat
        and contact of the number carrying it carries the new name instead (`LabelExists` when
        another label has it), all in one transaction. Answers the label and what it carried."""
        try:
            async with self._sessions.begin() as session:
                label = await self._find(session, device_id, key, lock=True)
                if label is None:
                    raise NoSuchLabel(key)
                old = label.name
                new = str(values.get("name", old))
                if label_key(new) != label.name_key:
                    taken = await self._find(session, device_id, label_key(new))
                    if taken is not None:
                        raise LabelExists(taken.name)
                for name, value in values.items():
                    setattr(label, name, value)
                label.name_key = label_key(new)
                label.updated_at = now
                carried = Carried()
                if new != old:

                    def rename(labels: list[str]) -> list[str]:
                        renamed = [new if label_key(n) == key else n for n in labels]
                        return list(dict.fromkeys(renamed))

                    carried = await self._carry(
                        session, device_id, old, rename, now, chat_events, contact_events
                    )
                return label, carried
        except IntegrityError:  # renamed by another process meanwhile
            raise LabelExists(str(values.get("name"))) from None

    async def delete(
        self,
        device_id: str,
        key: str,
        now: datetime,
        chat_events: ChatEvents,
        contact_events: ContactEvents,
    ) -> tuple[Label, Carried]:
        """Delete the label named `key` (`NoSuchLabel`) and take it off every chat and contact of
        the number, in one transaction. Answers the label as it was and what it was taken off."""
        async with self._sessions.begin() as session:
            label = await self._find(session, device_id, key, lock=True)
            if label is None:
                raise NoSuchLabel(key)

            def drop(labels: list[str]) -> list[str]:
                return [n for n in labels if label_key(n) != key]

            carried = await self._carry(
                session, device_id, label.name, drop, now, chat_events, contact_events
            )
            await session.execute(delete(Label).where(Label.id == label.id))
            return label, carried

    async def _carry(
        self,
        session: AsyncSession,
        device_id: str,
        name: str,
        relabel: Callable[[list[str]], list[str]],
        now: datetime,
        chat_events: ChatEvents,
        contact_events: ContactEvents,
    ) -> Carried:
        """`relabel` the labels of the number's chats and contacts that carry `name` (ignoring case),
        with their events."""
        key = label_key(name)
        lock = self._dialect == "postgresql"
        written: list[Event] = []
        chats = (
            select(Chat).where(Chat.device_id == device_id, _holding(Chat.labels, name)).order_by(Chat.wid)
        )
        changed_chats = 0
        for chat in (await session.scalars(chats.with_for_update() if lock else chats)).all():
            labels = list(chat.labels or [])
            if not any(label_key(n) == key for n in labels):
                continue
            chat.labels = relabel(labels)
            chat.updated_at = now
            changed_chats += 1
            written += chat_events(chat)
        contacts = (
            select(Contact)
            .where(Contact.device_id == device_id, _holding(Contact.labels, name))
            .order_by(Contact.wid)
        )
        changed_contacts = 0
        for contact in (await session.scalars(contacts.with_for_update() if lock else contacts)).all():
            labels = list(contact.labels or [])
            if not any(label_key(n) == key for n in labels):
                continue
            contact.labels = relabel(labels)
            contact.updated_at = now
            changed_contacts += 1
            written += contact_events(contact, "changed")
        await session.flush()
        await self._subscriptions.write(session, written, now)
        return Carried(chats=changed_chats, contacts=changed_contacts)
