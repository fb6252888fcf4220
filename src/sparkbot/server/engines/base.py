"""The engine interface: commands the services give a WhatsApp session, and the changes it reports."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

from ..db import Database
from ..problems import ApiProblem
from .business import CallLinkKind, Product, ProfileChange, StatusPost
from .channels import ChannelAction, ChannelInfo, ChannelSearch

__all__ = [
    "AuthCode",
    "CallLinkKind",
    "ChatAction",
    "Engine",
    "GroupAction",
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
    "SendOutcome",
    "SessionChange",
    "SessionListener",
    "SessionStatus",
    "StatusPost",
]

SessionStatus = Literal["authorize", "online", "offline", "timeout", "error"]


@dataclass(frozen=True, slots=True)
class SessionChange:
    """A session moved: its new status and why; `phone` is set when it links."""

    device_id: str
    status: SessionStatus
    reason: str | None
    linked: bool
    phone: str | None = None
    synced: bool = False


class SessionListener(Protocol):
    """Who hears about session changes (the session service, which stores them)."""

    async def session_changed(self, change: SessionChange) -> None: ...


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    """A message handed to the engine to send. `wa_id` is its WhatsApp id: the same message handed
    over twice (after a crash) carries the same `wa_id`, and the engine must not send it twice."""

    message_id: str
    wa_id: str
    device_id: str
    target_type: Literal["phone", "group", "channel"]
    target: str
    kind: str
    payload: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """What became of a send: `sent` (`at` when it was, the first time), or refused for good with
    a `reason` a person can read."""

    sent: bool
    reason: str | None = None
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class MessageAck:
    """The recipient's phone acknowledged a sent message (`at`); when it was sent and delivered."""

    device_id: str
    wa_id: str
    status: Literal["delivered", "read"]
    at: datetime
    sent_at: datetime
    delivered_at: datetime


class MessageListener(Protocol):
    """Who hears about acknowledgements (the delivery service, which stores them)."""

    async def message_acked(self, ack: MessageAck) -> None: ...


@dataclass(frozen=True, slots=True)
class InboundMedia:
    """The bytes of a received photo, video, audio, voice note, document or sticker."""

    kind: Literal["image", "video", "audio", "voice", "document", "sticker"]
    mime_type: str
    data: bytes
    filename: str | None = None


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """A message the number received. `chat` is the chat's WhatsApp id (the sender's own for a
    person, the group's or channel's otherwise); `sender` who wrote (`<digits>@c.us`), with the
    name their phone shows (`push_name`). `kind` is `text`, a media kind, `location` or `contact`;
    `body` the text or caption; `content` the kind's fields (a location's coordinates, a contact
    card); `quote` the WhatsApp id of the message it replies to."""

    device_id: str
    wa_id: str
    chat: str
    sender: str
    at: datetime
    kind: str = "text"
    body: str | None = None
    push_name: str | None = None
    chat_name: str | None = None
    content: Mapping[str, Any] = field(default_factory=dict)
    media: InboundMedia | None = None
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class MessageChange:
    """Someone changed a message of a chat: `edit` (new `text`), `revoke` (deleted for everyone)
    or `reaction` (`text` the emoji; empty removes the reaction of `by`)."""

    device_id: str
    chat: str
    wa_id: str
    change: Literal["edit", "revoke", "reaction"]
    by: str
    at: datetime
    text: str = ""


@dataclass(frozen=True, slots=True)
class Presence:
    """A contact is typing or recording in a chat, or stopped (`paused`)."""

    device_id: str
    chat: str
    by: str
    state: Literal["typing", "recording", "paused"]
    at: datetime


class InboxListener(Protocol):
    """Who hears what arrives on a number (the inbox service, which stores it)."""

    async def message_received(self, message: InboundMessage) -> bool:
        """Store it; False when the number does not take it (its sender is blocked)."""
        ...

    async def message_changed(self, change: MessageChange) -> bool:
        """Apply it; False when the message is unknown or the change not allowed."""
        ...

    async def presence_changed(self, presence: Presence) -> None: ...


@dataclass(frozen=True, slots=True)
class ChatAction:
    """Something the number does in a chat on WhatsApp: shows `typing`/`recording` (for
    `duration` seconds) or `stop`, marks it `read`/`unread`, `edit`s (`text`) or `revoke`s a
    message (`wa_id`), `delete`s the chat, `block`s or `unblock`s the contact."""

    device_id: str
    chat: str
    action: Literal[
        "typing", "recording", "stop", "read", "unread", "edit", "revoke", "delete", "block", "unblock"
    ]
    at: datetime
    wa_id: str | None = None
    text: str | None = None
    duration: float | None = None


@dataclass(frozen=True, slots=True)
class GroupAction:
    """Something the number does to a group on WhatsApp (the services checked it may): `create`
    it, `update` its settings, set its `image`, `add`/`remove`/`promote`/`demote` members
    (`phones`), `approve`/`reject` requests to join (`phones`), `revoke` its invite (`code` the
    new one), `join` it by invite (`code`), or `leave` it."""

    device_id: str
    group: str
    action: Literal[
        "create",
        "update",
        "image",
        "add",
        "remove",
        "promote",
        "demote",
        "approve",
        "reject",
        "revoke",
        "join",
        "leave",
    ]
    at: datetime
    phones: tuple[str, ...] = ()
    code: str | None = None
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class QrCode:
    """The QR valid now: its payload, which round of the login window, and when it expires."""

    payload: str
    round: int
    rounds: int
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class AuthCode:
    """A pairing code for `phone`, shown as `ABCD-EFGH`."""

    code: str
    phone: str
    expires_at: datetime


class Engine(ABC):
    """Runs WhatsApp sessions. The services decide what is allowed; the engine does it and reports
    every change to its listener (synchronously for immediate changes, later for timed ones)."""

    name: str = "engine"

    @abstractmethod
    def bind(self, listener: SessionListener) -> None:
        """Set who hears about session changes."""

    @abstractmethod
    def bind_messages(self, listener: MessageListener) -> None:
        """Set who hears about message acknowledgements."""

    def bind_inbox(self, listener: InboxListener) -> None:  # noqa: B027 (an optional hook)
        """Set who hears about received messages, their changes and presence; an engine that
        receives nothing (send-only) ignores it."""

    async def act(self, action: ChatAction) -> None:  # noqa: B027 (an optional hook)
        """Do `action` on the number's WhatsApp (the services stored its effect already). An
        engine that cannot raises ApiProblem; by default nothing is carried."""

    async def on_whatsapp(self, phones: Sequence[str]) -> dict[str, bool]:
        """For each E.164 phone, whether it has a WhatsApp account (one answer per phone given).
        Needs no number of the account: an engine asks WhatsApp's directory with whatever
        session it keeps for it. One that cannot look it up raises ApiProblem (by default, 501)."""
        raise ApiProblem(501, "not_implemented", f"the {self.name} engine cannot look up who is on WhatsApp")

    # what the number shows of itself (profile, statuses, call links, catalogues); an engine that
    # cannot do one raises ApiProblem (by default, 501)
    def _cannot(self, what: str) -> ApiProblem:
        return ApiProblem(501, "not_implemented", f"the {self.name} engine cannot {what}")

    async def set_profile(self, change: ProfileChange) -> None:
        """Set the fields of the number's WhatsApp profile that `change` gives (online session)."""
        raise self._cannot("set a WhatsApp profile")

    async def publish_status(self, post: StatusPost) -> None:
        """Publish a status on the number's online session; idempotent by `post.wa_id`."""
        raise self._cannot("publish a status")

    async def delete_statuses(self, device_id: str, wa_ids: Sequence[str]) -> None:
        """Delete statuses the number published (unknown ids are ignored)."""
        raise self._cannot("delete a status")

    async def create_call_link(self, device_id: str, kind: CallLinkKind) -> str:
        """A new WhatsApp call link of the number (`https://call.whatsapp.com/<kind>/<token>`)."""
        raise self._cannot("create a call link")

    async def revoke_call_links(self, device_id: str, urls: Sequence[str]) -> None:
        """Revoke call links of the number (unknown ones are ignored)."""
        raise self._cannot("revoke a call link")

    async def group(self, action: GroupAction) -> None:
        """Do `action` on a group on the number's online session (the services checked the rules
        and are storing its effect in the same transaction: raising refuses it)."""
        raise self._cannot("manage WhatsApp groups")

    async def catalog(self, device_id: str, phone: str | None) -> Sequence[Product] | None:
        """The products of the number's own business catalogue (`phone` None), or of the business
        at `phone` (E.164), as the number's session reads them; None when `phone` has none."""
        raise self._cannot("read business catalogues")

    async def channel(self, action: ChannelAction) -> ChannelInfo | None:
        """Do `action` with a channel on the number's online session: `create` answers the new
        channel, `follow` the channel of the code (None: no channel has it), the others None."""
        raise self._cannot("manage WhatsApp channels")

    async def search_channels(self, device_id: str, search: ChannelSearch) -> Sequence[ChannelInfo]:
        """WhatsApp's public channel directory, searched with the number's online session."""
        raise self._cannot("search the WhatsApp channel directory")

    async def open(self, database: Database) -> None:  # noqa: B027 (an optional hook)
        """Called once at startup with the server's database, for an engine that keeps state."""

    @abstractmethod
    async def send(self, message: OutboundMessage) -> SendOutcome:
        """Send one message on its number's online session. Idempotent by `wa_id`: a message the
        engine has sent already answers `sent` again and is not sent a second time."""

    async def send_many(self, messages: Sequence[OutboundMessage]) -> list[SendOutcome]:
        """Send messages of one number in the order given; one outcome each, in that order.
        Idempotent by `wa_id` like `send`. An engine that can carry several at once (one write
        for the lot) overrides this; by default they go one by one."""
        return [await self.send(message) for message in messages]

    @abstractmethod
    async def login(self, device_id: str) -> None:
        """Open a login window (QR rounds) unless one is open; the session becomes `authorize`."""

    @abstractmethod
    async def qr(self, device_id: str) -> QrCode | None:
        """The QR valid now, or None when no login window is open."""

    @abstractmethod
    async def auth_code(self, device_id: str, phone: str) -> AuthCode:
        """A pairing code for `phone`, opening a login window if needed."""

    @abstractmethod
    async def connect(self, device_id: str, *, reason: str, sync: bool = False) -> None:
        """(Re)connect a linked session: `offline` with `reason` now, `online` when it is back."""

    @abstractmethod
    async def logout(self, device_id: str, *, reason: str) -> None:
        """Destroy the session: it becomes `authorize`, unlinked."""

    @abstractmethod
    async def sync(self, device_id: str) -> None:
        """Re-synchronise an online session."""

    @abstractmethod
    async def forget(self, device_id: str) -> None:
        """The number is gone: drop everything pending for it, report nothing more."""

    @abstractmethod
    async def close(self) -> None:
        """Stop every pending task."""
