# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Meeting Links: `client.meeting_links`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncMeetingLinksResource", "MeetingLinksResource"]


class MeetingLinksResource(SyncResource):
    """Meeting Links: 3 operations of `meeting-links`."""

    def get_meeting_links(
        self,
        device_id: str,
        *,
        search: str | None = None,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        expires_before: str | datetime | None = None,
        expires_after: str | datetime | None = None,
        kind: Literal["voice", "video"] | Sequence[Literal["voice", "video"]] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Meeting Links: List active WhatsApp call links.

        `GET /devices/{deviceId}/meeting-links` (operation `meeting-
        links.getMeetingLinks`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            search: URL, token or message (query `search`).
            before: created before (query `before`).
            after: created after (query `after`).
            expires_before: expiring before (query `expiresBefore`).
            expires_after: expiring after (query `expiresAfter`).
            kind: voice or video (query `kind`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "meeting-links.getMeetingLinks",
            {
                "deviceId": device_id,
                "search": search,
                "before": before,
                "after": after,
                "expiresBefore": expires_before,
                "expiresAfter": expires_after,
                "kind": kind,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_meeting_links(
        self,
        device_id: str,
        *,
        search: str | None = None,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        expires_before: str | datetime | None = None,
        expires_after: str | datetime | None = None,
        kind: Literal["voice", "video"] | Sequence[Literal["voice", "video"]] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_meeting_links`, fetching page after page while pages
        come back full.

        `GET /devices/{deviceId}/meeting-links` (operation `meeting-
        links.getMeetingLinks`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            search: URL, token or message (query `search`).
            before: created before (query `before`).
            after: created after (query `after`).
            expires_before: expiring before (query `expiresBefore`).
            expires_after: expiring after (query `expiresAfter`).
            kind: voice or video (query `kind`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "meeting-links.getMeetingLinks",
            {
                "deviceId": device_id,
                "search": search,
                "before": before,
                "after": after,
                "expiresBefore": expires_before,
                "expiresAfter": expires_after,
                "kind": kind,
                "size": size,
            },
            timeout=timeout,
        )

    def create_meeting_link(
        self,
        device_id: str,
        *,
        kind: Literal["voice", "video"],
        message: str | None = None,
        expiration: Literal["1h", "2h", "8h", "12h", "24h", "2d", "3d", "4d", "5d", "6d", "7d", "15d", "30d"]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Meeting Link: Create a WhatsApp voice/video call link.

        `POST /devices/{deviceId}/meeting-links` (operation `meeting-
        links.createMeetingLink`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            kind: voice or video call (body `kind`).
            message: optional purpose text <=500 (body `message`).
            expiration: validity if unused; '30d' (default) not sent (body
                `expiration`; default "30d").
        """
        return self._client.call(
            "meeting-links.createMeetingLink",
            {
                "deviceId": device_id,
                "kind": kind,
                "message": message,
                "expiration": expiration,
            },
            timeout=timeout,
        )

    def delete_meeting_links(
        self,
        device_id: str,
        *,
        ids: str | Sequence[str] | None = None,
        urls: str | Sequence[str] | None = None,
        all: bool | None = None,
        created_before: str | datetime | None = None,
        created_after: str | datetime | None = None,
        expires_before: str | datetime | None = None,
        expires_after: str | datetime | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Meeting Links: Delete meeting links: all, by id/URL, or by date range.

        `DELETE /devices/{deviceId}/meeting-links` (operation `meeting-
        links.deleteMeetingLinks`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            ids: link ids (ids or urls required for specific) (body `ids`).
            urls: link URLs https://call.whatsapp.com/ (body `urls`).
            all: sent as true when deleteMethod=all (body `all`).
            created_before: created before (body `createdBefore`).
            created_after: created after (body `createdAfter`).
            expires_before: expiring before (body `expiresBefore`).
            expires_after: expiring after (body `expiresAfter`).
        """
        return self._client.call(
            "meeting-links.deleteMeetingLinks",
            {
                "deviceId": device_id,
                "ids": ids,
                "urls": urls,
                "all": all,
                "createdBefore": created_before,
                "createdAfter": created_after,
                "expiresBefore": expires_before,
                "expiresAfter": expires_after,
            },
            timeout=timeout,
        )


class AsyncMeetingLinksResource(AsyncResource):
    """Meeting Links: 3 operations of `meeting-links`."""

    async def get_meeting_links(
        self,
        device_id: str,
        *,
        search: str | None = None,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        expires_before: str | datetime | None = None,
        expires_after: str | datetime | None = None,
        kind: Literal["voice", "video"] | Sequence[Literal["voice", "video"]] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Meeting Links: List active WhatsApp call links.

        `GET /devices/{deviceId}/meeting-links` (operation `meeting-
        links.getMeetingLinks`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            search: URL, token or message (query `search`).
            before: created before (query `before`).
            after: created after (query `after`).
            expires_before: expiring before (query `expiresBefore`).
            expires_after: expiring after (query `expiresAfter`).
            kind: voice or video (query `kind`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "meeting-links.getMeetingLinks",
            {
                "deviceId": device_id,
                "search": search,
                "before": before,
                "after": after,
                "expiresBefore": expires_before,
                "expiresAfter": expires_after,
                "kind": kind,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_meeting_links(
        self,
        device_id: str,
        *,
        search: str | None = None,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        expires_before: str | datetime | None = None,
        expires_after: str | datetime | None = None,
        kind: Literal["voice", "video"] | Sequence[Literal["voice", "video"]] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_meeting_links`, fetching page after page while pages
        come back full.

        `GET /devices/{deviceId}/meeting-links` (operation `meeting-
        links.getMeetingLinks`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            search: URL, token or message (query `search`).
            before: created before (query `before`).
            after: created after (query `after`).
            expires_before: expiring before (query `expiresBefore`).
            expires_after: expiring after (query `expiresAfter`).
            kind: voice or video (query `kind`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "meeting-links.getMeetingLinks",
            {
                "deviceId": device_id,
                "search": search,
                "before": before,
                "after": after,
                "expiresBefore": expires_before,
                "expiresAfter": expires_after,
                "kind": kind,
                "size": size,
            },
            timeout=timeout,
        )

    async def create_meeting_link(
        self,
        device_id: str,
        *,
        kind: Literal["voice", "video"],
        message: str | None = None,
        expiration: Literal["1h", "2h", "8h", "12h", "24h", "2d", "3d", "4d", "5d", "6d", "7d", "15d", "30d"]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Meeting Link: Create a WhatsApp voice/video call link.

        `POST /devices/{deviceId}/meeting-links` (operation `meeting-
        links.createMeetingLink`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            kind: voice or video call (body `kind`).
            message: optional purpose text <=500 (body `message`).
            expiration: validity if unused; '30d' (default) not sent (body
                `expiration`; default "30d").
        """
        return await self._client.call(
            "meeting-links.createMeetingLink",
            {
                "deviceId": device_id,
                "kind": kind,
                "message": message,
                "expiration": expiration,
            },
            timeout=timeout,
        )

    async def delete_meeting_links(
        self,
        device_id: str,
        *,
        ids: str | Sequence[str] | None = None,
        urls: str | Sequence[str] | None = None,
        all: bool | None = None,
        created_before: str | datetime | None = None,
        created_after: str | datetime | None = None,
        expires_before: str | datetime | None = None,
        expires_after: str | datetime | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Meeting Links: Delete meeting links: all, by id/URL, or by date range.

        `DELETE /devices/{deviceId}/meeting-links` (operation `meeting-
        links.deleteMeetingLinks`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            ids: link ids (ids or urls required for specific) (body `ids`).
            urls: link URLs https://call.whatsapp.com/ (body `urls`).
            all: sent as true when deleteMethod=all (body `all`).
            created_before: created before (body `createdBefore`).
            created_after: created after (body `createdAfter`).
            expires_before: expiring before (body `expiresBefore`).
            expires_after: expiring after (body `expiresAfter`).
        """
        return await self._client.call(
            "meeting-links.deleteMeetingLinks",
            {
                "deviceId": device_id,
                "ids": ids,
                "urls": urls,
                "all": all,
                "createdBefore": created_before,
                "createdAfter": created_after,
                "expiresBefore": expires_before,
                "expiresAfter": expires_after,
            },
            timeout=timeout,
        )
