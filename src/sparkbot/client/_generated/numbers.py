# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""WhatsApp Numbers: `client.numbers`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncNumbersResource", "NumbersResource"]


class NumbersResource(SyncResource):
    """WhatsApp Numbers: 6 operations of `numbers`."""

    def get_numbers(
        self,
        *,
        ids: str | Sequence[str] | None = None,
        status: Literal["operative", "pending", "disabled", "removed"] | None = None,
        session_status: Literal["authorize", "online", "timeout", "offline", "error"] | None = None,
        search: str | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Numbers: List WhatsApp numbers (devices) in the account.

        `GET /devices` (operation `numbers.getNumbers`).

        Args:
            ids: device ids (query `ids`; choices from `getDevices`).
            status: number lifecycle status (query `status`).
            session_status: WhatsApp session state (query `sessionStatus`).
            search: match phone, alias or id (query `search`).
            size: page size (results per page) (query `size`; default 50).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "numbers.getNumbers",
            {
                "ids": ids,
                "status": status,
                "sessionStatus": session_status,
                "search": search,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_numbers(
        self,
        *,
        ids: str | Sequence[str] | None = None,
        status: Literal["operative", "pending", "disabled", "removed"] | None = None,
        session_status: Literal["authorize", "online", "timeout", "offline", "error"] | None = None,
        search: str | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_numbers`, fetching page after page while pages come
        back full.

        `GET /devices` (operation `numbers.getNumbers`).

        Args:
            ids: device ids (query `ids`; choices from `getDevices`).
            status: number lifecycle status (query `status`).
            session_status: WhatsApp session state (query `sessionStatus`).
            search: match phone, alias or id (query `search`).
            size: page size (results per page) (query `size`; default 50).
        """
        return self._client.iterate(
            "numbers.getNumbers",
            {
                "ids": ids,
                "status": status,
                "sessionStatus": session_status,
                "search": search,
                "size": size,
            },
            timeout=timeout,
        )

    def get_number_by_id(
        self,
        device_id: str,
        *,
        include: Literal["agents", "catalog", "quickReplies"]
        | Sequence[Literal["agents", "catalog", "quickReplies"]]
        | None = None,
        exclude: Literal["session", "profile", "stats", "queue"]
        | Sequence[Literal["session", "profile", "stats", "queue"]]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Number by ID: Get one WhatsApp number with optional embedded/omitted
        sections.

        `GET /devices/{deviceId}` (operation `numbers.getNumberById`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            include: extra sections to embed; comma-joined (query `include`).
            exclude: sections to omit; comma-joined (query `exclude`).
        """
        return self._client.call(
            "numbers.getNumberById",
            {
                "deviceId": device_id,
                "include": include,
                "exclude": exclude,
            },
            timeout=timeout,
        )

    def create_number(
        self,
        *,
        alias: str,
        billing_plan: Literal[
            "professional",
            "business",
            "enterprise",
            "gateway-professional",
            "gateway-business",
            "gateway-enterprise",
            "io-professional",
            "io-business",
            "io-enterprise",
        ],
        description: str | None = None,
        agents: str | Sequence[str] | None = None,
        payment_intent: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Number: Provision a new WhatsApp number with a billing plan.

        `POST /devices` (operation `numbers.createNumber`).
        May incur charges.

        Args:
            alias: display alias 2-30 chars (body `alias`).
            billing_plan: subscription plan id (io-* = Platform plans) (body
                `billingPlan`).
            description: description <=80 chars (body `description`).
            agents: agent ids granted shared access (Platform plans only) (body
                `agents`).
            payment_intent: payment intent id starting with 'pi_' (body
                `paymentIntent`).
        """
        return self._client.call(
            "numbers.createNumber",
            {
                "alias": alias,
                "billingPlan": billing_plan,
                "description": description,
                "agents": agents,
                "paymentIntent": payment_intent,
            },
            timeout=timeout,
        )

    def update_number(
        self,
        device_id: str,
        *,
        enable: bool | None = None,
        alias: str | None = None,
        description: str | None = None,
        plan: Literal[
            "professional",
            "business",
            "enterprise",
            "gateway-professional",
            "gateway-business",
            "gateway-enterprise",
            "io-professional",
            "io-business",
            "io-enterprise",
        ]
        | None = None,
        webhooks: str | Sequence[str] | None = None,
        settings_reboot_policy: Literal[
            "disabled",
            "10m",
            "15m",
            "20m",
            "25m",
            "30m",
            "45m",
            "1h",
            "2h",
            "3h",
            "4h",
            "5h",
            "6h",
            "8h",
            "10h",
            "12h",
            "18h",
        ]
        | None = None,
        settings_retention_policy: Literal[
            "plan_defaults",
            "never",
            "5m",
            "15m",
            "30m",
            "1h",
            "12h",
            "24h",
            "2d",
            "3d",
            "4d",
            "5d",
            "6d",
            "7d",
            "10d",
        ]
        | None = None,
        settings_delivery_speed: float | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Number: Update a number: enable/disable, alias, plan, webhook routing
        and settings.

        `PATCH /devices/{deviceId}` (operation `numbers.updateNumber`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            enable: enable/disable the number (body `enable`; default true).
            alias: alias 2-30 chars (body `alias`).
            description: description <=80 chars (body `description`).
            plan: change billing plan (may charge) (body `plan`).
            webhooks: restrict notifications to these webhook ids (body `webhooks`).
            settings_reboot_policy: automatic session reboot interval; sent as
                settings.rebootPolicy (body `settings.rebootPolicy`).
            settings_retention_policy: data retention window; sent as
                settings.retentionPolicy (body `settings.retentionPolicy`).
            settings_delivery_speed: max messages per minute (0 = plan default);
                settings.deliverySpeed (body `settings.deliverySpeed`; default 0).
        """
        return self._client.call(
            "numbers.updateNumber",
            {
                "deviceId": device_id,
                "enable": enable,
                "alias": alias,
                "description": description,
                "plan": plan,
                "webhooks": webhooks,
                "settings.rebootPolicy": settings_reboot_policy,
                "settings.retentionPolicy": settings_retention_policy,
                "settings.deliverySpeed": settings_delivery_speed,
            },
            timeout=timeout,
        )

    def delete_number(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Number: Delete a WhatsApp number from the account.

        `DELETE /devices/{deviceId}` (operation `numbers.deleteNumber`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return self._client.call(
            "numbers.deleteNumber",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    def delete_chats(
        self,
        device_id: str,
        *,
        phone_numbers: str | Sequence[str],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Chats: Delete the chats with up to 10 phone numbers on a number.

        `DELETE /devices/{deviceId}/chats` (operation `numbers.deleteChats`).
        Body is a bare JSON array of strings.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            phone_numbers: 1..10 phone numbers with country code; the request body
                is this JSON array itself (body `phoneNumbers`).
        """
        return self._client.call(
            "numbers.deleteChats",
            {
                "deviceId": device_id,
                "phoneNumbers": phone_numbers,
            },
            timeout=timeout,
        )


class AsyncNumbersResource(AsyncResource):
    """WhatsApp Numbers: 6 operations of `numbers`."""

    async def get_numbers(
        self,
        *,
        ids: str | Sequence[str] | None = None,
        status: Literal["operative", "pending", "disabled", "removed"] | None = None,
        session_status: Literal["authorize", "online", "timeout", "offline", "error"] | None = None,
        search: str | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Numbers: List WhatsApp numbers (devices) in the account.

        `GET /devices` (operation `numbers.getNumbers`).

        Args:
            ids: device ids (query `ids`; choices from `getDevices`).
            status: number lifecycle status (query `status`).
            session_status: WhatsApp session state (query `sessionStatus`).
            search: match phone, alias or id (query `search`).
            size: page size (results per page) (query `size`; default 50).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "numbers.getNumbers",
            {
                "ids": ids,
                "status": status,
                "sessionStatus": session_status,
                "search": search,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_numbers(
        self,
        *,
        ids: str | Sequence[str] | None = None,
        status: Literal["operative", "pending", "disabled", "removed"] | None = None,
        session_status: Literal["authorize", "online", "timeout", "offline", "error"] | None = None,
        search: str | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_numbers`, fetching page after page while pages come
        back full.

        `GET /devices` (operation `numbers.getNumbers`).

        Args:
            ids: device ids (query `ids`; choices from `getDevices`).
            status: number lifecycle status (query `status`).
            session_status: WhatsApp session state (query `sessionStatus`).
            search: match phone, alias or id (query `search`).
            size: page size (results per page) (query `size`; default 50).
        """
        return self._client.iterate(
            "numbers.getNumbers",
            {
                "ids": ids,
                "status": status,
                "sessionStatus": session_status,
                "search": search,
                "size": size,
            },
            timeout=timeout,
        )

    async def get_number_by_id(
        self,
        device_id: str,
        *,
        include: Literal["agents", "catalog", "quickReplies"]
        | Sequence[Literal["agents", "catalog", "quickReplies"]]
        | None = None,
        exclude: Literal["session", "profile", "stats", "queue"]
        | Sequence[Literal["session", "profile", "stats", "queue"]]
        | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Number by ID: Get one WhatsApp number with optional embedded/omitted
        sections.

        `GET /devices/{deviceId}` (operation `numbers.getNumberById`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            include: extra sections to embed; comma-joined (query `include`).
            exclude: sections to omit; comma-joined (query `exclude`).
        """
        return await self._client.call(
            "numbers.getNumberById",
            {
                "deviceId": device_id,
                "include": include,
                "exclude": exclude,
            },
            timeout=timeout,
        )

    async def create_number(
        self,
        *,
        alias: str,
        billing_plan: Literal[
            "professional",
            "business",
            "enterprise",
            "gateway-professional",
            "gateway-business",
            "gateway-enterprise",
            "io-professional",
            "io-business",
            "io-enterprise",
        ],
        description: str | None = None,
        agents: str | Sequence[str] | None = None,
        payment_intent: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Create Number: Provision a new WhatsApp number with a billing plan.

        `POST /devices` (operation `numbers.createNumber`).
        May incur charges.

        Args:
            alias: display alias 2-30 chars (body `alias`).
            billing_plan: subscription plan id (io-* = Platform plans) (body
                `billingPlan`).
            description: description <=80 chars (body `description`).
            agents: agent ids granted shared access (Platform plans only) (body
                `agents`).
            payment_intent: payment intent id starting with 'pi_' (body
                `paymentIntent`).
        """
        return await self._client.call(
            "numbers.createNumber",
            {
                "alias": alias,
                "billingPlan": billing_plan,
                "description": description,
                "agents": agents,
                "paymentIntent": payment_intent,
            },
            timeout=timeout,
        )

    async def update_number(
        self,
        device_id: str,
        *,
        enable: bool | None = None,
        alias: str | None = None,
        description: str | None = None,
        plan: Literal[
            "professional",
            "business",
            "enterprise",
            "gateway-professional",
            "gateway-business",
            "gateway-enterprise",
            "io-professional",
            "io-business",
            "io-enterprise",
        ]
        | None = None,
        webhooks: str | Sequence[str] | None = None,
        settings_reboot_policy: Literal[
            "disabled",
            "10m",
            "15m",
            "20m",
            "25m",
            "30m",
            "45m",
            "1h",
            "2h",
            "3h",
            "4h",
            "5h",
            "6h",
            "8h",
            "10h",
            "12h",
            "18h",
        ]
        | None = None,
        settings_retention_policy: Literal[
            "plan_defaults",
            "never",
            "5m",
            "15m",
            "30m",
            "1h",
            "12h",
            "24h",
            "2d",
            "3d",
            "4d",
            "5d",
            "6d",
            "7d",
            "10d",
        ]
        | None = None,
        settings_delivery_speed: float | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Number: Update a number: enable/disable, alias, plan, webhook routing
        and settings.

        `PATCH /devices/{deviceId}` (operation `numbers.updateNumber`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            enable: enable/disable the number (body `enable`; default true).
            alias: alias 2-30 chars (body `alias`).
            description: description <=80 chars (body `description`).
            plan: change billing plan (may charge) (body `plan`).
            webhooks: restrict notifications to these webhook ids (body `webhooks`).
            settings_reboot_policy: automatic session reboot interval; sent as
                settings.rebootPolicy (body `settings.rebootPolicy`).
            settings_retention_policy: data retention window; sent as
                settings.retentionPolicy (body `settings.retentionPolicy`).
            settings_delivery_speed: max messages per minute (0 = plan default);
                settings.deliverySpeed (body `settings.deliverySpeed`; default 0).
        """
        return await self._client.call(
            "numbers.updateNumber",
            {
                "deviceId": device_id,
                "enable": enable,
                "alias": alias,
                "description": description,
                "plan": plan,
                "webhooks": webhooks,
                "settings.rebootPolicy": settings_reboot_policy,
                "settings.retentionPolicy": settings_retention_policy,
                "settings.deliverySpeed": settings_delivery_speed,
            },
            timeout=timeout,
        )

    async def delete_number(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Number: Delete a WhatsApp number from the account.

        `DELETE /devices/{deviceId}` (operation `numbers.deleteNumber`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return await self._client.call(
            "numbers.deleteNumber",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    async def delete_chats(
        self,
        device_id: str,
        *,
        phone_numbers: str | Sequence[str],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Chats: Delete the chats with up to 10 phone numbers on a number.

        `DELETE /devices/{deviceId}/chats` (operation `numbers.deleteChats`).
        Body is a bare JSON array of strings.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            phone_numbers: 1..10 phone numbers with country code; the request body
                is this JSON array itself (body `phoneNumbers`).
        """
        return await self._client.call(
            "numbers.deleteChats",
            {
                "deviceId": device_id,
                "phoneNumbers": phone_numbers,
            },
            timeout=timeout,
        )
