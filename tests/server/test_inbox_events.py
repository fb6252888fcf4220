"""`chat:update` and `contact:update`: every change of a chat or a contact through the API writes its
event in the change's transaction, for the webhooks that want it (rows of the outbox read back from
the database): the view the API answers, with what changed; nothing when no webhook wants it, and
nothing for a refused change. Through the real client (`server.sdk()`), on both backends."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from sparkbot import APIStatusError
from sparkbot.server.db.models import WebhookEvent
from sparkbot.server.services.views import iso

from .harness import Server
from .harness import online as _online
from .outbox import Outbox, subscribe, written
from .teams import add_user

ANA, BO, CY, DEE = "+447362053576", "+447362053577", "+447362053578", "+447362053579"
ANA_WID, BO_WID, CY_WID = "447362053576@c.us", "447362053577@c.us", "447362053578@c.us"
GROUP = "120363012345678901@g.us"
UNKNOWN = "447000000001@c.us"


async def _inbound(server: Server, device: str, phone: str, **body: Any) -> None:
    response = await server.client.post(
        f"/sandbox/devices/{device}/inbound", json={"phone": phone, "message": "hi", **body}
    )
    assert response.status_code == 201, response.text


async def _chats(server: Server) -> str:
    """A number online with three chats: Ana's, Bo's and the group Team (Cy writes there)."""
    device = await _online(server)
    await _inbound(server, device, ANA, name="Ana")
    await _inbound(server, device, BO, name="Bo")
    await _inbound(server, device, CY, name="Cy", group=GROUP, groupName="Team")
    return device


async def _events(server: Server, since: int = 0) -> list[tuple[str, str, dict[str, Any]]]:
    """The outbox after row `since`: event, lane and body."""
    return [(w.event, w.lane, w.body) for w in await written(server, since)]


async def _count(server: Server) -> int:
    async with server.services.database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(WebhookEvent)) or 0)


# chats


async def test_each_chat_change_writes_its_view_and_what_changed(server: Server) -> None:
    device = await _chats(server)
    await subscribe(server, device, ["chat:update"])
    bot = server.sdk().chats
    outbox = Outbox(server)
    assert await outbox.new() == []  # messages received are not chat:update

    async def check(answer: dict[str, Any], change: str) -> dict[str, Any]:
        data = await outbox.one("chat:update", device)
        assert data == {**answer, "change": change}
        return data

    await server.clock.advance(5)
    read = await check(await bot.update_chat_read_status(device, ANA_WID, unread=False), "read")
    assert (read["id"], read["unreadCount"], read["updatedAt"]) == (ANA_WID, 0, iso(server.clock.now()))
    unread = await check(await bot.update_chat_read_status(device, ANA, unread=True), "read")
    assert unread["unreadCount"] == 1
    resolved = await check(await bot.set_chat_status(device, ANA_WID, status="resolved"), "status")
    assert resolved["status"] == "resolved"
    archived = await check(await bot.set_chat_status(device, ANA_WID, status="archived"), "archive")
    assert archived["meta"]["archived"] is True
    await check(await bot.unarchive_chat(device, ANA_WID), "archive")
    await check(await bot.archive_chat(device, ANA_WID), "archive")
    pinned = await check(await bot.update_chat_meta(device, BO_WID, pinned=True, muted=True), "meta")
    assert pinned["meta"] == {"pinned": True, "muted": True, "archived": False}
    agent = await add_user(server, device)
    owned = await check(await bot.assign_chat_agent(device, BO_WID, agent=agent), "owner")
    assert owned["owner"] == {"agent": agent, "department": None, "email": None}
    await check(await bot.unassign_chat_agent(device, BO_WID), "owner")
    for name in ("vip", "orders"):  # a chat carries only labels its number has
        await server.sdk().labels.create_label(device, name=name, color="pool")
    labelled = await check(await bot.update_chat_labels(device, GROUP, labels=["vip", "orders"]), "labels")
    assert (labelled["id"], labelled["type"], labelled["labels"]) == (GROUP, "group", ["vip", "orders"])

    note = await bot.create_chat_note(device, ANA_WID, message="called her")
    noted = await outbox.one("chat:update", device)
    assert noted == {**await bot.get_device_chat_details(device, ANA_WID), "change": "notes"}
    assert noted["notes"] == 1
    await bot.delete_chat_note(device, ANA_WID, ids=[note["id"]])
    assert (await outbox.one("chat:update", device))["notes"] == 0


async def test_delete_writes_the_chat_as_it_was(server: Server) -> None:
    device = await _chats(server)
    await subscribe(server, device, ["chat:update"])
    bot = server.sdk().chats
    outbox = Outbox(server)
    before = await bot.get_device_chat_details(device, BO_WID)
    await server.clock.advance(3)
    await bot.delete_device_chat(device, BO_WID)
    assert await outbox.one("chat:update", device) == {**before, "change": "delete", "deleted": True}
    with pytest.raises(APIStatusError):
        await bot.delete_device_chat(device, BO_WID)  # 404: gone
    assert await outbox.new() == []


async def test_bulk_writes_one_event_per_chat_changed(server: Server) -> None:
    device = await _chats(server)
    await subscribe(server, device, ["chat:update", "contact:update"])
    bot = server.sdk().chats
    outbox = Outbox(server)

    resolved = await bot.bulk_chats_update(device, action="resolve", chats=[BO, ANA_WID, UNKNOWN])
    assert resolved["updated"] == [BO_WID, ANA_WID]
    found = await outbox.new()
    assert sorted(
        (e, lane, b["data"]["id"], b["data"]["change"], b["data"]["status"]) for e, lane, b in found
    ) == [
        ("chat:update", device, ANA_WID, "status", "resolved"),
        ("chat:update", device, BO_WID, "status", "resolved"),
    ]
    ana = next(b["data"] for _, _, b in found if b["data"]["id"] == ANA_WID)
    assert ana == {**await bot.get_device_chat_details(device, ANA_WID), "change": "status"}

    await server.sdk().labels.create_label(device, name="late", color="pool")
    await bot.bulk_chats_update(device, action="labels", chats=[GROUP], add_labels=["late"])
    assert (await outbox.one("chat:update", device))["labels"] == ["late"]

    blocked = await bot.bulk_chats_update(device, action="block", chats=[ANA_WID, GROUP])
    assert blocked["updated"] == [ANA_WID]  # a group cannot be blocked: no event for it
    found = await outbox.new()
    assert [(e, lane, b["data"]["id"], b["data"]["change"]) for e, lane, b in found] == [
        ("chat:update", device, ANA_WID, "block"),
        ("contact:update", device, ANA_WID, "block"),
    ]
    contact = found[1][2]["data"]
    details = await server.sdk().chat_contacts.get_device_contact_details(device, ANA_WID)
    assert contact == {**details, "change": "block"}
    assert contact["blocked"] is True


# contacts


async def test_each_contact_write_writes_its_view_and_what_changed(server: Server) -> None:
    device = (await server.create_number())["id"]
    await subscribe(server, device, ["contact:update"])
    contacts = server.sdk().chat_contacts
    outbox = Outbox(server)

    created = await contacts.create_contact(device, phone=ANA, name="Ana", email="ana@example.com")
    data = await outbox.one("contact:update", device)
    assert data == {**created, "change": "create"}
    assert (data["id"], data["name"], data["email"], data["saved"]) == (
        ANA_WID,
        "Ana",
        "ana@example.com",
        True,
    )
    await server.clock.advance(2)
    upserted = await contacts.create_contact(device, phone=ANA, name="Ana B", upsert=True)
    assert await outbox.one("contact:update", device) == {**upserted, "change": "update"}
    updated = await contacts.update_contact(device, ANA, city="Leeds", remove=["email"])
    data = await outbox.one("contact:update", device)
    assert data == {**updated, "change": "update"}
    assert (data["city"], "email" in data, data["updatedAt"]) == ("Leeds", False, iso(server.clock.now()))
    replaced = await contacts.update_contact_metadata(
        device, ANA, metadata=[{"key": "plan", "value": "gold"}]
    )
    assert await outbox.one("contact:update", device) == {**replaced, "change": "metadata"}
    merged = await contacts.upsert_contact_metadata(device, ANA, metadata=[{"key": "seats", "value": 3}])
    data = await outbox.one("contact:update", device)
    assert data == {**merged, "change": "metadata"}
    assert data["metadata"] == [{"key": "plan", "value": "gold"}, {"key": "seats", "value": "3"}]

    before = await contacts.get_device_contact_details(device, ANA)
    await contacts.delete_contact(device, ANA)
    assert await outbox.one("contact:update", device) == {**before, "change": "delete", "deleted": True}


async def test_sync_writes_one_event_per_number(server: Server) -> None:
    first, second = (await server.create_number())["id"], (await server.create_number("Sales"))["id"]
    await subscribe(server, first, ["contact:update"])
    await server.sdk().chat_contacts.create_contact(first, phone=ANA, name="Ana", sync=True)
    found = await _events(server)
    assert [(e, lane, b["data"]["device"], b["data"]["change"]) for e, lane, b in found] == [
        ("contact:update", first, first, "create"),
        ("contact:update", second, second, "create"),
    ]


async def test_bulk_create_writes_the_contacts_written(server: Server) -> None:
    device = (await server.create_number())["id"]
    contacts = server.sdk().chat_contacts
    await contacts.create_contact(device, phone=ANA, name="Ana")
    await subscribe(server, device, ["contact:update"])
    outbox = Outbox(server)

    await contacts.bulk_create_contacts(
        device, contacts=[{"phone": BO, "name": "Bo"}, {"phone": "+4412"}, {"phone": ANA, "name": "Ana B"}]
    )
    found = await outbox.new()
    assert [(e, lane, b["data"]["id"], b["data"]["name"], b["data"]["change"]) for e, lane, b in found] == [
        ("contact:update", device, BO_WID, "Bo", "create"),
        ("contact:update", device, ANA_WID, "Ana B", "update"),
    ]
    assert found[0][2]["data"] == {
        **await contacts.get_device_contact_details(device, BO),
        "change": "create",
    }

    kept = await contacts.bulk_create_contacts(device, contacts=[{"phone": ANA}, {"phone": CY}], upsert=False)
    assert [a["status"] for a in kept["contacts"]] == ["exists", "created"]
    assert [(b["data"]["id"], b["data"]["change"]) for _, _, b in await outbox.new()] == [(CY_WID, "create")]


async def test_block_and_unblock_write_the_contacts_that_change(server: Server) -> None:
    device = await _online(server)
    await _inbound(server, device, ANA, name="Ana")
    await subscribe(server, device, ["contact:update"])
    contacts = server.sdk().chat_contacts
    outbox = Outbox(server)

    await contacts.block_contacts(device, contacts=[ANA, BO])  # Bo is created, blocked
    found = await outbox.new()
    assert [(b["data"]["id"], b["data"]["change"], b["data"]["blocked"]) for _, _, b in found] == [
        (ANA_WID, "block", True),
        (BO_WID, "block", True),
    ]
    assert found[1][2]["data"] == {**await contacts.get_device_contact_details(device, BO), "change": "block"}
    await contacts.block_contacts(device, contacts=[ANA])  # blocked already: nothing changes
    assert await outbox.new() == []
    await contacts.unblock_contacts(device, contacts=[ANA, CY])  # Cy is not a contact: none made
    found = await outbox.new()
    assert [(lane, b["data"]["id"], b["data"]["change"], b["data"]["blocked"]) for _, lane, b in found] == [
        (device, ANA_WID, "unblock", False)
    ]


# who gets what


async def test_nothing_is_written_when_no_webhook_wants_it(server: Server) -> None:
    device = await _chats(server)
    other = (await server.create_number("Sales"))["id"]
    bot = server.sdk()
    await bot.chats.set_chat_status(device, ANA_WID, status="resolved")
    await bot.chat_contacts.create_contact(device, phone=DEE, name="Cy")
    assert await _count(server) == 0  # no webhook at all

    await subscribe(server, device, ["contact:update"])  # contacts only
    await subscribe(server, device, ["chat:update"], only=other)  # another number's chats only
    await bot.chats.set_chat_status(device, ANA_WID, status="active")
    await bot.chats.bulk_chats_update(device, action="pin", chats=[ANA_WID, BO_WID])
    await bot.chats.delete_device_chat(device, BO_WID)
    assert await _count(server) == 0
    await bot.chat_contacts.update_contact(device, DEE, city="Leeds")
    assert [(e, b["data"]["change"]) for e, _, b in await _events(server)] == [("contact:update", "update")]


async def test_a_refused_change_writes_no_event(server: Server) -> None:
    device = await _chats(server)
    await subscribe(server, device, ["chat:update", "contact:update"])
    bot = server.sdk()

    async def refused(call: Any, status: int) -> None:
        with pytest.raises(APIStatusError) as caught:
            await call
        assert caught.value.status == status, caught.value

    await bot.chats.create_chat_note(device, ANA_WID, message="kept")
    await bot.chat_contacts.create_contact(device, phone=DEE, name="Cy")
    written = await _count(server)
    # refused inside the change's transaction, after the rows were read
    await refused(bot.chats.delete_chat_note(device, ANA_WID, ids=["no-such-note"]), 400)
    many = [f"label {n}" for n in range(50)]
    for name in [*many, "one more"]:
        await bot.labels.create_label(device, name=name, color="pool")
    await bot.chats.update_chat_labels(device, BO_WID, labels=many)
    written += 1
    await refused(
        bot.chats.update_chat_labels(device, BO_WID, labels=["one more"], update_type="upsert"), 409
    )
    await refused(bot.chat_contacts.create_contact(device, phone=DEE, name="Again"), 409)
    entries = [{"key": f"k{n}", "value": "v"} for n in range(100)]
    await bot.chat_contacts.update_contact_metadata(device, DEE, metadata=entries)
    written += 1
    await refused(
        bot.chat_contacts.upsert_contact_metadata(device, DEE, metadata=[{"key": "x", "value": 1}]), 400
    )
    # refused before any change
    await refused(bot.chats.update_chat_meta(device, ANA_WID), 400)
    await refused(bot.chats.bulk_chats_update(device, action="labels", chats=[ANA_WID], add_labels=[""]), 400)
    await refused(bot.chat_contacts.update_contact(device, DEE), 400)
    await refused(bot.chats.archive_chat(device, UNKNOWN), 404)
    assert await _count(server) == written
