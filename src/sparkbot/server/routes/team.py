"""Handlers of Team (7 operations): the account's users, a number's users, access grants and
revokes. The rules are `services/team.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("team.getTeamUsers")
async def get_team_users(call: Call) -> Any:
    return await call.services.team.search(call.account, call.values)


@handlers.on("team.updateTeamUser")
async def update_team_user(call: Call) -> Any:
    return await call.services.team.update(call.account, call.values)


@handlers.on("team.deleteUsers")
async def delete_users(call: Call) -> Any:
    return await call.services.team.delete(call.account, call.values)


@handlers.on("team.getDeviceTeamMembers")
async def get_device_team_members(call: Call) -> Any:
    return await call.services.team.members(call.account, call.device_id)


@handlers.on("team.createDeviceUser", status=201)
async def create_device_user(call: Call) -> Any:
    return await call.services.team.create(call.account, call.device_id, call.values)


@handlers.on("team.grantDeviceUserAccess")
async def grant_device_user_access(call: Call) -> Any:
    return await call.services.team.grant(call.account, call.device_id, str(call.get("id")))


@handlers.on("team.revokeDeviceUserAccess")
async def revoke_device_user_access(call: Call) -> Any:
    return await call.services.team.revoke(call.account, call.device_id, call.values)
