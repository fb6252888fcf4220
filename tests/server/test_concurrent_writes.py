"""Many writers at once — sends, message updates, queue status changes, delivery running — and no
request fails because another one is writing (SQLite used to answer `database is locked`)."""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from pathlib import Path

from sparkbot.server import ManualClock, Settings

from .harness import Server, running

WRITERS = 32
ROUNDS = 8


async def _linked(server: Server, alias: str) -> str:
    number = await server.create_number(alias)
    await server.link_by_qr(number["id"])
    return str(number["id"])


async def _writer(server: Server, n: int, devices: list[str], codes: Counter[int]) -> None:
    device = devices[n % len(devices)]
    for i in range(ROUNDS):
        body = {"device": device, "phone": f"+4473620{n:02d}{i:03d}", "message": f"w{n} m{i}"}
        sent = await server.client.post("/v1/messages", json=body)
        codes[sent.status_code] += 1
        if n % 4 == 1 and sent.status_code == 201:  # change it, if it is still queued
            changed = await server.client.patch(
                f"/v1/messages/{sent.json()['id']}", json={"priority": "high", "reference": f"r{i}"}
            )
            # 409 `not_queued` is a right answer when delivery took the message first
            not_queued = changed.status_code == 409 and changed.json()["error"] == "not_queued"
            codes[200 if not_queued else changed.status_code] += 1
        if n % 8 == 2:  # force delivery on and off while the others send
            status = {"status": "active", "force": i % 2 == 0}
            codes[(await server.client.post(f"/v1/devices/{device}/queue", json=status)).status_code] += 1
        if n % 8 == 5:
            changed = await server.client.patch(f"/v1/devices/{device}", json={"description": f"round {i}"})
            codes[changed.status_code] += 1


async def test_concurrent_writers_of_every_kind_never_fail(server: Server) -> None:
    devices = [await _linked(server, f"Writer {i}") for i in range(3)]
    for device in devices:  # delivery runs, unpaced, during the whole test
        forced = await server.client.post(
            f"/v1/devices/{device}/queue", json={"status": "active", "force": True}
        )
        assert forced.status_code == 200, forced.text
    codes: Counter[int] = Counter()
    await asyncio.gather(*(_writer(server, n, devices, codes) for n in range(WRITERS)))
    assert set(codes) <= {200, 201}, codes
    assert codes[201] == WRITERS * ROUNDS


async def test_a_writer_in_another_process_is_waited_for(tmp_path: Path, clock: ManualClock) -> None:
    """A second connection (another process, as `sparkbot keys create` is) holds SQLite's write
    lock for a while: sends wait for it and then succeed."""

    settings = Settings(data_dir=tmp_path, api_key="test-key-account-one")
    async with running(settings, clock) as server:
        device = (await server.create_number("Locked"))["id"]
        other = sqlite3.connect(tmp_path / "sparkbot.db", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        sends = [
            asyncio.create_task(server.send(device, phone=f"+44736205{i:04d}", message="later"))
            for i in range(5)
        ]
        await asyncio.sleep(0.3)
        assert not any(s.done() for s in sends)  # waiting, not failed
        other.execute("COMMIT")
        other.close()
        sent = await asyncio.gather(*sends)
        assert {s["status"] for s in sent} == {"queued"}
        listed = await server.client.get("/v1/messages", params={"device": device, "size": 50})
        assert len(listed.json()) == 5
