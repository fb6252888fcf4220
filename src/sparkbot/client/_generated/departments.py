# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Departments: `client.departments`, sync and async."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncDepartmentsResource", "DepartmentsResource"]


class DepartmentsResource(SyncResource):
    """Departments: 4 operations of `departments`."""

    def get_departments(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Departments: List departments of a number.

        `GET /devices/{deviceId}/departments` (operation `departments.getDepartments`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return self._client.call(
            "departments.getDepartments",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    def create_department(
        self,
        device_id: str,
        *,
        name: str,
        color: Literal[
            "ruby",
            "tomato",
            "orange",
            "sunflower",
            "bubble",
            "rose",
            "poppy",
            "rouge",
            "raspberry",
            "purple",
            "lavender",
            "violet",
            "pool",
            "emerald",
            "kelly",
            "apple",
            "turquoise",
            "aqua",
            "gold",
            "latte",
            "cocoa",
            "iron",
        ],
        icon: Literal[
            "briefcase",
            "users",
            "user-tie",
            "chart-bar",
            "clipboard-list",
            "comments",
            "headset",
            "user-cog",
            "user-edit",
            "user-friends",
            "laptop-code",
            "network-wired",
            "building",
            "handshake",
            "address-book",
            "layer-group",
            "project-diagram",
            "calendar-check",
            "clipboard-check",
            "tasks",
            "chart-pie",
            "hands-helping",
            "shield-alt",
            "user-lock",
            "user-shield",
            "bullhorn",
            "comments-dollar",
            "comment-dots",
            "fingerprint",
            "check-circle",
            "chalkboard-teacher",
            "cogs",
            "rocket",
            "drafting-compass",
            "lightbulb",
            "envelope",
            "inbox",
            "people-carry",
            "code-branch",
            "globe",
            "hand-holding-usd",
            "money-bill-wave",
            "phone",
            "wrench",
            "balance-scale",
            "thumbs-up",
            "user-secret",
            "user-graduate",
            "landmark",
            "archive",
        ],
        agents: str | Sequence[str],
        description: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Department: Create a department with 1-30 agents.

        `POST /devices/{deviceId}/departments` (operation
        `departments.createDepartment`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: name 2-25 (body `name`).
            color: colour (node default 'blue' not in list) (body `color`).
            icon: Font-Awesome style icon id (body `icon`).
            agents: 1..30 agent ids (node validates) (body `agents`; choices from
                `getTeamAgents`).
            description: description <=300 (body `description`).
        """
        return self._client.call(
            "departments.createDepartment",
            {
                "deviceId": device_id,
                "name": name,
                "color": color,
                "icon": icon,
                "agents": agents,
                "description": description,
            },
            timeout=timeout,
        )

    def update_department(
        self,
        device_id: str,
        *,
        department: str,
        name: str | None = None,
        color: Literal[
            "ruby",
            "tomato",
            "orange",
            "sunflower",
            "bubble",
            "rose",
            "poppy",
            "rouge",
            "raspberry",
            "purple",
            "lavender",
            "violet",
            "pool",
            "emerald",
            "kelly",
            "apple",
            "turquoise",
            "aqua",
            "gold",
            "latte",
            "cocoa",
            "iron",
        ]
        | None = None,
        icon: Literal[
            "briefcase",
            "users",
            "user-tie",
            "chart-bar",
            "clipboard-list",
            "comments",
            "headset",
            "user-cog",
            "user-edit",
            "user-friends",
            "laptop-code",
            "network-wired",
            "building",
            "handshake",
            "address-book",
            "layer-group",
            "project-diagram",
            "calendar-check",
            "clipboard-check",
            "tasks",
            "chart-pie",
            "hands-helping",
            "shield-alt",
            "user-lock",
            "user-shield",
            "bullhorn",
            "comments-dollar",
            "comment-dots",
            "fingerprint",
            "check-circle",
            "chalkboard-teacher",
            "cogs",
            "rocket",
            "drafting-compass",
            "lightbulb",
            "envelope",
            "inbox",
            "people-carry",
            "code-branch",
            "globe",
            "hand-holding-usd",
            "money-bill-wave",
            "phone",
            "wrench",
            "balance-scale",
            "thumbs-up",
            "user-secret",
            "user-graduate",
            "landmark",
            "archive",
        ]
        | None = None,
        description: str | None = None,
        agents: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Department: Update a department (id in body).

        `PATCH /devices/{deviceId}/departments` (operation
        `departments.updateDepartment`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            department: department id to update (24-char hex id) (body `department`;
                choices from `getDepartments`).
            name: new name 2-25 (body `name`).
            color: new colour (body `color`).
            icon: new icon (body `icon`).
            description: new description <=300 (body `description`).
            agents: replacement agent ids (<=30) (body `agents`; choices from
                `getTeamAgents`).
        """
        return self._client.call(
            "departments.updateDepartment",
            {
                "deviceId": device_id,
                "department": department,
                "name": name,
                "color": color,
                "icon": icon,
                "description": description,
                "agents": agents,
            },
            timeout=timeout,
        )

    def delete_department(
        self,
        device_id: str,
        *,
        department: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Department: Delete a department.

        `DELETE /devices/{deviceId}/departments` (operation
        `departments.deleteDepartment`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            department: department id (body `department`; choices from
                `getDepartments`).
        """
        return self._client.call(
            "departments.deleteDepartment",
            {
                "deviceId": device_id,
                "department": department,
            },
            timeout=timeout,
        )


class AsyncDepartmentsResource(AsyncResource):
    """Departments: 4 operations of `departments`."""

    async def get_departments(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Departments: List departments of a number.

        `GET /devices/{deviceId}/departments` (operation `departments.getDepartments`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return await self._client.call(
            "departments.getDepartments",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    async def create_department(
        self,
        device_id: str,
        *,
        name: str,
        color: Literal[
            "ruby",
            "tomato",
            "orange",
            "sunflower",
            "bubble",
            "rose",
            "poppy",
            "rouge",
            "raspberry",
            "purple",
            "lavender",
            "violet",
            "pool",
            "emerald",
            "kelly",
            "apple",
            "turquoise",
            "aqua",
            "gold",
            "latte",
            "cocoa",
            "iron",
        ],
        icon: Literal[
            "briefcase",
            "users",
            "user-tie",
            "chart-bar",
            "clipboard-list",
            "comments",
            "headset",
            "user-cog",
            "user-edit",
            "user-friends",
            "laptop-code",
            "network-wired",
            "building",
            "handshake",
            "address-book",
            "layer-group",
            "project-diagram",
            "calendar-check",
            "clipboard-check",
            "tasks",
            "chart-pie",
            "hands-helping",
            "shield-alt",
            "user-lock",
            "user-shield",
            "bullhorn",
            "comments-dollar",
            "comment-dots",
            "fingerprint",
            "check-circle",
            "chalkboard-teacher",
            "cogs",
            "rocket",
            "drafting-compass",
            "lightbulb",
            "envelope",
            "inbox",
            "people-carry",
            "code-branch",
            "globe",
            "hand-holding-usd",
            "money-bill-wave",
            "phone",
            "wrench",
            "balance-scale",
            "thumbs-up",
            "user-secret",
            "user-graduate",
            "landmark",
            "archive",
        ],
        agents: str | Sequence[str],
        description: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Department: Create a department with 1-30 agents.

        `POST /devices/{deviceId}/departments` (operation
        `departments.createDepartment`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: name 2-25 (body `name`).
            color: colour (node default 'blue' not in list) (body `color`).
            icon: Font-Awesome style icon id (body `icon`).
            agents: 1..30 agent ids (node validates) (body `agents`; choices from
                `getTeamAgents`).
            description: description <=300 (body `description`).
        """
        return await self._client.call(
            "departments.createDepartment",
            {
                "deviceId": device_id,
                "name": name,
                "color": color,
                "icon": icon,
                "agents": agents,
                "description": description,
            },
            timeout=timeout,
        )

    async def update_department(
        self,
        device_id: str,
        *,
        department: str,
        name: str | None = None,
        color: Literal[
            "ruby",
            "tomato",
            "orange",
            "sunflower",
            "bubble",
            "rose",
            "poppy",
            "rouge",
            "raspberry",
            "purple",
            "lavender",
            "violet",
            "pool",
            "emerald",
            "kelly",
            "apple",
            "turquoise",
            "aqua",
            "gold",
            "latte",
            "cocoa",
            "iron",
        ]
        | None = None,
        icon: Literal[
            "briefcase",
            "users",
            "user-tie",
            "chart-bar",
            "clipboard-list",
            "comments",
            "headset",
            "user-cog",
            "user-edit",
            "user-friends",
            "laptop-code",
            "network-wired",
            "building",
            "handshake",
            "address-book",
            "layer-group",
            "project-diagram",
            "calendar-check",
            "clipboard-check",
            "tasks",
            "chart-pie",
            "hands-helping",
            "shield-alt",
            "user-lock",
            "user-shield",
            "bullhorn",
            "comments-dollar",
            "comment-dots",
            "fingerprint",
            "check-circle",
            "chalkboard-teacher",
            "cogs",
            "rocket",
            "drafting-compass",
            "lightbulb",
            "envelope",
            "inbox",
            "people-carry",
            "code-branch",
            "globe",
            "hand-holding-usd",
            "money-bill-wave",
            "phone",
            "wrench",
            "balance-scale",
            "thumbs-up",
            "user-secret",
            "user-graduate",
            "landmark",
            "archive",
        ]
        | None = None,
        description: str | None = None,
        agents: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Department: Update a department (id in body).

        `PATCH /devices/{deviceId}/departments` (operation
        `departments.updateDepartment`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            department: department id to update (24-char hex id) (body `department`;
                choices from `getDepartments`).
            name: new name 2-25 (body `name`).
            color: new colour (body `color`).
            icon: new icon (body `icon`).
            description: new description <=300 (body `description`).
            agents: replacement agent ids (<=30) (body `agents`; choices from
                `getTeamAgents`).
        """
        return await self._client.call(
            "departments.updateDepartment",
            {
                "deviceId": device_id,
                "department": department,
                "name": name,
                "color": color,
                "icon": icon,
                "description": description,
                "agents": agents,
            },
            timeout=timeout,
        )

    async def delete_department(
        self,
        device_id: str,
        *,
        department: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Department: Delete a department.

        `DELETE /devices/{deviceId}/departments` (operation
        `departments.deleteDepartment`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            department: department id (body `department`; choices from
                `getDepartments`).
        """
        return await self._client.call(
            "departments.deleteDepartment",
            {
                "deviceId": device_id,
                "department": department,
            },
            timeout=timeout,
        )
