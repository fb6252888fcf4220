"""The delivery worker: queued -> sent -> delivered -> read at the number's pace, schedules, queue
status, failures, and no message lost or sent twice across a crash and restart."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sparkbot.server import ManualClock, Settings
from sparkbot.server.clock import Clock
from sparkbot.server.engines import OutboundMessage, SandboxEngine, SendOutcome

from .harness import Server, running

PHONE = "+447362053576"
SENT = {"sent", "delivered", "read"}


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


async def _linked(server: Server, alias: str = "Sales") -> str:
    number = await server.create_number(alias)
    await server.link_by_qr(number["id"])
    return str(number["id"])


async def test_a_message_goes_queued_sent_delivered_read(server: Server) -> None:
    device = await _linked(server)
    sent = await server.send(device, phone=PHONE, message="hello", reference="order-1")
    assert sent["status"] == "queued"

    async def read() -> bool:
        return (await server.message(sent["id"]))["status"] == "read"

    await server.drive(read)
    message = await server.message(sent["id"])
    assert [e["status"] for e in message["events"]] == ["queued", "processing", "sent", "delivered", "read"]
    settings = server.services.settings
    delivered = (_at(message["deliveredAt"]) - _at(message["sentAt"])).total_seconds()
    assert delivered == settings.delivery_seconds
    assert (_at(message["readAt"]) - _at(message["deliveredAt"])).total_seconds() == settings.ack_seconds
    assert message["deliveryStatus"] == "read"
    assert len(message["waId"]) == 20
    carried = await server.outbox(device)
    assert [(c["message"], c["phone"], c["content"]["message"]) for c in carried] == [
        (sent["id"], PHONE, "hello")
    ]

    async def health_saw_the_read() -> bool:
        health = (await server.client.get(f"/v1/devices/{device}/health")).json()
        return bool(health["lastAckAt"] == message["readAt"])

    assert await server.drive(health_saw_the_read) <= 1  # the ack is stored with the message


async def test_the_pace_follows_delivery_speed_and_force_lifts_it(server: Server) -> None:
    device = await _linked(server)
    await server.client.patch(f"/v1/devices/{device}", json={"settings": {"deliverySpeed": 2}})
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "pause"})
    ids = [(await server.send(device, phone=PHONE, message=str(i)))["id"] for i in range(3)]
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "active"})

    async def all_sent() -> bool:
        return set(await server.statuses(ids)) <= SENT

    # small steps: the clock moves on while the worker waits for the disk (a commit's fsync), so a
    # slow disk delays a send by that many steps
    await server.drive(all_sent, step=1)
    times = [_at((await server.message(i))["sentAt"]) for i in ids]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    assert all(30 <= gap < 60 for gap in gaps), gaps  # 2 a minute: one every 30 s

    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "pause"})
    forced = [(await server.send(device, phone=PHONE, message=f"f{i}"))["id"] for i in range(3)]
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "active", "force": True})

    async def forced_sent() -> bool:
        return set(await server.statuses(forced)) <= SENT

    await server.drive(forced_sent, step=5)
    times = [_at((await server.message(i))["sentAt"]) for i in forced]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    assert all(gap < 30 for gap in gaps), gaps  # no pacing while force lasts


async def test_scheduled_messages_wait_until_due_and_high_priority_goes_first(server: Server) -> None:
    device = await _linked(server)
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "pause"})
    later = await server.send(device, phone=PHONE, message="later", deliverAt="2026-01-01T01:00:00Z")
    normal = await server.send(device, phone=PHONE, message="normal")
    urgent = await server.send(device, phone=PHONE, message="high", priority="high")
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "active", "force": True})

    async def first_two_sent() -> bool:  # claimed together while forced: both carried, not just claimed
        return set(await server.statuses([normal["id"], urgent["id"]])) <= SENT

    await server.drive(first_two_sent)
    carried = [c["message"] for c in await server.outbox(device)]
    assert carried == [urgent["id"], normal["id"]], (
        await server.statuses([normal["id"], urgent["id"]]),
        [c["message"] for c in await server.outbox(device)],
        (await server.message(normal["id"])),
    )
    assert (await server.message(later["id"]))["status"] == "queued"

    async def later_sent() -> bool:
        return (await server.message(later["id"]))["status"] in SENT

    await server.drive(later_sent, step=60, limit=7200)
    assert _at((await server.message(later["id"]))["sentAt"]) >= _at("2026-01-01T01:00:00Z")


async def test_pause_and_freeze_hold_reject_delivers_what_is_queued(server: Server) -> None:
    device = await _linked(server)
    queue = f"/v1/devices/{device}/queue"
    await server.client.post(queue, json={"status": "pause"})
    held = await server.send(device, phone=PHONE, message="held")
    await server.clock.advance(600)
    await asyncio.sleep(0.05)
    assert (await server.message(held["id"]))["status"] == "queued"
    await server.client.post(queue, json={"status": "freeze"})
    assert (
        await server.client.post("/v1/messages", json={"device": device, "phone": PHONE, "message": "x"})
    ).status_code == 409
    await server.clock.advance(600)
    assert (await server.message(held["id"]))["status"] == "queued"
    await server.client.post(queue, json={"status": "reject"})
    refused = await server.client.post(
        "/v1/messages", json={"device": device, "phone": PHONE, "message": "x"}
    )
    assert refused.status_code == 409

    async def delivered() -> bool:
        return (await server.message(held["id"]))["status"] in {"delivered", "read"}

    await server.drive(delivered)


async def test_failures_recipient_not_on_whatsapp_offline_too_long_expired(
    settings: Settings, clock: ManualClock
) -> None:
    async with running(replace(settings, offline_fail_seconds=300), clock) as server:
        device = await _linked(server)
        nobody = await server.send(device, phone="+447362050000", message="anyone?")

        async def failed(message_id: str) -> bool:
            return (await server.message(message_id))["status"] == "failed"

        await server.drive(lambda: failed(nobody["id"]))
        assert "not on WhatsApp" in (await server.message(nobody["id"]))["failure"]["reason"]

        assert (await server.client.post(f"/sandbox/devices/{device}/disconnect", json={})).is_success
        stranded = await server.send(device, phone=PHONE, message="are you there?")
        await server.clock.advance(200)
        assert (await server.message(stranded["id"]))["status"] == "queued"
        await server.drive(lambda: failed(stranded["id"]), step=10)
        gave_up = await server.message(stranded["id"])
        assert "offline for more than 300 s" in gave_up["failure"]["reason"]
        waited = (_at(gave_up["failedAt"]) - _at(gave_up["createdAt"])).total_seconds()
        assert 300 <= waited < 400

        await server.client.post(f"/v1/devices/{device}/queue", json={"status": "pause"})
        short = await server.send(device, phone=PHONE, message="soon stale", expiration={"seconds": 60})
        await server.drive(lambda: failed(short["id"]), step=10)
        assert (await server.message(short["id"]))["failure"]["reason"] == "expired before it could be sent"
        assert await server.outbox(device) == []


class _Crashing(SandboxEngine):
    """A sandbox whose process 'dies' at the `crash_at`-th message handed over: the send never
    returns (the app is then shut down), after the messages before it, and it too when
    `carried`, were carried."""

    crash_at = 5
    carried = True

    def __init__(self, settings: Settings, clock: Clock) -> None:
        super().__init__(settings, clock)
        self.sends = 0
        self.hung = False

    async def send_many(self, messages: Sequence[OutboundMessage]) -> list[SendOutcome]:
        first, self.sends = self.sends, self.sends + len(messages)
        if first < self.crash_at <= self.sends:
            upto = self.crash_at - first  # the crashing message is messages[upto - 1]
            await super().send_many(messages[: upto if self.carried else upto - 1])
            self.hung = True
            await asyncio.Event().wait()  # hangs until the shutdown cancels it
        return await super().send_many(messages)


async def _restart_mid_delivery(
    settings: Settings, clock: ManualClock, carried: bool, forced: bool = False
) -> None:
    engine_class = type("Crash", (_Crashing,), {"carried": carried})
    async with running(settings, clock, engine=engine_class) as first:
        device = await _linked(first)
        await first.client.post(f"/v1/devices/{device}/queue", json={"status": "pause"})
        ids = [(await first.send(device, phone=PHONE, message=f"m{i}"))["id"] for i in range(20)]
        await first.client.post(f"/v1/devices/{device}/queue", json={"status": "active", "force": forced})

        engine = first.services.engine
        assert isinstance(engine, _Crashing)

        async def stuck() -> bool:
            return engine.hung

        await first.drive(stuck)
        before = await first.statuses(ids)
        if forced:  # one batch claimed them all; the first four (or five) were carried
            assert set(before) <= {"processing", "delivered", "read"}
            assert before[5:] == ["processing"] * 15
        else:  # paced: the fifth was claimed, the others still wait
            assert before[5:] == ["queued"] * 15
        # if WhatsApp carried the fifth, its acks may have come in meanwhile
        assert before[4] in ({"processing", "delivered", "read"} if carried else {"processing"})
        assert len(await first.outbox(device)) == (5 if carried else 4)
    async with running(settings, clock) as second:

        async def all_read() -> bool:
            return set(await second.statuses(ids)) == {"read"}

        await second.drive(all_read, step=1)
        carried_ids = [c["message"] for c in await second.outbox(device)]
        assert sorted(carried_ids) == sorted(ids)  # every message, each exactly once
        assert carried_ids == ids  # and in queue order


async def test_restart_after_a_crash_mid_send_loses_nothing_and_sends_nothing_twice(
    settings: Settings, clock: ManualClock
) -> None:
    await _restart_mid_delivery(settings, clock, carried=True)


async def test_restart_after_a_crash_before_the_send_loses_nothing(
    settings: Settings, clock: ManualClock
) -> None:
    await _restart_mid_delivery(settings, clock, carried=False)


async def test_restart_after_a_crash_mid_batch_loses_nothing_and_sends_nothing_twice(
    settings: Settings, clock: ManualClock
) -> None:
    await _restart_mid_delivery(settings, clock, carried=True, forced=True)
    await _restart_mid_delivery(settings, clock, carried=False, forced=True)
