# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.
"""User Status: `client.user_status`, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from .._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .._base import TimeoutTypes

__all__ = ["AsyncUserStatusResource", "UserStatusResource"]


class UserStatusResource(SyncResource):
    """User Status: 4 operations of `user-status`."""

    def get_user_status(
        self,
        device_id: str,
        *,
        flow: Literal["inbound", "outbound"] | None = None,
        mine: bool | None = None,
        scheduled: bool | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        search: str | None = None,
        chat: str | None = None,
        phone: str | None = None,
        reference: str | None = None,
        type: Literal["text", "image", "video"] | Sequence[Literal["text", "image", "video"]] | None = None,
        begin: str | None = None,
        end: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get User Status: List WhatsApp Status (stories) entries.

        `GET /chat/{deviceId}/status` (operation `user-status.getUserStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            flow: inbound or outbound (query `flow`).
            mine: only own published statuses (query `mine`; default false).
            scheduled: only scheduled (future) statuses (query `scheduled`; default
                false).
            ack: delivery ack (query `ack`).
            wid: status WIDs (query `wid`).
            search: text, contact name or filename (query `search`).
            chat: chat WID (query `chat`).
            phone: author phone or WID (query `phone`).
            reference: exact reference (query `reference`).
            type: entry kind text/image/video (sent under key 'type'; API may expect
                'kind') (query `type`).
            begin: cursor newest from id (query `begin`).
            end: cursor oldest from id (query `end`).
            after: created after (query `after`).
            before: created before (query `before`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return self._client.call(
            "user-status.getUserStatus",
            {
                "deviceId": device_id,
                "flow": flow,
                "mine": mine,
                "scheduled": scheduled,
                "ack": ack,
                "wid": wid,
                "search": search,
                "chat": chat,
                "phone": phone,
                "reference": reference,
                "type": type,
                "begin": begin,
                "end": end,
                "after": after,
                "before": before,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_user_status(
        self,
        device_id: str,
        *,
        flow: Literal["inbound", "outbound"] | None = None,
        mine: bool | None = None,
        scheduled: bool | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        search: str | None = None,
        chat: str | None = None,
        phone: str | None = None,
        reference: str | None = None,
        type: Literal["text", "image", "video"] | Sequence[Literal["text", "image", "video"]] | None = None,
        begin: str | None = None,
        end: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Iterator[Any]:
        """Every element of `get_user_status`, fetching page after page while pages come
        back full.

        `GET /chat/{deviceId}/status` (operation `user-status.getUserStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            flow: inbound or outbound (query `flow`).
            mine: only own published statuses (query `mine`; default false).
            scheduled: only scheduled (future) statuses (query `scheduled`; default
                false).
            ack: delivery ack (query `ack`).
            wid: status WIDs (query `wid`).
            search: text, contact name or filename (query `search`).
            chat: chat WID (query `chat`).
            phone: author phone or WID (query `phone`).
            reference: exact reference (query `reference`).
            type: entry kind text/image/video (sent under key 'type'; API may expect
                'kind') (query `type`).
            begin: cursor newest from id (query `begin`).
            end: cursor oldest from id (query `end`).
            after: created after (query `after`).
            before: created before (query `before`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "user-status.getUserStatus",
            {
                "deviceId": device_id,
                "flow": flow,
                "mine": mine,
                "scheduled": scheduled,
                "ack": ack,
                "wid": wid,
                "search": search,
                "chat": chat,
                "phone": phone,
                "reference": reference,
                "type": type,
                "begin": begin,
                "end": end,
                "after": after,
                "before": before,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    def get_user_status_by_id(
        self,
        device_id: str,
        status_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get User Status by ID: Get one status entry.

        `GET /chat/{deviceId}/status/{statusId}` (operation `user-
        status.getUserStatusById`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            status_id: status id: 20-22 hex WID or 24-hex internal id (path
                `statusId`).
        """
        return self._client.call(
            "user-status.getUserStatusById",
            {
                "deviceId": device_id,
                "statusId": status_id,
            },
            timeout=timeout,
        )

    def update_user_status(
        self,
        device_id: str,
        *,
        message: str | None = None,
        font: Literal["helvetica", "serif", "norican"] | None = None,
        color: Literal[
            "red_purple",
            "moss_green",
            "dark_khaki",
            "wine_red",
            "light_taupe",
            "goldenrod",
            "olive_green",
            "light_plum",
            "dark_purple",
            "light_coral",
            "medium_sea_green",
            "salmon",
            "sky_blue",
            "light_sky_blue",
            "dark_taupe",
            "slate_gray",
            "dodger_blue",
            "dark_magenta",
            "seafoam_green",
            "charcoal",
            "periwinkle",
        ]
        | None = None,
        reference: str | None = None,
        media_url: str | None = None,
        media_file: str | None = None,
        media_message: str | None = None,
        media_filename: str | None = None,
        media_format: Literal["native", "gif", "ptt"] | None = None,
        schedule_delay: int | None = None,
        schedule_delay_to: Literal["15m", "30m", "1h", "2h", "6h", "12h", "1d", "2d", "3d", "1w"]
        | None = None,
        schedule_date: str | datetime | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update User Status: Publish (or schedule) a text or media WhatsApp Status.

        `POST /chat/{deviceId}/status` (operation `user-status.updateUserStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            message: status text <=650 (body `message`).
            font: text font (text only) (body `font`; default "helvetica").
            color: background colour (text only) (body `color`; default "sky_blue").
            reference: own reference <=150 (body `reference`).
            media_url: image/video URL; media.url (body `media.url`).
            media_file: stored file id; media.file (body `media.file`; choices from
                `getFiles`).
            media_message: caption; media.message (body `media.message`).
            media_filename: filename; media.filename (body `media.filename`).
            media_format: media.format; 'native' not sent (body `media.format`;
                default "native").
            schedule_delay: seconds from now; schedule.delay (body `schedule.delay`;
                default 60).
            schedule_delay_to: relative time notation; schedule.delayTo (body
                `schedule.delayTo`; default "1h").
            schedule_date: absolute publish time; schedule.date (body
                `schedule.date`).
        """
        return self._client.call(
            "user-status.updateUserStatus",
            {
                "deviceId": device_id,
                "message": message,
                "font": font,
                "color": color,
                "reference": reference,
                "media.url": media_url,
                "media.file": media_file,
                "media.message": media_message,
                "media.filename": media_filename,
                "media.format": media_format,
                "schedule.delay": schedule_delay,
                "schedule.delayTo": schedule_delay_to,
                "schedule.date": schedule_date,
            },
            timeout=timeout,
        )

    def delete_user_status(
        self,
        device_id: str,
        *,
        all: bool | None = None,
        scheduled: str | Sequence[str] | None = None,
        status: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete User Status: Delete all, scheduled, or specific statuses.

        `DELETE /chat/{deviceId}/status` (operation `user-status.deleteUserStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            all: true when deleteMethod=all (body `all`).
            scheduled: scheduled status ids (24-hex) (body `scheduled`).
            status: published status WIDs (body `status`).
        """
        return self._client.call(
            "user-status.deleteUserStatus",
            {
                "deviceId": device_id,
                "all": all,
                "scheduled": scheduled,
                "status": status,
            },
            timeout=timeout,
        )


class AsyncUserStatusResource(AsyncResource):
    """User Status: 4 operations of `user-status`."""

    async def get_user_status(
        self,
        device_id: str,
        *,
        flow: Literal["inbound", "outbound"] | None = None,
        mine: bool | None = None,
        scheduled: bool | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        search: str | None = None,
        chat: str | None = None,
        phone: str | None = None,
        reference: str | None = None,
        type: Literal["text", "image", "video"] | Sequence[Literal["text", "image", "video"]] | None = None,
        begin: str | None = None,
        end: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        page: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get User Status: List WhatsApp Status (stories) entries.

        `GET /chat/{deviceId}/status` (operation `user-status.getUserStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            flow: inbound or outbound (query `flow`).
            mine: only own published statuses (query `mine`; default false).
            scheduled: only scheduled (future) statuses (query `scheduled`; default
                false).
            ack: delivery ack (query `ack`).
            wid: status WIDs (query `wid`).
            search: text, contact name or filename (query `search`).
            chat: chat WID (query `chat`).
            phone: author phone or WID (query `phone`).
            reference: exact reference (query `reference`).
            type: entry kind text/image/video (sent under key 'type'; API may expect
                'kind') (query `type`).
            begin: cursor newest from id (query `begin`).
            end: cursor oldest from id (query `end`).
            after: created after (query `after`).
            before: created before (query `before`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
            page: page index, 0-based (query `page`; default 0).
        """
        return await self._client.call(
            "user-status.getUserStatus",
            {
                "deviceId": device_id,
                "flow": flow,
                "mine": mine,
                "scheduled": scheduled,
                "ack": ack,
                "wid": wid,
                "search": search,
                "chat": chat,
                "phone": phone,
                "reference": reference,
                "type": type,
                "begin": begin,
                "end": end,
                "after": after,
                "before": before,
                "sort": sort,
                "size": size,
                "page": page,
            },
            timeout=timeout,
        )

    def iter_get_user_status(
        self,
        device_id: str,
        *,
        flow: Literal["inbound", "outbound"] | None = None,
        mine: bool | None = None,
        scheduled: bool | None = None,
        ack: Literal["pending", "sent", "delivered", "read", "failed"]
        | Sequence[Literal["pending", "sent", "delivered", "read", "failed"]]
        | None = None,
        wid: str | Sequence[str] | None = None,
        search: str | None = None,
        chat: str | None = None,
        phone: str | None = None,
        reference: str | None = None,
        type: Literal["text", "image", "video"] | Sequence[Literal["text", "image", "video"]] | None = None,
        begin: str | None = None,
        end: str | None = None,
        after: str | datetime | None = None,
        before: str | datetime | None = None,
        sort: Literal["date:desc", "date:asc"] | None = None,
        size: int | None = None,
        timeout: TimeoutTypes = None,
    ) -> AsyncIterator[Any]:
        """Every element of `get_user_status`, fetching page after page while pages come
        back full.

        `GET /chat/{deviceId}/status` (operation `user-status.getUserStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            flow: inbound or outbound (query `flow`).
            mine: only own published statuses (query `mine`; default false).
            scheduled: only scheduled (future) statuses (query `scheduled`; default
                false).
            ack: delivery ack (query `ack`).
            wid: status WIDs (query `wid`).
            search: text, contact name or filename (query `search`).
            chat: chat WID (query `chat`).
            phone: author phone or WID (query `phone`).
            reference: exact reference (query `reference`).
            type: entry kind text/image/video (sent under key 'type'; API may expect
                'kind') (query `type`).
            begin: cursor newest from id (query `begin`).
            end: cursor oldest from id (query `end`).
            after: created after (query `after`).
            before: created before (query `before`).
            sort: date asc/desc (query `sort`; default "date:desc").
            size: page size (results per page) (query `size`; default 20).
        """
        return self._client.iterate(
            "user-status.getUserStatus",
            {
                "deviceId": device_id,
                "flow": flow,
                "mine": mine,
                "scheduled": scheduled,
                "ack": ack,
                "wid": wid,
                "search": search,
                "chat": chat,
                "phone": phone,
                "reference": reference,
                "type": type,
                "begin": begin,
                "end": end,
                "after": after,
                "before": before,
                "sort": sort,
                "size": size,
            },
            timeout=timeout,
        )

    async def get_user_status_by_id(
        self,
        device_id: str,
        status_id: str,
        *,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Get User Status by ID: Get one status entry.

        `GET /chat/{deviceId}/status/{statusId}` (operation `user-
        status.getUserStatusById`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            status_id: status id: 20-22 hex WID or 24-hex internal id (path
                `statusId`).
        """
        return await self._client.call(
            "user-status.getUserStatusById",
            {
                "deviceId": device_id,
                "statusId": status_id,
            },
            timeout=timeout,
        )

    async def update_user_status(
        self,
        device_id: str,
        *,
        message: str | None = None,
        font: Literal["helvetica", "serif", "norican"] | None = None,
        color: Literal[
            "red_purple",
            "moss_green",
            "dark_khaki",
            "wine_red",
            "light_taupe",
            "goldenrod",
            "olive_green",
            "light_plum",
            "dark_purple",
            "light_coral",
            "medium_sea_green",
            "salmon",
            "sky_blue",
            "light_sky_blue",
            "dark_taupe",
            "slate_gray",
            "dodger_blue",
            "dark_magenta",
            "seafoam_green",
            "charcoal",
            "periwinkle",
        ]
        | None = None,
        reference: str | None = None,
        media_url: str | None = None,
        media_file: str | None = None,
        media_message: str | None = None,
        media_filename: str | None = None,
        media_format: Literal["native", "gif", "ptt"] | None = None,
        schedule_delay: int | None = None,
        schedule_delay_to: Literal["15m", "30m", "1h", "2h", "6h", "12h", "1d", "2d", "3d", "1w"]
        | None = None,
        schedule_date: str | datetime | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Update User Status: Publish (or schedule) a text or media WhatsApp Status.

        `POST /chat/{deviceId}/status` (operation `user-status.updateUserStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            message: status text <=650 (body `message`).
            font: text font (text only) (body `font`; default "helvetica").
            color: background colour (text only) (body `color`; default "sky_blue").
            reference: own reference <=150 (body `reference`).
            media_url: image/video URL; media.url (body `media.url`).
            media_file: stored file id; media.file (body `media.file`; choices from
                `getFiles`).
            media_message: caption; media.message (body `media.message`).
            media_filename: filename; media.filename (body `media.filename`).
            media_format: media.format; 'native' not sent (body `media.format`;
                default "native").
            schedule_delay: seconds from now; schedule.delay (body `schedule.delay`;
                default 60).
            schedule_delay_to: relative time notation; schedule.delayTo (body
                `schedule.delayTo`; default "1h").
            schedule_date: absolute publish time; schedule.date (body
                `schedule.date`).
        """
        return await self._client.call(
            "user-status.updateUserStatus",
            {
                "deviceId": device_id,
                "message": message,
                "font": font,
                "color": color,
                "reference": reference,
                "media.url": media_url,
                "media.file": media_file,
                "media.message": media_message,
                "media.filename": media_filename,
                "media.format": media_format,
                "schedule.delay": schedule_delay,
                "schedule.delayTo": schedule_delay_to,
                "schedule.date": schedule_date,
            },
            timeout=timeout,
        )

    async def delete_user_status(
        self,
        device_id: str,
        *,
        all: bool | None = None,
        scheduled: str | Sequence[str] | None = None,
        status: str | Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> Any:
        """Delete User Status: Delete all, scheduled, or specific statuses.

        `DELETE /chat/{deviceId}/status` (operation `user-status.deleteUserStatus`).

        Args:
            device_id: WhatsApp number (device) id, 24-hex; UI offers a dropdown
                from getDevices (path `deviceId`; choices from `getDevices`).
            all: true when deleteMethod=all (body `all`).
            scheduled: scheduled status ids (24-hex) (body `scheduled`).
            status: published status WIDs (body `status`).
        """
        return await self._client.call(
            "user-status.deleteUserStatus",
            {
                "deviceId": device_id,
                "all": all,
                "scheduled": scheduled,
                "status": status,
            },
            timeout=timeout,
        )
