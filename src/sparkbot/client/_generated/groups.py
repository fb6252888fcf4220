# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Groups: `client.groups`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncGroupsResource", "GroupsResource"]


class GroupsResource(SyncResource):
    """Groups: 15 operations of `groups`."""

    def get_device_group_chats(
        self,
        device_id: str,
        *,
        kind: Literal["group", "broadcast"] | Sequence[Literal["group", "broadcast"]] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Groups: List groups (and broadcast lists) of a number.

        `GET /devices/{deviceId}/groups` (operation `groups.getDeviceGroupChats`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            kind: group and/or broadcast; comma-joined (query `kind`).
            size: page size (sent only if truthy) (query `size`; default 20).
            page: page index 0-based (0 is not sent) (query `page`; default 0).
        """
        return self._client.call(
            "groups.getDeviceGroupChats",
            {
                "deviceId": device_id,
                "kind": kind,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_device_group_chats(
        self,
        device_id: str,
        *,
        kind: Literal["group", "broadcast"] | Sequence[Literal["group", "broadcast"]] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_device_group_chats`, fetching page after page while
        pages come back full.

        `GET /devices/{deviceId}/groups` (operation `groups.getDeviceGroupChats`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            kind: group and/or broadcast; comma-joined (query `kind`).
            size: page size (sent only if truthy) (query `size`; default 20).
        """
        return self._client.iterate(
            "groups.getDeviceGroupChats",
            {
                "deviceId": device_id,
                "kind": kind,
                "size": size,
            },
            timeout=timeout,
        )

    def get_group_by_id(
        self,
        device_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Group: Get details of one group.

        `GET /devices/{deviceId}/groups/{groupId}` (operation `groups.getGroupById`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
        """
        return self._client.call(
            "groups.getGroupById",
            {
                "deviceId": device_id,
                "groupId": group_id,
            },
            timeout=timeout,
        )

    def create_group(
        self,
        device_id: str,
        *,
        name: str,
        participants: Sequence[Mapping[str, Any]],
        description: str | None = None,
        permissions_edit: Literal["all", "admins"] | None = None,
        permissions_send: Literal["all", "admins"] | None = None,
        permissions_invite: Literal["all", "admins"] | None = None,
        permissions_approval: bool | None = None,
        ephemeral: Literal["off", "24h", "7d", "90d"] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Group: Create a WhatsApp group with initial participants.

        `POST /devices/{deviceId}/groups` (operation `groups.createGroup`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: group subject (body `name`).
            participants: initial members [{phone E.164, admin}]; node requires at
                least one (body `participants`).
            description: description <=500 chars (body `description`).
            permissions_edit: who may edit settings; permissions.edit (body
                `permissions.edit`; default "all").
            permissions_send: who may post; permissions.send (body
                `permissions.send`; default "all").
            permissions_invite: who may add members; permissions.invite (body
                `permissions.invite`; default "all").
            permissions_approval: joining requires admin approval;
                permissions.approval (body `permissions.approval`; default false).
            ephemeral: disappearing messages; 'off' is omitted (body `ephemeral`;
                default "off").
        """
        return self._client.call(
            "groups.createGroup",
            {
                "deviceId": device_id,
                "name": name,
                "participants": participants,
                "description": description,
                "permissions.edit": permissions_edit,
                "permissions.send": permissions_send,
                "permissions.invite": permissions_invite,
                "permissions.approval": permissions_approval,
                "ephemeral": ephemeral,
            },
            timeout=timeout,
        )

    def update_group(
        self,
        device_id: str,
        group_id: str,
        *,
        name: str,
        description: str | None = None,
        permissions_edit: Literal["all", "admins"] | None = None,
        permissions_send: Literal["all", "admins"] | None = None,
        permissions_invite: Literal["all", "admins"] | None = None,
        permissions_approval: bool | None = None,
        ephemeral: Literal["off", "24h", "7d", "90d"] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Group: Update group subject, description, permissions or ephemeral
        setting.

        `PATCH /devices/{deviceId}/groups/{groupId}` (operation `groups.updateGroup`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            name: new subject (sent if non-empty) (body `name`).
            description: new description <=500 (body `description`).
            permissions_edit: permissions.edit (body `permissions.edit`; default
                "all").
            permissions_send: permissions.send (body `permissions.send`; default
                "all").
            permissions_invite: permissions.invite (body `permissions.invite`;
                default "all").
            permissions_approval: permissions.approval (body `permissions.approval`;
                default false).
            ephemeral: disappearing messages setting (body `ephemeral`; default
                "off").
        """
        return self._client.call(
            "groups.updateGroup",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "name": name,
                "description": description,
                "permissions.edit": permissions_edit,
                "permissions.send": permissions_send,
                "permissions.invite": permissions_invite,
                "permissions.approval": permissions_approval,
                "ephemeral": ephemeral,
            },
            timeout=timeout,
        )

    def group_update_image(
        self,
        device_id: str,
        group_id: str,
        *,
        url: str | None = None,
        image: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Group Image: Set the group picture from a URL or base64 data.

        `PUT /devices/{deviceId}/groups/{groupId}/image` (operation
        `groups.groupUpdateImage`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            url: JPG/PNG URL, max 1MB (body `url`).
            image: base64 JPG/PNG, max 1MB (body `image`).
        """
        return self._client.call(
            "groups.groupUpdateImage",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "url": url,
                "image": image,
            },
            timeout=timeout,
        )

    def add_group_participants(
        self,
        device_id: str,
        group_id: str,
        *,
        participants: Sequence[Mapping[str, Any]],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Add Participants: Add participants to a group.

        `POST /devices/{deviceId}/groups/{groupId}/participants` (operation
        `groups.addGroupParticipants`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            participants: members to add [{phone, admin}] (body `participants`).
        """
        return self._client.call(
            "groups.addGroupParticipants",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "participants": participants,
            },
            timeout=timeout,
        )

    def update_participants_permissions(
        self,
        device_id: str,
        group_id: str,
        *,
        participants: Sequence[Mapping[str, Any]],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Participants: Promote/demote group participants.

        `PATCH /devices/{deviceId}/groups/{groupId}/participants` (operation
        `groups.updateParticipantsPermissions`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            participants: members to promote (admin=true) or demote (admin=false)
                (body `participants`).
        """
        return self._client.call(
            "groups.updateParticipantsPermissions",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "participants": participants,
            },
            timeout=timeout,
        )

    def remove_group_participants(
        self,
        device_id: str,
        group_id: str,
        *,
        phones: str | Sequence[str],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Remove Participants: Remove participants from a group.

        `DELETE /devices/{deviceId}/groups/{groupId}/participants` (operation
        `groups.removeGroupParticipants`).
        Body is a bare JSON array of phone strings.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            phones: phones to remove; the request body is this JSON array itself
                (body `phones`).
        """
        return self._client.call(
            "groups.removeGroupParticipants",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "phones": phones,
            },
            timeout=timeout,
        )

    def get_group_pending_members(
        self,
        device_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Pending Members: List membership requests awaiting approval.

        `GET /devices/{deviceId}/groups/{groupId}/members` (operation
        `groups.getGroupPendingMembers`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
        """
        return self._client.call(
            "groups.getGroupPendingMembers",
            {
                "deviceId": device_id,
                "groupId": group_id,
            },
            timeout=timeout,
        )

    def approve_group_members(
        self,
        device_id: str,
        group_id: str,
        *,
        all: bool | None = None,
        phones: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Approve Members: Approve pending join requests.

        `POST /devices/{deviceId}/groups/{groupId}/members` (operation
        `groups.approveGroupMembers`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            all: approve every pending request (sent only when true) (body `all`;
                default false).
            phones: specific phones to approve (when all=false) (body `phones`).
        """
        return self._client.call(
            "groups.approveGroupMembers",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "all": all,
                "phones": phones,
            },
            timeout=timeout,
        )

    def reject_group_members(
        self,
        device_id: str,
        group_id: str,
        *,
        all: bool | None = None,
        phones: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Reject Members: Reject pending join requests.

        `DELETE /devices/{deviceId}/groups/{groupId}/members` (operation
        `groups.rejectGroupMembers`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            all: reject every pending request (sent only when true) (body `all`;
                default false).
            phones: specific phones to reject (when all=false) (body `phones`).
        """
        return self._client.call(
            "groups.rejectGroupMembers",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "all": all,
                "phones": phones,
            },
            timeout=timeout,
        )

    def get_group_invite_code(
        self,
        device_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Invite Code: Get the group invite code/URL.

        `GET /devices/{deviceId}/groups/{groupId}/invite` (operation
        `groups.getGroupInviteCode`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
        """
        return self._client.call(
            "groups.getGroupInviteCode",
            {
                "deviceId": device_id,
                "groupId": group_id,
            },
            timeout=timeout,
        )

    def revoke_group_invite(
        self,
        device_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Revoke Invite Code: Revoke (rotate) the group invite code.

        `DELETE /devices/{deviceId}/groups/{groupId}/invite` (operation
        `groups.revokeGroupInvite`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
        """
        return self._client.call(
            "groups.revokeGroupInvite",
            {
                "deviceId": device_id,
                "groupId": group_id,
            },
            timeout=timeout,
        )

    def join_group(
        self,
        device_id: str,
        *,
        code: str | None = None,
        url: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Join Group: Join a group via invite code or link.

        `PUT /devices/{deviceId}/groups` (operation `groups.joinGroup`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            code: invite code (body `code`).
            url: invite URL https://chat.whatsapp.com/ (body `url`).
        """
        return self._client.call(
            "groups.joinGroup",
            {
                "deviceId": device_id,
                "code": code,
                "url": url,
            },
            timeout=timeout,
        )

    def leave_group(
        self,
        device_id: str,
        *,
        id: str,
        remove: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Leave Group: Leave a group.

        `DELETE /devices/{deviceId}/groups` (operation `groups.leaveGroup`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            id: group WID to leave (body `id`; choices from `getGroups`).
            remove: also delete the chat from the list (body `remove`; default
                true).
        """
        return self._client.call(
            "groups.leaveGroup",
            {
                "deviceId": device_id,
                "id": id,
                "remove": remove,
            },
            timeout=timeout,
        )


class AsyncGroupsResource(AsyncResource):
    """Groups: 15 operations of `groups`."""

    async def get_device_group_chats(
        self,
        device_id: str,
        *,
        kind: Literal["group", "broadcast"] | Sequence[Literal["group", "broadcast"]] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Groups: List groups (and broadcast lists) of a number.

        `GET /devices/{deviceId}/groups` (operation `groups.getDeviceGroupChats`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            kind: group and/or broadcast; comma-joined (query `kind`).
            size: page size (sent only if truthy) (query `size`; default 20).
            page: page index 0-based (0 is not sent) (query `page`; default 0).
        """
        return await self._client.call(
            "groups.getDeviceGroupChats",
            {
                "deviceId": device_id,
                "kind": kind,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_device_group_chats(
        self,
        device_id: str,
        *,
        kind: Literal["group", "broadcast"] | Sequence[Literal["group", "broadcast"]] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_device_group_chats`, fetching page after page while
        pages come back full.

        `GET /devices/{deviceId}/groups` (operation `groups.getDeviceGroupChats`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            kind: group and/or broadcast; comma-joined (query `kind`).
            size: page size (sent only if truthy) (query `size`; default 20).
        """
        return self._client.iterate(
            "groups.getDeviceGroupChats",
            {
                "deviceId": device_id,
                "kind": kind,
                "size": size,
            },
            timeout=timeout,
        )

    async def get_group_by_id(
        self,
        device_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Group: Get details of one group.

        `GET /devices/{deviceId}/groups/{groupId}` (operation `groups.getGroupById`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
        """
        return await self._client.call(
            "groups.getGroupById",
            {
                "deviceId": device_id,
                "groupId": group_id,
            },
            timeout=timeout,
        )

    async def create_group(
        self,
        device_id: str,
        *,
        name: str,
        participants: Sequence[Mapping[str, Any]],
        description: str | None = None,
        permissions_edit: Literal["all", "admins"] | None = None,
        permissions_send: Literal["all", "admins"] | None = None,
        permissions_invite: Literal["all", "admins"] | None = None,
        permissions_approval: bool | None = None,
        ephemeral: Literal["off", "24h", "7d", "90d"] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Group: Create a WhatsApp group with initial participants.

        `POST /devices/{deviceId}/groups` (operation `groups.createGroup`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: group subject (body `name`).
            participants: initial members [{phone E.164, admin}]; node requires at
                least one (body `participants`).
            description: description <=500 chars (body `description`).
            permissions_edit: who may edit settings; permissions.edit (body
                `permissions.edit`; default "all").
            permissions_send: who may post; permissions.send (body
                `permissions.send`; default "all").
            permissions_invite: who may add members; permissions.invite (body
                `permissions.invite`; default "all").
            permissions_approval: joining requires admin approval;
                permissions.approval (body `permissions.approval`; default false).
            ephemeral: disappearing messages; 'off' is omitted (body `ephemeral`;
                default "off").
        """
        return await self._client.call(
            "groups.createGroup",
            {
                "deviceId": device_id,
                "name": name,
                "participants": participants,
                "description": description,
                "permissions.edit": permissions_edit,
                "permissions.send": permissions_send,
                "permissions.invite": permissions_invite,
                "permissions.approval": permissions_approval,
                "ephemeral": ephemeral,
            },
            timeout=timeout,
        )

    async def update_group(
        self,
        device_id: str,
        group_id: str,
        *,
        name: str,
        description: str | None = None,
        permissions_edit: Literal["all", "admins"] | None = None,
        permissions_send: Literal["all", "admins"] | None = None,
        permissions_invite: Literal["all", "admins"] | None = None,
        permissions_approval: bool | None = None,
        ephemeral: Literal["off", "24h", "7d", "90d"] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Group: Update group subject, description, permissions or ephemeral
        setting.

        `PATCH /devices/{deviceId}/groups/{groupId}` (operation `groups.updateGroup`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            name: new subject (sent if non-empty) (body `name`).
            description: new description <=500 (body `description`).
            permissions_edit: permissions.edit (body `permissions.edit`; default
                "all").
            permissions_send: permissions.send (body `permissions.send`; default
                "all").
            permissions_invite: permissions.invite (body `permissions.invite`;
                default "all").
            permissions_approval: permissions.approval (body `permissions.approval`;
                default false).
            ephemeral: disappearing messages setting (body `ephemeral`; default
                "off").
        """
        return await self._client.call(
            "groups.updateGroup",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "name": name,
                "description": description,
                "permissions.edit": permissions_edit,
                "permissions.send": permissions_send,
                "permissions.invite": permissions_invite,
                "permissions.approval": permissions_approval,
                "ephemeral": ephemeral,
            },
            timeout=timeout,
        )

    async def group_update_image(
        self,
        device_id: str,
        group_id: str,
        *,
        url: str | None = None,
        image: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Group Image: Set the group picture from a URL or base64 data.

        `PUT /devices/{deviceId}/groups/{groupId}/image` (operation
        `groups.groupUpdateImage`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            url: JPG/PNG URL, max 1MB (body `url`).
            image: base64 JPG/PNG, max 1MB (body `image`).
        """
        return await self._client.call(
            "groups.groupUpdateImage",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "url": url,
                "image": image,
            },
            timeout=timeout,
        )

    async def add_group_participants(
        self,
        device_id: str,
        group_id: str,
        *,
        participants: Sequence[Mapping[str, Any]],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Add Participants: Add participants to a group.

        `POST /devices/{deviceId}/groups/{groupId}/participants` (operation
        `groups.addGroupParticipants`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            participants: members to add [{phone, admin}] (body `participants`).
        """
        return await self._client.call(
            "groups.addGroupParticipants",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "participants": participants,
            },
            timeout=timeout,
        )

    async def update_participants_permissions(
        self,
        device_id: str,
        group_id: str,
        *,
        participants: Sequence[Mapping[str, Any]],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Participants: Promote/demote group participants.

        `PATCH /devices/{deviceId}/groups/{groupId}/participants` (operation
        `groups.updateParticipantsPermissions`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            participants: members to promote (admin=true) or demote (admin=false)
                (body `participants`).
        """
        return await self._client.call(
            "groups.updateParticipantsPermissions",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "participants": participants,
            },
            timeout=timeout,
        )

    async def remove_group_participants(
        self,
        device_id: str,
        group_id: str,
        *,
        phones: str | Sequence[str],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Remove Participants: Remove participants from a group.

        `DELETE /devices/{deviceId}/groups/{groupId}/participants` (operation
        `groups.removeGroupParticipants`).
        Body is a bare JSON array of phone strings.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            phones: phones to remove; the request body is this JSON array itself
                (body `phones`).
        """
        return await self._client.call(
            "groups.removeGroupParticipants",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "phones": phones,
            },
            timeout=timeout,
        )

    async def get_group_pending_members(
        self,
        device_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Pending Members: List membership requests awaiting approval.

        `GET /devices/{deviceId}/groups/{groupId}/members` (operation
        `groups.getGroupPendingMembers`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
        """
        return await self._client.call(
            "groups.getGroupPendingMembers",
            {
                "deviceId": device_id,
                "groupId": group_id,
            },
            timeout=timeout,
        )

    async def approve_group_members(
        self,
        device_id: str,
        group_id: str,
        *,
        all: bool | None = None,
        phones: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Approve Members: Approve pending join requests.

        `POST /devices/{deviceId}/groups/{groupId}/members` (operation
        `groups.approveGroupMembers`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            all: approve every pending request (sent only when true) (body `all`;
                default false).
            phones: specific phones to approve (when all=false) (body `phones`).
        """
        return await self._client.call(
            "groups.approveGroupMembers",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "all": all,
                "phones": phones,
            },
            timeout=timeout,
        )

    async def reject_group_members(
        self,
        device_id: str,
        group_id: str,
        *,
        all: bool | None = None,
        phones: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Reject Members: Reject pending join requests.

        `DELETE /devices/{deviceId}/groups/{groupId}/members` (operation
        `groups.rejectGroupMembers`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
            all: reject every pending request (sent only when true) (body `all`;
                default false).
            phones: specific phones to reject (when all=false) (body `phones`).
        """
        return await self._client.call(
            "groups.rejectGroupMembers",
            {
                "deviceId": device_id,
                "groupId": group_id,
                "all": all,
                "phones": phones,
            },
            timeout=timeout,
        )

    async def get_group_invite_code(
        self,
        device_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Invite Code: Get the group invite code/URL.

        `GET /devices/{deviceId}/groups/{groupId}/invite` (operation
        `groups.getGroupInviteCode`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
        """
        return await self._client.call(
            "groups.getGroupInviteCode",
            {
                "deviceId": device_id,
                "groupId": group_id,
            },
            timeout=timeout,
        )

    async def revoke_group_invite(
        self,
        device_id: str,
        group_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Revoke Invite Code: Revoke (rotate) the group invite code.

        `DELETE /devices/{deviceId}/groups/{groupId}/invite` (operation
        `groups.revokeGroupInvite`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            group_id: group WID, e.g. 447362053576-1500000000@g.us (suffix
                optional); UI dropdown via getGroups (path `groupId`; choices from
                `getGroups`).
        """
        return await self._client.call(
            "groups.revokeGroupInvite",
            {
                "deviceId": device_id,
                "groupId": group_id,
            },
            timeout=timeout,
        )

    async def join_group(
        self,
        device_id: str,
        *,
        code: str | None = None,
        url: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Join Group: Join a group via invite code or link.

        `PUT /devices/{deviceId}/groups` (operation `groups.joinGroup`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            code: invite code (body `code`).
            url: invite URL https://chat.whatsapp.com/ (body `url`).
        """
        return await self._client.call(
            "groups.joinGroup",
            {
                "deviceId": device_id,
                "code": code,
                "url": url,
            },
            timeout=timeout,
        )

    async def leave_group(
        self,
        device_id: str,
        *,
        id: str,
        remove: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Leave Group: Leave a group.

        `DELETE /devices/{deviceId}/groups` (operation `groups.leaveGroup`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            id: group WID to leave (body `id`; choices from `getGroups`).
            remove: also delete the chat from the list (body `remove`; default
                true).
        """
        return await self._client.call(
            "groups.leaveGroup",
            {
                "deviceId": device_id,
                "id": id,
                "remove": remove,
            },
            timeout=timeout,
        )
