"""Renders a QR in the six encodings `scanQR` offers, with segno."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from typing import Any

import segno

from ..engines import QrCode
from .views import iso

__all__ = ["ENCODINGS", "Rendered", "png_bytes", "render_qr", "svg_bytes"]

ENCODINGS = ("svg", "image", "base64", "base64_uri", "uri", "json")


@dataclass(frozen=True, slots=True)
class Rendered:
    """Bytes with their content type, or a JSON document."""

    media_type: str
    content: bytes = b""
    document: dict[str, Any] | None = None


def png_bytes(payload: str, scale: int = 6) -> bytes:
    buffer = io.BytesIO()
    segno.make(payload, error="l", micro=False).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def svg_bytes(payload: str, scale: int = 6) -> bytes:
    buffer = io.BytesIO()
    segno.make(payload, error="l", micro=False).save(buffer, kind="svg", scale=scale, border=2)
    return buffer.getvalue()


def render_qr(qr: QrCode, encoding: str, status: str) -> Rendered:
    """The answer of `scanQR` for `encoding`; JSON ones all carry the expiry and round."""
    if encoding == "svg":
        return Rendered("image/svg+xml", svg_bytes(qr.payload))
    if encoding == "image":
        return Rendered("image/png", png_bytes(qr.payload))
    meta: dict[str, Any] = {"expiresAt": iso(qr.expires_at), "round": qr.round, "rounds": qr.rounds}
    if encoding == "base64":
        data = base64.b64encode(png_bytes(qr.payload)).decode("ascii")
        return Rendered("application/json", document={"image": data, "mimeType": "image/png", **meta})
    if encoding == "base64_uri":
        data = base64.b64encode(png_bytes(qr.payload)).decode("ascii")
        return Rendered("application/json", document={"image": f"data:image/png;base64,{data}", **meta})
    if encoding == "uri":
        return Rendered("application/json", document={"uri": qr.payload, **meta})
    return Rendered("application/json", document={"payload": qr.payload, "status": status, **meta})
