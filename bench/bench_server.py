"""Server figures in one run, each as a ratio against a baseline measured alongside it.

1. queueing: messages/s through `POST /messages`, against reads/s of `GET /devices/{id}`;
2. route queue: the time to route N queued messages, against the time it took to queue them;
3. waits: K concurrent `reboot?wait=true` held by one server: the CPU the process uses while they
   are all held (process CPU seconds / wall seconds of the holding window: near 0 means idle),
   against the CPU/wall of taking the K requests in.

The app runs in-process (httpx.ASGITransport) on a temporary SQLite database, on a manual clock:
the reboots' reconnects come only when the clock is moved, after every request was taken in
(however long that took) and held for `HOLD_WALL_SECONDS` of wall time; then all must be answered.
Run: `.venv/bin/python bench/bench_server.py [MESSAGES] [ROUTED] [WAITERS]`.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from sparkbot.server import ManualClock, Settings, create_app

KEY = "bench-key"
RECONNECT_SECONDS = 30.0  # on the app's (manual) clock
HOLD_WALL_SECONDS = 10.0  # wall time all the waiters are held, idle, before the clock moves


def _rss_mib() -> float:
    """This process's resident memory now, in MiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def _numbers(client: httpx.AsyncClient, n: int) -> list[str]:
    """`n` linked numbers, set up 50 at a time."""

    async def one(i: int) -> str:
        answer = await client.post("/v1/devices", json={"alias": f"Bench {i}", "billingPlan": "professional"})
        device = str(answer.json()["id"])
        await client.get(f"/v1/devices/{device}/scan", params={"encoding": "json"})
        (await client.post(f"/sandbox/devices/{device}/scan")).raise_for_status()
        return device

    ids: list[str] = []
    for start in range(0, n, 50):
        ids.extend(await asyncio.gather(*(one(i) for i in range(start, min(n, start + 50)))))
    return ids


async def _queue(client: httpx.AsyncClient, device: str, n: int) -> float:
    start = time.perf_counter()
    for i in range(n):
        body = {"device": device, "phone": f"+4473620{i:05d}", "message": f"bench {i}"}
        answer = await client.post("/v1/messages", json=body)
        assert answer.status_code == 201, answer.text
    return time.perf_counter() - start


async def bench(messages: int, routed: int, waiters: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        hold = RECONNECT_SECONDS
        # a waiter is answered when its reconnect is done, not given up on (wait_seconds) first
        settings = Settings(data_dir=Path(tmp), api_key=KEY, reconnect_seconds=hold, wait_seconds=hold * 10)
        clock = ManualClock()
        app = create_app(settings, clock=clock)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(
                transport=transport, base_url="http://bench", headers={"Token": KEY}, timeout=300
            ) as client:
                a, b = await _numbers(client, 2)
                for device in (a, b):  # held, so that no delivery runs during the measures
                    (
                        await client.post(f"/v1/devices/{device}/queue", json={"status": "pause"})
                    ).raise_for_status()

                queued_s = await _queue(client, a, messages)
                start = time.perf_counter()
                for _ in range(messages):
                    (await client.get(f"/v1/devices/{a}")).raise_for_status()
                read_s = time.perf_counter() - start

                more_s = await _queue(client, a, max(0, routed - messages))
                start = time.perf_counter()
                moved = (await client.patch(f"/v1/devices/{a}/queue", json={"device": b})).json()
                route_s = time.perf_counter() - start

                ids = await _numbers(client, waiters)
                base_rss = _rss_mib()
                session = app.state.services.session
                wall, cpu = time.perf_counter(), time.process_time()
                calls = asyncio.gather(
                    *(
                        client.post(f"/v1/devices/{d}/reboot", params={"force": "true", "wait": "true"})
                        for d in ids
                    )
                )
                while session.waiting < waiters:  # the requests are being taken in
                    if calls.done():  # some were answered before all of them waited
                        break
                    await asyncio.sleep(0.01)
                held_count = session.waiting
                held_wall, held_cpu = time.perf_counter(), time.process_time()
                accept_wall, accept_cpu = held_wall - wall, held_cpu - cpu
                await asyncio.sleep(HOLD_WALL_SECONDS)  # all held; the clock stands still
                held_wall, held_cpu = time.perf_counter() - held_wall, time.process_time() - held_cpu
                held_rss = _rss_mib()
                await clock.advance(hold)  # every reconnect is due now
                answers = await calls
                wall = time.perf_counter() - wall
    return {
        "queue_per_s": messages / queued_s,
        "read_per_s": messages / read_s,
        "routed": moved.get("moved"),
        "route_s": route_s,
        "queue_all_s": queued_s + more_s,
        "waiters_ok": sum(r.status_code == 200 for r in answers),
        "waiters": waiters,
        "held_count": held_count,
        "hold_s": hold,
        "wait_wall_s": wall,
        "accept_wall_s": accept_wall,
        "accept_cpu_s": accept_cpu,
        "held_wall_s": held_wall,
        "held_cpu_s": held_cpu,
        "held_rss_mib": held_rss,
        "base_rss_mib": base_rss,
    }


def main() -> None:
    messages, routed, waiters = (
        int(a) for a in (sys.argv[1:] + ["1000", "10000", "500"][len(sys.argv) - 1 :])
    )
    r = asyncio.run(bench(messages, routed, waiters))
    print(
        f"queueing: {r['queue_per_s']:.0f} messages/s vs {r['read_per_s']:.0f} reads/s of a number "
        f"(ratio {r['queue_per_s'] / r['read_per_s']:.2f})"
    )
    print(
        f"route queue: {r['routed']} messages moved in {r['route_s']:.3f} s; queueing them took "
        f"{r['queue_all_s']:.1f} s (ratio {r['route_s'] / r['queue_all_s']:.4f})"
    )
    held = r["held_cpu_s"] / r["held_wall_s"]
    accept = r["accept_cpu_s"] / r["accept_wall_s"]
    print(
        f"waits: {r['waiters_ok']}/{r['waiters']} concurrent reboot?wait=true answered after "
        f"{r['wait_wall_s']:.2f} s (a reconnect takes {r['hold_s']:g} s of the manual clock, moved once all "
        f"were held; {r['held_count']} held at once); taking them in: "
        f"{r['accept_wall_s']:.2f} s at CPU/wall {accept:.2f}; holding all of them: "
        f"{r['held_cpu_s']:.3f} s CPU in {r['held_wall_s']:.2f} s (CPU/wall {held:.3f})"
    )
    per_waiter = (r["held_rss_mib"] - r["base_rss_mib"]) * 1024 / r["waiters"]
    idle = held < 0.05 and r["waiters_ok"] == r["waiters"] == r["held_count"]
    print(
        f"waits memory: {r['held_rss_mib']:.0f} MiB resident while holding {r['waiters']} waiters "
        f"({r['base_rss_mib']:.0f} MiB before them: {per_waiter:.1f} KiB each); goal idle CPU "
        f"(CPU/wall < 0.05) with all answered: {'PASS' if idle else 'FAIL'}"
    )


if __name__ == "__main__":
    main()
