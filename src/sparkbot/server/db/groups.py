"""Reads and writes of the groups a number knows (`groups`) and their invite codes (`group_invites`).

A group is one row per number and group WID: its settings, its members and its requests to join
are kept on the row (JSON lists of at most 1,024 members), so a change is one locked read
(`FOR UPDATE` on PostgreSQL; SQLite has one writer) and one write. Every change is one
transaction (`GroupStore.write`): the rules are checked on the locked row, the change made, the
engine told and the `group:update` events written in it, so a refused change leaves nothing and a
change has its events. An invite code is a row of its own, kept when revoked."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from .engine import Database
from .events import Event, Subscriptions
from .inbox import fold
from .models import Chat, ChatFile, ChatMessage, Device, Group, GroupInvite

__all__ = ["GroupStore", "GroupWrite"]


class GroupWrite:
    """One transaction of group changes; see the module docstring."""

    def __init__(self, session: AsyncSession, subscriptions: Subscriptions, now: datetime) -> None:
        self._session = session
        self._subscriptions = subscriptions
        self.now = now
        self._touched: dict[tuple[str, str], Group] = {}
        self._forgotten: set[tuple[str, str]] = set()

    async def lock(self, device_id: str, wid: str) -> Group | None:
        """The number's group, read for update (changes to it are written at commit)."""
        query = select(Group).where(Group.device_id == device_id, Group.wid == wid).with_for_update()
        group = (await self._session.scalars(query)).first()
        if group is not None:
            self._touched[(device_id, wid)] = group
        return group

    def add(self, group: Group) -> None:
        self._session.add(group)
        self._touched[(group.device_id, group.wid)] = group

    async def flush(self) -> None:
        await self._session.flush()

    async def invite(self, code: str) -> GroupInvite | None:
        return await self._session.get(GroupInvite, code)

    async def new_invite(self, group: Group, code: str) -> None:
        """`code` becomes the group's invite code; the one before it is revoked."""
        await self._session.execute(
            update(GroupInvite)
            .where(
                GroupInvite.device_id == group.device_id,
                GroupInvite.wid == group.wid,
                GroupInvite.revoked_at.is_(None),
            )
            .values(revoked_at=self.now)
        )
        self._session.add(
            GroupInvite(
                code=code,
                device_id=group.device_id,
                wid=group.wid,
                account_id=group.account_id,
                created_at=self.now,
                revoked_at=None,
            )
        )
        group.invite_code = code

    async def hold_number(self, device_id: str) -> None:
        """Hold the number's row until the transaction ends: its group creations go one at a time,
        so a new group's id is checked free against the ones committed before it."""
        await self._session.execute(select(Device.id).where(Device.id == device_id).with_for_update())

    async def numbers_of(self, account_id: str, phones: Sequence[str]) -> list[Device]:
        """The account's numbers whose phone is among `phones` (linked ones), oldest first."""
        if not phones:
            return []
        query = (
            select(Device)
            .where(Device.account_id == account_id, Device.phone.in_(sorted(set(phones))))
            .order_by(Device.created_at, Device.id)
        )
        return list((await self._session.scalars(query)).all())

    async def forget(self, group: Group) -> None:
        """Delete the group, its invite codes, and its chat with the chat's messages and files."""
        device_id, wid = group.device_id, group.wid
        self._forgotten.add((device_id, wid))
        await self._session.delete(group)
        await self._session.execute(
            delete(GroupInvite).where(GroupInvite.device_id == device_id, GroupInvite.wid == wid)
        )
        await self._session.execute(delete(Chat).where(Chat.device_id == device_id, Chat.wid == wid))
        await self._session.execute(
            delete(ChatMessage).where(ChatMessage.device_id == device_id, ChatMessage.chat_wid == wid)
        )
        await self._session.execute(
            delete(ChatFile).where(ChatFile.device_id == device_id, ChatFile.chat_wid == wid)
        )

    async def emit(self, events: Sequence[Event]) -> None:
        """Write `events` in this transaction (after the changes they describe), and carry the
        groups' subject, members and read-only state to their chats (where the inbox has one)."""
        await self._session.flush()
        for key, group in self._touched.items():
            if key not in self._forgotten:
                await self._session.execute(
                    update(Chat).where(Chat.device_id == key[0], Chat.wid == key[1]).values(**_chat_of(group))
                )
        await self._subscriptions.write(self._session, events, self.now)


def _chat_of(group: Group) -> dict[str, Any]:
    """What a group's chat shows of it: its name, members (`{wid, role}`, a member's role
    `participant`) and whether the number can write there."""
    members = [
        {
            "wid": str(p["phone"]).removeprefix("+") + "@c.us",
            "role": "participant" if p.get("role") == "member" else str(p.get("role")),
        }
        for p in group.participants
    ]
    mine = next((p.get("role") for p in group.participants if p.get("phone") == group.me), None)
    read_only = group.membership != "member" or mine is None or (group.send == "admins" and mine == "member")
    return {
        "name": group.subject,
        "name_key": fold(group.subject),
        "participants": members,
        "read_only": read_only,
    }


class GroupStore:
    """The groups of every number; objects come back detached."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions

    @asynccontextmanager
    async def write(self, now: datetime) -> AsyncIterator[GroupWrite]:
        """A transaction of changes: committed when the block ends, rolled back if it raises."""
        async with self._sessions.begin() as session:
            yield GroupWrite(session, self._subscriptions, now)

    async def page(self, device_id: str, kinds: Sequence[str], page: int, size: int) -> list[Group]:
        """The number's groups of `kinds` (all when empty), oldest first."""
        query = select(Group).where(Group.device_id == device_id)
        if kinds:
            query = query.where(Group.kind.in_(kinds))
        query = query.order_by(Group.created_at, Group.wid).offset(page * size).limit(size)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def get(self, device_id: str, wid: str, *, with_image: bool = False) -> Group | None:
        query = select(Group).where(Group.device_id == device_id, Group.wid == wid)
        if with_image:
            query = query.options(undefer(Group.image))
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def many(self, device_id: str, wids: Sequence[str]) -> dict[str, Group]:
        """The number's groups among `wids` (one read), by WID."""
        if not wids:
            return {}
        query = select(Group).where(Group.device_id == device_id, Group.wid.in_(sorted(set(wids))))
        async with self._sessions() as session:
            return {group.wid: group for group in (await session.scalars(query)).all()}
