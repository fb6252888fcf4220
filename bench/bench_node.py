"""The async node runner against a server that answers in 20 ms: `arun` vs the sequential loop.

The server is an `httpx.MockTransport` whose handler awaits `asyncio.sleep(0.02)` before it
answers, so every call really waits 20 ms on the event loop. The sequential loop runs one item
after another (`arun(..., concurrency=1)`); `arun` runs with its default concurrency. Also printed:
the CPU time one call costs (node parameters -> request -> answer item), measured without latency.
Run: `.venv/bin/python bench/bench_node.py [N]` (default 1,000 items).
"""

from __future__ import annotations

import asyncio
import sys
import time

import httpx

from sparkbot import AsyncSparkBot
from sparkbot.node import DEFAULT_CONCURRENCY, arun

DEVICE = "5f0c1e2d3c4b5a6978879605"
TARGET = 15.0
PARAMETERS = {
    "resource": "send-messages",
    "operation": "sendText",
    "device": DEVICE,
    "phone": "={{ $json.phone }}",
    "message": "=Hello {{ $json.name }}!",
    "options": {"priority": "high"},
}


def _client(latency: float) -> AsyncSparkBot:
    async def answer(request: httpx.Request) -> httpx.Response:
        if latency:
            await asyncio.sleep(latency)
        return httpx.Response(201, json={"id": "6a1b2c3d4e5f60718293a4b5", "status": "queued"})

    return AsyncSparkBot("k", "http://x/v1", transport=httpx.MockTransport(answer))


def _items(n: int) -> list[dict[str, object]]:
    return [{"json": {"phone": f"+4473620{i:05d}", "name": f"n{i}"}} for i in range(n)]


async def _timed(n: int, latency: float, concurrency: int) -> tuple[float, float]:
    items = _items(n)
    async with _client(latency) as client:
        wall, cpu = time.perf_counter(), time.process_time()
        out = await arun(client, PARAMETERS, items, concurrency=concurrency)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert [o["pairedItem"]["item"] for o in out] == list(range(n)), "output order lost"
    return wall, cpu


async def main(n: int = 1000) -> None:
    sequential, _ = await _timed(n, 0.02, concurrency=1)
    concurrent, _ = await _timed(n, 0.02, concurrency=DEFAULT_CONCURRENCY)
    _, cpu = await _timed(n, 0.0, concurrency=DEFAULT_CONCURRENCY)
    ratio = sequential / concurrent
    verdict = "PASS" if ratio >= TARGET else "FAIL"
    print(f"items: {n}, server latency: 20 ms, arun default concurrency: {DEFAULT_CONCURRENCY}")
    print(f"sequential loop: {sequential:8.2f} s")
    print(f"arun:            {concurrent:8.2f} s")
    print(f"ratio:           {ratio:8.1f}x  {verdict} (target >= {TARGET:g}x)")
    print(f"CPU per call:    {cpu / n * 1e6:8.0f} us")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
