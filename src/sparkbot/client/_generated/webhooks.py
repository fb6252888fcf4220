# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Webhooks: `client.webhooks`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncWebhooksResource", "WebhooksResource"]


class WebhooksResource(SyncResource):
    """Webhooks: 7 operations of `webhooks`."""

    def get_webhooks(
        self,
        *,
        devices: str | Sequence[str] | None = None,
        status: Literal["active", "disabled", "pending"]
        | Sequence[Literal["active", "disabled", "pending"]]
        | None = None,
        search: str | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Webhooks: List webhooks.

        `GET /webhooks` (operation `webhooks.getWebhooks`).

        Args:
            devices: device ids (query `devices`; choices from `getDevices`).
            status: webhook status (query `status`).
            search: text (query `search`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "webhooks.getWebhooks",
            {
                "devices": devices,
                "status": status,
                "search": search,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_webhooks(
        self,
        *,
        devices: str | Sequence[str] | None = None,
        status: Literal["active", "disabled", "pending"]
        | Sequence[Literal["active", "disabled", "pending"]]
        | None = None,
        search: str | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_webhooks`, fetching page after page while pages come
        back full.

        `GET /webhooks` (operation `webhooks.getWebhooks`).

        Args:
            devices: device ids (query `devices`; choices from `getDevices`).
            status: webhook status (query `status`).
            search: text (query `search`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "webhooks.getWebhooks",
            {
                "devices": devices,
                "status": status,
                "search": search,
                "size": size,
            },
            timeout=timeout,
        )

    def create_webhook(
        self,
        *,
        name: str,
        url: str,
        events: Literal[
            "message:in:new",
            "message:out:new",
            "message:out:sent",
            "message:out:ack",
            "message:out:failed",
            "message:update",
            "message:reaction",
            "channel:in",
            "status:update",
            "group:update",
            "chat:update",
            "contact:update",
            "number:session",
        ]
        | Sequence[
            Literal[
                "message:in:new",
                "message:out:new",
                "message:out:sent",
                "message:out:ack",
                "message:out:failed",
                "message:update",
                "message:reaction",
                "channel:in",
                "status:update",
                "group:update",
                "chat:update",
                "contact:update",
                "number:session",
            ]
        ],
        device: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Webhook: Register a webhook endpoint.

        `POST /webhooks` (operation `webhooks.createWebhook`).

        Args:
            name: internal name <=30 (body `name`).
            url: public HTTPS endpoint receiving POSTed events (body `url`).
            events: subscribed event types (body `events`).
            device: optional: restrict to one number (24-hex) (body `device`;
                choices from `getDevices`).
        """
        return self._client.call(
            "webhooks.createWebhook",
            {
                "name": name,
                "url": url,
                "events": events,
                "device": device,
            },
            timeout=timeout,
        )

    def get_webhook(
        self,
        webhook_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Webhook: Get one webhook.

        `GET /webhooks/{webhookId}` (operation `webhooks.getWebhook`).

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
        """
        return self._client.call(
            "webhooks.getWebhook",
            {
                "webhookId": webhook_id,
            },
            timeout=timeout,
        )

    def update_webhook(
        self,
        webhook_id: str,
        *,
        name: str,
        url: str,
        events: Literal[
            "message:in:new",
            "message:out:new",
            "message:out:sent",
            "message:out:ack",
            "message:out:failed",
            "message:update",
            "message:reaction",
            "channel:in",
            "status:update",
            "group:update",
            "chat:update",
            "contact:update",
            "number:session",
        ]
        | Sequence[
            Literal[
                "message:in:new",
                "message:out:new",
                "message:out:sent",
                "message:out:ack",
                "message:out:failed",
                "message:update",
                "message:reaction",
                "channel:in",
                "status:update",
                "group:update",
                "chat:update",
                "contact:update",
                "number:session",
            ]
        ],
        device: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Webhook: Update a webhook.

        `PATCH /webhooks/{webhookId}` (operation `webhooks.updateWebhook`).

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
            name: internal name <=30 (body `name`).
            url: public HTTPS endpoint receiving POSTed events (body `url`).
            events: subscribed event types (body `events`).
            device: optional: restrict to one number (24-hex) (body `device`;
                choices from `getDevices`).
        """
        return self._client.call(
            "webhooks.updateWebhook",
            {
                "webhookId": webhook_id,
                "name": name,
                "url": url,
                "events": events,
                "device": device,
            },
            timeout=timeout,
        )

    def delete_webhook(
        self,
        webhook_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Webhook: Delete a webhook.

        `DELETE /webhooks/{webhookId}` (operation `webhooks.deleteWebhook`).

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
        """
        return self._client.call(
            "webhooks.deleteWebhook",
            {
                "webhookId": webhook_id,
            },
            timeout=timeout,
        )

    def enable_webhook(
        self,
        webhook_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Enable Webhook: Re-enable a disabled webhook.

        `POST /webhooks/{webhookId}/enable` (operation `webhooks.enableWebhook`).

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
        """
        return self._client.call(
            "webhooks.enableWebhook",
            {
                "webhookId": webhook_id,
            },
            timeout=timeout,
        )

    def get_webhook_logs(
        self,
        webhook_id: str,
        *,
        size: int | None = None,
        skip: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Webhook Logs: Get delivery logs of a webhook.

        `GET /webhooks/{webhookId}/logs` (operation `webhooks.getWebhookLogs`).
        Pagination here is size/skip, not size/page.

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
            size: max log entries (query `size`; default 20).
            skip: entries to skip (offset) (query `skip`; default 0).
        """
        return self._client.call(
            "webhooks.getWebhookLogs",
            {
                "webhookId": webhook_id,
                "size": size,
                "skip": skip,
            },
            timeout=timeout,
        )

    def iter_get_webhook_logs(
        self,
        webhook_id: str,
        *,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_webhook_logs`, fetching page after page while pages
        come back full.

        `GET /webhooks/{webhookId}/logs` (operation `webhooks.getWebhookLogs`).
        Pagination here is size/skip, not size/page.

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
            size: max log entries (query `size`; default 20).
        """
        return self._client.iterate(
            "webhooks.getWebhookLogs",
            {
                "webhookId": webhook_id,
                "size": size,
            },
            timeout=timeout,
        )


class AsyncWebhooksResource(AsyncResource):
    """Webhooks: 7 operations of `webhooks`."""

    async def get_webhooks(
        self,
        *,
        devices: str | Sequence[str] | None = None,
        status: Literal["active", "disabled", "pending"]
        | Sequence[Literal["active", "disabled", "pending"]]
        | None = None,
        search: str | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Webhooks: List webhooks.

        `GET /webhooks` (operation `webhooks.getWebhooks`).

        Args:
            devices: device ids (query `devices`; choices from `getDevices`).
            status: webhook status (query `status`).
            search: text (query `search`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "webhooks.getWebhooks",
            {
                "devices": devices,
                "status": status,
                "search": search,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_webhooks(
        self,
        *,
        devices: str | Sequence[str] | None = None,
        status: Literal["active", "disabled", "pending"]
        | Sequence[Literal["active", "disabled", "pending"]]
        | None = None,
        search: str | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_webhooks`, fetching page after page while pages come
        back full.

        `GET /webhooks` (operation `webhooks.getWebhooks`).

        Args:
            devices: device ids (query `devices`; choices from `getDevices`).
            status: webhook status (query `status`).
            search: text (query `search`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "webhooks.getWebhooks",
            {
                "devices": devices,
                "status": status,
                "search": search,
                "size": size,
            },
            timeout=timeout,
        )

    async def create_webhook(
        self,
        *,
        name: str,
        url: str,
        events: Literal[
            "message:in:new",
            "message:out:new",
            "message:out:sent",
            "message:out:ack",
            "message:out:failed",
            "message:update",
            "message:reaction",
            "channel:in",
            "status:update",
            "group:update",
            "chat:update",
            "contact:update",
            "number:session",
        ]
        | Sequence[
            Literal[
                "message:in:new",
                "message:out:new",
                "message:out:sent",
                "message:out:ack",
                "message:out:failed",
                "message:update",
                "message:reaction",
                "channel:in",
                "status:update",
                "group:update",
                "chat:update",
                "contact:update",
                "number:session",
            ]
        ],
        device: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Webhook: Register a webhook endpoint.

        `POST /webhooks` (operation `webhooks.createWebhook`).

        Args:
            name: internal name <=30 (body `name`).
            url: public HTTPS endpoint receiving POSTed events (body `url`).
            events: subscribed event types (body `events`).
            device: optional: restrict to one number (24-hex) (body `device`;
                choices from `getDevices`).
        """
        return await self._client.call(
            "webhooks.createWebhook",
            {
                "name": name,
                "url": url,
                "events": events,
                "device": device,
            },
            timeout=timeout,
        )

    async def get_webhook(
        self,
        webhook_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Webhook: Get one webhook.

        `GET /webhooks/{webhookId}` (operation `webhooks.getWebhook`).

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
        """
        return await self._client.call(
            "webhooks.getWebhook",
            {
                "webhookId": webhook_id,
            },
            timeout=timeout,
        )

    async def update_webhook(
        self,
        webhook_id: str,
        *,
        name: str,
        url: str,
        events: Literal[
            "message:in:new",
            "message:out:new",
            "message:out:sent",
            "message:out:ack",
            "message:out:failed",
            "message:update",
            "message:reaction",
            "channel:in",
            "status:update",
            "group:update",
            "chat:update",
            "contact:update",
            "number:session",
        ]
        | Sequence[
            Literal[
                "message:in:new",
                "message:out:new",
                "message:out:sent",
                "message:out:ack",
                "message:out:failed",
                "message:update",
                "message:reaction",
                "channel:in",
                "status:update",
                "group:update",
                "chat:update",
                "contact:update",
                "number:session",
            ]
        ],
        device: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Webhook: Update a webhook.

        `PATCH /webhooks/{webhookId}` (operation `webhooks.updateWebhook`).

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
            name: internal name <=30 (body `name`).
            url: public HTTPS endpoint receiving POSTed events (body `url`).
            events: subscribed event types (body `events`).
            device: optional: restrict to one number (24-hex) (body `device`;
                choices from `getDevices`).
        """
        return await self._client.call(
            "webhooks.updateWebhook",
            {
                "webhookId": webhook_id,
                "name": name,
                "url": url,
                "events": events,
                "device": device,
            },
            timeout=timeout,
        )

    async def delete_webhook(
        self,
        webhook_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Webhook: Delete a webhook.

        `DELETE /webhooks/{webhookId}` (operation `webhooks.deleteWebhook`).

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
        """
        return await self._client.call(
            "webhooks.deleteWebhook",
            {
                "webhookId": webhook_id,
            },
            timeout=timeout,
        )

    async def enable_webhook(
        self,
        webhook_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Enable Webhook: Re-enable a disabled webhook.

        `POST /webhooks/{webhookId}/enable` (operation `webhooks.enableWebhook`).

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
        """
        return await self._client.call(
            "webhooks.enableWebhook",
            {
                "webhookId": webhook_id,
            },
            timeout=timeout,
        )

    async def get_webhook_logs(
        self,
        webhook_id: str,
        *,
        size: int | None = None,
        skip: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Webhook Logs: Get delivery logs of a webhook.

        `GET /webhooks/{webhookId}/logs` (operation `webhooks.getWebhookLogs`).
        Pagination here is size/skip, not size/page.

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
            size: max log entries (query `size`; default 20).
            skip: entries to skip (offset) (query `skip`; default 0).
        """
        return await self._client.call(
            "webhooks.getWebhookLogs",
            {
                "webhookId": webhook_id,
                "size": size,
                "skip": skip,
            },
            timeout=timeout,
        )

    def iter_get_webhook_logs(
        self,
        webhook_id: str,
        *,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_webhook_logs`, fetching page after page while pages
        come back full.

        `GET /webhooks/{webhookId}/logs` (operation `webhooks.getWebhookLogs`).
        Pagination here is size/skip, not size/page.

        Args:
            webhook_id: webhook id (24-char hex id) (path `webhookId`).
            size: max log entries (query `size`; default 20).
        """
        return self._client.iterate(
            "webhooks.getWebhookLogs",
            {
                "webhookId": webhook_id,
                "size": size,
            },
            timeout=timeout,
        )
