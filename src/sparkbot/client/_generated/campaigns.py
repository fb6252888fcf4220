# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Campaigns: `client.campaigns`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncCampaignsResource", "CampaignsResource"]


class CampaignsResource(SyncResource):
    """Campaigns: 5 operations of `campaigns`."""

    def get_campaigns(
        self,
        *,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        status: Literal[
            "draft", "pending", "processing", "completed", "failed", "stopped", "paused", "incomplete"
        ]
        | Sequence[
            Literal[
                "draft", "pending", "processing", "completed", "failed", "stopped", "paused", "incomplete"
            ]
        ]
        | None = None,
        device: str | Sequence[str] | None = None,
        owner: str | Sequence[str] | None = None,
        id: str | Sequence[str] | None = None,
        phone: str | Sequence[str] | None = None,
        group: str | Sequence[str] | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Campaigns: List bulk-message campaigns.

        `GET /campaigns` (operation `campaigns.getCampaigns`).

        Args:
            before: created before (query `before`).
            after: created after (query `after`).
            status: campaign status (query `status`).
            device: device ids (query `device`; choices from `getDevices`).
            owner: owner user ids (query `owner`).
            id: campaign ids (query `id`).
            phone: recipient phones (query `phone`).
            group: recipient group WIDs (query `group`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "campaigns.getCampaigns",
            {
                "before": before,
                "after": after,
                "status": status,
                "device": device,
                "owner": owner,
                "id": id,
                "phone": phone,
                "group": group,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_campaigns(
        self,
        *,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        status: Literal[
            "draft", "pending", "processing", "completed", "failed", "stopped", "paused", "incomplete"
        ]
        | Sequence[
            Literal[
                "draft", "pending", "processing", "completed", "failed", "stopped", "paused", "incomplete"
            ]
        ]
        | None = None,
        device: str | Sequence[str] | None = None,
        owner: str | Sequence[str] | None = None,
        id: str | Sequence[str] | None = None,
        phone: str | Sequence[str] | None = None,
        group: str | Sequence[str] | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_campaigns`, fetching page after page while pages come
        back full.

        `GET /campaigns` (operation `campaigns.getCampaigns`).

        Args:
            before: created before (query `before`).
            after: created after (query `after`).
            status: campaign status (query `status`).
            device: device ids (query `device`; choices from `getDevices`).
            owner: owner user ids (query `owner`).
            id: campaign ids (query `id`).
            phone: recipient phones (query `phone`).
            group: recipient group WIDs (query `group`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "campaigns.getCampaigns",
            {
                "before": before,
                "after": after,
                "status": status,
                "device": device,
                "owner": owner,
                "id": id,
                "phone": phone,
                "group": group,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    def get_campaign(
        self,
        campaign_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Campaign: Get one campaign.

        `GET /campaigns/{campaignId}` (operation `campaigns.getCampaign`).

        Args:
            campaign_id: campaign id (24-char hex id) (path `campaignId`).
        """
        return self._client.call(
            "campaigns.getCampaign",
            {
                "campaignId": campaign_id,
            },
            timeout=timeout,
        )

    def update_campaign(
        self,
        campaign_id: str,
        *,
        action: Literal["start", "stop"],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Campaign Status: Start or stop a campaign.

        `PUT /campaigns/{campaignId}/status` (operation `campaigns.updateCampaign`).

        Args:
            campaign_id: campaign id (24-char hex id) (path `campaignId`).
            action: start or stop (body `action`).
        """
        return self._client.call(
            "campaigns.updateCampaign",
            {
                "campaignId": campaign_id,
                "action": action,
            },
            timeout=timeout,
        )

    def get_campaign_contacts(
        self,
        campaign_id: str,
        *,
        search: str | None = None,
        target: str | Sequence[str] | None = None,
        kind: Literal["phone", "group"] | Sequence[Literal["phone", "group"]] | None = None,
        status: Literal["pending", "processing", "delivered", "failed"]
        | Sequence[Literal["pending", "processing", "delivered", "failed"]]
        | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Campaign Contacts: List recipients of a campaign with delivery state.

        `GET /campaigns/{campaignId}/contacts` (operation
        `campaigns.getCampaignContacts`).

        Args:
            campaign_id: campaign id (24-char hex id) (path `campaignId`).
            search: phone, name or group id (query `search`).
            target: phones or group WIDs (query `target`).
            kind: phone or group (query `kind`).
            status: processing status (query `status`).
            ack: delivery ack (query `ack`).
            wid: WhatsApp message ids (query `wid`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "campaigns.getCampaignContacts",
            {
                "campaignId": campaign_id,
                "search": search,
                "target": target,
                "kind": kind,
                "status": status,
                "ack": ack,
                "wid": wid,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_campaign_contacts(
        self,
        campaign_id: str,
        *,
        search: str | None = None,
        target: str | Sequence[str] | None = None,
        kind: Literal["phone", "group"] | Sequence[Literal["phone", "group"]] | None = None,
        status: Literal["pending", "processing", "delivered", "failed"]
        | Sequence[Literal["pending", "processing", "delivered", "failed"]]
        | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_campaign_contacts`, fetching page after page while
        pages come back full.

        `GET /campaigns/{campaignId}/contacts` (operation
        `campaigns.getCampaignContacts`).

        Args:
            campaign_id: campaign id (24-char hex id) (path `campaignId`).
            search: phone, name or group id (query `search`).
            target: phones or group WIDs (query `target`).
            kind: phone or group (query `kind`).
            status: processing status (query `status`).
            ack: delivery ack (query `ack`).
            wid: WhatsApp message ids (query `wid`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "campaigns.getCampaignContacts",
            {
                "campaignId": campaign_id,
                "search": search,
                "target": target,
                "kind": kind,
                "status": status,
                "ack": ack,
                "wid": wid,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    def delete_campaign(
        self,
        campaign_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Campaign: Delete a campaign.

        `DELETE /campaigns/{campaignId}` (operation `campaigns.deleteCampaign`).

        Args:
            campaign_id: campaign id (24-char hex id) (path `campaignId`).
        """
        return self._client.call(
            "campaigns.deleteCampaign",
            {
                "campaignId": campaign_id,
            },
            timeout=timeout,
        )


class AsyncCampaignsResource(AsyncResource):
    """Campaigns: 5 operations of `campaigns`."""

    async def get_campaigns(
        self,
        *,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        status: Literal[
            "draft", "pending", "processing", "completed", "failed", "stopped", "paused", "incomplete"
        ]
        | Sequence[
            Literal[
                "draft", "pending", "processing", "completed", "failed", "stopped", "paused", "incomplete"
            ]
        ]
        | None = None,
        device: str | Sequence[str] | None = None,
        owner: str | Sequence[str] | None = None,
        id: str | Sequence[str] | None = None,
        phone: str | Sequence[str] | None = None,
        group: str | Sequence[str] | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Campaigns: List bulk-message campaigns.

        `GET /campaigns` (operation `campaigns.getCampaigns`).

        Args:
            before: created before (query `before`).
            after: created after (query `after`).
            status: campaign status (query `status`).
            device: device ids (query `device`; choices from `getDevices`).
            owner: owner user ids (query `owner`).
            id: campaign ids (query `id`).
            phone: recipient phones (query `phone`).
            group: recipient group WIDs (query `group`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "campaigns.getCampaigns",
            {
                "before": before,
                "after": after,
                "status": status,
                "device": device,
                "owner": owner,
                "id": id,
                "phone": phone,
                "group": group,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_campaigns(
        self,
        *,
        before: str | datetime | None = None,
        after: str | datetime | None = None,
        status: Literal[
            "draft", "pending", "processing", "completed", "failed", "stopped", "paused", "incomplete"
        ]
        | Sequence[
            Literal[
                "draft", "pending", "processing", "completed", "failed", "stopped", "paused", "incomplete"
            ]
        ]
        | None = None,
        device: str | Sequence[str] | None = None,
        owner: str | Sequence[str] | None = None,
        id: str | Sequence[str] | None = None,
        phone: str | Sequence[str] | None = None,
        group: str | Sequence[str] | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_campaigns`, fetching page after page while pages come
        back full.

        `GET /campaigns` (operation `campaigns.getCampaigns`).

        Args:
            before: created before (query `before`).
            after: created after (query `after`).
            status: campaign status (query `status`).
            device: device ids (query `device`; choices from `getDevices`).
            owner: owner user ids (query `owner`).
            id: campaign ids (query `id`).
            phone: recipient phones (query `phone`).
            group: recipient group WIDs (query `group`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "campaigns.getCampaigns",
            {
                "before": before,
                "after": after,
                "status": status,
                "device": device,
                "owner": owner,
                "id": id,
                "phone": phone,
                "group": group,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    async def get_campaign(
        self,
        campaign_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Campaign: Get one campaign.

        `GET /campaigns/{campaignId}` (operation `campaigns.getCampaign`).

        Args:
            campaign_id: campaign id (24-char hex id) (path `campaignId`).
        """
        return await self._client.call(
            "campaigns.getCampaign",
            {
                "campaignId": campaign_id,
            },
            timeout=timeout,
        )

    async def update_campaign(
        self,
        campaign_id: str,
        *,
        action: Literal["start", "stop"],
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Campaign Status: Start or stop a campaign.

        `PUT /campaigns/{campaignId}/status` (operation `campaigns.updateCampaign`).

        Args:
            campaign_id: campaign id (24-char hex id) (path `campaignId`).
            action: start or stop (body `action`).
        """
        return await self._client.call(
            "campaigns.updateCampaign",
            {
                "campaignId": campaign_id,
                "action": action,
            },
            timeout=timeout,
        )

    async def get_campaign_contacts(
        self,
        campaign_id: str,
        *,
        search: str | None = None,
        target: str | Sequence[str] | None = None,
        kind: Literal["phone", "group"] | Sequence[Literal["phone", "group"]] | None = None,
        status: Literal["pending", "processing", "delivered", "failed"]
        | Sequence[Literal["pending", "processing", "delivered", "failed"]]
        | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Campaign Contacts: List recipients of a campaign with delivery state.

        `GET /campaigns/{campaignId}/contacts` (operation
        `campaigns.getCampaignContacts`).

        Args:
            campaign_id: campaign id (24-char hex id) (path `campaignId`).
            search: phone, name or group id (query `search`).
            target: phones or group WIDs (query `target`).
            kind: phone or group (query `kind`).
            status: processing status (query `status`).
            ack: delivery ack (query `ack`).
            wid: WhatsApp message ids (query `wid`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "campaigns.getCampaignContacts",
            {
                "campaignId": campaign_id,
                "search": search,
                "target": target,
                "kind": kind,
                "status": status,
                "ack": ack,
                "wid": wid,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_campaign_contacts(
        self,
        campaign_id: str,
        *,
        search: str | None = None,
        target: str | Sequence[str] | None = None,
        kind: Literal["phone", "group"] | Sequence[Literal["phone", "group"]] | None = None,
        status: Literal["pending", "processing", "delivered", "failed"]
        | Sequence[Literal["pending", "processing", "delivered", "failed"]]
        | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_campaign_contacts`, fetching page after page while
        pages come back full.

        `GET /campaigns/{campaignId}/contacts` (operation
        `campaigns.getCampaignContacts`).

        Args:
            campaign_id: campaign id (24-char hex id) (path `campaignId`).
            search: phone, name or group id (query `search`).
            target: phones or group WIDs (query `target`).
            kind: phone or group (query `kind`).
            status: processing status (query `status`).
            ack: delivery ack (query `ack`).
            wid: WhatsApp message ids (query `wid`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "campaigns.getCampaignContacts",
            {
                "campaignId": campaign_id,
                "search": search,
                "target": target,
                "kind": kind,
                "status": status,
                "ack": ack,
                "wid": wid,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    async def delete_campaign(
        self,
        campaign_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete Campaign: Delete a campaign.

        `DELETE /campaigns/{campaignId}` (operation `campaigns.deleteCampaign`).

        Args:
            campaign_id: campaign id (24-char hex id) (path `campaignId`).
        """
        return await self._client.call(
            "campaigns.deleteCampaign",
            {
                "campaignId": campaign_id,
            },
            timeout=timeout,
        )
