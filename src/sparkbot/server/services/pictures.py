"""Pictures the API is given (a number's profile picture, a group's, a channel's): base64 or a
`data:` URL in one field, or an http(s) URL in another, which the server fetches as it fetches an
upload by URL (`FileService.fetch_bytes`: the same address policy, redirects checked). A picture
is checked by its content (PNG or JPEG; the profile takes WEBP too), 1 byte to `MAX_PICTURE`.

Reading one takes two steps, so that every other check of a call comes before any network:
`given` checks what was sent and answers the picture, or the URL still to fetch; `fetched` fetches
that URL (once the number is known to be online, say) and checks what came."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..problems import invalid

__all__ = [
    "JPEG_PNG",
    "JPEG_PNG_WEBP",
    "MAX_PICTURE",
    "Fetch",
    "NewPicture",
    "fetched",
    "given",
    "picture_type",
    "required",
]

MAX_PICTURE = 1024 * 1024
JPEG_PNG = ("image/jpeg", "image/png")
JPEG_PNG_WEBP = (*JPEG_PNG, "image/webp")
_DATA_URL = re.compile(r"data:(?P<type>[\w.+/-]*)(?:;[\w=.+-]+)*;base64,(?P<data>.*)", re.DOTALL)
_HTTP = re.compile(r"^https?://", re.IGNORECASE)
_NAMES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}

# (url, field, limit) -> the bytes at url, at most `limit` (else a 400 naming `field`)
Fetch = Callable[[str, str, int], Awaitable[bytes]]


@dataclass(frozen=True, slots=True)
class NewPicture:
    """A picture's bytes and content type, checked."""

    data: bytes
    type: str

    def columns(self) -> dict[str, Any]:
        """The `image*` columns that keep it (profiles, groups, channels)."""
        return {
            "image": self.data,
            "image_type": self.type,
            "image_size": len(self.data),
            "image_sha256": hashlib.sha256(self.data).hexdigest(),
        }


def picture_type(data: bytes) -> str | None:
    """The picture's content type by its first bytes: PNG, JPEG or WEBP; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _kinds(types: tuple[str, ...]) -> str:
    names = [_NAMES[t] for t in types]
    return ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]


def _checked(data: bytes, field: str, types: tuple[str, ...]) -> NewPicture:
    if not 1 <= len(data) <= MAX_PICTURE:
        raise invalid(field, f"the picture must be 1 byte to 1 MB ({MAX_PICTURE} bytes), got {len(data)}")
    kind = picture_type(data)
    if kind not in types:
        raise invalid(field, f"the picture must be a {_kinds(types)} image (by its content)")
    return NewPicture(data, str(kind))


def _decoded(text: str, field: str, types: tuple[str, ...]) -> bytes:
    found = _DATA_URL.fullmatch(text.strip())
    encoded = found.group("data") if found is not None else text
    try:
        return base64.b64decode("".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError):
        message = f"{field} must be base64 (or a data: URL) of a {_kinds(types)} picture"
        raise invalid(field, message) from None


def given(
    url: Any, data: Any, *, url_field: str, data_field: str, types: tuple[str, ...] = JPEG_PNG
) -> NewPicture | str | None:
    """The picture sent as base64 or a `data:` URL (checked), or the http(s) URL to fetch it
    from, or None when neither field was given; both is a 400."""
    url, data = url or None, data or None
    if url is not None and data is not None:
        raise invalid(data_field, f"give one of {url_field} and {data_field}, not both")
    if data is not None:
        if not isinstance(data, str):
            raise invalid(data_field, f"{data_field} must be base64 text")
        return _checked(_decoded(data, data_field, types), data_field, types)
    if url is None:
        return None
    text = url.strip() if isinstance(url, str) else ""
    if text.startswith("data:"):
        return _checked(_decoded(text, url_field, types), url_field, types)
    if not _HTTP.match(text):
        message = f"{url_field} must be an http(s) URL (or a data: URL) of a {_kinds(types)} picture"
        raise invalid(url_field, message)
    return text


def required(values: Mapping[str, Any], types: tuple[str, ...] = JPEG_PNG) -> NewPicture | str:
    """`given` for the picture operations' `url` and `image`: exactly one of them."""
    found = given(values.get("url"), values.get("image"), url_field="url", data_field="image", types=types)
    if found is None:
        raise invalid("image", "give the picture: image (base64 or a data: URL) or url (an http(s) URL)")
    return found


async def fetched(
    picture: NewPicture | str | None, field: str, fetch: Fetch | None, types: tuple[str, ...] = JPEG_PNG
) -> NewPicture | None:
    """The picture `given` found, its URL fetched (at most `MAX_PICTURE`) and checked."""
    if not isinstance(picture, str):
        return picture
    if fetch is None:
        raise invalid(field, "this server fetches no URL here: send the picture as base64")
    return _checked(await fetch(picture, field, MAX_PICTURE), field, types)
