# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""WhatsApp session: `client.session`, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncSessionResource", "SessionResource"]


class SessionResource(SyncResource):
    """WhatsApp session: 7 operations of `session`."""

    def sync_session(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Sync session: Force a session status re-sync.

        `GET /devices/{deviceId}/sync` (operation `session.syncSession`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return self._client.call(
            "session.syncSession",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    def start_device(
        self,
        device_id: str,
        *,
        wait: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Start session: Start the session (e.g. outside operating hours).

        `POST /devices/{deviceId}/start` (operation `session.startDevice`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            wait: wait until the session is up (<=90s); ?wait=true (query `wait`;
                default false).
        """
        return self._client.call(
            "session.startDevice",
            {
                "deviceId": device_id,
                "wait": wait,
            },
            timeout=timeout,
        )

    def scan_qr(
        self,
        device_id: str,
        *,
        force: bool | None = None,
        encoding: Literal["svg", "json", "base64", "base64_uri", "uri", "image"] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Scan QR: Get the QR code to link WhatsApp.

        `GET /devices/{deviceId}/scan` (operation `session.scanQR`).
        For svg the client sends 'Accept: image/svg+xml'; the response is the SVG
        document.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            force: destroy the current session and issue a new QR; ?force=true
                (query `force`; default false).
            encoding: QR output format; 'svg' is the default and is not sent (query
                `encoding`; default "svg").
        """
        return self._client.call(
            "session.scanQR",
            {
                "deviceId": device_id,
                "force": force,
                "encoding": encoding,
            },
            timeout=timeout,
        )

    def reset_device(
        self,
        device_id: str,
        *,
        data: bool | None = None,
        wait: bool | None = None,
        empty_queue: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Reset session: Recreate the session (unlinks WhatsApp).

        `POST /devices/{deviceId}/reset` (operation `session.resetDevice`).
        Flags sent as query =true only when enabled.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            data: also wipe stored chats/messages/contacts (query `data`; default
                false).
            wait: wait for the session (<=2 min) (query `wait`; default false).
            empty_queue: also delete queued messages (query `emptyQueue`; default
                false).
        """
        return self._client.call(
            "session.resetDevice",
            {
                "deviceId": device_id,
                "data": data,
                "wait": wait,
                "emptyQueue": empty_queue,
            },
            timeout=timeout,
        )

    def reboot_device(
        self,
        device_id: str,
        *,
        force: bool | None = None,
        wait: bool | None = None,
        sync: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Reboot session: Restart the session without losing data.

        `POST /devices/{deviceId}/reboot` (operation `session.rebootDevice`).
        Flags sent as query =true only when enabled.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            force: reboot even if stopped (query `force`; default false).
            wait: wait for session (<=90s) (query `wait`; default false).
            sync: sync after reboot (query `sync`; default false).
        """
        return self._client.call(
            "session.rebootDevice",
            {
                "deviceId": device_id,
                "force": force,
                "wait": wait,
                "sync": sync,
            },
            timeout=timeout,
        )

    def device_health(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get session health: Get session health information.

        `GET /devices/{deviceId}/health` (operation `session.deviceHealth`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return self._client.call(
            "session.deviceHealth",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    def request_number_auth_code(
        self,
        device_id: str,
        *,
        force: bool | None = None,
        phone: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Request Authentication Code: Request a pairing (link-with-phone-number) code
        instead of QR.

        `POST /devices/{deviceId}/authcode` (operation `session.requestNumberAuthCode`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            force: destroy current session first; ?force=true (query `force`;
                default false).
            phone: E.164 number to pair; needed if never connected (body `phone`).
        """
        return self._client.call(
            "session.requestNumberAuthCode",
            {
                "deviceId": device_id,
                "force": force,
                "phone": phone,
            },
            timeout=timeout,
        )


class AsyncSessionResource(AsyncResource):
    """WhatsApp session: 7 operations of `session`."""

    async def sync_session(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Sync session: Force a session status re-sync.

        `GET /devices/{deviceId}/sync` (operation `session.syncSession`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return await self._client.call(
            "session.syncSession",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    async def start_device(
        self,
        device_id: str,
        *,
        wait: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Start session: Start the session (e.g. outside operating hours).

        `POST /devices/{deviceId}/start` (operation `session.startDevice`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            wait: wait until the session is up (<=90s); ?wait=true (query `wait`;
                default false).
        """
        return await self._client.call(
            "session.startDevice",
            {
                "deviceId": device_id,
                "wait": wait,
            },
            timeout=timeout,
        )

    async def scan_qr(
        self,
        device_id: str,
        *,
        force: bool | None = None,
        encoding: Literal["svg", "json", "base64", "base64_uri", "uri", "image"] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Scan QR: Get the QR code to link WhatsApp.

        `GET /devices/{deviceId}/scan` (operation `session.scanQR`).
        For svg the client sends 'Accept: image/svg+xml'; the response is the SVG
        document.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            force: destroy the current session and issue a new QR; ?force=true
                (query `force`; default false).
            encoding: QR output format; 'svg' is the default and is not sent (query
                `encoding`; default "svg").
        """
        return await self._client.call(
            "session.scanQR",
            {
                "deviceId": device_id,
                "force": force,
                "encoding": encoding,
            },
            timeout=timeout,
        )

    async def reset_device(
        self,
        device_id: str,
        *,
        data: bool | None = None,
        wait: bool | None = None,
        empty_queue: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Reset session: Recreate the session (unlinks WhatsApp).

        `POST /devices/{deviceId}/reset` (operation `session.resetDevice`).
        Flags sent as query =true only when enabled.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            data: also wipe stored chats/messages/contacts (query `data`; default
                false).
            wait: wait for the session (<=2 min) (query `wait`; default false).
            empty_queue: also delete queued messages (query `emptyQueue`; default
                false).
        """
        return await self._client.call(
            "session.resetDevice",
            {
                "deviceId": device_id,
                "data": data,
                "wait": wait,
                "emptyQueue": empty_queue,
            },
            timeout=timeout,
        )

    async def reboot_device(
        self,
        device_id: str,
        *,
        force: bool | None = None,
        wait: bool | None = None,
        sync: bool | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Reboot session: Restart the session without losing data.

        `POST /devices/{deviceId}/reboot` (operation `session.rebootDevice`).
        Flags sent as query =true only when enabled.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            force: reboot even if stopped (query `force`; default false).
            wait: wait for session (<=90s) (query `wait`; default false).
            sync: sync after reboot (query `sync`; default false).
        """
        return await self._client.call(
            "session.rebootDevice",
            {
                "deviceId": device_id,
                "force": force,
                "wait": wait,
                "sync": sync,
            },
            timeout=timeout,
        )

    async def device_health(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get session health: Get session health information.

        `GET /devices/{deviceId}/health` (operation `session.deviceHealth`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return await self._client.call(
            "session.deviceHealth",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    async def request_number_auth_code(
        self,
        device_id: str,
        *,
        force: bool | None = None,
        phone: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Request Authentication Code: Request a pairing (link-with-phone-number) code
        instead of QR.

        `POST /devices/{deviceId}/authcode` (operation `session.requestNumberAuthCode`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            force: destroy current session first; ?force=true (query `force`;
                default false).
            phone: E.164 number to pair; needed if never connected (body `phone`).
        """
        return await self._client.call(
            "session.requestNumberAuthCode",
            {
                "deviceId": device_id,
                "force": force,
                "phone": phone,
            },
            timeout=timeout,
        )
