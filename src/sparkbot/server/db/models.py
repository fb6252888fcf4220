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
    "Channel",
    "Chat",
    "ChatFile",
    "ChatMessage",
    "Contact",
    "Department",
    "Device",
    "Group",
    "GroupInvite",
    "Label",
    "MeetingLink",
    "Message",
    "Profile",
    "QuickReply",
    "TeamAccess",
    "TeamUser",
    "UserStatus",
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


class TeamUser(Base):
    """A user of an account (the Team resource): an admin, supervisor or agent who works the
    numbers they have access to (`TeamAccess`). `email` is kept lower case, unique in the account;
    the password only as a salted hash."""

    __tablename__ = "team_users"
    __table_args__ = (
        Index("ix_team_users_list", "account_id", "created_at", "id"),
        UniqueConstraint("account_id", "email", name="uq_team_users_email"),
    )

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    display_name: Mapped[str] = mapped_column(String(30))
    email: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(12), default="agent")
    color: Mapped[str] = mapped_column(String(12), default="blue")
    status: Mapped[str] = mapped_column(String(12), default="active")
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class TeamAccess(Base):
    """A user's access to a number: the users of a number are those with a row here."""

    __tablename__ = "team_access"
    __table_args__ = (Index("ix_team_access_device", "device_id", "user_id"),)

    user_id: Mapped[str] = mapped_column(ForeignKey("team_users.id", ondelete="CASCADE"), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(24))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Department(Base):
    """A department of a number: a name, colour, icon, description and its agents (ids of users
    with access to the number, in the order given)."""

    __tablename__ = "departments"
    __table_args__ = (Index("ix_departments_list", "device_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(24))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(25))
    color: Mapped[str] = mapped_column(String(12))
    icon: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    agents: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class MeetingLink(Base):
    """A WhatsApp call link of a number (`kind` voice or video): its URL and token as WhatsApp
    made them, the purpose text, and when it expires if unused (`expiration`, as asked)."""

    __tablename__ = "meeting_links"
    __table_args__ = (Index("ix_meeting_links_list", "device_id", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"))
    account_id: Mapped[str] = mapped_column(String(24))
    kind: Mapped[str] = mapped_column(String(8))
    url: Mapped[str] = mapped_column(String(300))
    token: Mapped[str] = mapped_column(String(200))
    message: Mapped[str | None] = mapped_column(Text, nullable=True)
    expiration: Mapped[str] = mapped_column(String(8))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class UserStatus(Base):
    """A status (story) of a number: `text` (font, background colour) or media (`image`, `video`:
    `media` holds url/file/filename/format, `body` the caption). `state` is `scheduled` (to be
    published at `publish_at`) or `published` (at `published_at`); `wa_id` its WhatsApp id."""

    __tablename__ = "user_statuses"
    __table_args__ = (
        Index("ix_user_statuses_list", "device_id", "created_at", "id"),
        Index("ix_user_statuses_due", "device_id", "state", "publish_at"),
    )

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"))
    account_id: Mapped[str] = mapped_column(String(24))
    wa_id: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    body: Mapped[str | None] = mapped_column(Text, nullable=True)
    font: Mapped[str | None] = mapped_column(String(20), nullable=True)
    color: Mapped[str | None] = mapped_column(String(30), nullable=True)
    media: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reference: Mapped[str | None] = mapped_column(String(200), nullable=True)
    state: Mapped[str] = mapped_column(String(12))
    publish_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Profile(Base):
    """A number's WhatsApp profile as last set here: name, about text, business profile (a JSON
    object of the fields given) and picture (bytes, type, size, sha256)."""

    __tablename__ = "profiles"

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(24))
    name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    about: Mapped[str | None] = mapped_column(String(200), nullable=True)
    business: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    image: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    image_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    image_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    image_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    image_updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class StoredFile(Base):
    """A file of an account's storage (Files, `services/files.py`): its metadata; the bytes are in
    the blob store under `sha256` (shared by every row with the same bytes)."""

    __tablename__ = "files"
    __table_args__ = (
        Index("ix_files_list", "account_id", "created_at", "id"),
        Index("ix_files_sha256", "sha256", "account_id"),
        Index("ix_files_expires", "expires_at"),
    )

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    ext: Mapped[str] = mapped_column(String(16))
    mime: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(12))
    format: Mapped[str] = mapped_column(String(8), default="native")
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(8))
    source_url: Mapped[str | None] = mapped_column(String(2048), nullable=True)
    reference: Mapped[str | None] = mapped_column(String(150), nullable=True)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    message: Mapped[str | None] = mapped_column(Text, nullable=True)
    permission: Mapped[str] = mapped_column(String(10), default="public")
    status: Mapped[str] = mapped_column(String(12), default="ready")
    owner: Mapped[str | None] = mapped_column(String(24), nullable=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Label(Base):
    """A label of a number (`services/labels.py`): its name, unique in the number ignoring case
    (`name_key`, the name case folded), a colour of the catalogue's palette and a description.
    Chats and contacts carry labels by name (their `labels` lists)."""

    __tablename__ = "labels"
    __table_args__ = (UniqueConstraint("device_id", "name_key", name="uq_labels_name"),)

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"))
    account_id: Mapped[str] = mapped_column(String(24))
    name: Mapped[str] = mapped_column(String(50))
    name_key: Mapped[str] = mapped_column(String(200))
    color: Mapped[str] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class QuickReply(Base):
    """A canned response of a number (`services/quickreplies.py`): typed by its `shortcut` (unique
    in the number ignoring case: `shortcut_key`), its text, up to 3 keywords, who may use it
    (`permission`) and optionally a stored file. `scope` is `chat` (made here) or `wa` (synced
    from WhatsApp Business); `agent` the user who made it (None: the API)."""

    __tablename__ = "quick_replies"
    # the list's order, by shortcut, is this constraint's index
    __table_args__ = (UniqueConstraint("device_id", "shortcut_key", name="uq_quick_replies_shortcut"),)

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"))
    account_id: Mapped[str] = mapped_column(String(24))
    shortcut: Mapped[str] = mapped_column(String(25))
    shortcut_key: Mapped[str] = mapped_column(String(100))
    message: Mapped[str] = mapped_column(Text)
    permission: Mapped[str] = mapped_column(String(12), default="public")
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    file_id: Mapped[str | None] = mapped_column(String(24), nullable=True)
    scope: Mapped[str] = mapped_column(String(8), default="chat")
    agent: Mapped[str | None] = mapped_column(String(24), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Group(Base):
    """A WhatsApp group (or broadcast list) as one number sees it (`services/groups.py`): subject,
    description, permissions, picture, invite code, its members (`participants`: `[{phone, role,
    at}]`, role `superadmin`/`admin`/`member`, the number itself among them while a member) and
    the requests to join (`pending`: `[{phone, at}]`). `me` is the number's phone in the group;
    `membership` is `member`, `left` or `removed` (a group left or removed from is kept, marked)."""

    __tablename__ = "groups"
    __table_args__ = (Index("ix_groups_list", "device_id", "created_at", "wid"),)

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True)
    wid: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(24))
    kind: Mapped[str] = mapped_column(String(12), default="group")
    subject: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    edit: Mapped[str] = mapped_column(String(8), default="all")
    send: Mapped[str] = mapped_column(String(8), default="all")
    invite: Mapped[str] = mapped_column(String(8), default="all")
    approval: Mapped[bool] = mapped_column(Boolean, default=False)
    ephemeral: Mapped[str] = mapped_column(String(8), default="off")
    me: Mapped[str] = mapped_column(String(20))
    membership: Mapped[str] = mapped_column(String(8), default="member")
    participants: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    pending: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    invite_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    image: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    image_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    image_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    image_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_by: Mapped[str | None] = mapped_column(String(20), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class GroupInvite(Base):
    """An invite code of a group of a number, current (`revoked_at` None) or revoked: a revoked
    code is kept so that joining with it answers that it was revoked."""

    __tablename__ = "group_invites"
    __table_args__ = (Index("ix_group_invites_group", "device_id", "wid"),)

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"))
    wid: Mapped[str] = mapped_column(String(64))
    account_id: Mapped[str] = mapped_column(String(24))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class Channel(Base):
    """A WhatsApp channel a number owns or follows (`services/channels.py`): its WID
    (`<digits>@newsletter`), name, description, picture (bytes, type, size, sha256; the bytes
    deferred), the number's `role` (`owner` or `follower`), invite code, followers count and when
    WhatsApp created it. A channel deleted or unfollowed has no row."""

    __tablename__ = "channels"
    __table_args__ = (
        Index("ix_channels_list", "device_id", "added_at", "wid"),
        Index("ix_channels_code", "invite_code"),
        Index("ix_channels_wid", "wid"),
    )

    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True)
    wid: Mapped[str] = mapped_column(String(64), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(24))
    role: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    invite_code: Mapped[str] = mapped_column(String(64))
    followers: Mapped[int] = mapped_column(BigInteger, default=0)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    image: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    image_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    image_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    image_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    added_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
