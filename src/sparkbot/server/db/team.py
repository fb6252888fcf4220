"""Reads and writes of an account's team (users and their access to numbers) and of a number's
departments, each write one transaction.

Locks are taken in one order, so that writes at once cannot deadlock on PostgreSQL: users, then
access rows, then departments, then chats. A chat's owner change runs `owner_check` in the chat
change's own transaction, before the chat is read: it reads the access row and the department
`FOR SHARE`, so an assignment and a revoke (which deletes the access row first) or a department's
deletion never cross, and no chat is left owned by a user without access or by a department that
is gone. SQLite has one writer: there the transactions' order gives the same.

The chats a user owns are read by the chats' device index (`device_id IN` the account's numbers)
and `owner_agent`; a department's chats by the number and `owner_department`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from .engine import Database
from .events import Event
from .models import Chat, Contact, Department, Device, TeamAccess, TeamUser

__all__ = [
    "ChatEvents",
    "EmailTaken",
    "HasAccess",
    "NameTaken",
    "NoAccess",
    "Release",
    "TeamStore",
    "UserFilter",
    "owner_check",
]

# the events of a chat after its owner changed, written in the change's transaction
ChatEvents = Callable[[Chat], Sequence[Event]]


class EmailTaken(Exception):
    """Another user of the account has this email; nothing was written."""


class NameTaken(Exception):
    """Another department of the number has this name; nothing was written."""


class NoAccess(Exception):
    """A user named (an agent, a reassignment's target) has no access to a number; nothing was
    written."""

    def __init__(self, user_id: str, device_id: str) -> None:
        super().__init__(f"{user_id} has no access to {device_id}")
        self.user_id = user_id
        self.device_id = device_id


@dataclass(frozen=True, slots=True)
class Release:
    """What becomes of the chats a user no longer owns: `unassign` (the agent cleared),
    `reassign` (to `target`) or `resolve` (the agent cleared and the chat `resolved`). The
    chat's department and email stay."""

    action: str = "unassign"
    target: str | None = None

    def apply(self, chat: Chat, now: datetime) -> None:
        chat.owner_agent = self.target if self.action == "reassign" else None
        if self.action == "resolve":
            chat.status = "resolved"
        chat.updated_at = now


@dataclass(frozen=True, slots=True)
class UserFilter:
    """What `getTeamUsers` may filter on; empty fields do not filter."""

    ids: tuple[str, ...] = ()
    except_ids: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    search: str | None = None
    device_id: str | None = None
    online_before: datetime | None = None
    online_after: datetime | None = None
    login_before: datetime | None = None
    login_after: datetime | None = None

    def where(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.ids:
            found.append(TeamUser.id.in_(self.ids))
        if self.except_ids:
            found.append(TeamUser.id.not_in(self.except_ids))
        if self.statuses:
            found.append(TeamUser.status.in_(self.statuses))
        if self.roles:
            found.append(TeamUser.role.in_(self.roles))
        if self.search:
            needle = self.search.strip().lower()
            found.append(
                or_(
                    func.lower(TeamUser.display_name).contains(needle, autoescape=True),
                    TeamUser.email.contains(needle, autoescape=True),
                )
            )
        if self.device_id:
            found.append(
                exists().where(TeamAccess.user_id == TeamUser.id, TeamAccess.device_id == self.device_id)
            )
        bounds = (
            (TeamUser.last_seen_at, self.online_before, self.online_after),
            (TeamUser.last_login_at, self.login_before, self.login_after),
        )
        for column, before, after in bounds:
            if before is not None:
                found.append(column < before)
            if after is not None:
                found.append(column > after)
        return found


async def owner_check(
    session: AsyncSession, device_id: str, agent: str | None, department: str | None
) -> tuple[bool, bool]:
    """In a chat change's transaction: whether `agent` has access to the number and `department`
    is one of its departments (True for those not given), each read `FOR SHARE`."""
    agent_ok = department_ok = True
    if agent is not None:
        query = select(TeamAccess.user_id).where(
            TeamAccess.device_id == device_id, TeamAccess.user_id == agent
        )
        agent_ok = (await session.scalars(query.with_for_update(read=True))).first() is not None
    if department is not None:
        query = select(Department.id).where(Department.device_id == device_id, Department.id == department)
        department_ok = (await session.scalars(query.with_for_update(read=True))).first() is not None
    return agent_ok, department_ok


class TeamStore:
    """Users, access and departments; objects come back detached. See the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions

    # users: reads
    async def page(self, account_id: str, where: UserFilter, page: int, size: int) -> list[TeamUser]:
        """A `getTeamUsers` page: the account's users oldest first (`ix_team_users_list`)."""
        query = (
            select(TeamUser)
            .where(TeamUser.account_id == account_id, *where.where())
            .order_by(TeamUser.created_at, TeamUser.id)
            .offset(page * size)
            .limit(size)
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def find(
        self, account_id: str, ids: Sequence[str] = (), emails: Sequence[str] = ()
    ) -> list[TeamUser]:
        """The account's users with these ids or (lower case) emails."""
        if not ids and not emails:
            return []
        query = select(TeamUser).where(
            TeamUser.account_id == account_id, or_(TeamUser.id.in_(ids), TeamUser.email.in_(emails))
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def members(self, device_id: str) -> list[TeamUser]:
        """The users with access to a number, oldest first."""
        query = (
            select(TeamUser)
            .join(TeamAccess, TeamAccess.user_id == TeamUser.id)
            .where(TeamAccess.device_id == device_id)
            .order_by(TeamUser.created_at, TeamUser.id)
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def access(self, user_ids: Sequence[str]) -> dict[str, list[str]]:
        """The numbers each user has access to (sorted ids)."""
        found: dict[str, list[str]] = {user_id: [] for user_id in user_ids}
        if not user_ids:
            return found
        query = (
            select(TeamAccess.user_id, TeamAccess.device_id)
            .where(TeamAccess.user_id.in_(user_ids))
            .order_by(TeamAccess.device_id)
        )
        async with self._sessions() as session:
            for user_id, device_id in (await session.execute(query)).all():
                found[user_id].append(device_id)
        return found

    async def without_access(self, device_id: str, user_ids: Sequence[str]) -> list[str]:
        """Of `user_ids`, those without access to the number, in the order given."""
        query = select(TeamAccess.user_id).where(
            TeamAccess.device_id == device_id, TeamAccess.user_id.in_(set(user_ids))
        )
        async with self._sessions() as session:
            held = set((await session.scalars(query)).all())
        return [user_id for user_id in dict.fromkeys(user_ids) if user_id not in held]

    # users: writes
    async def create(self, user: TeamUser, device_id: str, now: datetime) -> None:
        """Store a new user with access to the number (`EmailTaken` when the email is in use)."""
        try:
            async with self._sessions.begin() as session:
                if await _email_user(session, user.account_id, user.email) is not None:
                    raise EmailTaken(user.email)
                session.add(user)
                await session.flush()
                session.add(
                    TeamAccess(
                        user_id=user.id, device_id=device_id, account_id=user.account_id, created_at=now
                    )
                )
        except IntegrityError:  # the same email created at once by another request
            raise EmailTaken(user.email) from None

    async def change(
        self, account_id: str, user_id: str, change: Callable[[TeamUser], Mapping[str, Any]]
    ) -> TeamUser | None:
        """Write `change(user)` onto the (locked) user; None when not the account's; `EmailTaken`
        when the new email is another user's."""
        email: str | None = None
        try:
            async with self._sessions.begin() as session:
                user = await _locked_user(session, account_id, user_id)
                if user is None:
                    return None
                changed = dict(change(user))
                email = changed.get("email")
                taken = email is not None and email != user.email
                if taken and await _email_user(session, account_id, str(email)) is not None:
                    raise EmailTaken(str(email))
                for name, value in changed.items():
                    setattr(user, name, value)
                await session.flush()
                return user
        except IntegrityError:  # the same email given at once to another user
            raise EmailTaken(str(email)) from None

    async def grant(self, account_id: str, device_id: str, user_id: str, now: datetime) -> TeamUser | None:
        """Give the user access to the number (kept when it has it); None when not the account's."""
        async with self._sessions.begin() as session:
            user = await _locked_user(session, account_id, user_id)
            if user is None:
                return None
            held = select(TeamAccess).where(TeamAccess.user_id == user_id, TeamAccess.device_id == device_id)
            if (await session.scalars(held)).first() is None:
                session.add(
                    TeamAccess(user_id=user_id, device_id=device_id, account_id=account_id, created_at=now)
                )
                user.updated_at = now
            await session.flush()
            return user

    async def revoke(
        self,
        account_id: str,
        device_id: str,
        user_id: str,
        release: Release,
        now: datetime,
        events: ChatEvents,
    ) -> int | None:
        """Remove the user's access to the number: its chats there released, it taken out of the
        number's departments. Answers how many chats were released; None when the user had no
        access (nothing written); `NoAccess` when a reassignment's target has none."""
        async with self._sessions.begin() as session:
            user = await _locked_user(session, account_id, user_id)
            if user is None:
                return None
            released = await self._detach(session, account_id, user_id, [device_id], release, now)
            if released is None:
                return None
            user.updated_at = now
            await self._subscriptions.write(session, [e for chat in released for e in events(chat)], now)
            return len(released)

    async def delete(
        self,
        account_id: str,
        users: Sequence[tuple[str, Release]],
        now: datetime,
        events: ChatEvents,
        *,
        refuse_with_access: Sequence[str] = (),
    ) -> list[int] | None:
        """Delete these users (each with what becomes of its chats) in one transaction: their
        access removed, their chats on every number released, they taken out of departments.
        Answers how many chats each released; None when one is not the account's (nothing
        written). `refuse_with_access`: these users are refused (`HasAccess`) when they still
        have access to a number. `NoAccess` when a target lacks access to a number of a released chat."""
        async with self._sessions.begin() as session:
            ids = [user_id for user_id, _ in users]
            query = (
                select(TeamUser)
                .where(TeamUser.account_id == account_id, TeamUser.id.in_(ids))
                .order_by(TeamUser.id)
                .with_for_update()
            )
            found = {user.id for user in (await session.scalars(query)).all()}
            if found != set(ids):
                return None
            if refuse_with_access:
                held = select(TeamAccess.user_id).where(TeamAccess.user_id.in_(refuse_with_access)).limit(1)
                holder = (await session.scalars(held)).first()
                if holder is not None:
                    raise HasAccess(holder)
            counts: list[int] = []
            written: list[Event] = []
            for user_id, release in users:
                released = await self._detach(session, account_id, user_id, None, release, now) or []
                counts.append(len(released))
                written += [e for chat in released for e in events(chat)]
            await session.execute(delete(TeamUser).where(TeamUser.id.in_(ids)))
            await self._subscriptions.write(session, written, now)
            return counts

    @staticmethod
    async def _detach(
        session: AsyncSession,
        account_id: str,
        user_id: str,
        device_ids: Sequence[str] | None,
        release: Release,
        now: datetime,
    ) -> list[Chat] | None:
        """The user's access to these numbers (None: all the account's) removed, it taken out of
        their departments and its chats there released (the contacts it owns there too, as the
        chats: to the target, or to nobody): the chats changed. None when the user
        had access to none of `device_ids` (given)."""
        named = list(device_ids or ())
        access = select(TeamAccess).where(TeamAccess.user_id == user_id).with_for_update()
        if device_ids is not None:
            access = access.where(TeamAccess.device_id.in_(device_ids))
        rows = list((await session.scalars(access)).all())
        if device_ids is not None and not rows:
            return None
        if device_ids is None:
            numbers = select(Device.id).where(Device.account_id == account_id).order_by(Device.id)
            device_ids = list((await session.scalars(numbers)).all())
        if rows:
            await session.execute(
                delete(TeamAccess).where(
                    TeamAccess.user_id == user_id, TeamAccess.device_id.in_([r.device_id for r in rows])
                )
            )
        if not device_ids:
            return []
        departments = (
            select(Department)
            .where(Department.device_id.in_(device_ids))
            .order_by(Department.id)
            .with_for_update()
        )
        for department in (await session.scalars(departments)).all():
            if user_id in (department.agents or []):
                department.agents = [a for a in department.agents if a != user_id]
                department.updated_at = now
        chats = list(
            (
                await session.scalars(
                    select(Chat)
                    .where(Chat.device_id.in_(device_ids), Chat.owner_agent == user_id)
                    .order_by(Chat.device_id, Chat.wid)
                    .with_for_update()
                )
            ).all()
        )
        contacts = list(
            (
                await session.scalars(
                    select(Contact)
                    .where(
                        Contact.device_id.in_(device_ids),
                        Contact.fields["owner"]["agent"].as_string() == user_id,
                    )
                    .order_by(Contact.device_id, Contact.wid)
                    .with_for_update()
                )
            ).all()
        )
        if release.action == "reassign" and release.target is not None:
            needed = sorted({chat.device_id for chat in chats} | {c.device_id for c in contacts} | set(named))
            held = select(TeamAccess.device_id).where(
                TeamAccess.user_id == release.target, TeamAccess.device_id.in_(needed)
            )
            have = set((await session.scalars(held.with_for_update(read=True))).all())
            missing = [device for device in needed if device not in have]
            if missing:
                raise NoAccess(release.target, missing[0])
        for chat in chats:
            release.apply(chat, now)
        for contact in contacts:  # a contact's owner follows its chats: the target, or nobody
            fields = {k: v for k, v in (contact.fields or {}).items() if k != "owner"}
            if release.action == "reassign" and release.target is not None:
                fields["owner"] = {"agent": release.target}
            contact.fields = fields
            contact.updated_at = now
        await session.flush()
        return chats

    # departments
    async def departments(self, device_id: str) -> list[Department]:
        """A number's departments, oldest first (`ix_departments_list`)."""
        query = (
            select(Department)
            .where(Department.device_id == device_id)
            .order_by(Department.created_at, Department.id)
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def create_department(self, department: Department) -> None:
        """Store a department: its agents must have access to its number (`NoAccess`), its name
        be new on the number, in any case (`NameTaken`)."""
        async with self._sessions.begin() as session:
            await _agents_held(session, department.device_id, department.agents)
            await _name_free(session, department.device_id, department.name, None)
            session.add(department)

    async def change_department(
        self, device_id: str, department_id: str, changed: Mapping[str, Any]
    ) -> Department | None:
        """Write `changed` onto the (locked) department; None when the number has no such
        department; `NoAccess` / `NameTaken` as for a creation."""
        async with self._sessions.begin() as session:
            department = await _locked_department(session, device_id, department_id)
            if department is None:
                return None
            if "agents" in changed:
                await _agents_held(session, device_id, changed["agents"])
            if "name" in changed:
                await _name_free(session, device_id, changed["name"], department_id)
            for name, value in changed.items():
                setattr(department, name, value)
            await session.flush()
            return department

    async def delete_department(
        self, device_id: str, department_id: str, now: datetime, events: ChatEvents
    ) -> int | None:
        """Delete the department; the number's chats it owned keep their agent and lose the
        department, each with its events. Answers how many chats; None when not there."""
        async with self._sessions.begin() as session:
            department = await _locked_department(session, device_id, department_id)
            if department is None:
                return None
            query = (
                select(Chat)
                .where(Chat.device_id == device_id, Chat.owner_department == department_id)
                .order_by(Chat.wid)
                .with_for_update()
            )
            chats = list((await session.scalars(query)).all())
            for chat in chats:
                chat.owner_department = None
                chat.updated_at = now
            await session.flush()
            await session.execute(delete(Department).where(Department.id == department_id))
            await self._subscriptions.write(session, [e for chat in chats for e in events(chat)], now)
            return len(chats)


class HasAccess(Exception):
    """A user to delete still has access to a number (and neither `force` nor `remove`)."""

    def __init__(self, user_id: str) -> None:
        super().__init__(user_id)
        self.user_id = user_id


async def _email_user(session: AsyncSession, account_id: str, email: str) -> str | None:
    query = select(TeamUser.id).where(TeamUser.account_id == account_id, TeamUser.email == email)
    return (await session.scalars(query)).first()


async def _locked_user(session: AsyncSession, account_id: str, user_id: str) -> TeamUser | None:
    query = select(TeamUser).where(TeamUser.id == user_id, TeamUser.account_id == account_id)
    return (await session.scalars(query.with_for_update())).first()


async def _locked_department(session: AsyncSession, device_id: str, department_id: str) -> Department | None:
    query = select(Department).where(Department.id == department_id, Department.device_id == device_id)
    return (await session.scalars(query.with_for_update())).first()


async def _agents_held(session: AsyncSession, device_id: str, agents: Sequence[str]) -> None:
    query = select(TeamAccess.user_id).where(
        TeamAccess.device_id == device_id, TeamAccess.user_id.in_(set(agents))
    )
    held = set((await session.scalars(query.with_for_update(read=True))).all())
    missing = [agent for agent in agents if agent not in held]
    if missing:
        raise NoAccess(missing[0], device_id)


async def _name_free(session: AsyncSession, device_id: str, name: str, except_id: str | None) -> None:
    query = select(Department.id).where(
        Department.device_id == device_id, func.lower(Department.name) == name.lower()
    )
    if except_id is not None:
        query = query.where(Department.id != except_id)
    if (await session.scalars(query)).first() is not None:
        raise NameTaken(name)
