# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Quick replies: `client.quick_replies`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncQuickRepliesResource", "QuickRepliesResource"]


class QuickRepliesResource(SyncResource):
    """Quick replies: 4 operations of `quick-replies`."""

    def get_quick_replies(
        self,
        device_id: str,
        *,
        scope: Literal["wa", "chat"] | None = None,
        permissions: Literal["public", "readonly", "private"]
        | Sequence[Literal["public", "readonly", "private"]]
        | None = None,
        agents: str | Sequence[str] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Quick Replies: List quick replies (canned responses) of a number.

        `GET /devices/{deviceId}/quickReplies` (operation `quick-
        replies.getQuickReplies`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            scope: 'wa' = synced from WhatsApp Business, 'chat' = created in web
                chat (query `scope`).
            permissions: permission levels (query `permissions`).
            agents: creator agent ids (query `agents`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "quick-replies.getQuickReplies",
            {
                "deviceId": device_id,
                "scope": scope,
                "permissions": permissions,
                "agents": agents,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_quick_replies(
        self,
        device_id: str,
        *,
        scope: Literal["wa", "chat"] | None = None,
        permissions: Literal["public", "readonly", "private"]
        | Sequence[Literal["public", "readonly", "private"]]
        | None = None,
        agents: str | Sequence[str] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_quick_replies`, fetching page after page while pages
        come back full.

        `GET /devices/{deviceId}/quickReplies` (operation `quick-
        replies.getQuickReplies`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            scope: 'wa' = synced from WhatsApp Business, 'chat' = created in web
                chat (query `scope`).
            permissions: permission levels (query `permissions`).
            agents: creator agent ids (query `agents`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "quick-replies.getQuickReplies",
            {
                "deviceId": device_id,
                "scope": scope,
                "permissions": permissions,
                "agents": agents,
                "size": size,
            },
            timeout=timeout,
        )

    def create_quick_reply(
        self,
        device_id: str,
        *,
        shortcut: str,
        message: str,
        permission: Literal["public", "readonly", "private"] | None = None,
        file: str | None = None,
        keywords: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Quick Reply: Create a quick reply.

        `POST /devices/{deviceId}/quickReplies` (operation `quick-
        replies.createQuickReply`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            shortcut: trigger keyword 2-25 chars (body `shortcut`).
            message: reply text 4-6000 chars (body `message`).
            permission: access level ('public' omitted on create) (body
                `permission`; default "public").
            file: stored file id (24-hex) (body `file`; choices from `getFiles`).
            keywords: up to 3 alphanumeric keywords (body `keywords`).
        """
        return self._client.call(
            "quick-replies.createQuickReply",
            {
                "deviceId": device_id,
                "shortcut": shortcut,
                "message": message,
                "permission": permission,
                "file": file,
                "keywords": keywords,
            },
            timeout=timeout,
        )

    def update_quick_reply(
        self,
        device_id: str,
        *,
        shortcut: str,
        message: str,
        id: str | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        file: str | None = None,
        keywords: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Quick Reply: Update a quick reply (id/shortcut in body).

        `PATCH /devices/{deviceId}/quickReplies` (operation `quick-
        replies.updateQuickReply`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            shortcut: trigger keyword 2-25 chars (body `shortcut`).
            message: reply text 4-6000 chars (body `message`).
            id: quick reply id (24-hex); optional in node (API may match by
                shortcut) (body `id`).
            permission: access level ('public' omitted on create) (body
                `permission`; default "public").
            file: stored file id (24-hex) (body `file`; choices from `getFiles`).
            keywords: up to 3 alphanumeric keywords (body `keywords`).
        """
        return self._client.call(
            "quick-replies.updateQuickReply",
            {
                "deviceId": device_id,
                "shortcut": shortcut,
                "message": message,
                "id": id,
                "permission": permission,
                "file": file,
                "keywords": keywords,
            },
            timeout=timeout,
        )

    def delete_quick_replies(
        self,
        device_id: str,
        *,
        delete_items: Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Quick Replies: Delete all, or specific quick replies by id/shortcut.

        `DELETE /devices/{deviceId}/quickReplies` (operation `quick-
        replies.deleteQuickReplies`).
        Body is a bare JSON array.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            delete_items: the request body is this JSON array itself of {id} or
                {shortcut} (body `deleteItems`).
        """
        return self._client.call(
            "quick-replies.deleteQuickReplies",
            {
                "deviceId": device_id,
                "deleteItems": delete_items,
            },
            timeout=timeout,
        )


class AsyncQuickRepliesResource(AsyncResource):
    """Quick replies: 4 operations of `quick-replies`."""

    async def get_quick_replies(
        self,
        device_id: str,
        *,
        scope: Literal["wa", "chat"] | None = None,
        permissions: Literal["public", "readonly", "private"]
        | Sequence[Literal["public", "readonly", "private"]]
        | None = None,
        agents: str | Sequence[str] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Quick Replies: List quick replies (canned responses) of a number.

        `GET /devices/{deviceId}/quickReplies` (operation `quick-
        replies.getQuickReplies`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            scope: 'wa' = synced from WhatsApp Business, 'chat' = created in web
                chat (query `scope`).
            permissions: permission levels (query `permissions`).
            agents: creator agent ids (query `agents`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "quick-replies.getQuickReplies",
            {
                "deviceId": device_id,
                "scope": scope,
                "permissions": permissions,
                "agents": agents,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_quick_replies(
        self,
        device_id: str,
        *,
        scope: Literal["wa", "chat"] | None = None,
        permissions: Literal["public", "readonly", "private"]
        | Sequence[Literal["public", "readonly", "private"]]
        | None = None,
        agents: str | Sequence[str] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_quick_replies`, fetching page after page while pages
        come back full.

        `GET /devices/{deviceId}/quickReplies` (operation `quick-
        replies.getQuickReplies`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            scope: 'wa' = synced from WhatsApp Business, 'chat' = created in web
                chat (query `scope`).
            permissions: permission levels (query `permissions`).
            agents: creator agent ids (query `agents`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "quick-replies.getQuickReplies",
            {
                "deviceId": device_id,
                "scope": scope,
                "permissions": permissions,
                "agents": agents,
                "size": size,
            },
            timeout=timeout,
        )

    async def create_quick_reply(
        self,
        device_id: str,
        *,
        shortcut: str,
        message: str,
        permission: Literal["public", "readonly", "private"] | None = None,
        file: str | None = None,
        keywords: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Quick Reply: Create a quick reply.

        `POST /devices/{deviceId}/quickReplies` (operation `quick-
        replies.createQuickReply`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            shortcut: trigger keyword 2-25 chars (body `shortcut`).
            message: reply text 4-6000 chars (body `message`).
            permission: access level ('public' omitted on create) (body
                `permission`; default "public").
            file: stored file id (24-hex) (body `file`; choices from `getFiles`).
            keywords: up to 3 alphanumeric keywords (body `keywords`).
        """
        return await self._client.call(
            "quick-replies.createQuickReply",
            {
                "deviceId": device_id,
                "shortcut": shortcut,
                "message": message,
                "permission": permission,
                "file": file,
                "keywords": keywords,
            },
            timeout=timeout,
        )

    async def update_quick_reply(
        self,
        device_id: str,
        *,
        shortcut: str,
        message: str,
        id: str | None = None,
        permission: Literal["public", "readonly", "private"] | None = None,
        file: str | None = None,
        keywords: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Quick Reply: Update a quick reply (id/shortcut in body).

        `PATCH /devices/{deviceId}/quickReplies` (operation `quick-
        replies.updateQuickReply`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            shortcut: trigger keyword 2-25 chars (body `shortcut`).
            message: reply text 4-6000 chars (body `message`).
            id: quick reply id (24-hex); optional in node (API may match by
                shortcut) (body `id`).
            permission: access level ('public' omitted on create) (body
                `permission`; default "public").
            file: stored file id (24-hex) (body `file`; choices from `getFiles`).
            keywords: up to 3 alphanumeric keywords (body `keywords`).
        """
        return await self._client.call(
            "quick-replies.updateQuickReply",
            {
                "deviceId": device_id,
                "shortcut": shortcut,
                "message": message,
                "id": id,
                "permission": permission,
                "file": file,
                "keywords": keywords,
            },
            timeout=timeout,
        )

    async def delete_quick_replies(
        self,
        device_id: str,
        *,
        delete_items: Sequence[Mapping[str, Any]] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Quick Replies: Delete all, or specific quick replies by id/shortcut.

        `DELETE /devices/{deviceId}/quickReplies` (operation `quick-
        replies.deleteQuickReplies`).
        Body is a bare JSON array.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            delete_items: the request body is this JSON array itself of {id} or
                {shortcut} (body `deleteItems`).
        """
        return await self._client.call(
            "quick-replies.deleteQuickReplies",
            {
                "deviceId": device_id,
                "deleteItems": delete_items,
            },
            timeout=timeout,
        )
