"""WhatsApp engines: the interface the services drive, and the simulated sandbox behind it."""

from __future__ import annotations

from .base import (
    AuthCode,
    CallLinkKind,
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
    Product,
    ProfileChange,
    QrCode,
    SendOutcome,
    SessionChange,
    SessionListener,
    SessionStatus,
    StatusPost,
)
from .sandbox import SandboxEngine

__all__ = [
    "AuthCode",
    "CallLinkKind",
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
    "ProfileChange",
    "Product",
    "QrCode",
    "SandboxEngine",
    "SendOutcome",
    "SessionChange",
    "SessionListener",
    "SessionStatus",
    "StatusPost",
]
