"""WhatsApp channels as the services hand them to an engine: what a number does with a channel
(create, update, delete, follow, unfollow), a search of the public directory, and a channel as
WhatsApp describes it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

__all__ = ["ChannelAction", "ChannelInfo", "ChannelSearch", "channel_link"]

CHANNEL_LINK = "https://whatsapp.com/channel/"


def channel_link(code: str) -> str:
    """The invite link of a channel's code."""
    return CHANNEL_LINK + code


@dataclass(frozen=True, slots=True)
class ChannelInfo:
    """A channel as WhatsApp describes it: its WID (`<digits>@newsletter`), name, description,
    invite code, followers, when it was created; a directory channel has a `country` (ISO 3166-1
    alpha-2) and the directory `categories` it shows under."""

    wid: str
    name: str
    description: str
    invite_code: str
    followers: int
    created_at: datetime
    country: str | None = None
    categories: tuple[str, ...] = ()
    verified: bool = False


@dataclass(frozen=True, slots=True)
class ChannelAction:
    """Something a number does with a channel on WhatsApp: `create` it (`name`, `description`,
    picture), `update` its own (the fields not None; `image` with `image_type`), `delete` its own,
    `follow` one by invite `code`, `unfollow` one (`wid`)."""

    device_id: str
    action: Literal["create", "update", "delete", "follow", "unfollow"]
    at: datetime
    wid: str | None = None
    code: str | None = None
    name: str | None = None
    description: str | None = None
    image: bytes | None = None
    image_type: str | None = None


@dataclass(frozen=True, slots=True)
class ChannelSearch:
    """A search of WhatsApp's public channel directory: `text` in a name or description (any
    case; "" is everything), one directory `category`, only `countries` (empty: any), sorted by
    `field` (`creation_time` or `subscribers`) in `order`, at most `limit`."""

    text: str = ""
    limit: int = 50
    category: str = "recommended"
    order: Literal["asc", "desc"] = "desc"
    field: Literal["creation_time", "subscribers"] = "subscribers"
    countries: tuple[str, ...] = ()
