"""Chat Messages (5 operations: list, details, ack info, edit, delete) and Chat Files (3: list,
details, download) of a number's inbox. A number of another account, and its messages and files,
are never found (404); a message or file is looked up within its number only.

Messages (`getChatMessages`):
- filters: `flow`, `ack`, `wid` (WhatsApp message ids), `reference` (exact), `kind`, `type` (the chat's
  kind: `chat`, `group`, `channel`; `community` chats are not kept apart, so it matches none);
  `chat` (a WID, or a person's phone), `from` and `to` (a WID or phone: who wrote, who it went to;
  the number's own phone or WID matches its own messages, whichever way they were stored);
  `search`: the body, the name of the contact who wrote or was written to, or a file name, case
  insensitive; `after`/`before`: created after/before an instant (both excluded);
- `begin` and `end` are cursors, as the catalogue notes say (`begin`: where a newest-first walk
  starts, `end`: where an oldest-first walk starts): `begin=<id>` keeps that message and those older,
  `end=<id>` that message and those newer; both bound the list whatever `sort` says. An id that is
  not a message of the number: 400;
- `sort` `date:desc` (default) or `date:asc`: by creation time, then id; `page`/`size` as every list,
  and `skip` adds its count of messages to the page's offset (`page * size + skip`) with or without
  `sync` (the catalogue ties it to `sync`; here the stored history is all there is to skip in);
- `include`: `contact` adds `contactInfo` (the person's contact: who wrote an inbound message, who
  an outbound one went to; none for a channel or an outbound group message), `chat` adds `chatInfo`,
  `media` adds `mediaInfo` (the file's details, never its bytes); each is null when there is none;
- `sync=true`: the number must be online (409 `not_online`); the sandbox's WhatsApp keeps nothing the
  inbox has not stored already, so nothing more is fetched and the stored history is answered.

Ack info (`getMessageAckInfo`): the message's own status and times, and `recipients`, each
`{wid, phone, ack, sentAt, deliveredAt, readAt}`. Outbound to a person: that person. Outbound to a
group: every participant the chat knows (the number itself left out), all with the message's own
status and times, as the engine reports one acknowledgement per message, not per participant.
Outbound to a channel: no recipients (WhatsApp gives channel posts no receipts). Inbound: the
number itself is the recipient, with the times it received (`deliveredAt`) and read the message.

Edit (`editMessage`): only a text message the number sent (409 `not_sender` for a received one,
`not_text` for other kinds, `not_sent` for one that failed), not deleted for everyone (409
`revoked`), within WhatsApp's 15 minutes of sending (409 `out_of_window`), on an online number (409
`not_online`). The text is 1 to 4096 characters (400 otherwise); the same text as now changes
nothing (a retried request succeeds). The earlier text joins `edits`, `editedAt` is set, and the
engine is told (`edit`); if the engine cannot, the edit is undone and its error answered.

Delete (`deleteDeviceMessage`): answers what was done: `{id, device, chat, revoked, revokedAt,
deleted, file, revokeRefused, message}`.
- by default the message is deleted here only (its row and the file it carried): WhatsApp on the
  phone and on the other side keep it, and the engine is not told (there is nothing to carry); the
  chat keeps its unread count and last message time;
- `revoke=true` deletes it for everyone: only a message the number sent (409 `not_sender`), sent
  (409 `not_sent`), within WhatsApp's 60 hours (409 `out_of_window`), on an online number (409
  `not_online`); the engine is told (`revoke`) and the row stays as the "message deleted"
  placeholder (`revoked`, no content). A message revoked already is not revoked again (a retried
  request succeeds). Media the number sent is not stored as a file here (see below), so a revoke
  has no file to drop;
- `clean=true` with `revoke` also deletes the placeholder; without `revoke` the message is deleted
  whole anyway, so `clean` adds nothing;
- `force=true` with `revoke`: when the revoke is refused (any of the 409s above, or the engine
  failing) the message is deleted here instead, and `revokeRefused` says why it was not revoked.
  Without `revoke`, `force` adds nothing.

Files (`getDeviceFiles`, `getDeviceFileDetails`, `downloadDeviceFileDetails`): the media the
number received, with their bytes as they arrived. Filters `type`, `chat` (WIDs or phones), `ids`
(24-hex ids: 400 otherwise), `message` (WhatsApp ids), `flow` (`in`/`out`), `after`/`before`
(created, excluded), `search` (file name, MIME type, message id, chat id or the message's caption);
sorts `date:desc` (default), `date:asc`, `size:desc`, `size:asc` (then id). A list never carries the
bytes; `download` answers them with their content type, as an attachment with the file's name (or
`<id>.<extension>` when it has none). Media the number sends (outbound media messages, by URL) is
not fetched here (the server makes no network calls for it): its chat message keeps the media URL
in `content`, and it has no file.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from sqlalchemy import and_

from ...spec.formats import is_hex24
from ..clock import Clock
from ..db import Account, ChatMessage, Database, Device, Inbox, Store
from ..db.chatmessages import ChatHistory, FileFilter, HistoryFilter
from ..engines import ChatAction, Engine
from ..problems import ApiProblem, conflict, invalid, not_found
from .inbox import out_of_window
from .inboxviews import chat_message_view, chat_view, contact_view, file_view
from .messages import parse_instant
from .numbers import NumberService
from .paging import page_and_size
from .views import iso
from .wids import parse_chat, phone_of, wid_of

__all__ = ["MAX_TEXT", "ChatMessageService", "Download"]

MAX_TEXT = 4096  # WhatsApp's longest text message
_MAX_OFFSET = 2**62  # an SQL offset is a signed 64-bit integer


def _strings(values: Mapping[str, Any], name: str) -> tuple[str, ...]:
    given = values.get(name) or ()
    return (given,) if isinstance(given, str) else tuple(str(v) for v in given)


def _instant(values: Mapping[str, Any], name: str) -> datetime | None:
    return parse_instant(str(values[name]), name) if values.get(name) else None


def _skip(values: Mapping[str, Any]) -> int:
    skip = values.get("skip", 0)
    whole = not isinstance(skip, bool) and (
        isinstance(skip, int) or (isinstance(skip, float) and skip.is_integer())
    )
    if not whole or skip < 0:
        raise invalid("skip", f"skip must be a whole number, 0 or more, got {skip!r}")
    return int(skip)


def _own(device: Device) -> tuple[str, ...]:
    """What the number's own messages carry as their sender (or an inbound one as its recipient):
    its WID, and its id when it had no phone yet."""
    return (wid_of(device.phone), device.id) if device.phone else (device.id,)


def _refused(error: str, message: str) -> ApiProblem:
    return conflict(error, message, "messageId")


def _person(m: ChatMessage) -> str | None:
    """The contact a message is with: who wrote an inbound one, who an outbound one went to."""
    if m.flow == "inbound":
        return m.sender if m.chat_type != "channel" else None
    return m.recipient if m.chat_type == "chat" else None


@dataclass(frozen=True, slots=True)
class Download:
    """A file's bytes as `download` answers them: content type, and the headers of an attachment
    (`Content-Disposition` with its name, `Content-Length`)."""

    content: bytes
    media_type: str
    headers: dict[str, str]


def _download_name(filename: str | None, file_id: str, mime_type: str) -> str:
    if filename:
        cleaned = "".join(c for c in filename if c.isprintable() and c not in '"\\/')
        if cleaned.strip(" ."):
            return cleaned
    extension = mimetypes.guess_extension(mime_type.split(";")[0].strip()) or ".bin"
    return f"{file_id}{extension}"


def _disposition(name: str) -> str:
    """`attachment; filename="..."`, with the UTF-8 name beside an ASCII stand-in when it has others."""
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_")
    if ascii_name == name:
        return f'attachment; filename="{name}"'
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


class ChatMessageService:
    """A number's inbox as the account sees it; another account's number is never found (404).
    The rules are in the module docstring."""

    def __init__(
        self,
        database: Database,
        store: Store,
        inbox: Inbox,
        engine: Engine,
        clock: Clock,
        numbers: NumberService,
    ) -> None:
        self._database = database
        self._store = store
        self._inbox = inbox
        self._engine = engine
        self._clock = clock
        self._numbers = numbers
        self._history = ChatHistory(database)

    # messages
    async def messages(
        self, account: Account, device_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        paging = page_and_size(values, default_size=20)
        skip = _skip(values)
        if values.get("sync") is True and device.session_status != "online":
            raise conflict(
                "not_online",
                f"the session is {device.session_status}: sync reads from an online number only "
                "(start or reboot it), or leave sync out to read the stored history",
                "sync",
            )
        where = await self._history_filter(device, values)
        if paging is None or where is None:
            return []
        page, size = paging
        offset = page * size + skip
        if offset > _MAX_OFFSET:
            return []
        newest_first = values.get("sort", "date:desc") != "date:asc"
        found = await self._history.messages(where, offset, size, newest_first)
        return await self._views(device, found, _strings(values, "include"))

    async def _history_filter(self, device: Device, values: Mapping[str, Any]) -> HistoryFilter | None:
        """The list's filter; None when it can match nothing."""
        chat = parse_chat(values["chat"], "chat") if values.get("chat") else None
        senders = self._party(device, values, "from")
        recipients = self._party(device, values, "to")
        types = tuple(t for t in _strings(values, "type") if t != "community")
        if _strings(values, "type") and not types:
            return None
        cursors: dict[str, tuple[datetime, str]] = {}
        for name in ("begin", "end"):
            if values.get(name):
                wa_id = str(values[name])
                cursor = await self._inbox.message(device.id, wa_id)
                if cursor is None:
                    raise invalid(
                        name, f"{name} must be the id of a message of this number: there is no {wa_id!r}"
                    )
                cursors[name] = (cursor.created_at, cursor.id)
        return HistoryFilter(
            device_id=device.id,
            chat=chat,
            flows=_strings(values, "flow"),
            acks=_strings(values, "ack"),
            ids=_strings(values, "wid"),
            search=values.get("search") or None,
            senders=senders,
            recipients=recipients,
            chat_types=types,
            reference=values.get("reference") or None,
            kinds=_strings(values, "kind"),
            after=_instant(values, "after"),
            before=_instant(values, "before"),
            newest=cursors.get("begin"),
            oldest=cursors.get("end"),
        )

    @staticmethod
    def _party(device: Device, values: Mapping[str, Any], name: str) -> tuple[str, ...]:
        if not values.get(name):
            return ()
        wid = parse_chat(values[name], name)
        own = _own(device)
        return own if wid in own else (wid,)

    async def _views(
        self, device: Device, found: Sequence[ChatMessage], include: Sequence[str]
    ) -> list[dict[str, Any]]:
        views = [chat_message_view(m) for m in found]
        if "contact" in include:
            people = [p for m in found if (p := _person(m)) is not None]
            contacts = await self._history.contacts(device.id, people)
            for view, m in zip(views, found, strict=True):
                contact = contacts.get(_person(m) or "")
                view["contactInfo"] = contact_view(contact) if contact is not None else None
        if "chat" in include:
            chats = await self._history.chats(device.id, [m.chat_wid for m in found])
            for view, m in zip(views, found, strict=True):
                chat = chats.get(m.chat_wid)
                view["chatInfo"] = chat_view(chat) if chat is not None else None
        if "media" in include:
            files = await self._history.files_by_id(device.id, [m.file_id for m in found if m.file_id])
            for view, m in zip(views, found, strict=True):
                file = files.get(m.file_id or "")
                view["mediaInfo"] = file_view(file) if file is not None else None
        return views

    async def _require(self, account: Account, device_id: str, wa_id: str) -> tuple[Device, ChatMessage]:
        device = await self._numbers.require(account, device_id)
        message = await self._inbox.message(device.id, wa_id)
        if message is None:
            raise not_found("message", wa_id)
        return device, message

    async def message(self, account: Account, device_id: str, wa_id: str) -> dict[str, Any]:
        _, message = await self._require(account, device_id, wa_id)
        return chat_message_view(message)

    async def ack_info(self, account: Account, device_id: str, wa_id: str) -> dict[str, Any]:
        device, m = await self._require(account, device_id, wa_id)
        times = {
            "ack": m.ack,
            "sentAt": iso(m.sent_at),
            "deliveredAt": iso(m.delivered_at),
            "readAt": iso(m.read_at),
        }
        if m.flow == "inbound":
            number = wid_of(device.phone) if device.phone else None
            recipients = [{"wid": number, "phone": device.phone, **times}]
        elif m.chat_type == "chat":
            recipients = [{"wid": m.recipient, "phone": phone_of(m.recipient), **times}]
        elif m.chat_type == "group":
            chat = (await self._history.chats(device.id, [m.chat_wid])).get(m.chat_wid)
            own = _own(device)
            members = [str(p["wid"]) for p in (chat.participants if chat else None) or [] if p.get("wid")]
            recipients = [{"wid": w, "phone": phone_of(w), **times} for w in members if w not in own]
        else:
            recipients = []
        return {
            "id": m.id,
            "device": device.id,
            "chat": m.chat_wid,
            "chatType": m.chat_type,
            "flow": m.flow,
            **times,
            "recipients": recipients,
        }

    async def edit(self, account: Account, device_id: str, wa_id: str, text: Any) -> dict[str, Any]:
        device, m = await self._require(account, device_id, wa_id)
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
            size = len(text) if isinstance(text, str) else 0
            raise invalid("message", f"message must be the new text, 1 to {MAX_TEXT} characters, got {size}")
        now = self._clock.now()
        why = self._why_not(device, m, "edit", now)
        if why is not None:
            raise why
        if text == m.body:
            return chat_message_view(m)
        edits = [*(m.edits or []), {"body": m.body, "at": iso(now)}]
        values = {"body": text, "edits": edits, "edited_at": now, "updated_at": now}
        same = (
            ChatMessage.edited_at.is_(None) if m.edited_at is None else ChatMessage.edited_at == m.edited_at
        )
        unchanged = and_(ChatMessage.revoked_at.is_(None), same)
        edited = await self._inbox.change(device.id, m.id, values, only_if=unchanged)
        if edited is None:
            raise _refused("changed", "the message changed meanwhile: read it again, then edit it")
        try:
            await self._engine.act(ChatAction(device.id, m.chat_wid, "edit", now, wa_id=m.id, text=text))
        except ApiProblem:
            undo = {"body": m.body, "edits": m.edits, "edited_at": m.edited_at}
            await self._inbox.change(device.id, m.id, undo, only_if=ChatMessage.edited_at == now)
            raise
        return chat_message_view(edited)

    def _why_not(self, device: Device, m: ChatMessage, change: str, now: datetime) -> ApiProblem | None:
        """Why WhatsApp would refuse the number to `edit` or `revoke` the message now, else None."""
        verb = "edited" if change == "edit" else "deleted for everyone"
        if m.flow != "outbound":
            return _refused(
                "not_sender",
                f"only messages this number sent can be {verb}: {m.id} was received from {m.sender}",
            )
        if m.ack == "failed":
            return _refused("not_sent", f"the message was never sent ({m.failure}): nothing to change")
        if m.revoked_at is not None and change == "edit":
            return _refused("revoked", f"the message was deleted for everyone at {iso(m.revoked_at)}")
        if change == "edit" and m.kind != "text":
            return _refused("not_text", f"only text messages can be edited, this one is {m.kind}")
        why = out_of_window(m, change, now) if m.revoked_at is None else None
        if why is not None:
            return _refused("out_of_window", why)
        if device.session_status != "online":
            return conflict(
                "not_online",
                f"the session is {device.session_status}: a message is {verb} on an online number only",
            )
        return None

    async def delete(
        self, account: Account, device_id: str, wa_id: str, *, revoke: bool, clean: bool, force: bool
    ) -> dict[str, Any]:
        device, m = await self._require(account, device_id, wa_id)
        revoked, refusal = m.revoked_at is not None and m.flow == "outbound", None
        kept = m
        if revoke and not revoked:
            kept, refusal = await self._revoke(device, m)
            if refusal is not None and not force:
                raise refusal
            revoked = refusal is None
        deleted, file_id = False, None
        if not revoke or clean or refusal is not None:
            deleted, file_id = await self._history.remove(device.id, m.id)
            if not deleted:  # deleted meanwhile by another request
                raise not_found("message", wa_id)
        return {
            "id": m.id,
            "device": device.id,
            "chat": m.chat_wid,
            "revoked": revoked if revoke else False,
            "revokedAt": iso(kept.revoked_at) if revoke and revoked else None,
            "deleted": deleted,
            "file": file_id,
            "revokeRefused": {"error": refusal.error, "message": refusal.message} if refusal else None,
            "message": None if deleted else chat_message_view(kept),
        }

    async def _revoke(self, device: Device, m: ChatMessage) -> tuple[ChatMessage, ApiProblem | None]:
        """Revoke a message for everyone: the row after, or why it was not revoked (nothing changed)."""
        now = self._clock.now()
        why = self._why_not(device, m, "revoke", now)
        if why is not None:
            return m, why
        values = {"revoked_at": now, "updated_at": now}
        revoked = await self._inbox.change(device.id, m.id, values, only_if=ChatMessage.revoked_at.is_(None))
        if revoked is None:  # revoked meanwhile by another request: done
            return (await self._inbox.message(device.id, m.id)) or m, None
        try:
            await self._engine.act(ChatAction(device.id, m.chat_wid, "revoke", now, wa_id=m.id))
        except ApiProblem as problem:
            undo = {"revoked_at": None}
            await self._inbox.change(device.id, m.id, undo, only_if=ChatMessage.revoked_at == now)
            return m, problem
        return revoked, None

    # files
    async def files(
        self, account: Account, device_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        paging = page_and_size(values, default_size=20)
        chats = tuple(parse_chat(c, f"chat[{i}]") for i, c in enumerate(_strings(values, "chat")))
        ids = _strings(values, "ids")
        for i, file_id in enumerate(ids):
            if not is_hex24(file_id):
                raise invalid(f"ids[{i}]", f"ids[{i}] must be a file id (24 hex characters), got {file_id!r}")
        if paging is None:
            return []
        where = FileFilter(
            device_id=device.id,
            types=_strings(values, "type"),
            search=values.get("search") or None,
            chats=chats,
            ids=ids,
            messages=_strings(values, "message"),
            flow=values.get("flow") or None,
            after=_instant(values, "after"),
            before=_instant(values, "before"),
        )
        field, _, direction = str(values.get("sort") or "date:desc").partition(":")
        page, size = paging
        found = await self._history.files(where, page, size, field == "size", direction != "asc")
        return [file_view(f) for f in found]

    async def file(self, account: Account, device_id: str, file_id: str) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        found = await self._history.file(device.id, file_id)
        if found is None:
            raise not_found("file", file_id)
        return file_view(found)

    async def download(self, account: Account, device_id: str, file_id: str) -> Download:
        device = await self._numbers.require(account, device_id)
        found = await self._history.file(device.id, file_id, with_data=True)
        if found is None:
            raise not_found("file", file_id)
        data = bytes(found.data)
        name = _download_name(found.filename, found.id, found.mime_type)
        headers = {
            "Content-Disposition": _disposition(name),
            "Content-Length": str(len(data)),
            "X-Content-Type-Options": "nosniff",
        }
        return Download(data, found.mime_type, headers)
