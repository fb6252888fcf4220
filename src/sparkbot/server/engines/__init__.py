"""WhatsApp engines: the interface the services drive, and the simulated sandbox behind it."""

from __future__ import annotations

from .base import (
    AuthCode,
    Engine,
    MessageAck,
    MessageListener,
    OutboundMessage,
    QrCode,
    SendOutcome,
    SessionChange,
    SessionListener,
    SessionStatus,
)
from .sandbox import SandboxEngine

__all__ = [
    "AuthCode",
    "Engine",
    "MessageAck",
    "MessageListener",
    "OutboundMessage",
    "QrCode",
    "SandboxEngine",
    "SendOutcome",
    "SessionChange",
    "SessionListener",
    "SessionStatus",
]
