"""Chat Contacts through the real client (`server.sdk()`): list with its filters and sorts, details,
create (and upsert), update, metadata, delete, bulk create, block and unblock; what each leaves
stored; another account's 404s; bad input's 400s; and the list's query plan on both backends."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Select, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection

from sparkbot.client.errors import BadRequestError, ConflictError, NotFoundError
from sparkbot.server.db import Chat, ChatMessage, Contact
from sparkbot.server.db.contacts import ContactFilter, contacts_query
from sparkbot.server.db.inbox import fold

from .harness import Server
from .harness import online as _online
from .teams import add_user

ANA, BEN, CAI, DEE = "+447362053576", "+34600123456", "+5511987654321", "+16001234560"


def wid(phone: str) -> str:
    return phone.removeprefix("+") + "@c.us"


async def _inbound(server: Server, device: str, phone: str, **body: Any) -> int:
    response = await server.client.post(
        f"/sandbox/devices/{device}/inbound", json={"phone": phone, "message": "hi", **body}
    )
    return response.status_code


async def _stored(server: Server, device: str, phone: str) -> Contact | None:
    async with server.services.database.sessions() as session:
        query = select(Contact).where(Contact.device_id == device, Contact.wid == wid(phone))
        return (await session.scalars(query)).first()


async def _ids(server: Server, device: str, **filters: Any) -> list[str]:
    return [c["id"] for c in await server.sdk().chat_contacts.get_device_contacts(device, **filters)]


async def _actions(server: Server, device: str) -> list[tuple[str, str]]:
    response = await server.client.get(f"/sandbox/devices/{device}/actions")
    assert response.status_code == 200, response.text
    return [(a["chat"], a["action"]) for a in response.json()]


async def test_create_answers_201_with_the_fields_and_a_second_create_conflicts(server: Server) -> None:
    device = (await server.create_number())["id"]
    contacts = server.sdk().chat_contacts
    agent = await add_user(server, device)  # an owner must have access to the number (test_team.py)
    created = await contacts.create_contact(
        device,
        phone=ANA,
        name="Ana",
        surname="Silva",
        kind="business",
        email="ana@example.com",
        languages=["en", "pt-BR"],
        company_name="Acme",
        currency="eur",
        timezone="Europe/London",
        notes="met at the fair",
        assign=agent,
        metadata=[{"key": "plan", "value": "gold"}, {"key": "seats", "value": 3}],
    )
    assert (created["id"], created["phone"], created["type"], created["name"]) == (
        wid(ANA),
        ANA,
        "business",
        "Ana",
    )
    assert (created["surname"], created["email"], created["companyName"]) == (
        "Silva",
        "ana@example.com",
        "Acme",
    )
    assert (created["currency"], created["languages"], created["country"]) == ("EUR", ["en", "pt-BR"], "GB")
    assert created["owner"] == {"agent": agent}
    assert created["metadata"] == [{"key": "plan", "value": "gold"}, {"key": "seats", "value": "3"}]
    assert (created["saved"], created["blocked"]) == (True, False)
    stored = await _stored(server, device, ANA)
    assert stored is not None
    assert stored.name_key == "ana"
    assert stored.fields["country"] == "GB"

    raw = await server.client.post(f"/v1/chat/{device}/contacts", json={"phone": BEN, "country": "pt"})
    assert raw.status_code == 201, raw.text
    assert raw.json()["country"] == "PT"  # given: kept (upper case), not the phone's ES
    unknown_region = await contacts.create_contact(device, phone=DEE)
    assert "country" not in unknown_region
    assert unknown_region["name"] is None

    with pytest.raises(ConflictError) as exists:
        await contacts.create_contact(device, phone=ANA, name="Other")
    assert exists.value.code == "contact_exists"
    assert (await _stored(server, device, ANA)).name == "Ana"  # type: ignore[union-attr]

    await server.clock.advance(60)
    upserted = await contacts.create_contact(device, phone=ANA, name="Ana Maria", city="Leeds", upsert=True)
    assert (upserted["name"], upserted["city"], upserted["surname"], upserted["email"]) == (
        "Ana Maria",
        "Leeds",
        "Silva",
        "ana@example.com",
    )
    assert upserted["metadata"] == created["metadata"]  # not given: kept
    assert upserted["updatedAt"] > upserted["createdAt"] == created["createdAt"]


async def test_sync_writes_the_contact_on_every_number_of_the_account(server: Server) -> None:
    first, second = (await server.create_number())["id"], (await server.create_number("Sales"))["id"]
    contacts = server.sdk().chat_contacts
    await contacts.create_contact(second, phone=BEN, name="Ben")
    with pytest.raises(ConflictError):  # this number has it: nothing is written anywhere
        await contacts.create_contact(second, phone=BEN, name="Benito", sync=True)
    assert await _stored(server, first, BEN) is None

    created = await contacts.create_contact(first, phone=ANA, name="Ana", email="ana@example.com", sync=True)
    assert (created["device"], created["sync"]) == (first, True)
    copy = await contacts.get_device_contact_details(second, ANA)
    assert (copy["device"], copy["name"], copy["email"], copy["saved"]) == (
        second,
        "Ana",
        "ana@example.com",
        True,
    )

    await contacts.update_contact(first, ANA, city="Leeds")  # this number only
    assert "city" not in await contacts.get_device_contact_details(second, ANA)
    await contacts.update_contact(first, ANA, city="York", remove=["email"], sync=True)
    for device in (first, second):
        stored = await _stored(server, device, ANA)
        assert stored is not None
        assert (stored.fields["city"], "email" in stored.fields) == ("York", False)
    await contacts.update_contact(second, BEN, name="Ben B", sync=True)  # no copy on `first`: none made
    assert await _stored(server, first, BEN) is None


async def test_details_by_wid_or_phone_with_its_chat(server: Server) -> None:
    device = await _online(server)
    assert await _inbound(server, device, ANA, name="Ana") == 201
    contacts = server.sdk().chat_contacts
    by_wid = await contacts.get_device_contact_details(device, wid(ANA), include="chat")
    by_phone = await contacts.get_device_contact_details(device, ANA)
    assert by_wid["id"] == by_phone["id"] == wid(ANA)
    assert (by_wid["name"], by_wid["saved"], by_wid["lastMessageAt"]) == (
        "Ana",
        False,
        by_phone["lastMessageAt"],
    )
    assert by_wid["chat"]["id"] == wid(ANA)
    assert by_wid["chat"]["unreadCount"] == 1
    assert "chat" not in by_phone
    await contacts.create_contact(device, phone=BEN)
    assert (await contacts.get_device_contact_details(device, BEN, include=["chat"]))["chat"] is None
    with pytest.raises(NotFoundError):
        await contacts.get_device_contact_details(device, CAI)


async def test_update_changes_only_what_is_given_and_removes_what_is_listed(server: Server) -> None:
    device = (await server.create_number())["id"]
    contacts = server.sdk().chat_contacts
    await contacts.create_contact(
        device, phone=ANA, name="Ana", surname="Silva", email="ana@example.com", city="Leeds",
        metadata=[{"key": "plan", "value": "gold"}],
    )  # fmt: skip
    await server.clock.advance(5)
    changed = await contacts.update_contact(
        device, ANA, email="ana@acme.io", kind="business", remove=["surname", "city"],
        metadata=[{"key": "tier", "value": "2"}],
    )  # fmt: skip
    assert (changed["name"], changed["email"], changed["type"]) == ("Ana", "ana@acme.io", "business")
    assert "surname" not in changed
    assert "city" not in changed
    assert changed["country"] == "GB"
    assert changed["metadata"] == [{"key": "tier", "value": "2"}]
    stored = await _stored(server, device, ANA)
    assert stored is not None
    assert stored.updated_at > stored.created_at
    assert stored.fields == {"email": "ana@acme.io", "country": "GB"}

    moved = await contacts.update_contact(device, ANA, country="pt")
    assert moved["country"] == "PT"
    assert (await contacts.update_contact(device, ANA, remove=["country"]))["country"] == "GB"  # the phone's
    renamed = await contacts.update_contact(device, wid(ANA), remove=["name"])
    assert renamed["name"] is None
    assert (await _stored(server, device, ANA)).name_key == fold(ANA)  # type: ignore[union-attr]

    with pytest.raises(BadRequestError) as both:
        await contacts.update_contact(device, ANA, email="x@y.io", remove=["email"])
    assert both.value.errors[0]["field"] == "$remove"
    with pytest.raises(NotFoundError):
        await contacts.update_contact(device, BEN, name="Ben")


async def test_metadata_is_replaced_or_upserted_by_key(server: Server) -> None:
    device = (await server.create_number())["id"]
    contacts = server.sdk().chat_contacts
    await contacts.create_contact(
        device, phone=ANA, metadata=[{"key": "a", "value": "1"}, {"key": "b", "value": "2"}]
    )
    replaced = await contacts.update_contact_metadata(device, ANA, metadata=[{"key": "c", "value": "3"}])
    assert replaced["metadata"] == [{"key": "c", "value": "3"}]
    merged = await contacts.upsert_contact_metadata(
        device, wid(ANA), metadata=[{"key": "d", "value": True}, {"key": "c", "value": "three"}]
    )
    assert merged["metadata"] == [{"key": "c", "value": "three"}, {"key": "d", "value": "true"}]
    removed = await contacts.upsert_contact_metadata(device, ANA, metadata=[{"key": "c", "value": None}])
    assert removed["metadata"] == [{"key": "d", "value": "true"}]
    stored = await _stored(server, device, ANA)
    assert stored is not None
    assert stored.meta == [{"key": "d", "value": "true"}]

    bad = (
        [{"key": "a", "value": "1"}, {"key": "a", "value": "2"}],  # repeated key
        [{"key": "no spaces", "value": "1"}],
        [{"key": "k" * 51, "value": "1"}],
        [{"key": "long", "value": "v" * 301}],
        [{"key": "obj", "value": {"x": 1}}],
        [{"key": "k", "value": "1", "extra": 1}],
    )
    for entries in bad:
        for call in (contacts.update_contact_metadata, contacts.upsert_contact_metadata):
            with pytest.raises(BadRequestError):
                await call(device, ANA, metadata=entries)
    with pytest.raises(BadRequestError):
        await contacts.create_contact(device, phone=BEN, metadata=bad[0])
    assert (await _stored(server, device, ANA)).meta == [{"key": "d", "value": "true"}]  # type: ignore[union-attr]
    assert await _stored(server, device, BEN) is None
    with pytest.raises(NotFoundError):
        await contacts.update_contact_metadata(device, BEN, metadata=[{"key": "a", "value": "1"}])
    with pytest.raises(NotFoundError):
        await contacts.upsert_contact_metadata(device, BEN, metadata=[{"key": "a", "value": "1"}])


async def test_delete_removes_the_contact_and_keeps_its_chat(server: Server) -> None:
    device = await _online(server)
    assert await _inbound(server, device, ANA) == 201
    contacts = server.sdk().chat_contacts
    assert await contacts.delete_contact(device, ANA) == {"id": wid(ANA), "deleted": True}
    assert await _stored(server, device, ANA) is None
    async with server.services.database.sessions() as session:
        assert (await session.scalars(select(Chat.wid).where(Chat.device_id == device))).all() == [wid(ANA)]
        assert (
            len((await session.scalars(select(ChatMessage).where(ChatMessage.device_id == device))).all())
            == 1
        )
    with pytest.raises(NotFoundError):
        await contacts.delete_contact(device, wid(ANA))
    assert await _inbound(server, device, ANA) == 201  # writing again makes the contact again, unsaved
    assert (await _stored(server, device, ANA)).saved is False  # type: ignore[union-attr]


async def test_bulk_create_answers_each_contact_in_one_transaction(server: Server) -> None:
    device = (await server.create_number())["id"]
    contacts = server.sdk().chat_contacts
    await contacts.create_contact(device, phone=ANA, name="Ana", email="ana@example.com")
    writes = server.services.database.writes.count
    bulk = await contacts.bulk_create_contacts(
        device,
        contacts=[
            {"phone": BEN, "name": "Ben", "companyName": "Acme"},
            {"phone": "+4412", "name": "Nobody"},
            {"phone": ANA, "name": "Ana B"},
            {"phone": BEN, "name": "Ben again"},
            {"phone": CAI, "email": "not an email"},
            {"phone": DEE, "metadata": [{"key": "src", "value": "import"}]},
        ],
    )
    answer = bulk["contacts"]
    assert {k: bulk[k] for k in ("total", "created", "updated", "exists", "invalid")} == {
        "total": 6,
        "created": 2,
        "updated": 1,
        "exists": 0,
        "invalid": 3,
    }
    assert [(a["phone"], a["id"], a["status"]) for a in answer] == [
        (BEN, wid(BEN), "created"),
        ("+4412", None, "invalid"),
        (ANA, wid(ANA), "updated"),
        (BEN, wid(BEN), "invalid"),
        (CAI, wid(CAI), "invalid"),
        (DEE, wid(DEE), "created"),
    ]
    assert "phone" in answer[1]["error"]
    assert "contacts[0]" in answer[3]["error"]
    assert "email" in answer[4]["error"]
    assert all("error" not in a for a in answer if a["status"] != "invalid")
    assert server.services.database.writes.count == writes + 1  # one transaction for the valid ones
    ana, ben, dee = [await _stored(server, device, p) for p in (ANA, BEN, DEE)]
    assert ana is not None
    assert (ana.name, ana.fields["email"]) == ("Ana B", "ana@example.com")
    assert ben is not None
    assert (ben.name, ben.fields) == ("Ben", {"companyName": "Acme", "country": "ES"})
    assert dee is not None
    assert dee.meta == [{"key": "src", "value": "import"}]
    assert await _stored(server, device, CAI) is None

    kept = await contacts.bulk_create_contacts(
        device, contacts=[{"phone": ANA, "name": "X"}, {"phone": CAI}], upsert=False
    )
    assert [a["status"] for a in kept["contacts"]] == ["exists", "created"]
    assert (kept["exists"], kept["created"], kept["total"]) == (1, 1, 2)
    assert (await _stored(server, device, ANA)).name == "Ana B"  # type: ignore[union-attr]

    too_many = [{"phone": f"+4473620{i:05d}"} for i in range(1001)]
    with pytest.raises(BadRequestError):
        await contacts.bulk_create_contacts(device, contacts=too_many)
    unknown_field = await contacts.bulk_create_contacts(device, contacts=[{"phone": ANA, "upsert": True}])
    assert unknown_field["contacts"][0]["status"] == "invalid"
    assert "upsert" in unknown_field["contacts"][0]["error"]


async def test_block_and_unblock_tell_the_engine_and_refuse_the_contact(server: Server) -> None:
    device = await _online(server)
    assert await _inbound(server, device, ANA, name="Ana") == 201
    contacts = server.sdk().chat_contacts
    blocked = await contacts.block_contacts(device, contacts=[ANA, BEN, ANA])
    assert blocked == {
        "action": "block",
        "contacts": [
            {"phone": ANA, "id": wid(ANA), "blocked": True},
            {"phone": BEN, "id": wid(BEN), "blocked": True},
        ],
    }
    assert await _actions(server, device) == [(wid(ANA), "block"), (wid(BEN), "block")]
    ben = await _stored(server, device, BEN)
    assert ben is not None
    assert ben.blocked
    assert not ben.saved
    assert (await contacts.get_device_contact_details(device, ANA))["blocked"] is True

    refused = await server.client.post(
        f"/sandbox/devices/{device}/inbound", json={"phone": ANA, "message": "let me in"}
    )
    assert refused.status_code == 409
    assert refused.json()["error"] == "contact_blocked"
    sent = await server.send(device, phone=ANA, message="hello?")

    async def failed() -> bool:
        return (await server.message(sent["id"]))["status"] == "failed"

    await server.drive(failed)
    assert "blocked" in (await server.message(sent["id"]))["failure"]["reason"]

    unblocked = await contacts.unblock_contacts(device, contacts=[ANA, CAI])
    assert unblocked == {
        "action": "unblock",
        "contacts": [
            {"phone": ANA, "id": wid(ANA), "blocked": False},
            {"phone": CAI, "id": wid(CAI), "blocked": False},
        ],
    }
    assert await _stored(server, device, CAI) is None  # unblocking creates nothing
    assert (await _actions(server, device))[-2:] == [(wid(ANA), "unblock"), (wid(CAI), "unblock")]
    assert await _inbound(server, device, ANA, message="back") == 201
    assert (await _stored(server, device, BEN)).blocked is True  # type: ignore[union-attr]

    with pytest.raises(BadRequestError):  # E.164 in form, but no such phone can exist
        await contacts.block_contacts(device, contacts=["+4412"])
    too_many = await server.client.post(
        f"/v1/devices/{device}/block", json={"contacts": [f"+4473620{i:05d}" for i in range(51)]}
    )
    assert too_many.status_code == 400, too_many.text


async def test_another_account_gets_404_for_every_operation(server: Server) -> None:
    device = await _online(server)
    contacts = server.sdk().chat_contacts
    await contacts.create_contact(device, phone=ANA, name="Ana")
    _, other_key = await server.services.accounts.create("other")
    theirs = server.sdk(other_key).chat_contacts
    meta = [{"key": "a", "value": "1"}]
    calls = [
        theirs.get_device_contacts(device),
        theirs.get_device_contact_details(device, ANA),
        theirs.create_contact(device, phone=BEN),
        theirs.update_contact(device, ANA, name="Mine"),
        theirs.update_contact_metadata(device, ANA, metadata=meta),
        theirs.upsert_contact_metadata(device, ANA, metadata=meta),
        theirs.delete_contact(device, ANA),
        theirs.bulk_create_contacts(device, contacts=[{"phone": BEN}]),
        theirs.block_contacts(device, contacts=[ANA]),
        theirs.unblock_contacts(device, contacts=[ANA]),
    ]
    for call in calls:
        with pytest.raises(NotFoundError):
            await call
    ana = await _stored(server, device, ANA)
    assert ana is not None
    assert (ana.name, ana.meta, ana.blocked) == ("Ana", [], False)
    assert await _stored(server, device, BEN) is None
    assert await _actions(server, device) == []
    # a contact of the account's other number is not this number's
    second = (await server.create_number("Sales"))["id"]
    with pytest.raises(NotFoundError):
        await contacts.get_device_contact_details(second, ANA)
    with pytest.raises(NotFoundError):
        await contacts.delete_contact(second, ANA)


async def test_bad_input_is_a_400_naming_the_field(server: Server) -> None:
    device = (await server.create_number())["id"]
    contacts = server.sdk().chat_contacts
    await contacts.create_contact(device, phone=ANA)
    base = f"/v1/chat/{device}/contacts"
    cases: list[tuple[str, str, dict[str, Any], str]] = [
        ("POST", base, {"json": {"name": "No phone"}}, "phone"),
        ("POST", base, {"json": {"phone": "447362053576"}}, "phone"),
        ("POST", base, {"json": {"phone": "+4412"}}, "phone"),
        ("POST", base, {"json": {"phone": BEN, "name": "n" * 31}}, "name"),
        ("POST", base, {"json": {"phone": BEN, "email": "nope"}}, "email"),
        ("POST", base, {"json": {"phone": BEN, "altPhone": "+4412"}}, "altPhone"),
        ("POST", base, {"json": {"phone": BEN, "country": "GBR"}}, "country"),
        ("POST", base, {"json": {"phone": BEN, "currency": "EURO"}}, "currency"),
        ("POST", base, {"json": {"phone": BEN, "timezone": "Mars/Base"}}, "timezone"),
        ("POST", base, {"json": {"phone": BEN, "languages": ["en", "fr", "de", "es"]}}, "languages"),
        ("POST", base, {"json": {"phone": BEN, "kind": "robot"}}, "kind"),
        ("POST", base, {"json": {"phone": BEN, "assign": "agent-1"}}, "assign"),
        (
            "POST",
            base,
            {"json": {"phone": BEN, "metadata": [{"key": "a b", "value": "1"}]}},
            "metadata[0].key",
        ),
        ("GET", base, {"params": {"sort": "phone:asc"}}, "sort"),
        ("GET", base, {"params": {"size": 0}}, "size"),
        ("GET", base, {"params": {"country": "GBR"}}, "country"),
        ("GET", base, {"params": {"after": "yesterday"}}, "after"),
        ("GET", base, {"params": {"type": "robot"}}, "type"),
        ("GET", f"{base}/not-a-contact", {}, "contactId"),
        ("PATCH", f"{base}/{wid(ANA)}", {"json": {"$remove": ["phone"]}}, "$remove"),
        ("PATCH", f"{base}/{wid(ANA)}", {"json": {"birthday": "soon"}}, "birthday"),
        ("PATCH", f"{base}/{wid(ANA)}", {"json": {"city": "   "}}, "city"),
        ("PATCH", f"{base}/{wid(ANA)}", {"json": {}}, "contactId"),
        ("PUT", f"{base}/{wid(ANA)}/metadata", {"json": []}, "metadata"),
        ("PUT", f"{base}/{wid(ANA)}/metadata", {"json": {"key": "a"}}, "metadata"),
        ("PATCH", base, {"json": []}, "contacts"),
        ("PATCH", base, {"json": [{"name": "no phone"}]}, "contacts"),
        ("POST", f"/v1/devices/{device}/block", {"json": {"contacts": []}}, "contacts"),
        ("DELETE", f"/v1/devices/{device}/block", {"json": {"contacts": ["447362053576"]}}, "contacts"),
    ]
    for method, path, kwargs, field in cases:
        response = await server.client.request(method, path, **kwargs)
        assert response.status_code == 400, (method, path, kwargs, response.text)
        body = response.json()
        assert body["error"] == "invalid_parameter", body
        assert body["message"], body
        assert any(e["field"].startswith(field) for e in body["errors"]), (field, body)
    assert await _stored(server, device, BEN) is None
    stored = await _stored(server, device, ANA)
    assert stored is not None
    assert stored.meta == []
    assert stored.fields == {"country": "GB"}


async def _label(server: Server, device: str, phone: str, labels: list[str]) -> None:
    async with server.services.database.sessions.begin() as session:
        await session.execute(
            update(Contact)
            .where(Contact.device_id == device, Contact.wid == wid(phone))
            .values(labels=labels)
        )


async def test_the_list_filters_sorts_and_pages(server: Server) -> None:
    device = await _online(server)
    contacts = server.sdk().chat_contacts
    await contacts.create_contact(
        device, phone=ANA, name="ana", email="Ana@Example.com", metadata=[{"key": "plan", "value": "gold"}]
    )
    await server.clock.advance(10)
    t1 = server.clock.now()
    await contacts.create_contact(
        device, phone=BEN, name="Ben", kind="business", metadata=[{"key": "plan", "value": "free"}]
    )
    await server.clock.advance(10)
    t2 = server.clock.now()
    assert await _inbound(server, device, CAI, name="Caio") == 201  # a chat, no email, BR
    await contacts.update_contact(device, CAI, notes="wrote first")  # the API's first write: BR
    await server.clock.advance(10)
    await contacts.create_contact(device, phone=DEE, name="Dee", metadata=[{"key": "vip", "value": "1"}])
    await server.clock.advance(10)
    t3 = server.clock.now()
    await contacts.update_contact(device, ANA, city="Leeds")
    await _label(server, device, BEN, ["lead", "b2b"])
    await _label(server, device, DEE, ["lead"])
    a, b, c, d = (wid(p) for p in (ANA, BEN, CAI, DEE))

    assert await _ids(server, device) == [a, b, c, d]  # name:asc, case folded
    assert await _ids(server, device, sort="name:desc") == [d, c, b, a]
    assert await _ids(server, device, sort="createdAt:asc") == [a, b, c, d]
    assert await _ids(server, device, sort="createdAt:desc") == [d, c, b, a]
    assert await _ids(server, device, sort="updatedAt:desc") == [a, d, c, b]
    assert await _ids(server, device, size=3, page=1) == [d]
    assert await _ids(server, device, size=2, page=1) == [c, d]
    assert await _ids(server, device, page=5) == []

    assert await _ids(server, device, search="EXAMPLE") == [a]
    assert await _ids(server, device, search="caio") == [c]
    assert await _ids(server, device, search="3460") == [b]
    assert await _ids(server, device, search="16001234560@c") == [d]
    assert await _ids(server, device, search="%") == []
    assert await _ids(server, device, type="business") == [b]
    assert await _ids(server, device, type="personal") == [a, c, d]
    assert await _ids(server, device, type=["user"]) == [a, b, c, d]
    assert await _ids(server, device, type="private") == [a, c, d]
    assert await _ids(server, device, type=["group", "channel"]) == []
    assert await _ids(server, device, has="email") == [a]
    assert await _ids(server, device, has="chat") == [c]
    assert await _ids(server, device, has_chat=True) == [c]
    assert await _ids(server, device, has=["chat", "email"]) == []
    assert await _ids(server, device, country=["gb", "BR"]) == [a, c]
    assert await _ids(server, device, labels="lead") == [b, d]
    assert await _ids(server, device, labels=["b2b", "none"]) == [b]
    assert await _ids(server, device, labels="*") == [b, d]
    assert await _ids(server, device, labels_exclude="b2b") == [a, c, d]
    assert await _ids(server, device, labels_exclude="*") == [a, c]
    assert await _ids(server, device, metadata_key="plan") == [a, b]
    assert await _ids(server, device, metadata_key="plan", metadata_value="gold") == [a]
    assert await _ids(server, device, metadata_key=["plan", "vip"]) == []
    assert await _ids(server, device, metadata_value="1") == [d]
    assert await _ids(server, device, after=t1.isoformat(), before=t3.isoformat()) == [c, d]
    assert await _ids(server, device, updated_after=t3.isoformat()) == []
    assert await _ids(server, device, updated_after=(t3 - timedelta(seconds=1)).isoformat()) == [a]
    assert await _ids(server, device, updated_before=t2.isoformat()) == [b]
    assert await _ids(server, device, last_message_after=t1.isoformat()) == [c]
    assert await _ids(server, device, last_message_before=t1.isoformat()) == []

    with_chats = await contacts.get_device_contacts(device, include="chat")
    chats = {view["id"]: view["chat"] for view in with_chats}
    assert chats[c]["id"] == c
    assert chats[c]["name"] == "Caio"
    assert chats[a] is None
    assert chats[b] is None
    ana = with_chats[0]
    assert (ana["email"], ana["city"], ana["metadata"]) == (
        "Ana@Example.com",
        "Leeds",
        [{"key": "plan", "value": "gold"}],
    )


BASE = datetime(2026, 1, 1, tzinfo=UTC)


async def _seed(server: Server, device: str, n: int) -> list[dict[str, Any]]:
    """`n` contacts in bulk with many equal names and instants (the id breaks ties)."""
    account = (await server.services.store.list_accounts())[0].id
    rows = []
    for i in range(n):
        at = BASE + timedelta(seconds=(i * 7) % (n // 4))
        name = f"Name {(i * 13) % (n // 5):04d}"
        rows.append(
            {
                "device_id": device,
                "wid": f"4473{i:08d}@c.us",
                "account_id": account,
                "phone": f"+4473{i:08d}",
                "type": "business" if i % 3 == 0 else "personal",
                "name": name,
                "name_key": fold(name),
                "fields": {"country": "GB"} if i % 2 else {"email": f"p{i}@example.com"},
                "metadata": [{"key": "n", "value": str(i % 5)}],
                "labels": ["lead"] if i % 4 == 0 else [],
                "blocked": False,
                "saved": True,
                "last_message_at": None,
                "created_at": at,
                "updated_at": at + timedelta(seconds=i % 11),
            }
        )
    async with server.services.database.engine.begin() as conn:
        await conn.execute(insert(Contact.__table__), rows)
        if conn.dialect.name == "postgresql":
            await conn.execute(text("ANALYZE contacts"))
    return rows


async def test_deep_pages_are_slices_of_the_full_order(server: Server) -> None:
    device = (await server.create_number())["id"]
    rows = await _seed(server, device, 600)
    orders = {
        "name:asc": sorted(rows, key=lambda r: (r["name_key"], r["wid"])),
        "createdAt:desc": sorted(rows, key=lambda r: (r["created_at"], r["wid"]), reverse=True),
        "updatedAt:asc": sorted(rows, key=lambda r: (r["updated_at"], r["wid"])),
    }
    for sort, ordered in orders.items():
        expected = [r["wid"] for r in ordered]
        for page in (0, 1, 37, 59, 60):
            assert (
                await _ids(server, device, sort=sort, size=10, page=page)
                == expected[page * 10 : page * 10 + 10]
            )
    business = [r["wid"] for r in orders["name:asc"] if r["type"] == "business"]
    assert await _ids(server, device, type="business", size=7, page=20) == business[140:147]


# SQLite: `SEARCH contacts USING COVERING INDEX ix_contacts_name (device_id=?)`, ...
_SQLITE_ACCESS = re.compile(r"^(SCAN|SEARCH) (\w+)(?: USING (?:COVERING )?INDEX (\w+))?")
_PRIMARY = {"contacts_pkey", "sqlite_autoindex_contacts_1"}


async def _plan(conn: AsyncConnection, query: Select[Any]) -> tuple[list[str | None], int]:
    """The indexes the query reads `contacts` by (None: a full scan) and how many sorts it makes."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    values = tuple(compiled.params[name] for name in compiled.positiontup or ())
    if conn.dialect.name == "sqlite":
        result = await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled.string, values)
        lines = [str(row[3]) for row in result]
        accesses = [m[3] for m in map(_SQLITE_ACCESS.match, lines) if m and m[2] == "contacts"]
        return accesses, sum("TEMP B-TREE" in line for line in lines)
    [[plan]] = (await conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + compiled.string, values)).all()
    found: list[str | None] = []
    sorts = 0

    def walk(node: dict[str, Any]) -> None:
        nonlocal sorts
        sorts += node["Node Type"] in ("Sort", "Incremental Sort")
        if node.get("Relation Name") == "contacts":
            found.append(node.get("Index Name"))
        for child in node.get("Plans", ()):
            walk(child)

    walk((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"])
    return found, sorts


@pytest.mark.parametrize("descending", [False, True])
async def test_the_list_reads_its_order_from_the_sorts_index(server: Server, descending: bool) -> None:
    """Unfiltered, a deep page; filtered on the row's own columns (kind, search, email, the sort's
    own bounds), a near page: the keys come in order from the sort's index and only the page is
    sorted. (Filters inside JSON values are left to the planner: see `db/contacts.py`.)"""
    device = (await server.create_number())["id"]
    await _seed(server, device, 6000)
    indexes = {
        "name": "ix_contacts_name",
        "createdAt": "ix_contacts_created",
        "updatedAt": "ix_contacts_updated",
    }
    cases: list[tuple[str, ContactFilter, int]] = [(sort, ContactFilter(), 100) for sort in indexes]
    for sort in indexes:
        cases += [
            (sort, ContactFilter(kinds=("business",)), 5),
            (sort, ContactFilter(kinds=("personal", "business")), 5),
            (sort, ContactFilter(search="name 01"), 5),
            (sort, ContactFilter(with_email=True), 5),
        ]
    cases.append(("createdAt", ContactFilter(created_after=BASE, created_before=BASE + timedelta(days=1)), 5))
    cases.append(("updatedAt", ContactFilter(updated_after=BASE, kinds=("personal",)), 5))
    async with server.services.database.engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # as with a million rows: a test table is small
            await conn.exec_driver_sql("SET enable_seqscan = off")
            await conn.exec_driver_sql("SET enable_bitmapscan = off")
        for sort, where, page in cases:
            index = indexes[sort]
            accesses, sorts = await _plan(conn, contacts_query(device, where, sort, descending, page, 20))
            assert index in accesses, (sort, where, accesses)
            assert set(accesses) <= {index, *_PRIMARY}, (sort, where, accesses)  # never a full scan
            assert sorts <= 1, (sort, where, accesses, sorts)  # only the page's rows are sorted
