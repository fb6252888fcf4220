"""The event outbox as the server tests read it: a webhook row that wants some events (no API
call, no delivery worth waiting for: its URL refuses connections), and the events written."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from sparkbot.server.db.models import Webhook, WebhookEvent
from sparkbot.server.services.views import iso

from .harness import Server

__all__ = ["Outbox", "Written", "last_seq", "subscribe", "written"]


@dataclass(frozen=True)
class Written:
    """An event in the outbox: its name, lane (the number, or "") and the body to deliver."""

    event: str
    lane: str
    body: dict[str, Any]

    @property
    def data(self) -> Any:
        return self.body["data"]


async def subscribe(server: Server, device: str, events: list[str], only: str | None = None) -> str:
    """A webhook of the number's account wanting `events` (of the number `only`, or all): its id."""
    found = await server.services.store.get_device(device)
    assert found is not None
    now, webhook_id = server.clock.now(), secrets.token_hex(12)
    async with server.services.database.sessions.begin() as session:
        session.add(
            Webhook(
                id=webhook_id,
                account_id=found.account_id,
                name="events",
                url="http://127.0.0.1:9/x",
                events=events,
                device_id=only,
                secret="s",
                status="active",
                created_at=now,
                updated_at=now,
            )
        )
    server.services.database.subscriptions.changed()
    return webhook_id


async def written(server: Server, since: int = 0) -> list[Written]:
    """The outbox after row `since` (by `seq`), each body checked for its shape."""
    async with server.services.database.sessions() as session:
        query = select(WebhookEvent).where(WebhookEvent.seq > since).order_by(WebhookEvent.seq)
        rows = list((await session.scalars(query)).all())
    found = []
    for row in rows:
        body = json.loads(row.body)
        assert set(body) == {"id", "event", "created", "device", "data"}
        assert (body["id"], body["event"], body["device"] or "") == (row.id, row.event, row.lane)
        found.append(Written(row.event, row.lane, body))
    return found


async def last_seq(server: Server) -> int:
    """The outbox's last row (`seq`), 0 when empty."""
    async with server.services.database.sessions() as session:
        return int(await session.scalar(select(func.coalesce(func.max(WebhookEvent.seq), 0))) or 0)


class Outbox:
    """The events written since the last look."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.seen = 0

    async def new(self) -> list[tuple[str, str, dict[str, Any]]]:
        found = [(w.event, w.lane, w.body) for w in await written(self.server, self.seen)]
        self.seen = await last_seq(self.server)
        return found

    async def one(self, event: str, device: str) -> dict[str, Any]:
        """The one event written since the last look: its data."""
        found = await self.new()
        assert [(e, lane) for e, lane, _ in found] == [(event, device)], found
        body = found[0][2]
        assert body["created"] == iso(self.server.clock.now())
        return dict(body["data"])
