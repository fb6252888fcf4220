"""How a number's inbox looks on the wire: chats, contacts, chat messages and chat files."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..db import Chat, ChatFile, ChatMessage, Contact
from .views import iso
from .wids import phone_of

__all__ = ["chat_message_view", "chat_view", "contact_view", "file_view"]


def chat_view(chat: Chat) -> dict[str, Any]:
    """A chat as `getDeviceChats` and `getDeviceChatDetails` answer it."""
    presence = chat.presence or None
    return {
        "id": chat.wid,
        "device": chat.device_id,
        "type": chat.type,
        "name": chat.name,
        "phone": phone_of(chat.wid),
        "status": chat.status,
        "unreadCount": chat.unread_count,
        "lastMessageAt": iso(chat.last_message_at),
        "lastInboundMessageAt": iso(chat.last_inbound_at),
        "readOnly": chat.read_only,
        "canSend": not chat.read_only,
        "owner": {
            "agent": chat.owner_agent,
            "department": chat.owner_department,
            "email": chat.owner_email,
        },
        "labels": list(chat.labels or []),
        "notes": len(chat.notes or []),
        "meta": {"pinned": chat.pinned, "muted": chat.muted, "archived": chat.archived},
        "presence": presence,
        "createdAt": iso(chat.created_at),
        "updatedAt": iso(chat.updated_at),
    }


def contact_view(contact: Contact) -> dict[str, Any]:
    """A contact as `getDeviceContacts` and `getDeviceContactDetails` answer it: the catalogue's
    fields it has, its metadata as a key/value list, labels and the blocked flag."""
    return {
        "id": contact.wid,
        "device": contact.device_id,
        "phone": contact.phone,
        "type": contact.type,
        "name": contact.name,
        **dict(contact.fields or {}),
        "metadata": [dict(item) for item in contact.meta or []],
        "labels": list(contact.labels or []),
        "blocked": contact.blocked,
        "saved": contact.saved,
        "lastMessageAt": iso(contact.last_message_at),
        "createdAt": iso(contact.created_at),
        "updatedAt": iso(contact.updated_at),
    }


def chat_message_view(m: ChatMessage) -> dict[str, Any]:
    """A message of a chat, either way; a revoked one keeps its place and loses its content."""
    revoked = m.revoked_at is not None
    return {
        "id": m.id,
        "waId": m.id,
        "device": m.device_id,
        "chat": m.chat_wid,
        "chatType": m.chat_type,
        "flow": m.flow,
        "type": "revoked" if revoked else m.kind,
        "from": m.sender,
        "to": m.recipient,
        "author": m.author,
        "body": None if revoked else m.body,
        "content": {} if revoked else dict(m.payload or {}),
        "quote": m.quote_id,
        "reactions": [dict(r) for r in m.reactions or []],
        "edited": m.edited_at is not None,
        "edits": [dict(e) for e in m.edits or []],
        "revoked": revoked,
        "ack": m.ack,
        "file": m.file_id,
        "outboundMessage": m.outbound_id,
        "reference": m.reference,
        "failure": {"reason": m.failure} if m.failure else None,
        "date": iso(m.created_at),
        "sentAt": iso(m.sent_at),
        "deliveredAt": iso(m.delivered_at),
        "readAt": iso(m.read_at),
        "editedAt": iso(m.edited_at),
        "revokedAt": iso(m.revoked_at),
        "updatedAt": iso(m.updated_at),
    }


def file_view(f: ChatFile | Mapping[str, Any]) -> dict[str, Any]:
    """A chat file's details (never its bytes: `download` gives those)."""
    get = f.get if isinstance(f, Mapping) else (lambda name: getattr(f, name))
    return {
        "id": get("id"),
        "device": get("device_id"),
        "chat": get("chat_wid"),
        "message": get("message_id"),
        "flow": get("flow"),
        "type": get("type"),
        "mimeType": get("mime_type"),
        "filename": get("filename"),
        "size": get("size"),
        "sha256": get("sha256"),
        "createdAt": iso(get("created_at")),
    }
