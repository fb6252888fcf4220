"""The sandbox's own record of what its simulated WhatsApp carried: one row per WhatsApp message id.

It is the sandbox's side of the wire, kept in the server's database but in tables of its own, so
that a send repeated after a crash finds its row and is not carried twice, and acknowledgements
still due are carried on after a restart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..db import Database
from ..db.migrate import migrate
from ..db.types import UtcDateTime

__all__ = ["WireRecord", "WireStore"]


class _SandboxBase(DeclarativeBase):
    """The sandbox's tables, created only when the sandbox engine runs."""


class WireRecord(_SandboxBase):
    """A message the simulated WhatsApp carried from a number to a recipient."""

    __tablename__ = "sandbox_wire"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    wa_id: Mapped[str] = mapped_column(String(32), unique=True)
    message_id: Mapped[str] = mapped_column(String(24), index=True)
    device_id: Mapped[str] = mapped_column(String(24), index=True)
    target_type: Mapped[str] = mapped_column(String(10))
    target: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # a group message: the members it reached (their phones, the number's own excluded)
    recipients: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    read_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # a post to a channel: how many followers it reached
    followers: Mapped[int | None] = mapped_column(Integer, nullable=True)


@dataclass(frozen=True, slots=True)
class WireStore:
    """Reads and writes of `sandbox_wire`."""

    database: Database

    async def create_tables(self) -> None:
        async with self.database.engine.begin() as conn:
            await conn.run_sync(migrate, _SandboxBase.metadata)

    async def carry(self, record: WireRecord) -> tuple[WireRecord, bool]:
        """Record a message as carried: the stored record, and True when it is new (False when its
        `wa_id` was carried already, so it is not carried again)."""
        for _ in range(2):
            known = await self._find(record.wa_id)
            if known is not None:
                return known, False
            try:
                async with self.database.sessions.begin() as session:
                    session.add(record)
            except IntegrityError:  # carried meanwhile by another worker: still only once
                continue
            return record, True
        raise RuntimeError(f"message {record.wa_id} could be neither carried nor found")

    async def carry_many(self, records: Sequence[WireRecord]) -> list[tuple[WireRecord, bool]]:
        """`carry` for several records in one transaction, in their order (which `seq` keeps)."""
        try:
            async with self.database.sessions.begin() as session:
                query = select(WireRecord).where(WireRecord.wa_id.in_([r.wa_id for r in records]))
                known = {r.wa_id: r for r in await session.scalars(query)}
                session.add_all(r for r in records if r.wa_id not in known)
        except IntegrityError:  # some carried meanwhile by another worker: one by one, still once
            return [await self.carry(record) for record in records]
        return [(known[r.wa_id], False) if r.wa_id in known else (r, True) for r in records]

    async def _find(self, wa_id: str) -> WireRecord | None:
        async with self.database.sessions() as session:
            return (await session.scalars(select(WireRecord).where(WireRecord.wa_id == wa_id))).first()

    async def acked(self, wa_ids: Sequence[str], column: str, at: datetime) -> None:
        """The recipients acknowledged these messages (`delivered_at` or `read_at`) at `at`."""
        query = update(WireRecord).where(WireRecord.wa_id.in_(wa_ids)).values({column: at})
        async with self.database.sessions.begin() as session:
            await session.execute(query)

    async def unread(self) -> list[WireRecord]:
        """Records whose recipient has not read them yet (acknowledgements still to come)."""
        query = select(WireRecord).where(WireRecord.read_at.is_(None)).order_by(WireRecord.seq)
        async with self.database.sessions() as session:
            return list((await session.scalars(query)).all())

    async def carried_by(self, device_id: str) -> list[WireRecord]:
        query = select(WireRecord).where(WireRecord.device_id == device_id).order_by(WireRecord.seq)
        async with self.database.sessions() as session:
            return list((await session.scalars(query)).all())
