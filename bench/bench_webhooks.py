"""Webhook figures in one run, each against a baseline measured alongside it.

1. delivery rate: events delivered per second by the server's deliverer (N messages sent on a
   paused queue, so each makes one `message:out:new` event, all for one webhook and one number:
   one ordered lane, then the same over LANES numbers), against plain httpx POSTs of the same bodies
   to the same receiver, 32 at a time;
2. latency: from an event's `created` to its arrival at the receiver (p50, p95, max), at 20 events
   a second (the deliverer keeps up), and while the N sends go on (a backlog: it measures the queue);
3. the cost on the write path: sends/s with a webhook wanting every event, against sends/s with no
   webhook (the events are written in the sends' transactions).

The app runs in-process (httpx.ASGITransport) on the wall clock, on a temporary SQLite database
(and on PostgreSQL at 127.0.0.1 when `--postgres` is given); the receiver is uvicorn serving a
bare Starlette endpoint on 127.0.0.1, in its own thread.
Run: `.venv/bin/python bench/bench_webhooks.py [MESSAGES] [LANES] [--postgres]`.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sparkbot.server import Settings, create_app

KEY = "bench-key"
PHONE = "+447362053576"


class Receiver:
    """uvicorn on a free port, recording each delivery's arrival time and body."""

    def __init__(self) -> None:
        self.arrived: list[tuple[float, bytes]] = []
        self.lock = threading.Lock()

        async def hook(request: Request) -> Response:
            body = await request.body()
            with self.lock:
                self.arrived.append((time.time(), body))
            return Response(b"ok")

        app = Starlette(routes=[Route("/hook", hook, methods=["POST"])])
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> str:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/hook"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)

    def count(self) -> int:
        with self.lock:
            return len(self.arrived)

    def reset(self) -> None:
        with self.lock:
            self.arrived.clear()


async def _numbers(client: httpx.AsyncClient, n: int) -> list[str]:
    ids = []
    for i in range(n):
        answer = await client.post("/v1/devices", json={"alias": f"Bench {i}", "billingPlan": "professional"})
        device = str(answer.json()["id"])
        await client.get(f"/v1/devices/{device}/scan", params={"encoding": "json"})
        (await client.post(f"/sandbox/devices/{device}/scan")).raise_for_status()
        (await client.post(f"/v1/devices/{device}/queue", json={"status": "pause"})).raise_for_status()
        ids.append(device)
    return ids


async def _send(client: httpx.AsyncClient, devices: list[str], n: int) -> float:
    """Send `n` messages over `devices`, 32 at a time; answers the seconds it took."""
    limit = asyncio.Semaphore(32)

    async def one(i: int) -> None:
        async with limit:
            body = {"device": devices[i % len(devices)], "phone": PHONE, "message": f"m{i}"}
            (await client.post("/v1/messages", json=body)).raise_for_status()

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(n)))
    return time.perf_counter() - started


async def _until(check: Callable[[], bool], seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("deliveries did not all arrive")
        await asyncio.sleep(0.005)


def _latencies(arrived: list[tuple[float, bytes]]) -> list[float]:
    out = []
    for at, body in arrived:
        created = datetime.fromisoformat(json.loads(body)["created"].replace("Z", "+00:00")).timestamp()
        out.append((at - created) * 1000)
    return sorted(out)


async def _raw_rate(url: str, bodies: list[bytes]) -> float:
    limit = asyncio.Semaphore(32)
    async with httpx.AsyncClient(timeout=30) as http:

        async def one(body: bytes) -> None:
            async with limit:
                (
                    await http.post(url, content=body, headers={"Content-Type": "application/json"})
                ).raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(one(b) for b in bodies))
        return len(bodies) / (time.perf_counter() - started)


async def run(database_url: str, messages: int, lanes: int) -> None:
    receiver = Receiver()
    url = receiver.start()
    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(data_dir=Path(data_dir), database_url=database_url, api_key=KEY)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(
                transport=transport, base_url="http://bench", headers={"Token": KEY}, timeout=60
            ) as client:
                one = await _numbers(client, 1)
                many = await _numbers(client, lanes)
                # 3. the write path without, then with, a webhook
                plain = messages / await _send(client, one, messages)
                created = await client.post(
                    "/v1/webhooks", json={"name": "bench", "url": url, "events": ["message:out:new"]}
                )
                created.raise_for_status()
                # 1 and 2. one lane, then `lanes` lanes
                receiver.reset()
                started = time.perf_counter()
                hooked = messages / await _send(client, one, messages)
                await _until(lambda: receiver.count() >= messages)
                one_lane = messages / (time.perf_counter() - started)
                latencies = _latencies(receiver.arrived)
                bodies = [body for _, body in receiver.arrived]
                receiver.reset()
                started = time.perf_counter()
                await _send(client, many, messages)
                await _until(lambda: receiver.count() >= messages)
                many_lanes = messages / (time.perf_counter() - started)
                # 2b. latency when the deliverer keeps up: 50 sends, 20 a second
                receiver.reset()
                for i in range(50):
                    body = {"device": one[0], "phone": PHONE, "message": f"paced {i}"}
                    (await client.post("/v1/messages", json=body)).raise_for_status()
                    await asyncio.sleep(0.05)
                await _until(lambda: receiver.count() >= 50)
                paced = _latencies(receiver.arrived)
                receiver.reset()
                raw = await _raw_rate(url, bodies)
    receiver.stop()
    backend = "PostgreSQL" if database_url.startswith("postgresql") else "SQLite"
    p = statistics.quantiles(latencies, n=100)
    print(f"## {backend}, {messages} messages (one event each)")
    print(
        f"delivered, 1 lane (ordered)   : {one_lane:8.0f}/s   vs plain httpx POSTs {raw:8.0f}/s  "
        f"ratio {one_lane / raw:.2f}"
    )
    print(f"delivered, {lanes} lanes          : {many_lanes:8.0f}/s   ratio {many_lanes / raw:.2f}")
    q = statistics.quantiles(paced, n=100)
    print(f"event to arrival, 20 events/s : p50 {q[49]:.0f} ms, p95 {q[94]:.0f} ms, max {paced[-1]:.0f} ms")
    print(
        f"event to arrival, backlog     : p50 {p[49]:.0f} ms, p95 {p[94]:.0f} ms, max {latencies[-1]:.0f} ms"
    )
    print(
        f"sends with a webhook          : {hooked:8.0f}/s   vs without {plain:8.0f}/s"
        f"  ratio {hooked / plain:.2f}"
    )


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    messages = int(args[0]) if args else 2000
    lanes = int(args[1]) if len(args) > 1 else 8
    asyncio.run(run("", messages, lanes))
    if "--postgres" in sys.argv:
        asyncio.run(_postgres(messages, lanes, run))


async def _postgres(messages: int, lanes: int, body: Callable[[str, int, int], Awaitable[None]]) -> None:
    import secrets

    import asyncpg

    name = "bench_webhooks_" + secrets.token_hex(4)
    admin: Any = await asyncpg.connect(
        os.environ.get("SPARKBOT_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")
    )
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        await body(f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}", messages, lanes)
    finally:
        await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    main()
