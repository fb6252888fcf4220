"""What the sandbox's phone does to a number: scan, pair, drop the link; and what its contacts do:
write (text, media, location, contact card, replies), react, edit, delete, read, type."""

from __future__ import annotations

import base64
import binascii
import io
import wave
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

import segno

from ..clock import Clock
from ..db import Account, Device, Inbox, Store
from ..engines import Engine, InboundMedia, InboundMessage, MessageChange, Presence, SandboxEngine
from ..problems import ApiProblem, conflict, invalid
from ..wire import nest_values
from .delivery import new_wa_id
from .groups import GroupService
from .inbox import out_of_window
from .inboxviews import chat_message_view
from .locks import DeviceLocks
from .numbers import NumberService
from .phones import is_phone
from .views import iso, session_view
from .wids import chat_type, is_wid, wid_of

__all__ = ["DISCONNECT_REASONS", "SandboxService"]

DISCONNECT_REASONS = ("offline", "conflict", "logged_out")


class SandboxService:
    """The phone side of the sandbox engine; 404 when the server runs another engine."""

    def __init__(
        self,
        store: Store,
        inbox: Inbox,
        engine: Engine,
        clock: Clock,
        numbers: NumberService,
        locks: DeviceLocks,
        *,
        groups: GroupService | None = None,
    ) -> None:
        self._groups = groups
        self._inbox = inbox
        self._locks = locks
        self._store = store
        self._engine = engine
        self._clock = clock
        self._numbers = numbers

    def _sandbox(self) -> SandboxEngine:
        if not isinstance(self._engine, SandboxEngine):
            raise ApiProblem(404, "not_found", "this server does not run the sandbox engine")
        return self._engine

    def require_sandbox(self) -> None:
        """404 when the server runs another engine than the sandbox."""
        self._sandbox()

    async def _answer(self, device: Device, **extra: Any) -> dict[str, Any]:
        current = await self._store.get_device(device.id) or device
        return {"device": current.id, "phone": current.phone, "session": session_view(current), **extra}

    async def scan(self, account: Account, device_id: str, qr: str | None) -> dict[str, Any]:
        engine = self._sandbox()
        async with self._locks.hold(device_id):
            device = await self._numbers.require(account, device_id)
            if device.session_linked:
                raise conflict("already_linked", "the number is linked already: nothing to scan")
            await engine.scan(device.id, qr, device.phone)
        return await self._answer(device)

    async def pair(self, account: Account, device_id: str, code: str) -> dict[str, Any]:
        engine = self._sandbox()
        async with self._locks.hold(device_id):
            device = await self._numbers.require(account, device_id)
            if device.session_linked:
                raise conflict("already_linked", "the number is linked already: nothing to pair")
            await engine.pair(device.id, code)
        return await self._answer(device)

    async def disconnect(self, account: Account, device_id: str, reason: str) -> dict[str, Any]:
        engine = self._sandbox()
        async with self._locks.hold(device_id):
            device = await self._numbers.require(account, device_id)
            if reason not in DISCONNECT_REASONS:
                choices = ", ".join(DISCONNECT_REASONS)
                raise invalid("reason", f"reason must be one of {choices}, got {reason!r}")
            if not device.session_linked:
                raise conflict("not_linked", "the number is not linked: there is no link to drop")
            await engine.disconnect(device.id, reason)
        return await self._answer(device)

    async def outbox(self, account: Account, device_id: str) -> list[dict[str, Any]]:
        """What the sandbox's WhatsApp carried from this number, in the order it carried it."""
        engine = self._sandbox()
        device = await self._numbers.require(account, device_id)
        return [
            {
                "waId": r.wa_id,
                "message": r.message_id,
                r.target_type: r.target,
                "kind": r.kind,
                "content": nest_values(r.payload or {}),
                **({"recipients": list(r.recipients or [])} if r.target_type == "group" else {}),
                "sentAt": iso(r.sent_at),
                "deliveredAt": iso(r.delivered_at),
                "readAt": iso(r.read_at),
                **({"followers": r.followers} if r.target_type == "channel" else {}),
            }
            for r in await engine.wire.carried_by(device.id)
        ]

    async def _online(self, account: Account, device_id: str) -> Device:
        device = await self._numbers.require(account, device_id)
        if device.session_status != "online":
            raise conflict(
                "not_online", f"the session is {device.session_status}: messages reach only online numbers"
            )
        return device

    async def inbound(self, account: Account, device_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """A contact writes (text, media, location, contact card, maybe quoting), or reacts to,
        edits or revokes a message of the chat; answers the message as the inbox stored it."""
        engine = self._sandbox()
        device = await self._numbers.require(account, device_id)
        phone = _phone(body.get("phone"), "phone")
        group = body.get("group")
        if group is not None and (not is_wid(group) or chat_type(group) != "group"):
            raise invalid("group", f"group must be a group WID like 120363012345@g.us, got {group!r}")
        contents = [name for name in _CONTENTS if name in body]
        if "media" in body and "message" in body:
            contents.remove("message")  # the caption
        if len(contents) != 1:
            given = " and ".join(contents) or "nothing"
            raise invalid(
                "message", f"give one of {', '.join(_CONTENTS)} (media may carry message), not {given}"
            )
        if device.session_status != "online":
            raise conflict(
                "not_online", f"the session is {device.session_status}: messages reach only online numbers"
            )
        chat, sender, now = group or wid_of(phone), wid_of(phone), self._clock.now()
        what = contents[0]
        subject = body.get("groupName")
        if group is not None and self._groups is not None and what not in ("reaction", "edit", "revoke"):
            subject = subject or await self._groups.seen_writing(device, group, phone, subject)
        if what in ("reaction", "edit", "revoke"):
            return await self._change(engine, device, chat, sender, what, body[what], now)
        quote = body.get("quote")
        if quote is not None and await self._inbox.message(device.id, quote) is None:
            raise invalid(
                "quote", f"quote must be the WhatsApp id of a message of this number, got {quote!r}"
            )
        message = InboundMessage(
            device_id=device.id,
            wa_id=new_wa_id(),
            chat=chat,
            sender=sender,
            at=now,
            kind=_kind(what, body),
            body=body.get("message"),
            push_name=body.get("name"),
            chat_name=subject,
            content=_content(what, body),
            media=_media(body["media"]) if what == "media" else None,
            quote=quote,
        )
        if not await engine.receive(message):
            raise conflict(
                "contact_blocked",
                f"the number blocked {phone}: WhatsApp does not deliver their messages (unblock to receive)",
                "phone",
            )
        stored = await self._inbox.message(device.id, message.wa_id)
        return {"device": device.id, "message": chat_message_view(stored) if stored else None}

    async def _change(
        self,
        engine: SandboxEngine,
        device: Device,
        chat: str,
        sender: str,
        what: str,
        change: Mapping[str, Any],
        now: datetime,
    ) -> dict[str, Any]:
        wa_id = str(change["message"])
        message = await self._inbox.message(device.id, wa_id)
        if message is None or message.chat_wid != chat:
            raise invalid(f"{what}.message", f"no message {wa_id!r} in the chat {chat}")
        if what != "reaction":
            if message.sender != sender:
                raise conflict("not_sender", f"only the sender of a message can {what} it", f"{what}.message")
            why = out_of_window(message, what, now)
            if why:
                raise conflict("out_of_window", why, f"{what}.message")
        text = str(change.get("emoji", change.get("text", "")))
        await engine.change(MessageChange(device.id, chat, wa_id, what, sender, now, text))  # type: ignore[arg-type]
        stored = await self._inbox.message(device.id, wa_id)
        return {"device": device.id, "message": chat_message_view(stored) if stored else None}

    async def read(self, account: Account, device_id: str, phone: str) -> dict[str, Any]:
        engine = self._sandbox()
        device = await self._online(account, device_id)
        phone = _phone(phone, "phone")
        return {"device": device.id, "chat": wid_of(phone), "read": await engine.read_by(device.id, phone)}

    async def typing(
        self, account: Account, device_id: str, phone: str, state: str, group: str | None
    ) -> dict[str, Any]:
        engine = self._sandbox()
        device = await self._online(account, device_id)
        sender = wid_of(_phone(phone, "phone"))
        if group is not None and (not is_wid(group) or chat_type(group) != "group"):
            raise invalid("group", f"group must be a group WID like 120363012345@g.us, got {group!r}")
        chat = group or sender
        await engine.presence(Presence(device.id, chat, sender, state, self._clock.now()))  # type: ignore[arg-type]
        presence = None if state == "paused" else {"state": state, "by": sender}
        return {"device": device.id, "chat": chat, "presence": presence}

    async def actions(self, account: Account, device_id: str) -> list[dict[str, Any]]:
        engine = self._sandbox()
        device = await self._numbers.require(account, device_id)
        return [
            {
                "chat": a.chat,
                "action": a.action,
                "waId": a.wa_id,
                "text": a.text,
                "duration": a.duration,
                "at": iso(a.at),
            }
            for a in engine.actions(device.id)
        ]


_CONTENTS = ("message", "media", "location", "contact", "reaction", "edit", "revoke")


def _phone(value: Any, field: str) -> str:
    if not is_phone(value):
        raise invalid(field, f"{field} must be E.164, like +16001234560, got {value!r}")
    return str(value)


def _kind(what: str, body: Mapping[str, Any]) -> str:
    if what == "media":
        return str(body["media"].get("kind", "image"))
    return {"message": "text", "location": "location", "contact": "contact"}[what]


def _content(what: str, body: Mapping[str, Any]) -> dict[str, Any]:
    if what == "location":
        return {"location": dict(body["location"])}
    if what == "contact":
        card = dict(body["contact"])
        _phone(card.get("phone"), "contact.phone")
        return {"contacts": [card]}
    return {}


def _media(media: Mapping[str, Any]) -> InboundMedia:
    """The bytes given (base64), else generated ones of the kind: a PNG image, a PDF, a WAV sound."""
    kind = str(media.get("kind", "image"))
    encoded = media.get("data")
    if encoded is not None:
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise invalid("media.data", "media.data must be base64") from None
        if not data:
            raise invalid("media.data", "media.data is empty")
        mime = media.get("mimeType") or _DEFAULT_MIME[kind]
    elif kind in _GENERATED:
        data, mime = _GENERATED[kind]()
    else:
        raise invalid("media.data", f"a {kind} needs its bytes in media.data (base64)")
    return InboundMedia(kind, str(mime), data, media.get("filename"))  # type: ignore[arg-type]


def _png() -> tuple[bytes, str]:
    buffer = io.BytesIO()
    segno.make("sparkbot sandbox").save(buffer, kind="png", scale=4)
    return buffer.getvalue(), "image/png"


def _pdf() -> tuple[bytes, str]:
    return _PDF, "application/pdf"


def _wav() -> tuple[bytes, str]:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(1)
        sound.setframerate(8000)
        sound.writeframes(bytes(128 + (i % 16) for i in range(8000)))  # a second of a low buzz
    return buffer.getvalue(), "audio/wav"


_GENERATED: dict[str, Callable[[], tuple[bytes, str]]] = {
    "image": _png,
    "document": _pdf,
    "audio": _wav,
    "voice": _wav,
}
_DEFAULT_MIME = {
    "image": "image/jpeg",
    "video": "video/mp4",
    "audio": "audio/mpeg",
    "voice": "audio/ogg",
    "document": "application/octet-stream",
    "sticker": "image/webp",
}
# A one-page PDF that says "SparkBot sandbox".
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 100]/Contents 4 0 R"
    b"/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
    b"4 0 obj<</Length 44>>stream\nBT /F1 18 Tf 20 40 Td (SparkBot sandbox) Tj ET\nendstream endobj\n"
    b"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
