# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Team: `client.team`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncTeamResource", "TeamResource"]


class TeamResource(SyncResource):
    """Team: 7 operations of `team`."""

    def get_team_users(
        self,
        *,
        ids: str | Sequence[str] | None = None,
        status: Literal["active", "pending", "suspended"]
        | Sequence[Literal["active", "pending", "suspended"]]
        | None = None,
        role: Literal["admin", "supervisor", "agent"]
        | Sequence[Literal["admin", "supervisor", "agent"]]
        | None = None,
        search: str | None = None,
        device: str | None = None,
        except_ids: str | Sequence[str] | None = None,
        online_before: str | datetime | None = None,
        online_after: str | datetime | None = None,
        login_before: str | datetime | None = None,
        login_after: str | datetime | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Team Members: List all team members of the account.

        `GET /team` (operation `team.getTeamUsers`).

        Args:
            ids: user ids (query `ids`).
            status: account status (query `status`).
            role: role (query `role`).
            search: name or email (query `search`).
            device: users with access to this number (query `device`; choices from
                `getDevices`).
            except_ids: exclude user ids (query `exceptIds`).
            online_before: last seen before (query `onlineBefore`).
            online_after: last seen after (query `onlineAfter`).
            login_before: last login before (query `loginBefore`).
            login_after: last login after (query `loginAfter`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "team.getTeamUsers",
            {
                "ids": ids,
                "status": status,
                "role": role,
                "search": search,
                "device": device,
                "exceptIds": except_ids,
                "onlineBefore": online_before,
                "onlineAfter": online_after,
                "loginBefore": login_before,
                "loginAfter": login_after,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_team_users(
        self,
        *,
        ids: str | Sequence[str] | None = None,
        status: Literal["active", "pending", "suspended"]
        | Sequence[Literal["active", "pending", "suspended"]]
        | None = None,
        role: Literal["admin", "supervisor", "agent"]
        | Sequence[Literal["admin", "supervisor", "agent"]]
        | None = None,
        search: str | None = None,
        device: str | None = None,
        except_ids: str | Sequence[str] | None = None,
        online_before: str | datetime | None = None,
        online_after: str | datetime | None = None,
        login_before: str | datetime | None = None,
        login_after: str | datetime | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_team_users`, fetching page after page while pages come
        back full.

        `GET /team` (operation `team.getTeamUsers`).

        Args:
            ids: user ids (query `ids`).
            status: account status (query `status`).
            role: role (query `role`).
            search: name or email (query `search`).
            device: users with access to this number (query `device`; choices from
                `getDevices`).
            except_ids: exclude user ids (query `exceptIds`).
            online_before: last seen before (query `onlineBefore`).
            online_after: last seen after (query `onlineAfter`).
            login_before: last login before (query `loginBefore`).
            login_after: last login after (query `loginAfter`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "team.getTeamUsers",
            {
                "ids": ids,
                "status": status,
                "role": role,
                "search": search,
                "device": device,
                "exceptIds": except_ids,
                "onlineBefore": online_before,
                "onlineAfter": online_after,
                "loginBefore": login_before,
                "loginAfter": login_after,
                "size": size,
            },
            timeout=timeout,
        )

    def update_team_user(
        self,
        *,
        id: str,
        display_name: str | None = None,
        email: str | None = None,
        password: str | None = None,
        role: Literal["admin", "supervisor", "agent"] | None = None,
        color: Literal[
            "blue",
            "azure",
            "indigo",
            "purple",
            "pink",
            "red",
            "orange",
            "yellow",
            "lime",
            "green",
            "teal",
            "cyan",
            "gray",
            "gray-dark",
        ]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Team Member: Update a team member (id in body, not path).

        `PATCH /team` (operation `team.updateTeamUser`).

        Args:
            id: user id (24-char hex id) (body `id`).
            display_name: name 2-30 (body `displayName`).
            email: email (body `email`).
            password: password 5-50 (body `password`).
            role: role (body `role`).
            color: avatar colour (body `color`).
        """
        return self._client.call(
            "team.updateTeamUser",
            {
                "id": id,
                "displayName": display_name,
                "email": email,
                "password": password,
                "role": role,
                "color": color,
            },
            timeout=timeout,
        )

    def delete_users(
        self,
        *,
        users: Sequence[Mapping[str, Any]],
        force: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Team Members: Delete one or more team members.

        `DELETE /team` (operation `team.deleteUsers`).

        Args:
            users: up to 10 users [{id|email, action, assign?, remove}] (body
                `users`).
            force: delete even if users still have number access (body `force`;
                default false).
        """
        return self._client.call(
            "team.deleteUsers",
            {
                "users": users,
                "force": force,
            },
            timeout=timeout,
        )

    def get_device_team_members(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Device Team Members: List users with access to a number.

        `GET /devices/{deviceId}/team` (operation `team.getDeviceTeamMembers`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return self._client.call(
            "team.getDeviceTeamMembers",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    def create_device_user(
        self,
        device_id: str,
        *,
        display_name: str,
        email: str,
        password: str,
        role: Literal["admin", "supervisor", "agent"],
        color: Literal[
            "blue",
            "azure",
            "indigo",
            "purple",
            "pink",
            "red",
            "orange",
            "yellow",
            "lime",
            "green",
            "teal",
            "cyan",
            "gray",
            "gray-dark",
        ],
        invite: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Team Member: Create a new team user with access to a number.

        `POST /devices/{deviceId}/team` (operation `team.createDeviceUser`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            display_name: name 2-30 (body `displayName`).
            email: login email (body `email`).
            password: password 5-50 (body `password`).
            role: role (body `role`).
            color: avatar colour (body `color`).
            invite: send invitation email (body `invite`; default false).
        """
        return self._client.call(
            "team.createDeviceUser",
            {
                "deviceId": device_id,
                "displayName": display_name,
                "email": email,
                "password": password,
                "role": role,
                "color": color,
                "invite": invite,
            },
            timeout=timeout,
        )

    def grant_device_user_access(
        self,
        device_id: str,
        *,
        id: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Grant Device Access: Give an existing user access to a number.

        `PATCH /devices/{deviceId}/team` (operation `team.grantDeviceUserAccess`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            id: existing user id (24-char hex id) (body `id`; choices from
                `getTeamAgents`).
        """
        return self._client.call(
            "team.grantDeviceUserAccess",
            {
                "deviceId": device_id,
                "id": id,
            },
            timeout=timeout,
        )

    def revoke_device_user_access(
        self,
        device_id: str,
        *,
        id: str | None = None,
        email: str | None = None,
        action: Literal["unassign", "reassign", "resolve"] | None = None,
        assign: str | None = None,
        remove: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Revoke Device Access: Remove a user's access to a number.

        `DELETE /devices/{deviceId}/team` (operation `team.revokeDeviceUserAccess`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            id: user id (24-hex) (body `id`).
            email: user email (body `email`).
            action: handling of the user's assigned chats (body `action`; default
                "unassign").
            assign: reassignment target user id (body `assign`; choices from
                `getTeamAgents`).
            remove: delete the user completely (body `remove`; default false).
        """
        return self._client.call(
            "team.revokeDeviceUserAccess",
            {
                "deviceId": device_id,
                "id": id,
                "email": email,
                "action": action,
                "assign": assign,
                "remove": remove,
            },
            timeout=timeout,
        )


class AsyncTeamResource(AsyncResource):
    """Team: 7 operations of `team`."""

    async def get_team_users(
        self,
        *,
        ids: str | Sequence[str] | None = None,
        status: Literal["active", "pending", "suspended"]
        | Sequence[Literal["active", "pending", "suspended"]]
        | None = None,
        role: Literal["admin", "supervisor", "agent"]
        | Sequence[Literal["admin", "supervisor", "agent"]]
        | None = None,
        search: str | None = None,
        device: str | None = None,
        except_ids: str | Sequence[str] | None = None,
        online_before: str | datetime | None = None,
        online_after: str | datetime | None = None,
        login_before: str | datetime | None = None,
        login_after: str | datetime | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Team Members: List all team members of the account.

        `GET /team` (operation `team.getTeamUsers`).

        Args:
            ids: user ids (query `ids`).
            status: account status (query `status`).
            role: role (query `role`).
            search: name or email (query `search`).
            device: users with access to this number (query `device`; choices from
                `getDevices`).
            except_ids: exclude user ids (query `exceptIds`).
            online_before: last seen before (query `onlineBefore`).
            online_after: last seen after (query `onlineAfter`).
            login_before: last login before (query `loginBefore`).
            login_after: last login after (query `loginAfter`).
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "team.getTeamUsers",
            {
                "ids": ids,
                "status": status,
                "role": role,
                "search": search,
                "device": device,
                "exceptIds": except_ids,
                "onlineBefore": online_before,
                "onlineAfter": online_after,
                "loginBefore": login_before,
                "loginAfter": login_after,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_team_users(
        self,
        *,
        ids: str | Sequence[str] | None = None,
        status: Literal["active", "pending", "suspended"]
        | Sequence[Literal["active", "pending", "suspended"]]
        | None = None,
        role: Literal["admin", "supervisor", "agent"]
        | Sequence[Literal["admin", "supervisor", "agent"]]
        | None = None,
        search: str | None = None,
        device: str | None = None,
        except_ids: str | Sequence[str] | None = None,
        online_before: str | datetime | None = None,
        online_after: str | datetime | None = None,
        login_before: str | datetime | None = None,
        login_after: str | datetime | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_team_users`, fetching page after page while pages come
        back full.

        `GET /team` (operation `team.getTeamUsers`).

        Args:
            ids: user ids (query `ids`).
            status: account status (query `status`).
            role: role (query `role`).
            search: name or email (query `search`).
            device: users with access to this number (query `device`; choices from
                `getDevices`).
            except_ids: exclude user ids (query `exceptIds`).
            online_before: last seen before (query `onlineBefore`).
            online_after: last seen after (query `onlineAfter`).
            login_before: last login before (query `loginBefore`).
            login_after: last login after (query `loginAfter`).
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "team.getTeamUsers",
            {
                "ids": ids,
                "status": status,
                "role": role,
                "search": search,
                "device": device,
                "exceptIds": except_ids,
                "onlineBefore": online_before,
                "onlineAfter": online_after,
                "loginBefore": login_before,
                "loginAfter": login_after,
                "size": size,
            },
            timeout=timeout,
        )

    async def update_team_user(
        self,
        *,
        id: str,
        display_name: str | None = None,
        email: str | None = None,
        password: str | None = None,
        role: Literal["admin", "supervisor", "agent"] | None = None,
        color: Literal[
            "blue",
            "azure",
            "indigo",
            "purple",
            "pink",
            "red",
            "orange",
            "yellow",
            "lime",
            "green",
            "teal",
            "cyan",
            "gray",
            "gray-dark",
        ]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Team Member: Update a team member (id in body, not path).

        `PATCH /team` (operation `team.updateTeamUser`).

        Args:
            id: user id (24-char hex id) (body `id`).
            display_name: name 2-30 (body `displayName`).
            email: email (body `email`).
            password: password 5-50 (body `password`).
            role: role (body `role`).
            color: avatar colour (body `color`).
        """
        return await self._client.call(
            "team.updateTeamUser",
            {
                "id": id,
                "displayName": display_name,
                "email": email,
                "password": password,
                "role": role,
                "color": color,
            },
            timeout=timeout,
        )

    async def delete_users(
        self,
        *,
        users: Sequence[Mapping[str, Any]],
        force: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Team Members: Delete one or more team members.

        `DELETE /team` (operation `team.deleteUsers`).

        Args:
            users: up to 10 users [{id|email, action, assign?, remove}] (body
                `users`).
            force: delete even if users still have number access (body `force`;
                default false).
        """
        return await self._client.call(
            "team.deleteUsers",
            {
                "users": users,
                "force": force,
            },
            timeout=timeout,
        )

    async def get_device_team_members(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Device Team Members: List users with access to a number.

        `GET /devices/{deviceId}/team` (operation `team.getDeviceTeamMembers`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return await self._client.call(
            "team.getDeviceTeamMembers",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    async def create_device_user(
        self,
        device_id: str,
        *,
        display_name: str,
        email: str,
        password: str,
        role: Literal["admin", "supervisor", "agent"],
        color: Literal[
            "blue",
            "azure",
            "indigo",
            "purple",
            "pink",
            "red",
            "orange",
            "yellow",
            "lime",
            "green",
            "teal",
            "cyan",
            "gray",
            "gray-dark",
        ],
        invite: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Team Member: Create a new team user with access to a number.

        `POST /devices/{deviceId}/team` (operation `team.createDeviceUser`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            display_name: name 2-30 (body `displayName`).
            email: login email (body `email`).
            password: password 5-50 (body `password`).
            role: role (body `role`).
            color: avatar colour (body `color`).
            invite: send invitation email (body `invite`; default false).
        """
        return await self._client.call(
            "team.createDeviceUser",
            {
                "deviceId": device_id,
                "displayName": display_name,
                "email": email,
                "password": password,
                "role": role,
                "color": color,
                "invite": invite,
            },
            timeout=timeout,
        )

    async def grant_device_user_access(
        self,
        device_id: str,
        *,
        id: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Grant Device Access: Give an existing user access to a number.

        `PATCH /devices/{deviceId}/team` (operation `team.grantDeviceUserAccess`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            id: existing user id (24-char hex id) (body `id`; choices from
                `getTeamAgents`).
        """
        return await self._client.call(
            "team.grantDeviceUserAccess",
            {
                "deviceId": device_id,
                "id": id,
            },
            timeout=timeout,
        )

    async def revoke_device_user_access(
        self,
        device_id: str,
        *,
        id: str | None = None,
        email: str | None = None,
        action: Literal["unassign", "reassign", "resolve"] | None = None,
        assign: str | None = None,
        remove: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Revoke Device Access: Remove a user's access to a number.

        `DELETE /devices/{deviceId}/team` (operation `team.revokeDeviceUserAccess`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            id: user id (24-hex) (body `id`).
            email: user email (body `email`).
            action: handling of the user's assigned chats (body `action`; default
                "unassign").
            assign: reassignment target user id (body `assign`; choices from
                `getTeamAgents`).
            remove: delete the user completely (body `remove`; default false).
        """
        return await self._client.call(
            "team.revokeDeviceUserAccess",
            {
                "deviceId": device_id,
                "id": id,
                "email": email,
                "action": action,
                "assign": assign,
                "remove": remove,
            },
            timeout=timeout,
        )
