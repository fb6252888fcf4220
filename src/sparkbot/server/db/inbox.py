"""Writes that feed a number's inbox: a received message (with its chat, contact and file), the
history of sent messages, their acknowledgements, and changes to a message (edit, revoke, reaction).

Each is one transaction; a chat or contact seen for the first time is created by the same
statement that updates it (an upsert), so two messages arriving at once never race to create it.
The lists and the operations on one chat, contact, message or file live beside this module
(`chats`, `contacts`, `chatmessages`, `chatfiles`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Table, and_, bindparam, case, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from .engine import Database
from .events import Event
from .models import Chat, ChatFile, ChatMessage, Contact

__all__ = [
    "Inbox",
    "Received",
    "SentEntry",
    "by_wid",
    "fold",
    "insert_for",
    "record_acks",
    "record_sent",
]

CHATS: Table = Chat.__table__  # type: ignore[assignment]
CONTACTS: Table = Contact.__table__  # type: ignore[assignment]
MESSAGES: Table = ChatMessage.__table__  # type: ignore[assignment]
FILES: Table = ChatFile.__table__  # type: ignore[assignment]


def fold(name: str | None) -> str:
    """A name as lists sort it: case folded, cut to the column's length."""
    return (name or "").casefold()[:100]


_Keyed = TypeVar("_Keyed", Chat, Contact)
_WID_CHUNK = 100  # WhatsApp ids per IN (...): a long list goes in several statements


async def by_wid(
    session: AsyncSession, model: type[_Keyed], device_id: str, wids: Sequence[str]
) -> dict[str, _Keyed]:
    """The number's chats or contacts of these WhatsApp ids (those there are), by id."""
    unique = sorted(set(wids))
    found: dict[str, _Keyed] = {}
    for start in range(0, len(unique), _WID_CHUNK):
        chunk = unique[start : start + _WID_CHUNK]
        query = select(model).where(model.device_id == device_id, model.wid.in_(chunk))
        found.update((row.wid, row) for row in (await session.scalars(query)).all())
    return found


def insert_for(session: AsyncSession, table: Table) -> Any:
    """The dialect's INSERT (both offer `on_conflict_do_update`)."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


@dataclass(frozen=True, slots=True)
class Received:
    """A received message as stored: the message row's values, its file (if media), who sent it
    and what their phone calls them, and the chat's kind and name."""

    message: Mapping[str, Any]
    sender_phone: str | None
    push_name: str | None
    chat_name: str | None
    file: Mapping[str, Any] | None = None
    participant: str | None = None


@dataclass(frozen=True, slots=True)
class SentEntry:
    """A queued message the number sent (or that failed): its chat-history row's values."""

    message: Mapping[str, Any]
    phone: str | None


def _contact_row(
    device_id: str, account_id: str, wid: str, phone: str | None, name: str | None, at: datetime
) -> dict[str, Any]:
    return {
        "device_id": device_id,
        "wid": wid,
        "account_id": account_id,
        "phone": phone,
        "type": "personal",
        "name": name,
        "name_key": fold(name or phone),
        "fields": {},
        "metadata": [],
        "labels": [],
        "blocked": False,
        "saved": False,
        "last_message_at": at,
        "created_at": at,
        "updated_at": at,
    }


async def _touch_contacts(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    """Create the contacts of people's chats, or move their last message time (one statement;
    one row per contact)."""
    if not rows:
        return
    insert = insert_for(session, CONTACTS)
    excluded = insert.excluded
    await session.execute(
        insert.on_conflict_do_update(
            index_elements=[CONTACTS.c.device_id, CONTACTS.c.wid],
            set_={
                "last_message_at": excluded.last_message_at,
                "name": case((CONTACTS.c.name.is_(None), excluded.name), else_=CONTACTS.c.name),
                "name_key": case((CONTACTS.c.name.is_(None), excluded.name_key), else_=CONTACTS.c.name_key),
            },
        ),
        _latest_per_key(rows, "wid"),
    )


def _chat_row(
    message: Mapping[str, Any], name: str | None, unread: bool, participant: str | None
) -> dict[str, Any]:
    at = message["created_at"]
    return {
        "device_id": message["device_id"],
        "wid": message["chat_wid"],
        "account_id": message["account_id"],
        "type": message["chat_type"],
        "name": name,
        "name_key": fold(name or message["chat_wid"]),
        "status": "pending",
        "unread_count": 1 if unread else 0,
        "last_message_at": at,
        "last_inbound_at": at if message["flow"] == "inbound" else None,
        "read_only": False,
        "labels": [],
        "notes": [],
        "participants": [{"wid": participant, "role": "participant"}] if participant else [],
        "pinned": False,
        "muted": False,
        "archived": False,
        "created_at": at,
        "updated_at": at,
    }


async def _touch_chats(session: AsyncSession, rows: Sequence[dict[str, Any]]) -> None:
    """Create the chats of messages, or move their last message time, add their unread count,
    and reopen a resolved chat a person writes in again (one statement; one row per chat)."""
    if not rows:
        return
    insert = insert_for(session, CHATS)
    new = insert.excluded
    later = or_(CHATS.c.last_message_at.is_(None), CHATS.c.last_message_at < new.last_message_at)
    written_by_person = and_(new.last_inbound_at.isnot(None), new.type == "chat")
    unnamed = or_(CHATS.c.name.is_(None), CHATS.c.name == "")
    values = {
        "last_message_at": case((later, new.last_message_at), else_=CHATS.c.last_message_at),
        "updated_at": case((later, new.updated_at), else_=CHATS.c.updated_at),
        "unread_count": CHATS.c.unread_count + new.unread_count,
        "last_inbound_at": func.coalesce(new.last_inbound_at, CHATS.c.last_inbound_at),
        "status": case(
            (and_(written_by_person, CHATS.c.status == "resolved"), "pending"), else_=CHATS.c.status
        ),
        "name": case((and_(unnamed, new.name.isnot(None)), new.name), else_=CHATS.c.name),
        "name_key": case((and_(unnamed, new.name.isnot(None)), new.name_key), else_=CHATS.c.name_key),
    }
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:  # one row per chat: a statement may not touch a row twice
        seen = merged.get(row["wid"])
        if seen is None:
            merged[row["wid"]] = dict(row)
            continue
        seen["unread_count"] += row["unread_count"]
        for column in ("last_message_at", "last_inbound_at", "updated_at"):
            if row[column] is not None and (seen[column] is None or row[column] > seen[column]):
                seen[column] = row[column]
        seen["name"] = seen["name"] or row["name"]
    await session.execute(
        insert.on_conflict_do_update(index_elements=[CHATS.c.device_id, CHATS.c.wid], set_=values),
        list(merged.values()),
    )


async def _join_participant(session: AsyncSession, device_id: str, wid: str, member: str) -> None:
    """A group member seen writing joins the chat's participants (the first one did on creation)."""
    where = (CHATS.c.device_id == device_id, CHATS.c.wid == wid)
    found = await session.scalar(select(CHATS.c.participants).where(*where).with_for_update())
    members = list(found or [])
    if all(entry.get("wid") != member for entry in members):
        members.append({"wid": member, "role": "participant"})
        await session.execute(update(CHATS).where(*where).values(participants=members))


def _latest_per_key(rows: Sequence[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    latest: dict[str, dict[str, Any]] = {}
    for row in rows:
        seen = latest.get(row[key])
        if seen is None or row["last_message_at"] > seen["last_message_at"]:
            latest[row[key]] = row
    return list(latest.values())


class Inbox:
    """What arrives on a number, and what changes its messages; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions

    async def blocked(self, device_id: str, wids: Sequence[str]) -> set[str]:
        """Which of these WIDs the number blocked."""
        if not wids:
            return set()
        query = select(Contact.wid).where(
            Contact.device_id == device_id, Contact.wid.in_(set(wids)), Contact.blocked.is_(True)
        )
        async with self._sessions() as session:
            return set((await session.scalars(query)).all())

    async def receive(self, received: Received, events: Sequence[Event] = ()) -> bool:
        """Store a received message with its chat, contact and file, and its `events`; False
        (nothing stored) when its sender is blocked or the message is stored already (the same
        WhatsApp id)."""
        message = received.message
        device_id, sender = message["device_id"], message["sender"]
        async with self._sessions.begin() as session:
            blocked = await session.scalar(
                select(Contact.blocked).where(Contact.device_id == device_id, Contact.wid == sender)
            )
            if blocked:
                return False
            known = await session.scalar(
                select(ChatMessage.id).where(
                    ChatMessage.device_id == device_id, ChatMessage.id == message["id"]
                )
            )
            if known is not None:
                return False
            at, account_id = message["created_at"], message["account_id"]
            contact = _contact_row(
                device_id, account_id, sender, received.sender_phone, received.push_name, at
            )
            await _touch_contacts(session, [contact])
            chat_name = received.chat_name if message["chat_type"] != "chat" else received.push_name
            await _touch_chats(session, [_chat_row(message, chat_name, True, received.participant)])
            if received.participant is not None:
                await _join_participant(session, device_id, message["chat_wid"], received.participant)
            await session.execute(MESSAGES.insert().values(**message))
            if received.file is not None:
                await session.execute(FILES.insert().values(**received.file))
            await self._subscriptions.write(session, events, at)
        return True

    async def change(
        self,
        device_id: str,
        wa_id: str,
        values: Mapping[str, Any],
        *,
        only_if: Any = None,
        events: Callable[[ChatMessage], Sequence[Event]] | None = None,
    ) -> ChatMessage | None:
        """Change one message (the row after, or None when it is not there or `only_if`, a
        condition on the row, does not hold), with the `events` of the row after."""
        where = [ChatMessage.device_id == device_id, ChatMessage.id == wa_id]
        if only_if is not None:
            where.append(only_if)
        async with self._sessions.begin() as session:
            result = await session.execute(update(ChatMessage).where(*where).values(**values))
            if not getattr(result, "rowcount", 0):
                return None
            after = (await session.scalars(select(ChatMessage).where(*where[:2]))).first()
            if after is not None and events is not None:
                await self._subscriptions.write(session, events(after), after.updated_at)
            return after

    async def message(self, device_id: str, wa_id: str) -> ChatMessage | None:
        query = select(ChatMessage).where(ChatMessage.device_id == device_id, ChatMessage.id == wa_id)
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def set_presence(self, device_id: str, wid: str, presence: Mapping[str, Any] | None) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(Chat).where(Chat.device_id == device_id, Chat.wid == wid).values(presence=presence)
            )


async def record_sent(session: AsyncSession, entries: Sequence[SentEntry]) -> None:
    """Within the transaction that records their outcome: sent (or failed) queued messages join
    their chats' history, creating the chat (and a person's contact) when new."""
    sent = [entry for entry in entries if entry.message["ack"] != "failed"]
    contacts = [
        _contact_row(m["device_id"], m["account_id"], m["recipient"], entry.phone, None, m["created_at"])
        for entry in sent
        if (m := entry.message)["chat_type"] == "chat"
    ]
    await _touch_contacts(session, contacts)
    await _touch_chats(session, [_chat_row(entry.message, None, False, None) for entry in sent])
    rows = [dict(entry.message) for entry in entries]
    if rows:
        insert = insert_for(session, MESSAGES)
        await session.execute(insert.on_conflict_do_nothing(), rows)


_ACK = (
    update(MESSAGES)
    .where(
        and_(
            MESSAGES.c.device_id == bindparam("b_device"),
            MESSAGES.c.id == bindparam("b_id"),
            MESSAGES.c.flow == "outbound",
        )
    )
    .values(
        ack=bindparam("b_ack"),
        sent_at=bindparam("b_sent_at"),
        delivered_at=bindparam("b_delivered_at"),
        read_at=bindparam("b_read_at"),
        updated_at=bindparam("b_updated_at"),
    )
)


async def record_acks(session: AsyncSession, rows: Sequence[Mapping[str, Any]]) -> None:
    """Within the acknowledgements' transaction: the chat history's copies follow their queued
    messages (`b_device`, `b_id` the WhatsApp id, `b_ack` and the times)."""
    if rows:
        await session.execute(_ACK, list(rows))
