"""The sandbox playing the others of a number's channels: followers join a channel (`follow`), a
channel the number follows posts (`post`: it reaches the number's inbox as a `channel:in`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ..deps import CurrentAccount, ServicesDep
from ..services.channels import FOLLOW_MAX
from .openapi import error_response

__all__ = ["ChannelAnswer", "FollowBody", "PostAnswer", "PostBody", "add_channel_routes"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FollowBody(_Body):
    count: int = Field(default=1, ge=1, le=FOLLOW_MAX, description="how many people follow the channel")


class PostBody(_Body):
    message: str = Field(min_length=1, max_length=4096, description="the text the channel posts")


class ChannelAnswer(BaseModel):
    """The channel as the number keeps it (its channel view)."""

    id: str
    name: str
    role: str
    followers: int


class PostAnswer(BaseModel):
    """The post as the number's inbox stored it (its chat message view)."""

    device: str
    channel: str
    message: dict[str, Any] | None


def _answers(status: int, model: Any) -> dict[int | str, dict[str, Any]]:
    return {
        status: {"model": model},
        **{code: error_response(code) for code in (400, 401, 404, 409, 415, 503)},
    }


def add_channel_routes(router: APIRouter) -> None:
    """The sandbox's channel routes, on the sandbox's router."""

    @router.post(
        "/devices/{deviceId}/channels/{channelId}/follow",
        name="sandbox.channelFollow",
        response_model=None,
        responses=_answers(200, ChannelAnswer),
    )
    async def follow(
        deviceId: str,
        channelId: str,
        account: CurrentAccount,
        services: ServicesDep,
        body: FollowBody | None = None,
    ) -> dict[str, Any]:
        """People follow one of the number's channels: its followers grow by `count`."""
        count = body.count if body is not None else 1
        return await services.channels.sandbox_follow(account, deviceId, channelId, count)

    @router.post(
        "/devices/{deviceId}/channels/{channelId}/post",
        name="sandbox.channelPost",
        status_code=201,
        response_model=None,
        responses=_answers(201, PostAnswer),
    )
    async def post(
        deviceId: str, channelId: str, body: PostBody, account: CurrentAccount, services: ServicesDep
    ) -> dict[str, Any]:
        """A channel the number follows posts: the post reaches the number's inbox (`channel:in`)."""
        return await services.channels.sandbox_post(account, deviceId, channelId, body.message)
