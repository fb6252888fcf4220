"""WhatsApp engines: the interface the services drive, and the simulated sandbox behind it."""

from __future__ import annotations

from .base import (
    AuthCode,
    ChatAction,
    Engine,
    InboundMedia,
    InboundMessage,
    InboxListener,
    MessageAck,
    MessageChange,
    MessageListener,
    OutboundMessage,
    Presence,
    QrCode,
    SendOutcome,
    SessionChange,
    SessionListener,
    SessionStatus,
)
from .sandbox import SandboxEngine

__all__ = [
    "AuthCode",
    "ChatAction",
    "Engine",
    "InboundMedia",
    "InboundMessage",
    "InboxListener",
    "MessageChange",
    "Presence",
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
