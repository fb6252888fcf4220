"""The sandbox's phone, beside `/v1` with the same keys: scan, pair, inbound, disconnect, and
what its WhatsApp carried (outbox)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ..deps import CurrentAccount, ServicesDep

__all__ = ["DisconnectBody", "InboundBody", "PairBody", "ScanBody", "build_sandbox_router"]


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


def build_sandbox_router() -> APIRouter:
    router = APIRouter(prefix="/sandbox", tags=["sandbox"])

    @router.post("/devices/{deviceId}/scan", name="sandbox.scan")
    async def scan(
        deviceId: str,
        account: CurrentAccount,
        services: ServicesDep,
        body: ScanBody | None = None,
    ) -> dict[str, Any]:
        """The phone scans the QR showing now, or the one given; an expired or unknown QR is refused."""
        return await services.sandbox.scan(account, deviceId, body.qr if body else None)

    @router.post("/devices/{deviceId}/pair", name="sandbox.pair")
    async def pair(
        deviceId: str,
        body: PairBody,
        account: CurrentAccount,
        services: ServicesDep,
    ) -> dict[str, Any]:
        """The person types the auth code on the phone."""
        return await services.sandbox.pair(account, deviceId, body.code)

    @router.post("/devices/{deviceId}/inbound", name="sandbox.inbound", status_code=201)
    async def inbound(
        deviceId: str,
        body: InboundBody,
        account: CurrentAccount,
        services: ServicesDep,
    ) -> dict[str, Any]:
        """A contact writes to the number."""
        return await services.sandbox.inbound(account, deviceId, body.phone, body.message)

    @router.get("/devices/{deviceId}/outbox", name="sandbox.outbox")
    async def outbox(deviceId: str, account: CurrentAccount, services: ServicesDep) -> list[dict[str, Any]]:
        """What the simulated WhatsApp carried from the number: one entry per message, never two."""
        return await services.sandbox.outbox(account, deviceId)

    @router.post("/devices/{deviceId}/disconnect", name="sandbox.disconnect")
    async def disconnect(
        deviceId: str,
        account: CurrentAccount,
        services: ServicesDep,
        body: DisconnectBody | None = None,
    ) -> dict[str, Any]:
        """The link drops: `offline`, `conflict` (opened elsewhere) or `logged_out`."""
        return await services.sandbox.disconnect(account, deviceId, body.reason if body else "offline")

    return router
