"""Reads remembered while nothing is written (`db.readcache`): current after every write through
this server, bounded in time for another process's writes, never shared between accounts."""

from __future__ import annotations

from sqlalchemy import update

from sparkbot.server.db import Device
from sparkbot.server.db.engine import Writes
from sparkbot.server.db.readcache import ReadCache

from .harness import Server


class Ticking:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_an_answer_is_reused_until_something_is_written() -> None:
    writes, clock = Writes(), Ticking()
    cache: ReadCache[str, int] = ReadCache(writes, seconds=1.0, monotonic=clock)
    assert cache.get("a") == (False, None)
    cache.put("a", cache.mark(), 1)
    assert cache.get("a") == (True, 1)
    writes.count += 1
    assert cache.get("a") == (False, None)


def test_an_answer_read_while_something_was_written_is_not_kept() -> None:
    writes, clock = Writes(), Ticking()
    cache: ReadCache[str, int] = ReadCache(writes, seconds=1.0, monotonic=clock)
    mark = cache.mark()
    writes.count += 1  # a transaction ended during the read: what was read may be stale
    cache.put("a", mark, 1)
    assert cache.get("a") == (False, None)


def test_an_answer_lasts_at_most_its_seconds_for_other_processes_writes() -> None:
    writes, clock = Writes(), Ticking()
    cache: ReadCache[str, int] = ReadCache(writes, seconds=1.0, monotonic=clock)
    cache.put("a", cache.mark(), 1)
    clock.now += 0.99
    assert cache.get("a") == (True, 1)
    clock.now += 0.01
    assert cache.get("a") == (False, None)


def test_none_is_an_answer_too_and_the_cache_stays_bounded() -> None:
    writes, clock = Writes(), Ticking()
    cache: ReadCache[int, int | None] = ReadCache(writes, size=3, monotonic=clock)
    cache.put(0, cache.mark(), None)
    assert cache.get(0) == (True, None)
    for key in range(1, 5):
        cache.put(key, cache.mark(), key)
    assert sum(cache.get(key)[0] for key in range(5)) <= 3


async def test_writes_through_the_server_are_seen_by_the_next_read(server: Server) -> None:
    device = (await server.create_number())["id"]
    await server.link_by_qr(device)
    health = f"/v1/devices/{device}/health"
    assert (await server.client.get(health)).json()["queue"] == {"status": "active", "pending": 0}
    assert (await server.client.get(health)).json()["queue"] == {"status": "active", "pending": 0}
    (await server.client.post(f"/v1/devices/{device}/queue", json={"status": "pause"})).raise_for_status()
    assert (await server.client.get(health)).json()["queue"] == {"status": "pause", "pending": 0}
    await server.send(device, phone="+447362053576", message="held")
    assert (await server.client.get(health)).json()["queue"] == {"status": "pause", "pending": 1}
    (await server.client.delete(f"/v1/devices/{device}")).raise_for_status()
    gone = await server.client.get(health)
    assert (gone.status_code, gone.json()["error"]) == (404, "not_found")


async def test_a_number_read_for_one_account_is_not_found_by_another(server: Server) -> None:
    device = (await server.create_number())["id"]
    assert (await server.client.get(f"/v1/devices/{device}/health")).status_code == 200
    _, other_key = await server.services.accounts.create("other")
    async with server.client_for(other_key) as other:
        for path in (f"/v1/devices/{device}/health", f"/v1/devices/{device}"):
            assert (await other.get(path)).status_code == 404


async def test_a_write_from_elsewhere_is_not_hidden_past_the_cache_seconds(server: Server) -> None:
    """A write that bypasses this process's count (as another process's would) is seen once the
    remembered answer's seconds are over: here the answer is dropped by moving past them."""
    device = (await server.create_number())["id"]
    path = f"/v1/devices/{device}"
    assert (await server.client.get(path)).json()["alias"] == "Support"
    async with server.services.database.engine.begin() as conn:  # not through `sessions.begin()`
        await conn.execute(update(Device).where(Device.id == device).values(alias="Elsewhere"))
    for cache in (server.services.store._devices, server.services.store._counted):
        cache._seconds = 0.0  # the seconds have passed
    assert (await server.client.get(path)).json()["alias"] == "Elsewhere"
