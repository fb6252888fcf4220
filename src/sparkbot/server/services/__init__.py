"""The server's services: decisions and storage, without web imports, wired together by `Services`."""

from __future__ import annotations

from dataclasses import dataclass

from ..blobs import DirectoryBlobStore
from ..clock import Clock
from ..db import Database, Inbox, Outbox, Store
from ..db.campaigns import Campaigns
from ..engines import Engine
from ..settings import Settings
from .accounts import AccountService
from .campaigns import CampaignService
from .catalog import CatalogService
from .channels import ChannelService
from .chatmessages import ChatMessageService
from .chats import ChatService
from .contacts import ContactService
from .delivery import DeliveryService
from .departments import DepartmentService
from .files import FileService
from .groups import GroupService
from .inbox import InboxService
from .labels import LabelService
from .locks import DeviceLocks
from .meetinglinks import MeetingLinkService
from .messages import MessageService
from .numberchecks import NumberCheckService
from .numbers import NumberService
from .profile import ProfileService
from .queue import QueueService
from .quickreplies import QuickReplyService
from .sandbox import SandboxService
from .session import SessionService
from .team import TeamService
from .userstatus import UserStatusService
from .webhookdelivery import WebhookDelivery
from .webhooks import WebhookService

__all__ = [
    "CampaignService",
    "CatalogService",
    "ChannelService",
    "ChatMessageService",
    "ChatService",
    "ContactService",
    "AccountService",
    "DeliveryService",
    "DepartmentService",
    "FileService",
    "GroupService",
    "InboxService",
    "LabelService",
    "MeetingLinkService",
    "MessageService",
    "NumberCheckService",
    "NumberService",
    "ProfileService",
    "QueueService",
    "QuickReplyService",
    "SandboxService",
    "SessionService",
    "TeamService",
    "UserStatusService",
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
    files: FileService
    labels: LabelService
    quick_replies: QuickReplyService
    team: TeamService
    departments: DepartmentService
    meeting_links: MeetingLinkService
    user_status: UserStatusService
    profile: ProfileService
    catalog: CatalogService
    channels: ChannelService
    groups: GroupService

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
        webhooks.on_resume(webhook_delivery.resume)  # an enabled webhook's events go at once
        files = FileService(
            settings, database, clock, numbers, DirectoryBlobStore(settings.data_dir / "blobs")
        )
        team = TeamService(database, clock, numbers)
        labels = LabelService(database, clock, numbers)
        catalog = CatalogService(engine, numbers)
        groups = GroupService(database, engine, clock, numbers, fetch=files.fetch_bytes)
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
            sandbox=SandboxService(store, inbox, engine, clock, numbers, locks, groups=groups),
            queue=QueueService(store, outbox, clock, numbers, delivery),
            messages=MessageService(
                store,
                outbox,
                clock,
                numbers,
                delivery,
                has_product=catalog.has_product,
                has_label=labels.has,
                agent_access=team.require_access,
            ),
            delivery=delivery,
            inbox=InboxService(inbox, store, engine, clock),
            chats=ChatService(*inbox_parts, owners=team.owner_guard, access=team.require_access),
            contacts=ContactService(*inbox_parts, access=team.require_access),
            chat_messages=ChatMessageService(*inbox_parts),
            webhook_delivery=webhook_delivery,
            campaigns=CampaignService(Campaigns(database), clock, numbers, delivery),
            number_checks=NumberCheckService(engine),
            webhooks=webhooks,
            files=files,
            labels=labels,
            quick_replies=QuickReplyService(database, clock, numbers, files.require),
            team=team,
            departments=DepartmentService(database, clock, numbers),
            meeting_links=MeetingLinkService(database, engine, clock, numbers),
            user_status=UserStatusService(database, engine, clock, numbers, files),
            profile=ProfileService(database, engine, clock, numbers, fetch=files.fetch_bytes),
            catalog=catalog,
            channels=ChannelService(settings, database, engine, clock, numbers, files, inbox),
            groups=groups,
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
