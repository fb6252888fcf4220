"""A recording transport for client tests: every request is kept, answers are scripted."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from sparkbot import AsyncSparkBot, RetryPolicy, SparkBot

BASE_URL = "http://sparkbot.test/v1"
API_KEY = "test-key"
DEVICE = "0123456789abcdef01234567"
OTHER_DEVICE = "76543210fedcba9876543210"

Answer = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """A transport that records requests and answers from a script (default: `{}` 200)."""

    answers: list[httpx.Response | Exception] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.answers:
            return httpx.Response(200, json={})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def sync_client(self, **kwargs: object) -> SparkBot:
        options: dict[str, object] = {"retry_policy": RetryPolicy(max_retries=2), **kwargs}
        return SparkBot(
            api_key=API_KEY,
            base_url=BASE_URL,
            transport=httpx.MockTransport(self),
            sleep=self.sleeps.append,
            **options,  # type: ignore[arg-type]
        )

    def async_client(self, **kwargs: object) -> AsyncSparkBot:
        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        options: dict[str, object] = {"retry_policy": RetryPolicy(max_retries=2), **kwargs}
        return AsyncSparkBot(
            api_key=API_KEY,
            base_url=BASE_URL,
            transport=httpx.MockTransport(self),
            sleep=sleep,
            **options,  # type: ignore[arg-type]
        )


# A loopback HTTP server that records requests: the docs' and the CLI's examples run against it.
DEMO_DEVICE = "5f0c1e2d3c4b5a6978879605"
DEMO_TARGET = "5f0c1e2d3c4b5a6978879606"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8


class _Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, Any]]

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        self.seen.append({"method": self.command, "path": self.path, "body": body.decode() or None})
        if self.headers.get("accept", "").startswith("image/"):
            kind = self.headers["accept"]
            payload = PNG if kind == "image/png" else b'<svg xmlns="http://www.w3.org/2000/svg"/>'
            self._send(200, payload, kind)
            return
        if self.command == "GET" and self.path.split("?")[0] == "/v1/devices":
            query = parse_qs(urlsplit(self.path).query)
            size, page = int(query.get("size", ["50"])[0]), int(query.get("page", ["0"])[0])
            numbers = [{"id": DEMO_DEVICE, "alias": "sales"}, {"id": DEMO_TARGET, "alias": "support"}]
            self._send(200, json.dumps(numbers[page * size : (page + 1) * size]).encode(), "application/json")
            return
        if self.command == "GET" and self.path.startswith("/v1/messages"):
            queued = [{"id": "6a1b2c3d4e5f60718293a4b5", "status": "queued"}]
            self._send(200, json.dumps(queued).encode(), "application/json")
            return
        answer = {"ok": True, "method": self.command, "path": self.path.split("?")[0]}
        status = 201 if self.path == "/v1/messages" else 200
        if status == 201:
            answer = {"id": "6a1b2c3d4e5f60718293a4b5", "status": "queued"}
        self._send(status, json.dumps(answer).encode(), "application/json")

    def _send(self, status: int, payload: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("content-type", kind)
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def recording_server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A loopback HTTP server that records every request: (base URL, requests seen)."""
    seen: list[dict[str, Any]] = []
    handler = type("Recorder", (_Recorder,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", seen
    finally:
        server.shutdown()
        server.server_close()
