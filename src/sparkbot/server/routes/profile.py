"""Handlers of WhatsApp profile (4 operations): get, update, the picture's bytes out and in. The
rules are `services/profile.py`'s."""

from __future__ import annotations

from typing import Any

from fastapi.responses import Response

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("profile.deviceProfile")
async def device_profile(call: Call) -> Any:
    return await call.services.profile.get(call.account, call.device_id)


@handlers.on("profile.deviceProfileUpdate")
async def device_profile_update(call: Call) -> Any:
    return await call.services.profile.update(call.account, call.device_id, call.values)


@handlers.on("profile.deviceProfileImage")
async def device_profile_image(call: Call) -> Response:
    found = await call.services.profile.image(call.account, call.device_id)
    return Response(found.content, media_type=found.media_type, headers=found.headers)


@handlers.on("profile.updateProfileImage")
async def update_profile_image(call: Call) -> Any:
    return await call.services.profile.set_image(call.account, call.device_id, call.values)
