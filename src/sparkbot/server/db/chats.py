"""Reads and writes of a number's chats: the list (filters and sorts read from an index), one chat,
the messages a chat view embeds, and the changes of chats, each one transaction.

The list costs its page: the page's keys are read in the order of one of the chats' indexes
(`ix_chats_recent` for `lastMessageAt`, `ix_chats_unread` for `unreadCount`, `ix_chats_name` for
`name`; each ends with `wid`, which makes the order total), then only the page's rows (a deferred
join). A filter on a column the index does not hold (status, labels...) reads the rows of the
entries it passes over, never the whole table in another order. Chats `removed` are never listed.

Labels are a JSON list on the row: "has any of" reads it with the dialect's JSON function
(`json_each` on SQLite, `json_array_elements_text` on PostgreSQL).

A change's events (`chat:update`, and `contact:update` for the contacts a bulk block writes) are
built by the caller's functions from the rows after the change and written in its transaction."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    delete,
    func,
    literal,
    not_,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from .contacts import ContactEvents
from .engine import Database
from .events import Event
from .inbox import by_wid, fold, insert_for
from .models import Chat, ChatFile, ChatMessage, Contact

__all__ = [
    "ANY_LABEL",
    "SORTS",
    "ChatEdit",
    "ChatEvents",
    "ChatFilter",
    "Chats",
    "Deleted",
    "Guard",
    "chats_query",
    "messages_query",
]

ANY_LABEL = "*"  # in `labels` / `labelsExclude`: any label at all
CONTACTS: Table = Contact.__table__  # type: ignore[assignment]

# sort -> the columns of its index after `device_id` (the last is `wid`) and whether descending
SORTS: dict[str, tuple[tuple[Any, ...], bool]] = {
    "lastMessageAt:desc": ((Chat.last_message_at, Chat.wid), True),
    "lastMessageAt:asc": ((Chat.last_message_at, Chat.wid), False),
    "unreadCount:desc": ((Chat.unread_count, Chat.wid), True),
    "name:asc": ((Chat.name_key, Chat.wid), False),
    "name:desc": ((Chat.name_key, Chat.wid), True),
}
# `IN` lists and compound selects stay below every database's limits
_CHUNK = 100


@dataclass(frozen=True, slots=True)
class ChatFilter:
    """What `getDeviceChats` may filter on; empty fields do not filter (see the service)."""

    statuses: tuple[str, ...] = ()
    unread: bool = False
    active: bool = False
    can_send: bool = False
    read_only: bool = False
    types: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    search: str | None = None
    labels: tuple[str, ...] = ()
    labels_exclude: tuple[str, ...] = ()

    def where(self, dialect: str) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = [Chat.status != "removed"]
        if self.statuses:
            either: list[ColumnElement[bool]] = []
            plain = [s for s in self.statuses if s not in ("archived", "muted")]
            if plain:
                either.append(Chat.status.in_(plain))
            if "archived" in self.statuses:
                either.append(Chat.archived.is_(True))
            if "muted" in self.statuses:
                either.append(Chat.muted.is_(True))
            found.append(or_(*either))
        if self.unread:  # `!= 0`, not `> 0`: a range would lead the planner to ix_chats_unread and a sort
            found.append(Chat.unread_count != 0)
        if self.active:
            found.extend([Chat.status.in_(("active", "pending")), Chat.archived.is_(False)])
        if self.can_send:
            found.append(Chat.read_only.is_(False))
        if self.read_only:
            found.append(Chat.read_only.is_(True))
        if self.types:
            found.append(Chat.type.in_(self.types))
        if self.agents:
            found.append(Chat.owner_agent.in_(self.agents))
        if self.search:
            text = self.search.casefold()
            found.append(
                or_(
                    Chat.name_key.contains(fold(text), autoescape=True),
                    Chat.wid.contains(text.removeprefix("+"), autoescape=True),
                )
            )
        if self.labels:
            found.append(_has_label(self.labels, dialect))
        if self.labels_exclude:
            found.append(not_(_has_label(self.labels_exclude, dialect)))
        return found


def _has_label(names: Sequence[str], dialect: str) -> ColumnElement[bool]:
    """The chat has any of `names` (`*`: any label at all)."""
    if ANY_LABEL in names:
        return func.json_array_length(Chat.labels) > 0
    each = "json_array_elements_text" if dialect == "postgresql" else "json_each"
    values = getattr(func, each)(Chat.labels).table_valued("value")
    return select(literal(1)).select_from(values).where(values.c.value.in_(names)).exists()


def chats_query(
    device_id: str, where: ChatFilter, sort: str, page: int, size: int, dialect: str
) -> Select[Any]:
    """A page of a number's chats as one statement that costs its page (see the module docstring)."""
    columns, descending = SORTS[sort]
    order = [c.desc() if descending else c.asc() for c in columns]
    keys = (
        select(Chat.wid)
        .where(Chat.device_id == device_id, *where.where(dialect))
        .order_by(*order)
        .offset(page * size)
        .limit(size)
        .subquery("page")
    )
    return select(Chat).join(keys, and_(Chat.device_id == device_id, Chat.wid == keys.c.wid)).order_by(*order)


def messages_query(device_id: str, wid: str, page: int, size: int) -> Select[Any]:
    """A page of a chat's messages, newest first, from `ix_chat_messages_chat` (deferred join)."""
    order = (ChatMessage.created_at.desc(), ChatMessage.id.desc())
    keys = (
        select(ChatMessage.id)
        .where(ChatMessage.device_id == device_id, ChatMessage.chat_wid == wid)
        .order_by(*order)
        .offset(page * size)
        .limit(size)
        .subquery("page")
    )
    return (
        select(ChatMessage)
        .join(keys, and_(ChatMessage.device_id == device_id, ChatMessage.id == keys.c.id))
        .order_by(*order)
    )


# What a change does to one chat: None when done, else why this chat was left as it was (a bulk
# update reports it); raising ApiProblem undoes the whole transaction.
ChatEdit = Callable[[Chat], str | None]
# the events of a chat after its change, written in the change's transaction
ChatEvents = Callable[[Chat], Sequence[Event]]
# a check run first in a change's transaction, before the chats are read (it may read and lock
# other rows; raising ApiProblem refuses the change): a new owner's access, say
Guard = Callable[[AsyncSession], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Deleted:
    """What deleting a chat removed."""

    messages: int
    files: int


def _counted(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


class Chats:
    """A number's chats; objects come back detached."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions

    async def page(self, device_id: str, where: ChatFilter, sort: str, page: int, size: int) -> list[Chat]:
        async with self._sessions() as session:
            dialect = session.get_bind().dialect.name
            query = chats_query(device_id, where, sort, page, size, dialect)
            return list((await session.scalars(query)).all())

    async def get(self, device_id: str, wid: str) -> Chat | None:
        query = select(Chat).where(Chat.device_id == device_id, Chat.wid == wid)
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def messages(self, device_id: str, wid: str, page: int, size: int) -> list[ChatMessage]:
        async with self._sessions() as session:
            return list((await session.scalars(messages_query(device_id, wid, page, size))).all())

    async def latest_messages(
        self, device_id: str, wids: Sequence[str], per_chat: int
    ) -> dict[str, list[ChatMessage]]:
        """The last `per_chat` messages of each chat, newest first: each chat's read from
        `ix_chat_messages_chat`, cut at `per_chat` (one statement per 100 chats)."""
        found: dict[str, list[ChatMessage]] = {wid: [] for wid in wids}
        order = (ChatMessage.created_at.desc(), ChatMessage.id.desc())
        async with self._sessions() as session:
            for start in range(0, len(wids), _CHUNK):
                branches = [
                    select(ChatMessage.id)
                    .where(ChatMessage.device_id == device_id, ChatMessage.chat_wid == wid)
                    .order_by(*order)
                    .limit(per_chat)
                    .subquery(f"c{i}")
                    for i, wid in enumerate(wids[start : start + _CHUNK])
                ]
                ids = union_all(*(select(b.c.id) for b in branches))
                query = select(ChatMessage).where(ChatMessage.device_id == device_id, ChatMessage.id.in_(ids))
                for message in (await session.scalars(query)).all():
                    found[message.chat_wid].append(message)
        for messages in found.values():
            messages.sort(key=lambda m: (m.created_at, m.id), reverse=True)
        return found

    async def contacts(self, device_id: str, wids: Sequence[str]) -> dict[str, Contact]:
        async with self._sessions() as session:
            return await by_wid(session, Contact, device_id, wids)

    async def stored(self, device_id: str, size: int, per_chat: int) -> tuple[int, int]:
        """Of the `size` most recent chats (not removed): how many, and how many messages they
        hold, at most `per_chat` each."""
        recent = (
            select(Chat.wid)
            .where(Chat.device_id == device_id, Chat.status != "removed")
            .order_by(Chat.last_message_at.desc(), Chat.wid.desc())
            .limit(size)
            .subquery("recent")
        )
        counts = (
            select(ChatMessage.chat_wid, func.count())
            .where(ChatMessage.device_id == device_id, ChatMessage.chat_wid.in_(select(recent.c.wid)))
            .group_by(ChatMessage.chat_wid)
        )
        async with self._sessions() as session:
            chats = int(await session.scalar(select(func.count()).select_from(recent)) or 0)
            messages = sum(min(int(n), per_chat) for _, n in (await session.execute(counts)).all())
        return chats, messages

    async def change(
        self,
        device_id: str,
        wids: Sequence[str],
        edit: ChatEdit,
        now: datetime,
        *,
        read: bool = False,
        blocked: bool | None = None,
        events: ChatEvents | None = None,
        contact_events: ContactEvents | None = None,
        guard: Guard | None = None,
    ) -> list[tuple[Chat, str | None]]:
        """One transaction: `edit` each of the chats found (locked for the transaction), then for
        the chats it changed mark their received messages read (`read`) and set the contacts of
        people's chats blocked or not (`blocked`), with the `events` of each chat changed (and
        the `contact_events` of each contact blocked or unblocked). Answers the chats found, each
        with why it was left as it was (None: changed). Chats not found are left out. `guard`
        runs first, in the transaction."""
        async with self._sessions.begin() as session:
            if guard is not None:
                await guard(session)
            query = (
                select(Chat)
                .where(Chat.device_id == device_id, Chat.wid.in_(sorted(set(wids))))
                .order_by(Chat.wid)
                .with_for_update()
            )
            outcome: list[tuple[Chat, str | None]] = []
            for chat in (await session.scalars(query)).all():
                failure = edit(chat)
                if failure is None:
                    chat.updated_at = now
                outcome.append((chat, failure))
            changed = [chat for chat, failure in outcome if failure is None]
            if read and changed:
                await self._read(session, device_id, [c.wid for c in changed], now)
            written: list[Event] = [e for chat in changed for e in events(chat)] if events else []
            if blocked is not None and changed:
                await self._block(session, changed, blocked, now)
                if contact_events is not None:
                    contacts = await session.scalars(
                        select(Contact)
                        .where(Contact.device_id == device_id, Contact.wid.in_([c.wid for c in changed]))
                        .order_by(Contact.wid)
                        .execution_options(populate_existing=True)
                    )
                    what = "blocked" if blocked else "unblocked"
                    written += [e for contact in contacts.all() for e in contact_events(contact, what)]
            await self._subscriptions.write(session, written, now)
        return outcome

    @staticmethod
    async def _read(session: AsyncSession, device_id: str, wids: Sequence[str], now: datetime) -> None:
        await session.execute(
            update(ChatMessage)
            .where(
                ChatMessage.device_id == device_id,
                ChatMessage.chat_wid.in_(wids),
                ChatMessage.flow == "inbound",
                ChatMessage.ack != "read",
            )
            .values(ack="read", read_at=now, updated_at=now)
        )

    @staticmethod
    async def _block(session: AsyncSession, chats: Sequence[Chat], blocked: bool, now: datetime) -> None:
        """The contacts of these (people's) chats blocked or not, created when the number has none."""
        rows: list[dict[str, Any]] = [
            {
                "device_id": chat.device_id,
                "wid": chat.wid,
                "account_id": chat.account_id,
                "phone": "+" + chat.wid.removesuffix("@c.us"),
                "type": "personal",
                "name": chat.name,
                "name_key": fold(chat.name or chat.wid),
                "fields": {},
                "metadata": [],
                "labels": [],
                "blocked": blocked,
                "saved": False,
                "last_message_at": chat.last_message_at,
                "created_at": now,
                "updated_at": now,
            }
            for chat in chats
        ]
        insert = insert_for(session, CONTACTS)
        await session.execute(
            insert.on_conflict_do_update(
                index_elements=[CONTACTS.c.device_id, CONTACTS.c.wid],
                set_={"blocked": insert.excluded.blocked, "updated_at": insert.excluded.updated_at},
            ),
            rows,
        )

    async def delete(
        self, device_id: str, wid: str, now: datetime, events: ChatEvents | None = None
    ) -> Deleted | None:
        """Remove the chat with its messages and files, with the `events` of the chat as it was
        (one transaction); None when not there."""
        where = (Chat.device_id == device_id, Chat.wid == wid)
        async with self._sessions.begin() as session:
            chat = (await session.scalars(select(Chat).where(*where).with_for_update())).first()
            if chat is None:
                return None
            if events is not None:
                await self._subscriptions.write(session, events(chat), now)
            await session.execute(delete(Chat).where(*where))
            messages = await session.execute(
                delete(ChatMessage).where(ChatMessage.device_id == device_id, ChatMessage.chat_wid == wid)
            )
            files = await session.execute(
                delete(ChatFile).where(ChatFile.device_id == device_id, ChatFile.chat_wid == wid)
            )
            return Deleted(messages=_counted(messages), files=_counted(files))
