# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Labels: `client.labels`, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncLabelsResource", "LabelsResource"]


class LabelsResource(SyncResource):
    """Labels: 4 operations of `labels`."""

    def get_labels(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Labels: List labels of a number.

        `GET /devices/{deviceId}/labels` (operation `labels.getLabels`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return self._client.call(
            "labels.getLabels",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    def create_label(
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
        description: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Label: Create a label.

        `POST /devices/{deviceId}/labels` (operation `labels.createLabel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: label name (body `name`).
            color: palette colour. NB: node default 'blue' is not in its own option
                list (body `color`).
            description: short description (body `description`).
        """
        return self._client.call(
            "labels.createLabel",
            {
                "deviceId": device_id,
                "name": name,
                "color": color,
                "description": description,
            },
            timeout=timeout,
        )

    def update_label(
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
        description: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Label: Update a label (matched by name).

        `PATCH /devices/{deviceId}/labels` (operation `labels.updateLabel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: name of the label to update (identifier) (body `name`).
            color: new colour (body `color`).
            description: new description (body `description`).
        """
        return self._client.call(
            "labels.updateLabel",
            {
                "deviceId": device_id,
                "name": name,
                "color": color,
                "description": description,
            },
            timeout=timeout,
        )

    def delete_label(
        self,
        device_id: str,
        *,
        name: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Label: Delete a label by name.

        `DELETE /devices/{deviceId}/labels` (operation `labels.deleteLabel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: label name to delete (body `name`).
        """
        return self._client.call(
            "labels.deleteLabel",
            {
                "deviceId": device_id,
                "name": name,
            },
            timeout=timeout,
        )


class AsyncLabelsResource(AsyncResource):
    """Labels: 4 operations of `labels`."""

    async def get_labels(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Labels: List labels of a number.

        `GET /devices/{deviceId}/labels` (operation `labels.getLabels`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return await self._client.call(
            "labels.getLabels",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    async def create_label(
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
        description: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Label: Create a label.

        `POST /devices/{deviceId}/labels` (operation `labels.createLabel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: label name (body `name`).
            color: palette colour. NB: node default 'blue' is not in its own option
                list (body `color`).
            description: short description (body `description`).
        """
        return await self._client.call(
            "labels.createLabel",
            {
                "deviceId": device_id,
                "name": name,
                "color": color,
                "description": description,
            },
            timeout=timeout,
        )

    async def update_label(
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
        description: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Label: Update a label (matched by name).

        `PATCH /devices/{deviceId}/labels` (operation `labels.updateLabel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: name of the label to update (identifier) (body `name`).
            color: new colour (body `color`).
            description: new description (body `description`).
        """
        return await self._client.call(
            "labels.updateLabel",
            {
                "deviceId": device_id,
                "name": name,
                "color": color,
                "description": description,
            },
            timeout=timeout,
        )

    async def delete_label(
        self,
        device_id: str,
        *,
        name: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Label: Delete a label by name.

        `DELETE /devices/{deviceId}/labels` (operation `labels.deleteLabel`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: label name to delete (body `name`).
        """
        return await self._client.call(
            "labels.deleteLabel",
            {
                "deviceId": device_id,
                "name": name,
            },
            timeout=timeout,
        )
