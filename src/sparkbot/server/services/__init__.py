"""The server's services: decisions and storage, without web imports, wired together by `Services`."""

from __future__ import annotations

from dataclasses import dataclass

from ..clock import Clock
from ..db import Database, Store
from ..engines import Engine
from ..settings import Settings
from .accounts import AccountService
from .messages import MessageService
from .numbers import NumberService
from .queue import QueueService
from .sandbox import SandboxService
from .session import SessionService

__all__ = [
    "AccountService",
    "MessageService",
    "NumberService",
    "QueueService",
    "SandboxService",
    "SessionService",
    "Services",
]


@dataclass(slots=True)
class Services:
    """Everything a request may need, built once per app at startup."""

    settings: Settings
    clock: Clock
    database: Database
    store: Store
    engine: Engine
    accounts: AccountService
    numbers: NumberService
    session: SessionService
    sandbox: SandboxService
    queue: QueueService
    messages: MessageService

    @classmethod
    def build(cls, settings: Settings, clock: Clock, database: Database, engine: Engine) -> Services:
        store = Store(database)
        numbers = NumberService(store, engine, clock)
        return cls(
            settings=settings,
            clock=clock,
            database=database,
            store=store,
            engine=engine,
            accounts=AccountService(store, clock),
            numbers=numbers,
            session=SessionService(store, engine, clock, numbers),
            sandbox=SandboxService(store, engine, clock, numbers),
            queue=QueueService(store, clock, numbers),
            messages=MessageService(store, clock, numbers),
        )

    async def close(self) -> None:
        await self.engine.close()
        await self.database.close()
