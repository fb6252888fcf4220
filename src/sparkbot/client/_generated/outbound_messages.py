# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Outbound Messages: `client.outbound_messages`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncOutboundMessagesResource", "OutboundMessagesResource"]


class OutboundMessagesResource(SyncResource):
    """Outbound Messages: 4 operations of `outbound-messages`."""

    def search_messages(
        self,
        *,
        search: str | None = None,
        status: Literal["queued", "processing", "sent", "delivered", "read", "failed", "pending"]
        | Sequence[Literal["queued", "processing", "sent", "delivered", "read", "failed", "pending"]]
        | None = None,
        delivery_status: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        webhook_status: Literal["pending", "success", "failed"]
        | Sequence[Literal["pending", "success", "failed"]]
        | None = None,
        include: Literal["device", "agent", "events"]
        | Sequence[Literal["device", "agent", "events"]]
        | None = None,
        ids: str | Sequence[str] | None = None,
        agents: str | Sequence[str] | None = None,
        source: Literal["api", "chat"] | None = None,
        target: Literal["user", "group", "channel"] | None = None,
        type: Literal[
            "text",
            "image",
            "video",
            "audio",
            "voice",
            "document",
            "location",
            "contact",
            "buttons",
            "list",
            "template",
        ]
        | Sequence[
            Literal[
                "text",
                "image",
                "video",
                "audio",
                "voice",
                "document",
                "location",
                "contact",
                "buttons",
                "list",
                "template",
            ]
        ]
        | None = None,
        wa_ids: str | Sequence[str] | None = None,
        devices: str | Sequence[str] | None = None,
        device: str | None = None,
        reference: str | Sequence[str] | None = None,
        priority: Literal["low", "normal", "high", "urgent"]
        | Sequence[Literal["low", "normal", "high", "urgent"]]
        | None = None,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        created_after: str | datetime | None = None,
        created_before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Search Messages: Search/list messages created through the API or web chat
        (the outbound queue/history).

        `GET /messages` (operation `outbound-messages.searchMessages`).
        Filters are sent as query parameters only when non-empty.

        Args:
            search: free text over content, phone, group or message ids (query
                `search`).
            status: queue/processing status filter (query `status`).
            delivery_status: WhatsApp delivery status filter (query
                `deliveryStatus`).
            webhook_status: webhook notification outcome filter (query
                `webhookStatus`).
            include: expand related sub-documents (query `include`).
            ids: outbound message ids (24-hex) (query `ids`).
            agents: sender agent user ids (query `agents`; choices from
                `getTeamAgents`).
            source: creation origin: api or web chat (query `source`).
            target: recipient chat kind (query `target`).
            type: message content type (query `type`).
            wa_ids: WhatsApp message ids (query `waIds`).
            devices: device ids (multi) (query `devices`; choices from
                `getDevices`).
            device: single device id or its phone number (query `device`; choices
                from `getDevices`).
            reference: caller reference values (query `reference`).
            priority: priority filter (query `priority`).
            phone: recipient phone (E.164) (query `phone`).
            group: recipient group WID (query `group`; choices from `getGroups`).
            channel: recipient channel WID (query `channel`).
            after: scheduled delivery after this date (query `after`).
            before: scheduled delivery before this date (query `before`).
            created_after: created after this date (query `createdAfter`).
            created_before: created before this date (query `createdBefore`).
            sort: sort by date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "outbound-messages.searchMessages",
            {
                "search": search,
                "status": status,
                "deliveryStatus": delivery_status,
                "webhookStatus": webhook_status,
                "include": include,
                "ids": ids,
                "agents": agents,
                "source": source,
                "target": target,
                "type": type,
                "waIds": wa_ids,
                "devices": devices,
                "device": device,
                "reference": reference,
                "priority": priority,
                "phone": phone,
                "group": group,
                "channel": channel,
                "after": after,
                "before": before,
                "createdAfter": created_after,
                "createdBefore": created_before,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_search_messages(
        self,
        *,
        search: str | None = None,
        status: Literal["queued", "processing", "sent", "delivered", "read", "failed", "pending"]
        | Sequence[Literal["queued", "processing", "sent", "delivered", "read", "failed", "pending"]]
        | None = None,
        delivery_status: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        webhook_status: Literal["pending", "success", "failed"]
        | Sequence[Literal["pending", "success", "failed"]]
        | None = None,
        include: Literal["device", "agent", "events"]
        | Sequence[Literal["device", "agent", "events"]]
        | None = None,
        ids: str | Sequence[str] | None = None,
        agents: str | Sequence[str] | None = None,
        source: Literal["api", "chat"] | None = None,
        target: Literal["user", "group", "channel"] | None = None,
        type: Literal[
            "text",
            "image",
            "video",
            "audio",
            "voice",
            "document",
            "location",
            "contact",
            "buttons",
            "list",
            "template",
        ]
        | Sequence[
            Literal[
                "text",
                "image",
                "video",
                "audio",
                "voice",
                "document",
                "location",
                "contact",
                "buttons",
                "list",
                "template",
            ]
        ]
        | None = None,
        wa_ids: str | Sequence[str] | None = None,
        devices: str | Sequence[str] | None = None,
        device: str | None = None,
        reference: str | Sequence[str] | None = None,
        priority: Literal["low", "normal", "high", "urgent"]
        | Sequence[Literal["low", "normal", "high", "urgent"]]
        | None = None,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        created_after: str | datetime | None = None,
        created_before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `search_messages`, fetching page after page while pages come
        back full.

        `GET /messages` (operation `outbound-messages.searchMessages`).
        Filters are sent as query parameters only when non-empty.

        Args:
            search: free text over content, phone, group or message ids (query
                `search`).
            status: queue/processing status filter (query `status`).
            delivery_status: WhatsApp delivery status filter (query
                `deliveryStatus`).
            webhook_status: webhook notification outcome filter (query
                `webhookStatus`).
            include: expand related sub-documents (query `include`).
            ids: outbound message ids (24-hex) (query `ids`).
            agents: sender agent user ids (query `agents`; choices from
                `getTeamAgents`).
            source: creation origin: api or web chat (query `source`).
            target: recipient chat kind (query `target`).
            type: message content type (query `type`).
            wa_ids: WhatsApp message ids (query `waIds`).
            devices: device ids (multi) (query `devices`; choices from
                `getDevices`).
            device: single device id or its phone number (query `device`; choices
                from `getDevices`).
            reference: caller reference values (query `reference`).
            priority: priority filter (query `priority`).
            phone: recipient phone (E.164) (query `phone`).
            group: recipient group WID (query `group`; choices from `getGroups`).
            channel: recipient channel WID (query `channel`).
            after: scheduled delivery after this date (query `after`).
            before: scheduled delivery before this date (query `before`).
            created_after: created after this date (query `createdAfter`).
            created_before: created before this date (query `createdBefore`).
            sort: sort by date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "outbound-messages.searchMessages",
            {
                "search": search,
                "status": status,
                "deliveryStatus": delivery_status,
                "webhookStatus": webhook_status,
                "include": include,
                "ids": ids,
                "agents": agents,
                "source": source,
                "target": target,
                "type": type,
                "waIds": wa_ids,
                "devices": devices,
                "device": device,
                "reference": reference,
                "priority": priority,
                "phone": phone,
                "group": group,
                "channel": channel,
                "after": after,
                "before": before,
                "createdAfter": created_after,
                "createdBefore": created_before,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    def get_message(
        self,
        message_id: str,
        *,
        include: Literal["device", "agent", "events"]
        | Sequence[Literal["device", "agent", "events"]]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Message: Fetch one outbound message by id.

        `GET /messages/{messageId}` (operation `outbound-messages.getMessage`).

        Args:
            message_id: outbound message id (24-char hex id) (path `messageId`).
            include: expand device/agent/events; comma-joined (query `include`).
        """
        return self._client.call(
            "outbound-messages.getMessage",
            {
                "messageId": message_id,
                "include": include,
            },
            timeout=timeout,
        )

    def update_message(
        self,
        message_id: str,
        *,
        message: str | None = None,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        chat: str | None = None,
        device: str | None = None,
        agent: str | None = None,
        deliver_at: str | datetime | None = None,
        priority: Literal["low", "normal", "high", "urgent"] | None = None,
        reference: str | None = None,
        label: str | None = None,
        remove: Literal[
            "reference",
            "media",
            "media.file",
            "media.message",
            "media.reference",
            "location",
            "location.address",
            "location.coordinates",
        ]
        | Sequence[
            Literal[
                "reference",
                "media",
                "media.file",
                "media.message",
                "media.reference",
                "location",
                "location.address",
                "location.coordinates",
            ]
        ]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Message: Modify a message that is still queued (text, recipient,
        device, schedule, priority...).

        `PATCH /messages/{messageId}` (operation `outbound-messages.updateMessage`).
        Only non-empty updateFields are sent.

        Args:
            message_id: outbound message id (24-char hex id); only queued messages
                can be changed (path `messageId`).
            message: new text (body `message`).
            phone: new recipient phone (E.164) (body `phone`).
            group: new recipient group WID (body `group`; choices from `getGroups`).
            channel: new recipient channel WID (body `channel`).
            chat: new recipient chat WID (body `chat`).
            device: move to another sending device id (body `device`; choices from
                `getDevices`).
            agent: send on behalf of this agent id (body `agent`; choices from
                `getTeamAgents`).
            deliver_at: new scheduled delivery date-time (body `deliverAt`).
            priority: new priority (body `priority`; default "normal").
            reference: new reference (body `reference`).
            label: chat label name (body `label`; choices from `getLabels`).
            remove: dotted field paths to unset (body `remove`).
        """
        return self._client.call(
            "outbound-messages.updateMessage",
            {
                "messageId": message_id,
                "message": message,
                "phone": phone,
                "group": group,
                "channel": channel,
                "chat": chat,
                "device": device,
                "agent": agent,
                "deliverAt": deliver_at,
                "priority": priority,
                "reference": reference,
                "label": label,
                "remove": remove,
            },
            timeout=timeout,
        )

    def delete_message(
        self,
        message_id: str,
        *,
        force: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Message: Delete/cancel an outbound message.

        `DELETE /messages/{messageId}` (operation `outbound-messages.deleteMessage`).

        Args:
            message_id: outbound message id (24-char hex id) (path `messageId`).
            force: delete even if already processing/delivered; sent as force=true
                only when set (query `force`; default false).
        """
        return self._client.call(
            "outbound-messages.deleteMessage",
            {
                "messageId": message_id,
                "force": force,
            },
            timeout=timeout,
        )


class AsyncOutboundMessagesResource(AsyncResource):
    """Outbound Messages: 4 operations of `outbound-messages`."""

    async def search_messages(
        self,
        *,
        search: str | None = None,
        status: Literal["queued", "processing", "sent", "delivered", "read", "failed", "pending"]
        | Sequence[Literal["queued", "processing", "sent", "delivered", "read", "failed", "pending"]]
        | None = None,
        delivery_status: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        webhook_status: Literal["pending", "success", "failed"]
        | Sequence[Literal["pending", "success", "failed"]]
        | None = None,
        include: Literal["device", "agent", "events"]
        | Sequence[Literal["device", "agent", "events"]]
        | None = None,
        ids: str | Sequence[str] | None = None,
        agents: str | Sequence[str] | None = None,
        source: Literal["api", "chat"] | None = None,
        target: Literal["user", "group", "channel"] | None = None,
        type: Literal[
            "text",
            "image",
            "video",
            "audio",
            "voice",
            "document",
            "location",
            "contact",
            "buttons",
            "list",
            "template",
        ]
        | Sequence[
            Literal[
                "text",
                "image",
                "video",
                "audio",
                "voice",
                "document",
                "location",
                "contact",
                "buttons",
                "list",
                "template",
            ]
        ]
        | None = None,
        wa_ids: str | Sequence[str] | None = None,
        devices: str | Sequence[str] | None = None,
        device: str | None = None,
        reference: str | Sequence[str] | None = None,
        priority: Literal["low", "normal", "high", "urgent"]
        | Sequence[Literal["low", "normal", "high", "urgent"]]
        | None = None,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        created_after: str | datetime | None = None,
        created_before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Search Messages: Search/list messages created through the API or web chat
        (the outbound queue/history).

        `GET /messages` (operation `outbound-messages.searchMessages`).
        Filters are sent as query parameters only when non-empty.

        Args:
            search: free text over content, phone, group or message ids (query
                `search`).
            status: queue/processing status filter (query `status`).
            delivery_status: WhatsApp delivery status filter (query
                `deliveryStatus`).
            webhook_status: webhook notification outcome filter (query
                `webhookStatus`).
            include: expand related sub-documents (query `include`).
            ids: outbound message ids (24-hex) (query `ids`).
            agents: sender agent user ids (query `agents`; choices from
                `getTeamAgents`).
            source: creation origin: api or web chat (query `source`).
            target: recipient chat kind (query `target`).
            type: message content type (query `type`).
            wa_ids: WhatsApp message ids (query `waIds`).
            devices: device ids (multi) (query `devices`; choices from
                `getDevices`).
            device: single device id or its phone number (query `device`; choices
                from `getDevices`).
            reference: caller reference values (query `reference`).
            priority: priority filter (query `priority`).
            phone: recipient phone (E.164) (query `phone`).
            group: recipient group WID (query `group`; choices from `getGroups`).
            channel: recipient channel WID (query `channel`).
            after: scheduled delivery after this date (query `after`).
            before: scheduled delivery before this date (query `before`).
            created_after: created after this date (query `createdAfter`).
            created_before: created before this date (query `createdBefore`).
            sort: sort by date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "outbound-messages.searchMessages",
            {
                "search": search,
                "status": status,
                "deliveryStatus": delivery_status,
                "webhookStatus": webhook_status,
                "include": include,
                "ids": ids,
                "agents": agents,
                "source": source,
                "target": target,
                "type": type,
                "waIds": wa_ids,
                "devices": devices,
                "device": device,
                "reference": reference,
                "priority": priority,
                "phone": phone,
                "group": group,
                "channel": channel,
                "after": after,
                "before": before,
                "createdAfter": created_after,
                "createdBefore": created_before,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_search_messages(
        self,
        *,
        search: str | None = None,
        status: Literal["queued", "processing", "sent", "delivered", "read", "failed", "pending"]
        | Sequence[Literal["queued", "processing", "sent", "delivered", "read", "failed", "pending"]]
        | None = None,
        delivery_status: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        webhook_status: Literal["pending", "success", "failed"]
        | Sequence[Literal["pending", "success", "failed"]]
        | None = None,
        include: Literal["device", "agent", "events"]
        | Sequence[Literal["device", "agent", "events"]]
        | None = None,
        ids: str | Sequence[str] | None = None,
        agents: str | Sequence[str] | None = None,
        source: Literal["api", "chat"] | None = None,
        target: Literal["user", "group", "channel"] | None = None,
        type: Literal[
            "text",
            "image",
            "video",
            "audio",
            "voice",
            "document",
            "location",
            "contact",
            "buttons",
            "list",
            "template",
        ]
        | Sequence[
            Literal[
                "text",
                "image",
                "video",
                "audio",
                "voice",
                "document",
                "location",
                "contact",
                "buttons",
                "list",
                "template",
            ]
        ]
        | None = None,
        wa_ids: str | Sequence[str] | None = None,
        devices: str | Sequence[str] | None = None,
        device: str | None = None,
        reference: str | Sequence[str] | None = None,
        priority: Literal["low", "normal", "high", "urgent"]
        | Sequence[Literal["low", "normal", "high", "urgent"]]
        | None = None,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        created_after: str | datetime | None = None,
        created_before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `search_messages`, fetching page after page while pages come
        back full.

        `GET /messages` (operation `outbound-messages.searchMessages`).
        Filters are sent as query parameters only when non-empty.

        Args:
            search: free text over content, phone, group or message ids (query
                `search`).
            status: queue/processing status filter (query `status`).
            delivery_status: WhatsApp delivery status filter (query
                `deliveryStatus`).
            webhook_status: webhook notification outcome filter (query
                `webhookStatus`).
            include: expand related sub-documents (query `include`).
            ids: outbound message ids (24-hex) (query `ids`).
            agents: sender agent user ids (query `agents`; choices from
                `getTeamAgents`).
            source: creation origin: api or web chat (query `source`).
            target: recipient chat kind (query `target`).
            type: message content type (query `type`).
            wa_ids: WhatsApp message ids (query `waIds`).
            devices: device ids (multi) (query `devices`; choices from
                `getDevices`).
            device: single device id or its phone number (query `device`; choices
                from `getDevices`).
            reference: caller reference values (query `reference`).
            priority: priority filter (query `priority`).
            phone: recipient phone (E.164) (query `phone`).
            group: recipient group WID (query `group`; choices from `getGroups`).
            channel: recipient channel WID (query `channel`).
            after: scheduled delivery after this date (query `after`).
            before: scheduled delivery before this date (query `before`).
            created_after: created after this date (query `createdAfter`).
            created_before: created before this date (query `createdBefore`).
            sort: sort by date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "outbound-messages.searchMessages",
            {
                "search": search,
                "status": status,
                "deliveryStatus": delivery_status,
                "webhookStatus": webhook_status,
                "include": include,
                "ids": ids,
                "agents": agents,
                "source": source,
                "target": target,
                "type": type,
                "waIds": wa_ids,
                "devices": devices,
                "device": device,
                "reference": reference,
                "priority": priority,
                "phone": phone,
                "group": group,
                "channel": channel,
                "after": after,
                "before": before,
                "createdAfter": created_after,
                "createdBefore": created_before,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    async def get_message(
        self,
        message_id: str,
        *,
        include: Literal["device", "agent", "events"]
        | Sequence[Literal["device", "agent", "events"]]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Message: Fetch one outbound message by id.

        `GET /messages/{messageId}` (operation `outbound-messages.getMessage`).

        Args:
            message_id: outbound message id (24-char hex id) (path `messageId`).
            include: expand device/agent/events; comma-joined (query `include`).
        """
        return await self._client.call(
            "outbound-messages.getMessage",
            {
                "messageId": message_id,
                "include": include,
            },
            timeout=timeout,
        )

    async def update_message(
        self,
        message_id: str,
        *,
        message: str | None = None,
        phone: str | None = None,
        group: str | None = None,
        channel: str | None = None,
        chat: str | None = None,
        device: str | None = None,
        agent: str | None = None,
        deliver_at: str | datetime | None = None,
        priority: Literal["low", "normal", "high", "urgent"] | None = None,
        reference: str | None = None,
        label: str | None = None,
        remove: Literal[
            "reference",
            "media",
            "media.file",
            "media.message",
            "media.reference",
            "location",
            "location.address",
            "location.coordinates",
        ]
        | Sequence[
            Literal[
                "reference",
                "media",
                "media.file",
                "media.message",
                "media.reference",
                "location",
                "location.address",
                "location.coordinates",
            ]
        ]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Message: Modify a message that is still queued (text, recipient,
        device, schedule, priority...).

        `PATCH /messages/{messageId}` (operation `outbound-messages.updateMessage`).
        Only non-empty updateFields are sent.

        Args:
            message_id: outbound message id (24-char hex id); only queued messages
                can be changed (path `messageId`).
            message: new text (body `message`).
            phone: new recipient phone (E.164) (body `phone`).
            group: new recipient group WID (body `group`; choices from `getGroups`).
            channel: new recipient channel WID (body `channel`).
            chat: new recipient chat WID (body `chat`).
            device: move to another sending device id (body `device`; choices from
                `getDevices`).
            agent: send on behalf of this agent id (body `agent`; choices from
                `getTeamAgents`).
            deliver_at: new scheduled delivery date-time (body `deliverAt`).
            priority: new priority (body `priority`; default "normal").
            reference: new reference (body `reference`).
            label: chat label name (body `label`; choices from `getLabels`).
            remove: dotted field paths to unset (body `remove`).
        """
        return await self._client.call(
            "outbound-messages.updateMessage",
            {
                "messageId": message_id,
                "message": message,
                "phone": phone,
                "group": group,
                "channel": channel,
                "chat": chat,
                "device": device,
                "agent": agent,
                "deliverAt": deliver_at,
                "priority": priority,
                "reference": reference,
                "label": label,
                "remove": remove,
            },
            timeout=timeout,
        )

    async def delete_message(
        self,
        message_id: str,
        *,
        force: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Message: Delete/cancel an outbound message.

        `DELETE /messages/{messageId}` (operation `outbound-messages.deleteMessage`).

        Args:
            message_id: outbound message id (24-char hex id) (path `messageId`).
            force: delete even if already processing/delivered; sent as force=true
                only when set (query `force`; default false).
        """
        return await self._client.call(
            "outbound-messages.deleteMessage",
            {
                "messageId": message_id,
                "force": force,
            },
            timeout=timeout,
        )
