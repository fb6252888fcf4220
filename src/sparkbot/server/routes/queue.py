"""Handlers of the `queue` operations (`/devices/{deviceId}/queue`)."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("queue.getQueueStatus")
async def get_queue_status(call: Call) -> Any:
    return await call.services.queue.status(call.account, call.device_id)


@handlers.on("queue.setQueueStatus")
async def set_queue_status(call: Call) -> Any:
    status = call.get("status") or "active"
    return await call.services.queue.set_status(call.account, call.device_id, status, call.flag("force"))


@handlers.on("queue.routeQueue")
async def route_queue(call: Call) -> Any:
    return await call.services.queue.route(call.account, call.device_id, str(call.get("device")))


@handlers.on("queue.emptyQueue")
async def empty_queue(call: Call) -> Any:
    return await call.services.queue.empty(call.account, call.device_id, call.values)
