"""Chat Messages (5 operations: list, details, ack info, edit, delete) and Chat Files (3: list,
details, download)."""

from __future__ import annotations

from ..clock import Clock
from ..db import Database, Inbox, Store
from ..engines import Engine
from .numbers import NumberService

__all__ = ["ChatMessageService"]


class ChatMessageService:
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
