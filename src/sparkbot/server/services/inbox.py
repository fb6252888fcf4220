"""What arrives on a number, as its engine reports it: received messages (with their chat, contact
and media), changes to messages (edits, revokes, reactions) and contacts typing.

The rules of WhatsApp kept here, for every engine alike:
- a blocked contact's messages are not stored (WhatsApp does not deliver them);
- a message is edited only by its sender, within `EDIT_WINDOW` of sending it, and not once revoked;
- a message is revoked (deleted for everyone) only by its sender, within `REVOKE_WINDOW`;
- a reaction replaces that person's earlier one on the message; an empty one removes it.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from ..clock import Clock
from ..db import ChatMessage, Inbox, Received, Store
from ..db.events import Event
from ..engines import Engine, InboundMessage, MessageChange, Presence
from .accounts import new_id
from .inboxviews import chat_message_view
from .wids import chat_type, phone_of

__all__ = ["EDIT_WINDOW", "REVOKE_WINDOW", "InboxService", "out_of_window"]

EDIT_WINDOW = timedelta(minutes=15)
REVOKE_WINDOW = timedelta(hours=60)


def out_of_window(message: ChatMessage, change: str, now: datetime) -> str | None:
    """Why WhatsApp would refuse `change` (`edit` or `revoke`) of this message now, else None."""
    if message.revoked_at is not None:
        return "the message was deleted for everyone already"
    window = EDIT_WINDOW if change == "edit" else REVOKE_WINDOW
    sent = message.sent_at or message.created_at
    if now - sent > window:
        minutes = int(window.total_seconds() // 60)
        limit = f"{minutes} minutes" if minutes < 120 else f"{minutes // 60} hours"
        verb = "edited" if change == "edit" else "deleted for everyone"
        return f"WhatsApp lets a message be {verb} only within {limit} of sending it"
    return None


class InboxService:
    """Stores what the engine reports arriving; bound to the engine as its inbox listener."""

    def __init__(self, inbox: Inbox, store: Store, engine: Engine, clock: Clock) -> None:
        self._inbox = inbox
        self._store = store
        self._clock = clock
        engine.bind_inbox(self)

    async def message_received(self, message: InboundMessage) -> bool:
        device = await self._store.get_device(message.device_id)
        if device is None:
            return False
        account_id = device.account_id
        kind = chat_type(message.chat)
        file: dict[str, Any] | None = None
        file_id: str | None = None
        if message.media is not None:
            file_id = new_id()
            data = message.media.data
            file = {
                "id": file_id,
                "device_id": message.device_id,
                "account_id": account_id,
                "chat_wid": message.chat,
                "message_id": message.wa_id,
                "flow": "in",
                "type": "ptt" if message.media.kind == "voice" else message.media.kind,
                "mime_type": message.media.mime_type,
                "filename": message.media.filename,
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "data": data,
                "created_at": message.at,
            }
        content = dict(message.content)
        if file is not None:
            content["media"] = {
                "file": file_id,
                "type": file["type"],
                "mimeType": file["mime_type"],
                "filename": file["filename"],
                "size": file["size"],
                "sha256": file["sha256"],
            }
        row: dict[str, Any] = {
            "device_id": message.device_id,
            "id": message.wa_id,
            "account_id": account_id,
            "chat_wid": message.chat,
            "chat_type": kind,
            "flow": "inbound",
            "kind": message.kind,
            "sender": message.sender,
            "recipient": message.chat if kind != "chat" else message.device_id,
            "author": message.sender if kind != "chat" else None,
            "body": message.body,
            "payload": content,
            "quote_id": message.quote,
            "reactions": [],
            "edits": [],
            "ack": "delivered",
            "outbound_id": None,
            "reference": None,
            "file_id": file_id,
            "failure": None,
            "sent_at": message.at,
            "delivered_at": message.at,
            "read_at": None,
            "edited_at": None,
            "revoked_at": None,
            "created_at": message.at,
            "updated_at": message.at,
        }
        received = Received(
            row,
            sender_phone=phone_of(message.sender),
            push_name=message.push_name,
            chat_name=message.chat_name,
            file=file,
            participant=message.sender if kind == "group" else None,
        )
        kind_event = "channel:in" if kind == "channel" else "message:in:new"
        event = Event(
            account_id, message.device_id, kind_event, lambda: chat_message_view(ChatMessage(**row))
        )
        return await self._inbox.receive(received, [event])

    async def message_changed(self, change: MessageChange) -> bool:
        message = await self._inbox.message(change.device_id, change.wa_id)
        if message is None or message.chat_wid != change.chat:
            return False
        if change.change == "reaction":
            others = [r for r in message.reactions or [] if r.get("by") != change.by]
            mine = [{"emoji": change.text, "by": change.by, "at": _iso(change.at)}] if change.text else []
            values: dict[str, Any] = {"reactions": others + mine, "updated_at": change.at}
        else:
            if message.sender != change.by or out_of_window(message, change.change, change.at):
                return False
            if change.change == "edit":
                edits = [*(message.edits or []), {"body": message.body, "at": _iso(change.at)}]
                values = {
                    "body": change.text,
                    "edits": edits,
                    "edited_at": change.at,
                    "updated_at": change.at,
                }
            else:
                values = {"revoked_at": change.at, "updated_at": change.at}
        kind_event = "message:reaction" if change.change == "reaction" else "message:update"

        def events(after: ChatMessage) -> list[Event]:
            data = {**chat_message_view(after), "change": change.change}
            return [Event(account_id, change.device_id, kind_event, data)]

        account_id = message.account_id
        return await self._inbox.change(change.device_id, change.wa_id, values, events=events) is not None

    async def presence_changed(self, presence: Presence) -> None:
        state = None if presence.state == "paused" else {"state": presence.state, "by": presence.by}
        if state is not None:
            state["at"] = _iso(presence.at)
        await self._inbox.set_presence(presence.device_id, presence.chat, state)


def _iso(at: datetime) -> str:
    return at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
