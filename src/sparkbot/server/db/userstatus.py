"""Reads and writes of a number's statuses (stories), for the User Status operations.

The list reads a number's statuses by creation time from `ix_user_statuses_list` (`device_id,
created_at, id`); the due scheduled ones from `ix_user_statuses_due` (`device_id, state,
publish_at`). Every write is one transaction; a status published (at once, or when its time
came) writes its `status:update` event in it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Text, and_, cast, delete, false, func, or_, select, tuple_, update

from .engine import Database
from .events import Event
from .models import UserStatus

# a published status -> its `status:update` event
StatusEvent = Callable[[UserStatus], Event]

__all__ = ["StatusFilter", "UserStatusStore"]


@dataclass(frozen=True, slots=True)
class StatusFilter:
    """Which statuses of a number; empty fields do not filter. `none` matches nothing (a filter
    that names only what a number never has, like inbound statuses)."""

    device_id: str
    none: bool = False
    states: tuple[str, ...] = ()
    wa_ids: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    search: str | None = None
    reference: str | None = None
    after: datetime | None = None
    before: datetime | None = None
    newest: tuple[datetime, str] | None = None  # this status and those older
    oldest: tuple[datetime, str] | None = None  # this status and those newer

    def where(self) -> list[ColumnElement[bool]]:
        status = UserStatus
        clauses: list[ColumnElement[bool]] = [status.device_id == self.device_id]
        if self.none:
            clauses.append(false())
        if self.states:
            clauses.append(status.state.in_(self.states))
        if self.wa_ids:
            clauses.append(status.wa_id.in_(self.wa_ids))
        if self.kinds:
            clauses.append(status.kind.in_(self.kinds))
        if self.search:
            needle = self.search.strip().lower()
            clauses.append(
                or_(
                    func.lower(func.coalesce(status.body, "")).contains(needle, autoescape=True),
                    func.lower(func.coalesce(status.reference, "")).contains(needle, autoescape=True),
                    func.lower(cast(status.media, Text)).contains(needle, autoescape=True),
                )
            )
        if self.reference:
            clauses.append(status.reference == self.reference)
        if self.after is not None:
            clauses.append(status.created_at > self.after)
        if self.before is not None:
            clauses.append(status.created_at < self.before)
        key = tuple_(status.created_at, status.id)
        if self.newest is not None:
            clauses.append(key <= tuple_(*self.newest))
        if self.oldest is not None:
            clauses.append(key >= tuple_(*self.oldest))
        return clauses


class UserStatusStore:
    """The statuses of every number; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions

    async def add(self, status: UserStatus, event: StatusEvent) -> None:
        """Store a status; one published now writes its event."""
        async with self._sessions.begin() as session:
            session.add(status)
            if status.state == "published":
                await self._subscriptions.write(session, [event(status)], status.created_at)

    async def find(self, device_id: str, ident: str) -> UserStatus | None:
        """The number's status by its id (24 hex) or its WhatsApp id."""
        query = select(UserStatus).where(
            UserStatus.device_id == device_id, or_(UserStatus.id == ident, UserStatus.wa_id == ident)
        )
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def page(self, where: StatusFilter, page: int, size: int, newest_first: bool) -> list[UserStatus]:
        order = (
            (UserStatus.created_at.desc(), UserStatus.id.desc())
            if newest_first
            else (UserStatus.created_at, UserStatus.id)
        )
        query = select(UserStatus).where(*where.where()).order_by(*order).offset(page * size).limit(size)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def matching(self, where: StatusFilter) -> list[UserStatus]:
        """Every status `where` selects, oldest first."""
        query = select(UserStatus).where(*where.where()).order_by(UserStatus.created_at, UserStatus.id)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def due(self, device_id: str, now: datetime) -> list[UserStatus]:
        """The number's scheduled statuses whose time has come, in their time's order."""
        query = (
            select(UserStatus)
            .where(
                UserStatus.device_id == device_id,
                UserStatus.state == "scheduled",
                UserStatus.publish_at <= now,
            )
            .order_by(UserStatus.publish_at, UserStatus.id)
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def published(
        self, device_id: str, statuses: Sequence[UserStatus], now: datetime, event: StatusEvent
    ) -> None:
        """Mark these scheduled statuses published now, each with its event (those deleted
        meanwhile stay deleted, and write none)."""
        query = (
            update(UserStatus)
            .where(
                and_(UserStatus.device_id == device_id, UserStatus.id.in_([s.id for s in statuses])),
                UserStatus.state == "scheduled",
            )
            .values(state="published", published_at=now, updated_at=now)
            .returning(UserStatus.id)
        )
        async with self._sessions.begin() as session:
            marked = set((await session.scalars(query)).all())
            events = []
            for status in statuses:
                if status.id in marked:
                    status.state, status.published_at, status.updated_at = "published", now, now
                    events.append(event(status))
            await self._subscriptions.write(session, events, now)

    async def delete(self, device_id: str, ids: Sequence[str]) -> None:
        if not ids:
            return
        query = delete(UserStatus).where(UserStatus.device_id == device_id, UserStatus.id.in_(ids))
        async with self._sessions.begin() as session:
            await session.execute(query)
