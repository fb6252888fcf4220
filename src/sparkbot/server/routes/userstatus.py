"""Handlers of User Status (4 operations): list, details, publish or schedule, delete. The rules
are `services/userstatus.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("user-status.getUserStatus")
async def get_user_status(call: Call) -> Any:
    return await call.services.user_status.search(call.account, call.device_id, call.values)


@handlers.on("user-status.getUserStatusById")
async def get_user_status_by_id(call: Call) -> Any:
    return await call.services.user_status.get(call.account, call.device_id, str(call.get("statusId")))


@handlers.on("user-status.updateUserStatus", status=201)
async def update_user_status(call: Call) -> Any:
    return await call.services.user_status.create(call.account, call.device_id, call.values)


@handlers.on("user-status.deleteUserStatus")
async def delete_user_status(call: Call) -> Any:
    return await call.services.user_status.delete(call.account, call.device_id, call.values)
