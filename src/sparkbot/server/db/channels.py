"""Reads and writes of the channels a number owns or follows, for the Channels operations.

One row per number and channel (`channels`, keyed by both). Following a channel is an insert that
does nothing when the row is there already (so a second join is answered as the first), and, when
the channel is owned by a number of this server, adds one to the owner's followers in the same
transaction (unfollowing takes it away again); the follower's row then shows the owner's count.
Deleting an owned channel deletes it for every number of this server that follows it. The
picture's bytes are deferred."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, case, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from .engine import Database
from .inbox import insert_for
from .models import Channel

__all__ = ["CHANNELS", "ChannelStore"]

CHANNELS: Table = Channel.__table__  # type: ignore[assignment]


async def _add_followers(session: AsyncSession, wid: str, count: int) -> None:
    """The owners' rows of `wid` on this server gain `count` followers (never below 0)."""
    where = (Channel.wid == wid, Channel.role == "owner")
    total = case((Channel.followers + count < 0, 0), else_=Channel.followers + count)
    await session.execute(update(Channel).where(*where).values(followers=total))


class ChannelStore:
    """The channels of every number; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions

    async def of_number(self, device_id: str, role: str | None, offset: int, limit: int) -> list[Channel]:
        """The number's channels (of `role`, when given), in the order it got them."""
        query = select(Channel).where(Channel.device_id == device_id)
        if role is not None:
            query = query.where(Channel.role == role)
        query = query.order_by(Channel.added_at, Channel.wid).offset(offset).limit(limit)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def get(self, device_id: str, wid: str, *, with_image: bool = False) -> Channel | None:
        query = select(Channel).where(Channel.device_id == device_id, Channel.wid == wid)
        if with_image:
            query = query.options(undefer(Channel.image))
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def by_code(self, code: str) -> Channel | None:
        """The channel owned by a number of this server with that invite code, if any."""
        query = select(Channel).where(Channel.invite_code == code, Channel.role == "owner").limit(1)
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def owned(self, device_id: str, wids: Sequence[str]) -> dict[str, int]:
        """Of `wids`, those the number owns, with their followers."""
        query = select(Channel.wid, Channel.followers).where(
            Channel.device_id == device_id, Channel.role == "owner", Channel.wid.in_(list(wids))
        )
        async with self._sessions() as session:
            return {str(wid): int(count) for wid, count in (await session.execute(query)).all()}

    async def add(self, row: Mapping[str, Any]) -> tuple[Channel, bool]:
        """Store a channel the number created or follows: the row stored, and True when it is new
        (False: the number had it already, left as it is)."""
        async with self._sessions.begin() as session:
            insert = insert_for(session, CHANNELS).values(dict(row)).on_conflict_do_nothing()
            new = (await session.execute(insert)).rowcount == 1  # type: ignore[attr-defined]
            where = (Channel.device_id == row["device_id"], Channel.wid == row["wid"])
            if new and row["role"] == "follower":
                await _add_followers(session, row["wid"], 1)
                owners = select(Channel.followers).where(Channel.wid == row["wid"], Channel.role == "owner")
                count = await session.scalar(owners.limit(1))
                if count is not None:  # owned here: the count the owner has now
                    await session.execute(update(Channel).where(*where).values(followers=count))
            stored = (await session.scalars(select(Channel).where(*where))).one()
        return stored, new

    async def change(self, device_id: str, wid: str, values: Mapping[str, Any]) -> Channel | None:
        """Set `values` (column names) on the number's channel and, for its name and description,
        on the rows of the other numbers of this server that have it; None when the number has it
        not."""
        async with self._sessions.begin() as session:
            where = (Channel.device_id == device_id, Channel.wid == wid)
            result = await session.execute(update(Channel).where(*where).values(**values))
            if result.rowcount != 1:  # type: ignore[attr-defined]
                return None
            shared = {k: v for k, v in values.items() if k in ("name", "description", "updated_at")}
            if shared:
                others = (Channel.wid == wid, Channel.device_id != device_id)
                await session.execute(update(Channel).where(*others).values(**shared))
            return (await session.scalars(select(Channel).where(*where))).one()

    async def add_followers(self, device_id: str, wid: str, count: int, at: datetime) -> Channel | None:
        """The channel gains `count` followers (on every number of this server that has it)."""
        async with self._sessions.begin() as session:
            where = (Channel.device_id == device_id, Channel.wid == wid)
            if await session.scalar(select(Channel.wid).where(*where)) is None:
                return None
            await session.execute(
                update(Channel)
                .where(Channel.wid == wid)
                .values(followers=Channel.followers + count, updated_at=at)
            )
            return (await session.scalars(select(Channel).where(*where))).one()

    async def remove(self, device_id: str, wid: str) -> Channel | None:
        """The number no longer has the channel: an owner deleted it (gone for every number of
        this server), a follower unfollowed it (one follower less for its owner here). Answers the
        row as it was; None when the number had it not."""
        async with self._sessions.begin() as session:
            where = (Channel.device_id == device_id, Channel.wid == wid)
            found = (await session.scalars(select(Channel).where(*where).with_for_update())).first()
            if found is None:
                return None
            if found.role == "owner":
                await session.execute(delete(Channel).where(Channel.wid == wid))
            else:
                await session.execute(delete(Channel).where(*where))
                await _add_followers(session, wid, -1)
            return found
