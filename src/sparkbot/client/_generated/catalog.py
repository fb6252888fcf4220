# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""Business catalog: `client.catalog`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncCatalogResource", "CatalogResource"]


class CatalogResource(SyncResource):
    """Business catalog: 2 operations of `catalog`."""

    def get_catalog(
        self,
        device_id: str,
        *,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get My Catalog: Get your own WhatsApp Business catalog.

        `GET /devices/{deviceId}/catalog` (operation `catalog.getCatalog`).

        Args:
            device_id: WhatsApp Business number id (24-hex) (path `deviceId`;
                choices from `getDevices`).
            size: products per page 1-500 (query `size`; default 100).
            page: page 0-based (query `page`; default 0).
        """
        return self._client.call(
            "catalog.getCatalog",
            {
                "deviceId": device_id,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_catalog(
        self,
        device_id: str,
        *,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_catalog`, fetching page after page while pages come
        back full.

        `GET /devices/{deviceId}/catalog` (operation `catalog.getCatalog`).

        Args:
            device_id: WhatsApp Business number id (24-hex) (path `deviceId`;
                choices from `getDevices`).
            size: products per page 1-500 (query `size`; default 100).
        """
        return self._client.iterate(
            "catalog.getCatalog",
            {
                "deviceId": device_id,
                "size": size,
            },
            timeout=timeout,
        )

    def query_catalog(
        self,
        device_id: str,
        *,
        phone: str,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Query Business Catalog: Fetch the catalog of any WhatsApp Business number.

        `POST /devices/{deviceId}/catalog` (operation `catalog.queryCatalog`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            phone: business phone to query, E.164 (body `phone`).
            size: items to fetch 1-500 (sent only if != 100) (body `size`; default
                100).
        """
        return self._client.call(
            "catalog.queryCatalog",
            {
                "deviceId": device_id,
                "phone": phone,
                "size": size,
            },
            timeout=timeout,
        )


class AsyncCatalogResource(AsyncResource):
    """Business catalog: 2 operations of `catalog`."""

    async def get_catalog(
        self,
        device_id: str,
        *,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get My Catalog: Get your own WhatsApp Business catalog.

        `GET /devices/{deviceId}/catalog` (operation `catalog.getCatalog`).

        Args:
            device_id: WhatsApp Business number id (24-hex) (path `deviceId`;
                choices from `getDevices`).
            size: products per page 1-500 (query `size`; default 100).
            page: page 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "catalog.getCatalog",
            {
                "deviceId": device_id,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_catalog(
        self,
        device_id: str,
        *,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_catalog`, fetching page after page while pages come
        back full.

        `GET /devices/{deviceId}/catalog` (operation `catalog.getCatalog`).

        Args:
            device_id: WhatsApp Business number id (24-hex) (path `deviceId`;
                choices from `getDevices`).
            size: products per page 1-500 (query `size`; default 100).
        """
        return self._client.iterate(
            "catalog.getCatalog",
            {
                "deviceId": device_id,
                "size": size,
            },
            timeout=timeout,
        )

    async def query_catalog(
        self,
        device_id: str,
        *,
        phone: str,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Query Business Catalog: Fetch the catalog of any WhatsApp Business number.

        `POST /devices/{deviceId}/catalog` (operation `catalog.queryCatalog`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            phone: business phone to query, E.164 (body `phone`).
            size: items to fetch 1-500 (sent only if != 100) (body `size`; default
                100).
        """
        return await self._client.call(
            "catalog.queryCatalog",
            {
                "deviceId": device_id,
                "phone": phone,
                "size": size,
            },
            timeout=timeout,
        )
