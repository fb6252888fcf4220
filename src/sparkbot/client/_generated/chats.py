# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Chats: `client.chats`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncChatsResource", "ChatsResource"]


class ChatsResource(SyncResource):
    """Chats: 18 operations of `chats`."""

    def get_device_chats(
        self,
        device_id: str,
        *,
        status: Literal["pending", "active", "resolved", "archived", "muted"]
        | Sequence[Literal["pending", "active", "resolved", "archived", "muted"]]
        | None = None,
        unread: bool | None = None,
        active: bool | None = None,
        can_send: bool | None = None,
        read_only: bool | None = None,
        type: Literal["chat", "group", "channel", "community"]
        | Sequence[Literal["chat", "group", "channel", "community"]]
        | None = None,
        agent: str | Sequence[str] | None = None,
        search: str | None = None,
        labels: str | Sequence[str] | None = None,
        labels_exclude: str | Sequence[str] | None = None,
        include: Literal["messages", "notes", "participants"]
        | Sequence[Literal["messages", "notes", "participants"]]
        | None = None,
        sort: Literal["lastMessageAt:desc", "lastMessageAt:asc", "unreadCount:desc", "name:asc", "name:desc"]
        | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Chats: List chats (the team inbox) of a number with rich filters.

        `GET /chat/{deviceId}/chats` (operation `chats.getDeviceChats`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            status: inbox status filter (query `status`).
            unread: only chats with unread messages (query `unread`; default false).
            active: only active chats/groups/channels (query `active`; default
                false).
            can_send: only chats that accept messages (query `canSend`; default
                false).
            read_only: only read-only chats (query `readOnly`; default false).
            type: chat kind (query `type`).
            agent: assigned agent ids (query `agent`; choices from `getTeamAgents`).
            search: text match on phone, name (query `search`).
            labels: label names; '*' = any labelled chat (query `labels`; choices
                from `getLabels`).
            labels_exclude: exclude label names; '*' = any label (query
                `labelsExclude`).
            include: embed messages/notes/participants (query `include`).
            sort: field:direction (query `sort`; default "lastMessageAt:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "chats.getDeviceChats",
            {
                "deviceId": device_id,
                "status": status,
                "unread": unread,
                "active": active,
                "canSend": can_send,
                "readOnly": read_only,
                "type": type,
                "agent": agent,
                "search": search,
                "labels": labels,
                "labelsExclude": labels_exclude,
                "include": include,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_device_chats(
        self,
        device_id: str,
        *,
        status: Literal["pending", "active", "resolved", "archived", "muted"]
        | Sequence[Literal["pending", "active", "resolved", "archived", "muted"]]
        | None = None,
        unread: bool | None = None,
        active: bool | None = None,
        can_send: bool | None = None,
        read_only: bool | None = None,
        type: Literal["chat", "group", "channel", "community"]
        | Sequence[Literal["chat", "group", "channel", "community"]]
        | None = None,
        agent: str | Sequence[str] | None = None,
        search: str | None = None,
        labels: str | Sequence[str] | None = None,
        labels_exclude: str | Sequence[str] | None = None,
        include: Literal["messages", "notes", "participants"]
        | Sequence[Literal["messages", "notes", "participants"]]
        | None = None,
        sort: Literal["lastMessageAt:desc", "lastMessageAt:asc", "unreadCount:desc", "name:asc", "name:desc"]
        | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_device_chats`, fetching page after page while pages
        come back full.

        `GET /chat/{deviceId}/chats` (operation `chats.getDeviceChats`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            status: inbox status filter (query `status`).
            unread: only chats with unread messages (query `unread`; default false).
            active: only active chats/groups/channels (query `active`; default
                false).
            can_send: only chats that accept messages (query `canSend`; default
                false).
            read_only: only read-only chats (query `readOnly`; default false).
            type: chat kind (query `type`).
            agent: assigned agent ids (query `agent`; choices from `getTeamAgents`).
            search: text match on phone, name (query `search`).
            labels: label names; '*' = any labelled chat (query `labels`; choices
                from `getLabels`).
            labels_exclude: exclude label names; '*' = any label (query
                `labelsExclude`).
            include: embed messages/notes/participants (query `include`).
            sort: field:direction (query `sort`; default "lastMessageAt:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "chats.getDeviceChats",
            {
                "deviceId": device_id,
                "status": status,
                "unread": unread,
                "active": active,
                "canSend": can_send,
                "readOnly": read_only,
                "type": type,
                "agent": agent,
                "search": search,
                "labels": labels,
                "labelsExclude": labels_exclude,
                "include": include,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    def get_device_chat_details(
        self,
        device_id: str,
        chat_id: str,
        *,
        include: Literal["messages", "notes", "participants"]
        | Sequence[Literal["messages", "notes", "participants"]]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Chat Details: Get one chat.

        `GET /chat/{deviceId}/chats/{chatId}` (operation `chats.getDeviceChatDetails`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            include: embed messages/notes/participants; comma-joined (query
                `include`).
        """
        return self._client.call(
            "chats.getDeviceChatDetails",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "include": include,
            },
            timeout=timeout,
        )

    def send_typing_status(
        self,
        device_id: str,
        *,
        action: Literal["typing", "recording", "stop"],
        duration: int | None = None,
        chat: str | None = None,
        group: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send Typing Status: Show a typing/recording indicator in a chat.

        `POST /chat/{deviceId}/typing` (operation `chats.sendTypingStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            action: typing, recording or stop (body `action`).
            duration: seconds 2-30 (only sent when not 2) (body `duration`; default
                2).
            chat: user phone E.164 (targetType=chat) (body `chat`).
            group: group WID (targetType=group) (body `group`; choices from
                `getGroups`).
        """
        return self._client.call(
            "chats.sendTypingStatus",
            {
                "deviceId": device_id,
                "action": action,
                "duration": duration,
                "chat": chat,
                "group": group,
            },
            timeout=timeout,
        )

    def sync_device_chats(
        self,
        device_id: str,
        *,
        size: int | None = None,
        messages: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Sync Device Chats: Trigger a resync of recent chats/messages from the
        WhatsApp session.

        `POST /chat/{deviceId}/sync` (operation `chats.syncDeviceChats`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            size: max recent chats to sync (sent only if != 50) (query `size`;
                default 50).
            messages: max messages per chat (sent only if != 50) (query `messages`;
                default 50).
        """
        return self._client.call(
            "chats.syncDeviceChats",
            {
                "deviceId": device_id,
                "size": size,
                "messages": messages,
            },
            timeout=timeout,
        )

    def sync_device_chat_messages(
        self,
        device_id: str,
        chat_id: str,
        *,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Sync Chat Messages: Resync messages of a single chat.

        `GET /chat/{deviceId}/chats/{chatId}/sync` (operation
        `chats.syncDeviceChatMessages`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            size: max recent messages (sent only if != 50) (query `size`; default
                50).
            page: page 0-based (sent only if != 0) (query `page`; default 0).
        """
        return self._client.call(
            "chats.syncDeviceChatMessages",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_sync_device_chat_messages(
        self,
        device_id: str,
        chat_id: str,
        *,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `sync_device_chat_messages`, fetching page after page while
        pages come back full.

        `GET /chat/{deviceId}/chats/{chatId}/sync` (operation
        `chats.syncDeviceChatMessages`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            size: max recent messages (sent only if != 50) (query `size`; default
                50).
        """
        return self._client.iterate(
            "chats.syncDeviceChatMessages",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "size": size,
            },
            timeout=timeout,
        )

    def update_chat_read_status(
        self,
        device_id: str,
        chat_id: str,
        *,
        unread: bool,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Chat Read Status: Mark a chat read or unread.

        `PATCH /chat/{deviceId}/chats/{chatId}/unread` (operation
        `chats.updateChatReadStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            unread: true = mark unread, false = mark read (body `unread`).
        """
        return self._client.call(
            "chats.updateChatReadStatus",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "unread": unread,
            },
            timeout=timeout,
        )

    def set_chat_status(
        self,
        device_id: str,
        chat_id: str,
        *,
        status: Literal["active", "pending", "resolved", "archived", "removed"],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Set Chat Status: Set the internal inbox status
        (active/pending/resolved/archived/removed).

        `PATCH /chat/{deviceId}/chats/{chatId}/status` (operation
        `chats.setChatStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            status: internal inbox status (body `status`).
        """
        return self._client.call(
            "chats.setChatStatus",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "status": status,
            },
            timeout=timeout,
        )

    def get_group_participants(
        self,
        device_id: str,
        chat_id: str,
        *,
        search: str | None = None,
        phone: str | Sequence[str] | None = None,
        role: Literal["admin", "owner", "participant"]
        | Sequence[Literal["admin", "owner", "participant"]]
        | None = None,
        contact: bool | None = None,
        include: Literal["contact"] | Sequence[Literal["contact"]] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Group Participants: List participants of a group chat.

        `GET /chat/{deviceId}/chats/{chatId}/participants` (operation
        `chats.getGroupParticipants`).
        All filter values are stringified; arrays comma-joined.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            search: match name/phone/WID (query `search`).
            phone: phones; comma-joined (query `phone`).
            role: role filter; comma-joined (query `role`).
            contact: only participants saved as contacts (query `contact`; default
                false).
            include: embed contact info (query `include`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "chats.getGroupParticipants",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "search": search,
                "phone": phone,
                "role": role,
                "contact": contact,
                "include": include,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_group_participants(
        self,
        device_id: str,
        chat_id: str,
        *,
        search: str | None = None,
        phone: str | Sequence[str] | None = None,
        role: Literal["admin", "owner", "participant"]
        | Sequence[Literal["admin", "owner", "participant"]]
        | None = None,
        contact: bool | None = None,
        include: Literal["contact"] | Sequence[Literal["contact"]] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_group_participants`, fetching page after page while
        pages come back full.

        `GET /chat/{deviceId}/chats/{chatId}/participants` (operation
        `chats.getGroupParticipants`).
        All filter values are stringified; arrays comma-joined.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            search: match name/phone/WID (query `search`).
            phone: phones; comma-joined (query `phone`).
            role: role filter; comma-joined (query `role`).
            contact: only participants saved as contacts (query `contact`; default
                false).
            include: embed contact info (query `include`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "chats.getGroupParticipants",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "search": search,
                "phone": phone,
                "role": role,
                "contact": contact,
                "include": include,
                "size": size,
            },
            timeout=timeout,
        )

    def assign_chat_agent(
        self,
        device_id: str,
        chat_id: str,
        *,
        agent: str | None = None,
        email: str | None = None,
        department: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Assign Chat: Assign a chat to an agent and/or department.

        `PATCH /chat/{deviceId}/chats/{chatId}/owner` (operation
        `chats.assignChatAgent`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            agent: agent user id (24-hex) (body `agent`; choices from
                `getTeamAgents`).
            email: agent email (body `email`).
            department: department id (24-hex) (body `department`; choices from
                `getDepartments`).
        """
        return self._client.call(
            "chats.assignChatAgent",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "agent": agent,
                "email": email,
                "department": department,
            },
            timeout=timeout,
        )

    def unassign_chat_agent(
        self,
        device_id: str,
        chat_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Unassign Chat: Remove the chat assignment.

        `DELETE /chat/{deviceId}/chats/{chatId}/owner` (operation
        `chats.unassignChatAgent`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
        """
        return self._client.call(
            "chats.unassignChatAgent",
            {
                "deviceId": device_id,
                "chatId": chat_id,
            },
            timeout=timeout,
        )

    def create_chat_note(
        self,
        device_id: str,
        chat_id: str,
        *,
        message: str,
        quote: str | None = None,
        author: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Chat Note: Add an internal (private) note to a chat.

        `POST /chat/{deviceId}/chats/{chatId}/notes` (operation `chats.createChatNote`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            message: note text 2-6000 chars, rich text allowed (body `message`).
            quote: message or note id to quote (body `quote`).
            author: author user id (body `author`; choices from `getTeamAgents`).
        """
        return self._client.call(
            "chats.createChatNote",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "message": message,
                "quote": quote,
                "author": author,
            },
            timeout=timeout,
        )

    def delete_chat_note(
        self,
        device_id: str,
        chat_id: str,
        *,
        ids: str | Sequence[str],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Chat Note: Delete private notes from a chat.

        `DELETE /chat/{deviceId}/chats/{chatId}/notes` (operation
        `chats.deleteChatNote`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            ids: note ids to delete (body `ids`).
        """
        return self._client.call(
            "chats.deleteChatNote",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "ids": ids,
            },
            timeout=timeout,
        )

    def update_chat_labels(
        self,
        device_id: str,
        chat_id: str,
        *,
        labels: str | Sequence[str],
        update_type: Literal["replace", "upsert", "remove"] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Chat Labels: Replace, add or remove labels on a chat.

        `PATCH /chat/{deviceId}/chats/{chatId}/labels` (operation
        `chats.updateChatLabels`).
        Body is a bare JSON array of label names.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            labels: label names; the request body is this JSON array itself (body
                `labels`).
            update_type: how the labels apply: replace (no flag sent), upsert (sends
                ?upsert=true), remove (sends ?remove=true) (switch `updateType`;
                default "replace").
        """
        return self._client.call(
            "chats.updateChatLabels",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "labels": labels,
                "updateType": update_type,
            },
            timeout=timeout,
        )

    def update_chat_meta(
        self,
        device_id: str,
        chat_id: str,
        *,
        pinned: bool | None = None,
        muted: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Chat Attributes: Pin/unpin or mute/unmute a chat.

        `PATCH /chat/{deviceId}/chats/{chatId}/attributes` (operation
        `chats.updateChatMeta`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            pinned: pin/unpin (body `pinned`; default false).
            muted: mute/unmute (body `muted`; default false).
        """
        return self._client.call(
            "chats.updateChatMeta",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "pinned": pinned,
                "muted": muted,
            },
            timeout=timeout,
        )

    def archive_chat(
        self,
        device_id: str,
        chat_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Archive Chat: Archive a chat.

        `PUT /chat/{deviceId}/chats/{chatId}/archive` (operation `chats.archiveChat`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
        """
        return self._client.call(
            "chats.archiveChat",
            {
                "deviceId": device_id,
                "chatId": chat_id,
            },
            timeout=timeout,
        )

    def unarchive_chat(
        self,
        device_id: str,
        chat_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Unarchive Chat: Unarchive a chat.

        `DELETE /chat/{deviceId}/chats/{chatId}/archive` (operation
        `chats.unarchiveChat`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
        """
        return self._client.call(
            "chats.unarchiveChat",
            {
                "deviceId": device_id,
                "chatId": chat_id,
            },
            timeout=timeout,
        )

    def delete_device_chat(
        self,
        device_id: str,
        chat_id: str,
        *,
        whatsapp: bool | None = None,
        force: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Chat: Delete a chat (optionally on WhatsApp too).

        `DELETE /chat/{deviceId}/chats/{chatId}` (operation `chats.deleteDeviceChat`).
        Body omitted when whatsapp=false.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            whatsapp: also delete on the phone/WhatsApp app (body `whatsapp`;
                default false).
            force: flag as removed even if WhatsApp deletion fails (only with
                whatsapp=true) (body `force`; default false).
        """
        return self._client.call(
            "chats.deleteDeviceChat",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "whatsapp": whatsapp,
                "force": force,
            },
            timeout=timeout,
        )

    def bulk_chats_update(
        self,
        device_id: str,
        *,
        action: Literal[
            "resolve",
            "unresolve",
            "pin",
            "unpin",
            "mute",
            "unmute",
            "assign",
            "unassign",
            "block",
            "unblock",
            "read",
            "unread",
            "labels",
        ],
        chats: str | Sequence[str],
        add_labels: str | Sequence[str] | None = None,
        remove_labels: str | Sequence[str] | None = None,
        agent: str | None = None,
        department: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Bulk Update Chats: Apply one action (resolve, pin, mute, assign, block, read,
        labels...) to many chats.

        `PATCH /chat/{deviceId}/chats` (operation `chats.bulkChatsUpdate`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            action: bulk action (body `action`).
            chats: chat WIDs or E.164 phones (body `chats`).
            add_labels: labels to add (action=labels); params.add (body
                `params.add`).
            remove_labels: labels to remove (action=labels); params.remove (body
                `params.remove`).
            agent: agent id (action=assign); params.agent (body `params.agent`;
                choices from `getTeamAgents`).
            department: optional department id (action=assign); params.department
                (body `params.department`; choices from `getDepartments`).
        """
        return self._client.call(
            "chats.bulkChatsUpdate",
            {
                "deviceId": device_id,
                "action": action,
                "chats": chats,
                "params.add": add_labels,
                "params.remove": remove_labels,
                "params.agent": agent,
                "params.department": department,
            },
            timeout=timeout,
        )


class AsyncChatsResource(AsyncResource):
    """Chats: 18 operations of `chats`."""

    async def get_device_chats(
        self,
        device_id: str,
        *,
        status: Literal["pending", "active", "resolved", "archived", "muted"]
        | Sequence[Literal["pending", "active", "resolved", "archived", "muted"]]
        | None = None,
        unread: bool | None = None,
        active: bool | None = None,
        can_send: bool | None = None,
        read_only: bool | None = None,
        type: Literal["chat", "group", "channel", "community"]
        | Sequence[Literal["chat", "group", "channel", "community"]]
        | None = None,
        agent: str | Sequence[str] | None = None,
        search: str | None = None,
        labels: str | Sequence[str] | None = None,
        labels_exclude: str | Sequence[str] | None = None,
        include: Literal["messages", "notes", "participants"]
        | Sequence[Literal["messages", "notes", "participants"]]
        | None = None,
        sort: Literal["lastMessageAt:desc", "lastMessageAt:asc", "unreadCount:desc", "name:asc", "name:desc"]
        | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Chats: List chats (the team inbox) of a number with rich filters.

        `GET /chat/{deviceId}/chats` (operation `chats.getDeviceChats`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            status: inbox status filter (query `status`).
            unread: only chats with unread messages (query `unread`; default false).
            active: only active chats/groups/channels (query `active`; default
                false).
            can_send: only chats that accept messages (query `canSend`; default
                false).
            read_only: only read-only chats (query `readOnly`; default false).
            type: chat kind (query `type`).
            agent: assigned agent ids (query `agent`; choices from `getTeamAgents`).
            search: text match on phone, name (query `search`).
            labels: label names; '*' = any labelled chat (query `labels`; choices
                from `getLabels`).
            labels_exclude: exclude label names; '*' = any label (query
                `labelsExclude`).
            include: embed messages/notes/participants (query `include`).
            sort: field:direction (query `sort`; default "lastMessageAt:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "chats.getDeviceChats",
            {
                "deviceId": device_id,
                "status": status,
                "unread": unread,
                "active": active,
                "canSend": can_send,
                "readOnly": read_only,
                "type": type,
                "agent": agent,
                "search": search,
                "labels": labels,
                "labelsExclude": labels_exclude,
                "include": include,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_device_chats(
        self,
        device_id: str,
        *,
        status: Literal["pending", "active", "resolved", "archived", "muted"]
        | Sequence[Literal["pending", "active", "resolved", "archived", "muted"]]
        | None = None,
        unread: bool | None = None,
        active: bool | None = None,
        can_send: bool | None = None,
        read_only: bool | None = None,
        type: Literal["chat", "group", "channel", "community"]
        | Sequence[Literal["chat", "group", "channel", "community"]]
        | None = None,
        agent: str | Sequence[str] | None = None,
        search: str | None = None,
        labels: str | Sequence[str] | None = None,
        labels_exclude: str | Sequence[str] | None = None,
        include: Literal["messages", "notes", "participants"]
        | Sequence[Literal["messages", "notes", "participants"]]
        | None = None,
        sort: Literal["lastMessageAt:desc", "lastMessageAt:asc", "unreadCount:desc", "name:asc", "name:desc"]
        | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_device_chats`, fetching page after page while pages
        come back full.

        `GET /chat/{deviceId}/chats` (operation `chats.getDeviceChats`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            status: inbox status filter (query `status`).
            unread: only chats with unread messages (query `unread`; default false).
            active: only active chats/groups/channels (query `active`; default
                false).
            can_send: only chats that accept messages (query `canSend`; default
                false).
            read_only: only read-only chats (query `readOnly`; default false).
            type: chat kind (query `type`).
            agent: assigned agent ids (query `agent`; choices from `getTeamAgents`).
            search: text match on phone, name (query `search`).
            labels: label names; '*' = any labelled chat (query `labels`; choices
                from `getLabels`).
            labels_exclude: exclude label names; '*' = any label (query
                `labelsExclude`).
            include: embed messages/notes/participants (query `include`).
            sort: field:direction (query `sort`; default "lastMessageAt:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "chats.getDeviceChats",
            {
                "deviceId": device_id,
                "status": status,
                "unread": unread,
                "active": active,
                "canSend": can_send,
                "readOnly": read_only,
                "type": type,
                "agent": agent,
                "search": search,
                "labels": labels,
                "labelsExclude": labels_exclude,
                "include": include,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    async def get_device_chat_details(
        self,
        device_id: str,
        chat_id: str,
        *,
        include: Literal["messages", "notes", "participants"]
        | Sequence[Literal["messages", "notes", "participants"]]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Chat Details: Get one chat.

        `GET /chat/{deviceId}/chats/{chatId}` (operation `chats.getDeviceChatDetails`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            include: embed messages/notes/participants; comma-joined (query
                `include`).
        """
        return await self._client.call(
            "chats.getDeviceChatDetails",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "include": include,
            },
            timeout=timeout,
        )

    async def send_typing_status(
        self,
        device_id: str,
        *,
        action: Literal["typing", "recording", "stop"],
        duration: int | None = None,
        chat: str | None = None,
        group: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Send Typing Status: Show a typing/recording indicator in a chat.

        `POST /chat/{deviceId}/typing` (operation `chats.sendTypingStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            action: typing, recording or stop (body `action`).
            duration: seconds 2-30 (only sent when not 2) (body `duration`; default
                2).
            chat: user phone E.164 (targetType=chat) (body `chat`).
            group: group WID (targetType=group) (body `group`; choices from
                `getGroups`).
        """
        return await self._client.call(
            "chats.sendTypingStatus",
            {
                "deviceId": device_id,
                "action": action,
                "duration": duration,
                "chat": chat,
                "group": group,
            },
            timeout=timeout,
        )

    async def sync_device_chats(
        self,
        device_id: str,
        *,
        size: int | None = None,
        messages: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Sync Device Chats: Trigger a resync of recent chats/messages from the
        WhatsApp session.

        `POST /chat/{deviceId}/sync` (operation `chats.syncDeviceChats`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            size: max recent chats to sync (sent only if != 50) (query `size`;
                default 50).
            messages: max messages per chat (sent only if != 50) (query `messages`;
                default 50).
        """
        return await self._client.call(
            "chats.syncDeviceChats",
            {
                "deviceId": device_id,
                "size": size,
                "messages": messages,
            },
            timeout=timeout,
        )

    async def sync_device_chat_messages(
        self,
        device_id: str,
        chat_id: str,
        *,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Sync Chat Messages: Resync messages of a single chat.

        `GET /chat/{deviceId}/chats/{chatId}/sync` (operation
        `chats.syncDeviceChatMessages`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            size: max recent messages (sent only if != 50) (query `size`; default
                50).
            page: page 0-based (sent only if != 0) (query `page`; default 0).
        """
        return await self._client.call(
            "chats.syncDeviceChatMessages",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_sync_device_chat_messages(
        self,
        device_id: str,
        chat_id: str,
        *,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `sync_device_chat_messages`, fetching page after page while
        pages come back full.

        `GET /chat/{deviceId}/chats/{chatId}/sync` (operation
        `chats.syncDeviceChatMessages`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            size: max recent messages (sent only if != 50) (query `size`; default
                50).
        """
        return self._client.iterate(
            "chats.syncDeviceChatMessages",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "size": size,
            },
            timeout=timeout,
        )

    async def update_chat_read_status(
        self,
        device_id: str,
        chat_id: str,
        *,
        unread: bool,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Chat Read Status: Mark a chat read or unread.

        `PATCH /chat/{deviceId}/chats/{chatId}/unread` (operation
        `chats.updateChatReadStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            unread: true = mark unread, false = mark read (body `unread`).
        """
        return await self._client.call(
            "chats.updateChatReadStatus",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "unread": unread,
            },
            timeout=timeout,
        )

    async def set_chat_status(
        self,
        device_id: str,
        chat_id: str,
        *,
        status: Literal["active", "pending", "resolved", "archived", "removed"],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Set Chat Status: Set the internal inbox status
        (active/pending/resolved/archived/removed).

        `PATCH /chat/{deviceId}/chats/{chatId}/status` (operation
        `chats.setChatStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            status: internal inbox status (body `status`).
        """
        return await self._client.call(
            "chats.setChatStatus",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "status": status,
            },
            timeout=timeout,
        )

    async def get_group_participants(
        self,
        device_id: str,
        chat_id: str,
        *,
        search: str | None = None,
        phone: str | Sequence[str] | None = None,
        role: Literal["admin", "owner", "participant"]
        | Sequence[Literal["admin", "owner", "participant"]]
        | None = None,
        contact: bool | None = None,
        include: Literal["contact"] | Sequence[Literal["contact"]] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Group Participants: List participants of a group chat.

        `GET /chat/{deviceId}/chats/{chatId}/participants` (operation
        `chats.getGroupParticipants`).
        All filter values are stringified; arrays comma-joined.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            search: match name/phone/WID (query `search`).
            phone: phones; comma-joined (query `phone`).
            role: role filter; comma-joined (query `role`).
            contact: only participants saved as contacts (query `contact`; default
                false).
            include: embed contact info (query `include`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "chats.getGroupParticipants",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "search": search,
                "phone": phone,
                "role": role,
                "contact": contact,
                "include": include,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_group_participants(
        self,
        device_id: str,
        chat_id: str,
        *,
        search: str | None = None,
        phone: str | Sequence[str] | None = None,
        role: Literal["admin", "owner", "participant"]
        | Sequence[Literal["admin", "owner", "participant"]]
        | None = None,
        contact: bool | None = None,
        include: Literal["contact"] | Sequence[Literal["contact"]] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_group_participants`, fetching page after page while
        pages come back full.

        `GET /chat/{deviceId}/chats/{chatId}/participants` (operation
        `chats.getGroupParticipants`).
        All filter values are stringified; arrays comma-joined.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            search: match name/phone/WID (query `search`).
            phone: phones; comma-joined (query `phone`).
            role: role filter; comma-joined (query `role`).
            contact: only participants saved as contacts (query `contact`; default
                false).
            include: embed contact info (query `include`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "chats.getGroupParticipants",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "search": search,
                "phone": phone,
                "role": role,
                "contact": contact,
                "include": include,
                "size": size,
            },
            timeout=timeout,
        )

    async def assign_chat_agent(
        self,
        device_id: str,
        chat_id: str,
        *,
        agent: str | None = None,
        email: str | None = None,
        department: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Assign Chat: Assign a chat to an agent and/or department.

        `PATCH /chat/{deviceId}/chats/{chatId}/owner` (operation
        `chats.assignChatAgent`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            agent: agent user id (24-hex) (body `agent`; choices from
                `getTeamAgents`).
            email: agent email (body `email`).
            department: department id (24-hex) (body `department`; choices from
                `getDepartments`).
        """
        return await self._client.call(
            "chats.assignChatAgent",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "agent": agent,
                "email": email,
                "department": department,
            },
            timeout=timeout,
        )

    async def unassign_chat_agent(
        self,
        device_id: str,
        chat_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Unassign Chat: Remove the chat assignment.

        `DELETE /chat/{deviceId}/chats/{chatId}/owner` (operation
        `chats.unassignChatAgent`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
        """
        return await self._client.call(
            "chats.unassignChatAgent",
            {
                "deviceId": device_id,
                "chatId": chat_id,
            },
            timeout=timeout,
        )

    async def create_chat_note(
        self,
        device_id: str,
        chat_id: str,
        *,
        message: str,
        quote: str | None = None,
        author: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Chat Note: Add an internal (private) note to a chat.

        `POST /chat/{deviceId}/chats/{chatId}/notes` (operation `chats.createChatNote`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            message: note text 2-6000 chars, rich text allowed (body `message`).
            quote: message or note id to quote (body `quote`).
            author: author user id (body `author`; choices from `getTeamAgents`).
        """
        return await self._client.call(
            "chats.createChatNote",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "message": message,
                "quote": quote,
                "author": author,
            },
            timeout=timeout,
        )

    async def delete_chat_note(
        self,
        device_id: str,
        chat_id: str,
        *,
        ids: str | Sequence[str],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Chat Note: Delete private notes from a chat.

        `DELETE /chat/{deviceId}/chats/{chatId}/notes` (operation
        `chats.deleteChatNote`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            ids: note ids to delete (body `ids`).
        """
        return await self._client.call(
            "chats.deleteChatNote",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "ids": ids,
            },
            timeout=timeout,
        )

    async def update_chat_labels(
        self,
        device_id: str,
        chat_id: str,
        *,
        labels: str | Sequence[str],
        update_type: Literal["replace", "upsert", "remove"] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Chat Labels: Replace, add or remove labels on a chat.

        `PATCH /chat/{deviceId}/chats/{chatId}/labels` (operation
        `chats.updateChatLabels`).
        Body is a bare JSON array of label names.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            labels: label names; the request body is this JSON array itself (body
                `labels`).
            update_type: how the labels apply: replace (no flag sent), upsert (sends
                ?upsert=true), remove (sends ?remove=true) (switch `updateType`;
                default "replace").
        """
        return await self._client.call(
            "chats.updateChatLabels",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "labels": labels,
                "updateType": update_type,
            },
            timeout=timeout,
        )

    async def update_chat_meta(
        self,
        device_id: str,
        chat_id: str,
        *,
        pinned: bool | None = None,
        muted: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Chat Attributes: Pin/unpin or mute/unmute a chat.

        `PATCH /chat/{deviceId}/chats/{chatId}/attributes` (operation
        `chats.updateChatMeta`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            pinned: pin/unpin (body `pinned`; default false).
            muted: mute/unmute (body `muted`; default false).
        """
        return await self._client.call(
            "chats.updateChatMeta",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "pinned": pinned,
                "muted": muted,
            },
            timeout=timeout,
        )

    async def archive_chat(
        self,
        device_id: str,
        chat_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Archive Chat: Archive a chat.

        `PUT /chat/{deviceId}/chats/{chatId}/archive` (operation `chats.archiveChat`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
        """
        return await self._client.call(
            "chats.archiveChat",
            {
                "deviceId": device_id,
                "chatId": chat_id,
            },
            timeout=timeout,
        )

    async def unarchive_chat(
        self,
        device_id: str,
        chat_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Unarchive Chat: Unarchive a chat.

        `DELETE /chat/{deviceId}/chats/{chatId}/archive` (operation
        `chats.unarchiveChat`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
        """
        return await self._client.call(
            "chats.unarchiveChat",
            {
                "deviceId": device_id,
                "chatId": chat_id,
            },
            timeout=timeout,
        )

    async def delete_device_chat(
        self,
        device_id: str,
        chat_id: str,
        *,
        whatsapp: bool | None = None,
        force: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Chat: Delete a chat (optionally on WhatsApp too).

        `DELETE /chat/{deviceId}/chats/{chatId}` (operation `chats.deleteDeviceChat`).
        Body omitted when whatsapp=false.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            chat_id: chat WID: 447362053576@c.us (user) or ...@g.us (group) (path
                `chatId`).
            whatsapp: also delete on the phone/WhatsApp app (body `whatsapp`;
                default false).
            force: flag as removed even if WhatsApp deletion fails (only with
                whatsapp=true) (body `force`; default false).
        """
        return await self._client.call(
            "chats.deleteDeviceChat",
            {
                "deviceId": device_id,
                "chatId": chat_id,
                "whatsapp": whatsapp,
                "force": force,
            },
            timeout=timeout,
        )

    async def bulk_chats_update(
        self,
        device_id: str,
        *,
        action: Literal[
            "resolve",
            "unresolve",
            "pin",
            "unpin",
            "mute",
            "unmute",
            "assign",
            "unassign",
            "block",
            "unblock",
            "read",
            "unread",
            "labels",
        ],
        chats: str | Sequence[str],
        add_labels: str | Sequence[str] | None = None,
        remove_labels: str | Sequence[str] | None = None,
        agent: str | None = None,
        department: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Bulk Update Chats: Apply one action (resolve, pin, mute, assign, block, read,
        labels...) to many chats.

        `PATCH /chat/{deviceId}/chats` (operation `chats.bulkChatsUpdate`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            action: bulk action (body `action`).
            chats: chat WIDs or E.164 phones (body `chats`).
            add_labels: labels to add (action=labels); params.add (body
                `params.add`).
            remove_labels: labels to remove (action=labels); params.remove (body
                `params.remove`).
            agent: agent id (action=assign); params.agent (body `params.agent`;
                choices from `getTeamAgents`).
            department: optional department id (action=assign); params.department
                (body `params.department`; choices from `getDepartments`).
        """
        return await self._client.call(
            "chats.bulkChatsUpdate",
            {
                "deviceId": device_id,
                "action": action,
                "chats": chats,
                "params.add": add_labels,
                "params.remove": remove_labels,
                "params.agent": agent,
                "params.department": department,
            },
            timeout=timeout,
        )
