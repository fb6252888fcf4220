"""Storage: tables, the engine factory and the store; the only place that knows SQLite from PostgreSQL."""

from __future__ import annotations

from .engine import Database, open_database
from .models import Account, Base, Device, Message
from .outbox import MessageFilter, Outbox
from .store import DeviceFilter, Store

__all__ = [
    "Account",
    "Base",
    "Database",
    "Device",
    "DeviceFilter",
    "Message",
    "MessageFilter",
    "Outbox",
    "Store",
    "open_database",
]
