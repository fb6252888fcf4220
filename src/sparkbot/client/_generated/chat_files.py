# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Chat Files: `client.chat_files`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes
    from .._response import BinaryResponse

__all__ = ["AsyncChatFilesResource", "ChatFilesResource"]


class ChatFilesResource(SyncResource):
    """Chat Files: 3 operations of `chat-files`."""

    def get_device_files(
        self,
        device_id: str,
        *,
        type: Literal["image", "video", "audio", "ptt", "document", "sticker"]
        | Sequence[Literal["image", "video", "audio", "ptt", "document", "sticker"]]
        | None = None,
        search: str | None = None,
        chat: str | Sequence[str] | None = None,
        ids: str | Sequence[str] | None = None,
        message: str | Sequence[str] | None = None,
        flow: Literal["in", "out"] | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc", "size:desc", "size:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Files: List media files exchanged in chats of a number.

        `GET /chat/{deviceId}/files` (operation `chat-files.getDeviceFiles`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            type: media type (query `type`).
            search: filename, caption, message or chat id (query `search`).
            chat: chat WIDs (query `chat`).
            ids: file ids (query `ids`; choices from `getFiles`).
            message: origin message WIDs (query `message`).
            flow: in or out (query `flow`).
            after: created after (query `after`).
            before: created before (query `before`).
            sort: date or size, asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "chat-files.getDeviceFiles",
            {
                "deviceId": device_id,
                "type": type,
                "search": search,
                "chat": chat,
                "ids": ids,
                "message": message,
                "flow": flow,
                "after": after,
                "before": before,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_device_files(
        self,
        device_id: str,
        *,
        type: Literal["image", "video", "audio", "ptt", "document", "sticker"]
        | Sequence[Literal["image", "video", "audio", "ptt", "document", "sticker"]]
        | None = None,
        search: str | None = None,
        chat: str | Sequence[str] | None = None,
        ids: str | Sequence[str] | None = None,
        message: str | Sequence[str] | None = None,
        flow: Literal["in", "out"] | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc", "size:desc", "size:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_device_files`, fetching page after page while pages
        come back full.

        `GET /chat/{deviceId}/files` (operation `chat-files.getDeviceFiles`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            type: media type (query `type`).
            search: filename, caption, message or chat id (query `search`).
            chat: chat WIDs (query `chat`).
            ids: file ids (query `ids`; choices from `getFiles`).
            message: origin message WIDs (query `message`).
            flow: in or out (query `flow`).
            after: created after (query `after`).
            before: created before (query `before`).
            sort: date or size, asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "chat-files.getDeviceFiles",
            {
                "deviceId": device_id,
                "type": type,
                "search": search,
                "chat": chat,
                "ids": ids,
                "message": message,
                "flow": flow,
                "after": after,
                "before": before,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    def get_device_file_details(
        self,
        device_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get File Details: Get metadata of one chat file.

        `GET /chat/{deviceId}/files/{fileId}` (operation `chat-
        files.getDeviceFileDetails`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            file_id: chat file id (path `fileId`; choices from `getFiles`).
        """
        return self._client.call(
            "chat-files.getDeviceFileDetails",
            {
                "deviceId": device_id,
                "fileId": file_id,
            },
            timeout=timeout,
        )

    def download_device_file_details(
        self,
        device_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> BinaryResponse:
        """Download File: Download the binary content of a chat file.

        `GET /chat/{deviceId}/files/{fileId}/download` (operation `chat-
        files.downloadDeviceFileDetails`).
        Sends 'Accept: */*'. The response is the file's bytes: return it as binary, not
        text.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            file_id: chat file id (path `fileId`; choices from `getFiles`).
        """
        return self._client.call_binary(
            "chat-files.downloadDeviceFileDetails",
            {
                "deviceId": device_id,
                "fileId": file_id,
            },
            timeout=timeout,
        )


class AsyncChatFilesResource(AsyncResource):
    """Chat Files: 3 operations of `chat-files`."""

    async def get_device_files(
        self,
        device_id: str,
        *,
        type: Literal["image", "video", "audio", "ptt", "document", "sticker"]
        | Sequence[Literal["image", "video", "audio", "ptt", "document", "sticker"]]
        | None = None,
        search: str | None = None,
        chat: str | Sequence[str] | None = None,
        ids: str | Sequence[str] | None = None,
        message: str | Sequence[str] | None = None,
        flow: Literal["in", "out"] | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc", "size:desc", "size:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Files: List media files exchanged in chats of a number.

        `GET /chat/{deviceId}/files` (operation `chat-files.getDeviceFiles`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            type: media type (query `type`).
            search: filename, caption, message or chat id (query `search`).
            chat: chat WIDs (query `chat`).
            ids: file ids (query `ids`; choices from `getFiles`).
            message: origin message WIDs (query `message`).
            flow: in or out (query `flow`).
            after: created after (query `after`).
            before: created before (query `before`).
            sort: date or size, asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "chat-files.getDeviceFiles",
            {
                "deviceId": device_id,
                "type": type,
                "search": search,
                "chat": chat,
                "ids": ids,
                "message": message,
                "flow": flow,
                "after": after,
                "before": before,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_device_files(
        self,
        device_id: str,
        *,
        type: Literal["image", "video", "audio", "ptt", "document", "sticker"]
        | Sequence[Literal["image", "video", "audio", "ptt", "document", "sticker"]]
        | None = None,
        search: str | None = None,
        chat: str | Sequence[str] | None = None,
        ids: str | Sequence[str] | None = None,
        message: str | Sequence[str] | None = None,
        flow: Literal["in", "out"] | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc", "size:desc", "size:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_device_files`, fetching page after page while pages
        come back full.

        `GET /chat/{deviceId}/files` (operation `chat-files.getDeviceFiles`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            type: media type (query `type`).
            search: filename, caption, message or chat id (query `search`).
            chat: chat WIDs (query `chat`).
            ids: file ids (query `ids`; choices from `getFiles`).
            message: origin message WIDs (query `message`).
            flow: in or out (query `flow`).
            after: created after (query `after`).
            before: created before (query `before`).
            sort: date or size, asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "chat-files.getDeviceFiles",
            {
                "deviceId": device_id,
                "type": type,
                "search": search,
                "chat": chat,
                "ids": ids,
                "message": message,
                "flow": flow,
                "after": after,
                "before": before,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    async def get_device_file_details(
        self,
        device_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get File Details: Get metadata of one chat file.

        `GET /chat/{deviceId}/files/{fileId}` (operation `chat-
        files.getDeviceFileDetails`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            file_id: chat file id (path `fileId`; choices from `getFiles`).
        """
        return await self._client.call(
            "chat-files.getDeviceFileDetails",
            {
                "deviceId": device_id,
                "fileId": file_id,
            },
            timeout=timeout,
        )

    async def download_device_file_details(
        self,
        device_id: str,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> BinaryResponse:
        """Download File: Download the binary content of a chat file.

        `GET /chat/{deviceId}/files/{fileId}/download` (operation `chat-
        files.downloadDeviceFileDetails`).
        Sends 'Accept: */*'. The response is the file's bytes: return it as binary, not
        text.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            file_id: chat file id (path `fileId`; choices from `getFiles`).
        """
        return await self._client.call_binary(
            "chat-files.downloadDeviceFileDetails",
            {
                "deviceId": device_id,
                "fileId": file_id,
            },
            timeout=timeout,
        )
