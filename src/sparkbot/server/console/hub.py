"""The console's live feed: the session service's and the delivery worker's change notifications,
fanned out to every open page stream (server-sent events) as the ids of the numbers that changed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from ..services import Services

__all__ = ["Change", "ConsoleHub"]

# what changed on a number: its session, or its outbound messages (sent, acknowledged)
Change = tuple[str, str]

MAX_BACKLOG = 256  # a stream this far behind gets one "everything changed" instead


class ConsoleHub:
    """Subscribes once to the services' `on_change` hooks; each open stream gets its own queue."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self._queues: set[asyncio.Queue[Change]] = set()
        services.session.on_change(lambda device_id: self._publish((device_id, "session")))
        services.delivery.on_change(lambda device_id: self._publish((device_id, "messages")))

    @property
    def listeners(self) -> int:
        return len(self._queues)

    def _publish(self, change: Change) -> None:
        for queue in self._queues:
            if queue.qsize() >= MAX_BACKLOG:
                continue  # a stream this far behind re-renders everything on its next change
            queue.put_nowait(change)

    @asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue[Change]]:
        queue: asyncio.Queue[Change] = asyncio.Queue()
        self._queues.add(queue)
        try:
            yield queue
        finally:
            self._queues.discard(queue)
