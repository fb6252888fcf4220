"""Reads and writes of a number's meeting (call) links, for the Meeting Links operations.

The list reads a number's links newest first from `ix_meeting_links_list` (`device_id, created_at,
id`); every write is one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, or_, select

from .engine import Database
from .models import MeetingLink

__all__ = ["LinkFilter", "MeetingLinkStore"]


@dataclass(frozen=True, slots=True)
class LinkFilter:
    """Which links of a number; empty fields do not filter (instants are excluded bounds)."""

    device_id: str
    active_at: datetime | None = None  # only the links not expired at this instant
    search: str | None = None
    kinds: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    created_after: datetime | None = None
    created_before: datetime | None = None
    expires_after: datetime | None = None
    expires_before: datetime | None = None

    def where(self) -> list[ColumnElement[bool]]:
        link = MeetingLink
        clauses: list[ColumnElement[bool]] = [link.device_id == self.device_id]
        if self.active_at is not None:
            clauses.append(link.expires_at > self.active_at)
        if self.search:
            needle = self.search.strip().lower()
            clauses.append(
                or_(
                    func.lower(link.url).contains(needle, autoescape=True),
                    func.lower(link.token).contains(needle, autoescape=True),
                    func.lower(func.coalesce(link.message, "")).contains(needle, autoescape=True),
                )
            )
        if self.kinds:
            clauses.append(link.kind.in_(self.kinds))
        if self.ids or self.urls:
            clauses.append(or_(link.id.in_(self.ids), link.url.in_(self.urls)))
        bounds = (
            (self.created_after, link.created_at, True),
            (self.created_before, link.created_at, False),
            (self.expires_after, link.expires_at, True),
            (self.expires_before, link.expires_at, False),
        )
        for instant, column, after in bounds:
            if instant is not None:
                clauses.append(column > instant if after else column < instant)
        return clauses


class MeetingLinkStore:
    """The meeting links of every number; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions

    async def add(self, link: MeetingLink) -> None:
        async with self._sessions.begin() as session:
            session.add(link)

    async def page(self, where: LinkFilter, page: int, size: int) -> list[MeetingLink]:
        """A `getMeetingLinks` page, newest first."""
        query = (
            select(MeetingLink)
            .where(*where.where())
            .order_by(MeetingLink.created_at.desc(), MeetingLink.id.desc())
            .offset(page * size)
            .limit(size)
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def matching(self, where: LinkFilter) -> list[MeetingLink]:
        """Every link `where` selects, oldest first."""
        query = select(MeetingLink).where(*where.where()).order_by(MeetingLink.created_at, MeetingLink.id)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def delete(self, device_id: str, ids: Sequence[str]) -> int:
        """Delete those of the links `ids` that are the number's still; answers how many were."""
        if not ids:
            return 0
        query = delete(MeetingLink).where(MeetingLink.device_id == device_id, MeetingLink.id.in_(ids))
        async with self._sessions.begin() as session:
            result = await session.execute(query)
        return int(getattr(result, "rowcount", 0) or 0)
