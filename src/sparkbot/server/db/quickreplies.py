"""Reads and writes of a number's quick replies (canned responses).

A quick reply is found by its id or by its shortcut ignoring case (`shortcut_key`, unique in the
number). The list reads the number's replies in shortcut order from the unique constraint's index
(`device_id, shortcut_key`). Every write is one transaction; a creation locks the number's row
first (PostgreSQL; SQLite has one writer) so that two at once cannot pass the number's limit, and
a deletion of several replies deletes all of them or, when one is not there, none."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from .engine import Database
from .models import Device, QuickReply

__all__ = [
    "NoSuchQuickReply",
    "QuickReplyFilter",
    "QuickReplyStore",
    "ShortcutTaken",
    "TooManyQuickReplies",
    "shortcut_key",
]


def shortcut_key(shortcut: str) -> str:
    """A shortcut as it is compared: case folded."""
    return shortcut.casefold()


class ShortcutTaken(Exception):
    """Another quick reply of the number has that shortcut (ignoring case); nothing was written."""


class TooManyQuickReplies(Exception):
    """The number has its limit of quick replies already; nothing was written."""


class NoSuchQuickReply(LookupError):
    """A quick reply named (by id or shortcut) is not the number's; nothing was written."""

    def __init__(self, named: str) -> None:
        super().__init__(named)
        self.named = named


@dataclass(frozen=True, slots=True)
class QuickReplyFilter:
    """What `getQuickReplies` may filter on; empty fields do not filter."""

    scope: str | None = None
    permissions: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()

    def where(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = []
        if self.scope:
            clauses.append(QuickReply.scope == self.scope)
        if self.permissions:
            clauses.append(QuickReply.permission.in_(self.permissions))
        if self.agents:
            clauses.append(QuickReply.agent.in_(self.agents))
        return clauses


# A quick reply named in a write: by id (`("id", value)`) or shortcut (`("shortcut", value)`).
Named = tuple[str, str]


def _named(device_id: str, named: Named) -> ColumnElement[bool]:
    kind, value = named
    column = QuickReply.id == value if kind == "id" else QuickReply.shortcut_key == shortcut_key(value)
    return (QuickReply.device_id == device_id) & column


class QuickReplyStore:
    """The quick replies of every number; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._dialect = database.engine.dialect.name

    async def page(self, device_id: str, where: QuickReplyFilter, page: int, size: int) -> list[QuickReply]:
        query = (
            select(QuickReply)
            .where(QuickReply.device_id == device_id, *where.where())
            .order_by(QuickReply.shortcut_key)
            .offset(page * size)
            .limit(size)
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def create(self, reply: QuickReply, limit: int) -> None:
        """Store `reply` unless the number has one with its shortcut (`ShortcutTaken`) or `limit`
        already (`TooManyQuickReplies`)."""
        try:
            async with self._sessions.begin() as session:
                number = select(Device.id).where(Device.id == reply.device_id)
                if self._dialect == "postgresql":
                    number = number.with_for_update()
                await session.execute(number)
                taken = select(QuickReply.id).where(_named(reply.device_id, ("shortcut", reply.shortcut)))
                if await session.scalar(taken) is not None:
                    raise ShortcutTaken(reply.shortcut)
                count = (
                    select(func.count())
                    .select_from(QuickReply)
                    .where(QuickReply.device_id == reply.device_id)
                )
                if int(await session.scalar(count) or 0) >= limit:
                    raise TooManyQuickReplies(reply.device_id)
                session.add(reply)
        except IntegrityError:  # made by another process meanwhile
            raise ShortcutTaken(reply.shortcut) from None

    async def _locked(self, session: AsyncSession, device_id: str, named: Named) -> QuickReply | None:
        query = select(QuickReply).where(_named(device_id, named))
        if self._dialect == "postgresql":
            query = query.with_for_update()
        return (await session.scalars(query)).first()

    async def change(
        self, device_id: str, named: Named, values: Mapping[str, Any], now: datetime
    ) -> QuickReply:
        """Write `values` onto the quick reply `named` (`NoSuchQuickReply`); a new shortcut that
        another of the number's replies has is `ShortcutTaken`."""
        try:
            async with self._sessions.begin() as session:
                reply = await self._locked(session, device_id, named)
                if reply is None:
                    raise NoSuchQuickReply(named[1])
                shortcut = values.get("shortcut")
                if shortcut is not None and shortcut_key(str(shortcut)) != reply.shortcut_key:
                    clash = select(QuickReply.id).where(_named(device_id, ("shortcut", str(shortcut))))
                    if await session.scalar(clash) is not None:
                        raise ShortcutTaken(str(shortcut))
                    reply.shortcut_key = shortcut_key(str(shortcut))
                for name, value in values.items():
                    setattr(reply, name, value)
                reply.updated_at = now
                return reply
        except IntegrityError:
            raise ShortcutTaken(str(values.get("shortcut"))) from None

    async def delete(self, device_id: str, named: Sequence[Named] | None) -> list[QuickReply]:
        """Delete the quick replies `named` (all of the number's when None), in one transaction;
        when one of them is not there (`NoSuchQuickReply`), none. Answers those deleted, in
        shortcut order."""
        async with self._sessions.begin() as session:
            query = select(QuickReply).where(QuickReply.device_id == device_id)
            if named is not None:
                query = query.where(or_(*(_named(device_id, one) for one in named)))
            if self._dialect == "postgresql":
                query = query.with_for_update()
            found = list((await session.scalars(query.order_by(QuickReply.shortcut_key))).all())
            for kind, value in named or ():
                wanted = value if kind == "id" else shortcut_key(value)
                if not any((r.id if kind == "id" else r.shortcut_key) == wanted for r in found):
                    raise NoSuchQuickReply(value)
            if found:
                await session.execute(delete(QuickReply).where(QuickReply.id.in_([r.id for r in found])))
            return found
