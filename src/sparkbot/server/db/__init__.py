"""Storage: tables, the engine factory and the store; the only place that knows SQLite from PostgreSQL."""

from __future__ import annotations

from .engine import Database, open_database
from .inbox import Inbox, Received, SentEntry
from .models import Account, Base, Chat, ChatFile, ChatMessage, Contact, Device, Message
from .outbox import MessageFilter, Outbox
from .store import DeviceFilter, Store

__all__ = [
    "Account",
    "Base",
    "Chat",
    "ChatFile",
    "ChatMessage",
    "Contact",
    "Database",
    "Device",
    "Inbox",
    "DeviceFilter",
    "Message",
    "MessageFilter",
    "Outbox",
    "Received",
    "SentEntry",
    "Store",
    "open_database",
]
