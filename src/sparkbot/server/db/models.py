"""The tables: accounts (hashed API keys), devices (numbers and their session), queued messages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import UtcDateTime

__all__ = ["Account", "Base", "Device", "Message"]


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
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
