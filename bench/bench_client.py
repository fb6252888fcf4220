"""Client overhead: a generated method call vs the same request sent with bare httpx.

Both send to an in-memory transport, so the ratio is what the client adds per call (validation,
request building, answer parsing). Run: `.venv/bin/python bench/bench_client.py [N]`.
"""

from __future__ import annotations

import sys
import time

import httpx

from sparkbot import SparkBot

DEVICE = "5f0c1e2d3c4b5a6978879605"


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201, json={"id": "6a1b2c3d4e5f60718293a4b5", "status": "queued"})


def main(n: int = 3000) -> None:
    transport = httpx.MockTransport(_answer)
    body = {"device": DEVICE, "phone": "+447362053576", "message": "Hello", "priority": "high"}
    with (
        httpx.Client(transport=transport) as bare,
        SparkBot("k", "http://x/v1", transport=transport) as client,
    ):
        start = time.perf_counter()
        for _ in range(n):
            bare.post("http://x/v1/messages", json=body, headers={"Token": "k"}).json()
        bare_s = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(n):
            client.send_messages.send_text(
                device=DEVICE, phone="+447362053576", message="Hello", priority="high"
            )
        client_s = time.perf_counter() - start
    print(f"bare httpx:      {n / bare_s:8.0f} calls/s")
    print(f"SparkBot client: {n / client_s:8.0f} calls/s")
    print(f"ratio client/bare time per call: {client_s / bare_s:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
