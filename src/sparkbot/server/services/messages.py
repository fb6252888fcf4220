"""Sending: every send operation queues its message at once (201, `queued`) on its number."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ...spec import Operation
from ..clock import Clock
from ..db import Account, Message, Store
from ..problems import conflict, invalid
from .accounts import new_id
from .numbers import NumberService
from .views import iso

__all__ = ["MessageService", "message_view"]

_TARGETS = ("phone", "group", "channel")
_OUTSIDE_PAYLOAD = {"device", *_TARGETS, "deliverAt"}


def message_view(m: Message) -> dict[str, Any]:
    return {
        "id": m.id,
        "device": m.device_id,
        "status": m.status,
        "kind": m.kind,
        m.target_type: m.target,
        "deliverAt": iso(m.deliver_at),
        "createdAt": iso(m.created_at),
    }


class MessageService:
    """Queues outbound messages; delivery belongs to the number's queue."""

    def __init__(self, store: Store, clock: Clock, numbers: NumberService) -> None:
        self._store = store
        self._clock = clock
        self._numbers = numbers

    async def send(self, account: Account, op: Operation, values: Mapping[str, Any]) -> dict[str, Any]:
        targets = [name for name in _TARGETS if values.get(name)]
        if len(targets) != 1:
            raise invalid("phone", "give exactly one of phone, group or channel")
        device = await self._numbers.require(account, str(values["device"]))
        if device.status == "disabled":
            raise conflict("number_disabled", "the number is disabled: enable it with updateNumber first")
        if device.queue_status not in {"active", "pause"}:
            raise conflict(
                "queue_refuses", f"the number's queue is {device.queue_status}: it refuses new messages"
            )
        now = self._clock.now()
        deliver_at: datetime | None = None
        if values.get("deliverAt"):
            deliver_at = datetime.fromisoformat(str(values["deliverAt"]).replace("Z", "+00:00"))
            if deliver_at.tzinfo is None:
                deliver_at = deliver_at.replace(tzinfo=now.tzinfo)
        elif isinstance(values.get("delay"), int | float):
            deliver_at = now + timedelta(seconds=float(values["delay"]))
        message = Message(
            id=new_id(),
            account_id=account.id,
            device_id=device.id,
            position=await self._store.next_position(device.id),
            kind=op.operation.removeprefix("send").lower() or op.operation,
            target_type=targets[0],
            target=str(values[targets[0]]),
            payload={k: v for k, v in values.items() if k not in _OUTSIDE_PAYLOAD},
            status="queued",
            deliver_at=deliver_at,
            created_at=now,
            updated_at=now,
        )
        await self._store.add(message)
        return message_view(message)
