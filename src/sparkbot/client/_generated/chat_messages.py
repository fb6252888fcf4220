# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Chat Messages: `client.chat_messages`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncChatMessagesResource", "ChatMessagesResource"]


class ChatMessagesResource(SyncResource):
    """Chat Messages: 5 operations of `chat-messages`."""

    def get_chat_messages(
        self,
        device_id: str,
        *,
        flow: Literal["inbound", "outbound"] | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        search: str | None = None,
        chat: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        type: Literal["chat", "group", "channel", "community"]
        | Sequence[Literal["chat", "group", "channel", "community"]]
        | None = None,
        reference: str | None = None,
        kind: Literal["text", "image", "audio", "voice", "video", "document", "contact", "location", "system"]
        | Sequence[
            Literal["text", "image", "audio", "voice", "video", "document", "contact", "location", "system"]
        ]
        | None = None,
        sync: bool | None = None,
        begin: str | None = None,
        end: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        include: Literal["contact", "chat", "media"]
        | Sequence[Literal["contact", "chat", "media"]]
        | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        skip: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Messages: Query stored chat messages (inbound and outbound) of a number.

        `GET /chat/{deviceId}/messages` (operation `chat-messages.getChatMessages`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            flow: inbound or outbound (query `flow`).
            ack: delivery ack status (query `ack`).
            wid: WhatsApp message ids (query `wid`).
            search: text, contact name or filename (query `search`).
            chat: chat WID (user/group/channel) (query `chat`; choices from
                `getGroups`).
            from_: sender phone or WID (query `from`).
            to: recipient phone or WID (query `to`).
            type: chat kind (query `type`).
            reference: exact reference (query `reference`).
            kind: message content type (query `kind`).
            sync: pull from the live session if nothing stored (query `sync`;
                default false).
            begin: newest-first cursor: start at message id (query `begin`).
            end: oldest-first cursor: start at message id (query `end`).
            after: created after (query `after`).
            before: created before (query `before`).
            include: embed contact/chat/media (query `include`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
            skip: skip N older messages (only with sync=true) (query `skip`; default
                0).
        """
        return self._client.call(
            "chat-messages.getChatMessages",
            {
                "deviceId": device_id,
                "flow": flow,
                "ack": ack,
                "wid": wid,
                "search": search,
                "chat": chat,
                "from": from_,
                "to": to,
                "type": type,
                "reference": reference,
                "kind": kind,
                "sync": sync,
                "begin": begin,
                "end": end,
                "after": after,
                "before": before,
                "include": include,
                "sort": sort,
                "size": size,
                "page": page,
                "skip": skip,
            },
            timeout=timeout,
        )

    def iter_get_chat_messages(
        self,
        device_id: str,
        *,
        flow: Literal["inbound", "outbound"] | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        search: str | None = None,
        chat: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        type: Literal["chat", "group", "channel", "community"]
        | Sequence[Literal["chat", "group", "channel", "community"]]
        | None = None,
        reference: str | None = None,
        kind: Literal["text", "image", "audio", "voice", "video", "document", "contact", "location", "system"]
        | Sequence[
            Literal["text", "image", "audio", "voice", "video", "document", "contact", "location", "system"]
        ]
        | None = None,
        sync: bool | None = None,
        begin: str | None = None,
        end: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        include: Literal["contact", "chat", "media"]
        | Sequence[Literal["contact", "chat", "media"]]
        | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_chat_messages`, fetching page after page while pages
        come back full.

        `GET /chat/{deviceId}/messages` (operation `chat-messages.getChatMessages`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            flow: inbound or outbound (query `flow`).
            ack: delivery ack status (query `ack`).
            wid: WhatsApp message ids (query `wid`).
            search: text, contact name or filename (query `search`).
            chat: chat WID (user/group/channel) (query `chat`; choices from
                `getGroups`).
            from_: sender phone or WID (query `from`).
            to: recipient phone or WID (query `to`).
            type: chat kind (query `type`).
            reference: exact reference (query `reference`).
            kind: message content type (query `kind`).
            sync: pull from the live session if nothing stored (query `sync`;
                default false).
            begin: newest-first cursor: start at message id (query `begin`).
            end: oldest-first cursor: start at message id (query `end`).
            after: created after (query `after`).
            before: created before (query `before`).
            include: embed contact/chat/media (query `include`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "chat-messages.getChatMessages",
            {
                "deviceId": device_id,
                "flow": flow,
                "ack": ack,
                "wid": wid,
                "search": search,
                "chat": chat,
                "from": from_,
                "to": to,
                "type": type,
                "reference": reference,
                "kind": kind,
                "sync": sync,
                "begin": begin,
                "end": end,
                "after": after,
                "before": before,
                "include": include,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    def get_device_message_details(
        self,
        device_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Message Details: Get one chat message.

        `GET /chat/{deviceId}/messages/{messageId}` (operation `chat-
        messages.getDeviceMessageDetails`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            message_id: WhatsApp message id (hex) (path `messageId`).
        """
        return self._client.call(
            "chat-messages.getDeviceMessageDetails",
            {
                "deviceId": device_id,
                "messageId": message_id,
            },
            timeout=timeout,
        )

    def get_message_ack_info(
        self,
        device_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Message Delivery Info: Get per-recipient delivery/read info of an
        outbound message.

        `GET /chat/{deviceId}/messages/{messageId}/ackinfo` (operation `chat-
        messages.getMessageAckInfo`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            message_id: WhatsApp message id (hex) (path `messageId`).
        """
        return self._client.call(
            "chat-messages.getMessageAckInfo",
            {
                "deviceId": device_id,
                "messageId": message_id,
            },
            timeout=timeout,
        )

    def edit_message(
        self,
        device_id: str,
        message_id: str,
        *,
        message: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Edit Message: Edit the text of a sent message.

        `PATCH /chat/{deviceId}/messages/{messageId}` (operation `chat-
        messages.editMessage`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            message_id: WhatsApp message id (hex) (path `messageId`).
            message: replacement text; WhatsApp allows edits within ~20 min (body
                `message`).
        """
        return self._client.call(
            "chat-messages.editMessage",
            {
                "deviceId": device_id,
                "messageId": message_id,
                "message": message,
            },
            timeout=timeout,
        )

    def delete_device_message(
        self,
        device_id: str,
        message_id: str,
        *,
        clean: bool | None = None,
        force: bool | None = None,
        revoke: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Message: Delete a message locally or revoke it for everyone.

        `DELETE /chat/{deviceId}/messages/{messageId}` (operation `chat-
        messages.deleteDeviceMessage`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            message_id: WhatsApp message id (hex) (path `messageId`).
            clean: also remove the "message deleted" placeholder (?clean=true)
                (query `clean`; default false).
            force: delete locally even if revoke fails (?force=true) (query `force`;
                default false).
            revoke: revoke for everyone, within ~60 min of sending (?revoke=true)
                (query `revoke`; default false).
        """
        return self._client.call(
            "chat-messages.deleteDeviceMessage",
            {
                "deviceId": device_id,
                "messageId": message_id,
                "clean": clean,
                "force": force,
                "revoke": revoke,
            },
            timeout=timeout,
        )


class AsyncChatMessagesResource(AsyncResource):
    """Chat Messages: 5 operations of `chat-messages`."""

    async def get_chat_messages(
        self,
        device_id: str,
        *,
        flow: Literal["inbound", "outbound"] | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        search: str | None = None,
        chat: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        type: Literal["chat", "group", "channel", "community"]
        | Sequence[Literal["chat", "group", "channel", "community"]]
        | None = None,
        reference: str | None = None,
        kind: Literal["text", "image", "audio", "voice", "video", "document", "contact", "location", "system"]
        | Sequence[
            Literal["text", "image", "audio", "voice", "video", "document", "contact", "location", "system"]
        ]
        | None = None,
        sync: bool | None = None,
        begin: str | None = None,
        end: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        include: Literal["contact", "chat", "media"]
        | Sequence[Literal["contact", "chat", "media"]]
        | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        skip: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Messages: Query stored chat messages (inbound and outbound) of a number.

        `GET /chat/{deviceId}/messages` (operation `chat-messages.getChatMessages`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            flow: inbound or outbound (query `flow`).
            ack: delivery ack status (query `ack`).
            wid: WhatsApp message ids (query `wid`).
            search: text, contact name or filename (query `search`).
            chat: chat WID (user/group/channel) (query `chat`; choices from
                `getGroups`).
            from_: sender phone or WID (query `from`).
            to: recipient phone or WID (query `to`).
            type: chat kind (query `type`).
            reference: exact reference (query `reference`).
            kind: message content type (query `kind`).
            sync: pull from the live session if nothing stored (query `sync`;
                default false).
            begin: newest-first cursor: start at message id (query `begin`).
            end: oldest-first cursor: start at message id (query `end`).
            after: created after (query `after`).
            before: created before (query `before`).
            include: embed contact/chat/media (query `include`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
            skip: skip N older messages (only with sync=true) (query `skip`; default
                0).
        """
        return await self._client.call(
            "chat-messages.getChatMessages",
            {
                "deviceId": device_id,
                "flow": flow,
                "ack": ack,
                "wid": wid,
                "search": search,
                "chat": chat,
                "from": from_,
                "to": to,
                "type": type,
                "reference": reference,
                "kind": kind,
                "sync": sync,
                "begin": begin,
                "end": end,
                "after": after,
                "before": before,
                "include": include,
                "sort": sort,
                "size": size,
                "page": page,
                "skip": skip,
            },
            timeout=timeout,
        )

    def iter_get_chat_messages(
        self,
        device_id: str,
        *,
        flow: Literal["inbound", "outbound"] | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        search: str | None = None,
        chat: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        type: Literal["chat", "group", "channel", "community"]
        | Sequence[Literal["chat", "group", "channel", "community"]]
        | None = None,
        reference: str | None = None,
        kind: Literal["text", "image", "audio", "voice", "video", "document", "contact", "location", "system"]
        | Sequence[
            Literal["text", "image", "audio", "voice", "video", "document", "contact", "location", "system"]
        ]
        | None = None,
        sync: bool | None = None,
        begin: str | None = None,
        end: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        include: Literal["contact", "chat", "media"]
        | Sequence[Literal["contact", "chat", "media"]]
        | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_chat_messages`, fetching page after page while pages
        come back full.

        `GET /chat/{deviceId}/messages` (operation `chat-messages.getChatMessages`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            flow: inbound or outbound (query `flow`).
            ack: delivery ack status (query `ack`).
            wid: WhatsApp message ids (query `wid`).
            search: text, contact name or filename (query `search`).
            chat: chat WID (user/group/channel) (query `chat`; choices from
                `getGroups`).
            from_: sender phone or WID (query `from`).
            to: recipient phone or WID (query `to`).
            type: chat kind (query `type`).
            reference: exact reference (query `reference`).
            kind: message content type (query `kind`).
            sync: pull from the live session if nothing stored (query `sync`;
                default false).
            begin: newest-first cursor: start at message id (query `begin`).
            end: oldest-first cursor: start at message id (query `end`).
            after: created after (query `after`).
            before: created before (query `before`).
            include: embed contact/chat/media (query `include`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "chat-messages.getChatMessages",
            {
                "deviceId": device_id,
                "flow": flow,
                "ack": ack,
                "wid": wid,
                "search": search,
                "chat": chat,
                "from": from_,
                "to": to,
                "type": type,
                "reference": reference,
                "kind": kind,
                "sync": sync,
                "begin": begin,
                "end": end,
                "after": after,
                "before": before,
                "include": include,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    async def get_device_message_details(
        self,
        device_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Message Details: Get one chat message.

        `GET /chat/{deviceId}/messages/{messageId}` (operation `chat-
        messages.getDeviceMessageDetails`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            message_id: WhatsApp message id (hex) (path `messageId`).
        """
        return await self._client.call(
            "chat-messages.getDeviceMessageDetails",
            {
                "deviceId": device_id,
                "messageId": message_id,
            },
            timeout=timeout,
        )

    async def get_message_ack_info(
        self,
        device_id: str,
        message_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Message Delivery Info: Get per-recipient delivery/read info of an
        outbound message.

        `GET /chat/{deviceId}/messages/{messageId}/ackinfo` (operation `chat-
        messages.getMessageAckInfo`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            message_id: WhatsApp message id (hex) (path `messageId`).
        """
        return await self._client.call(
            "chat-messages.getMessageAckInfo",
            {
                "deviceId": device_id,
                "messageId": message_id,
            },
            timeout=timeout,
        )

    async def edit_message(
        self,
        device_id: str,
        message_id: str,
        *,
        message: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Edit Message: Edit the text of a sent message.

        `PATCH /chat/{deviceId}/messages/{messageId}` (operation `chat-
        messages.editMessage`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            message_id: WhatsApp message id (hex) (path `messageId`).
            message: replacement text; WhatsApp allows edits within ~20 min (body
                `message`).
        """
        return await self._client.call(
            "chat-messages.editMessage",
            {
                "deviceId": device_id,
                "messageId": message_id,
                "message": message,
            },
            timeout=timeout,
        )

    async def delete_device_message(
        self,
        device_id: str,
        message_id: str,
        *,
        clean: bool | None = None,
        force: bool | None = None,
        revoke: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Message: Delete a message locally or revoke it for everyone.

        `DELETE /chat/{deviceId}/messages/{messageId}` (operation `chat-
        messages.deleteDeviceMessage`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            message_id: WhatsApp message id (hex) (path `messageId`).
            clean: also remove the "message deleted" placeholder (?clean=true)
                (query `clean`; default false).
            force: delete locally even if revoke fails (?force=true) (query `force`;
                default false).
            revoke: revoke for everyone, within ~60 min of sending (?revoke=true)
                (query `revoke`; default false).
        """
        return await self._client.call(
            "chat-messages.deleteDeviceMessage",
            {
                "deviceId": device_id,
                "messageId": message_id,
                "clean": clean,
                "force": force,
                "revoke": revoke,
            },
            timeout=timeout,
        )
