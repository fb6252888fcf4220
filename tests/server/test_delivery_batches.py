"""Delivery in batches and acknowledgements in groups: an unpaced number's messages claimed a small
batch at a time in priority then queue order, outcomes and acks stored a group per transaction,
acks never moving a message backwards, and one bad ack not failing the others of its group."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import event

from sparkbot.server.db import Message
from sparkbot.server.services.delivery import BATCH_MAX, new_wa_id

from .harness import Server

PHONE = "+447362053576"


async def _paused_number(server: Server) -> str:
    number = await server.create_number("Batches")
    await server.link_by_qr(number["id"])
    await server.client.post(f"/v1/devices/{number['id']}/queue", json={"status": "pause"})
    return str(number["id"])


@contextmanager
def _statements(server: Server, prefix: str) -> Iterator[list[str]]:
    """The statements starting with `prefix` run meanwhile (an executemany counts once)."""
    database = server.services.database
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith(prefix):
            seen.append(statement)

    engines = {database.engine, database.writer or database.engine}
    for one in engines:
        event.listen(one.sync_engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        for one in engines:
            event.remove(one.sync_engine, "before_cursor_execute", record)


async def test_claims_keep_priority_then_queue_order_and_a_later_urgent_one_waits_one_batch(
    server: Server,
) -> None:
    device = await _paused_number(server)
    normal = [(await server.send(device, phone=PHONE, message=f"n{i}"))["id"] for i in range(6)]
    low = (await server.send(device, phone=PHONE, message="low", priority="low"))["id"]
    high = (await server.send(device, phone=PHONE, message="high", priority="high"))["id"]
    outbox, now = server.services.outbox, server.clock.now()

    first = await outbox.claim(device, now, new_wa_id, limit=4)
    assert [m.id for m in first] == [high, *normal[:3]]
    assert all(m.status == "processing" and m.wa_id for m in first)
    assert len({m.wa_id for m in first}) == 4
    urgent = (await server.send(device, phone=PHONE, message="urgent", priority="high"))["id"]
    second = await outbox.claim(device, now, new_wa_id, limit=4)
    assert [m.id for m in second] == [urgent, *normal[3:]]
    assert [m.id for m in await outbox.claim(device, now, new_wa_id, limit=4)] == [low]
    assert await outbox.claim(device, now, new_wa_id, limit=4) == []


async def test_a_forced_queue_goes_in_small_batches_in_order_each_recorded_in_one_write(
    server: Server,
) -> None:
    device = await _paused_number(server)
    total = BATCH_MAX * 2 + 5
    ids = [(await server.send(device, phone=PHONE, message=f"m{i}"))["id"] for i in range(total)]
    outbox = server.services.outbox
    batches: list[int] = []
    claim = outbox.claim

    async def counted(*args: Any, **kwargs: Any) -> list[Message]:
        claimed = await claim(*args, **kwargs)
        batches.append(len(claimed))
        return claimed

    outbox.claim = counted  # type: ignore[method-assign]

    async def all_sent() -> bool:
        return await outbox.count(device, ("queued", "processing")) == 0

    with _statements(server, "UPDATE MESSAGES") as updates:
        await server.client.post(f"/v1/devices/{device}/queue", json={"status": "active", "force": True})
        await server.drive(all_sent, step=0.1)
    assert [n for n in batches if n] == [BATCH_MAX, BATCH_MAX, 5]
    assert len(updates) <= 2 * 3 + 2  # a claim and an outcome per batch (acks not due yet)
    assert [c["message"] for c in await server.outbox(device)] == ids


async def _sent(server: Server, device: str, count: int) -> list[Message]:
    """`count` messages of a paused number claimed and recorded as sent by hand."""
    for i in range(count):
        await server.send(device, phone=PHONE, message=f"a{i}")
    outbox, now = server.services.outbox, server.clock.now()
    claimed = await outbox.claim(device, now, new_wa_id, limit=count)
    await outbox.finish([(m.id, now, None) for m in claimed])
    return claimed


async def test_acks_stored_together_apply_in_order_and_never_go_backwards(server: Server) -> None:
    device = await _paused_number(server)
    one, two, three = await _sent(server, device, 3)
    outbox, sent = server.services.outbox, server.clock.now()
    delivered, read = sent + timedelta(seconds=1), sent + timedelta(seconds=3)

    def ack(message: Message, status: str) -> Any:
        at = read if status == "read" else delivered
        return outbox.acknowledge(str(message.wa_id), status, at, sent, delivered, device)

    with _statements(server, "UPDATE MESSAGES") as updates:
        moved = await asyncio.gather(
            ack(one, "delivered"),
            ack(one, "read"),
            ack(two, "read"),
            ack(two, "delivered"),
            ack(three, "delivered"),
        )
    assert list(moved) == [
        True,
        True,
        True,
        False,
        True,
    ]  # `two` was read already: its late delivered is no move
    assert len(updates) == 1  # one group, one executemany
    assert await outbox.acknowledge(str(one.wa_id), "delivered", read, sent, delivered, device) is False

    stored = {m.id: await outbox.get(m.id) for m in (one, two, three)}
    assert [stored[m.id].status for m in (one, two, three)] == ["read", "read", "delivered"]  # type: ignore[union-attr]
    for message in (one, two):
        found = stored[message.id]
        assert found is not None
        assert (found.sent_at, found.delivered_at, found.read_at) == (sent, delivered, read)
    device_row = await server.services.store.get_device(device)
    assert device_row is not None
    assert device_row.last_ack_at == read


async def test_an_ack_group_with_one_bad_ack_stores_the_others(server: Server) -> None:
    device = await _paused_number(server)
    good, bad, other = await _sent(server, device, 3)
    outbox, sent = server.services.outbox, server.clock.now()
    at = sent + timedelta(seconds=1)
    answers = await asyncio.gather(
        outbox.acknowledge(str(good.wa_id), "delivered", at, sent, at, device),
        outbox.acknowledge(str(bad.wa_id), "delivered", "not an instant", sent, at, device),  # type: ignore[arg-type]
        outbox.acknowledge(str(other.wa_id), "read", at, sent, at, device),
        return_exceptions=True,
    )
    assert answers[0] is True
    assert answers[2] is True
    assert isinstance(answers[1], Exception)
    statuses = [(await outbox.get(m.id)).status for m in (good, bad, other)]  # type: ignore[union-attr]
    assert statuses == ["delivered", "sent", "read"]


async def test_next_times_reads_schedule_due_and_expiry_in_one_statement(server: Server) -> None:
    device = await _paused_number(server)
    plain = await server.send(device, phone=PHONE, message="now")
    later = await server.send(device, phone=PHONE, message="later", deliverAt="2026-01-01T01:00:00Z")
    stale = await server.send(device, phone=PHONE, message="stale", expiration={"seconds": 60})
    outbox, now = server.services.outbox, server.clock.now()
    found = {m.id: m for m in await outbox.queue(device)}
    with _statements(server, "SELECT MIN(CASE") as selects:  # the (paused) worker reads others
        times = await outbox.next_times(device, now)
    assert len(selects) == 1
    assert times == (
        found[later["id"]].deliver_at,
        found[plain["id"]].created_at,
        found[stale["id"]].expires_at,
        False,
    )
    after = now + timedelta(hours=2)
    assert await outbox.next_times(device, after) == (
        None,
        found[plain["id"]].created_at,
        found[stale["id"]].expires_at,
        False,
    )
    live = await server.send(device, phone=PHONE, message="live", live=True)
    assert (await outbox.next_times(device, now))[3] is True
    assert live["live"] is True
    assert await outbox.next_times("6b0000000000000000000000", now) == (None, None, None, False)
