"""The actions of a number's page, one per console route `/console/numbers/{id}/{action}`: each
calls an operation (through the catalogue's handlers) or the sandbox's phone, and answers what
happened (a sentence) and which of the page's sections to redraw."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from ..db import Account
from ..problems import ApiProblem
from ..services import Services
from .calls import operation

__all__ = ["ACTIONS", "Action"]

Action = Callable[[Services, Account, str, dict[str, str]], Awaitable[tuple[str, list[str]]]]


def _checked(form: dict[str, str], name: str) -> bool | None:
    """A checkbox: True when ticked, else None (the catalogue's default)."""
    return True if form.get(name) in {"on", "true", "1"} else None


def _describe(answer: Any) -> str:
    if isinstance(answer, dict):
        status = answer.get("status")
        reason = answer.get("reason")
        if status is not None:
            return f"session {status}" + (f" ({reason})" if reason else "")
    return "done"


# the actions of a number's page: each answers (what happened, which sections to redraw)
async def _start(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    values = {"deviceId": device_id, "wait": _checked(form, "wait")}
    answer = await operation(services, account, "session.startDevice", values)
    return f"Started: {_describe(answer)}", ["link"]


async def _reboot(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    values = {
        "deviceId": device_id,
        "force": _checked(form, "force"),
        "wait": _checked(form, "wait"),
        "sync": _checked(form, "sync"),
    }
    answer = await operation(services, account, "session.rebootDevice", values)
    return f"Rebooted: {_describe(answer)}", ["link"]


async def _sync(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    answer = await operation(services, account, "session.syncSession", {"deviceId": device_id})
    return f"Synced: {_describe(answer)}, last sync {answer.get('lastSyncAt') or 'never'}", ["link"]


async def _reset(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    values = {
        "deviceId": device_id,
        "data": _checked(form, "data"),
        "wait": _checked(form, "wait"),
        "emptyQueue": _checked(form, "emptyQueue"),
    }
    answer = await operation(services, account, "session.resetDevice", values)
    deleted = answer.get("deletedMessages", 0)
    return f"Reset: {_describe(answer)}; {deleted} queued message(s) deleted", ["link", "queue", "outbound"]


async def _new_qr(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    values = {"deviceId": device_id, "force": _checked(form, "force"), "encoding": "json"}
    await operation(services, account, "session.scanQR", values)
    return "A new QR is showing", ["link"]


async def _auth_code(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    values = {"deviceId": device_id, "phone": form.get("phone") or None, "force": _checked(form, "force")}
    answer = await operation(services, account, "session.requestNumberAuthCode", values)
    return f"Auth code for {answer['phone']}: {answer['code']} (type it on the phone)", ["link"]


async def _queue_status(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    status = form.get("status", "")
    values = {"deviceId": device_id, "status": status, "force": _checked(form, "force")}
    answer = await operation(services, account, "queue.setQueueStatus", values)
    return f"Queue {answer['status']}", ["queue"]


async def _queue_route(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    values = {"deviceId": device_id, "device": form.get("device") or None}
    answer = await operation(services, account, "queue.routeQueue", values)
    return f"{answer['moved']} message(s) moved to {answer['target']}", ["queue", "outbound"]


async def _queue_empty(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    values = {"deviceId": device_id, "skipScheduled": _checked(form, "skipScheduled")}
    answer = await operation(services, account, "queue.emptyQueue", values)
    return f"{answer['deleted']} queued message(s) deleted", ["queue", "outbound"]


async def _send(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    values = {"device": device_id, "phone": form.get("phone") or None, "message": form.get("message") or None}
    answer = await operation(services, account, "send-messages.sendText", values)
    return f"Message {answer['id']} {answer['status']}", ["queue", "outbound", "inbox"]


async def _scan(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    answer = await services.sandbox.scan(account, device_id, form.get("qr") or None)
    return f"The sandbox phone scanned the QR: session {answer['session']['status']}", ["link"]


async def _pair(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    answer = await services.sandbox.pair(account, device_id, form.get("code", ""))
    return f"The sandbox phone typed the code: session {answer['session']['status']}", ["link"]


async def _inbound(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    body = {
        "phone": form.get("phone", ""),
        "message": form.get("message") or None,
        "name": form.get("name") or None,
    }
    await services.sandbox.inbound(account, device_id, {k: v for k, v in body.items() if v is not None})
    return f"{body['phone']} wrote to the number", ["inbox"]


async def _disconnect(
    services: Services, account: Account, device_id: str, form: dict[str, str]
) -> tuple[str, list[str]]:
    reason = form.get("reason") or "offline"
    if reason not in {"offline", "conflict", "logged_out"}:
        raise ApiProblem(400, "invalid_parameter", "reason must be offline, conflict or logged_out")
    answer = await services.sandbox.disconnect(account, device_id, reason)
    return f"The link dropped: session {answer['session']['status']}", ["link"]


ACTIONS: dict[str, Action] = {
    "start": _start,
    "reboot": _reboot,
    "sync": _sync,
    "reset": _reset,
    "qr": _new_qr,
    "authcode": _auth_code,
    "queue-status": _queue_status,
    "queue-route": _queue_route,
    "queue-empty": _queue_empty,
    "send": _send,
    "sandbox-scan": _scan,
    "sandbox-pair": _pair,
    "sandbox-inbound": _inbound,
    "sandbox-disconnect": _disconnect,
}
