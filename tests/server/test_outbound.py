"""Outbound Messages (search, get, update, delete) and what the 13 sends of `POST /v1/messages`
accept and refuse: every filter of `searchMessages`, changes only while queued, one error shape."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

import httpx

from sparkbot.server.engines.sandbox_business import sandbox_catalog

from .harness import Server
from .teams import add_user

PHONE = "+447362053576"
OTHER_PHONE = "+447362053577"
UNREACHABLE = "+447362050000"  # the sandbox's WhatsApp does not know phones ending in 0000
GROUP = "120363041234567890@g.us"
CHANNEL = "120363999888777666@newsletter"
UNKNOWN_ID = "0123456789abcdef01234567"
SENT = {"sent", "delivered", "read"}
VIEW_FIELDS = {
    "id", "device", "status", "deliveryStatus", "kind", "type", "message", "content", "priority",
    "reference", "agent", "live", "waId", "source", "webhookStatus", "failure", "deliverAt",
    "expiresAt", "createdAt", "updatedAt", "sentAt", "deliveredAt", "readAt", "failedAt",
}  # fmt: skip


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@contextmanager
def _time_zone(name: str) -> Iterator[None]:
    """The process's local time zone set to `name` for a while."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def _problem(response: httpx.Response, status: int, field: str | None = None) -> dict[str, Any]:
    """The one error shape, with `status`; `field` when given is the first field named."""
    assert response.status_code == status, response.text
    body = dict(response.json())
    assert set(body) >= {"status", "error", "message", "errors"}, body
    assert body["status"] == status
    assert isinstance(body["error"], str)
    assert body["error"]
    assert isinstance(body["message"], str)
    assert body["message"]
    assert all(set(e) == {"field", "message"} for e in body["errors"]), body
    if field is not None:
        assert body["errors"], body
        assert body["errors"][0]["field"] == field, body
    return body


async def _search(server: Server, **params: Any) -> list[dict[str, Any]]:
    response = await server.client.get("/v1/messages", params=params)
    assert response.status_code == 200, response.text
    found = response.json()
    assert isinstance(found, list)
    return [dict(m) for m in found]


async def _ids(server: Server, **params: Any) -> list[str]:
    return [m["id"] for m in await _search(server, **params)]


async def _held(server: Server, alias: str = "Held", *, linked: bool = False) -> str:
    """A number whose queue is paused, so its messages stay queued; linked (online) if asked."""
    number = await server.create_number(alias)
    if linked:
        await server.link_by_qr(number["id"])
        await server.wait_status(number["id"], "online")
    paused = await server.client.post(f"/v1/devices/{number['id']}/queue", json={"status": "pause"})
    assert paused.status_code == 200, paused.text
    return str(number["id"])


async def _pending(server: Server, device: str) -> int:
    return int((await server.client.get(f"/v1/devices/{device}/queue")).json()["pending"])


async def _until_status(server: Server, message_id: str, wanted: set[str]) -> None:
    async def there() -> bool:
        return (await server.message(message_id))["status"] in wanted

    await server.drive(there, limit=120)


# search
async def test_search_by_status_delivery_status_and_wa_id(server: Server) -> None:
    device = await _held(server, linked=True)
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "active"})
    ok = await server.send(device, phone=PHONE, message="hello")
    nobody = await server.send(device, phone=UNREACHABLE, message="anyone?")
    await _until_status(server, ok["id"], {"read"})
    await _until_status(server, nobody["id"], {"failed"})
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "pause"})
    waiting = await server.send(device, phone=PHONE, message="later")

    assert await _ids(server, status="queued") == [waiting["id"]]
    assert await _ids(server, status="pending") == [waiting["id"]]  # queued + processing
    assert await _ids(server, status="read") == [ok["id"]]
    assert await _ids(server, status="failed") == [nobody["id"]]
    assert set(await _ids(server, status=["read", "failed"])) == {ok["id"], nobody["id"]}
    assert set(await _ids(server, status="read,queued")) == {ok["id"], waiting["id"]}  # comma-joined
    assert await _ids(server, status="sent") == []
    assert await _ids(server, deliveryStatus="pending") == [waiting["id"]]
    assert await _ids(server, deliveryStatus="read") == [ok["id"]]
    assert await _ids(server, deliveryStatus="failed") == [nobody["id"]]
    assert await _ids(server, status="queued", deliveryStatus="read") == []  # both must hold
    assert await _ids(server, status=["queued", "read"], deliveryStatus="read") == [ok["id"]]

    read = await server.message(ok["id"])
    assert read["deliveryStatus"] == "read"
    assert read["waId"]
    assert (await server.message(waiting["id"]))["waId"] is None
    assert await _ids(server, waIds=read["waId"]) == [ok["id"]]
    assert await _ids(server, search=read["waId"]) == [ok["id"]]
    assert await _ids(server, waIds="3EB0FFFFFFFFFFFFFFFF") == []

    failed = await server.message(nobody["id"])
    assert "not on WhatsApp" in failed["failure"]["reason"]
    assert failed["failedAt"] is not None
    assert failed["deliveryStatus"] == "failed"

    [with_events] = await _search(server, ids=ok["id"], include="events")
    assert [e["status"] for e in with_events["events"]] == [
        "queued",
        "processing",
        "sent",
        "delivered",
        "read",
    ]
    assert "events" not in (await _search(server, ids=ok["id"]))[0]


async def test_search_by_device_devices_and_number_phone(server: Server) -> None:
    linked = await _held(server, "Linked", linked=True)
    other = await _held(server, "Other")
    phone = (await server.client.get(f"/v1/devices/{linked}")).json()["phone"]
    assert phone
    first = await server.send(linked, phone=PHONE, message="from linked")
    second = await server.send(other, phone=PHONE, message="from other")

    assert await _ids(server, device=linked) == [first["id"]]
    assert await _ids(server, device=phone) == [first["id"]]  # a number's phone names it too
    assert await _ids(server, device=other) == [second["id"]]
    assert await _ids(server, device="+447700900123") == []  # no number of the account has it
    assert await _ids(server, devices=other) == [second["id"]]
    assert set(await _ids(server, devices=[linked, other])) == {first["id"], second["id"]}
    assert await _ids(server, devices=UNKNOWN_ID) == []
    assert await _ids(server) == [second["id"], first["id"]]  # no filter: all, newest first

    [expanded] = await _search(server, device=linked, include="device")
    assert expanded["deviceInfo"]["id"] == linked
    assert expanded["deviceInfo"]["alias"] == "Linked"
    assert expanded["deviceInfo"]["phone"] == phone
    assert "deviceInfo" not in (await _search(server, device=linked))[0]


async def test_search_by_recipient_target_type_reference_priority_and_agent(server: Server) -> None:
    device = await _held(server)
    agent = await add_user(server, device)  # a user with access to the number
    text = await server.send(
        device, phone=PHONE, message="hi", reference="order-1", priority="high", agent=agent
    )
    image = await server.send(device, phone=OTHER_PHONE, media={"url": "https://cdn.example/pic.PNG?x=1"})
    pdf = await server.send(device, group=GROUP, media={"url": "https://cdn.example/invoice.pdf"})
    place = await server.send(device, channel=CHANNEL, location={"address": "1 Main Street, Springfield"})
    low = await server.send(device, phone=PHONE, message="whenever", priority="low", reference="order-2")
    assert (image["type"], pdf["type"], place["type"], text["type"]) == (
        "image",
        "document",
        "location",
        "text",
    )

    assert set(await _ids(server, phone=PHONE)) == {text["id"], low["id"]}
    assert await _ids(server, phone=OTHER_PHONE) == [image["id"]]
    assert await _ids(server, group=GROUP) == [pdf["id"]]
    assert await _ids(server, channel=CHANNEL) == [place["id"]]
    assert await _ids(server, group="999@g.us") == []
    assert set(await _ids(server, target="user")) == {text["id"], image["id"], low["id"]}
    assert await _ids(server, target="group") == [pdf["id"]]
    assert await _ids(server, target="channel") == [place["id"]]
    assert await _ids(server, target="group", phone=PHONE) == []

    assert await _ids(server, type="image") == [image["id"]]
    assert await _ids(server, type="document") == [pdf["id"]]
    assert await _ids(server, type="location") == [place["id"]]
    assert set(await _ids(server, type="text")) == {text["id"], low["id"]}
    assert set(await _ids(server, type=["image", "document"])) == {image["id"], pdf["id"]}
    assert await _ids(server, type="video") == []

    assert await _ids(server, reference="order-1") == [text["id"]]
    assert set(await _ids(server, reference=["order-1", "order-2"])) == {text["id"], low["id"]}
    assert await _ids(server, reference="order-3") == []
    assert await _ids(server, priority="high") == [text["id"]]
    assert await _ids(server, priority="low") == [low["id"]]
    assert set(await _ids(server, priority="normal")) == {image["id"], pdf["id"], place["id"]}
    assert await _ids(server, priority="urgent") == []
    assert await _ids(server, agents=agent) == [text["id"]]
    assert await _ids(server, agents="ffffffffffffffffffffffff") == []
    assert await _ids(server, ids=[text["id"], pdf["id"]], sort="date:asc") == [text["id"], pdf["id"]]
    assert await _ids(server, ids=UNKNOWN_ID) == []

    [found] = await _search(server, agents=agent, include="agent")
    assert found["agentInfo"] == {"id": agent}


async def test_search_free_text_over_content_recipient_id_and_reference(server: Server) -> None:
    device = await _held(server)
    parcel = await server.send(device, phone=PHONE, message="Your parcel ZX-4471 is on its way")
    invoice = await server.send(
        device, phone=OTHER_PHONE, message="Invoice attached", reference="INV-2026-77"
    )
    grouped = await server.send(device, group=GROUP, message="Team meeting at noon")

    assert await _ids(server, search="ZX-4471") == [parcel["id"]]
    assert await _ids(server, search="zx-4471") == [parcel["id"]]  # any case
    assert await _ids(server, search="parcel") == [parcel["id"]]
    assert await _ids(server, search="053577") == [invoice["id"]]  # part of the phone
    assert await _ids(server, search="120363041234") == [grouped["id"]]  # part of the group
    assert await _ids(server, search=grouped["id"]) == [grouped["id"]]  # a message id
    assert await _ids(server, search="inv-2026-77") == [invoice["id"]]  # the reference
    assert await _ids(server, search="nothing like this") == []
    # the text as written: accents, quotes, and % or _ taken literally, not as wildcards
    cafe = await server.send(device, phone=PHONE, message='Café "Zinc": 50% off')
    room = await server.send(device, phone=PHONE, message="Room 5 at 10:00, 50 seats")
    assert await _ids(server, search="café") == [cafe["id"]]
    assert await _ids(server, search="Café") == [cafe["id"]]
    assert await _ids(server, search='"zinc"') == [cafe["id"]]
    assert await _ids(server, search="50% off") == [cafe["id"]]
    assert await _ids(server, search="0%") == [cafe["id"]]
    assert await _ids(server, search="5%") == []  # not "5, then anything"
    assert await _ids(server, search="at_10") == []
    assert await _ids(server, search="at 10") == [room["id"]]
    assert await _ids(server, search="noon", target="user") == []  # with the other filters


async def test_search_by_schedule_and_creation_ranges_and_sort(server: Server) -> None:
    device = await _held(server)
    start = server.clock.now()  # 2026-01-01T00:00:00Z
    first = await server.send(device, phone=PHONE, message="a", deliverAt="2026-01-02T10:00:00Z")
    await server.clock.advance(60)
    second = await server.send(device, phone=PHONE, message="b", deliverAt="2026-01-03T10:00:00+02:00")
    await server.clock.advance(60)
    third = await server.send(device, phone=PHONE, message="c")
    a, b, c = first["id"], second["id"], third["id"]
    assert first["createdAt"] == "2026-01-01T00:00:00.000Z"
    assert second["deliverAt"] == "2026-01-03T08:00:00.000Z"  # stored and shown in UTC

    assert await _ids(server, after="2026-01-02T12:00:00Z") == [b]  # unscheduled ones never match
    assert await _ids(server, before="2026-01-02T12:00:00Z") == [a]
    assert await _ids(server, after="2026-01-01T00:00:00Z", sort="date:asc") == [a, b]
    assert await _ids(server, after="2026-01-02T09:00:00Z", before="2026-01-03T09:00:00Z") == [b, a]
    assert await _ids(server, after="2026-01-04T00:00:00Z") == []
    # without an offset an instant is UTC, whatever the server's own time zone (POSIX form:
    # no time zone database needed)
    with _time_zone("JST-9"):
        naive = await server.send(device, phone=PHONE, message="n", deliverAt="2026-01-02T11:00:00")
        assert naive["deliverAt"] == "2026-01-02T11:00:00.000Z"
        assert await _ids(server, after="2026-01-02T10:30:00", before="2026-01-02T11:30:00") == [naive["id"]]
    assert (await server.client.delete(f"/v1/messages/{naive['id']}")).status_code == 200

    def at(seconds: int) -> str:
        return (start + timedelta(seconds=seconds)).isoformat().replace("+00:00", "Z")

    assert await _ids(server, createdAfter=at(30)) == [c, b]
    assert await _ids(server, createdBefore=at(90)) == [b, a]
    assert await _ids(server, createdAfter=at(30), createdBefore=at(90)) == [b]
    assert await _ids(server, createdAfter="2026-01-01T01:00:30+01:00") == [c, b]  # an offset
    assert await _ids(server, createdAfter=at(120)) == []  # strictly after

    assert await _ids(server) == [c, b, a]
    assert await _ids(server, sort="date:desc") == [c, b, a]
    assert await _ids(server, sort="date:asc") == [a, b, c]
    # sent within the same instant: queue order breaks the tie, either way round
    await server.clock.advance(60)
    same = [(await server.send(device, phone=PHONE, message=f"s{i}"))["id"] for i in range(3)]
    assert await _ids(server, createdAfter=at(150), sort="date:asc") == same
    assert await _ids(server, createdAfter=at(150)) == same[::-1]


async def test_search_pages(server: Server) -> None:
    device = await _held(server)
    sent = []
    for i in range(5):
        sent.append((await server.send(device, phone=PHONE, message=f"m{i}"))["id"])
        await server.clock.advance(1)
    newest = sent[::-1]
    assert await _ids(server, size=2) == newest[:2]
    assert await _ids(server, size=2, page=0) == newest[:2]
    assert await _ids(server, size=2, page=1) == newest[2:4]
    assert await _ids(server, size=2, page=2) == newest[4:]  # a short page: the last one
    assert await _ids(server, size=2, page=3) == []
    assert await _ids(server, size=5) == newest  # a full page: there may be a next one...
    assert await _ids(server, size=5, page=1) == []  # ...here there is none
    assert await _ids(server, size=2, page=1, sort="date:asc") == sent[2:4]
    assert await _ids(server, size=500) == newest
    assert await _ids(server, size=500, page=10**20) == []  # far past the end: empty, not an error
    assert len(await _ids(server)) == 5  # the default size (20) holds them all


async def test_search_source_and_webhook_status_and_accounts_apart(server: Server) -> None:
    device = await _held(server)
    mine = [(await server.send(device, phone=PHONE, message=f"m{i}"))["id"] for i in range(2)]
    assert set(await _ids(server, source="api")) == set(mine)
    assert await _ids(server, source="chat") == []  # no web chat here
    assert set(await _ids(server, webhookStatus="pending")) == set(mine)
    assert await _ids(server, webhookStatus="success") == []
    assert await _ids(server, webhookStatus="failed") == []
    assert set(await _ids(server, webhookStatus=["success", "pending"])) == set(mine)
    [first] = await _search(server, ids=mine[0])
    assert (first["source"], first["webhookStatus"]) == ("api", "pending")

    _, key = await server.services.accounts.create("other")
    async with server.client_for(key) as other:
        theirs = await other.post("/v1/devices", json={"alias": "Theirs", "billingPlan": "professional"})
        their_device = theirs.json()["id"]
        their = await other.post(
            "/v1/messages", json={"device": their_device, "phone": PHONE, "message": "x"}
        )
        assert their.status_code == 201, their.text
        seen = await other.get("/v1/messages")
        assert [m["id"] for m in seen.json()] == [their.json()["id"]]
        for params in ({"ids": ",".join(mine)}, {"device": device}, {"search": mine[0]}):
            assert (await other.get("/v1/messages", params=params)).json() == []
        _problem(await other.get(f"/v1/messages/{mine[0]}"), 404)
        _problem(await other.patch(f"/v1/messages/{mine[0]}", json={"message": "hijacked"}), 404)
        _problem(await other.delete(f"/v1/messages/{mine[0]}", params={"force": "true"}), 404)
        # nor can their message be moved to my number
        _problem(await other.patch(f"/v1/messages/{their.json()['id']}", json={"device": device}), 404)
    assert set(await _ids(server)) == set(mine)
    assert (await server.message(mine[0]))["message"] == "m0"
    assert await _ids(server, device=their_device) == []


async def test_search_refuses_bad_values_in_the_error_shape(server: Server) -> None:
    await server.send(await _held(server), phone=PHONE, message="x")
    bad: list[tuple[dict[str, Any], str]] = [
        ({"status": "bogus"}, "status"),
        ({"deliveryStatus": "queued"}, "deliveryStatus"),
        ({"webhookStatus": "maybe"}, "webhookStatus"),
        ({"size": 0}, "size"),
        ({"size": 501}, "size"),
        ({"size": "ten"}, "size"),
        ({"page": -1}, "page"),
        ({"page": 1.5}, "page"),
        ({"size": 2.5}, "size"),
        ({"size": "inf"}, "size"),
        ({"createdAfter": "not-a-date"}, "createdAfter"),
        ({"createdBefore": "2026-13-45"}, "createdBefore"),
        ({"after": "tomorrow"}, "after"),
        ({"before": "yesterday"}, "before"),
        ({"sort": "date"}, "sort"),
        ({"target": "person"}, "target"),
        ({"source": "web"}, "source"),
        ({"ids": "xyz"}, "ids"),
        ({"phone": "12345"}, "phone"),
        ({"priority": "asap"}, "priority"),
        ({"include": "everything"}, "include"),
        ({"colour": "red"}, "colour"),
    ]
    for params, field in bad:
        response = await server.client.get("/v1/messages", params=params)
        body = _problem(response, 400)
        assert body["error"] == "invalid_parameter", (params, body)
        assert field in {e["field"].split("[")[0] for e in body["errors"]}, (params, body)


# get
async def test_get_message_with_its_fields_404_and_400(server: Server) -> None:
    device = await _held(server)
    agent = await add_user(server, device)  # a user with access to the number
    sent = await server.send(
        device, phone=PHONE, message="hello", reference="r-1", agent=agent, expiration={"duration": "1h"}
    )
    response = await server.client.get(f"/v1/messages/{sent['id']}")
    assert response.status_code == 200, response.text
    message = response.json()
    assert set(message) == VIEW_FIELDS | {"phone"}
    assert message == sent
    assert message["device"] == device
    assert (message["status"], message["deliveryStatus"]) == ("queued", "pending")
    assert (message["kind"], message["type"], message["phone"]) == ("sendText", "text", PHONE)
    assert (message["message"], message["content"]) == ("hello", {"message": "hello"})
    assert (message["priority"], message["reference"], message["agent"]) == ("normal", "r-1", agent)
    assert (message["live"], message["waId"], message["failure"]) == (False, None, None)
    assert message["createdAt"] == message["updatedAt"] == "2026-01-01T00:00:00.000Z"
    assert message["expiresAt"] == "2026-01-01T01:00:00.000Z"
    assert [message[k] for k in ("deliverAt", "sentAt", "deliveredAt", "readAt", "failedAt")] == [None] * 5

    expanded = (
        await server.client.get(f"/v1/messages/{sent['id']}", params={"include": "events,device,agent"})
    ).json()
    assert expanded["events"] == [{"status": "queued", "at": "2026-01-01T00:00:00.000Z"}]
    assert expanded["deviceInfo"]["id"] == device
    assert expanded["deviceInfo"]["queue"]["status"] == "pause"
    assert expanded["agentInfo"] == {"id": agent}

    _problem(await server.client.get(f"/v1/messages/{UNKNOWN_ID}"), 404)
    _problem(await server.client.get("/v1/messages/not-an-id"), 400, "messageId")
    _problem(await server.client.get(f"/v1/messages/{sent['id'].upper()}"), 400, "messageId")
    _problem(await server.client.get(f"/v1/messages/{sent['id']}", params={"include": "all"}), 400)


# update
async def test_update_text_recipient_schedule_reference_and_agent(server: Server) -> None:
    device = await _held(server)
    agent = await add_user(server, device)  # a user with access to the number
    sent = await server.send(device, phone=PHONE, message="draft", reference="ref-1")
    path = f"/v1/messages/{sent['id']}"

    async def patch(body: dict[str, Any]) -> dict[str, Any]:
        response = await server.client.patch(path, json=body)
        assert response.status_code == 200, response.text
        return dict(response.json())

    await server.clock.advance(30)
    changed = await patch({"message": "final text"})
    assert (changed["message"], changed["content"]["message"]) == ("final text", "final text")
    assert changed["status"] == "queued"
    assert changed["kind"] == "sendText"
    assert changed["updatedAt"] == "2026-01-01T00:00:30.000Z"
    assert changed["createdAt"] == sent["createdAt"]
    assert await server.message(sent["id"]) | {"events": None} == changed | {"events": None}

    assert (await patch({"phone": OTHER_PHONE}))["phone"] == OTHER_PHONE
    _problem(await server.client.patch(path, json={"phone": "0044 7362"}), 400, "phone")
    _problem(await server.client.patch(path, json={"phone": "+999999"}), 400, "phone")  # not possible
    assert (await server.message(sent["id"]))["phone"] == OTHER_PHONE  # unchanged by the refusals

    moved = await patch({"group": GROUP})
    assert moved["group"] == GROUP
    assert "phone" not in moved
    assert await _ids(server, target="group") == [sent["id"]]
    _problem(await server.client.patch(path, json={"group": "not-a-group"}), 400, "group")
    moved = await patch({"channel": CHANNEL})
    assert moved["channel"] == CHANNEL
    assert "group" not in moved
    _problem(await server.client.patch(path, json={"channel": "12345@g.us"}), 400, "channel")

    by_chat = await patch({"chat": "447362053599@c.us"})
    assert by_chat["phone"] == "+447362053599"
    assert "channel" not in by_chat
    assert (await patch({"chat": GROUP}))["group"] == GROUP
    assert (await patch({"chat": CHANNEL}))["channel"] == CHANNEL
    _problem(await server.client.patch(path, json={"chat": "someone"}), 400, "chat")
    _problem(await server.client.patch(path, json={"chat": "12@c.us"}), 400, "chat")  # not a phone

    two = await server.client.patch(path, json={"phone": PHONE, "group": GROUP})
    _problem(two, 400)
    _problem(await server.client.patch(path, json={"phone": PHONE, "chat": GROUP}), 400)
    assert (await server.message(sent["id"]))["channel"] == CHANNEL  # unchanged by the refusals

    later = await patch({"deliverAt": "2026-03-01T09:30:00+01:00"})
    assert later["deliverAt"] == "2026-03-01T08:30:00.000Z"
    assert await _ids(server, after="2026-03-01T00:00:00Z") == [sent["id"]]
    _problem(await server.client.patch(path, json={"deliverAt": "next week"}), 400, "deliverAt")

    assert (await patch({"reference": "ref-2"}))["reference"] == "ref-2"
    assert await _ids(server, reference="ref-2") == [sent["id"]]
    assert await _ids(server, reference="ref-1") == []
    removed = await patch({"remove": ["reference"]})
    assert removed["reference"] is None
    assert await _ids(server, reference="ref-2") == []

    assert (await patch({"agent": agent}))["agent"] == agent
    _problem(await server.client.patch(path, json={"agent": "agent-7"}), 400, "agent")
    _problem(await server.client.patch(path, json={"agent": "ffffffffffffffffffffffff"}), 400, "agent")
    _problem(await server.client.patch(path, json={"label": "nope"}), 400, "label")
    await server.sdk().labels.create_label(device, name="VIP", color="ruby")
    labelled = await patch({"label": "VIP"})
    assert labelled["content"] == {"message": "final text", "label": "VIP"}
    _problem(await server.client.patch(path, json={"priority": "asap"}), 400, "priority")
    _problem(await server.client.patch(path, json={"remove": ["everything"]}), 400)
    _problem(await server.client.patch(path, json={"colour": "red"}), 400, "colour")
    _problem(await server.client.patch(f"/v1/messages/{UNKNOWN_ID}", json={"message": "x"}), 404)
    _problem(await server.client.patch("/v1/messages/nope", json={"message": "x"}), 400, "messageId")

    final = await server.message(sent["id"])
    assert (final["status"], final["message"], final["channel"]) == ("queued", "final text", CHANNEL)
    assert await _pending(server, device) == 1


async def test_update_moves_a_message_to_another_number_but_not_to_a_frozen_one(server: Server) -> None:
    source = await _held(server, "Source")
    target = await _held(server, "Target")
    frozen = await _held(server, "Frozen")
    await server.client.post(f"/v1/devices/{frozen}/queue", json={"status": "freeze"})
    sent = await server.send(source, phone=PHONE, message="move me")
    path = f"/v1/messages/{sent['id']}"

    moved = await server.client.patch(path, json={"device": target})
    assert moved.status_code == 200, moved.text
    assert moved.json()["device"] == target
    assert await _ids(server, device=target) == [sent["id"]]
    assert await _ids(server, device=source) == []
    assert (await _pending(server, source), await _pending(server, target)) == (0, 1)
    assert [m.id for m in await server.services.outbox.queue(target)] == [sent["id"]]

    refused = _problem(
        await server.client.patch(path, json={"device": frozen, "message": "x"}), 409, "device"
    )
    assert "freeze" in refused["message"]
    after = await server.message(sent["id"])
    assert (after["device"], after["message"], after["updatedAt"]) == (
        target,
        "move me",
        moved.json()["updatedAt"],
    )
    assert await _pending(server, frozen) == 0

    await server.client.patch(f"/v1/devices/{source}", json={"enable": False})
    _problem(await server.client.patch(path, json={"device": source}), 409, "device")
    _problem(await server.client.patch(path, json={"device": UNKNOWN_ID}), 404)
    assert (await server.message(sent["id"]))["device"] == target
    same = await server.client.patch(path, json={"device": target})  # where it is: nothing moves
    assert same.status_code == 200
    assert same.json()["device"] == target


async def test_update_priority_changes_the_order_of_delivery(server: Server) -> None:
    device = await _held(server, linked=True)
    a, b, c = [(await server.send(device, phone=PHONE, message=name))["id"] for name in "abc"]
    assert [m.id for m in await server.services.outbox.queue(device)] == [a, b, c]
    urgent = await server.client.patch(f"/v1/messages/{c}", json={"priority": "urgent"})
    assert urgent.json()["priority"] == "urgent"
    low = await server.client.patch(f"/v1/messages/{a}", json={"priority": "low"})
    assert low.json()["priority"] == "low"
    assert await _ids(server, priority="urgent") == [c]
    assert [m.id for m in await server.services.outbox.queue(device)] == [c, b, a]
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "active", "force": True})

    async def all_sent() -> bool:
        return set(await server.statuses([a, b, c])) <= SENT

    await server.drive(all_sent, limit=120)
    assert [m["message"] for m in await server.outbox(device)] == [c, b, a]


async def test_a_sent_message_cannot_be_changed_and_is_deleted_only_by_force(server: Server) -> None:
    device = await _held(server, linked=True)
    await server.client.post(f"/v1/devices/{device}/queue", json={"status": "active"})
    sent = await server.send(device, phone=PHONE, message="original", reference="keep")
    await _until_status(server, sent["id"], {"read"})  # its last step: no ack lands between two reads
    before = await server.message(sent["id"])
    path = f"/v1/messages/{sent['id']}"

    for body in ({"message": "edited"}, {"phone": OTHER_PHONE}, {"priority": "urgent"}, {}):
        refused = _problem(await server.client.patch(path, json=body), 409)
        assert refused["error"] == "not_queued", refused
    after = await server.message(sent["id"])
    assert (after["message"], after["phone"], after["priority"]) == ("original", PHONE, "normal")
    assert after == before  # nothing changed, not even updatedAt (the clock stood still)

    kept = _problem(await server.client.delete(path), 409, "force")
    assert "force" in kept["message"]
    assert (await server.client.get(path)).status_code == 200
    _problem(await server.client.delete(path, params={"force": "false"}), 409, "force")
    forced = await server.client.delete(path, params={"force": "true"})
    assert forced.status_code == 200, forced.text
    assert forced.json()["id"] == sent["id"]
    assert forced.json()["deleted"] is True
    assert forced.json()["status"] in {"delivered", "read"}
    _problem(await server.client.get(path), 404)
    assert await _ids(server) == []


# delete
async def test_delete_a_queued_message(server: Server) -> None:
    device = await _held(server)
    gone = await server.send(device, phone=PHONE, message="cancel me")
    kept = await server.send(device, phone=PHONE, message="keep me")
    path = f"/v1/messages/{gone['id']}"
    response = await server.client.delete(path)
    assert response.status_code == 200, response.text
    assert response.json() == {"id": gone["id"], "deleted": True, "status": "queued"}
    _problem(await server.client.get(path), 404)
    _problem(await server.client.delete(path), 404)
    _problem(await server.client.patch(path, json={"message": "x"}), 404)
    assert await _ids(server) == [kept["id"]]
    assert await _pending(server, device) == 1
    _problem(await server.client.delete(f"/v1/messages/{UNKNOWN_ID}"), 404)
    _problem(await server.client.delete(f"/v1/messages/{UNKNOWN_ID}", params={"force": "true"}), 404)
    _problem(await server.client.delete("/v1/messages/xyz"), 400, "messageId")
    _problem(
        await server.client.delete(f"/v1/messages/{kept['id']}", params={"force": "maybe"}), 400, "force"
    )
    forced = await server.client.delete(f"/v1/messages/{kept['id']}", params={"force": "true"})
    assert forced.json() == {"id": kept["id"], "deleted": True, "status": "queued"}
    assert await _pending(server, device) == 0


# sending
async def test_sending_refuses_bad_recipients_parameters_and_expirations(server: Server) -> None:
    device = await _held(server)

    async def refused(body: dict[str, Any], field: str | None = None, status: int = 400) -> None:
        response = await server.client.post("/v1/messages", json={"device": device, **body})
        _problem(response, status, field)

    await refused({"message": "to nobody"}, "phone")
    await refused({"phone": PHONE, "group": GROUP, "message": "to both"}, "phone")
    await refused({"phone": PHONE, "channel": CHANNEL, "message": "to both"}, "phone")
    await refused({"phone": "447362053576", "message": "no plus"}, "phone")
    await refused({"phone": "+44 7362 053576", "message": "spaces"}, "phone")
    await refused({"phone": "+999999", "message": "impossible"}, "phone")
    await refused({"phone": PHONE, "message": "hi", "colour": "red"}, "colour")
    await refused({"phone": PHONE, "message": "hi", "priority": "asap"}, "priority")
    await refused({"phone": PHONE, "message": "hi", "expiration": {"seconds": 1}}, "expiration.seconds")
    await refused(
        {"phone": PHONE, "message": "hi", "expiration": {"seconds": 2_592_001}}, "expiration.seconds"
    )
    await refused(
        {"phone": PHONE, "message": "hi", "expiration": {"duration": "soon"}}, "expiration.duration"
    )
    await refused({"phone": PHONE, "message": "hi", "deliverAt": "next tuesday"}, "deliverAt")
    await refused({"phone": PHONE, "message": "hi", "agent": "agent-7"}, "agent")
    await refused({"phone": PHONE, "message": "hi", "agent": "ffffffffffffffffffffffff"}, "agent")  # no user
    await refused({"phone": PHONE, "message": "hi", "label": "vip"}, "label")  # not a label of the number
    await refused({"phone": PHONE, "message": "x" * 6001})
    response = await server.client.post("/v1/messages", json={"phone": PHONE, "message": "no number"})
    _problem(response, 400, "device")
    await refused({"device": UNKNOWN_ID, "phone": PHONE, "message": "hi"}, status=404)
    await refused({"device": "not-a-number", "phone": PHONE, "message": "hi"}, "device")
    assert await _ids(server) == []  # nothing was queued by any of them
    assert await _pending(server, device) == 0

    await server.sdk().labels.create_label(device, name="VIP", color="ruby")
    labelled = await server.send(device, phone=PHONE, message="hi", label="vip")  # a label, any case
    assert labelled["status"] == "queued"

    lasting = await server.send(device, phone=PHONE, message="hi", expiration={"seconds": 5})
    assert lasting["expiresAt"] == "2026-01-01T00:00:05.000Z"
    dated = await server.send(device, phone=PHONE, message="hi", expiration={"date": "2026-01-02T00:00:00Z"})
    assert dated["expiresAt"] == "2026-01-02T00:00:00.000Z"


async def test_each_send_operation_is_picked_by_its_payload(server: Server) -> None:
    device = await _held(server)
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"message": "plain"}, "sendText", "text"),
        ({"media": {"url": "https://cdn.example/photo.png"}}, "sendMedia", "image"),
        ({"media": {"url": "https://cdn.example/photo.jpeg"}, "message": "caption"}, "sendMedia", "image"),
        ({"media": {"url": "https://cdn.example/terms.pdf"}}, "sendMedia", "document"),
        ({"media": {"url": "https://cdn.example/clip.mp4"}}, "sendMedia", "video"),
        ({"media": {"url": "https://cdn.example/note.ogg"}}, "sendMedia", "audio"),
        ({"poll": {"name": "Lunch?", "options": ["Pizza", "Sushi"]}}, "sendPoll", "poll"),
        ({"location": {"address": "221B Baker Street, London"}}, "sendLocation", "location"),
        ({"location": {"coordinates": [51.52, -0.15], "name": "Home"}}, "sendLocation", "location"),
        ({"reactionMessage": "3EB0C767D26A1D8A9F1A", "reaction": "👍"}, "sendReaction", "reaction"),
        ({"message": "later", "deliverAt": "2026-01-05T09:00:00Z"}, "sendScheduled", "text"),
        ({"contacts": [{"phone": OTHER_PHONE, "name": "Ann"}]}, "sendContacts", "contact"),
        ({"product": sandbox_catalog(device)[0].id}, "sendProduct", "product"),  # one of its catalogue
        ({"forward": {"message": "3EB0C767D26A1D8A9F1A"}}, "forwardMessage", "forward"),
    ]
    for body, kind, kind_type in cases:
        sent = await server.send(device, phone=PHONE, **body)
        assert (sent["kind"], sent["type"], sent["status"]) == (kind, kind_type, "queued"), (body, sent)
        stored = await server.message(sent["id"])
        assert (stored["kind"], stored["type"]) == (kind, kind_type)
    assert len(await _ids(server)) == len(cases)
    [media] = await _search(server, search="photo.png")
    assert media["content"]["media"]["url"] == "https://cdn.example/photo.png"
    [scheduled] = await _search(server, after="2026-01-04T00:00:00Z")
    assert (scheduled["kind"], scheduled["deliverAt"]) == ("sendScheduled", "2026-01-05T09:00:00.000Z")
    [poll] = await _search(server, search="lunch?")
    assert poll["kind"] == "sendPoll"
    # a poll needs its name and options; a reaction its emoji
    _problem(
        await server.client.post(
            "/v1/messages", json={"device": device, "phone": PHONE, "poll": {"name": "Q"}}
        ),
        400,
    )
    reaction = {"device": device, "phone": PHONE, "reactionMessage": "3EB0C767D26A1D8A9F1A"}
    _problem(await server.client.post("/v1/messages", json=reaction), 400, "reaction")


async def test_a_product_message_names_a_product_of_the_numbers_catalogue(server: Server) -> None:
    device = await _held(server)
    other = await _held(server, "Other")
    theirs = sandbox_catalog(other)[0].id  # a real product, of another number's catalogue
    for product in ("1234567890123456", theirs):
        body = {"device": device, "phone": PHONE, "product": product}
        refused = _problem(await server.client.post("/v1/messages", json=body), 400, "product")
        assert refused["error"] == "invalid_parameter"
        assert product in refused["message"]
        assert device in refused["message"]
    assert await _pending(server, device) == 0
    assert await _ids(server) == []
    mine = sandbox_catalog(device)[-1].id
    sent = await server.send(device, phone=PHONE, product=mine)
    assert (sent["kind"], sent["status"]) == ("sendProduct", "queued")
    assert (await server.message(sent["id"]))["content"]["product"] == mine
    # another account's number is not found, and its catalogue is not read
    _, key = await server.services.accounts.create("stranger")
    async with server.client_for(key) as stranger:
        body = {"device": device, "phone": PHONE, "product": mine}
        missing = _problem(await stranger.post("/v1/messages", json=body), 404)
    assert missing["error"] == "not_found"
    assert device in missing["message"]
    assert await _pending(server, device) == 1


async def test_a_disabled_number_or_a_refusing_queue_refuses_sends(server: Server) -> None:
    number = await server.create_number("Shop")
    device = str(number["id"])
    body = {"device": device, "phone": PHONE, "message": "hi"}
    assert (await server.client.patch(f"/v1/devices/{device}", json={"enable": False})).status_code == 200
    disabled = _problem(await server.client.post("/v1/messages", json=body), 409, "device")
    assert disabled["error"] == "number_disabled"
    assert (await server.client.patch(f"/v1/devices/{device}", json={"enable": True})).status_code == 200
    assert (await server.client.post("/v1/messages", json=body)).status_code == 201

    queue = f"/v1/devices/{device}/queue"
    for status in ("freeze", "reject"):
        await server.client.post(queue, json={"status": status})
        refused = _problem(await server.client.post("/v1/messages", json=body), 409, "device")
        assert refused["error"] == "queue_refuses"
        assert status in refused["message"]
    await server.client.post(queue, json={"status": "pause"})
    assert (await server.client.post("/v1/messages", json=body)).status_code == 201
    assert await _pending(server, device) == 2
