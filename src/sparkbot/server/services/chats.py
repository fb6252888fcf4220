"""Chats (18 operations): list, details, sync, typing, read/unread, status, participants, owner, notes,
labels, meta, archive, delete, bulk update."""

from __future__ import annotations

from ..clock import Clock
from ..db import Database, Inbox, Store
from ..engines import Engine
from .numbers import NumberService

__all__ = ["ChatService"]


class ChatService:
    """A number's inbox as the account sees it; another account's number is never found (404)."""

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
