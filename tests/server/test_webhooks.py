"""Webhooks through the real client (`server.sdk()`): create (201, a secret, `pending`), get, the list
with its filters and paging, update (name, URL, events, number; the secret kept), enable, delete
(events and logs with it), the delivery logs paged newest first; refused input (bad URLs, names,
events, another account's number, the account's limit) with nothing stored; the subscriptions
the write paths read refreshed after every write; and another account's 404 on all 7 operations."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from sparkbot import APIStatusError
from sparkbot.client.errors import BadRequestError, ConflictError, NotFoundError
from sparkbot.server import ManualClock, Settings
from sparkbot.server.db.events import EVENTS
from sparkbot.server.db.models import Webhook, WebhookAttempt, WebhookEvent
from sparkbot.server.services.accounts import new_id
from sparkbot.server.services.webhooks import MAX_WEBHOOKS
from sparkbot.spec import RESOURCES, Operation

from .harness import Server, running

URL = "https://hooks.example.com/sparkbot"
DEAD = "http://127.0.0.1:9/hook"  # nothing listens there: a delivery attempt fails at once
VIEW_KEYS = {
    "id",
    "name",
    "url",
    "events",
    "device",
    "secret",
    "status",
    "reason",
    "createdAt",
    "updatedAt",
    "lastDeliveryAt",
}


async def _create(server: Server, **body: Any) -> dict[str, Any]:
    values = {"name": "CRM", "url": URL, "events": ["message:in:new"], **body}
    return dict(await server.sdk().webhooks.create_webhook(**values))


async def _row(server: Server, webhook_id: str) -> Webhook | None:
    async with server.services.database.sessions() as session:
        return await session.get(Webhook, webhook_id)


async def _count(server: Server, model: Any, **where: Any) -> int:
    query = select(func.count()).select_from(model)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    async with server.services.database.sessions() as session:
        return int(await session.scalar(query) or 0)


async def _set(server: Server, webhook_id: str, **values: Any) -> None:
    """Change a webhook as the deliverer would (behind the API's back)."""
    async with server.services.database.sessions.begin() as session:
        await session.execute(update(Webhook).where(Webhook.id == webhook_id).values(**values))
    server.services.database.subscriptions.changed()


async def _subscribed(server: Server, account_id: str) -> list[str]:
    found = await server.services.database.subscriptions.of([account_id])
    return [s.id for s in found[account_id]]


async def _event(server: Server, webhook: Webhook, *, due_in: float) -> str:
    """A pending event of `webhook` whose next attempt is `due_in` seconds from now."""
    now = server.clock.now()
    event_id = new_id()
    row = WebhookEvent(
        id=event_id,
        webhook_id=webhook.id,
        account_id=webhook.account_id,
        lane="",
        event="message:in:new",
        body=f'{{"id": "{event_id}", "event": "message:in:new", "data": {{}}}}',
        state="pending",
        attempts=1,
        next_at=now + timedelta(seconds=due_in),
        created_at=now,
    )
    async with server.services.database.sessions.begin() as session:
        session.add(row)
    return event_id


def _attempted(server: Server, event_id: str) -> Any:
    async def until() -> bool:
        return await _count(server, WebhookAttempt, event_id=event_id) > 0

    return until


async def test_create_get_list_update_delete(server: Server) -> None:
    sales = (await server.create_number("Sales"))["id"]
    response = await server.client.post(
        "/v1/webhooks",
        json={
            "name": "  CRM  ",
            "url": URL,
            "events": ["message:in:new", "message:out:ack", "message:in:new"],
            "device": sales,
        },
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert set(created) == VIEW_KEYS
    assert created["name"] == "CRM"
    assert created["url"] == URL
    assert created["events"] == ["message:in:new", "message:out:ack"]  # the repeat folded
    assert created["device"] == sales
    assert re.fullmatch(r"[0-9a-f]{48}", created["secret"])
    assert created["status"] == "pending"
    assert created["reason"] is None
    assert created["lastDeliveryAt"] is None
    assert created["createdAt"] == created["updatedAt"] == "2026-01-01T00:00:00.000Z"
    webhook_id = created["id"]

    sdk = server.sdk()
    assert await sdk.webhooks.get_webhook(webhook_id) == created
    assert await sdk.webhooks.get_webhooks() == [created]  # the secret in the list too
    row = await _row(server, webhook_id)
    assert row is not None
    account_id = row.account_id
    subscribers = (await server.services.database.subscriptions.of([account_id]))[account_id]
    assert [(s.id, s.events, s.device_id) for s in subscribers] == [
        (webhook_id, frozenset({"message:in:new", "message:out:ack"}), sales)
    ]

    await server.clock.advance(60)
    changed = await sdk.webhooks.update_webhook(
        webhook_id, name="CRM v2", url="https://crm.example.org/in", events=["chat:update"]
    )
    assert changed["name"] == "CRM v2"
    assert changed["url"] == "https://crm.example.org/in"
    assert changed["events"] == ["chat:update"]
    assert changed["device"] == sales  # not given: kept
    assert changed["secret"] == created["secret"]  # no operation rotates it
    assert changed["createdAt"] == created["createdAt"]
    assert changed["updatedAt"] == "2026-01-01T00:01:00.000Z"
    assert await sdk.webhooks.get_webhook(webhook_id) == changed
    subscribers = (await server.services.database.subscriptions.of([account_id]))[account_id]
    assert [s.events for s in subscribers] == [frozenset({"chat:update"})]  # seen at once

    support = (await server.create_number("Support"))["id"]
    moved = await sdk.webhooks.update_webhook(
        webhook_id, name="CRM v2", url="https://crm.example.org/in", events=EVENTS, device=support
    )
    assert moved["device"] == support
    assert moved["events"] == list(EVENTS)

    assert await sdk.webhooks.delete_webhook(webhook_id) == {"id": webhook_id, "deleted": True}
    with pytest.raises(NotFoundError):
        await sdk.webhooks.get_webhook(webhook_id)
    with pytest.raises(NotFoundError):
        await sdk.webhooks.delete_webhook(webhook_id)
    assert await sdk.webhooks.get_webhooks() == []
    assert await _subscribed(server, account_id) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "ftp://hooks.example.com/in"}, "url"),
        ({"url": "http://169.254.169.254/latest/meta-data"}, "url"),
        ({"url": "http://[fe80::1]/in"}, "url"),
        ({"url": "https://user:secret@hooks.example.com/in"}, "url"),
        ({"url": "https://metadata.google.internal/computeMetadata"}, "url"),
        ({"url": "hooks.example.com/in"}, "url"),
        ({"url": "https:///in"}, "url"),
        ({"url": "https://hooks.example.com:99999/in"}, "url"),
        ({"url": "https://hooks.example.com/" + "a" * 2048}, "url"),
        ({"name": "x" * 31}, "name"),
        ({"name": "   "}, "name"),
        ({"events": ["message:in:new", "message:everything"]}, "events"),
        ({"events": []}, "events"),
        ({"device": "not-an-id"}, "device"),
    ],
)
async def test_refused_input_is_400_and_stores_nothing(
    server: Server, body: dict[str, Any], field: str
) -> None:
    values = {"name": "CRM", "url": URL, "events": ["message:in:new"], **body}
    # raw HTTP: the client refuses what the catalogue rules out before sending; the server must too
    response = await server.client.post("/v1/webhooks", json=values)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_parameter"
    assert response.json()["errors"][0]["field"] == field, response.text
    assert await _count(server, Webhook) == 0


async def test_a_refused_update_changes_nothing(server: Server) -> None:
    created = await _create(server)
    sdk = server.sdk()
    for url in ("ftp://hooks.example.com/in", "http://169.254.169.254/", "https://a:b@hooks.example.com/"):
        with pytest.raises(BadRequestError) as caught:
            await sdk.webhooks.update_webhook(created["id"], name="New", url=url, events=["chat:update"])
        assert caught.value.body["errors"][0]["field"] == "url"
    assert await sdk.webhooks.get_webhook(created["id"]) == created


async def test_the_number_must_be_the_accounts(server: Server) -> None:
    _, other_key = await server.services.accounts.create("other")
    other_number = (
        await server.sdk(other_key).numbers.create_number(alias="Theirs", billing_plan="professional")
    )["id"]
    with pytest.raises(NotFoundError):
        await _create(server, device=other_number)
    with pytest.raises(NotFoundError):
        await _create(server, device="0123456789abcdef01234567")
    assert await _count(server, Webhook) == 0
    created = await _create(server)
    with pytest.raises(NotFoundError):
        await server.sdk().webhooks.update_webhook(
            created["id"], name="CRM", url=URL, events=["chat:update"], device=other_number
        )
    assert await server.sdk().webhooks.get_webhook(created["id"]) == created


async def test_the_allow_list_narrows_urls(settings: Settings, clock: ManualClock) -> None:
    narrowed = dataclasses.replace(settings, webhook_allow=("10.0.0.0/8",))
    async with running(narrowed, clock) as server:
        with pytest.raises(BadRequestError) as caught:
            await _create(server, url="http://127.0.0.1:8080/in")
        assert "webhook_allow" in caught.value.body["message"]
        created = await _create(server, url="http://10.1.2.3/in")
        assert created["url"] == "http://10.1.2.3/in"
        assert await _count(server, Webhook) == 1


async def test_at_most_50_webhooks(server: Server) -> None:
    for i in range(MAX_WEBHOOKS):
        await _create(server, name=f"hook {i}")
    with pytest.raises(ConflictError) as caught:
        await _create(server, name="one too many")
    assert caught.value.body["error"] == "webhook_limit"
    assert "at most 50" in caught.value.body["message"]
    assert await _count(server, Webhook) == MAX_WEBHOOKS
    first = (await server.sdk().webhooks.get_webhooks(size=1))[0]
    await server.sdk().webhooks.delete_webhook(first["id"])
    assert (await _create(server, name="room again"))["name"] == "room again"


async def test_list_filters_and_paging(server: Server) -> None:
    sales = (await server.create_number("Sales"))["id"]
    support = (await server.create_number("Support"))["id"]
    made = []
    for name, url, device in (
        ("Sales CRM", "https://crm.example.com/sales", sales),
        ("Helpdesk", "https://HELP.example.org/in", support),
        ("Everything", "https://archive.example.net/all", None),
        ("Audit 100%_", "https://audit.example.net/x", None),
    ):
        body = {"device": device} if device else {}
        made.append((await _create(server, name=name, url=url, **body))["id"])
        await server.clock.advance(1)
    crm, help_, everything, audit = made
    sdk = server.sdk()

    listed = await sdk.webhooks.get_webhooks()
    assert [w["id"] for w in listed] == made  # oldest first
    assert [w["id"] for w in await sdk.webhooks.get_webhooks(size=2)] == [crm, help_]
    assert [w["id"] for w in await sdk.webhooks.get_webhooks(size=2, page=1)] == [everything, audit]
    assert await sdk.webhooks.get_webhooks(size=2, page=2) == []
    assert [w["id"] async for w in sdk.webhooks.iter_get_webhooks(size=3)] == made

    # a number's webhooks include those of every number
    assert [w["id"] for w in await sdk.webhooks.get_webhooks(devices=[sales])] == [crm, everything, audit]
    both = await sdk.webhooks.get_webhooks(devices=[sales, support])
    assert [w["id"] for w in both] == made
    nobody = "0123456789abcdef01234567"
    assert [w["id"] for w in await sdk.webhooks.get_webhooks(devices=[nobody])] == [everything, audit]

    # search: name or URL, any case; LIKE's wildcards are plain characters
    assert [w["id"] for w in await sdk.webhooks.get_webhooks(search="help.EXAMPLE")] == [help_]
    assert [w["id"] for w in await sdk.webhooks.get_webhooks(search="crm")] == [crm]
    assert [w["id"] for w in await sdk.webhooks.get_webhooks(search="example.net")] == [everything, audit]
    assert [w["id"] for w in await sdk.webhooks.get_webhooks(search="100%_")] == [audit]
    assert await sdk.webhooks.get_webhooks(search="e%e") == []  # no wildcard

    await _set(server, help_, status="disabled", reason="event x could not be delivered")
    await _set(server, everything, status="active")
    assert [w["id"] for w in await sdk.webhooks.get_webhooks(status=["disabled"])] == [help_]
    assert [w["id"] for w in await sdk.webhooks.get_webhooks(status=["active", "pending"])] == [
        crm,
        everything,
        audit,
    ]
    only = await sdk.webhooks.get_webhooks(status="disabled", devices=[support], search="help")
    assert [(w["id"], w["reason"]) for w in only] == [(help_, "event x could not be delivered")]

    for query, field in (("status=paused", "status"), ("size=0", "size"), ("page=-1", "page")):
        response = await server.client.get(f"/v1/webhooks?{query}")
        assert response.status_code == 400, response.text
        assert response.json()["errors"][0]["field"] == field


async def test_enable(server: Server) -> None:
    created = await _create(server, url=DEAD)
    webhook_id = created["id"]
    row = await _row(server, webhook_id)
    assert row is not None
    sdk = server.sdk()

    # enabling a webhook that is not disabled changes nothing
    await server.clock.advance(5)
    assert await sdk.webhooks.enable_webhook(webhook_id) == created

    await _set(server, webhook_id, status="disabled", reason="gave up on event e1")
    assert await _subscribed(server, row.account_id) == []  # a disabled webhook wants nothing
    disabled = await sdk.webhooks.get_webhook(webhook_id)
    assert (disabled["status"], disabled["reason"]) == ("disabled", "gave up on event e1")
    event_id = await _event(server, row, due_in=3600)  # waiting for a retry an hour away

    await server.clock.advance(5)
    enabled = await sdk.webhooks.enable_webhook(webhook_id)
    assert enabled["status"] == "pending"
    assert enabled["reason"] is None
    assert enabled["updatedAt"] == "2026-01-01T00:00:10.000Z"
    assert enabled["secret"] == created["secret"]
    assert await _subscribed(server, row.account_id) == [webhook_id]  # seen at once
    # its pending event is due at once: the deliverer, woken, tries it within a second of clock
    await server.drive(_attempted(server, event_id), step=0.001, limit=1)

    again = await sdk.webhooks.enable_webhook(webhook_id)
    assert again["status"] == "pending"
    assert again["updatedAt"] == enabled["updatedAt"]


async def test_a_new_url_is_pending_and_its_events_due_at_once(server: Server) -> None:
    created = await _create(server, url="https://old.example.com/in")
    webhook_id = created["id"]
    row = await _row(server, webhook_id)
    assert row is not None
    await _set(server, webhook_id, status="active", last_delivery_at=server.clock.now())
    sdk = server.sdk()
    same = await sdk.webhooks.update_webhook(
        webhook_id, name="Renamed", url="https://old.example.com/in", events=["message:in:new"]
    )
    assert same["status"] == "active"  # same URL: still proven
    event_id = await _event(server, row, due_in=3600)
    moved = await sdk.webhooks.update_webhook(webhook_id, name="Renamed", url=DEAD, events=["message:in:new"])
    assert moved["status"] == "pending"
    assert moved["lastDeliveryAt"] == "2026-01-01T00:00:00.000Z"
    assert await _count(server, WebhookEvent, webhook_id=webhook_id) == 1  # kept, for the new URL
    await server.drive(_attempted(server, event_id), step=0.001, limit=1)


async def test_logs_newest_first_paged_by_skip(server: Server) -> None:
    created = await _create(server)
    other = await _create(server, name="Other")
    start = server.clock.now()
    rows = [
        WebhookAttempt(
            id=new_id(),
            webhook_id=created["id"],
            event_id=f"{i:024x}",
            event="message:in:new",
            device_id=None if i % 2 else "0123456789abcdef01234567",
            attempt=1 + i % 3,
            at=start + timedelta(seconds=i),
            status=None if i == 3 else (200 if i % 2 == 0 else 500),
            ok=i % 2 == 0,
            latency_ms=12.5 + i,
            error=None if i % 2 == 0 else ("timed out" if i == 3 else "HTTP 500"),
            response="ok" if i % 2 == 0 else None,
        )
        for i in range(25)
    ]
    rows.append(
        WebhookAttempt(
            id=new_id(),
            webhook_id=other["id"],
            event_id="f" * 24,
            event="chat:update",
            device_id=None,
            attempt=1,
            at=start,
            status=200,
            ok=True,
            latency_ms=1.0,
            error=None,
            response=None,
        )
    )
    async with server.services.database.sessions.begin() as session:
        session.add_all(rows)
    sdk = server.sdk()

    first = await sdk.webhooks.get_webhook_logs(created["id"])
    assert [entry["eventId"] for entry in first] == [f"{i:024x}" for i in range(24, 4, -1)]  # 20
    newest = first[0]
    assert newest == {
        "id": rows[24].id,
        "event": "message:in:new",
        "eventId": f"{24:024x}",
        "device": "0123456789abcdef01234567",
        "attempt": 1,
        "at": "2026-01-01T00:00:24.000Z",
        "status": 200,
        "ok": True,
        "latencyMs": 36.5,
        "error": None,
        "response": "ok",
    }
    assert (first[1]["status"], first[1]["error"], first[1]["device"]) == (500, "HTTP 500", None)
    rest = await sdk.webhooks.get_webhook_logs(created["id"], skip=20)
    assert [entry["eventId"] for entry in rest] == [f"{i:024x}" for i in range(4, -1, -1)]
    assert (rest[1]["status"], rest[1]["ok"], rest[1]["error"]) == (None, False, "timed out")  # no answer
    window = await sdk.webhooks.get_webhook_logs(created["id"], size=3, skip=2)
    assert [entry["eventId"] for entry in window] == [f"{i:024x}" for i in (22, 21, 20)]
    assert len([e async for e in sdk.webhooks.iter_get_webhook_logs(created["id"], size=7)]) == 25
    assert await sdk.webhooks.get_webhook_logs(created["id"], skip=25) == []
    assert [e["event"] for e in await sdk.webhooks.get_webhook_logs(other["id"])] == ["chat:update"]
    assert len(await sdk.webhooks.get_webhook_logs(created["id"], size=100)) == 25

    for bad in ({"size": 101}, {"size": 0}, {"skip": -1}, {"size": 2.5}):
        with pytest.raises(BadRequestError) as caught:
            await sdk.webhooks.get_webhook_logs(created["id"], **bad)
        assert caught.value.body["errors"][0]["field"] == next(iter(bad))

    await sdk.webhooks.delete_webhook(created["id"])  # its logs and events go with it
    assert await _count(server, WebhookAttempt, webhook_id=created["id"]) == 0
    assert await _count(server, WebhookAttempt, webhook_id=other["id"]) == 1


async def test_delete_removes_its_events(server: Server) -> None:
    created = await _create(server)
    kept = await _create(server, name="Kept")
    for webhook_id in (created["id"], kept["id"]):
        row = await _row(server, webhook_id)
        assert row is not None
        await _event(server, row, due_in=3600)
    await server.sdk().webhooks.delete_webhook(created["id"])
    assert await _count(server, WebhookEvent, webhook_id=created["id"]) == 0
    assert await _count(server, WebhookEvent, webhook_id=kept["id"]) == 1
    assert await _row(server, created["id"]) is None


OPERATIONS = list(RESOURCES["webhooks"])


def test_the_walk_covers_the_7_operations() -> None:
    assert len(OPERATIONS) == 7


def _values(op: Operation, webhook_id: str) -> dict[str, Any]:
    samples: dict[str, Any] = {"name": "Taken", "url": "https://evil.example.com/", "events": ["chat:update"]}
    values: dict[str, Any] = {}
    for param in op.params:
        if param.location == "path":
            values[param.name] = webhook_id
        elif param.required and param.location in ("body", "query"):
            values[param.name] = samples[param.name]
    return values


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.key for op in OPERATIONS])
async def test_another_account_gets_404_and_changes_nothing(server: Server, op: Operation) -> None:
    created = await _create(server)
    await _set(server, created["id"], status="disabled", reason="given up")
    before = await server.sdk().webhooks.get_webhook(created["id"])
    _, other_key = await server.services.accounts.create("other")
    other = server.sdk(other_key)
    values = _values(op, created["id"])
    if any(p.location == "path" for p in op.params):
        with pytest.raises(APIStatusError) as caught:
            await other.call(op.key, values)
        assert caught.value.status == 404, caught.value
    else:  # the list and creation name no webhook: they see and change only the other account's
        answer = await other.call(op.key, values)
        if op.key == "webhooks.getWebhooks":
            assert answer == []
        else:
            assert answer["id"] != created["id"]
            assert await other.webhooks.get_webhooks() == [answer]
    assert await server.sdk().webhooks.get_webhook(created["id"]) == before
    assert await server.sdk().webhooks.get_webhooks() == [before]
    await server.sdk().call(op.key, values)  # the owner's same call is answered
