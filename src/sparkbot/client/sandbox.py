"""`client.sandbox`: the simulated phone of a SparkBot-compatible server (`sparkbot serve`).

Not an API operation: the project's own server offers, beside `/v1` and with the same key, what a
phone would do (`/sandbox/devices/{id}/scan`, `pair`, `inbound`, `disconnect`, `outbox`). The
sandbox root is the client's base URL with its `/v1` replaced by `/sandbox`. One namespace for both
clients: `client.sandbox.scan(device)` answers the data, `await client.sandbox.scan(device)` with
`AsyncSparkBot`. Errors are the client's (`ConflictError` for a number linked already, ...).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar

from ..spec.formats import HEX24
from .errors import ValidationError

__all__ = ["AsyncSandbox", "Sandbox", "SyncSandbox", "sandbox_url"]

R = TypeVar("R")
# (method, path under the sandbox root, JSON body or None) -> the answer, or an awaitable of it
Send = Callable[[str, str, Mapping[str, Any] | None], R]


def sandbox_url(base_url: str) -> str:
    """The sandbox root beside the API: `http://127.0.0.1:8787/v1` -> `http://127.0.0.1:8787/sandbox`."""
    return base_url.rstrip("/").removesuffix("/v1") + "/sandbox"


def _device_path(action: str, device: str, what: str) -> str:
    if not isinstance(device, str) or not HEX24.fullmatch(device):
        message = f"device must be a number's id, 24 lowercase hex characters, got {device!r}"
        raise ValidationError(f"sandbox.{what}", [{"field": "device", "message": message}])
    return f"/devices/{device}/{action}"


class Sandbox(Generic[R]):
    """What the sandbox's phone does to a number; every method answers the server's JSON (awaited
    with the async client). Nothing is sent when `device` is not a number's id."""

    def __init__(self, send: Send[R]) -> None:
        self._send = send

    def scan(self, device: str, *, qr: str | None = None) -> R:
        """The phone scans the QR showing now (or the `qr` payload given): the number links."""
        return self._send("POST", _device_path("scan", device, "scan"), {"qr": qr} if qr else None)

    def pair(self, device: str, code: str) -> R:
        """The person types the auth code (`ABCD-EFGH`) on the phone."""
        return self._send("POST", _device_path("pair", device, "pair"), {"code": code})

    def inbound(self, device: str, phone: str, message: str | None = None, **fields: Any) -> R:
        """A contact (`phone`, E.164) writes to the number; `fields` are the sandbox's other ones
        (`name`, `media`, `location`, `quote`, `reaction`, ...: see docs/server.md)."""
        body = {"phone": phone, **({"message": message} if message is not None else {}), **fields}
        return self._send("POST", _device_path("inbound", device, "inbound"), body)

    def disconnect(self, device: str, reason: str = "offline") -> R:
        """The link drops: `offline`, `conflict` (opened elsewhere) or `logged_out`."""
        return self._send("POST", _device_path("disconnect", device, "disconnect"), {"reason": reason})

    def outbox(self, device: str) -> R:
        """What the simulated WhatsApp carried from the number, oldest first."""
        return self._send("GET", _device_path("outbox", device, "outbox"), None)


SyncSandbox = Sandbox[Any]
AsyncSandbox = Sandbox[Awaitable[Any]]
