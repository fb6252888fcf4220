# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""WhatsApp profile: `client.profile`, sync and async."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes
    from .._response import BinaryResponse

__all__ = ["AsyncProfileResource", "ProfileResource"]


class ProfileResource(SyncResource):
    """WhatsApp profile: 4 operations of `profile`."""

    def device_profile(
        self,
        device_id: str,
        *,
        include: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Profile: Get the WhatsApp profile of a number.

        `GET /devices/{deviceId}/profile` (operation `profile.deviceProfile`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            include: extra data to include (free text) (query `include`).
        """
        return self._client.call(
            "profile.deviceProfile",
            {
                "deviceId": device_id,
                "include": include,
            },
            timeout=timeout,
        )

    def device_profile_update(
        self,
        device_id: str,
        *,
        name: str | None = None,
        status: str | None = None,
        business_address: str | None = None,
        business_description: str | None = None,
        business_email: str | None = None,
        business_websites: str | Sequence[str] | None = None,
        business_categories: Literal[
            "other_category",
            "automotive_service",
            "clothing_and_accessories",
            "art_and_entertainment",
            "beauty_cosmetics_and_personal_care",
            "education",
            "event_organizer",
            "finance",
            "grocery",
            "hotel",
            "medicine_and_health",
            "non_profit",
            "restaurant",
            "retail_purchases_and_sales",
            "travel_and_transportation",
        ]
        | Sequence[
            Literal[
                "other_category",
                "automotive_service",
                "clothing_and_accessories",
                "art_and_entertainment",
                "beauty_cosmetics_and_personal_care",
                "education",
                "event_organizer",
                "finance",
                "grocery",
                "hotel",
                "medicine_and_health",
                "non_profit",
                "restaurant",
                "retail_purchases_and_sales",
                "travel_and_transportation",
            ]
        ]
        | None = None,
        business_hours_timezone: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Profile: Update profile name/status and WhatsApp Business profile.

        `PATCH /devices/{deviceId}/profile` (operation `profile.deviceProfileUpdate`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: public name <=25 (body `name`).
            status: about text <=130 (body `status`).
            business_address: address <=256 (body `businessProfile.address`).
            business_description: description <=256 (body
                `businessProfile.description`).
            business_email: email <=128 (body `businessProfile.email`).
            business_websites: up to 2 URLs (body `businessProfile.websites`).
            business_categories: up to 3 categories (body
                `businessProfile.categories`).
            business_hours_timezone: IANA timezone; only timezone is sent (weekday
                hours TODO in node) (body `businessProfile.businessHours.timezone`).
        """
        return self._client.call(
            "profile.deviceProfileUpdate",
            {
                "deviceId": device_id,
                "name": name,
                "status": status,
                "businessProfile.address": business_address,
                "businessProfile.description": business_description,
                "businessProfile.email": business_email,
                "businessProfile.websites": business_websites,
                "businessProfile.categories": business_categories,
                "businessProfile.businessHours.timezone": business_hours_timezone,
            },
            timeout=timeout,
        )

    def device_profile_image(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> BinaryResponse:
        """Get Profile Image: Get the profile picture.

        `GET /devices/{deviceId}/profile/image` (operation
        `profile.deviceProfileImage`).
        Sends 'Accept: image/jpeg': the response is binary; return it as bytes.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return self._client.call_binary(
            "profile.deviceProfileImage",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    def update_profile_image(
        self,
        device_id: str,
        *,
        url: str | None = None,
        image: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Profile Image: Set the profile picture.

        `PUT /devices/{deviceId}/profile/image` (operation
        `profile.updateProfileImage`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            url: JPG/PNG URL <=1MB (body `url`).
            image: base64 JPG/PNG <=1MB (body `image`).
        """
        return self._client.call(
            "profile.updateProfileImage",
            {
                "deviceId": device_id,
                "url": url,
                "image": image,
            },
            timeout=timeout,
        )


class AsyncProfileResource(AsyncResource):
    """WhatsApp profile: 4 operations of `profile`."""

    async def device_profile(
        self,
        device_id: str,
        *,
        include: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get Profile: Get the WhatsApp profile of a number.

        `GET /devices/{deviceId}/profile` (operation `profile.deviceProfile`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            include: extra data to include (free text) (query `include`).
        """
        return await self._client.call(
            "profile.deviceProfile",
            {
                "deviceId": device_id,
                "include": include,
            },
            timeout=timeout,
        )

    async def device_profile_update(
        self,
        device_id: str,
        *,
        name: str | None = None,
        status: str | None = None,
        business_address: str | None = None,
        business_description: str | None = None,
        business_email: str | None = None,
        business_websites: str | Sequence[str] | None = None,
        business_categories: Literal[
            "other_category",
            "automotive_service",
            "clothing_and_accessories",
            "art_and_entertainment",
            "beauty_cosmetics_and_personal_care",
            "education",
            "event_organizer",
            "finance",
            "grocery",
            "hotel",
            "medicine_and_health",
            "non_profit",
            "restaurant",
            "retail_purchases_and_sales",
            "travel_and_transportation",
        ]
        | Sequence[
            Literal[
                "other_category",
                "automotive_service",
                "clothing_and_accessories",
                "art_and_entertainment",
                "beauty_cosmetics_and_personal_care",
                "education",
                "event_organizer",
                "finance",
                "grocery",
                "hotel",
                "medicine_and_health",
                "non_profit",
                "restaurant",
                "retail_purchases_and_sales",
                "travel_and_transportation",
            ]
        ]
        | None = None,
        business_hours_timezone: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Profile: Update profile name/status and WhatsApp Business profile.

        `PATCH /devices/{deviceId}/profile` (operation `profile.deviceProfileUpdate`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            name: public name <=25 (body `name`).
            status: about text <=130 (body `status`).
            business_address: address <=256 (body `businessProfile.address`).
            business_description: description <=256 (body
                `businessProfile.description`).
            business_email: email <=128 (body `businessProfile.email`).
            business_websites: up to 2 URLs (body `businessProfile.websites`).
            business_categories: up to 3 categories (body
                `businessProfile.categories`).
            business_hours_timezone: IANA timezone; only timezone is sent (weekday
                hours TODO in node) (body `businessProfile.businessHours.timezone`).
        """
        return await self._client.call(
            "profile.deviceProfileUpdate",
            {
                "deviceId": device_id,
                "name": name,
                "status": status,
                "businessProfile.address": business_address,
                "businessProfile.description": business_description,
                "businessProfile.email": business_email,
                "businessProfile.websites": business_websites,
                "businessProfile.categories": business_categories,
                "businessProfile.businessHours.timezone": business_hours_timezone,
            },
            timeout=timeout,
        )

    async def device_profile_image(
        self,
        device_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> BinaryResponse:
        """Get Profile Image: Get the profile picture.

        `GET /devices/{deviceId}/profile/image` (operation
        `profile.deviceProfileImage`).
        Sends 'Accept: image/jpeg': the response is binary; return it as bytes.

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
        """
        return await self._client.call_binary(
            "profile.deviceProfileImage",
            {
                "deviceId": device_id,
            },
            timeout=timeout,
        )

    async def update_profile_image(
        self,
        device_id: str,
        *,
        url: str | None = None,
        image: str | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update Profile Image: Set the profile picture.

        `PUT /devices/{deviceId}/profile/image` (operation
        `profile.updateProfileImage`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            url: JPG/PNG URL <=1MB (body `url`).
            image: base64 JPG/PNG <=1MB (body `image`).
        """
        return await self._client.call(
            "profile.updateProfileImage",
            {
                "deviceId": device_id,
                "url": url,
                "image": image,
            },
            timeout=timeout,
        )
