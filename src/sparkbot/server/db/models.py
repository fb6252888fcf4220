"""The tables: accounts (hashed API keys), devices (numbers and their session), queued messages."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
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

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
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
    """An outbound message, from `queued` to `sent`, `delivered`, `read` or `failed`."""

    __tablename__ = "messages"

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    target_type: Mapped[str] = mapped_column(String(10))
    target: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(12), default="queued", index=True)
    failure: Mapped[str | None] = mapped_column(Text, nullable=True)
    deliver_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
