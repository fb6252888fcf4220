"""What a number shows of itself on WhatsApp, as the services hand it to an engine: its profile,
the statuses (stories) it publishes, its call links, and the products of business catalogues."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

__all__ = ["CallLinkKind", "ProfileChange", "Product", "StatusPost"]

CallLinkKind = Literal["voice", "video"]


@dataclass(frozen=True, slots=True)
class ProfileChange:
    """Set on the number's WhatsApp profile what is not None: the public `name`, the `about` text
    (`""` clears it), the business profile's fields (`business`, the fields given only), the
    picture (`image`, with its `image_type`)."""

    device_id: str
    at: datetime
    name: str | None = None
    about: str | None = None
    business: Mapping[str, Any] | None = None
    image: bytes | None = None
    image_type: str | None = None


@dataclass(frozen=True, slots=True)
class StatusPost:
    """A status (story) the number publishes: `text` (with `font` and background `color`) or
    media (`image`, `video`) at `media_url` with `text` as its caption. `wa_id` is its WhatsApp
    id: the same post handed over twice carries the same `wa_id`, and is published once."""

    device_id: str
    wa_id: str
    kind: Literal["text", "image", "video"]
    at: datetime
    text: str | None = None
    font: str | None = None
    color: str | None = None
    media: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Product:
    """A product of a WhatsApp Business catalogue; `id` is WhatsApp's (16 digits), `price` a
    decimal text in `currency`."""

    id: str
    name: str
    description: str
    price: str
    currency: str
    available: bool = True
