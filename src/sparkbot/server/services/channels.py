"""Channels (8 operations): list, get, create, update, set the picture, delete or unfollow, join by
code or link, search the public directory. The channels a number owns or follows are kept here as
WhatsApp last told them; what goes to WhatsApp goes through the engine (`Engine.channel`).

The rules where the catalogue is silent:

- A number of another account is never found (404), and neither is a channel the number has not
  (owned or followed): 404 `not_found`. `channelId` is the WID with or without `@newsletter`
  (`120363012345678901` or `120363012345678901@newsletter`); anything else is a 400.
- A channel is `{id, wid (the same WID, as the node's picker reads it), name, description, role,
  inviteCode, link, followers, image, createdAt, addedAt, updatedAt}`: `role` `owner` or `follower`; `link` `https://whatsapp.com/channel/<code>`;
  `image` `{type, size, sha256}` or null.
- `getDeviceChannels`: the number's channels in the order it got them; `permission` filters by
  role: `owner` (or `admin`) or `follower` (or `subscriber`), any case; `size` (1 to 500, default
  20) and `page` (0-based).
- `createChannel` (201): `name` 1 to 100 characters (not blank), `description` at most 2,048;
  a picture in `image.url` (fetched by this server under the address policy of file uploads:
  `http(s)`, no link-local or metadata addresses, `file_fetch_allow`) or `image.data` (base64 or
  a `data:` URL), not both: a JPEG or PNG by its first bytes, 1 byte to 1 MB. The number owns it.
- `updateChannel`: `name` (required by the catalogue, checked as on create), `description`
  (`""` is no value: kept), `image` a picture URL (as `image.url`, or a `data:` URL). Only the
  owner: a follower gets a 403 `not_channel_owner`. `channelUpdateImage` (PUT): `url` or `image`
  (base64), exactly one; owner only.
- `deleteChannel`: the owner deletes the channel (for every number of this server that follows
  it too); a follower unfollows it. Answers `{id, deleted: true, action: "deleted" | "unfollowed"}`.
- `joinChannel`: `code` or `url` (`https://whatsapp.com/channel/<code>`; `channels/`, `www.` and
  `http` are taken too), exactly one. A code no channel has is a 404 `channel_not_found`. A channel
  the number has already is answered as it is (200, nothing changes). Joining a channel a number
  of this server owns adds one to its followers.
- `searchChannels`: `search` (at most 100 characters), `limit` 1 to 50 (default 50), `category`
  `recommended` (everything), `trending`, `popular`, `new`, `featured`, `sort` `desc`/`asc` by
  `sortField` `subscribers` (default) or `creation_time`, `countries` up to 10 ISO 3166-1 alpha-2
  codes (any case). Answers a list of `{id, wid, name, description, country, categories,
  subscribers, verified, inviteCode, link, createdAt}`.
- What goes to WhatsApp (create, update, picture, delete, join, search) needs the number online
  (409 `not_online`); list and get read what is kept here. Every check is made before anything
  is done.
- Posting to a channel is `POST /v1/messages` with `channel`: the number must own it, else the
  message fails with a reason that says so (the sandbox checks when it sends).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import phonenumbers

from ..clock import Clock
from ..db import Account, Database, Device, Inbox
from ..db.channels import ChannelStore
from ..db.models import Channel
from ..engines import Engine, InboundMessage, SandboxEngine
from ..engines.channels import ChannelAction, ChannelInfo, ChannelSearch, channel_link
from ..problems import ApiProblem, conflict, invalid, not_found
from ..settings import Settings
from . import pictures
from .delivery import new_wa_id
from .files import FileService
from .inboxviews import chat_message_view
from .numbers import NumberService
from .online import require_online
from .paging import page_and_size
from .pictures import NewPicture
from .views import iso

__all__ = [
    "CATEGORIES",
    "COUNTRIES_MAX",
    "DESCRIPTION_MAX",
    "NAME_MAX",
    "ChannelService",
    "channel_view",
    "directory_view",
    "parse_channel_id",
]

NAME_MAX = 100
DESCRIPTION_MAX = 2048
SEARCH_MAX = 100
LIMIT_MAX = 50
COUNTRIES_MAX = 10
FOLLOW_MAX = 1_000_000
CATEGORIES = ("recommended", "trending", "popular", "new", "featured")
_ROLES = {"owner": "owner", "admin": "owner", "follower": "follower", "subscriber": "follower"}
_CHANNEL_ID = re.compile(r"^(\d{5,24})(?:@newsletter)?$")
_CODE = re.compile(r"^[A-Za-z0-9_-]{6,64}$")
_LINK = re.compile(r"^https?://(?:www\.)?whatsapp\.com/channels?/([A-Za-z0-9_-]{6,64})/?(?:[?#].*)?$")


def parse_channel_id(value: Any) -> str:
    """A channel's WID from `channelId` (with or without `@newsletter`), else 400."""
    found = _CHANNEL_ID.fullmatch(str(value).strip()) if isinstance(value, str) else None
    if found is None:
        message = f"channelId must be a channel id like 120363012345678901@newsletter, got {value!r}"
        raise invalid("channelId", message)
    return f"{found[1]}@newsletter"


def channel_view(channel: Channel) -> dict[str, Any]:
    image = None
    if channel.image_type is not None:
        image = {"type": channel.image_type, "size": channel.image_size, "sha256": channel.image_sha256}
    return {
        "id": channel.wid,
        "wid": channel.wid,
        "name": channel.name,
        "description": channel.description or "",
        "role": channel.role,
        "inviteCode": channel.invite_code,
        "link": channel_link(channel.invite_code),
        "followers": channel.followers,
        "image": image,
        "createdAt": iso(channel.created_at),
        "addedAt": iso(channel.added_at),
        "updatedAt": iso(channel.updated_at),
    }


def directory_view(channel: ChannelInfo) -> dict[str, Any]:
    return {
        "id": channel.wid,
        "wid": channel.wid,
        "name": channel.name,
        "description": channel.description,
        "country": channel.country,
        "categories": list(channel.categories),
        "subscribers": channel.followers,
        "verified": channel.verified,
        "inviteCode": channel.invite_code,
        "link": channel_link(channel.invite_code),
        "createdAt": iso(channel.created_at),
    }


def _name(value: Any) -> str:
    name = str(value).strip() if isinstance(value, str) else ""
    if not 1 <= len(name) <= NAME_MAX:
        raise invalid("name", f"name must be 1 to {NAME_MAX} characters (not blank), got {value!r}"[:300])
    return name


def _description(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise invalid("description", "description must be text")
    if len(value) > DESCRIPTION_MAX:
        message = f"description must be at most {DESCRIPTION_MAX} characters, got {len(value)}"
        raise invalid("description", message)
    return value


class ChannelService:
    """The channels of an account's numbers; the rules are in the module docstring."""

    def __init__(
        self,
        settings: Settings,
        database: Database,
        engine: Engine,
        clock: Clock,
        numbers: NumberService,
        files: FileService,
        inbox: Inbox,
    ) -> None:
        self._settings = settings
        self._channels = ChannelStore(database)
        self._engine = engine
        self._clock = clock
        self._numbers = numbers
        self._files = files
        self._inbox = inbox

    # reading
    async def of_number(
        self, account: Account, device_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        role: str | None = None
        permission = values.get("permission")
        if permission not in (None, ""):
            role = _ROLES.get(str(permission).strip().lower())
            if role is None:
                message = f"permission must be owner or follower (admin, subscriber), got {permission!r}"
                raise invalid("permission", message)
        paging = page_and_size(values, 20)
        if paging is None:
            return []
        page, size = paging
        found = await self._channels.of_number(device.id, role, page * size, size)
        return [channel_view(c) for c in found]

    async def _require(self, account: Account, device_id: str, channel_id: Any) -> tuple[Device, Channel]:
        device = await self._numbers.require(account, device_id)
        wid = parse_channel_id(channel_id)
        channel = await self._channels.get(device.id, wid)
        if channel is None:
            raise not_found("channel of this number", wid)
        return device, channel

    async def get(self, account: Account, device_id: str, channel_id: Any) -> dict[str, Any]:
        _, channel = await self._require(account, device_id, channel_id)
        return channel_view(channel)

    # pictures
    async def _picture(self, given: NewPicture | str | None, field: str) -> dict[str, Any]:
        """The `image*` columns of the picture `given` found (its URL fetched), or none."""
        picture = await pictures.fetched(given, field, self._files.fetch_bytes)
        return picture.columns() if picture is not None else {}

    # writing
    async def create(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        name = _name(values.get("name"))
        description = _description(values.get("description"))
        given = pictures.given(
            values.get("image.url"), values.get("image.data"), url_field="image.url", data_field="image.data"
        )
        require_online(device, "creating a channel")
        image = await self._picture(given, "image.url")
        now = self._clock.now()
        action = ChannelAction(
            device.id,
            "create",
            now,
            name=name,
            description=description,
            image=image.get("image"),
            image_type=image.get("image_type"),
        )
        info = await self._engine.channel(action)
        if info is None:
            raise ApiProblem(502, "engine_error", "WhatsApp did not create the channel: try again")
        row = {
            **self._row(device, account, info, "owner", now),
            "name": name,
            "description": description,
            **image,
        }
        stored, _ = await self._channels.add(row)
        return channel_view(stored)

    @staticmethod
    def _row(device: Device, account: Account, info: ChannelInfo, role: str, now: Any) -> dict[str, Any]:
        return {
            "device_id": device.id,
            "wid": info.wid,
            "account_id": account.id,
            "role": role,
            "name": info.name[:NAME_MAX] or info.wid,
            "description": info.description or None,
            "invite_code": info.invite_code,
            "followers": info.followers,
            "country": info.country,
            "created_at": info.created_at,
            "added_at": now,
            "updated_at": now,
        }

    async def _owned(self, account: Account, device_id: str, channel_id: Any) -> tuple[Device, Channel]:
        device, channel = await self._require(account, device_id, channel_id)
        if channel.role != "owner":
            message = (
                f"the number follows the channel {channel.wid} but does not own it: "
                "only its owner can change it"
            )
            raise ApiProblem(403, "not_channel_owner", message, [{"field": "channelId", "message": message}])
        return device, channel

    async def _changed(
        self, device: Device, channel: Channel, values: dict[str, Any], action: ChannelAction
    ) -> dict[str, Any]:
        await self._engine.channel(action)
        changed = await self._channels.change(device.id, channel.wid, values)
        if changed is None:  # deleted meanwhile
            raise not_found("channel of this number", channel.wid)
        return channel_view(changed)

    async def update(
        self, account: Account, device_id: str, channel_id: Any, values: Mapping[str, Any]
    ) -> dict[str, Any]:
        device, channel = await self._owned(account, device_id, channel_id)
        name = _name(values.get("name"))
        description = _description(values.get("description"))
        given = pictures.given(values.get("image"), None, url_field="image", data_field="image")
        require_online(device, "changing a channel")
        image = await self._picture(given, "image")
        now = self._clock.now()
        changes: dict[str, Any] = {"name": name, "updated_at": now, **image}
        if description is not None:
            changes["description"] = description
        action = ChannelAction(
            device.id,
            "update",
            now,
            wid=channel.wid,
            name=name,
            description=description,
            image=image.get("image"),
            image_type=image.get("image_type"),
        )
        return await self._changed(device, channel, changes, action)

    async def set_image(
        self, account: Account, device_id: str, channel_id: Any, values: Mapping[str, Any]
    ) -> dict[str, Any]:
        device, channel = await self._owned(account, device_id, channel_id)
        given = pictures.required(values)
        require_online(device, "setting a channel's picture")
        image = await self._picture(given, "url")
        now = self._clock.now()
        action = ChannelAction(
            device.id, "update", now, wid=channel.wid, image=image["image"], image_type=image["image_type"]
        )
        return await self._changed(device, channel, {**image, "updated_at": now}, action)

    async def delete(self, account: Account, device_id: str, channel_id: Any) -> dict[str, Any]:
        device, channel = await self._require(account, device_id, channel_id)
        owner = channel.role == "owner"
        require_online(device, "deleting a channel" if owner else "unfollowing a channel")
        now = self._clock.now()
        await self._engine.channel(
            ChannelAction(device.id, "delete" if owner else "unfollow", now, wid=channel.wid)
        )
        if await self._channels.remove(device.id, channel.wid) is None:
            raise not_found("channel of this number", channel.wid)
        return {"id": channel.wid, "deleted": True, "action": "deleted" if owner else "unfollowed"}

    async def join(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        code = _join_code(values.get("code") or None, values.get("url") or None)
        require_online(device, "joining a channel")
        now = self._clock.now()
        info = await self._engine.channel(ChannelAction(device.id, "follow", now, code=code))
        if info is None:
            message = f"no channel has the invite code {code!r}: check the code or link"
            raise ApiProblem(404, "channel_not_found", message, [{"field": "code", "message": message}])
        stored, _ = await self._channels.add(self._row(device, account, info, "follower", now))
        return channel_view(stored)

    async def search(
        self, account: Account, device_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        query = _search(values)
        require_online(device, "searching the channel directory")
        return [directory_view(c) for c in await self._engine.search_channels(device.id, query)]

    # the sandbox's side: a channel gains followers, a followed channel posts
    def _sandbox(self) -> SandboxEngine:
        if not isinstance(self._engine, SandboxEngine):
            raise ApiProblem(404, "not_found", "this server does not run the sandbox engine")
        return self._engine

    async def sandbox_follow(
        self, account: Account, device_id: str, channel_id: str, count: int
    ) -> dict[str, Any]:
        self._sandbox()
        device, channel = await self._require(account, device_id, channel_id)
        if not 1 <= count <= FOLLOW_MAX:
            raise invalid("count", f"count must be 1 to {FOLLOW_MAX}, got {count}")
        changed = await self._channels.add_followers(device.id, channel.wid, count, self._clock.now())
        if changed is None:
            raise not_found("channel of this number", channel.wid)
        return channel_view(changed)

    async def sandbox_post(
        self, account: Account, device_id: str, channel_id: str, text: str
    ) -> dict[str, Any]:
        engine = self._sandbox()
        device, channel = await self._require(account, device_id, channel_id)
        if channel.role == "owner":
            raise conflict(
                "channel_owned",
                "the number owns this channel: its posts are sent with POST /v1/messages (channel)",
                "channelId",
            )
        if device.session_status != "online":
            raise conflict(
                "not_online", f"the session is {device.session_status}: posts reach only online numbers"
            )
        message = InboundMessage(
            device_id=device.id,
            wa_id=new_wa_id(),
            chat=channel.wid,
            sender=channel.wid,
            at=self._clock.now(),
            body=text,
            push_name=channel.name,
            chat_name=channel.name,
        )
        if not await engine.receive(message):
            raise conflict("not_received", "the number did not take the channel's post")
        stored = await self._inbox.message(device.id, message.wa_id)
        return {
            "device": device.id,
            "channel": channel.wid,
            "message": chat_message_view(stored) if stored else None,
        }


def _join_code(code: Any, url: Any) -> str:
    if (code is None) == (url is None):
        raise invalid(
            "code", "give one of code (an invite code) and url (https://whatsapp.com/channel/<code>)"
        )
    if code is not None:
        text = str(code).strip()
        if not _CODE.fullmatch(text):
            raise invalid(
                "code", f"code must be a channel invite code (6 to 64 letters and digits), got {code!r}"[:300]
            )
        return text
    found = _LINK.fullmatch(str(url).strip())
    if found is None:
        message = f"url must be a channel link like https://whatsapp.com/channel/<code>, got {url!r}"
        raise invalid("url", message[:300])
    return found[1]


def _search(values: Mapping[str, Any]) -> ChannelSearch:
    text = values.get("search") or ""
    if not isinstance(text, str) or len(text) > SEARCH_MAX:
        raise invalid("search", f"search must be text of at most {SEARCH_MAX} characters")
    limit = values.get("limit", LIMIT_MAX)
    if (
        isinstance(limit, bool)
        or not isinstance(limit, int | float)
        or limit != int(limit)
        or not 1 <= limit <= LIMIT_MAX
    ):
        raise invalid("limit", f"limit must be a whole number, 1 to {LIMIT_MAX}, got {limit!r}")
    category = values.get("category") or "recommended"
    if category not in CATEGORIES:
        raise invalid("category", f"category must be one of {', '.join(CATEGORIES)}, got {category!r}")
    order = values.get("sort") or "desc"
    if order not in ("asc", "desc"):
        raise invalid("sort", f"sort must be asc or desc, got {order!r}")
    field = values.get("sortField") or "subscribers"
    if field not in ("creation_time", "subscribers"):
        raise invalid("sortField", f"sortField must be creation_time or subscribers, got {field!r}")
    given = values.get("countries") or []
    if isinstance(given, str):
        given = [part for part in given.split(",") if part.strip()]
    if not isinstance(given, list | tuple):
        raise invalid("countries", "countries must be a list of ISO 3166-1 alpha-2 codes like GB")
    if len(given) > COUNTRIES_MAX:
        raise invalid("countries", f"countries takes at most {COUNTRIES_MAX} codes, got {len(given)}")
    countries: list[str] = []
    for i, code in enumerate(given):
        text_code = str(code).strip().upper() if isinstance(code, str) else ""
        if len(text_code) != 2 or text_code not in phonenumbers.SUPPORTED_REGIONS:
            raise invalid(
                f"countries[{i}]", f"countries[{i}] must be an ISO 3166-1 alpha-2 code like GB, got {code!r}"
            )
        if text_code not in countries:
            countries.append(text_code)
    return ChannelSearch(
        text=text,
        limit=int(limit),
        category=str(category),
        order="asc" if order == "asc" else "desc",
        field="creation_time" if field == "creation_time" else "subscribers",
        countries=tuple(countries),
    )
