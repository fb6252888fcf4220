"""Group commit of acknowledgements (`batching.Batches`): the `delivered` and `read` reports waiting
at one moment are stored in one transaction, and each caller is answered only once that
transaction committed. One task writes; a burst of acknowledgements (a forced queue's messages all read
within the same second) then costs a few statements per group instead of a transaction of three
or four statements per report, and on SQLite the reports never compete for the write lock.

A group reads its messages' statuses and times (locked on PostgreSQL, so nothing moves them
meanwhile), applies the reports in the order they came, and writes each changed message with one
executemany: a message never moves backwards (a late `delivered` after `read` changes nothing), an
acknowledged message gets its `sent_at` (and a read one its `delivered_at`) even if that step was
never recorded, and each number whose messages moved gets the latest `at` as its `last_ack_at`.
One bad report (its values refused by the database) does not fail the others: a group that fails
is stored again one report at a time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from .batching import Batches
from .events import Event, Subscriptions
from .inbox import record_acks
from .models import Device, Message

__all__ = ["ACK_ORDER", "Ack", "AckCommit"]

# The statuses a message passes through, in order; an acknowledgement never moves one back.
ACK_ORDER = ("queued", "processing", "sent", "delivered", "read")
ACKS = frozenset({"delivered", "read"})

_MESSAGES: Table = Message.__table__  # type: ignore[assignment]
_DEVICES: Table = Device.__table__  # type: ignore[assignment]
_TIMES = ("sent_at", "delivered_at", "read_at")


@dataclass(frozen=True, slots=True)
class Ack:
    """The recipient acknowledged the message(s) with WhatsApp id `wa_id`: `delivered` or `read`
    at `at`; when it was sent and delivered; the number whose `last_ack_at` it moves."""

    wa_id: str
    status: str
    at: datetime
    sent_at: datetime
    delivered_at: datetime
    device_id: str | None = None


@dataclass(slots=True)
class _Row:
    """A message as the group read it, changed in memory as the reports apply."""

    id: str
    status: str
    times: dict[str, datetime | None]
    updated_at: datetime
    device_id: str = ""
    wa_id: str = ""
    account_id: str = ""
    old_status: str = field(init=False)
    changed: bool = False

    def __post_init__(self) -> None:
        self.old_status = self.status

    def apply(self, ack: Ack) -> bool:
        """Apply one report; True when it moved the message forward."""
        implied = {"sent_at": ack.sent_at}
        if ack.status == "read":
            implied["delivered_at"] = ack.delivered_at
        for column, when in implied.items():
            if self.times[column] is None:
                self.times[column] = when
                self.changed = True
        if self.status not in ACK_ORDER[: ACK_ORDER.index(ack.status)]:
            return False
        self.status = ack.status
        self.times[f"{ack.status}_at"] = ack.at
        self.updated_at = ack.at
        self.changed = True
        return True


class AckCommit:
    """Stores acknowledgements in groups; see the module docstring."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], subscriptions: Subscriptions | None = None
    ) -> None:
        self._sessions = sessions
        self._subscriptions = subscriptions
        self._batches: Batches[Ack, bool] = Batches(self._commit, name="sparkbot:ack-commit")

    async def add(self, ack: Ack) -> bool:
        """Store `ack` with the others waiting now; answers, once committed, whether it moved its
        message forward. Raises ValueError for a status that is not an acknowledgement."""
        if ack.status not in ACKS:
            raise ValueError(f"{ack.status!r} is not an acknowledgement (delivered or read)")
        return await self._batches.add(ack)

    async def _commit(self, acks: list[Ack]) -> list[bool]:
        """Store a group in one transaction; answers, per report, whether it moved its message."""
        columns = (
            Message.id,
            Message.wa_id,
            Message.device_id,
            Message.status,
            Message.updated_at,
            Message.account_id,
        )
        query = (
            select(*columns, *(getattr(Message, c) for c in _TIMES))
            .where(Message.wa_id.in_({a.wa_id for a in acks}))
            .order_by(Message.id)  # rows locked in one order: no deadlock with `Outbox.finish`
        )
        async with self._sessions.begin() as session:
            by_wa_id: dict[str, list[_Row]] = {}
            for found in (await session.execute(query.with_for_update())).all():
                times = {c: getattr(found, c) for c in _TIMES}
                row = _Row(
                    found.id,
                    found.status,
                    times,
                    found.updated_at,
                    found.device_id,
                    found.wa_id,
                    found.account_id,
                )
                by_wa_id.setdefault(found.wa_id, []).append(row)
            moved: list[bool] = []
            last_ack: dict[str, datetime] = {}
            for ack in acks:
                forward = [row.apply(ack) for row in by_wa_id.get(ack.wa_id, ())]
                moved.append(any(forward))
                if any(forward) and ack.device_id is not None:
                    last_ack[ack.device_id] = max(ack.at, last_ack.get(ack.device_id, ack.at))
            changed = sorted((r for rows in by_wa_id.values() for r in rows if r.changed), key=lambda r: r.id)
            if changed:
                await session.execute(_UPDATE_MESSAGE, [_params(r) for r in changed])
                await record_acks(session, [_history(r) for r in changed])  # the chats' copies
                moved_rows = [r for r in changed if r.status != r.old_status]
                if self._subscriptions is not None and moved_rows:
                    at = max(r.updated_at for r in moved_rows)
                    await self._subscriptions.write(session, [_acked(r) for r in moved_rows], at)
            if last_ack:
                params = [{"b_id": d, "b_at": at} for d, at in sorted(last_ack.items())]
                await session.execute(_UPDATE_DEVICE, params)
        return moved


def _params(row: _Row) -> dict[str, Any]:
    return {
        "b_id": row.id,
        "b_old": row.old_status,
        "b_status": row.status,
        "b_updated_at": row.updated_at,
        **{f"b_{c}": when for c, when in row.times.items()},
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="milliseconds").replace("+00:00", "Z") if value else None


def _acked(row: _Row) -> Event:
    """`message:out:ack`: the message's id, WhatsApp id, number, status and times."""
    data = {
        "id": row.id,
        "waId": row.wa_id,
        "device": row.device_id,
        "status": row.status,
        "ack": row.status,
        "sentAt": _iso(row.times["sent_at"]),
        "deliveredAt": _iso(row.times["delivered_at"]),
        "readAt": _iso(row.times["read_at"]),
        "updatedAt": _iso(row.updated_at),
    }
    return Event(row.account_id, row.device_id, "message:out:ack", data, row.id)


def _history(row: _Row) -> dict[str, Any]:
    return {
        "b_device": row.device_id,
        "b_id": row.wa_id,
        "b_ack": row.status,
        "b_updated_at": row.updated_at,
        **{f"b_{c}": when for c, when in row.times.items()},
    }


# guarded by the status read (and locked): a message nobody else moved meanwhile
_UPDATE_MESSAGE = (
    update(_MESSAGES)
    .where(_MESSAGES.c.id == bindparam("b_id"), _MESSAGES.c.status == bindparam("b_old"))
    .values(
        status=bindparam("b_status"),
        updated_at=bindparam("b_updated_at"),
        **{c: bindparam(f"b_{c}") for c in _TIMES},
    )
)
_UPDATE_DEVICE = (
    update(_DEVICES).where(_DEVICES.c.id == bindparam("b_id")).values(last_ack_at=bindparam("b_at"))
)
