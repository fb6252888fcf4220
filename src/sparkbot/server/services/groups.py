"""Groups (15 operations): list, details, create, update, picture, members (add, promote/demote,
remove), requests to join (list, approve, reject), invite code (get, revoke), join and leave.

The rules where the catalogue is silent (docs/server.md, "Groups"):

- A group is kept per number (`db/groups.py`). `groupId` is the group's WID with or without
  `@g.us` (`447362053576-1712345678` or `120363012345678901`); another shape is a 400, a group
  the number does not know a 404, and so is another account's number.
- Reads (list, details, requests, invite code) answer from storage; every write goes to WhatsApp
  and needs the number online (409 `not_online`), and a group the number left or was removed
  from (`membership` `left` / `removed`) takes no write but leave (409 `not_a_member`).
- Limits: subject 1 to 100 characters, description at most 500 (the catalogue's; WhatsApp itself
  takes 2,048), at most 1,023 members besides the number (WhatsApp's 1,024), picture a JPEG or
  PNG of at most 1 MB, as base64 or a `data:` URL in `image`, or an http(s) URL in `url` fetched
  under the address policy of file uploads (`services/pictures.py`).
- Admin-only: `updateGroup` when `permissions.edit` is `admins`, adding members and reading the
  invite code when `permissions.invite` is `admins`, and always removing, promoting, demoting,
  approving, rejecting and revoking: else 403 `not_group_admin`. The creator (`superadmin`)
  cannot be demoted or removed.
- Phones are checked first (E.164, 400); those not on WhatsApp (the engine's directory) are
  reported per phone (`status: not_on_whatsapp`) and not added, never a failure of the call.
- Every change writes, in its transaction, a `group:update`: the group's view with `change`
  (`create`, `update`, `image`, `add`, `remove`, `promote`, `demote`, `request`, `approve`,
  `reject`, `invite`, `join`, `leave`, `removed`) and the `phones` it concerned.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal

from sqlalchemy.exc import IntegrityError

from ..clock import Clock
from ..db import Account, Database, Device
from ..db.events import Event
from ..db.groups import GroupStore, GroupWrite
from ..db.models import Group
from ..engines import Engine
from ..engines.base import GroupAction
from ..problems import ApiProblem, conflict, invalid, not_found
from . import pictures
from .numbers import NumberService
from .online import require_online
from .paging import page_and_size
from .phones import is_phone
from .views import iso

__all__ = [
    "DESCRIPTION_MAX",
    "MEMBERS_MAX",
    "SUBJECT_MAX",
    "GroupService",
    "group_view",
    "invite_url",
    "parse_group_id",
]

SUBJECT_MAX = 100
DESCRIPTION_MAX = 500
MEMBERS_MAX = 1023  # besides the number itself: WhatsApp's groups hold 1,024
INVITE_PREFIX = "https://chat.whatsapp.com/"
FOREIGN_PREFIX = "SANDBOX"  # invite codes the sandbox answers with a group of strangers

_GROUP_ID = re.compile(r"^(\d{5,20}(?:-\d{5,20})?)(?:@g\.us)?$")
_CODE = re.compile(r"^[A-Za-z0-9]{8,40}$")
_INVITE_URL = re.compile(r"^https?://chat\.whatsapp\.com/(?:invite/)?([A-Za-z0-9]{8,40})/?$")
_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_PERMISSIONS = ("edit", "send", "invite")
_CHOICES = ("all", "admins")
_EPHEMERAL = ("off", "24h", "7d", "90d")

Role = Literal["superadmin", "admin", "member"]


def parse_group_id(value: object, field: str = "groupId") -> str:
    """A group's WID from its id with or without `@g.us`; else 400."""
    found = _GROUP_ID.fullmatch(value.strip()) if isinstance(value, str) else None
    if found is None:
        raise invalid(
            field,
            f"{field} must be a group id like 447362053576-1712345678@g.us (@g.us optional), got {value!r}",
        )
    return found[1] + "@g.us"


def invite_url(code: str) -> str:
    return INVITE_PREFIX + code


def _new_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(22))


def _member(phone: str, role: Role, at: datetime) -> dict[str, Any]:
    return {"phone": phone, "role": role, "at": iso(at)}


def _participant_view(entry: Mapping[str, Any]) -> dict[str, Any]:
    phone, role = str(entry["phone"]), str(entry.get("role") or "member")
    return {
        "phone": phone,
        "wid": phone.removeprefix("+") + "@c.us",
        "role": role,
        "admin": role != "member",
        "superadmin": role == "superadmin",
        "joinedAt": entry.get("at"),
    }


def _role(group: Group, phone: str) -> Role | None:
    for entry in group.participants:
        if entry.get("phone") == phone:
            role = str(entry.get("role") or "member")
            return "superadmin" if role == "superadmin" else "admin" if role == "admin" else "member"
    return None


def group_view(group: Group) -> dict[str, Any]:
    """A group as the API answers it."""
    mine = _role(group, group.me) if group.membership == "member" else None
    admin = mine in ("admin", "superadmin")
    image = None
    if group.image_type is not None:
        image = {"type": group.image_type, "size": group.image_size, "sha256": group.image_sha256}
    return {
        "id": group.wid,
        "wid": group.wid,
        "kind": group.kind,
        "name": group.subject,
        "description": group.description,
        "permissions": {
            "edit": group.edit,
            "send": group.send,
            "invite": group.invite,
            "approval": group.approval,
        },
        "ephemeral": group.ephemeral,
        "isReadOnly": mine is None or (group.send == "admins" and not admin),
        "membership": group.membership,
        "me": {"phone": group.me, "role": mine, "admin": admin},
        "participants": [_participant_view(p) for p in group.participants],
        "participantsCount": len(group.participants),
        "pendingCount": len(group.pending),
        "image": image,
        "createdBy": group.created_by,
        "createdAt": iso(group.created_at),
        "updatedAt": iso(group.updated_at),
    }


def _event(group: Group, change: str, phones: Sequence[str] = ()) -> Event:
    def data() -> dict[str, Any]:
        return {"group": group.wid, "change": change, "phones": list(phones), **group_view(group)}

    return Event(group.account_id, group.device_id, "group:update", data)


def _phone(value: Any, field: str) -> str:
    if not is_phone(value):
        raise invalid(field, f"{field} must be an E.164 phone like +447362053576, got {value!r}")
    return str(value)


def _entries(values: Any, field: str = "participants") -> list[tuple[str, bool | None]]:
    """`[{phone, admin}]` checked: phones E.164, not repeated, 1 to `MEMBERS_MAX` of them."""
    if not isinstance(values, Sequence) or isinstance(values, str) or not values:
        raise invalid(field, f"{field} must be a list of 1 or more {{phone, admin}} objects")
    if len(values) > MEMBERS_MAX:
        raise invalid(field, f"{field} takes at most {MEMBERS_MAX} phones, got {len(values)}")
    out: list[tuple[str, bool | None]] = []
    seen: set[str] = set()
    for i, entry in enumerate(values):
        what = f"{field}[{i}]"
        if isinstance(entry, str):
            entry = {"phone": entry}
        if not isinstance(entry, Mapping):
            raise invalid(what, f"{what} must be an object {{phone, admin}}, got {type(entry).__name__}")
        phone = _phone(entry.get("phone"), f"{what}.phone")
        admin = entry.get("admin")
        if admin is not None and not isinstance(admin, bool):
            raise invalid(f"{what}.admin", f"{what}.admin must be true or false, got {admin!r}")
        if phone in seen:
            raise invalid(f"{what}.phone", f"{what}.phone {phone} is repeated")
        seen.add(phone)
        out.append((phone, admin))
    return out


def _phones(values: Any, field: str) -> list[str]:
    """A list of 1 or more E.164 phones, repeats dropped."""
    if not isinstance(values, Sequence) or isinstance(values, str) or not values:
        raise invalid(field, f"{field} must be a list of 1 or more E.164 phones")
    if len(values) > MEMBERS_MAX + 1:
        raise invalid(field, f"{field} takes at most {MEMBERS_MAX + 1} phones, got {len(values)}")
    return list(dict.fromkeys(_phone(p, f"{field}[{i}]") for i, p in enumerate(values)))


def _text(values: Mapping[str, Any], name: str, limit: int, *, blank: bool) -> str | None:
    given = values.get(name)
    if given is None or given == "":
        return None
    if not isinstance(given, str):
        raise invalid(name, f"{name} must be text, got {type(given).__name__}")
    text = given.strip()
    if not text and not blank:
        raise invalid(name, f"{name} must not be blank")
    if len(text) > limit:
        raise invalid(name, f"{name} must be at most {limit} characters, got {len(text)}")
    return text


def _settings(values: Mapping[str, Any]) -> dict[str, Any]:
    """The permissions and disappearing-messages setting given, as columns."""
    changes: dict[str, Any] = {}
    for name in _PERMISSIONS:
        given = values.get(f"permissions.{name}")
        if given is not None:
            if given not in _CHOICES:
                raise invalid(
                    f"permissions.{name}", f"permissions.{name} must be all or admins, got {given!r}"
                )
            changes[name] = given
    approval = values.get("permissions.approval")
    if approval is not None:
        if not isinstance(approval, bool):
            raise invalid(
                "permissions.approval", f"permissions.approval must be true or false, got {approval!r}"
            )
        changes["approval"] = approval
    ephemeral = values.get("ephemeral")
    if ephemeral is not None:
        if ephemeral not in _EPHEMERAL:
            raise invalid("ephemeral", f"ephemeral must be one of {', '.join(_EPHEMERAL)}, got {ephemeral!r}")
        changes["ephemeral"] = ephemeral
    return changes


def _invite_code(values: Mapping[str, Any]) -> str:
    code, url = values.get("code") or None, values.get("url") or None
    if (code is None) == (url is None):
        raise invalid("code", "give one of code (an invite code) and url (https://chat.whatsapp.com/<code>)")
    if url is not None:
        found = _INVITE_URL.fullmatch(str(url).strip())
        if found is None:
            raise invalid("url", f"url must be an invite link like {INVITE_PREFIX}<code>, got {url!r}")
        return found[1]
    text = str(code).strip().removeprefix(INVITE_PREFIX)
    if not _CODE.fullmatch(text):
        raise invalid("code", f"code must be an invite code of 8 to 40 letters and digits, got {code!r}")
    return text


def _foreign_wid(code: str) -> str:
    digits = int(hashlib.sha256(code.encode()).hexdigest(), 16)
    return f"1203634{digits % 10**11:011d}@g.us"


class GroupService:
    """The groups of an account's numbers; the rules are in the module docstring."""

    def __init__(
        self,
        database: Database,
        engine: Engine,
        clock: Clock,
        numbers: NumberService,
        fetch: pictures.Fetch | None = None,
    ) -> None:
        self._groups = GroupStore(database)
        self._engine = engine
        self._clock = clock
        self._numbers = numbers
        self._fetch = fetch  # a picture given by URL (FileService.fetch_bytes)

    # reads
    async def search(
        self, account: Account, device_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        given = values.get("kind") or []
        kinds = [given] if isinstance(given, str) else [str(k) for k in given]
        kinds = [k for part in kinds for k in part.split(",") if k]
        unknown = sorted(set(kinds) - {"group", "broadcast"})
        if unknown:
            raise invalid("kind", f"kind must be group and/or broadcast, got {', '.join(unknown)}")
        paging = page_and_size(values, default_size=20)
        if paging is None:
            return []
        return [group_view(g) for g in await self._groups.page(device.id, kinds, *paging)]

    async def _known(self, account: Account, device_id: str, group_id: Any) -> tuple[Device, Group]:
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(group_id)
        group = await self._groups.get(device.id, wid)
        if group is None:
            raise not_found("group", str(group_id))
        return device, group

    async def get(self, account: Account, device_id: str, group_id: Any) -> dict[str, Any]:
        _, group = await self._known(account, device_id, group_id)
        return group_view(group)

    async def pending(self, account: Account, device_id: str, group_id: Any) -> dict[str, Any]:
        _, group = await self._known(account, device_id, group_id)
        _require_member(group)
        _require_admin(group, "see the requests to join")
        requests = [
            {
                "phone": p["phone"],
                "wid": str(p["phone"]).removeprefix("+") + "@c.us",
                "requestedAt": p.get("at"),
            }
            for p in group.pending
        ]
        return {"group": group.wid, "pending": requests, "total": len(requests)}

    async def invite(self, account: Account, device_id: str, group_id: Any) -> dict[str, Any]:
        _, group = await self._known(account, device_id, group_id)
        _require_member(group)
        if group.invite == "admins":
            _require_admin(group, "read the invite link (only admins may invite)")
        if group.invite_code is None:
            raise conflict("no_invite", "the group has no invite link: revoke to make one")
        return {"group": group.wid, "code": group.invite_code, "url": invite_url(group.invite_code)}

    # writes
    @staticmethod
    async def _write(device: Device, wid: str, group_id: Any, w: GroupWrite) -> Group:
        """The group, locked, after the checks every write shares: known (404), a member (409)."""
        group = await w.lock(device.id, wid)
        if group is None:
            raise not_found("group", str(group_id))
        _require_member(group)
        return group

    async def create(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        subject = _text(values, "name", SUBJECT_MAX, blank=False)
        if subject is None:
            raise invalid("name", f"name (the group's subject) is required, 1 to {SUBJECT_MAX} characters")
        description = _text(values, "description", DESCRIPTION_MAX, blank=True)
        settings = _settings(values)
        entries = _entries(values.get("participants"))
        require_online(device, "creating a group")
        me = _own_phone(device)
        if any(phone == me for phone, _ in entries):
            raise invalid("participants", f"{me} is the number itself: it is the group's creator already")
        reach = await self._engine.on_whatsapp([phone for phone, _ in entries])
        now = self._clock.now()
        members = [_member(me, "superadmin", now)]
        report = []
        for phone, admin in entries:
            if reach.get(phone, False):
                members.append(_member(phone, "admin" if admin else "member", now))
                report.append({"phone": phone, "status": "added", "admin": bool(admin)})
            else:
                report.append({"phone": phone, "status": "not_on_whatsapp", "admin": False})
        seconds = int(now.timestamp())
        for attempt in range(3):  # the same id made at once on another connection: the next one
            try:
                async with self._groups.write(now) as w:
                    await w.hold_number(device.id)
                    wid = f"{me.removeprefix('+')}-{seconds}@g.us"
                    while await w.lock(device.id, wid) is not None:
                        seconds += 1
                        wid = f"{me.removeprefix('+')}-{seconds}@g.us"
                    group = Group(
                        device_id=device.id,
                        wid=wid,
                        account_id=account.id,
                        kind="group",
                        subject=subject,
                        description=description,
                        edit=settings.get("edit", "all"),
                        send=settings.get("send", "all"),
                        invite=settings.get("invite", "all"),
                        approval=settings.get("approval", False),
                        ephemeral=settings.get("ephemeral", "off"),
                        me=me,
                        membership="member",
                        participants=members,
                        pending=[],
                        created_by=me,
                        created_at=now,
                        updated_at=now,
                    )
                    w.add(group)
                    await w.flush()
                    await w.new_invite(group, _new_code())
                    added = tuple(p["phone"] for p in members[1:])
                    await self._engine.group(
                        GroupAction(device.id, wid, "create", now, added, changes={"name": subject})
                    )
                    await w.emit([_event(group, "create", added)])
            except IntegrityError:
                if attempt == 2:
                    raise
                seconds += 1
                continue
            break
        return {**group_view(group), "results": report}

    async def update(
        self, account: Account, device_id: str, group_id: Any, values: Mapping[str, Any]
    ) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(group_id)
        changes = _settings(values)
        subject = _text(values, "name", SUBJECT_MAX, blank=False)
        if subject is not None:
            changes["subject"] = subject
        if "description" in values and values.get("description") is not None:
            changes["description"] = _text(values, "description", DESCRIPTION_MAX, blank=True)
        if not changes:
            raise invalid("name", "nothing to update: give name, description, permissions or ephemeral")
        require_online(device, "updating a group")
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await self._write(device, wid, group_id, w)
            if group.edit == "admins":
                _require_admin(group, "change the group's settings (only admins may edit)")
            for column, value in changes.items():
                setattr(group, column, value)
            group.updated_at = now
            await self._engine.group(GroupAction(device.id, wid, "update", now, changes=changes))
            await w.emit([_event(group, "update")])
        return group_view(group)

    async def set_image(
        self, account: Account, device_id: str, group_id: Any, values: Mapping[str, Any]
    ) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(group_id)
        given = pictures.required(values)
        require_online(device, "setting a group's picture")
        picture = await pictures.fetched(given, "url", self._fetch)
        assert picture is not None
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await self._write(device, wid, group_id, w)
            if group.edit == "admins":
                _require_admin(group, "change the group's picture (only admins may edit)")
            for column, value in picture.columns().items():
                setattr(group, column, value)
            group.updated_at = now
            await self._engine.group(GroupAction(device.id, wid, "image", now))
            await w.emit([_event(group, "image")])
        return group_view(group)

    async def add(self, account: Account, device_id: str, group_id: Any, values: Any) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(group_id)
        entries = _entries(values)
        require_online(device, "adding members to a group")
        reach = await self._engine.on_whatsapp([phone for phone, _ in entries])
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await self._write(device, wid, group_id, w)
            if group.invite == "admins":
                _require_admin(group, "add members (only admins may add)")
            members = list(group.participants)
            present = {str(p["phone"]) for p in members}
            report: list[dict[str, Any]] = []
            added: list[str] = []
            for phone, admin in entries:
                if phone in present:
                    report.append({"phone": phone, "status": "already_member"})
                elif not reach.get(phone, False):
                    report.append({"phone": phone, "status": "not_on_whatsapp"})
                else:
                    report.append({"phone": phone, "status": "added", "admin": bool(admin)})
                    members.append(_member(phone, "admin" if admin else "member", now))
                    added.append(phone)
            if len(members) > MEMBERS_MAX + 1:
                message = f"a group holds at most {MEMBERS_MAX + 1} members: it would hold {len(members)}"
                raise conflict("group_full", message, "participants")
            if added:
                group.participants = members
                group.pending = [p for p in group.pending if p.get("phone") not in added]
                group.updated_at = now
                await self._engine.group(GroupAction(device.id, wid, "add", now, tuple(added)))
                await w.emit([_event(group, "add", added)])
        return {**group_view(group), "results": report}

    async def set_admins(
        self, account: Account, device_id: str, group_id: Any, values: Any
    ) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(group_id)
        entries = _entries(values)
        for i, (_, admin) in enumerate(entries):
            if admin is None:
                raise invalid(
                    f"participants[{i}].admin",
                    f"participants[{i}].admin is required: true promotes, false demotes",
                )
        require_online(device, "promoting or demoting members")
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await self._write(device, wid, group_id, w)
            _require_admin(group, "promote or demote members")
            roles = {str(p["phone"]): p for p in group.participants}
            for i, (phone, _) in enumerate(entries):
                if phone not in roles:
                    raise invalid(f"participants[{i}].phone", f"{phone} is not a member of the group")
                if roles[phone].get("role") == "superadmin":
                    raise invalid(
                        f"participants[{i}].phone", f"{phone} created the group: its role cannot change"
                    )
            promoted = [p for p, admin in entries if admin and roles[p].get("role") == "member"]
            demoted = [p for p, admin in entries if not admin and roles[p].get("role") == "admin"]
            group.participants = [
                {
                    **p,
                    "role": "admin"
                    if p["phone"] in promoted
                    else "member"
                    if p["phone"] in demoted
                    else p["role"],
                }
                for p in group.participants
            ]
            group.updated_at = now
            events = []
            if promoted:
                await self._engine.group(GroupAction(device.id, wid, "promote", now, tuple(promoted)))
                events.append(_event(group, "promote", promoted))
            if demoted:
                await self._engine.group(GroupAction(device.id, wid, "demote", now, tuple(demoted)))
                events.append(_event(group, "demote", demoted))
            await w.emit(events)
        results = [{"phone": p, "admin": _role(group, p) != "member"} for p, _ in entries]
        return {**group_view(group), "results": results}

    async def remove(self, account: Account, device_id: str, group_id: Any, values: Any) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(group_id)
        phones = _phones(values, "phones")
        require_online(device, "removing members")
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await self._write(device, wid, group_id, w)
            _require_admin(group, "remove members")
            for i, phone in enumerate(phones):
                role = _role(group, phone)
                if phone == group.me:
                    raise invalid(f"phones[{i}]", f"{phone} is the number itself: to go, leave the group")
                if role is None:
                    raise invalid(f"phones[{i}]", f"{phone} is not a member of the group")
                if role == "superadmin":
                    raise invalid(f"phones[{i}]", f"{phone} created the group and cannot be removed")
            group.participants = [p for p in group.participants if p["phone"] not in phones]
            group.updated_at = now
            await self._engine.group(GroupAction(device.id, wid, "remove", now, tuple(phones)))
            await w.emit([_event(group, "remove", phones)])
        return {**group_view(group), "removed": phones}

    async def decide(
        self, account: Account, device_id: str, group_id: Any, values: Mapping[str, Any], approve: bool
    ) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(group_id)
        every = values.get("all") is True
        phones = [] if every else _phones(values.get("phones"), "phones")
        doing: Literal["approve", "reject"] = "approve" if approve else "reject"
        require_online(device, f"{doing} requests to join")
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await self._write(device, wid, group_id, w)
            _require_admin(group, f"{doing} requests to join")
            waiting = [str(p["phone"]) for p in group.pending]
            if every:
                phones = waiting
            for i, phone in enumerate(phones):
                if phone not in waiting:
                    raise invalid(f"phones[{i}]", f"{phone} has not asked to join the group")
            if phones:
                group.pending = [p for p in group.pending if p["phone"] not in phones]
                if approve:
                    members = [*group.participants, *(_member(p, "member", now) for p in phones)]
                    if len(members) > MEMBERS_MAX + 1:
                        message = (
                            f"a group holds at most {MEMBERS_MAX + 1} members: it would hold {len(members)}"
                        )
                        raise conflict("group_full", message, "phones")
                    group.participants = members
                group.updated_at = now
                await self._engine.group(GroupAction(device.id, wid, doing, now, tuple(phones)))
                events = [_event(group, doing, phones)]
                if approve:  # a number of the account that asked by invite: its own copy now
                    for number in await w.numbers_of(account.id, phones):
                        if number.id == device.id or number.phone is None:
                            continue
                        mine = await w.lock(number.id, wid)
                        members = [dict(p) for p in group.participants]
                        copy = self._copy(number, mine, group, number.phone, members, now, w)
                        await w.flush()
                        events.append(_event(copy, "join", [number.phone]))
                await w.emit(events)
        key = "approved" if approve else "rejected"
        return {"group": group.wid, key: phones, "pending": [p["phone"] for p in group.pending]}

    async def revoke(self, account: Account, device_id: str, group_id: Any) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(group_id)
        require_online(device, "revoking an invite link")
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await self._write(device, wid, group_id, w)
            _require_admin(group, "revoke the invite link")
            old, code = group.invite_code, _new_code()
            await w.new_invite(group, code)
            group.updated_at = now
            await self._engine.group(GroupAction(device.id, wid, "revoke", now, code=code))
            await w.emit([_event(group, "invite")])
        return {"group": group.wid, "code": code, "url": invite_url(code), "revoked": old}

    async def join(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        code = _invite_code(values)
        require_online(device, "joining a group")
        me = _own_phone(device)
        now = self._clock.now()
        async with self._groups.write(now) as w:
            invite = await w.invite(code)
            if invite is not None and invite.account_id == account.id:
                if invite.revoked_at is not None:
                    message = "this invite link was revoked: ask an admin of the group for the new one"
                    raise ApiProblem(404, "invite_revoked", message, [{"field": "code", "message": message}])
                origin = await w.lock(invite.device_id, invite.wid)
                if origin is None:
                    raise _no_invite()
                return await self._join_known(device, me, origin, code, w)
            if invite is None and code.upper().startswith(FOREIGN_PREFIX):
                return await self._join_foreign(device, me, code, w)
            raise _no_invite()

    async def _join_known(
        self, device: Device, me: str, origin: Group, code: str, w: GroupWrite
    ) -> dict[str, Any]:
        now, wid = w.now, origin.wid
        if origin.device_id == device.id:  # its own group, left or removed: back in
            if origin.membership == "member":
                raise conflict("already_member", "the number is a member of this group already", "code")
            origin.membership = "member"
            origin.participants = [
                *(p for p in origin.participants if p["phone"] != me),
                _member(me, "member", now),
            ]
            origin.updated_at = now
            await self._engine.group(GroupAction(device.id, wid, "join", now, (me,), code=code))
            await w.emit([_event(origin, "join", [me])])
            return {**group_view(origin), "status": "joined"}
        mine = await w.lock(device.id, wid)
        if _role(origin, me) is not None and mine is not None and mine.membership == "member":
            raise conflict("already_member", "the number is a member of this group already", "code")
        if origin.approval and _role(origin, me) is None:
            if all(p["phone"] != me for p in origin.pending):
                origin.pending = [*origin.pending, {"phone": me, "at": iso(now)}]
                origin.updated_at = now
                await w.emit([_event(origin, "request", [me])])
            await self._engine.group(GroupAction(device.id, wid, "join", now, (me,), code=code))
            return {"id": wid, "wid": wid, "name": origin.subject, "status": "pending"}
        if _role(origin, me) is None:
            origin.participants = [*origin.participants, _member(me, "member", now)]
            origin.updated_at = now
        members = [dict(p) for p in origin.participants]
        group = self._copy(device, mine, origin, me, members, now, w)
        await w.flush()
        await self._engine.group(GroupAction(device.id, wid, "join", now, (me,), code=code))
        await w.emit([_event(origin, "join", [me]), _event(group, "join", [me])])
        return {**group_view(group), "status": "joined"}

    @staticmethod
    def _copy(
        device: Device,
        mine: Group | None,
        origin: Group,
        me: str,
        members: list[dict[str, Any]],
        now: datetime,
        w: GroupWrite,
    ) -> Group:
        """The number's own record of a group it joins (made, or made a member again)."""
        group = mine or Group(
            device_id=device.id, wid=origin.wid, account_id=device.account_id, created_at=now
        )
        group.kind = origin.kind
        group.subject = origin.subject
        group.description = origin.description
        group.edit, group.send, group.invite = origin.edit, origin.send, origin.invite
        group.approval, group.ephemeral = origin.approval, origin.ephemeral
        group.me, group.membership = me, "member"
        group.participants, group.pending = members, []
        group.created_by = origin.created_by
        group.updated_at = now
        if mine is None:
            w.add(group)
        return group

    async def _join_foreign(self, device: Device, me: str, code: str, w: GroupWrite) -> dict[str, Any]:
        """A sandbox invite (`SANDBOX...`): a group of strangers, made on the fly."""
        now, wid = w.now, _foreign_wid(code)
        mine = await w.lock(device.id, wid)
        if mine is not None and mine.membership == "member":
            raise conflict("already_member", "the number is a member of this group already", "code")
        seed = int(wid.split("@")[0]) % 10_000
        creator, other = f"+1600777{seed:04d}", f"+1600778{seed:04d}"
        origin = Group(
            wid=wid,
            kind="group",
            subject=f"Sandbox group {code[:40]}"[:SUBJECT_MAX],
            description=None,
            edit="all",
            send="all",
            invite="all",
            approval=False,
            ephemeral="off",
            created_by=creator,
        )
        members = [
            _member(creator, "superadmin", now),
            _member(other, "member", now),
            _member(me, "member", now),
        ]
        group = self._copy(device, mine, origin, me, members, now, w)
        await w.flush()
        await self._engine.group(GroupAction(device.id, wid, "join", now, (me,), code=code))
        await w.emit([_event(group, "join", [me])])
        return {**group_view(group), "status": "joined"}

    async def leave(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(values.get("id"), "id")
        remove = values.get("remove", True) is not False
        require_online(device, "leaving a group")
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await w.lock(device.id, wid)
            if group is None:
                raise not_found("group", str(values.get("id")))
            was_member = group.membership == "member"
            if not was_member and not remove:
                raise conflict(
                    "not_a_member", f"the number is not a member of this group ({group.membership})", "id"
                )
            if was_member:
                group.membership = "left"
                group.participants = [p for p in group.participants if p["phone"] != group.me]
                group.updated_at = now
                await self._engine.group(GroupAction(device.id, wid, "leave", now, (group.me,)))
            events = [_event(group, "leave", [group.me])] if was_member else []
            await w.emit(events)
            if remove:
                await w.forget(group)
        return {"id": wid, "left": True, "removed": remove}

    # what others do (the sandbox)
    async def stranger_request(
        self, account: Account, device_id: str, group_id: Any, phone: Any
    ) -> dict[str, Any]:
        """Someone asks to join (by the group's link): pending when approval is on, else a member."""
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(group_id)
        asking = _phone(phone, "phone")
        require_online(device, "a request to join")
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await self._write(device, wid, group_id, w)
            if _role(group, asking) is not None:
                raise conflict("already_member", f"{asking} is a member of the group already", "phone")
            if group.approval:
                if all(p["phone"] != asking for p in group.pending):
                    group.pending = [*group.pending, {"phone": asking, "at": iso(now)}]
                status, change = "pending", "request"
            else:
                group.participants = [*group.participants, _member(asking, "member", now)]
                status, change = "joined", "join"
            group.updated_at = now
            await w.emit([_event(group, change, [asking])])
        return {"group": wid, "phone": asking, "status": status}

    async def removed_by_admin(
        self, account: Account, device_id: str, group_id: Any, by: Any
    ) -> dict[str, Any]:
        """An admin elsewhere removes the number from the group: kept, marked `removed`."""
        device = await self._numbers.require(account, device_id)
        wid = parse_group_id(group_id)
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await self._write(device, wid, group_id, w)
            admin = _phone(by, "by") if by is not None else None
            if admin is not None and _role(group, admin) in (None, "member"):
                raise invalid("by", f"{admin} is not an admin of the group")
            group.membership = "removed"
            group.participants = [p for p in group.participants if p["phone"] != group.me]
            group.updated_at = now
            await w.emit([_event(group, "removed", [group.me])])
        return group_view(group)

    async def seen_writing(self, device: Device, wid: str, sender: str, name: str | None) -> str:
        """A member writes in a group (the sandbox's inbound): a group the number does not know is
        one someone added it to (made, the writer its creator); a writer not a member joins it.
        409 `not_a_member` when the number left or was removed (WhatsApp delivers nothing).
        Answers the group's subject."""
        me = _own_phone(device)
        now = self._clock.now()
        async with self._groups.write(now) as w:
            group = await w.lock(device.id, wid)
            if group is None:
                group = Group(
                    device_id=device.id,
                    wid=wid,
                    account_id=device.account_id,
                    kind="group",
                    subject=(name or "Group")[:SUBJECT_MAX],
                    edit="all",
                    send="all",
                    invite="all",
                    approval=False,
                    ephemeral="off",
                    me=me,
                    membership="member",
                    participants=[_member(sender, "superadmin", now), _member(me, "member", now)],
                    pending=[],
                    created_by=sender,
                    created_at=now,
                    updated_at=now,
                )
                w.add(group)
                await w.emit([_event(group, "join", [me])])
                return group.subject
            if group.membership != "member":
                raise conflict(
                    "not_a_member",
                    f"the number is not in the group {wid} ({group.membership}): nothing reaches it",
                    "group",
                )
            if _role(group, sender) is None:
                group.participants = [*group.participants, _member(sender, "member", now)]
                group.updated_at = now
                await w.emit([_event(group, "add", [sender])])
            return group.subject


def _own_phone(device: Device) -> str:
    if not device.phone:
        raise conflict("not_linked", "the number has no phone yet: link it first")
    return device.phone


def _no_invite() -> ApiProblem:
    message = "no group has this invite code (check the link, or ask for a new one)"
    return ApiProblem(404, "not_found", message, [{"field": "code", "message": message}])


def _require_member(group: Group) -> None:
    if group.membership != "member":
        how = "left" if group.membership == "left" else "was removed from"
        raise conflict("not_a_member", f"the number {how} this group: it can no longer act in it")


def _require_admin(group: Group, doing: str) -> None:
    if _role(group, group.me) not in ("admin", "superadmin"):
        message = f"the number is not an admin of this group: only admins may {doing}"
        raise ApiProblem(403, "not_group_admin", message)
