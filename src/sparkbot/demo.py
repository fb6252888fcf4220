"""The main job, `python -m sparkbot.demo`: the client end to end over loopback HTTP.

Until the embedded server lands, the demo runs the client against a local *recording* server on
127.0.0.1 (a few lines of the standard library) and prints, step by step, what each call sent and
what came back: the five session and queue operations, a message, a validation error, paging.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from . import SparkBot, ValidationError

__all__ = ["main", "recording_server"]

DEVICE = "5f0c1e2d3c4b5a6978879605"
TARGET = "5f0c1e2d3c4b5a6978879606"
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
            numbers = [{"id": DEVICE, "alias": "sales"}, {"id": TARGET, "alias": "support"}]
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


def main() -> int:
    with recording_server() as (base_url, seen), SparkBot(api_key="demo-key", base_url=base_url) as client:

        def step(title: str, answer: Any) -> None:
            sent = seen[-1]
            body = f" {sent['body']}" if sent["body"] else ""
            shown = (
                f"{len(answer)} bytes ({answer.content_type})" if hasattr(answer, "content_type") else answer
            )
            print(f"- {title}\n    sent {sent['method']} {sent['path']}{body}\n    got  {shown}")

        print(f"SparkBot client demo against a recording server at {base_url}\n")
        step("scan the QR (svg)", client.session.scan_qr(DEVICE))
        step("scan the QR as PNG", client.session.scan_qr(DEVICE, encoding="image"))
        step("ask for an auth code", client.session.request_number_auth_code(DEVICE, phone="+16001234560"))
        step(
            "send a text", client.send_messages.send_text(device=DEVICE, phone="+447362053576", message="Hi!")
        )
        step("pause the queue", client.queue.set_queue_status(DEVICE, status="pause"))
        step("route the queue", client.queue.route_queue(DEVICE, device=TARGET))
        step("reboot, wait, sync", client.session.reboot_device(DEVICE, force=True, wait=True, sync=True))
        step("sync the session", client.session.sync_session(DEVICE))
        numbers = list(client.numbers.iter_get_numbers(size=1))
        print(f"- every number, one page at a time: {[n['alias'] for n in numbers]} in {len(seen) - 8} pages")
        try:
            client.session.request_number_auth_code(DEVICE, phone="0044 7362")
        except ValidationError as exc:
            print(f"- a bad phone is refused before sending: {exc}")
        print(f"\n{len(seen)} requests sent; demo finished.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
