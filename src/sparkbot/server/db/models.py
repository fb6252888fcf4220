"""The tables: accounts (hashed API keys), devices (numbers and their session), queued messages, and
each number's inbox: chats, contacts, chat messages (both directions) and chat files."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import UtcDateTime

__all__ = [
    "Account",
    "Base",
    "Campaign",
    "CampaignContact",
    "Chat",
    "ChatFile",
    "ChatMessage",
    "Contact",
    "Device",
    "Message",
    "Webhook",
    "WebhookAttempt",
    "WebhookEvent",
]

# an increasing key: BIGINT on PostgreSQL, SQLite's INTEGER PRIMARY KEY (its rowid) there
SEQUENCE = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    """The declarative base of every table."""


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Device(Base):
    """A WhatsApp number: its lifecycle, settings, session state and queue status."""

    __tablename__ = "devices"
    # an account's numbers in list order, with the key of each (`store.devices_query`)
    __table_args__ = (Index("ix_devices_list", "account_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(80), default="")
    plan: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    payment_intent: Mapped[str | None] = mapped_column(String(100), nullable=True)
    agents: Mapped[list[str]] = mapped_column(JSON, default=list)
    webhooks: Mapped[list[str]] = mapped_column(JSON, default=list)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    session_status: Mapped[str] = mapped_column(String(16), default="authorize")
    session_reason: Mapped[str | None] = mapped_column(String(40), nullable=True)
    session_since: Mapped[datetime] = mapped_column(UtcDateTime())
    session_linked: Mapped[bool] = mapped_column(Boolean, default=False)
    last_connected_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_sync_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_ack_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    queue_status: Mapped[str] = mapped_column(String(16), default="active")
    queue_force_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Message(Base):
    """An outbound message: `queued`, `processing` (claimed by its number's delivery worker), then
    `sent`, `delivered`, `read`, or `failed` with a reason.

    `position` is the queue order: increasing in creation order across every number, so a routed
    message keeps its place among the target's own. `rank` orders priorities before positions.
    `wa_id` is the WhatsApp message id, fixed when the message is claimed, so that a send repeated
    after a crash is recognised by the engine and not sent twice."""

    __tablename__ = "messages"
    # The lists' orders, read from an index (each ends with `id`, so it also answers a page's keys):
    # an account's messages, a number's, a status's, a recipient's; see `outbox.search_query`.
    __table_args__ = (
        Index("ix_messages_queue", "device_id", "status", "rank", "position"),
        Index("ix_messages_list", "account_id", "created_at", "position", "id"),
        Index("ix_messages_device_list", "device_id", "account_id", "created_at", "position", "id"),
        Index("ix_messages_status_list", "account_id", "status", "created_at", "position", "id"),
        Index("ix_messages_target_list", "account_id", "target", "created_at", "position", "id"),
    )

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(BigInteger)
    rank: Mapped[int] = mapped_column(Integer, default=2)
    kind: Mapped[str] = mapped_column(String(20))
    type: Mapped[str] = mapped_column(String(20), default="text")
    target_type: Mapped[str] = mapped_column(String(10))
    target: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    reference: Mapped[str | None] = mapped_column(String(200), nullable=True)
    agent: Mapped[str | None] = mapped_column(String(24), nullable=True)
    live: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    failure: Mapped[str | None] = mapped_column(Text, nullable=True)
    wa_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    deliver_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    read_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # the outcome of the latest webhook delivery about it: None (pending), success, failed
    webhook_status: Mapped[str | None] = mapped_column(String(12), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Chat(Base):
    """A conversation of a number: with a person (`<digits>@c.us`), a group (`...@g.us`) or a
    channel (`...@newsletter`). `name_key` is the name folded for sorting; `notes` and
    `participants` are small lists kept on the row."""

    __tablename__ = "chats"
    # the list's sorts, each read from an index that ends with the key (`inbox.chats_query`)
    __table_args__ = (
        Index("ix_chats_recent", "device_id", "last_message_at", "wid"),
        Index("ix_chats_unread", "device_id", "unread_count", "wid"),
        Index("ix_chats_name", "device_id", "name_key", "wid"),
    )

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True)
    wid: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(24))
    type: Mapped[str] = mapped_column(String(12), default="chat")
    name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    name_key: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(12), default="pending")
    unread_count: Mapped[int] = mapped_column(Integer, default=0)
    last_message_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_inbound_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    read_only: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_agent: Mapped[str | None] = mapped_column(String(24), nullable=True)
    owner_department: Mapped[str | None] = mapped_column(String(24), nullable=True)
    owner_email: Mapped[str | None] = mapped_column(String(200), nullable=True)
    labels: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    participants: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    presence: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    muted: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Contact(Base):
    """Someone a number knows: by WhatsApp id (`<digits>@c.us`), with the catalogue's fields
    (`fields`), metadata (a key/value list) and labels; `blocked` as WhatsApp keeps it."""

    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_name", "device_id", "name_key", "wid"),
        Index("ix_contacts_created", "device_id", "created_at", "wid"),
        Index("ix_contacts_updated", "device_id", "updated_at", "wid"),
    )

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True)
    wid: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(24))
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    type: Mapped[str] = mapped_column(String(12), default="personal")
    name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    name_key: Mapped[str] = mapped_column(String(100), default="")
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    meta: Mapped[list[dict[str, str]]] = mapped_column("metadata", JSON, default=list)
    labels: Mapped[list[str]] = mapped_column(JSON, default=list)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    saved: Mapped[bool] = mapped_column(Boolean, default=False)
    last_message_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ChatMessage(Base):
    """A message of a chat, either way: received (`inbound`) or sent by the number (`outbound`,
    with `outbound_id` the queued message it came from). `id` is its WhatsApp id; `ack` is its
    status (`pending`, `sent`, `delivered`, `read`, `failed`); an edit keeps the earlier texts in
    `edits`, a revoke keeps the row with `revoked_at` set and no content."""

    __tablename__ = "chat_messages"
    __table_args__ = (
        Index("ix_chat_messages_list", "device_id", "created_at", "id"),
        Index("ix_chat_messages_chat", "device_id", "chat_wid", "created_at", "id"),
    )

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(24))
    chat_wid: Mapped[str] = mapped_column(String(64))
    chat_type: Mapped[str] = mapped_column(String(12), default="chat")
    flow: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(12), default="text")
    sender: Mapped[str] = mapped_column(String(64))
    recipient: Mapped[str] = mapped_column(String(64))
    author: Mapped[str | None] = mapped_column(String(64), nullable=True)
    body: Mapped[str | None] = mapped_column(Text, nullable=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    quote_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reactions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    edits: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    ack: Mapped[str] = mapped_column(String(12), default="pending")
    outbound_id: Mapped[str | None] = mapped_column(String(24), nullable=True)
    reference: Mapped[str | None] = mapped_column(String(200), nullable=True)
    file_id: Mapped[str | None] = mapped_column(String(24), nullable=True)
    failure: Mapped[str | None] = mapped_column(Text, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    read_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    edited_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ChatFile(Base):
    """Media a chat carried, either way: its kind, type, size, sha256 and the bytes."""

    __tablename__ = "chat_files"
    __table_args__ = (
        Index("ix_chat_files_list", "device_id", "created_at", "id"),
        Index("ix_chat_files_size", "device_id", "size", "id"),
    )

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"))
    account_id: Mapped[str] = mapped_column(String(24))
    chat_wid: Mapped[str] = mapped_column(String(64))
    message_id: Mapped[str] = mapped_column(String(64))
    flow: Mapped[str] = mapped_column(String(4))
    type: Mapped[str] = mapped_column(String(12))
    mime_type: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str | None] = mapped_column(String(200), nullable=True)
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Webhook(Base):
    """Where an account wants its events: a URL, the events, optionally one number, a secret.
    `status` is `pending` until a first delivery succeeds, then `active`; `disabled` (with
    `reason`) once a delivery was given up, until `enable`."""

    __tablename__ = "webhooks"
    __table_args__ = (Index("ix_webhooks_list", "account_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(30))
    url: Mapped[str] = mapped_column(String(2048))
    events: Mapped[list[str]] = mapped_column(JSON, default=list)
    device_id: Mapped[str | None] = mapped_column(String(24), nullable=True)
    secret: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(12), default="pending")
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_delivery_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class WebhookEvent(Base):
    """The event outbox: one row per event and webhook that wants it, written in the transaction
    of the change that caused it. `body` is the exact JSON delivered (signed as it is); `lane`
    (the number, or "") orders deliveries per webhook and number; `state` is `pending` until it
    is `delivered` or `failed` (given up)."""

    __tablename__ = "webhook_events"
    __table_args__ = (
        UniqueConstraint("webhook_id", "id", name="uq_webhook_events_id"),
        Index("ix_webhook_events_lane", "state", "webhook_id", "lane", "seq"),
        Index("ix_webhook_events_message", "message_id"),
    )

    seq: Mapped[int] = mapped_column(SEQUENCE, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(24))
    webhook_id: Mapped[str] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"))
    account_id: Mapped[str] = mapped_column(String(24))
    lane: Mapped[str] = mapped_column(String(24), default="")
    event: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(24), nullable=True)
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class WebhookAttempt(Base):
    """One delivery attempt, as the webhook's logs show it."""

    __tablename__ = "webhook_attempts"
    __table_args__ = (Index("ix_webhook_attempts_list", "webhook_id", "seq"),)

    seq: Mapped[int] = mapped_column(SEQUENCE, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(24))
    webhook_id: Mapped[str] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"))
    event_id: Mapped[str] = mapped_column(String(24))
    event: Mapped[str] = mapped_column(String(32))
    device_id: Mapped[str | None] = mapped_column(String(24), nullable=True)
    attempt: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ok: Mapped[bool] = mapped_column(Boolean, default=False)
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    response: Mapped[str | None] = mapped_column(Text, nullable=True)


class Campaign(Base):
    """A bulk send of one number: its message (`payload`, as a send stores it), its contacts
    (`CampaignContact`) and schedule. `status` is what was last decided (`draft`, `processing`,
    `paused`, `stopped`); what a read answers is derived from it and the contacts' messages
    (see `services/campaigns.py`)."""

    __tablename__ = "campaigns"
    # an account's campaigns in list order, with the key of each (`campaigns.list_query`)
    __table_args__ = (Index("ix_campaigns_list", "account_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="sendText")
    type: Mapped[str] = mapped_column(String(20), default="text")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    scheduled_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    owner: Mapped[str | None] = mapped_column(String(24), nullable=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    stopped_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class CampaignContact(Base):
    """A recipient of a campaign, in the campaign's order (`position`): a phone (E.164) or a group
    WID. `message_id` is the queued message that carries the campaign to it (None while it was
    not queued); its status is derived from that message."""

    __tablename__ = "campaign_contacts"
    # which campaigns reach a recipient (`getCampaigns` phone and group filters)
    __table_args__ = (Index("ix_campaign_contacts_target", "target", "campaign_id"),)

    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    target: Mapped[str] = mapped_column(String(64))
    name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    message_id: Mapped[str | None] = mapped_column(String(24), nullable=True)
