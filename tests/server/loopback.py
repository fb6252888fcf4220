"""Real HTTP servers on 127.0.0.1 for the tests that need one (the webhook receiver, the file
server of uploads by URL): a handler class served in a thread on a free port for a `with` block."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["QuietHandler", "listening"]


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that logs nothing (the tests read what they need from their own state)."""

    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def listening(handler: type[BaseHTTPRequestHandler]) -> Iterator[int]:
    """Serves `handler` on a free port of 127.0.0.1 (its port, for the `with` block)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
