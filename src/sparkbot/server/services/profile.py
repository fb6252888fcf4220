"""WhatsApp profile (4 operations): a number's public name, about text, business profile and
picture, set on WhatsApp through the engine and kept here as last set.

The rules where the catalogue is silent:

- A number of another account is never found (404).
- `deviceProfile` answers the profile as last set here (no session needed): `{device, phone, wid,
  name, status (the about text), businessProfile: {address, description, email, websites,
  categories, businessHours: {timezone}}, image: {type, size, sha256, updatedAt} or null,
  updatedAt}`; a field never set is null (`websites` and `categories`: `[]`). `include` is
  accepted and adds nothing.
- `deviceProfileUpdate` sets the fields given, keeps the others: `name` 1 to 25 characters (not
  blank); `status` at most 130; `businessProfile.address` and `.description` at most 256,
  `.email` at most 128 and an address; `.websites` up to 2 http(s) URLs of at most 256
  characters; `.categories` up to 3 of the catalogue's, no repeats; `.businessHours.timezone` an
  IANA time zone. `""` is no value (as everywhere on this server): a text is replaced, never
  cleared. Giving none of them is a 400. The number
  must be online (409 `not_online`): WhatsApp takes the change (`Engine.set_profile`), then it is
  stored, in one transaction; it answers the profile.
- `updateProfileImage` (PUT) takes the picture's bytes as base64 in `image` (a `data:` URL
  too) or as a `data:` URL in `url`: this server fetches no URL, so any other `url` is a 400.
  Exactly one of them. The bytes must be a PNG, JPEG or WEBP picture (by their first bytes),
  1 byte to 1 MB; else 400. The number must be online (409); it answers the profile.
- `deviceProfileImage` answers the picture's bytes with their content type (`image/png`,
  `image/jpeg`, `image/webp`) as last set here; 404 when none was set.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ...spec import get_operation
from ..clock import Clock
from ..db import Account, Database, Device
from ..db.models import Profile
from ..db.profiles import ProfileStore
from ..engines import Engine, ProfileChange
from ..problems import invalid, not_found
from .numbers import NumberService
from .online import require_online
from .views import iso
from .wids import wid_of

__all__ = ["MAX_IMAGE", "Picture", "ProfileService", "image_type", "profile_view"]

MAX_IMAGE = 1024 * 1024
_PREFIX = "businessProfile."
_LIMITS = {"address": 256, "description": 256, "email": 128}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_DATA_URL = re.compile(r"data:(?P<type>[\w.+/-]*)(?:;[\w=.+-]+)*;base64,(?P<data>.*)", re.DOTALL)
_UPDATE = get_operation("profile.deviceProfileUpdate")
CATEGORIES = frozenset(str(o) for o in _UPDATE.param(_PREFIX + "categories").options)


def image_type(data: bytes) -> str | None:
    """The picture's content type by its first bytes: PNG, JPEG or WEBP; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def profile_view(device: Device, profile: Profile | None) -> dict[str, Any]:
    business = dict(profile.business) if profile is not None else {}
    hours = business.get("businessHours")
    image = None
    if profile is not None and profile.image_type is not None:
        image = {
            "type": profile.image_type,
            "size": profile.image_size,
            "sha256": profile.image_sha256,
            "updatedAt": iso(profile.image_updated_at),
        }
    return {
        "device": device.id,
        "phone": device.phone,
        "wid": wid_of(device.phone) if device.phone else None,
        "name": profile.name if profile is not None else None,
        "status": profile.about if profile is not None else None,
        "businessProfile": {
            "address": business.get("address"),
            "description": business.get("description"),
            "email": business.get("email"),
            "websites": list(business.get("websites") or []),
            "categories": list(business.get("categories") or []),
            "businessHours": {"timezone": hours.get("timezone")} if isinstance(hours, Mapping) else None,
        },
        "image": image,
        "updatedAt": iso(profile.updated_at) if profile is not None else None,
    }


@dataclass(frozen=True, slots=True)
class Picture:
    """A profile picture as `deviceProfileImage` answers it."""

    content: bytes
    media_type: str
    headers: dict[str, str]


def _list(values: Mapping[str, Any], name: str) -> list[str]:
    given = values.get(name)
    if given is None:
        return []
    return [given] if isinstance(given, str) else [str(v) for v in given]


def _business(values: Mapping[str, Any]) -> dict[str, Any]:
    """The business profile's fields given, checked."""
    fields: dict[str, Any] = {}
    for key, limit in _LIMITS.items():
        name = _PREFIX + key
        if name in values and values[name] is not None:
            text = str(values[name]).strip()
            if len(text) > limit:
                raise invalid(name, f"{name} must be at most {limit} characters, got {len(text)}")
            if key == "email" and text and not _EMAIL.fullmatch(text):
                raise invalid(name, f"{name} must be an email address, got {text!r}")
            fields[key] = text or None
    if values.get(_PREFIX + "websites") is not None:
        websites = _list(values, _PREFIX + "websites")
        if len(websites) > 2:
            raise invalid(_PREFIX + "websites", f"{_PREFIX}websites takes up to 2 URLs, got {len(websites)}")
        for url in websites:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 256:
                message = f"{_PREFIX}websites takes http(s) URLs of at most 256 characters, got {url!r}"
                raise invalid(_PREFIX + "websites", message)
        fields["websites"] = websites
    if values.get(_PREFIX + "categories") is not None:
        categories = _list(values, _PREFIX + "categories")
        name = _PREFIX + "categories"
        if len(categories) > 3 or len(set(categories)) != len(categories):
            raise invalid(name, f"{name} takes up to 3 different categories, got {categories!r}")
        unknown = next((c for c in categories if c not in CATEGORIES), None)
        if unknown is not None:
            raise invalid(name, f"{name}: {unknown!r} is not a WhatsApp Business category")
        fields["categories"] = categories
    zone_name = _PREFIX + "businessHours.timezone"
    if values.get(zone_name) is not None:
        zone = str(values[zone_name]).strip()
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            message = f"{zone_name} must be an IANA time zone like Europe/Madrid, got {zone!r}"
            raise invalid(zone_name, message) from None
        fields["businessHours"] = {"timezone": zone}
    return fields


def _picture(values: Mapping[str, Any]) -> bytes:
    """The picture's bytes from `image` (base64 or a data URL) or `url` (a data URL), checked."""
    image, url = values.get("image") or None, values.get("url") or None
    if (image is None) == (url is None):
        raise invalid("image", "give one of image (base64) and url (a data: URL)")
    field, text = ("image", str(image)) if image is not None else ("url", str(url))
    found = _DATA_URL.fullmatch(text.strip())
    if found is None and field == "url":
        message = "this server fetches no URL: send the picture as base64 in image (or a data: URL)"
        raise invalid("url", message)
    encoded = found.group("data") if found is not None else text
    try:
        data = base64.b64decode("".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError):
        message = f"{field} must be base64 (or a data: URL) of a PNG, JPEG or WEBP picture"
        raise invalid(field, message) from None
    if not 1 <= len(data) <= MAX_IMAGE:
        raise invalid(field, f"the picture must be 1 byte to 1 MB ({MAX_IMAGE} bytes), got {len(data)}")
    if image_type(data) is None:
        raise invalid(field, "the picture must be a PNG, JPEG or WEBP image")
    return data


class ProfileService:
    """The profiles of an account's numbers; the rules are in the module docstring."""

    def __init__(self, database: Database, engine: Engine, clock: Clock, numbers: NumberService) -> None:
        self._profiles = ProfileStore(database)
        self._engine = engine
        self._clock = clock
        self._numbers = numbers

    async def get(self, account: Account, device_id: str) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        return profile_view(device, await self._profiles.get(device.id))

    async def update(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        changes: dict[str, Any] = {}
        if values.get("name") is not None:
            name = str(values["name"]).strip()
            if not 1 <= len(name) <= 25:
                raise invalid("name", f"name must be 1 to 25 characters (not blank), got {len(name)}")
            changes["name"] = name
        if values.get("status") is not None:
            about = str(values["status"])
            if len(about) > 130:
                raise invalid("status", f"status must be at most 130 characters, got {len(about)}")
            changes["about"] = about
        business = _business(values)
        if not changes and not business:
            raise invalid("name", "nothing to update: give name, status or businessProfile fields")
        require_online(device, "updating the profile")
        now = self._clock.now()
        change = ProfileChange(
            device.id, now, name=changes.get("name"), about=changes.get("about"), business=business or None
        )
        await self._engine.set_profile(change)
        await self._profiles.save(device.id, account.id, changes, business, now)
        return profile_view(device, await self._profiles.get(device.id))

    async def set_image(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        data = _picture(values)
        kind = image_type(data)
        require_online(device, "setting the profile picture")
        now = self._clock.now()
        await self._engine.set_profile(ProfileChange(device.id, now, image=data, image_type=kind))
        image = {
            "image": data,
            "image_type": kind,
            "image_size": len(data),
            "image_sha256": hashlib.sha256(data).hexdigest(),
            "image_updated_at": now,
        }
        await self._profiles.save(device.id, account.id, image, None, now)
        return profile_view(device, await self._profiles.get(device.id))

    async def image(self, account: Account, device_id: str) -> Picture:
        device = await self._numbers.require(account, device_id)
        profile = await self._profiles.get(device.id, with_image=True)
        if profile is None or profile.image is None or profile.image_type is None:
            raise not_found("profile picture of number", device.id)
        headers = {"Content-Length": str(len(profile.image)), "ETag": f'"{profile.image_sha256}"'}
        return Picture(profile.image, profile.image_type, headers)
