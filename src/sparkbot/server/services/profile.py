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
- `updateProfileImage` (PUT) takes the picture as base64 in `image` (a `data:` URL too) or as
  an http(s) URL in `url`, fetched under the address policy of file uploads
  (`services/pictures.py`); exactly one of them. The bytes must be a PNG, JPEG or WEBP picture
  (by their first bytes), 1 byte to 1 MB; else 400. The number must be online (409); it answers the profile.
- `deviceProfileImage` answers the picture's bytes with their content type (`image/png`,
  `image/jpeg`, `image/webp`) as last set here; 404 when none was set.
"""

from __future__ import annotations

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
from . import pictures
from .numbers import NumberService
from .online import require_online
from .views import iso
from .wids import wid_of

__all__ = ["Picture", "ProfileService", "profile_view"]

_PREFIX = "businessProfile."
_LIMITS = {"address": 256, "description": 256, "email": 128}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_UPDATE = get_operation("profile.deviceProfileUpdate")
CATEGORIES = frozenset(str(o) for o in _UPDATE.param(_PREFIX + "categories").options)


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


class ProfileService:
    """The profiles of an account's numbers; the rules are in the module docstring."""

    def __init__(
        self,
        database: Database,
        engine: Engine,
        clock: Clock,
        numbers: NumberService,
        fetch: pictures.Fetch | None = None,
    ) -> None:
        self._profiles = ProfileStore(database)
        self._engine = engine
        self._clock = clock
        self._numbers = numbers
        self._fetch = fetch  # a picture given by URL (FileService.fetch_bytes)

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
        given = pictures.required(values, pictures.JPEG_PNG_WEBP)
        require_online(device, "setting the profile picture")
        picture = await pictures.fetched(given, "url", self._fetch, pictures.JPEG_PNG_WEBP)
        assert picture is not None
        now = self._clock.now()
        change = ProfileChange(device.id, now, image=picture.data, image_type=picture.type)
        await self._engine.set_profile(change)
        image = {**picture.columns(), "image_updated_at": now}
        await self._profiles.save(device.id, account.id, image, None, now)
        return profile_view(device, await self._profiles.get(device.id))

    async def image(self, account: Account, device_id: str) -> Picture:
        device = await self._numbers.require(account, device_id)
        profile = await self._profiles.get(device.id, with_image=True)
        if profile is None or profile.image is None or profile.image_type is None:
            raise not_found("profile picture of number", device.id)
        headers = {"Content-Length": str(len(profile.image)), "ETag": f'"{profile.image_sha256}"'}
        return Picture(profile.image, profile.image_type, headers)
