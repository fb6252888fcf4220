"""Webhook delivery against a real HTTP receiver on 127.0.0.1: signed events in order, retries with
backoff while the receiver is down, giving up (and disabling the webhook) after the retry window,
`enable` resuming, redirects not followed, refused addresses never reached, and the message's
`webhookStatus` following its deliveries. Webhooks are stored directly here (their API has tests
of its own); the clock is the manual one, the HTTP is real."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from sqlalchemy import select

from sparkbot.server import ManualClock, Settings
from sparkbot.server.db.events import EVENTS
from sparkbot.server.db.models import Account, Webhook, WebhookAttempt, WebhookEvent
from sparkbot.server.services.accounts import new_id

from .harness import Server, running
from .receiver import Delivery, receiving

PHONE = "+447362053576"
SECRET = "a-secret-of-the-webhook"


async def add_webhook(
    server: Server,
    url: str,
    events: tuple[str, ...] = EVENTS,
    device: str | None = None,
    account_id: str | None = None,
) -> str:
    database = server.services.database
    async with database.sessions.begin() as session:
        if account_id is None:
            account_id = (await session.scalars(select(Account.id).order_by(Account.created_at))).first()
        assert account_id is not None
        now = server.clock.now()
        webhook = Webhook(
            id=new_id(),
            account_id=account_id,
            name="test",
            url=url,
            events=list(events),
            device_id=device,
            secret=SECRET,
            status="pending",
            created_at=now,
            updated_at=now,
        )
        session.add(webhook)
    database.subscriptions.changed()
    return webhook.id


def signed(delivery: Delivery, secret: str = SECRET) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), delivery.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, delivery.headers["x-sparkbot-signature"])


async def linked_number(server: Server) -> str:
    number = await server.create_number()
    device = str(number["id"])
    await server.link_by_qr(device)
    await server.wait_status(device, "online")
    return device


async def webhook_row(server: Server, webhook_id: str) -> Webhook:
    async with server.services.database.sessions() as session:
        found = await session.get(Webhook, webhook_id)
        assert found is not None
        return found


async def test_every_message_event_arrives_signed_and_in_order(server: Server) -> None:
    with receiving() as receiver:
        device = await linked_number(server)
        webhook = await add_webhook(server, receiver.url)
        sent = await server.send(device, phone=PHONE, message="Hello")

        async def read() -> bool:
            return (await server.message(sent["id"]))["status"] == "read"

        await server.drive(read)
        inbound = {"phone": PHONE, "name": "Ana", "message": "Hi back"}
        assert (await server.client.post(f"/sandbox/devices/{device}/inbound", json=inbound)).is_success
        got = await receiver.wait_for(5)
        events = [d.event for d in got]
        # in the order they were committed: the send's record and a fast acknowledgement may
        # commit either way round (an ack implies the send), the acks in their own order
        assert events[0] == "message:out:new"
        assert sorted(events[1:4]) == ["message:out:ack", "message:out:ack", "message:out:sent"]
        assert events[4] == "message:in:new"
        assert all(signed(d) for d in got)
        assert len({d.id for d in got}) == len(got)
        bodies = [d.json for d in got]
        assert all(b["id"] == d.id and b["event"] == d.event for b, d in zip(bodies, got, strict=True))
        assert all(b["device"] == device for b in bodies)
        new, received = bodies[0], bodies[4]
        sent_event = next(b for b in bodies[1:4] if b["event"] == "message:out:sent")
        delivered, read_event = (b for b in bodies[1:4] if b["event"] == "message:out:ack")
        assert (new["data"]["id"], new["data"]["status"]) == (sent["id"], "queued")
        assert (sent_event["data"]["status"], sent_event["data"]["sentAt"] is not None) == ("sent", True)
        assert [delivered["data"]["ack"], read_event["data"]["ack"]] == ["delivered", "read"]
        assert (received["data"]["body"], received["data"]["flow"]) == ("Hi back", "inbound")
        assert got[0].headers["content-type"] == "application/json"
        # the webhook is active now, every attempt is logged, and the message's webhookStatus follows
        attempts = await _settle_attempts(server, 5)
        assert (await webhook_row(server, webhook)).status == "active"
        assert len(attempts) >= 5
        assert all(a.ok and a.status == 200 for a in attempts)
        assert (await server.message(sent["id"]))["webhookStatus"] == "success"
        found = await server.client.get("/v1/messages", params={"webhookStatus": "success"})
        assert [m["id"] for m in found.json()] == [sent["id"]]
        pending = await server.client.get("/v1/messages", params={"webhookStatus": "pending"})
        assert pending.json() == []


async def test_a_webhook_gets_only_its_events_and_its_number(server: Server) -> None:
    with receiving() as receiver:
        device = await linked_number(server)
        other = await linked_number(server)
        await add_webhook(server, receiver.url, events=("message:in:new",), device=device)
        for number in (device, other):
            inbound = {"phone": PHONE, "message": f"to {number}"}
            assert (await server.client.post(f"/sandbox/devices/{number}/inbound", json=inbound)).is_success
        await server.send(device, phone=PHONE, message="not wanted")
        got = await receiver.wait_for(1)
        await server.drive(lambda: _true(), step=1)
        got = receiver.deliveries()
        assert [(d.event, d.json["data"]["body"]) for d in got] == [("message:in:new", f"to {device}")]


async def _true() -> bool:
    return True


async def test_no_webhook_writes_no_event(server: Server) -> None:
    device = await linked_number(server)
    await server.send(device, phone=PHONE, message="Hello")
    async with server.services.database.sessions() as session:
        assert (await session.scalars(select(WebhookEvent))).all() == []


async def test_the_receiver_down_then_up_gets_everything_in_order_once(server: Server) -> None:
    with receiving() as receiver:
        device = await linked_number(server)
        await add_webhook(server, receiver.url, events=("message:in:new",))
        receiver.down()
        for i in range(5):
            inbound = {"phone": PHONE, "message": f"m{i}"}
            assert (await server.client.post(f"/sandbox/devices/{device}/inbound", json=inbound)).is_success
        await receiver.wait_for(1)
        await server.clock.advance(600)  # ten minutes down: retried with backoff, the head first
        await receiver.wait_for(3)
        assert {d.json["data"]["body"] for d in receiver.deliveries()} == {"m0"}  # the lane waits
        receiver.up()

        async def all_accepted() -> bool:
            await server.clock.advance(30)
            return len(await receiver.wait_for(5, 0.2, accepted=True)) >= 5

        await server.drive(all_accepted, step=60)
        accepted = receiver.accepted()
        assert [d.json["data"]["body"] for d in accepted] == [f"m{i}" for i in range(5)]
        assert len({d.id for d in accepted}) == 5  # none twice
        retried = [d.id for d in receiver.deliveries() if d.json["data"]["body"] == "m0"]
        assert len(retried) >= 3
        assert len(set(retried)) == 1


async def test_given_up_after_the_retry_window_disables_and_enable_resumes(
    server: Server,
) -> None:
    with receiving() as receiver:
        device = await linked_number(server)
        webhook = await add_webhook(server, receiver.url, events=("message:in:new",))
        receiver.down(500)
        first = {"phone": PHONE, "message": "lost"}
        assert (await server.client.post(f"/sandbox/devices/{device}/inbound", json=first)).is_success
        await receiver.wait_for(1)
        window = server.services.settings.webhook_retry_seconds

        async def disabled() -> bool:
            return (await webhook_row(server, webhook)).status == "disabled"

        await server.drive(disabled, step=1800, limit=window * 2)
        row = await webhook_row(server, webhook)
        assert row.reason is not None
        assert "HTTP 500" in row.reason
        assert "could not be delivered" in row.reason
        async with server.services.database.sessions() as session:
            event = (await session.scalars(select(WebhookEvent))).one()
            attempts = (await session.scalars(select(WebhookAttempt))).all()
        assert event.state == "failed"
        assert event.attempts == len(attempts) > 5
        # while disabled nothing new is written for it
        second = {"phone": PHONE, "message": "while disabled"}
        assert (await server.client.post(f"/sandbox/devices/{device}/inbound", json=second)).is_success
        async with server.services.database.sessions() as session:
            assert len((await session.scalars(select(WebhookEvent))).all()) == 1
        # enabled again: pending, and what happens now is delivered
        receiver.up()
        enabled = await server.sdk().webhooks.enable_webhook(webhook)
        assert (enabled["status"], enabled["reason"]) == ("pending", None)
        third = {"phone": PHONE, "message": "after enable"}
        assert (await server.client.post(f"/sandbox/devices/{device}/inbound", json=third)).is_success
        got = await receiver.wait_for(1, accepted=True)
        assert [d.json["data"]["body"] for d in got] == ["after enable"]
        await _settle_attempts(server, len(attempts) + 1)
        assert (await webhook_row(server, webhook)).status == "active"


async def test_redirects_are_not_followed_and_bodies_are_capped(server: Server) -> None:
    with receiving() as receiver, receiving() as elsewhere:
        device = await linked_number(server)
        await add_webhook(server, receiver.url, events=("message:in:new",))
        receiver.status, receiver.redirect = 302, elsewhere.url
        receiver.answer = b"x" * 100_000
        inbound = {"phone": PHONE, "message": "hi"}
        assert (await server.client.post(f"/sandbox/devices/{device}/inbound", json=inbound)).is_success
        await receiver.wait_for(1)
        await _settle_attempts(server, 1)
        async with server.services.database.sessions() as session:
            attempt = (await session.scalars(select(WebhookAttempt))).first()
        assert attempt is not None
        assert (attempt.ok, attempt.status) == (False, 302)
        assert attempt.error is not None
        assert "not followed" in attempt.error
        assert attempt.response is not None
        assert len(attempt.response) <= 1024
        assert elsewhere.deliveries() == []


async def test_link_local_and_metadata_addresses_are_never_reached(server: Server) -> None:
    device = await linked_number(server)
    await add_webhook(server, "http://169.254.169.254/latest", events=("message:in:new",))
    inbound = {"phone": PHONE, "message": "hi"}
    assert (await server.client.post(f"/sandbox/devices/{device}/inbound", json=inbound)).is_success
    await _settle_attempts(server, 1)
    async with server.services.database.sessions() as session:
        attempt = (await session.scalars(select(WebhookAttempt))).first()
    assert attempt is not None
    assert attempt.status is None
    assert attempt.error is not None
    assert attempt.error.startswith("refused:")


async def _settle_attempts(server: Server, count: int) -> list[Any]:
    import asyncio

    for _ in range(500):
        async with server.services.database.sessions() as session:
            found = list((await session.scalars(select(WebhookAttempt))).all())
        if len(found) >= count:
            return found
        await asyncio.sleep(0.01)
    raise AssertionError(f"fewer than {count} attempts")


def test_the_body_is_the_documented_envelope() -> None:
    from sparkbot.server.db.events import Event, Subscriber, event_rows
    from sparkbot.server.services.webhookdelivery import signature

    now = __import__("datetime").datetime(2026, 12, 6, 12, 0, tzinfo=__import__("datetime").UTC)
    subscribers = {"acc": (Subscriber("w1", frozenset({"number:session"}), None),)}
    built: list[int] = []

    def data() -> dict[str, Any]:
        built.append(1)
        return {"status": "online"}

    rows = event_rows(subscribers, [Event("acc", "dev", "number:session", data)], now)
    assert len(rows) == 1
    assert built == [1]
    body = json.loads(rows[0]["body"])
    assert body == {
        "id": rows[0]["id"],
        "event": "number:session",
        "created": "2026-12-06T12:00:00.000Z",
        "device": "dev",
        "data": {"status": "online"},
    }
    assert event_rows(subscribers, [Event("acc", "dev", "chat:update", data)], now) == []
    assert event_rows(subscribers, [Event("other", "dev", "number:session", data)], now) == []
    assert built == [1]  # nobody wanted them: never built
    raw = rows[0]["body"].encode()
    assert signature(raw, "k") == "sha256=" + hmac.new(b"k", raw, hashlib.sha256).hexdigest()


async def test_a_server_stopped_mid_delivery_loses_nothing(settings: Settings, clock: ManualClock) -> None:
    """The server stops while the receiver holds a delivery (its answer never recorded): after the
    restart every event arrives, the held one again with the same delivery id."""
    with receiving() as receiver:
        async with running(settings, clock) as server:
            device = await linked_number(server)
            await add_webhook(server, receiver.url, events=("message:in:new",))
            receiver.delay = 30.0  # the first delivery is held by the receiver
            for i in range(3):
                inbound = {"phone": PHONE, "message": f"m{i}"}
                assert (
                    await server.client.post(f"/sandbox/devices/{device}/inbound", json=inbound)
                ).is_success
            await receiver.wait_for(1)
        receiver.delay = 0.0
        async with running(settings, clock) as server:
            await receiver.wait_for(4)
            arrived = receiver.deliveries()
    bodies = [d.json["data"]["body"] for d in arrived]
    assert bodies == ["m0", "m0", "m1", "m2"]  # in order; m0 again, as at least once says
    assert arrived[0].id == arrived[1].id


async def test_a_started_campaign_writes_message_out_new_for_each_message(server: Server) -> None:
    device = await linked_number(server)
    await server.client.put(f"/v1/devices/{device}/queue", json={"status": "pause"})
    await add_webhook(server, "http://127.0.0.1:9/none", events=("message:out:new",))
    body = {"device": device, "name": "Sale", "message": "20% off", "contacts": [PHONE, "+447362053577"]}
    created = await server.client.post("/v1/campaigns", json={**body, "start": True})
    assert created.status_code == 201, created.text
    async with server.services.database.sessions() as session:
        rows = (await session.scalars(select(WebhookEvent).order_by(WebhookEvent.seq))).all()
    data = [json.loads(row.body)["data"] for row in rows]
    assert [(d["phone"], d["message"], d["status"]) for d in data] == [
        (PHONE, "20% off", "queued"),
        ("+447362053577", "20% off", "queued"),
    ]
    assert {row.message_id for row in rows} == {d["id"] for d in data}


async def test_deleting_a_number_deletes_its_own_webhooks_only(server: Server) -> None:
    device = await linked_number(server)
    own = await add_webhook(server, "http://127.0.0.1:9/x", device=device)
    everyone = await add_webhook(server, "http://127.0.0.1:9/y")
    assert (await server.client.delete(f"/v1/devices/{device}")).is_success
    async with server.services.database.sessions() as session:
        assert await session.get(Webhook, own) is None
        assert await session.get(Webhook, everyone) is not None


async def test_every_event_kind_the_server_makes_arrives_signed(server: Server) -> None:
    """Each event the services make today reaches a real receiver, verified by the client's
    `sparkbot.webhooks.parse_event` with the webhook's secret (`group:update` and `status:update`
    come with groups and user status, not built yet; `channel:in` with channels)."""
    from sparkbot.webhooks import parse_event

    with receiving() as receiver:
        device = await linked_number(server)
        await add_webhook(server, receiver.url)
        bot = server.sdk()
        inbound = f"/sandbox/devices/{device}/inbound"
        first = (await server.client.post(inbound, json={"phone": PHONE, "message": "hi"})).json()["message"]
        wa_id = first["id"]
        await server.client.post(
            inbound, json={"phone": PHONE, "reaction": {"message": wa_id, "emoji": "👍"}}
        )
        await server.client.post(inbound, json={"phone": PHONE, "edit": {"message": wa_id, "text": "hi!"}})
        await bot.chats.set_chat_status(device, PHONE[1:] + "@c.us", status="resolved")
        await bot.chat_contacts.create_contact(device, phone="+447362053599", name="Bo")
        unreachable = await server.send(device, phone="+447362050000", message="nobody there")

        async def failed() -> bool:  # not on WhatsApp: failed by the send, while still online
            return (await server.message(unreachable["id"]))["status"] == "failed"

        await server.drive(failed, step=0.5)
        await server.client.post(f"/sandbox/devices/{device}/disconnect", json={"reason": "offline"})

        wanted = {
            "message:in:new",
            "message:reaction",
            "message:update",
            "chat:update",
            "contact:update",
            "message:out:new",
            "message:out:failed",
            "number:session",
        }

        async def all_arrived() -> bool:
            return wanted <= {d.event for d in receiver.deliveries()}

        await server.drive(all_arrived, step=1)
        for delivery in receiver.deliveries():
            event = parse_event(delivery.body, delivery.headers, SECRET, tolerance=None)
            assert event.event == delivery.event
            assert event.device == device
        by_kind = {d.event: d.json["data"] for d in receiver.deliveries()}
        assert by_kind["message:reaction"]["reactions"][0]["emoji"] == "👍"
        assert by_kind["message:update"]["body"] == "hi!"
        assert (by_kind["chat:update"]["status"], by_kind["chat:update"]["change"]) == ("resolved", "status")
        assert by_kind["contact:update"]["name"] == "Bo"
        assert "not on WhatsApp" in by_kind["message:out:failed"]["failure"]["reason"]
        assert by_kind["number:session"]["status"] == "offline"
