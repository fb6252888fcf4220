"""Reads and deletes of a number's chat history: its messages (`chat_messages`) and the media files
they carried (`chat_files`).

The lists cost their page, not the number's history: the page's keys are read in order from an
index (`ix_chat_messages_list` for a number, `ix_chat_messages_chat` for one chat;
`ix_chat_files_list` by date, `ix_chat_files_size` by size), skipping `offset` entries there, and
only the page's rows are read after (a deferred join). Filters on other columns are checked on the
rows met on the way. Edits and revokes of a message go through `Inbox.change` (one guarded update);
a local delete removes the message and its file in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, exists, func, or_, select
from sqlalchemy.orm import undefer

from .engine import Database
from .inbox import by_wid
from .models import Chat, ChatFile, ChatMessage, Contact

__all__ = ["ChatHistory", "FileFilter", "HistoryFilter", "files_query", "like_pattern", "messages_query"]


def like_pattern(text: str) -> str:
    """`%text%` for a case-insensitive `LIKE ... ESCAPE '\\'`, the text's `%`, `_` and `\\` taken
    literally."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(column: Any, pattern: str) -> ColumnElement[bool]:
    return func.lower(func.coalesce(column, "")).like(pattern, escape="\\")


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """What `getChatMessages` may filter a number's messages on; empty fields do not filter.
    `senders` and `recipients` are alternatives (any of them matches); `newest` and `oldest` bound
    the list by a message's place in it (`(created_at, id)`, both ends included)."""

    device_id: str
    chat: str | None = None
    flows: tuple[str, ...] = ()
    acks: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    search: str | None = None
    senders: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    chat_types: tuple[str, ...] = ()
    reference: str | None = None
    kinds: tuple[str, ...] = ()
    after: datetime | None = None
    before: datetime | None = None
    newest: tuple[datetime, str] | None = None
    oldest: tuple[datetime, str] | None = None

    def where(self) -> list[ColumnElement[bool]]:
        m = ChatMessage
        clauses: list[ColumnElement[bool]] = [m.device_id == self.device_id]
        if self.chat is not None:
            clauses.append(m.chat_wid == self.chat)
        pairs: tuple[tuple[Any, tuple[str, ...]], ...] = (
            (m.flow, self.flows),
            (m.ack, self.acks),
            (m.id, self.ids),
            (m.sender, self.senders),
            (m.recipient, self.recipients),
            (m.chat_type, self.chat_types),
            (m.kind, self.kinds),
        )
        for column, values in pairs:
            if values:
                clauses.append(column == values[0] if len(values) == 1 else column.in_(values))
        if self.reference is not None:
            clauses.append(m.reference == self.reference)
        if self.after is not None:
            clauses.append(m.created_at > self.after)
        if self.before is not None:
            clauses.append(m.created_at < self.before)
        if self.newest is not None:
            at, wa_id = self.newest
            clauses.append(m.created_at <= at)
            clauses.append(or_(m.created_at < at, m.id <= wa_id))
        if self.oldest is not None:
            at, wa_id = self.oldest
            clauses.append(m.created_at >= at)
            clauses.append(or_(m.created_at > at, m.id >= wa_id))
        if self.search:
            clauses.append(_message_search(self.search))
        return clauses


def _message_search(text: str) -> ColumnElement[bool]:
    """The text in the body, in the name of the contact who wrote it or was written to, or in the
    name of its file (each a primary-key lookup from the message)."""
    pattern = like_pattern(text)
    m = ChatMessage
    named = exists().where(
        Contact.device_id == m.device_id,
        or_(Contact.wid == m.sender, Contact.wid == m.recipient),
        Contact.name_key.like(pattern, escape="\\"),
    )
    filed = exists().where(ChatFile.id == m.file_id, _contains(ChatFile.filename, pattern))
    return or_(_contains(m.body, pattern), named, filed)


def messages_query(
    where: HistoryFilter, *, offset: int = 0, size: int = 20, newest_first: bool = True
) -> Select[ChatMessage]:
    """A page of a number's messages, newest (or oldest) first by `created_at` then id, as one
    statement that costs its page (see the module docstring)."""
    keys = (ChatMessage.created_at, ChatMessage.id)
    order = [k.desc() if newest_first else k.asc() for k in keys]
    found = select(ChatMessage.id).where(*where.where()).order_by(*order).offset(offset).limit(size)
    page = found.subquery("page")
    joined = and_(ChatMessage.device_id == where.device_id, ChatMessage.id == page.c.id)
    return select(ChatMessage).join(page, joined).order_by(*order)


@dataclass(frozen=True, slots=True)
class FileFilter:
    """What `getDeviceFiles` may filter a number's files on; empty fields do not filter."""

    device_id: str
    types: tuple[str, ...] = ()
    search: str | None = None
    chats: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()
    flow: str | None = None
    after: datetime | None = None
    before: datetime | None = None

    def where(self) -> list[ColumnElement[bool]]:
        f = ChatFile
        clauses: list[ColumnElement[bool]] = [f.device_id == self.device_id]
        pairs: tuple[tuple[Any, tuple[str, ...]], ...] = (
            (f.type, self.types),
            (f.chat_wid, self.chats),
            (f.id, self.ids),
            (f.message_id, self.messages),
        )
        for column, values in pairs:
            if values:
                clauses.append(column == values[0] if len(values) == 1 else column.in_(values))
        if self.flow is not None:
            clauses.append(f.flow == self.flow)
        if self.after is not None:
            clauses.append(f.created_at > self.after)
        if self.before is not None:
            clauses.append(f.created_at < self.before)
        if self.search:
            pattern = like_pattern(self.search)
            caption = exists().where(
                ChatMessage.device_id == f.device_id,
                ChatMessage.id == f.message_id,
                _contains(ChatMessage.body, pattern),
            )
            clauses.append(
                or_(
                    _contains(f.filename, pattern),
                    _contains(f.mime_type, pattern),
                    _contains(f.message_id, pattern),
                    _contains(f.chat_wid, pattern),
                    caption,
                )
            )
        return clauses


def files_query(
    where: FileFilter, *, page: int = 0, size: int = 20, by_size: bool = False, descending: bool = True
) -> Select[ChatFile]:
    """A page of a number's files (never their bytes: `data` stays deferred), by date or size then
    id, as one statement that costs its page (see the module docstring)."""
    keys = (ChatFile.size if by_size else ChatFile.created_at, ChatFile.id)
    order = [k.desc() if descending else k.asc() for k in keys]
    found = select(ChatFile.id).where(*where.where()).order_by(*order).offset(page * size).limit(size)
    ids = found.subquery("page")
    return select(ChatFile).join(ids, ChatFile.id == ids.c.id).order_by(*order)


class ChatHistory:
    """A number's chat messages and files as the chat-messages and chat-files operations read and
    delete them; objects come back detached."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions

    async def messages(
        self, where: HistoryFilter, offset: int, size: int, newest_first: bool
    ) -> list[ChatMessage]:
        query = messages_query(where, offset=offset, size=size, newest_first=newest_first)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def chats(self, device_id: str, wids: Sequence[str]) -> dict[str, Chat]:
        async with self._sessions() as session:
            return await by_wid(session, Chat, device_id, wids)

    async def contacts(self, device_id: str, wids: Sequence[str]) -> dict[str, Contact]:
        async with self._sessions() as session:
            return await by_wid(session, Contact, device_id, wids)

    async def files_by_id(self, device_id: str, ids: Sequence[str]) -> dict[str, ChatFile]:
        """Files' details (without their bytes) by id."""
        if not ids:
            return {}
        query = select(ChatFile).where(ChatFile.device_id == device_id, ChatFile.id.in_(set(ids)))
        async with self._sessions() as session:
            return {f.id: f for f in (await session.scalars(query)).all()}

    async def files(
        self, where: FileFilter, page: int, size: int, by_size: bool, descending: bool
    ) -> list[ChatFile]:
        query = files_query(where, page=page, size=size, by_size=by_size, descending=descending)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def file(self, device_id: str, file_id: str, *, with_data: bool = False) -> ChatFile | None:
        """One file of the number; its bytes loaded only `with_data`."""
        query = select(ChatFile).where(ChatFile.device_id == device_id, ChatFile.id == file_id)
        if with_data:
            query = query.options(undefer(ChatFile.data))
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def remove(self, device_id: str, wa_id: str) -> tuple[bool, str | None]:
        """Delete a message and the file it carried, in one transaction: whether it was there, and
        the id of the file deleted with it."""
        key = (ChatMessage.device_id == device_id, ChatMessage.id == wa_id)
        async with self._sessions.begin() as session:
            found = (await session.execute(select(ChatMessage.file_id).where(*key))).first()
            if found is None:
                return False, None
            file_id = found[0]
            if file_id is not None:
                await session.execute(
                    delete(ChatFile).where(ChatFile.device_id == device_id, ChatFile.id == file_id)
                )
            await session.execute(delete(ChatMessage).where(*key))
            return True, file_id
