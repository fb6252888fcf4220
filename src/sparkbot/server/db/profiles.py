"""Reads and writes of a number's WhatsApp profile as last set, for the WhatsApp profile operations.

One row per number (`profiles`, keyed by the number), made by its first change: an insert that
does nothing when the row is there already, then the change, in one transaction, so that two first
changes at once both land. The picture's bytes are deferred: only the image download reads them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import undefer

from .engine import Database
from .inbox import insert_for
from .models import Profile

__all__ = ["ProfileStore"]

PROFILES: Table = Profile.__table__  # type: ignore[assignment]


class ProfileStore:
    """The profiles of every number; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions

    async def get(self, device_id: str, *, with_image: bool = False) -> Profile | None:
        query = select(Profile).where(Profile.device_id == device_id)
        if with_image:
            query = query.options(undefer(Profile.image))
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def save(
        self,
        device_id: str,
        account_id: str,
        values: Mapping[str, Any],
        business: Mapping[str, Any] | None,
        now: datetime,
    ) -> None:
        """Set `values` (column names) on the number's profile, made first if it has none, and
        the fields of `business` over those of its business profile (read locked, then written)."""
        async with self._sessions.begin() as session:
            new = {"device_id": device_id, "account_id": account_id, "business": {}, "updated_at": now}
            await session.execute(insert_for(session, PROFILES).values(new).on_conflict_do_nothing())
            changes = dict(values)
            if business:
                locked = select(Profile.business).where(Profile.device_id == device_id).with_for_update()
                changes["business"] = {**((await session.scalar(locked)) or {}), **business}
            change = update(Profile).where(Profile.device_id == device_id)
            await session.execute(change.values(**changes, updated_at=now))
