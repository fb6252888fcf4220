"""Campaigns through the real client (`server.sdk()`), created with this server's own
`POST /v1/campaigns`: list with its filters and paging, get, start, stop (pause), start again,
stop for good, per-contact statuses exact at the end, delete refused while running, another
account's 404s, bad input's 400s with nothing stored; and 1,000 contacts sent at the number's
pace across a restart, each carried exactly once."""

from __future__ import annotations

import asyncio
import itertools
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from sparkbot.client.errors import ConflictError, NotFoundError
from sparkbot.server import ManualClock, Settings
from sparkbot.server.db import Message
from sparkbot.server.db.models import Campaign, CampaignContact

from .harness import Server, running

ANA, BEN, CAI, DEE = "+447362053576", "+34600123456", "+5511987654321", "+16001234567"
NOBODY = "+447362050000"  # not on the sandbox's WhatsApp (ends in 0000)
GROUP = "120363025246125486@g.us"
FINISHED = {"completed", "incomplete", "failed"}


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


async def _online(server: Server, alias: str = "Sales", speed: int | None = None) -> str:
    number = await server.create_number(alias)
    await server.link_by_qr(number["id"])
    if speed is not None:
        response = await server.client.patch(
            f"/v1/devices/{number['id']}", json={"settings": {"deliverySpeed": speed}}
        )
        assert response.is_success, response.text
    return str(number["id"])


async def _create(server: Server, device: str, contacts: list[Any], **body: Any) -> dict[str, Any]:
    payload = {"device": device, "name": "Spring sale", "message": "20% off today", "contacts": contacts}
    response = await server.client.post("/v1/campaigns", json={**payload, **body})
    assert response.status_code == 201, response.text
    return dict(response.json())


async def _stored(server: Server) -> tuple[int, int, int]:
    """How many campaigns, campaign contacts and messages the database holds."""
    async with server.services.database.sessions() as session:
        counts = [
            await session.scalar(select(func.count()).select_from(table))
            for table in (Campaign, CampaignContact, Message)
        ]
    return (int(counts[0] or 0), int(counts[1] or 0), int(counts[2] or 0))


async def _contacts(server: Server, campaign: str, **filters: Any) -> list[dict[str, Any]]:
    return list(await server.sdk().campaigns.get_campaign_contacts(campaign, size=500, **filters))


async def _finished(server: Server, campaign: str) -> bool:
    return (await server.sdk().campaigns.get_campaign(campaign))["status"] in FINISHED


async def test_create_list_get_and_filters(server: Server) -> None:
    sales, support = (
        (await server.create_number("Sales"))["id"],
        (await server.create_number("Support"))["id"],
    )
    owner = "a" * 24
    first = await _create(
        server,
        sales,
        [ANA, {"phone": BEN, "name": "Ben"}, ANA, GROUP],
        owner=owner,
        scheduledAt="2026-02-01T09:00:00Z",
    )
    assert first["status"] == "draft"
    assert first["duplicates"] == 1  # ANA twice: kept once, at its first place
    assert first["contacts"] == {"total": 3, "pending": 3, "processing": 0, "delivered": 0, "failed": 0}
    assert (first["device"], first["name"], first["message"], first["owner"]) == (
        sales,
        "Spring sale",
        "20% off today",
        owner,
    )
    assert first["content"] == {"message": "20% off today"}
    assert (first["scheduledAt"], first["startedAt"], first["completedAt"]) == (
        "2026-02-01T09:00:00.000Z",
        None,
        None,
    )
    await server.clock.advance(60)
    second = await _create(server, support, [CAI], name="Support news", message="hello")
    await server.clock.advance(60)
    media = await _create(server, sales, [DEE], media={"url": "https://example.com/a.png"}, message=None)
    assert (media["kind"], media["type"], media["content"]) == (
        "sendMedia",
        "image",
        {"media": {"url": "https://example.com/a.png"}},
    )

    campaigns = server.sdk().campaigns
    ids = [c["id"] for c in await campaigns.get_campaigns()]
    assert ids == [media["id"], second["id"], first["id"]]  # newest first
    assert [c["id"] for c in await campaigns.get_campaigns(sort="date:asc")] == ids[::-1]
    assert [c["id"] for c in await campaigns.get_campaigns(size=1, page=1)] == [second["id"]]
    assert [c["id"] for c in await campaigns.get_campaigns(device=support)] == [second["id"]]
    assert [c["id"] for c in await campaigns.get_campaigns(owner=owner)] == [first["id"]]
    assert [c["id"] for c in await campaigns.get_campaigns(id=[first["id"], media["id"]])] == [
        media["id"],
        first["id"],
    ]
    assert [c["id"] for c in await campaigns.get_campaigns(phone=BEN)] == [first["id"]]
    assert [c["id"] for c in await campaigns.get_campaigns(group=GROUP)] == [first["id"]]
    assert [c["id"] for c in await campaigns.get_campaigns(phone=[CAI, DEE])] == [media["id"], second["id"]]
    assert [c["id"] for c in await campaigns.get_campaigns(status="draft")] == ids
    assert await campaigns.get_campaigns(status=["processing", "completed"]) == []
    after = second["createdAt"]
    assert [c["id"] for c in await campaigns.get_campaigns(after=after)] == [media["id"]]
    assert [c["id"] for c in await campaigns.get_campaigns(before=after)] == [first["id"]]

    got = await campaigns.get_campaign(first["id"])
    assert got == {k: v for k, v in first.items() if k != "duplicates"}
    contacts = await _contacts(server, first["id"], sort="date:asc")
    assert [(_target(c), c["kind"], c["name"], c["status"], c["ack"]) for c in contacts] == [
        (ANA, "phone", None, "pending", "pending"),
        (BEN, "phone", "Ben", "pending", "pending"),
        (GROUP, "group", None, "pending", "pending"),
    ]
    assert [c["position"] for c in await _contacts(server, first["id"])] == [2, 1, 0]  # last first by default


async def test_run_pause_resume_and_exact_statuses(server: Server) -> None:
    device = await _online(server, speed=6)  # one message every 10 s
    # the number is in GROUP: a member wrote there (WhatsApp refuses a group the number is not in)
    wrote = {"phone": CAI, "message": "hi all", "group": GROUP}
    assert (await server.client.post(f"/sandbox/devices/{device}/inbound", json=wrote)).status_code == 201
    created = await _create(server, device, [ANA, BEN, NOBODY, GROUP, CAI, {"phone": DEE, "name": "Dee"}])
    campaigns = server.sdk().campaigns
    started = await campaigns.update_campaign(created["id"], action="start")
    assert started["status"] == "processing"
    assert started["startedAt"] == iso_now(server)
    # none sent yet; the number's worker may already be handing the first one over
    assert started["contacts"]["pending"] + started["contacts"]["processing"] == 6
    assert started["contacts"]["delivered"] == 0
    with pytest.raises(ConflictError) as running_already:
        await campaigns.update_campaign(created["id"], action="start")
    assert (
        running_already.value.body["message"]
        == "the campaign is processing: it runs already (stop pauses it)"
    )

    async def two_delivered() -> bool:
        return len(await _contacts(server, created["id"], status="delivered")) >= 2

    await server.drive(two_delivered, step=1)
    paused = await campaigns.update_campaign(created["id"], action="stop")
    assert paused["status"] == "paused"
    counts = paused["contacts"]
    assert counts["delivered"] + counts["processing"] + counts["pending"] + counts["failed"] == 6
    assert counts["pending"] >= 3
    # the withdrawn messages are gone from the queue: nothing more is carried while paused
    carried = len(await server.outbox(device))
    await server.clock.advance(120)
    await asyncio.sleep(0.05)
    assert len(await server.outbox(device)) == carried
    waiting = await _contacts(server, created["id"], status="pending")
    assert all(c["message"] is None and c["waId"] is None for c in waiting)
    resumed = await campaigns.update_campaign(created["id"], action="start")
    assert resumed["status"] == "processing"
    assert resumed["startedAt"] == started["startedAt"]
    await server.drive(lambda: _finished(server, created["id"]), step=1)

    async def all_read() -> bool:
        acks = {c["ack"] for c in await _contacts(server, created["id"]) if c["status"] == "delivered"}
        return acks == {"read"}

    await server.drive(all_read, step=1)
    done = await campaigns.get_campaign(created["id"])
    assert done["status"] == "incomplete"  # NOBODY failed, the others were delivered
    assert done["contacts"] == {"total": 6, "pending": 0, "processing": 0, "delivered": 5, "failed": 1}
    assert done["completedAt"] is not None
    contacts = {_target(c): c for c in await _contacts(server, created["id"])}
    assert {t: (c["status"], c["ack"]) for t, c in contacts.items()} == {
        ANA: ("delivered", "read"),
        BEN: ("delivered", "read"),
        NOBODY: ("failed", "failed"),
        GROUP: ("delivered", "read"),
        CAI: ("delivered", "read"),
        DEE: ("delivered", "read"),
    }
    assert "not on WhatsApp" in contacts[NOBODY]["failure"]["reason"]
    # each reached exactly once, with the campaign's message and reference, at the number's pace
    outbox = await server.outbox(device)
    assert sorted(_target(e) for e in outbox) == sorted(t for t in contacts if t != NOBODY)
    assert {e["content"]["message"] for e in outbox} == {"20% off today"}
    assert {e["message"] for e in outbox} == {c["message"] for t, c in contacts.items() if t != NOBODY}
    times = sorted(_at(c["sentAt"] or c["failedAt"]) for c in contacts.values())
    assert all((b - a).total_seconds() >= 10 for a, b in itertools.pairwise(times))
    message = await server.message(contacts[ANA]["message"])
    assert (message["reference"], message["message"]) == (f"campaign:{created['id']}", "20% off today")

    # the contacts' filters
    def targets(found: list[dict[str, Any]]) -> set[str]:
        return {_target(c) for c in found}

    assert targets(await _contacts(server, created["id"], status="failed")) == {NOBODY}
    assert targets(await _contacts(server, created["id"], ack="failed")) == {NOBODY}
    assert targets(await _contacts(server, created["id"], kind="group")) == {GROUP}
    assert targets(await _contacts(server, created["id"], search="dee")) == {DEE}
    assert targets(await _contacts(server, created["id"], search="1203630")) == {GROUP}
    assert targets(await _contacts(server, created["id"], target=[ANA, BEN])) == {ANA, BEN}
    assert targets(await _contacts(server, created["id"], wid=contacts[CAI]["waId"])) == {CAI}
    page = await server.sdk().campaigns.get_campaign_contacts(created["id"], sort="date:asc", size=2, page=1)
    assert [c["position"] for c in page] == [2, 3]
    assert [c["id"] for c in await campaigns.get_campaigns(status="incomplete")] == [created["id"]]
    assert await campaigns.get_campaigns(status=["processing", "completed", "paused"]) == []
    # nothing is left to start or stop
    for action in ("start", "stop"):
        response = await server.client.put(f"/v1/campaigns/{created['id']}/status", json={"action": action})
        assert response.status_code == 409
        assert response.json()["message"] == f"the campaign is incomplete: it has nothing left to {action}"


def _target(entry: dict[str, Any]) -> str:
    return str(entry.get("phone") or entry.get("group"))


def iso_now(server: Server) -> str:
    return server.clock.now().isoformat(timespec="milliseconds").replace("+00:00", "Z")


async def test_stop_pauses_then_ends_and_delete_waits_for_a_stop(server: Server) -> None:
    device = await _online(server, speed=6)
    created = await _create(server, device, [ANA, BEN, CAI], start=True)
    assert created["status"] == "processing"
    campaigns = server.sdk().campaigns
    with pytest.raises(ConflictError) as running_now:
        await campaigns.delete_campaign(created["id"])
    assert running_now.value.body["message"] == (
        "the campaign is processing: stop it first (updateCampaign with action=stop)"
    )
    assert (await campaigns.get_campaign(created["id"]))["status"] == "processing"
    assert (await campaigns.update_campaign(created["id"], action="stop"))["status"] == "paused"
    stopped = await campaigns.update_campaign(created["id"], action="stop")
    assert stopped["status"] == "stopped"
    assert stopped["stoppedAt"] == iso_now(server)
    with pytest.raises(ConflictError) as for_good:
        await campaigns.update_campaign(created["id"], action="start")
    assert (
        for_good.value.body["message"] == "the campaign is stopped for good: create a new one to send again"
    )
    await server.clock.advance(120)
    assert [c["status"] for c in await _contacts(server, created["id"], status="pending")]  # never sent
    before = await _stored(server)
    deleted = await campaigns.delete_campaign(created["id"])
    assert deleted == {"id": created["id"], "deleted": True, "status": "stopped"}
    with pytest.raises(NotFoundError):
        await campaigns.get_campaign(created["id"])
    after = await _stored(server)
    assert (after[0], after[1]) == (before[0] - 1, before[1] - 3)
    assert after[2] == before[2]  # what was sent stays among the messages; nothing was queued

    # a draft is not running: it goes at once
    draft = await _create(server, device, [DEE])
    assert (await campaigns.delete_campaign(draft["id"]))["status"] == "draft"


async def test_a_scheduled_campaign_is_pending_until_its_time(server: Server) -> None:
    device = await _online(server)
    created = await _create(server, device, [ANA, BEN], scheduledAt="2026-01-01T01:00:00Z", start=True)
    assert created["status"] == "pending"
    await server.clock.advance(1800)
    await asyncio.sleep(0.05)
    assert await server.outbox(device) == []
    assert (await server.sdk().campaigns.get_campaigns(status="pending"))[0]["id"] == created["id"]
    await server.drive(lambda: _finished(server, created["id"]), step=30, limit=7200)
    done = await server.sdk().campaigns.get_campaign(created["id"])
    assert done["status"] == "completed"
    sent = [_at(c["sentAt"]) for c in await _contacts(server, created["id"])]
    assert min(sent) >= _at("2026-01-01T01:00:00Z")


async def test_a_number_that_refuses_messages_refuses_the_start(server: Server) -> None:
    device = await _online(server)
    created = await _create(server, device, [ANA])
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "freeze"})
    with pytest.raises(ConflictError) as frozen:
        await server.sdk().campaigns.update_campaign(created["id"], action="start")
    assert frozen.value.body["message"] == "the number's queue is freeze: it refuses new messages"
    assert (await server.sdk().campaigns.get_campaign(created["id"]))["status"] == "draft"
    assert (await _stored(server))[2] == 0  # nothing queued


async def test_another_account_gets_404_for_every_operation(server: Server) -> None:
    device = await _online(server)
    created = await _create(server, device, [ANA])
    _, other_key = await server.services.accounts.create("other")
    theirs = server.sdk(other_key).campaigns
    calls = [
        theirs.get_campaign(created["id"]),
        theirs.update_campaign(created["id"], action="start"),
        theirs.get_campaign_contacts(created["id"]),
        theirs.delete_campaign(created["id"]),
    ]
    for call in calls:
        with pytest.raises(NotFoundError):
            await call
    assert await theirs.get_campaigns() == []
    assert await theirs.get_campaigns(id=created["id"]) == []
    async with server.client_for(other_key) as other:
        body = {"device": device, "name": "x", "message": "x", "contacts": [ANA]}
        response = await other.post("/v1/campaigns", json=body)
    assert response.status_code == 404, response.text
    assert (await server.sdk().campaigns.get_campaign(created["id"]))["status"] == "draft"
    with pytest.raises(NotFoundError):
        await server.sdk().campaigns.get_campaign("0" * 24)
    async with server.client_for(None) as anonymous:
        assert (await anonymous.post("/v1/campaigns", json=body)).status_code == 401


async def test_bad_input_is_a_400_naming_the_field_and_stores_nothing(server: Server) -> None:
    device = (await server.create_number())["id"]
    good = {"device": device, "name": "x", "message": "hello", "contacts": [ANA]}
    cases: list[tuple[dict[str, Any], str]] = [
        ({"device": "nope"}, "device"),
        ({"contacts": []}, "contacts"),
        ({"contacts": [ANA] * 10_001}, "contacts"),
        ({"contacts": [ANA, "447362053576"]}, "contacts[1]"),
        ({"contacts": [ANA, {"phone": BEN, "group": GROUP}]}, "contacts[1]"),
        ({"contacts": ["123@c.us"]}, "contacts[0]"),
        ({"message": None}, "message"),
        ({"scheduledAt": "tomorrow"}, "scheduledAt"),
        ({"owner": "me"}, "owner"),
        ({"name": ""}, "name"),
        ({"colour": "red"}, "colour"),
    ]
    for change, field in cases:
        response = await server.client.post("/v1/campaigns", json={**good, **change})
        assert response.status_code == 400, (change, response.text)
        fields = [e["field"] for e in response.json()["errors"]]
        assert any(f == field or f.endswith(field) or field in f for f in fields), (change, fields)
    assert (await server.client.post("/v1/campaigns", json={**good, "device": "f" * 24})).status_code == 404
    assert await _stored(server) == (0, 0, 0)
    campaigns = server.sdk().campaigns
    created = await _create(server, device, [ANA])
    for call in (
        server.client.put(f"/v1/campaigns/{created['id']}/status", json={"action": "pause"}),
        server.client.get("/v1/campaigns", params={"status": "running"}),
        server.client.get(f"/v1/campaigns/{created['id']}/contacts", params={"status": "read"}),
        server.client.get("/v1/campaigns", params={"size": 0}),
    ):
        assert (await call).status_code == 400
    yesterday = await server.client.get("/v1/campaigns", params={"after": "yesterday"})
    assert yesterday.status_code == 400
    assert yesterday.json()["errors"][0]["field"] == "after"
    assert (await campaigns.get_campaign(created["id"]))["status"] == "draft"


async def test_deleting_the_number_deletes_its_campaigns(server: Server) -> None:
    device = await _online(server, speed=6)
    await _create(server, device, [ANA, BEN], start=True)
    await _create(server, device, [CAI])
    assert (await server.client.delete(f"/v1/devices/{device}")).is_success
    assert await server.sdk().campaigns.get_campaigns() == []
    assert await _stored(server) == (0, 0, 0)


async def test_a_thousand_contacts_run_to_the_end_across_a_restart_at_the_numbers_pace(
    settings: Settings, clock: ManualClock
) -> None:
    phones = [f"+4473620{i:05d}" for i in range(1, 1001)]
    speed = 150  # a minute, the most a number takes: one message every 0.4 s
    async with running(settings, clock) as first:
        device = await _online(first, speed=speed)
        created = await _create(first, device, phones, start=True)
        campaign = created["id"]

        async def some_sent() -> bool:
            return len(await first.outbox(device)) >= 300

        await _drive_cheaply(first, some_sent, step=60 / speed)
        before = await first.sdk().campaigns.get_campaign(campaign)
        assert before["status"] == "processing"
        # the sandbox carried 300; their sends are recorded a moment later (none recorded twice)
        assert 250 <= before["contacts"]["delivered"] < 1000
    async with running(settings, clock) as second:
        await _drive_cheaply(second, lambda: _finished(second, campaign), step=60 / speed)
        done = await second.sdk().campaigns.get_campaign(campaign)
        assert done["status"] == "completed"
        assert done["contacts"] == {
            "total": 1000,
            "pending": 0,
            "processing": 0,
            "delivered": 1000,
            "failed": 0,
        }
        outbox = await second.outbox(device)
        assert sorted(e["phone"] for e in outbox) == phones  # every contact, each exactly once
        contacts = [
            c
            async for c in second.sdk().campaigns.iter_get_campaign_contacts(
                campaign, sort="date:asc", size=500
            )
        ]
        assert [c["phone"] for c in contacts] == phones
        assert {c["status"] for c in contacts} == {"delivered"}
        assert {c["message"] for c in contacts} == {e["message"] for e in outbox}
        sent = sorted(_at(e["sentAt"]) for e in outbox)
        assert [e["phone"] for e in sorted(outbox, key=lambda e: e["sentAt"])] == phones  # in campaign order
        gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(sent)]
        assert min(gaps) >= 60 / speed, min(gaps)


async def _drive_cheaply(server: Server, until: Any, step: float, every: int = 50) -> None:
    """`server.drive` asking `until()` only every `every` steps (a thousand sends need as many
    steps: a paced number sends one message per instant the clock reaches)."""
    steps = itertools.count()

    async def sometimes() -> bool:
        return next(steps) % every == 0 and bool(await until())

    await server.drive(sometimes, step=step, limit=3600)


async def test_a_message_deleted_outside_the_campaign_fails_its_contact_and_all_failed_is_failed(
    server: Server,
) -> None:
    device = await _online(server)
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "pause"})  # holds, takes
    created = await _create(server, device, [ANA, BEN], start=True)
    campaigns = server.sdk().campaigns
    ana = (await _contacts(server, created["id"], target=ANA))[0]
    assert (ana["status"], ana["ack"]) == ("pending", "pending")
    assert (await server.client.delete(f"/v1/messages/{ana['message']}")).is_success
    ana = (await _contacts(server, created["id"], target=ANA))[0]
    assert (ana["status"], ana["ack"]) == ("failed", "failed")
    assert ana["failure"] == {"reason": "its message was deleted outside the campaign"}
    paused = await campaigns.update_campaign(created["id"], action="stop")
    assert paused["contacts"] == {"total": 2, "pending": 1, "processing": 0, "delivered": 0, "failed": 1}
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "active"})
    assert (await campaigns.update_campaign(created["id"], action="start"))["status"] == "processing"
    await server.drive(lambda: _finished(server, created["id"]))
    assert (await campaigns.get_campaign(created["id"]))["status"] == "incomplete"
    assert [c["status"] for c in await _contacts(server, created["id"], sort="date:asc")] == [
        "failed",
        "delivered",
    ]

    nobody = await _create(server, device, [NOBODY, "+447362060000"], start=True)
    await server.drive(lambda: _finished(server, nobody["id"]))
    done = await campaigns.get_campaign(nobody["id"])
    assert (done["status"], done["contacts"]["failed"]) == ("failed", 2)
    assert [c["id"] for c in await campaigns.get_campaigns(status="failed")] == [nobody["id"]]
