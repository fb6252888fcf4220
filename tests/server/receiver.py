"""A real HTTP receiver on 127.0.0.1 for webhook tests: it records every POST (headers, raw body)
and answers with the status it is set to (`down()` answers 503, `up()` 200), after `delay`
seconds, redirecting to `redirect` for a 3xx."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .loopback import QuietHandler, listening


@dataclass
class Delivery:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> dict[str, Any]:
        return dict(json.loads(self.body))

    @property
    def event(self) -> str:
        return self.headers["x-sparkbot-event"]

    @property
    def id(self) -> str:
        return self.headers["x-sparkbot-delivery"]


@dataclass
class Receiver:
    port: int
    status: int = 200
    answer: bytes = b"ok"
    redirect: str | None = None
    delay: float = 0.0  # seconds each answer is held (real time)
    received: list[Delivery] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def down(self, status: int = 503) -> None:
        self.status = status

    def up(self) -> None:
        self.status = 200

    def deliveries(self) -> list[Delivery]:
        with self.lock:
            return list(self.received)

    def accepted(self) -> list[Delivery]:
        """The deliveries answered 2xx (recorded with the status they got)."""
        return [d for d in self.deliveries() if d.headers.get("x-answered") == "200"]

    async def wait_for(self, count: int, seconds: float = 10.0, *, accepted: bool = False) -> list[Delivery]:
        """Wait (real time) until at least `count` deliveries arrived (answered 2xx if `accepted`)."""
        deadline = time.monotonic() + seconds
        while True:
            found = self.accepted() if accepted else self.deliveries()
            if len(found) >= count or time.monotonic() > deadline:
                return found
            await asyncio.sleep(0.01)


@contextmanager
def receiving() -> Iterator[Receiver]:
    """A receiver on a free port of 127.0.0.1, for the `with` block."""
    receiver = Receiver(port=0)

    class Handler(QuietHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            status = receiver.status
            headers = {k.lower(): v for k, v in self.headers.items()}
            headers["x-answered"] = str(status)
            with receiver.lock:
                receiver.received.append(Delivery(self.path, headers, body))
            held = time.monotonic() + receiver.delay
            while time.monotonic() < held and receiver.delay:
                time.sleep(0.01)
            self.send_response(status)
            if receiver.redirect and 300 <= status < 400:
                self.send_header("Location", receiver.redirect)
            self.send_header("Content-Length", str(len(receiver.answer)))
            self.end_headers()
            self.wfile.write(receiver.answer)

    with listening(Handler) as port:
        receiver.port = port
        yield receiver
