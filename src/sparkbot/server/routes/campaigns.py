"""Handlers of Campaigns (5 operations), and `POST /v1/campaigns`, this server's own route that
creates one (the catalogue has no creation). The rules are `services/campaigns.py`'s."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ..deps import CurrentAccount, ServicesDep
from ..intake import CheckedRoute
from ..services.campaigns import MAX_CONTACTS, NewCampaign
from .base import Call, Handlers
from .openapi import error_response

__all__ = ["CampaignBody", "build_campaigns_router", "handlers"]

handlers = Handlers()


def _campaign(call: Call) -> str:
    return str(call.get("campaignId"))


@handlers.on("campaigns.getCampaigns")
async def get_campaigns(call: Call) -> Any:
    return await call.services.campaigns.search(call.account, call.values)


@handlers.on("campaigns.getCampaign")
async def get_campaign(call: Call) -> Any:
    return await call.services.campaigns.get(call.account, _campaign(call))


@handlers.on("campaigns.updateCampaign")
async def update_campaign(call: Call) -> Any:
    return await call.services.campaigns.update(call.account, _campaign(call), str(call.get("action")))


@handlers.on("campaigns.getCampaignContacts")
async def get_campaign_contacts(call: Call) -> Any:
    return await call.services.campaigns.contacts(call.account, _campaign(call), call.values)


@handlers.on("campaigns.deleteCampaign")
async def delete_campaign(call: Call) -> Any:
    return await call.services.campaigns.delete(call.account, _campaign(call))


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MediaBody(_Body):
    url: str = Field(min_length=1, max_length=2048, description="the file to send, as sendMedia takes it")


class ContactBody(_Body):
    phone: str | None = Field(default=None, description="an E.164 phone")
    group: str | None = Field(default=None, description="a group WID (...@g.us)")
    name: str | None = Field(default=None, max_length=100)


class CampaignBody(_Body):
    """A campaign: one message from one number to up to 10,000 contacts; created `draft` unless
    `start` is true. A contact listed twice is kept once."""

    device: str = Field(description="the number that sends it (24-char hex id)")
    name: str = Field(min_length=1, max_length=100)
    message: str | None = Field(default=None, description="the text (the caption with media)")
    media: MediaBody | None = None
    contacts: list[str | ContactBody] = Field(
        min_length=1,
        max_length=MAX_CONTACTS,
        description="E.164 phones or group WIDs, or objects with phone or group and a name",
    )
    scheduledAt: str | None = Field(default=None, description="ISO 8601: send from then on")
    owner: str | None = Field(default=None, description="the user who owns it (24-char hex id)")
    start: bool = Field(default=False, description="start at once (as updateCampaign action=start)")


def build_campaigns_router() -> APIRouter:
    """`POST /campaigns` (mount at `/v1`): beside the catalogue's `GET /campaigns`, same keys."""
    router = APIRouter(tags=["Campaigns"], route_class=CheckedRoute, strict_content_type=False)
    codes = (400, 401, 404, 409, 415, 503)

    @router.post(
        "/campaigns",
        name="campaigns.createCampaign",
        operation_id="campaigns.createCampaign",
        summary="Create Campaign (this server's own)",
        status_code=201,
        response_model=None,
        responses={201: {"description": "The campaign"}, **{code: error_response(code) for code in codes}},
    )
    async def create_campaign(
        body: CampaignBody, account: CurrentAccount, services: ServicesDep
    ) -> dict[str, Any]:
        """Create a campaign (not in the catalogue): `draft`, or started with `start: true`."""
        contacts = [c if isinstance(c, str) else c.model_dump(exclude_none=True) for c in body.contacts]
        new = NewCampaign(
            device=body.device,
            name=body.name,
            contacts=contacts,
            message=body.message,
            media_url=body.media.url if body.media else None,
            scheduled_at=body.scheduledAt,
            owner=body.owner,
            start=body.start,
        )
        return await services.campaigns.create(account, new)

    return router
