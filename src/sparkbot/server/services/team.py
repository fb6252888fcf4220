"""Team (7 operations): the users of an account, their roles and their access to numbers.

The rules where the catalogue is silent:

- A user answers `{id, displayName, email, role, color, status, devices, lastSeenAt,
  lastLoginAt, createdAt, updatedAt}`; `devices` are the numbers it has access to (sorted ids).
  The password is never answered: it is kept as a salted PBKDF2-SHA256 hash.
- `displayName` is 2 to 30 characters once trimmed, `password` 5 to 50, `email` an address of at
  most 200 characters, kept lower case and unique in the account (another user's is a 409
  `user_exists`). Roles and colours are the catalogue's.
- Access is per number and explicit for every role (an admin too): the users of a number are
  those granted it. `createDeviceUser` answers 201 with a new user with access to the number;
  `invite=true` makes it `pending` (invited: this server sends no email), else `active`. No
  operation suspends a user: `suspended` is a filter value only.
- `grantDeviceUserAccess` gives an existing user of the account access to the number (one it
  has already: nothing changes) and answers the user.
- `revokeDeviceUserAccess` (user by `id` or `email`) removes the access: the user is taken out
  of the number's departments and the number's chats it owns are released by `action`:
  `unassign` (default: the agent cleared), `reassign` to `assign` (a user with access to the
  number, not the same one; else 400), `resolve` (the agent cleared and the chat `resolved`); a
  chat's department and email stay. `remove=true` then deletes the user, its chats on every
  number released the same way. A user without access to the number is a 404. Answers
  `{user, device, action, chats, removed}` (`chats`: how many were released).
- `updateTeamUser` changes the fields given (at least one; 400 otherwise) and answers the user.
- `deleteUsers` takes 1 to 10 entries `{id | email, action, assign, remove}` (one of id and
  email; a user named twice is a 400; an unknown one a 404): each user is deleted with its
  access, taken out of every department, its chats on every number released by its `action`
  (as above; a reassignment's target must be a user of the account not deleted in the same call,
  with access to each number of those chats). A user that still has access to a number is
  deleted only with `force=true` or its entry's `remove=true` (else 409 `user_has_access`). One
  transaction: on any refusal nobody is deleted. Answers `{deleted: [{id, email, action, chats}],
  total}`.
- `getTeamUsers` lists oldest first (`page`, `size` default 20); `search` finds text in the name
  or email (ASCII case-insensitive on SQLite); `device` keeps the users with access to that
  number (another account's is a 404); `onlineBefore`/`After`, `loginBefore`/`After` are
  exclusive bounds on the last seen and last login times, which stay null here (no operation
  logs a user in), so a user matches none of them. `getDeviceTeamMembers` lists a number's
  users, oldest first.
- Chats' owners (`assignChatAgent`, the bulk `assign`) and a contact's `assign` accept only a
  user with access to that number, and a department of that number (`owner_guard`): else a 400
  naming the field (an unknown id, another account's and one without access answer the same,
  so nothing leaks).
- Events: a chat released writes its `chat:update` (`change: owner`) in the same transaction."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import re
import secrets
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from ...spec.formats import is_hex24
from ...spec.validation import is_given
from ..clock import Clock
from ..db import Account, Database
from ..db.chats import Guard
from ..db.models import TeamUser
from ..db.team import EmailTaken, HasAccess, NoAccess, Release, TeamStore, UserFilter, owner_check
from ..problems import ApiProblem, conflict, invalid, not_found
from .accounts import new_id
from .chats import chat_events
from .messages import parse_instant
from .numbers import NumberService
from .paging import page_and_size
from .views import iso

__all__ = ["TeamService", "hash_password", "verify_password", "user_view"]

NAME_LENGTH = (2, 30)
PASSWORD_LENGTH = (5, 50)
EMAIL_LENGTH = 200
DELETE_MAX = 10
PBKDF2_ROUNDS = 100_000
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_ACTIONS = ("unassign", "reassign", "resolve")
_ENTRY_KEYS = frozenset({"id", "email", "action", "assign", "remove"})


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ROUNDS)
    encoded = (base64.b64encode(part).decode() for part in (salt, digest))
    return f"pbkdf2_sha256${PBKDF2_ROUNDS}${'$'.join(encoded)}"


def verify_password(password: str, stored: str) -> bool:
    _, rounds, salt, digest = stored.split("$")
    given = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(rounds))
    return secrets.compare_digest(given, base64.b64decode(digest))


def user_view(user: TeamUser, devices: Sequence[str]) -> dict[str, Any]:
    return {
        "id": user.id,
        "displayName": user.display_name,
        "email": user.email,
        "role": user.role,
        "color": user.color,
        "status": user.status,
        "devices": list(devices),
        "lastSeenAt": iso(user.last_seen_at),
        "lastLoginAt": iso(user.last_login_at),
        "createdAt": iso(user.created_at),
        "updatedAt": iso(user.updated_at),
    }


def _name(value: Any, field: str = "displayName") -> str:
    low, high = NAME_LENGTH
    text = value.strip() if isinstance(value, str) else ""
    if not low <= len(text) <= high:
        raise invalid(field, f"{field} must be {low} to {high} characters, got {value!r}")
    return text


def _email(value: Any, field: str = "email") -> str:
    text = value.strip().lower() if isinstance(value, str) else ""
    if len(text) > EMAIL_LENGTH or not _EMAIL.fullmatch(text):
        raise invalid(field, f"{field} must be an email address like ana@example.com, got {value!r}")
    return text


def _password(value: Any) -> str:
    low, high = PASSWORD_LENGTH
    if not isinstance(value, str) or not low <= len(value) <= high:
        raise invalid("password", f"password must be {low} to {high} characters")
    return value


def _user_id(value: Any, field: str) -> str:
    if not isinstance(value, str) or not is_hex24(value):
        raise invalid(field, f"{field} must be a user id: 24 lowercase hex characters, got {value!r}")
    return value


def _release(action: Any, target: Any, field: str) -> Release:
    """What becomes of a user's chats (`action`, `assign`), checked."""
    action = "unassign" if not is_given(action) else action
    if action not in _ACTIONS:
        raise invalid(
            f"{field}action", f"{field}action must be unassign, reassign or resolve, got {action!r}"
        )
    if action != "reassign":
        if is_given(target):
            raise invalid(f"{field}assign", f"{field}assign is taken only with action reassign")
        return Release(action)
    if not is_given(target):
        raise invalid(f"{field}assign", f"{field}assign is required when action is 'reassign'")
    return Release(action, _user_id(target, f"{field}assign"))


class TeamService:
    """The account's team; another account's users and numbers are never found (404). See the
    module docstring for the rules."""

    def __init__(self, database: Database, clock: Clock, numbers: NumberService) -> None:
        self._clock = clock
        self._numbers = numbers
        self._team = TeamStore(database)

    async def _views(self, users: Sequence[TeamUser]) -> list[dict[str, Any]]:
        access = await self._team.access([u.id for u in users])
        return [user_view(user, access[user.id]) for user in users]

    async def _one(self, account: Account, user_id: str | None, email: str | None) -> TeamUser:
        found = await self._team.find(account.id, [user_id] if user_id else [], [email] if email else [])
        if not found:
            raise not_found("user", str(user_id or email))
        return found[0]

    # checks other resources use
    def owner_guard(self, device_id: str, agent: str | None, department: str | None, prefix: str) -> Guard:
        """The check of a chat's new owner, run in the chat change's transaction: `agent` must
        have access to the number, `department` be one of its departments (400 naming the field)."""

        async def guard(session: AsyncSession) -> None:
            agent_ok, department_ok = await owner_check(session, device_id, agent, department)
            if not agent_ok:
                raise invalid(f"{prefix}agent", f"{agent} is not a user with access to this number")
            if not department_ok:
                raise invalid(f"{prefix}department", f"{department} is not a department of this number")

        return guard

    async def require_access(self, device_id: str, user_id: str, field: str) -> None:
        """400 naming `field` unless the user has access to the number (a read, for writes that
        are not a chat's owner change)."""
        if await self._team.without_access(device_id, [user_id]):
            raise invalid(field, f"{user_id} is not a user with access to this number")

    # reads
    async def search(self, account: Account, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        def listed(name: str) -> tuple[str, ...]:
            return tuple(str(v) for v in values.get(name) or ())

        def instant(name: str) -> datetime | None:
            value = values.get(name)
            return parse_instant(str(value), name) if is_given(value) else None

        for name in ("ids", "exceptIds"):
            for i, user_id in enumerate(listed(name)):
                _user_id(user_id, f"{name}[{i}]")
        device = values.get("device")
        device_id = (await self._numbers.require(account, str(device))).id if is_given(device) else None
        search = values.get("search")
        where = UserFilter(
            ids=listed("ids"),
            except_ids=listed("exceptIds"),
            statuses=listed("status"),
            roles=listed("role"),
            search=str(search) if is_given(search) else None,
            device_id=device_id,
            online_before=instant("onlineBefore"),
            online_after=instant("onlineAfter"),
            login_before=instant("loginBefore"),
            login_after=instant("loginAfter"),
        )
        paging = page_and_size(values, default_size=20)
        if paging is None:
            return []
        return await self._views(await self._team.page(account.id, where, *paging))

    async def members(self, account: Account, device_id: str) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        return await self._views(await self._team.members(device.id))

    # writes
    async def create(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        name, email = _name(values.get("displayName")), _email(values.get("email"))
        password = _password(values.get("password"))
        now = self._clock.now()
        user = TeamUser(
            id=new_id(),
            account_id=account.id,
            display_name=name,
            email=email,
            password_hash=await asyncio.to_thread(hash_password, password),
            role=str(values.get("role") or "agent"),
            color=str(values.get("color") or "blue"),
            status="pending" if values.get("invite") is True else "active",
            last_seen_at=None,
            last_login_at=None,
            created_at=now,
            updated_at=now,
        )
        try:
            await self._team.create(user, device.id, now)
        except EmailTaken:
            raise conflict(
                "user_exists",
                f"{email} is a user of this account already: grant it access (PATCH .../team)",
                "email",
            ) from None
        return user_view(user, [device.id])

    async def update(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        user_id = _user_id(values.get("id"), "id")
        changed: dict[str, Any] = {}
        if is_given(values.get("displayName")):
            changed["display_name"] = _name(values["displayName"])
        if is_given(values.get("email")):
            changed["email"] = _email(values["email"])
        if is_given(values.get("password")):
            changed["password_hash"] = await asyncio.to_thread(hash_password, _password(values["password"]))
        for name in ("role", "color"):
            if is_given(values.get(name)):
                changed[name] = str(values[name])
        if not changed:
            raise invalid("id", "nothing to change: give displayName, email, password, role or color")
        changed["updated_at"] = self._clock.now()
        try:
            user = await self._team.change(account.id, user_id, lambda _: changed)
        except EmailTaken:
            raise conflict("user_exists", f"{changed['email']} is another user's email", "email") from None
        if user is None:
            raise not_found("user", user_id)
        return (await self._views([user]))[0]

    async def grant(self, account: Account, device_id: str, user_id: str) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        user = await self._team.grant(account.id, device.id, _user_id(user_id, "id"), self._clock.now())
        if user is None:
            raise not_found("user", user_id)
        return (await self._views([user]))[0]

    async def revoke(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        given_id = _user_id(values["id"], "id") if is_given(values.get("id")) else None
        given_email = _email(values["email"]) if is_given(values.get("email")) else None
        release = _release(values.get("action"), values.get("assign"), "")
        user = await self._one(account, given_id, given_email)
        if release.target == user.id:
            raise invalid("assign", "assign must be another user than the one whose access is revoked")
        remove = values.get("remove") is True
        now, events = self._clock.now(), chat_events("owner")
        try:
            if remove:
                if device.id not in (await self._team.access([user.id]))[user.id]:
                    raise not_found("user with access to this number", user.id)
                counts = await self._team.delete(account.id, [(user.id, release)], now, events)
                chats = None if counts is None else counts[0]
            else:
                chats = await self._team.revoke(account.id, device.id, user.id, release, now, events)
        except NoAccess as missing:
            raise self._no_access(missing, "assign") from None
        if chats is None:
            raise not_found("user with access to this number", user.id)
        after = [] if remove else await self._team.find(account.id, [user.id])
        view = (await self._views(after))[0] if after else user_view(user, [])
        return {
            "user": view,
            "device": device.id,
            "action": release.action,
            "chats": chats,
            "removed": remove,
        }

    async def delete(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        entries = values.get("users")
        if not isinstance(entries, Sequence) or isinstance(entries, str) or not entries:
            raise invalid("users", f"users must be a list of 1 to {DELETE_MAX} {{id | email, ...}} objects")
        if len(entries) > DELETE_MAX:
            raise invalid("users", f"users takes at most {DELETE_MAX} entries, got {len(entries)}")
        named: list[tuple[str | None, str | None, Release, bool]] = []
        for i, entry in enumerate(entries):
            field = f"users[{i}]"
            if not isinstance(entry, Mapping):
                raise invalid(field, f"{field} must be an object {{id | email, action, assign, remove}}")
            unknown = sorted(set(entry) - _ENTRY_KEYS)
            if unknown:
                raise invalid(field, f"{field} takes no field {', '.join(unknown)}")
            has_id, has_email = is_given(entry.get("id")), is_given(entry.get("email"))
            if has_id == has_email:
                raise invalid(field, f"{field} needs one of id and email")
            user_id = _user_id(entry["id"], f"{field}.id") if has_id else None
            email = _email(entry["email"], f"{field}.email") if has_email else None
            remove = entry.get("remove")
            if remove is not None and not isinstance(remove, bool):
                raise invalid(f"{field}.remove", f"{field}.remove must be true or false, got {remove!r}")
            named.append(
                (
                    user_id,
                    email,
                    _release(entry.get("action"), entry.get("assign"), f"{field}."),
                    remove is True,
                )
            )
        found = await self._team.find(
            account.id, [n[0] for n in named if n[0]], [n[1] for n in named if n[1]]
        )
        by_id = {u.id: u for u in found}
        by_email = {u.email: u for u in found}
        users: list[TeamUser] = []
        for user_id, email, _, _ in named:
            user = by_id.get(user_id) if user_id else by_email.get(str(email))
            if user is None:
                raise not_found("user", str(user_id or email))
            if user in users:
                raise invalid("users", f"user {user.id} is named twice: name each user once")
            users.append(user)
        deleted = {u.id for u in users}
        for i, (_, _, release, _) in enumerate(named):
            if release.target in deleted:
                raise invalid(f"users[{i}].assign", f"{release.target} is deleted in this call too")
            if release.target is not None and release.target not in by_id:
                target = await self._team.find(account.id, [release.target])
                if not target:
                    raise invalid(f"users[{i}].assign", f"{release.target} is not a user of this account")
        access = await self._team.access(list(deleted))
        force = values.get("force") is True
        for user, (_, _, _, remove) in zip(users, named, strict=True):
            if access[user.id] and not (force or remove):
                raise conflict(
                    "user_has_access",
                    f"user {user.id} has access to {len(access[user.id])} number(s): "
                    "pass force=true (or remove=true in its entry) to delete it",
                    "force",
                )
        releases = [(user.id, entry[2]) for user, entry in zip(users, named, strict=True)]
        guarded = [user.id for user, entry in zip(users, named, strict=True) if not (force or entry[3])]
        try:
            counts = await self._team.delete(
                account.id, releases, self._clock.now(), chat_events("owner"), refuse_with_access=guarded
            )
        except NoAccess as missing:
            raise self._no_access(missing, "users") from None
        except HasAccess as holder:  # access granted meanwhile
            raise conflict(
                "user_has_access", f"user {holder.user_id} has access to a number", "force"
            ) from None
        if counts is None:  # deleted meanwhile
            raise not_found("user", ", ".join(sorted(deleted)))
        answers = [
            {"id": user.id, "email": user.email, "action": release.action, "chats": count}
            for (user, (_, release)), count in zip(zip(users, releases, strict=True), counts, strict=True)
        ]
        return {"deleted": answers, "total": len(answers)}

    @staticmethod
    def _no_access(missing: NoAccess, field: str) -> ApiProblem:
        return invalid(
            field,
            f"the target {missing.user_id} has no access to number {missing.device_id}, "
            "where chats would be reassigned to it: grant it access first",
        )
