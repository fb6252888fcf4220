"""Reads and writes of accounts and devices: each method one short transaction."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, or_, select, update

from .engine import Database
from .events import Event
from .models import Account, Chat, ChatFile, ChatMessage, Contact, Device, Message, Webhook
from .readcache import ReadCache

__all__ = ["DeviceFilter", "Store", "devices_query"]


@dataclass(frozen=True, slots=True)
class DeviceFilter:
    """What `getNumbers` may filter on; empty fields do not filter."""

    ids: tuple[str, ...] = ()
    status: str | None = None
    session_status: str | None = None
    search: str | None = None


def devices_query(account_id: str, where: DeviceFilter, page: int, size: int) -> Select[Device]:
    """A `getNumbers` page, oldest first, as one statement that costs its page: the page's ids are
    read from `ix_devices_list` alone (skipping `page * size` entries reads no row), then only the
    page's rows (a deferred join)."""
    query = select(Device.id).where(Device.account_id == account_id)
    if where.ids:
        query = query.where(Device.id.in_(where.ids))
    if where.status:
        query = query.where(Device.status == where.status)
    if where.session_status:
        query = query.where(Device.session_status == where.session_status)
    if where.search:
        like = f"%{where.search.lower()}%"
        query = query.where(
            or_(
                func.lower(Device.alias).like(like),
                func.coalesce(Device.phone, "").like(like),
                Device.id.like(like),
            )
        )
    order = (Device.created_at, Device.id)
    ids = query.order_by(*order).offset(page * size).limit(size).subquery("page")
    return select(Device).join(ids, Device.id == ids.c.id).order_by(*order)


class Store:
    """The database seen as the services need it; objects come back detached (and may be shared:
    a number read is remembered while nothing is written, see `readcache`; never change one)."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions
        self._devices: ReadCache[tuple[str, str | None], Device | None] = ReadCache(database.writes)
        self._counted: ReadCache[tuple[str, str], tuple[Device, int] | None] = ReadCache(database.writes)

    # accounts
    async def account_by_key_hash(self, key_hash: str) -> Account | None:
        async with self._sessions() as session:
            return (await session.scalars(select(Account).where(Account.key_hash == key_hash))).first()

    async def list_accounts(self) -> list[Account]:
        """Every account, oldest first."""
        async with self._sessions() as session:
            query = select(Account).order_by(Account.created_at, Account.id)
            return list((await session.scalars(query)).all())

    async def count_accounts(self) -> int:
        async with self._sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(Account)) or 0)

    async def add(self, row: Account | Device | Message) -> None:
        async with self._sessions.begin() as session:
            session.add(row)

    # devices
    async def get_device(self, device_id: str, account_id: str | None = None) -> Device | None:
        """The number (None when it is not one of `account_id`'s, if given)."""
        key = (device_id, account_id)
        current, device = self._devices.get(key)
        if current:
            return device
        mark = self._devices.mark()
        query = select(Device).where(Device.id == device_id)
        if account_id is not None:
            query = query.where(Device.account_id == account_id)
        async with self._sessions() as session:
            device = (await session.scalars(query)).first()
        self._devices.put(key, mark, device)
        return device

    async def device_with_pending(self, device_id: str, account_id: str) -> tuple[Device, int] | None:
        """A number of the account and how many of its messages are queued, in one query."""
        key = (device_id, account_id)
        current, found = self._counted.get(key)
        if current:
            return found
        mark = self._counted.mark()
        pending = (
            select(func.count())
            .where(Message.device_id == Device.id, Message.status == "queued")
            .scalar_subquery()
        )
        query = select(Device, pending).where(Device.id == device_id, Device.account_id == account_id)
        async with self._sessions() as session:
            row = (await session.execute(query)).first()
        found = None if row is None else (row[0], int(row[1] or 0))
        self._counted.put(key, mark, found)
        return found

    async def list_devices(self, account_id: str, where: DeviceFilter, page: int, size: int) -> list[Device]:
        async with self._sessions() as session:
            return list((await session.scalars(devices_query(account_id, where, page, size))).all())

    async def devices_by_phone(self, account_id: str, phone: str) -> list[Device]:
        query = select(Device).where(Device.account_id == account_id, Device.phone == phone)
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def devices_reconnecting(self) -> list[Device]:
        """Linked numbers left `offline` while rebooting or starting."""
        query = select(Device).where(
            Device.session_linked.is_(True),
            Device.session_status == "offline",
            Device.session_reason.in_(("rebooting", "starting")),
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def update_device(
        self,
        device_id: str,
        values: Mapping[str, Any],
        events: Callable[[Device], Sequence[Event]] | None = None,
    ) -> Device | None:
        """Change a number; with the `events` of the number after the change, in its transaction."""
        async with self._sessions.begin() as session:
            if values:
                await session.execute(update(Device).where(Device.id == device_id).values(**values))
            after = (await session.scalars(select(Device).where(Device.id == device_id))).first()
            if after is not None and events is not None:
                await self._subscriptions.write(session, events(after), after.updated_at)
            return after

    async def delete_device(self, device_id: str) -> bool:
        async with self._sessions.begin() as session:
            for table in (Message, ChatMessage, ChatFile, Chat, Contact):  # its inbox with it
                await session.execute(delete(table).where(table.device_id == device_id))
            # the webhooks of this number alone can never fire again
            await session.execute(delete(Webhook).where(Webhook.device_id == device_id))
            result = await session.execute(delete(Device).where(Device.id == device_id))
            return bool(getattr(result, "rowcount", 0))
