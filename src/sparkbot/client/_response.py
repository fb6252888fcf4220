"""Turns an HTTP answer into Python data, bytes or an exception: pure, no I/O."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import APIStatusError, error_for_status

if TYPE_CHECKING:
    import httpx

__all__ = ["BinaryResponse", "as_binary", "error_from_response", "parse_response"]

_FILENAME = re.compile(r"""filename\*?=(?:UTF-8'')?"?([^";]+)"?""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class BinaryResponse:
    """A binary answer (a QR image, a profile picture, a file) with its content type."""

    content: bytes
    content_type: str
    filename: str | None = None

    def __bytes__(self) -> bytes:
        return self.content

    def __len__(self) -> int:
        return len(self.content)

    def write_to(self, path: str | Path) -> Path:
        """Writes the bytes to `path` and returns it."""
        target = Path(path)
        target.write_bytes(self.content)
        return target


def _is_json(content_type: str) -> bool:
    media = content_type.split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def _decode(response: httpx.Response) -> Any:
    content_type = response.headers.get("content-type", "")
    if not response.content:
        return None
    if _is_json(content_type):
        try:
            return json.loads(response.content)
        except ValueError:
            return response.text
    return response.text


def parse_response(response: httpx.Response, *, binary: bool) -> Any:
    """The answer's data: JSON as Python data, nothing as None, and a `BinaryResponse` for every
    answer of an operation that answers bytes (`binary`) or whose content type is binary.

    Raises the `APIStatusError` subclass of the status for an error answer."""
    if response.status_code >= 400:
        raise error_from_response(response)
    content_type = response.headers.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    if binary or media.startswith(("image/", "audio/", "video/")) or media == "application/octet-stream":
        match = _FILENAME.search(response.headers.get("content-disposition", ""))
        return BinaryResponse(
            response.content, media or "application/octet-stream", match.group(1) if match else None
        )
    return _decode(response)


def as_binary(answer: Any) -> BinaryResponse:
    """The answer of a binary operation, typed."""
    if not isinstance(answer, BinaryResponse):
        raise TypeError(f"expected a binary answer, got {type(answer).__name__}")
    return answer


def error_from_response(response: httpx.Response) -> APIStatusError:
    """The exception for an error answer, carrying its `error` code, message and errors."""
    return error_for_status(response.status_code)(response, _decode(response))
