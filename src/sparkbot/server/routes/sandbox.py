"""The sandbox's phone, beside `/v1` with the same keys: scan, pair, inbound, disconnect, and
what its WhatsApp carried (outbox)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ..deps import CurrentAccount, ServicesDep
from ..intake import CheckedRoute
from .openapi import error_response

__all__ = [
    "DisconnectBody",
    "InboundAnswer",
    "InboundBody",
    "OutboxEntry",
    "PairBody",
    "PhoneAnswer",
    "ScanBody",
    "build_sandbox_router",
]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ScanBody(_Body):
    qr: str | None = Field(default=None, description="the QR payload to scan; default: the one showing now")


class PairBody(_Body):
    code: str = Field(min_length=8, max_length=9, description="the pairing code, like ABCD-EFGH")


class InboundBody(_Body):
    phone: str = Field(description="who writes, E.164")
    message: str = Field(min_length=1, max_length=4096)


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


class Received(BaseModel):
    id: str
    from_: str = Field(alias="from")
    message: str
    createdAt: str


class InboundAnswer(BaseModel):
    device: str
    message: Received


class OutboxEntry(BaseModel):
    """One message the simulated WhatsApp carried; its recipient is under `phone`, `group` or `channel`."""

    waId: str
    message: str
    kind: str
    content: dict[str, Any]
    sentAt: str | None
    deliveredAt: str | None
    readAt: str | None


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
        """A contact writes to the number."""
        return await services.sandbox.inbound(account, deviceId, body.phone, body.message)

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

    return router
