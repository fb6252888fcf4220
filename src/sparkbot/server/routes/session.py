"""Handlers of the `session` operations: scan, auth code, start, reboot, reset, sync, health."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("session.scanQR")
async def scan_qr(call: Call) -> Any:
    encoding = call.get("encoding") or "svg"
    return await call.services.session.scan(call.account, call.device_id, call.flag("force"), encoding)


@handlers.on("session.requestNumberAuthCode")
async def request_number_auth_code(call: Call) -> Any:
    return await call.services.session.request_auth_code(
        call.account, call.device_id, call.get("phone"), call.flag("force")
    )


@handlers.on("session.rebootDevice")
async def reboot_device(call: Call) -> Any:
    return await call.services.session.reboot(
        call.account,
        call.device_id,
        call.flag("force"),
        call.flag("wait"),
        call.flag("sync"),
        call.wait_seconds,
    )


@handlers.on("session.startDevice")
async def start_device(call: Call) -> Any:
    return await call.services.session.start(
        call.account, call.device_id, call.flag("wait"), call.wait_seconds
    )


@handlers.on("session.resetDevice")
async def reset_device(call: Call) -> Any:
    return await call.services.session.reset(
        call.account,
        call.device_id,
        call.flag("data"),
        call.flag("wait"),
        call.flag("emptyQueue"),
        call.wait_seconds,
    )


@handlers.on("session.syncSession")
async def sync_session(call: Call) -> Any:
    return await call.services.session.sync(call.account, call.device_id)


@handlers.on("session.deviceHealth")
async def device_health(call: Call) -> Any:
    return await call.services.session.health(call.account, call.device_id)
