# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Queue: `client.queue`, sync and async."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncQueueResource", "QueueResource"]


class QueueResource(SyncResource):
    """Queue: 4 operations of `queue`."""

    def get_queue_status(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Queue Status: Get queue statistics/status of a number.

        `GET /devices/{deviceId}/queue` (operation `queue.getQueueStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return self._client.call(
            "queue.getQueueStatus",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    def set_queue_status(
        self,
        device_id: str,
        *,
        status: Literal["active", "pause", "reject", "freeze"],
        force: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Set Queue Status: Change queue processing mode.

        `POST /devices/{deviceId}/queue` (operation `queue.setQueueStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            status: active=deliver+accept, pause=hold+accept, reject=deliver+refuse
                new, freeze=hold+refuse (body `status`).
            force: flush queue without throttling for 30 min (active/reject only);
                sent only when true (body `force`; default false).
        """
        return self._client.call(
            "queue.setQueueStatus",
            {
                "deviceId": device_id,
                "status": status,
                "force": force,
            },
            timeout=timeout,
        )

    def route_queue(
        self,
        device_id: str,
        *,
        device: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Route Queue: Move queued messages to another number.

        `PATCH /devices/{deviceId}/queue` (operation `queue.routeQueue`).
        Source and target are two distinct parameters: the source number id goes in the
        path, the target number id in the body field 'device'.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices; the node names it deviceId (the catalogue gave it
                the same node name as the target `device`) (path `deviceId`; choices
                from `getDevices`).
            device: target number id (24-hex) to move queued messages to (body
                `device`; choices from `getDevices`).
        """
        return self._client.call(
            "queue.routeQueue",
            {
                "deviceId": device_id,
                "device": device,
            },
            timeout=timeout,
        )

    def empty_queue(
        self,
        device_id: str,
        *,
        wait: bool | None = None,
        skip_scheduled: bool | None = None,
        ids: str | Sequence[str] | None = None,
        phones: str | Sequence[str] | None = None,
        groups: str | Sequence[str] | None = None,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Empty Queue: Delete all or filtered queued messages.

        `DELETE /devices/{deviceId}/queue` (operation `queue.emptyQueue`).
        Body omitted when no filter/skipScheduled.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            wait: block until deletion completes (up to ~90s); ?wait=true (query
                `wait`; default false).
            skip_scheduled: keep future scheduled messages (body `skipScheduled`;
                default false).
            ids: queued message ids (24-hex) (body `ids`).
            phones: recipient phones E.164 (body `phones`).
            groups: group/broadcast WIDs (body `groups`).
            before: created before (body `before`).
            after: created after (body `after`).
        """
        return self._client.call(
            "queue.emptyQueue",
            {
                "deviceId": device_id,
                "wait": wait,
                "skipScheduled": skip_scheduled,
                "ids": ids,
                "phones": phones,
                "groups": groups,
                "before": before,
                "after": after,
            },
            timeout=timeout,
        )


class AsyncQueueResource(AsyncResource):
    """Queue: 4 operations of `queue`."""

    async def get_queue_status(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Queue Status: Get queue statistics/status of a number.

        `GET /devices/{deviceId}/queue` (operation `queue.getQueueStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return await self._client.call(
            "queue.getQueueStatus",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    async def set_queue_status(
        self,
        device_id: str,
        *,
        status: Literal["active", "pause", "reject", "freeze"],
        force: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Set Queue Status: Change queue processing mode.

        `POST /devices/{deviceId}/queue` (operation `queue.setQueueStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            status: active=deliver+accept, pause=hold+accept, reject=deliver+refuse
                new, freeze=hold+refuse (body `status`).
            force: flush queue without throttling for 30 min (active/reject only);
                sent only when true (body `force`; default false).
        """
        return await self._client.call(
            "queue.setQueueStatus",
            {
                "deviceId": device_id,
                "status": status,
                "force": force,
            },
            timeout=timeout,
        )

    async def route_queue(
        self,
        device_id: str,
        *,
        device: str,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Route Queue: Move queued messages to another number.

        `PATCH /devices/{deviceId}/queue` (operation `queue.routeQueue`).
        Source and target are two distinct parameters: the source number id goes in the
        path, the target number id in the body field 'device'.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices; the node names it deviceId (the catalogue gave it
                the same node name as the target `device`) (path `deviceId`; choices
                from `getDevices`).
            device: target number id (24-hex) to move queued messages to (body
                `device`; choices from `getDevices`).
        """
        return await self._client.call(
            "queue.routeQueue",
            {
                "deviceId": device_id,
                "device": device,
            },
            timeout=timeout,
        )

    async def empty_queue(
        self,
        device_id: str,
        *,
        wait: bool | None = None,
        skip_scheduled: bool | None = None,
        ids: str | Sequence[str] | None = None,
        phones: str | Sequence[str] | None = None,
        groups: str | Sequence[str] | None = None,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Empty Queue: Delete all or filtered queued messages.

        `DELETE /devices/{deviceId}/queue` (operation `queue.emptyQueue`).
        Body omitted when no filter/skipScheduled.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            wait: block until deletion completes (up to ~90s); ?wait=true (query
                `wait`; default false).
            skip_scheduled: keep future scheduled messages (body `skipScheduled`;
                default false).
            ids: queued message ids (24-hex) (body `ids`).
            phones: recipient phones E.164 (body `phones`).
            groups: group/broadcast WIDs (body `groups`).
            before: created before (body `before`).
            after: created after (body `after`).
        """
        return await self._client.call(
            "queue.emptyQueue",
            {
                "deviceId": device_id,
                "wait": wait,
                "skipScheduled": skip_scheduled,
                "ids": ids,
                "phones": phones,
                "groups": groups,
                "before": before,
                "after": after,
            },
            timeout=timeout,
        )
