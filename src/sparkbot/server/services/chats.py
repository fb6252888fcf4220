"""Chats (18 operations): list, details, sync, typing, read/unread, status, participants, owner, notes,
labels, meta, archive, delete, bulk update.

A chat is named by its WID or, for a person, by an E.164 phone (`parse_chat`); another account's
number is not found (404), and so is a chat the number does not have. Every write checks all its
input first and is one transaction (nothing half done); the engine is told what the number did on
WhatsApp (read, unread, block, unblock, delete, typing) after the transaction.

The rules where the API is silent:
- List: `removed` chats are never listed (the `status` filter offers no `removed`; details still
  show one, and `setChatStatus` brings it back). `status` values are alternatives: `pending`,
  `active`, `resolved` match the status, `archived` and `muted` the flags. `active` is status
  active or pending and not archived; `unread` is an unread count above 0; `search` matches the
  name, phone or WID, ignoring case; `labels` keeps chats with any of them, `labelsExclude` drops
  them (`*`: any label). Labels match by name, ignoring case. Each sort ends with the WID, so
  pages never overlap.
- `include`: `messages` embeds the last `LIST_MESSAGES` messages (`DETAILS_MESSAGES` in details),
  newest first; `notes` replaces the note count with the notes; `participants` embeds them.
- Sync (chats, chat messages): the number must be online (409). They answer what is stored: the
  sandbox's WhatsApp holds nothing the inbox has not been told already, so there is nothing more
  to fetch. Sync chats answers how many chats and messages (at most `messages` a chat) of the
  `size` most recent chats are there; sync messages a page of the chat's messages, newest first.
- Typing: WhatsApp lets a number type to anyone, so the chat need not exist; the session must be
  online (409). `stop` has no duration.
- Read: `unread=false` zeroes the unread count and marks the received messages read (now);
  `unread=true` sets the count to at least 1.
- Participants: a group's only (400 for a person's or a channel's chat), as kept on the chat, in
  that order; `search` matches the contact's name, the phone or WID, `contact` keeps the saved
  contacts; paged in memory (WhatsApp groups hold at most 1024 people).
- Status `archived` archives (the status itself stays); `removed` hides the chat from the list.
- Owner: an assignment names the whole owner: agent, email, department given, the others cleared.
  The agent must be a user with access to the number and the department one of the number's
  (`owners`, the Team service's check, run in the change's transaction): else a 400 naming the
  field, nothing changed (the bulk `assign` too, for every chat). The email is not checked
  against the team (it may be anyone's).
- Notes: 2 to 6000 characters (the catalogue's limit), at most `MAX_NOTES` a chat; `quote` is a note
  of the chat or a message of the chat; `author` a user with access to the number (`access`,
  the Team service's check; else a 400 on `author`). Deleting unknown note ids is refused (400,
  listing them), nothing deleted.
- Labels: names of 1 to `LABEL_LENGTH` characters (trimmed), at most `MAX_LABELS` a chat, kept in
  the order given; `replace` sets them, `upsert` adds the missing ones, `remove` drops them
  (`updateType` travels as the query flag `?upsert=true` or `?remove=true`, none for `replace`).
  Labels are defined first, on the number (Labels, `services/labels.py`), then applied: every
  label a chat is given (`replace`, `upsert`, the bulk `add`) must be one of the number's labels,
  named ignoring case (the chat carries the label's own name); otherwise a 400 naming the unknown
  labels, nothing changed (read in the change's transaction, so a label deleted meanwhile is never
  left on a chat). Labels to drop (`remove`, the bulk `remove`) match ignoring case and need not
  exist. The list filters `labels`/`labelsExclude` match a label's name ignoring case too.
- Delete: removes the chat, its messages and its files here. With `whatsapp`, the chat is deleted
  on WhatsApp first (the session must be online); if WhatsApp refuses, nothing is deleted, unless
  `force`, which deletes here anyway and says WhatsApp did not.
- Bulk: up to `MAX_BULK` chats, one action, one transaction. Chats the number does not have, and
  chats the action does not apply to (blocking a group, too many labels), are reported each and
  left as they were; the others change. `unresolve` makes a chat `pending` again; `block` and
  `unblock` set the blocked flag of the person's contact.
- Events: every change writes, in its transaction, a `chat:update` per chat changed: the chat's
  view after it with `change`: `read` (read or unread), `status`, `archive` (archive, unarchive,
  status `archived`), `meta` (pinned, muted), `owner` (assign, unassign), `notes` (added,
  deleted), `labels`, `delete` (the view as it was, with `deleted: true`), and in a bulk update
  the action's kind (`block` and `unblock` too, which also write the contacts' `contact:update`).
  A refused change writes none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import timedelta
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from ...spec.formats import is_hex24
from ..clock import Clock
from ..db import Account, Chat, ChatMessage, Contact, Database, Device, Inbox, Store
from ..db.chats import ANY_LABEL, ChatEdit, ChatEvents, ChatFilter, Chats, Guard
from ..db.events import Event
from ..db.labels import LabelStore, label_key, lock_labels
from ..engines import ChatAction, Engine
from ..problems import ApiProblem, conflict, invalid, not_found
from .accounts import new_id
from .contacts import AccessCheck, contact_events
from .inboxviews import chat_message_view, chat_view, contact_view
from .numbers import NumberService
from .paging import MAX_PAGE_SIZE, page_and_size
from .phones import is_phone
from .views import iso
from .wids import chat_type, parse_chat, phone_of, wid_of

__all__ = ["ChatService", "OwnerGuard"]

# (number, agent, department, field prefix) -> the check of a chat's new owner (`TeamService`)
OwnerGuard = Callable[[str, str | None, str | None, str], Guard]

LIST_MESSAGES = 5
DETAILS_MESSAGES = 20
NOTE_LENGTH = (2, 6000)
MAX_NOTES = 200
LABEL_LENGTH = 50
MAX_LABELS = 50
MAX_BULK = 100
EMAIL_LENGTH = 200
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

_Action = Literal["typing", "recording", "stop", "read", "unread", "delete", "block", "unblock"]
_PRESENCE: dict[str, _Action] = {"typing": "typing", "recording": "recording", "stop": "stop"}
_TOLD: dict[str, _Action] = {"read": "read", "unread": "unread", "block": "block", "unblock": "unblock"}
# a bulk action -> the `change` of its `chat:update` events
_BULK_CHANGE = {
    "resolve": "status",
    "unresolve": "status",
    "pin": "meta",
    "unpin": "meta",
    "mute": "meta",
    "unmute": "meta",
    "assign": "owner",
    "unassign": "owner",
    "read": "read",
    "unread": "read",
    "labels": "labels",
    "block": "block",
    "unblock": "unblock",
}


def chat_events(change: str, **more: Any) -> ChatEvents:
    """The `chat:update` of a chat after a change: its view, `change` and `more`."""

    def events(chat: Chat) -> list[Event]:
        data = lambda: {**chat_view(chat), "change": change, **more}  # noqa: E731
        return [Event(chat.account_id, chat.device_id, "chat:update", data)]

    return events


def _participant_view(entry: Mapping[str, Any], contact: Contact | None, embed: bool) -> dict[str, Any]:
    wid = str(entry.get("wid"))
    view: dict[str, Any] = {
        "id": wid,
        "phone": phone_of(wid),
        "role": entry.get("role", "participant"),
        "name": contact.name if contact else None,
    }
    if embed:
        view["contact"] = contact_view(contact) if contact else None
    return view


def _view(chat: Chat, include: Iterable[str] = (), messages: Sequence[ChatMessage] = ()) -> dict[str, Any]:
    view = chat_view(chat)
    if "messages" in include:
        view["messages"] = [chat_message_view(m) for m in messages]
    if "notes" in include:
        view["notes"] = [dict(note) for note in chat.notes or []]
    if "participants" in include:
        view["participants"] = [_participant_view(p, None, False) for p in chat.participants or []]
    return view


def _texts(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _labels(value: Any, field: str) -> list[str]:
    """Label names, trimmed, 1 to `LABEL_LENGTH` characters, without repeats (first kept)."""
    names: list[str] = []
    for i, raw in enumerate(_texts(value)):
        name = raw.strip() if isinstance(raw, str) else ""
        if not 1 <= len(name) <= LABEL_LENGTH:
            raise invalid(f"{field}[{i}]", f"a label is 1 to {LABEL_LENGTH} characters, got {raw!r}")
        if name not in names:
            names.append(name)
    if len(names) > MAX_LABELS:
        raise invalid(field, f"give at most {MAX_LABELS} labels, got {len(names)}")
    return names


def _label_filter(value: Any, field: str) -> tuple[str, ...]:
    """The labels a list filters on: `*` alone stands for any label."""
    names = _texts(value or [])
    return (ANY_LABEL,) if ANY_LABEL in names else tuple(_labels(names, field))


def _whole(value: Any, field: str, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not float(value).is_integer():
        raise invalid(field, f"{field} must be a whole number, 1 to {high}, got {value!r}")
    if not 1 <= value <= high:
        raise invalid(field, f"{field} must be a whole number, 1 to {high}, got {value!r}")
    return int(value)


def _hex24(value: Any, field: str, what: str) -> str:
    if not isinstance(value, str) or not is_hex24(value):
        raise invalid(field, f"{field} must be {what} id: 24 lowercase hex characters, got {value!r}")
    return value


def _label_guard(device_id: str, names: Sequence[str], field: str) -> tuple[Guard | None, dict[str, str]]:
    """The check, in a change's transaction, that `names` are labels of the number (a 400 naming
    the others), and the labels' own names by key that it fills in for the change to use."""
    found: dict[str, str] = {}
    if not names:
        return None, found

    async def guard(session: AsyncSession) -> None:
        found.update(await lock_labels(session, device_id, names))
        unknown = [name for name in names if label_key(name) not in found]
        if unknown:
            listed = ", ".join(repr(name) for name in unknown)
            raise invalid(field, f"the number has no label {listed}: create it first (createLabel)")

    return guard, found


def _named_labels(names: Sequence[str], found: Mapping[str, str]) -> list[str]:
    """`names` as the number's labels name them (repeats kept once)."""
    return list(dict.fromkeys(found.get(label_key(name), name) for name in names))


def _relabel(
    chat: Chat, add: Sequence[str] = (), drop: Sequence[str] = (), *, replace: bool = False
) -> str | None:
    """Add labels (or replace them all) and drop some (ignoring case), in one step; why not, when
    the chat would then hold more than `MAX_LABELS` (it is left as it was)."""
    current = [] if replace else list(chat.labels or [])
    held = {label_key(name) for name in current}
    dropped = {label_key(name) for name in drop}
    added = [a for a in add if label_key(a) not in held]
    labels = [name for name in [*current, *added] if label_key(name) not in dropped]
    if len(labels) > MAX_LABELS:
        return f"a chat holds at most {MAX_LABELS} labels: this one would hold {len(labels)}"
    chat.labels = labels
    return None


def _owner(agent: str | None, email: str | None, department: str | None) -> ChatEdit:
    def edit(chat: Chat) -> None:
        chat.owner_agent, chat.owner_email, chat.owner_department = agent, email, department

    return edit


def _status(status: str) -> ChatEdit:
    def edit(chat: Chat) -> None:
        chat.status = status

    return edit


def _flag(name: Literal["pinned", "muted", "archived"], on: bool) -> ChatEdit:
    def edit(chat: Chat) -> None:
        setattr(chat, name, on)

    return edit


def _read(chat: Chat) -> None:
    chat.unread_count = 0


def _unread(chat: Chat) -> None:
    chat.unread_count = max(chat.unread_count, 1)


def _person_only(chat: Chat) -> str | None:
    if chat.type != "chat":
        return f"only a person's chat can be blocked or unblocked, not a {chat.type}"
    return None


class ChatService:
    """A number's inbox as the account sees it; another account's number is never found (404)."""

    def __init__(
        self,
        database: Database,
        store: Store,
        inbox: Inbox,
        engine: Engine,
        clock: Clock,
        numbers: NumberService,
        *,
        owners: OwnerGuard | None = None,
        access: AccessCheck | None = None,
    ) -> None:
        self._database = database
        self._store = store
        self._inbox = inbox
        self._engine = engine
        self._clock = clock
        self._numbers = numbers
        self._chats = Chats(database)
        self._labels = LabelStore(database)
        self._owners = owners
        self._access = access

    def _owner_guard(
        self, device_id: str, agent: str | None, department: str | None, prefix: str = ""
    ) -> Guard | None:
        if self._owners is None or (agent is None and department is None):
            return None
        return self._owners(device_id, agent, department, prefix)

    # lookups
    async def _target(self, account: Account, values: Mapping[str, Any]) -> tuple[Device, str]:
        """The number (404 when not the account's) and the chat's WID (400 when malformed)."""
        device = await self._numbers.require(account, str(values.get("deviceId")))
        return device, parse_chat(values.get("chatId"))

    async def _chat(self, device: Device, wid: str) -> Chat:
        chat = await self._chats.get(device.id, wid)
        if chat is None:
            raise not_found("chat", wid)
        return chat

    @staticmethod
    def _online(device: Device, doing: str) -> None:
        if device.session_status != "online":
            raise conflict("not_online", f"the session is {device.session_status}: {doing} needs it online")

    async def _change_one(
        self,
        device: Device,
        wid: str,
        edit: ChatEdit,
        change: str,
        *,
        read: bool = False,
        guard: Guard | None = None,
    ) -> Chat:
        """Change one chat in one transaction, with its `chat:update` (404 when the number has no
        such chat)."""
        outcome = await self._chats.change(
            device.id, [wid], edit, self._clock.now(), read=read, events=chat_events(change), guard=guard
        )
        if not outcome:
            raise not_found("chat", wid)
        return outcome[0][0]

    async def _edit(
        self, account: Account, values: Mapping[str, Any], edit: ChatEdit, change: str, *, read: bool = False
    ) -> Chat:
        """`_change_one` of the chat the call names, on a number of the account."""
        device, wid = await self._target(account, values)
        return await self._change_one(device, wid, edit, change, read=read)

    async def _tell(self, device_id: str, wids: Iterable[str], action: _Action, **more: Any) -> None:
        now = self._clock.now()
        for wid in wids:
            await self._engine.act(ChatAction(device_id, wid, action, at=now, **more))

    async def _embed(
        self, device: Device, chats: Sequence[Chat], include: Sequence[str], per_chat: int
    ) -> list[dict[str, Any]]:
        messages: dict[str, list[ChatMessage]] = {}
        if "messages" in include and chats:
            messages = await self._chats.latest_messages(device.id, [c.wid for c in chats], per_chat)
        return [_view(chat, include, messages.get(chat.wid, ())) for chat in chats]

    async def _label_names(self, device_id: str, names: tuple[str, ...]) -> tuple[str, ...]:
        """A list filter's labels as the number's labels name them (ignoring case)."""
        if not names or ANY_LABEL in names:
            return names
        found = await self._labels.names(device_id, names)
        return tuple(_named_labels(names, found))

    # reads
    async def list_chats(self, account: Account, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, str(values.get("deviceId")))
        paging = page_and_size(values, default_size=20)
        if paging is None:
            return []
        where = ChatFilter(
            statuses=tuple(values.get("status") or ()),
            unread=values.get("unread") is True,
            active=values.get("active") is True,
            can_send=values.get("canSend") is True,
            read_only=values.get("readOnly") is True,
            types=tuple(values.get("type") or ()),
            agents=tuple(values.get("agent") or ()),
            search=values.get("search"),
            labels=await self._label_names(device.id, _label_filter(values.get("labels"), "labels")),
            labels_exclude=await self._label_names(
                device.id, _label_filter(values.get("labelsExclude"), "labelsExclude")
            ),
        )
        sort = str(values.get("sort") or "lastMessageAt:desc")
        chats = await self._chats.page(device.id, where, sort, *paging)
        return await self._embed(device, chats, values.get("include") or (), LIST_MESSAGES)

    async def details(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        device, wid = await self._target(account, values)
        chat = await self._chat(device, wid)
        return (await self._embed(device, [chat], values.get("include") or (), DETAILS_MESSAGES))[0]

    async def participants(self, account: Account, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        """A group's participants (as kept on the chat), filtered, in the group's order, paged."""
        device, wid = await self._target(account, values)
        paging = page_and_size(values, default_size=20)
        phones = _texts(values.get("phone") or [])
        for i, phone in enumerate(phones):
            if not is_phone(phone):
                raise invalid(f"phone[{i}]", f"phone must be E.164, like +447362053576, got {phone!r}")
        chat = await self._chat(device, wid)
        if chat.type != "group":
            raise invalid("chatId", f"participants are a group's: {wid} is a {chat.type} chat")
        if paging is None:
            return []
        entries = [dict(p) for p in chat.participants or []]
        contacts = await self._chats.contacts(device.id, [str(p.get("wid")) for p in entries])
        wanted = {wid_of(phone) for phone in phones}
        roles = set(values.get("role") or ())
        search = str(values.get("search") or "").casefold()

        def keep(entry: Mapping[str, Any]) -> bool:
            who = str(entry.get("wid"))
            contact = contacts.get(who)
            if wanted and who not in wanted:
                return False
            if roles and entry.get("role", "participant") not in roles:
                return False
            if values.get("contact") is True and not (contact and contact.saved):
                return False
            name = (contact.name or "") if contact else ""
            return not search or search in name.casefold() or search.removeprefix("+") in who

        page, size = paging
        kept = [e for e in entries if keep(e)][page * size : page * size + size]
        embed = "contact" in (values.get("include") or ())
        return [_participant_view(e, contacts.get(str(e.get("wid"))), embed) for e in kept]

    # sync
    async def sync_chats(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, str(values.get("deviceId")))
        size = _whole(values.get("size", 50), "size", MAX_PAGE_SIZE)
        per_chat = _whole(values.get("messages", 50), "messages", MAX_PAGE_SIZE)
        self._online(device, "syncing chats")
        chats, messages = await self._chats.stored(device.id, size, per_chat)
        return {"device": device.id, "chats": chats, "messages": messages, "syncedAt": iso(self._clock.now())}

    async def sync_messages(self, account: Account, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        device, wid = await self._target(account, values)
        paging = page_and_size(values, default_size=50)
        self._online(device, "syncing a chat's messages")
        await self._chat(device, wid)
        if paging is None:
            return []
        return [chat_message_view(m) for m in await self._chats.messages(device.id, wid, *paging)]

    # WhatsApp presence and read marks
    async def typing(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, str(values.get("deviceId")))
        action = _PRESENCE.get(str(values.get("action") or "typing"))
        if action is None:
            raise invalid("action", f"action must be typing, recording or stop, got {values.get('action')!r}")
        if "group" in values:
            wid = parse_chat(values["group"], "group")
            if chat_type(wid) != "group":
                raise invalid("group", f"group must be a group WID like 120363012345@g.us, got {wid!r}")
        else:
            if not is_phone(values.get("chat")):
                raise invalid(
                    "chat", f"chat must be an E.164 phone, like +447362053576, got {values.get('chat')!r}"
                )
            wid = wid_of(str(values["chat"]))
        duration = None if action == "stop" else float(values.get("duration", 2))
        self._online(device, "showing typing")
        now = self._clock.now()
        await self._engine.act(ChatAction(device.id, wid, action, at=now, duration=duration))
        return {
            "device": device.id,
            "chat": wid,
            "action": action,
            "duration": duration,
            "at": iso(now),
            "until": iso(now + timedelta(seconds=duration)) if duration else None,
        }

    async def read_status(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        unread = values.get("unread") is True
        chat = await self._edit(account, values, _unread if unread else _read, "read", read=not unread)
        await self._tell(chat.device_id, [chat.wid], "unread" if unread else "read")
        return _view(chat)

    # inbox state
    async def set_status(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        status = str(values.get("status"))
        edit = _flag("archived", True) if status == "archived" else _status(status)
        return _view(await self._edit(account, values, edit, "archive" if status == "archived" else "status"))

    async def archive(self, account: Account, values: Mapping[str, Any], archived: bool) -> dict[str, Any]:
        return _view(await self._edit(account, values, _flag("archived", archived), "archive"))

    async def meta(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        device, wid = await self._target(account, values)
        given = {name: values[name] for name in ("pinned", "muted") if name in values}
        if not given:
            raise invalid("pinned", "give pinned, muted or both")

        def edit(chat: Chat) -> None:
            for name, on in given.items():
                setattr(chat, name, on is True)

        return _view(await self._change_one(device, wid, edit, "meta"))

    async def assign(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        device, wid = await self._target(account, values)
        agent = _hex24(values["agent"], "agent", "an agent") if "agent" in values else None
        department = (
            _hex24(values["department"], "department", "a department") if "department" in values else None
        )
        email = values.get("email")
        if email is not None and (
            not isinstance(email, str) or len(email) > EMAIL_LENGTH or not _EMAIL.fullmatch(email)
        ):
            raise invalid("email", f"email must be an email address, like ana@example.com, got {email!r}")
        if agent is None and email is None and department is None:
            raise invalid("agent", "give agent, email, department, or agent and department")
        guard = self._owner_guard(device.id, agent, department)
        edit = _owner(agent, email, department)
        return _view(await self._change_one(device, wid, edit, "owner", guard=guard))

    async def unassign(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        return _view(await self._edit(account, values, _owner(None, None, None), "owner"))

    async def labels(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        device, wid = await self._target(account, values)
        names = _labels(values.get("labels"), "labels")
        how = str(values.get("updateType") or "replace")
        guard, found = _label_guard(device.id, names, "labels") if how != "remove" else (None, {})

        def edit(chat: Chat) -> None:
            if how == "remove":
                refused = _relabel(chat, drop=names)
            else:
                refused = _relabel(chat, _named_labels(names, found), replace=how == "replace")
            if refused:
                raise conflict("too_many_labels", refused, "labels")

        return _view(await self._change_one(device, wid, edit, "labels", guard=guard))

    # notes
    async def create_note(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        device, wid = await self._target(account, values)
        message = values.get("message")
        low, high = NOTE_LENGTH
        if not isinstance(message, str) or not low <= len(message.strip()) <= high or len(message) > high:
            raise invalid("message", f"a note is {low} to {high} characters, got {len(str(message or ''))}")
        author = _hex24(values["author"], "author", "a user") if "author" in values else None
        if author is not None and self._access is not None:
            await self._access(device.id, author, "author")
        quote = values.get("quote")
        quoted_message = False
        if quote is not None:
            found = await self._inbox.message(device.id, str(quote))
            quoted_message = found is not None and found.chat_wid == wid
        note = {
            "id": new_id(),
            "message": message,
            "quote": quote,
            "author": author,
            "createdAt": iso(self._clock.now()),
        }

        def edit(chat: Chat) -> None:
            notes = list(chat.notes or [])
            if quote is not None and not quoted_message and quote not in {n.get("id") for n in notes}:
                raise invalid("quote", f"quote must be a note or a message of this chat, got {quote!r}")
            if len(notes) >= MAX_NOTES:
                raise conflict("too_many_notes", f"a chat holds at most {MAX_NOTES} notes: delete some first")
            chat.notes = [*notes, note]

        chat = await self._change_one(device, wid, edit, "notes")
        return {**note, "chat": chat.wid}

    async def delete_notes(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        device, wid = await self._target(account, values)
        ids = list(dict.fromkeys(str(i) for i in _texts(values.get("ids") or [])))
        if not ids:
            raise invalid("ids", "give the ids of the notes to delete")

        def edit(chat: Chat) -> None:
            notes = list(chat.notes or [])
            unknown = [i for i in ids if i not in {n.get("id") for n in notes}]
            if unknown:
                listed = ", ".join(repr(i) for i in unknown)
                raise invalid("ids", f"chat {wid} has no notes {listed}: nothing was deleted")
            chat.notes = [n for n in notes if n.get("id") not in ids]

        chat = await self._change_one(device, wid, edit, "notes")
        return {"chat": chat.wid, "deleted": ids, "notes": len(chat.notes)}

    # delete
    async def delete(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        device, wid = await self._target(account, values)
        await self._chat(device, wid)
        on_whatsapp: dict[str, Any] | None = None
        if values.get("whatsapp") is True:
            try:
                self._online(device, "deleting a chat on WhatsApp")
                await self._tell(device.id, [wid], "delete")
                on_whatsapp = {"deleted": True, "reason": None}
            except ApiProblem as refused:
                if values.get("force") is not True:
                    raise
                on_whatsapp = {"deleted": False, "reason": refused.message}
        gone = chat_events("delete", deleted=True)
        deleted = await self._chats.delete(device.id, wid, self._clock.now(), gone)
        if deleted is None:
            raise not_found("chat", wid)
        return {
            "chat": wid,
            "deleted": {"chats": 1, "messages": deleted.messages, "files": deleted.files},
            "whatsapp": on_whatsapp,
        }

    # bulk
    async def bulk(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, str(values.get("deviceId")))
        action = str(values.get("action"))
        given = _texts(values.get("chats") or [])
        if not given or len(given) > MAX_BULK:
            raise invalid("chats", f"give 1 to {MAX_BULK} chats, got {len(given)}")
        named: dict[str, str] = {}  # WID -> the chat as given (first of repeats)
        for i, chat in enumerate(given):
            named.setdefault(parse_chat(chat, f"chats[{i}]"), str(chat))
        wids = list(named)
        edit, read, blocked = self._bulk_edit(action, values)
        guard = None
        if action == "assign":
            department = values.get("params.department")
            guard = self._owner_guard(device.id, values["params.agent"], department, "params.")
        if action == "labels":
            added = _labels(values.get("params.add") or [], "params.add")
            guard, labelled = _label_guard(device.id, added, "params.add")
            edit = self._bulk_labels(values, labelled)
        outcome = await self._chats.change(
            device.id,
            wids,
            edit,
            self._clock.now(),
            read=read,
            blocked=blocked,
            events=chat_events(_BULK_CHANGE[action]),
            contact_events=contact_events(action) if blocked is not None else None,
            guard=guard,
        )
        found = {chat.wid: failure for chat, failure in outcome}
        updated = [wid for wid in wids if wid in found and found[wid] is None]
        failed = [
            {"chat": named[wid], "error": "not_found", "message": f"the number has no chat {wid}"}
            if wid not in found
            else {"chat": named[wid], "error": "not_applicable", "message": found[wid]}
            for wid in wids
            if wid not in found or found[wid] is not None
        ]
        if action in _TOLD:
            await self._tell(device.id, updated, _TOLD[action])
        return {"action": action, "updated": updated, "failed": failed}

    def _bulk_edit(self, action: str, values: Mapping[str, Any]) -> tuple[ChatEdit, bool, bool | None]:
        """The change `action` makes to each chat, whether it marks messages read, and the
        contacts' blocked flag it sets; every parameter checked here, before any change."""
        simple: dict[str, ChatEdit] = {
            "resolve": _status("resolved"),
            "unresolve": _status("pending"),
            "pin": _flag("pinned", True),
            "unpin": _flag("pinned", False),
            "mute": _flag("muted", True),
            "unmute": _flag("muted", False),
            "unassign": _owner(None, None, None),
            "unread": _unread,
        }
        if action in simple:
            return simple[action], False, None
        if action == "read":
            return _read, True, None
        if action in ("block", "unblock"):
            return _person_only, False, action == "block"
        if action == "assign":
            agent = _hex24(values.get("params.agent"), "params.agent", "an agent")
            department = values.get("params.department")
            if department is not None:
                department = _hex24(department, "params.department", "a department")
            return _owner(agent, None, department), False, None
        if action == "labels":
            return self._bulk_labels(values, {}), False, None
        raise invalid("action", f"unknown action {action!r}")

    @staticmethod
    def _bulk_labels(values: Mapping[str, Any], found: Mapping[str, str]) -> ChatEdit:
        """The bulk `labels` action: add `params.add` (as `found` names them) and drop
        `params.remove`."""
        add = _labels(values.get("params.add") or [], "params.add")
        remove = _labels(values.get("params.remove") or [], "params.remove")
        return lambda chat: _relabel(chat, _named_labels(add, found), remove)
