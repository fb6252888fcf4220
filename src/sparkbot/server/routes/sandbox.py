"""The sandbox's phone, beside `/v1` with the same keys: scan, pair, inbound, disconnect, and
what its WhatsApp carried (outbox)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ..deps import CurrentAccount, ServicesDep
from ..intake import CheckedRoute
from .openapi import error_response
from .sandbox_channels import add_channel_routes
from .sandbox_groups import add_group_routes

__all__ = [
    "ActionEntry",
    "DisconnectBody",
    "InboundAnswer",
    "InboundBody",
    "OutboxEntry",
    "PairBody",
    "PhoneAnswer",
    "ReadBody",
    "ScanBody",
    "TypingBody",
    "build_sandbox_router",
]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScanBody(_Body):
    qr: str | None = Field(default=None, description="the QR payload to scan; default: the one showing now")


class PairBody(_Body):
    code: str = Field(min_length=8, max_length=9, description="the pairing code, like ABCD-EFGH")


class MediaBody(_Body):
    kind: Literal["image", "video", "audio", "voice", "document", "sticker"] = "image"
    data: str | None = Field(
        default=None,
        max_length=22_000_000,
        description="the bytes, base64; default: generated (an image, PDF or sound; not for video, sticker)",
    )
    mimeType: str | None = Field(default=None, max_length=100)
    filename: str | None = Field(default=None, max_length=200)


class LocationBody(_Body):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    name: str | None = Field(default=None, max_length=200)
    address: str | None = Field(default=None, max_length=500)


class ContactCardBody(_Body):
    name: str = Field(min_length=1, max_length=100)
    phone: str = Field(description="E.164")


class ReactionBody(_Body):
    message: str = Field(min_length=1, max_length=64, description="the WhatsApp id of the message")
    emoji: str = Field(max_length=16, description="the reaction; empty removes it")


class EditBody(_Body):
    message: str = Field(min_length=1, max_length=64, description="the WhatsApp id of the message")
    text: str = Field(min_length=1, max_length=4096)


class RevokeBody(_Body):
    message: str = Field(min_length=1, max_length=64, description="the WhatsApp id of the message")


class InboundBody(_Body):
    """A contact writes: a text (`message`), media (with `message` as its caption), a location or
    a contact card, maybe replying to (`quote`) a message; or reacts to, edits or deletes for
    everyone one of their messages. With `group`, they write in that group."""

    phone: str = Field(description="who writes, E.164")
    message: str | None = Field(default=None, min_length=1, max_length=4096)
    name: str | None = Field(default=None, max_length=100, description="the name their phone shows")
    group: str | None = Field(default=None, description="a group WID (...@g.us): they write there")
    groupName: str | None = Field(default=None, max_length=100)
    media: MediaBody | None = None
    location: LocationBody | None = None
    contact: ContactCardBody | None = None
    quote: str | None = Field(default=None, max_length=64, description="the WhatsApp id replied to")
    reaction: ReactionBody | None = None
    edit: EditBody | None = None
    revoke: RevokeBody | None = None


class ReadBody(_Body):
    phone: str = Field(description="the contact who opens the chat, E.164")


class TypingBody(_Body):
    phone: str = Field(description="who types, E.164")
    state: Literal["typing", "recording", "paused"] = "typing"
    group: str | None = Field(default=None, description="a group WID: they type there")


class DisconnectBody(_Body):
    reason: Literal["offline", "conflict", "logged_out"] = "offline"


# The answers, for the OpenAPI document (the routes return the services' dicts as they are).
class SessionView(BaseModel):
    status: str
    reason: str | None
    since: str | None
    linked: bool
    lastConnectedAt: str | None
    lastSyncAt: str | None


class PhoneAnswer(BaseModel):
    """The number after the phone acted: its phone and session."""

    device: str
    phone: str | None
    session: SessionView


class InboundAnswer(BaseModel):
    """The message as the number's inbox stored it (its chat message view)."""

    device: str
    message: dict[str, Any]


class ReadAnswer(BaseModel):
    device: str
    chat: str
    read: int


class TypingAnswer(BaseModel):
    device: str
    chat: str
    presence: dict[str, Any] | None


class ActionEntry(BaseModel):
    """Something the number did in a chat on the sandbox's WhatsApp."""

    chat: str
    action: str
    waId: str | None
    text: str | None
    duration: float | None
    at: str


class OutboxEntry(BaseModel):
    """One message the simulated WhatsApp carried; its recipient is under `phone`, `group` or `channel`."""

    waId: str
    message: str
    kind: str
    content: dict[str, Any]
    sentAt: str | None
    deliveredAt: str | None
    readAt: str | None
    recipients: list[str] | None = Field(
        default=None, description="a message to a group: the members it reached (phones), the number excluded"
    )
    followers: int | None = Field(default=None, description="a post to a channel: the followers it reached")


def _answers(status: int, model: Any, *errors: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` of a sandbox route: its answer and the errors it may give (400, 401, 415 and 503
    always: any request may carry a body, read and checked like the catalogue's)."""
    codes = sorted({400, 401, 415, 503, *errors})
    return {status: {"model": model}, **{code: error_response(code) for code in codes}}


def build_sandbox_router() -> APIRouter:
    # Bodies read and checked like the catalogue's (intake); no Content-Type is read as JSON.
    router = APIRouter(
        prefix="/sandbox", tags=["sandbox"], route_class=CheckedRoute, strict_content_type=False
    )

    @router.post(
        "/devices/{deviceId}/scan",
        name="sandbox.scan",
        response_model=None,
        responses=_answers(200, PhoneAnswer, 404, 409),
    )
    async def scan(
        deviceId: str,
        account: CurrentAccount,
        services: ServicesDep,
        body: ScanBody | None = None,
    ) -> dict[str, Any]:
        """The phone scans the QR showing now, or the one given; an expired or unknown QR is refused."""
        return await services.sandbox.scan(account, deviceId, body.qr if body else None)

    @router.post(
        "/devices/{deviceId}/pair",
        name="sandbox.pair",
        response_model=None,
        responses=_answers(200, PhoneAnswer, 404, 409),
    )
    async def pair(
        deviceId: str,
        body: PairBody,
        account: CurrentAccount,
        services: ServicesDep,
    ) -> dict[str, Any]:
        """The person types the auth code on the phone."""
        return await services.sandbox.pair(account, deviceId, body.code)

    @router.post(
        "/devices/{deviceId}/inbound",
        name="sandbox.inbound",
        status_code=201,
        response_model=None,
        responses=_answers(201, InboundAnswer, 404, 409),
    )
    async def inbound(
        deviceId: str,
        body: InboundBody,
        account: CurrentAccount,
        services: ServicesDep,
    ) -> dict[str, Any]:
        """A contact writes to the number, or reacts to, edits or deletes one of their messages."""
        return await services.sandbox.inbound(account, deviceId, body.model_dump(exclude_none=True))

    @router.post(
        "/devices/{deviceId}/read",
        name="sandbox.read",
        response_model=None,
        responses=_answers(200, ReadAnswer, 404, 409),
    )
    async def read(
        deviceId: str, body: ReadBody, account: CurrentAccount, services: ServicesDep
    ) -> dict[str, Any]:
        """The contact opens the chat: what the number sent them is read now."""
        return await services.sandbox.read(account, deviceId, body.phone)

    @router.post(
        "/devices/{deviceId}/typing",
        name="sandbox.typing",
        response_model=None,
        responses=_answers(200, TypingAnswer, 404, 409),
    )
    async def typing(
        deviceId: str, body: TypingBody, account: CurrentAccount, services: ServicesDep
    ) -> dict[str, Any]:
        """The contact types or records in the chat, or stops (`paused`)."""
        return await services.sandbox.typing(account, deviceId, body.phone, body.state, body.group)

    @router.get(
        "/devices/{deviceId}/actions",
        name="sandbox.actions",
        response_model=None,
        responses=_answers(200, list[ActionEntry], 404),
    )
    async def actions(deviceId: str, account: CurrentAccount, services: ServicesDep) -> list[dict[str, Any]]:
        """What the number did in its chats (typing, read marks, edits, deletes, blocks), oldest first."""
        return await services.sandbox.actions(account, deviceId)

    @router.get(
        "/devices/{deviceId}/outbox",
        name="sandbox.outbox",
        response_model=None,
        responses=_answers(200, list[OutboxEntry], 404),
    )
    async def outbox(deviceId: str, account: CurrentAccount, services: ServicesDep) -> list[dict[str, Any]]:
        """What the simulated WhatsApp carried from the number: one entry per message, never two."""
        return await services.sandbox.outbox(account, deviceId)

    @router.post(
        "/devices/{deviceId}/disconnect",
        name="sandbox.disconnect",
        response_model=None,
        responses=_answers(200, PhoneAnswer, 404, 409),
    )
    async def disconnect(
        deviceId: str,
        account: CurrentAccount,
        services: ServicesDep,
        body: DisconnectBody | None = None,
    ) -> dict[str, Any]:
        """The link drops: `offline`, `conflict` (opened elsewhere) or `logged_out`."""
        return await services.sandbox.disconnect(account, deviceId, body.reason if body else "offline")

    add_channel_routes(router)
    add_group_routes(router)
    return router
