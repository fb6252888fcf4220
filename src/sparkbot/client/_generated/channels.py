# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Channels: `client.channels`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncChannelsResource", "ChannelsResource"]


class ChannelsResource(SyncResource):
    """Channels: 8 operations of `channels`."""

    def get_device_channels(
        self,
        device_id: str,
        *,
        permission: str | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Channels: List channels the number follows or owns.

        `GET /devices/{deviceId}/channels` (operation `channels.getDeviceChannels`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            permission: filter by own role/permission on the channel (free text)
                (query `permission`).
            size: page size (sent if truthy) (query `size`; default 20).
            page: page index 0-based (0 not sent) (query `page`; default 0).
        """
        return self._client.call(
            "channels.getDeviceChannels",
            {
                "deviceId": device_id,
                "permission": permission,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_device_channels(
        self,
        device_id: str,
        *,
        permission: str | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_device_channels`, fetching page after page while pages
        come back full.

        `GET /devices/{deviceId}/channels` (operation `channels.getDeviceChannels`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            permission: filter by own role/permission on the channel (free text)
                (query `permission`).
            size: page size (sent if truthy) (query `size`; default 20).
        """
        return self._client.iterate(
            "channels.getDeviceChannels",
            {
                "deviceId": device_id,
                "permission": permission,
                "size": size,
            },
            timeout=timeout,
        )

    def get_channel_by_id(
        self,
        device_id: str,
        channel_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Channel: Get one channel.

        `GET /devices/{deviceId}/channels/{channelId}` (operation
        `channels.getChannelById`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            channel_id: channel WID, e.g. 123000098765421000@newsletter (suffix
                optional) (path `channelId`).
        """
        return self._client.call(
            "channels.getChannelById",
            {
                "deviceId": device_id,
                "channelId": channel_id,
            },
            timeout=timeout,
        )

    def create_channel(
        self,
        device_id: str,
        *,
        name: str,
        description: str | None = None,
        image_url: str | None = None,
        image_data: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Channel: Create a WhatsApp channel, optionally with a picture.

        `POST /devices/{deviceId}/channels` (operation `channels.createChannel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: channel name (body `name`).
            description: description <=2048 chars (body `description`).
            image_url: picture URL JPG/PNG <=1MB; sent as image.url (body
                `image.url`).
            image_data: base64 JPG/PNG <=1MB; sent as image.data (body
                `image.data`).
        """
        return self._client.call(
            "channels.createChannel",
            {
                "deviceId": device_id,
                "name": name,
                "description": description,
                "image.url": image_url,
                "image.data": image_data,
            },
            timeout=timeout,
        )

    def update_channel(
        self,
        device_id: str,
        channel_id: str,
        *,
        name: str,
        description: str | None = None,
        image: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Channel: Update channel name/description/picture.

        `PATCH /devices/{deviceId}/channels/{channelId}` (operation
        `channels.updateChannel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            channel_id: channel WID, e.g. 123000098765421000@newsletter (suffix
                optional) (path `channelId`).
            name: channel name (always sent) (body `name`).
            description: description <=2048 (body `description`).
            image: picture URL; sent as image (plain string, unlike create) (body
                `image`).
        """
        return self._client.call(
            "channels.updateChannel",
            {
                "deviceId": device_id,
                "channelId": channel_id,
                "name": name,
                "description": description,
                "image": image,
            },
            timeout=timeout,
        )

    def channel_update_image(
        self,
        device_id: str,
        channel_id: str,
        *,
        url: str | None = None,
        image: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Channel Image: Replace the channel picture.

        `PUT /devices/{deviceId}/channels/{channelId}/image` (operation
        `channels.channelUpdateImage`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            channel_id: channel WID, e.g. 123000098765421000@newsletter (suffix
                optional) (path `channelId`).
            url: JPG/PNG URL <=1MB (body `url`).
            image: base64 JPG/PNG <=1MB (body `image`).
        """
        return self._client.call(
            "channels.channelUpdateImage",
            {
                "deviceId": device_id,
                "channelId": channel_id,
                "url": url,
                "image": image,
            },
            timeout=timeout,
        )

    def delete_channel(
        self,
        device_id: str,
        channel_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Channel: Delete an owned channel or unfollow a followed one.

        `DELETE /devices/{deviceId}/channels/{channelId}` (operation
        `channels.deleteChannel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            channel_id: channel WID, e.g. 123000098765421000@newsletter (suffix
                optional) (path `channelId`).
        """
        return self._client.call(
            "channels.deleteChannel",
            {
                "deviceId": device_id,
                "channelId": channel_id,
            },
            timeout=timeout,
        )

    def join_channel(
        self,
        device_id: str,
        *,
        code: str | None = None,
        url: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Join Channel: Follow a channel by invite code or link.

        `PUT /devices/{deviceId}/channels` (operation `channels.joinChannel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            code: channel invite code (body `code`).
            url: channel link https://whatsapp.com/channels/ (body `url`).
        """
        return self._client.call(
            "channels.joinChannel",
            {
                "deviceId": device_id,
                "code": code,
                "url": url,
            },
            timeout=timeout,
        )

    def search_channels(
        self,
        device_id: str,
        *,
        search: str | None = None,
        limit: int | None = None,
        category: Literal["recommended", "trending", "popular", "new", "featured"] | None = None,
        sort: Literal["desc", "asc"] | None = None,
        sort_field: Literal["creation_time", "subscribers"] | None = None,
        countries: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Search Channels: Search the public channel directory (note: PATCH with a JSON
        body).

        `PATCH /devices/{deviceId}/channels` (operation `channels.searchChannels`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            search: search text (body `search`).
            limit: max results 1-50 (body `limit`; default 50).
            category: directory category (body `category`; default "recommended").
            sort: sort direction (body `sort`; default "desc").
            sort_field: sort key (body `sortField`; default "subscribers").
            countries: up to 10 country codes (body `countries`).
        """
        return self._client.call(
            "channels.searchChannels",
            {
                "deviceId": device_id,
                "search": search,
                "limit": limit,
                "category": category,
                "sort": sort,
                "sortField": sort_field,
                "countries": countries,
            },
            timeout=timeout,
        )


class AsyncChannelsResource(AsyncResource):
    """Channels: 8 operations of `channels`."""

    async def get_device_channels(
        self,
        device_id: str,
        *,
        permission: str | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Channels: List channels the number follows or owns.

        `GET /devices/{deviceId}/channels` (operation `channels.getDeviceChannels`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            permission: filter by own role/permission on the channel (free text)
                (query `permission`).
            size: page size (sent if truthy) (query `size`; default 20).
            page: page index 0-based (0 not sent) (query `page`; default 0).
        """
        return await self._client.call(
            "channels.getDeviceChannels",
            {
                "deviceId": device_id,
                "permission": permission,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_device_channels(
        self,
        device_id: str,
        *,
        permission: str | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_device_channels`, fetching page after page while pages
        come back full.

        `GET /devices/{deviceId}/channels` (operation `channels.getDeviceChannels`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            permission: filter by own role/permission on the channel (free text)
                (query `permission`).
            size: page size (sent if truthy) (query `size`; default 20).
        """
        return self._client.iterate(
            "channels.getDeviceChannels",
            {
                "deviceId": device_id,
                "permission": permission,
                "size": size,
            },
            timeout=timeout,
        )

    async def get_channel_by_id(
        self,
        device_id: str,
        channel_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Channel: Get one channel.

        `GET /devices/{deviceId}/channels/{channelId}` (operation
        `channels.getChannelById`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            channel_id: channel WID, e.g. 123000098765421000@newsletter (suffix
                optional) (path `channelId`).
        """
        return await self._client.call(
            "channels.getChannelById",
            {
                "deviceId": device_id,
                "channelId": channel_id,
            },
            timeout=timeout,
        )

    async def create_channel(
        self,
        device_id: str,
        *,
        name: str,
        description: str | None = None,
        image_url: str | None = None,
        image_data: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Channel: Create a WhatsApp channel, optionally with a picture.

        `POST /devices/{deviceId}/channels` (operation `channels.createChannel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: channel name (body `name`).
            description: description <=2048 chars (body `description`).
            image_url: picture URL JPG/PNG <=1MB; sent as image.url (body
                `image.url`).
            image_data: base64 JPG/PNG <=1MB; sent as image.data (body
                `image.data`).
        """
        return await self._client.call(
            "channels.createChannel",
            {
                "deviceId": device_id,
                "name": name,
                "description": description,
                "image.url": image_url,
                "image.data": image_data,
            },
            timeout=timeout,
        )

    async def update_channel(
        self,
        device_id: str,
        channel_id: str,
        *,
        name: str,
        description: str | None = None,
        image: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Channel: Update channel name/description/picture.

        `PATCH /devices/{deviceId}/channels/{channelId}` (operation
        `channels.updateChannel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            channel_id: channel WID, e.g. 123000098765421000@newsletter (suffix
                optional) (path `channelId`).
            name: channel name (always sent) (body `name`).
            description: description <=2048 (body `description`).
            image: picture URL; sent as image (plain string, unlike create) (body
                `image`).
        """
        return await self._client.call(
            "channels.updateChannel",
            {
                "deviceId": device_id,
                "channelId": channel_id,
                "name": name,
                "description": description,
                "image": image,
            },
            timeout=timeout,
        )

    async def channel_update_image(
        self,
        device_id: str,
        channel_id: str,
        *,
        url: str | None = None,
        image: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Channel Image: Replace the channel picture.

        `PUT /devices/{deviceId}/channels/{channelId}/image` (operation
        `channels.channelUpdateImage`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            channel_id: channel WID, e.g. 123000098765421000@newsletter (suffix
                optional) (path `channelId`).
            url: JPG/PNG URL <=1MB (body `url`).
            image: base64 JPG/PNG <=1MB (body `image`).
        """
        return await self._client.call(
            "channels.channelUpdateImage",
            {
                "deviceId": device_id,
                "channelId": channel_id,
                "url": url,
                "image": image,
            },
            timeout=timeout,
        )

    async def delete_channel(
        self,
        device_id: str,
        channel_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Channel: Delete an owned channel or unfollow a followed one.

        `DELETE /devices/{deviceId}/channels/{channelId}` (operation
        `channels.deleteChannel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            channel_id: channel WID, e.g. 123000098765421000@newsletter (suffix
                optional) (path `channelId`).
        """
        return await self._client.call(
            "channels.deleteChannel",
            {
                "deviceId": device_id,
                "channelId": channel_id,
            },
            timeout=timeout,
        )

    async def join_channel(
        self,
        device_id: str,
        *,
        code: str | None = None,
        url: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Join Channel: Follow a channel by invite code or link.

        `PUT /devices/{deviceId}/channels` (operation `channels.joinChannel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            code: channel invite code (body `code`).
            url: channel link https://whatsapp.com/channels/ (body `url`).
        """
        return await self._client.call(
            "channels.joinChannel",
            {
                "deviceId": device_id,
                "code": code,
                "url": url,
            },
            timeout=timeout,
        )

    async def search_channels(
        self,
        device_id: str,
        *,
        search: str | None = None,
        limit: int | None = None,
        category: Literal["recommended", "trending", "popular", "new", "featured"] | None = None,
        sort: Literal["desc", "asc"] | None = None,
        sort_field: Literal["creation_time", "subscribers"] | None = None,
        countries: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Search Channels: Search the public channel directory (note: PATCH with a JSON
        body).

        `PATCH /devices/{deviceId}/channels` (operation `channels.searchChannels`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            search: search text (body `search`).
            limit: max results 1-50 (body `limit`; default 50).
            category: directory category (body `category`; default "recommended").
            sort: sort direction (body `sort`; default "desc").
            sort_field: sort key (body `sortField`; default "subscribers").
            countries: up to 10 country codes (body `countries`).
        """
        return await self._client.call(
            "channels.searchChannels",
            {
                "deviceId": device_id,
                "search": search,
                "limit": limit,
                "category": category,
                "sort": sort,
                "sortField": sort_field,
                "countries": countries,
            },
            timeout=timeout,
        )
