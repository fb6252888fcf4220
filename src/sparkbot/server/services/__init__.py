"""The server's services: decisions and storage, without web imports, wired together by `Services`."""

from __future__ import annotations

from dataclasses import dataclass

from ..clock import Clock
from ..db import Database, Inbox, Outbox, Store
from ..db.campaigns import Campaigns
from ..engines import Engine
from ..settings import Settings
from .accounts import AccountService
from .campaigns import CampaignService
from .chatmessages import ChatMessageService
from .chats import ChatService
from .contacts import ContactService
from .delivery import DeliveryService
from .inbox import InboxService
from .locks import DeviceLocks
from .messages import MessageService
from .numberchecks import NumberCheckService
from .numbers import NumberService
from .queue import QueueService
from .sandbox import SandboxService
from .session import SessionService
from .webhookdelivery import WebhookDelivery
from .webhooks import WebhookService

__all__ = [
    "CampaignService",
    "ChatMessageService",
    "ChatService",
    "ContactService",
    "AccountService",
    "DeliveryService",
    "InboxService",
    "MessageService",
    "NumberCheckService",
    "NumberService",
    "QueueService",
    "SandboxService",
    "SessionService",
    "WebhookDelivery",
    "Services",
    "WebhookService",
]


@dataclass(slots=True)
class Services:
    """Everything a request may need, built once per app at startup."""

    settings: Settings
    clock: Clock
    database: Database
    store: Store
    outbox: Outbox
    inbox_store: Inbox
    engine: Engine
    accounts: AccountService
    numbers: NumberService
    session: SessionService
    sandbox: SandboxService
    queue: QueueService
    messages: MessageService
    delivery: DeliveryService
    inbox: InboxService
    chats: ChatService
    contacts: ContactService
    chat_messages: ChatMessageService
    webhook_delivery: WebhookDelivery
    campaigns: CampaignService
    number_checks: NumberCheckService
    webhooks: WebhookService

    @classmethod
    def build(cls, settings: Settings, clock: Clock, database: Database, engine: Engine) -> Services:
        store, outbox, inbox = Store(database), Outbox(database), Inbox(database)
        delivery = DeliveryService(settings, store, outbox, inbox, engine, clock)
        numbers = NumberService(store, outbox, engine, clock)
        locks = DeviceLocks()
        session = SessionService(store, outbox, engine, clock, numbers, locks)
        numbers.on_change(delivery.poke)
        inbox_parts = (database, store, inbox, engine, clock, numbers)
        session.on_change(delivery.poke)
        webhook_delivery = WebhookDelivery(settings, database, clock)
        webhooks = WebhookService(settings, database, clock, numbers)
        webhooks.on_resume(webhook_delivery.poke)  # an enabled webhook's events go at once
        return cls(
            settings=settings,
            clock=clock,
            database=database,
            store=store,
            outbox=outbox,
            inbox_store=inbox,
            engine=engine,
            accounts=AccountService(store, clock),
            numbers=numbers,
            session=session,
            sandbox=SandboxService(store, inbox, engine, clock, numbers, locks),
            queue=QueueService(store, outbox, clock, numbers, delivery),
            messages=MessageService(store, outbox, clock, numbers, delivery),
            delivery=delivery,
            inbox=InboxService(inbox, store, engine, clock),
            chats=ChatService(*inbox_parts),
            contacts=ContactService(*inbox_parts),
            chat_messages=ChatMessageService(*inbox_parts),
            webhook_delivery=webhook_delivery,
            campaigns=CampaignService(Campaigns(database), clock, numbers, delivery),
            number_checks=NumberCheckService(engine),
            webhooks=webhooks,
        )

    async def start(self) -> None:
        """After the database is open: the engine's own state, reconnects and deliveries to resume."""
        await self.engine.open(self.database)
        await self.session.resume()
        await self.delivery.start()
        await self.webhook_delivery.start()

    async def close(self) -> None:
        await self.webhook_delivery.close()
        await self.delivery.close()
        await self.engine.close()
        await self.database.close()
