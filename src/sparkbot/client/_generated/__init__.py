# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""The resource namespaces of both clients, one attribute per resource."""

from __future__ import annotations

from functools import cached_property
from typing import cast

from .._resource import AsyncCaller, SyncCaller
from .campaigns import AsyncCampaignsResource, CampaignsResource
from .catalog import AsyncCatalogResource, CatalogResource
from .channels import AsyncChannelsResource, ChannelsResource
from .chat_contacts import AsyncChatContactsResource, ChatContactsResource
from .chat_files import AsyncChatFilesResource, ChatFilesResource
from .chat_messages import AsyncChatMessagesResource, ChatMessagesResource
from .chats import AsyncChatsResource, ChatsResource
from .departments import AsyncDepartmentsResource, DepartmentsResource
from .groups import AsyncGroupsResource, GroupsResource
from .labels import AsyncLabelsResource, LabelsResource
from .meeting_links import AsyncMeetingLinksResource, MeetingLinksResource
from .numbers import AsyncNumbersResource, NumbersResource
from .other import AsyncOtherResource, OtherResource
from .outbound_files import AsyncOutboundFilesResource, OutboundFilesResource
from .outbound_messages import AsyncOutboundMessagesResource, OutboundMessagesResource
from .profile import AsyncProfileResource, ProfileResource
from .queue import AsyncQueueResource, QueueResource
from .quick_replies import AsyncQuickRepliesResource, QuickRepliesResource
from .send_messages import AsyncSendMessagesResource, SendMessagesResource
from .session import AsyncSessionResource, SessionResource
from .team import AsyncTeamResource, TeamResource
from .user_status import AsyncUserStatusResource, UserStatusResource
from .webhooks import AsyncWebhooksResource, WebhooksResource

__all__ = ["AsyncResources", "SyncResources"]


class SyncResources:
    """The 23 resources of `SparkBot` (mixed into a `SyncCaller`)."""

    @cached_property
    def send_messages(self) -> SendMessagesResource:
        """Send messages."""
        return SendMessagesResource(cast(SyncCaller, self))

    @cached_property
    def outbound_messages(self) -> OutboundMessagesResource:
        """Outbound Messages."""
        return OutboundMessagesResource(cast(SyncCaller, self))

    @cached_property
    def numbers(self) -> NumbersResource:
        """WhatsApp Numbers."""
        return NumbersResource(cast(SyncCaller, self))

    @cached_property
    def groups(self) -> GroupsResource:
        """Groups."""
        return GroupsResource(cast(SyncCaller, self))

    @cached_property
    def channels(self) -> ChannelsResource:
        """Channels."""
        return ChannelsResource(cast(SyncCaller, self))

    @cached_property
    def chats(self) -> ChatsResource:
        """Chats."""
        return ChatsResource(cast(SyncCaller, self))

    @cached_property
    def chat_contacts(self) -> ChatContactsResource:
        """Chat Contacts."""
        return ChatContactsResource(cast(SyncCaller, self))

    @cached_property
    def chat_messages(self) -> ChatMessagesResource:
        """Chat Messages."""
        return ChatMessagesResource(cast(SyncCaller, self))

    @cached_property
    def chat_files(self) -> ChatFilesResource:
        """Chat Files."""
        return ChatFilesResource(cast(SyncCaller, self))

    @cached_property
    def team(self) -> TeamResource:
        """Team."""
        return TeamResource(cast(SyncCaller, self))

    @cached_property
    def labels(self) -> LabelsResource:
        """Labels."""
        return LabelsResource(cast(SyncCaller, self))

    @cached_property
    def departments(self) -> DepartmentsResource:
        """Departments."""
        return DepartmentsResource(cast(SyncCaller, self))

    @cached_property
    def outbound_files(self) -> OutboundFilesResource:
        """Files."""
        return OutboundFilesResource(cast(SyncCaller, self))

    @cached_property
    def quick_replies(self) -> QuickRepliesResource:
        """Quick replies."""
        return QuickRepliesResource(cast(SyncCaller, self))

    @cached_property
    def queue(self) -> QueueResource:
        """Queue."""
        return QueueResource(cast(SyncCaller, self))

    @cached_property
    def session(self) -> SessionResource:
        """WhatsApp session."""
        return SessionResource(cast(SyncCaller, self))

    @cached_property
    def profile(self) -> ProfileResource:
        """WhatsApp profile."""
        return ProfileResource(cast(SyncCaller, self))

    @cached_property
    def catalog(self) -> CatalogResource:
        """Business catalog."""
        return CatalogResource(cast(SyncCaller, self))

    @cached_property
    def campaigns(self) -> CampaignsResource:
        """Campaigns."""
        return CampaignsResource(cast(SyncCaller, self))

    @cached_property
    def meeting_links(self) -> MeetingLinksResource:
        """Meeting Links."""
        return MeetingLinksResource(cast(SyncCaller, self))

    @cached_property
    def user_status(self) -> UserStatusResource:
        """User Status."""
        return UserStatusResource(cast(SyncCaller, self))

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """Webhooks."""
        return WebhooksResource(cast(SyncCaller, self))

    @cached_property
    def other(self) -> OtherResource:
        """Other."""
        return OtherResource(cast(SyncCaller, self))


class AsyncResources:
    """The 23 resources of `AsyncSparkBot` (mixed into a `AsyncCaller`)."""

    @cached_property
    def send_messages(self) -> AsyncSendMessagesResource:
        """Send messages."""
        return AsyncSendMessagesResource(cast(AsyncCaller, self))

    @cached_property
    def outbound_messages(self) -> AsyncOutboundMessagesResource:
        """Outbound Messages."""
        return AsyncOutboundMessagesResource(cast(AsyncCaller, self))

    @cached_property
    def numbers(self) -> AsyncNumbersResource:
        """WhatsApp Numbers."""
        return AsyncNumbersResource(cast(AsyncCaller, self))

    @cached_property
    def groups(self) -> AsyncGroupsResource:
        """Groups."""
        return AsyncGroupsResource(cast(AsyncCaller, self))

    @cached_property
    def channels(self) -> AsyncChannelsResource:
        """Channels."""
        return AsyncChannelsResource(cast(AsyncCaller, self))

    @cached_property
    def chats(self) -> AsyncChatsResource:
        """Chats."""
        return AsyncChatsResource(cast(AsyncCaller, self))

    @cached_property
    def chat_contacts(self) -> AsyncChatContactsResource:
        """Chat Contacts."""
        return AsyncChatContactsResource(cast(AsyncCaller, self))

    @cached_property
    def chat_messages(self) -> AsyncChatMessagesResource:
        """Chat Messages."""
        return AsyncChatMessagesResource(cast(AsyncCaller, self))

    @cached_property
    def chat_files(self) -> AsyncChatFilesResource:
        """Chat Files."""
        return AsyncChatFilesResource(cast(AsyncCaller, self))

    @cached_property
    def team(self) -> AsyncTeamResource:
        """Team."""
        return AsyncTeamResource(cast(AsyncCaller, self))

    @cached_property
    def labels(self) -> AsyncLabelsResource:
        """Labels."""
        return AsyncLabelsResource(cast(AsyncCaller, self))

    @cached_property
    def departments(self) -> AsyncDepartmentsResource:
        """Departments."""
        return AsyncDepartmentsResource(cast(AsyncCaller, self))

    @cached_property
    def outbound_files(self) -> AsyncOutboundFilesResource:
        """Files."""
        return AsyncOutboundFilesResource(cast(AsyncCaller, self))

    @cached_property
    def quick_replies(self) -> AsyncQuickRepliesResource:
        """Quick replies."""
        return AsyncQuickRepliesResource(cast(AsyncCaller, self))

    @cached_property
    def queue(self) -> AsyncQueueResource:
        """Queue."""
        return AsyncQueueResource(cast(AsyncCaller, self))

    @cached_property
    def session(self) -> AsyncSessionResource:
        """WhatsApp session."""
        return AsyncSessionResource(cast(AsyncCaller, self))

    @cached_property
    def profile(self) -> AsyncProfileResource:
        """WhatsApp profile."""
        return AsyncProfileResource(cast(AsyncCaller, self))

    @cached_property
    def catalog(self) -> AsyncCatalogResource:
        """Business catalog."""
        return AsyncCatalogResource(cast(AsyncCaller, self))

    @cached_property
    def campaigns(self) -> AsyncCampaignsResource:
        """Campaigns."""
        return AsyncCampaignsResource(cast(AsyncCaller, self))

    @cached_property
    def meeting_links(self) -> AsyncMeetingLinksResource:
        """Meeting Links."""
        return AsyncMeetingLinksResource(cast(AsyncCaller, self))

    @cached_property
    def user_status(self) -> AsyncUserStatusResource:
        """User Status."""
        return AsyncUserStatusResource(cast(AsyncCaller, self))

    @cached_property
    def webhooks(self) -> AsyncWebhooksResource:
        """Webhooks."""
        return AsyncWebhooksResource(cast(AsyncCaller, self))

    @cached_property
    def other(self) -> AsyncOtherResource:
        """Other."""
        return AsyncOtherResource(cast(AsyncCaller, self))
