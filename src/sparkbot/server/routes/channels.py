"""Handlers of Channels (8 operations): list, get, create, update, set the picture, delete or
unfollow, join, search the directory. The rules are `services/channels.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("channels.getDeviceChannels")
async def get_device_channels(call: Call) -> Any:
    return await call.services.channels.of_number(call.account, call.device_id, call.values)


@handlers.on("channels.getChannelById")
async def get_channel_by_id(call: Call) -> Any:
    return await call.services.channels.get(call.account, call.device_id, call.get("channelId"))


@handlers.on("channels.createChannel", status=201)
async def create_channel(call: Call) -> Any:
    return await call.services.channels.create(call.account, call.device_id, call.values)


@handlers.on("channels.updateChannel")
async def update_channel(call: Call) -> Any:
    channel = call.get("channelId")
    return await call.services.channels.update(call.account, call.device_id, channel, call.values)


@handlers.on("channels.channelUpdateImage")
async def channel_update_image(call: Call) -> Any:
    channel = call.get("channelId")
    return await call.services.channels.set_image(call.account, call.device_id, channel, call.values)


@handlers.on("channels.deleteChannel")
async def delete_channel(call: Call) -> Any:
    return await call.services.channels.delete(call.account, call.device_id, call.get("channelId"))


@handlers.on("channels.joinChannel")
async def join_channel(call: Call) -> Any:
    return await call.services.channels.join(call.account, call.device_id, call.values)


@handlers.on("channels.searchChannels")
async def search_channels(call: Call) -> Any:
    return await call.services.channels.search(call.account, call.device_id, call.values)
