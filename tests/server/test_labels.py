"""The 4 operations of Labels through the real client (`server.sdk()`), on both backends: what each
answers and stores, names unique in a number ignoring case, the cross-references (a renamed label
is renamed on every chat and contact of the number, a deleted one leaves none carrying it, each
change with its `chat:update` / `contact:update`), bad input a 400 with nothing stored, and 404
for another account on every operation."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

import pytest
from sqlalchemy import select, update

from sparkbot import APIStatusError
from sparkbot.server.db import Chat, Contact
from sparkbot.server.db.models import Label
from sparkbot.server.services.labels import MAX_LABELS

from .harness import Server
from .outbox import last_seq, subscribe, written

ANA, BO, CY = "+447362053576", "+447362053577", "+447362053578"
ANA_WID, BO_WID, CY_WID = "447362053576@c.us", "447362053577@c.us", "447362053578@c.us"


async def _number(server: Server, alias: str = "Support") -> str:
    return str((await server.create_number(alias))["id"])


async def _inbox(server: Server) -> str:
    """A number online with the chats (and contacts) of Ana, Bo and Cy."""
    device = await _number(server)
    await server.link_by_qr(device)
    for phone, name in ((ANA, "Ana"), (BO, "Bo"), (CY, "Cy")):
        response = await server.client.post(
            f"/sandbox/devices/{device}/inbound", json={"phone": phone, "name": name, "message": "hi"}
        )
        assert response.status_code == 201, response.text
    return device


async def _refused(call: Awaitable[Any], status: int, field: str | None = None) -> APIStatusError:
    with pytest.raises(APIStatusError) as caught:
        await call
    assert caught.value.status == status, caught.value
    if field is not None:
        assert [e["field"] for e in caught.value.errors] == [field], caught.value.errors
    return caught.value


async def _stored(server: Server, device: str) -> list[tuple[str, str, str, str | None]]:
    async with server.services.database.sessions() as session:
        query = select(Label).where(Label.device_id == device).order_by(Label.created_at, Label.id)
        return [(r.name, r.name_key, r.color, r.description) for r in (await session.scalars(query)).all()]


async def _labels_of(server: Server, model: Any, device: str) -> dict[str, list[str]]:
    async with server.services.database.sessions() as session:
        rows = (await session.scalars(select(model).where(model.device_id == device))).all()
        return {row.wid: list(row.labels or []) for row in rows}


async def _label_contact(server: Server, device: str, wid: str, labels: list[str]) -> None:
    """A contact's labels (no operation of the catalogue sets them: WhatsApp's own sync would)."""
    async with server.services.database.sessions.begin() as session:
        await session.execute(
            update(Contact).where(Contact.device_id == device, Contact.wid == wid).values(labels=labels)
        )


async def _events(server: Server, since: int) -> list[tuple[str, dict[str, Any]]]:
    return [(w.event, w.data) for w in await written(server, since)]


async def _rename(server: Server, device: str, name: str, new: str, color: str = "emerald") -> Any:
    """`updateLabel` with this server's `?newName=` (the client has no parameter for it)."""
    return await server.client.patch(
        f"/v1/devices/{device}/labels", params={"newName": new}, json={"name": name, "color": color}
    )


async def test_create_and_list(server: Server) -> None:
    device = await _number(server)
    bot = server.sdk().labels
    assert await bot.get_labels(device) == []
    vip = await bot.create_label(device, name="  VIP ", color="ruby", description=" Top customers ")
    assert set(vip) == {"id", "device", "name", "color", "description", "scope", "createdAt", "updatedAt"}
    assert (vip["device"], vip["name"], vip["color"], vip["description"], vip["scope"]) == (
        device,
        "VIP",
        "ruby",
        "Top customers",
        "chat",
    )
    assert len(vip["id"]) == 24
    assert vip["createdAt"] == vip["updatedAt"]
    await server.clock.advance(1)
    lead = await bot.create_label(device, name="New lead", color="emerald")
    assert lead["description"] is None
    assert await bot.get_labels(device) == [vip, lead]  # in the order they were made
    assert await _stored(server, device) == [
        ("VIP", "vip", "ruby", "Top customers"),
        ("New lead", "new lead", "emerald", None),
    ]
    # names are unique in the number, ignoring case; another number has its own
    taken = await _refused(bot.create_label(device, name="vip", color="aqua"), 409, "name")
    assert taken.code == "label_exists"
    assert "'VIP'" in taken.message
    other = await _number(server, "Sales")
    assert (await bot.create_label(other, name="vip", color="aqua"))["name"] == "vip"
    assert [label["name"] for label in await bot.get_labels(device)] == ["VIP", "New lead"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "", "color": "ruby"}, "name"),
        ({"name": "   ", "color": "ruby"}, "name"),
        ({"name": "x" * 51, "color": "ruby"}, "name"),
        ({"name": "a,b", "color": "ruby"}, "name"),
        ({"name": "*", "color": "ruby"}, "name"),
        ({"name": "ok", "color": "blue"}, "color"),  # the node's default is not in its palette
        ({"name": "ok"}, "color"),
        ({"name": "ok", "color": "ruby", "description": "d" * 201}, "description"),
        ({"name": "ok", "color": "ruby", "extra": 1}, "extra"),
    ],
)
async def test_bad_input_is_a_400_and_stores_nothing(
    server: Server, body: dict[str, Any], field: str
) -> None:
    device = await _number(server)
    response = await server.client.post(f"/v1/devices/{device}/labels", json=body)
    assert response.status_code == 400, response.text
    answer = response.json()
    assert answer["error"] == "invalid_parameter"
    assert field in [e["field"] for e in answer["errors"]], answer
    assert await _stored(server, device) == []


async def test_a_number_holds_at_most_its_limit(server: Server) -> None:
    device = await _number(server)
    bot = server.sdk().labels
    for n in range(MAX_LABELS):
        await bot.create_label(device, name=f"label {n}", color="iron")
    full = await _refused(bot.create_label(device, name="one more", color="iron"), 409, "name")
    assert full.code == "too_many_labels"
    assert len(await _stored(server, device)) == MAX_LABELS
    await bot.delete_label(device, name="label 0")
    assert (await bot.create_label(device, name="one more", color="iron"))["name"] == "one more"


async def test_update_changes_colour_and_description(server: Server) -> None:
    device = await _number(server)
    bot = server.sdk().labels
    made = await bot.create_label(device, name="VIP", color="ruby", description="Top")
    await server.clock.advance(5)
    changed = await bot.update_label(device, name="vip", color="gold")  # found ignoring case
    assert (changed["id"], changed["name"], changed["color"], changed["description"]) == (
        made["id"],
        "VIP",
        "gold",
        "Top",  # not given: kept
    )
    assert changed["updatedAt"] > made["updatedAt"]
    described = await bot.update_label(device, name="VIP", color="gold", description="Best ones")
    assert described["description"] == "Best ones"
    cleared = await bot.update_label(device, name="VIP", color="gold", description="  ")
    assert cleared["description"] is None
    assert await _stored(server, device) == [("VIP", "vip", "gold", None)]
    await _refused(bot.update_label(device, name="nope", color="gold"), 404)
    blue = await server.client.patch(f"/v1/devices/{device}/labels", json={"name": "VIP", "color": "blue"})
    assert (blue.status_code, blue.json()["errors"][0]["field"]) == (400, "color")
    await _refused(bot.update_label(device, name="VIP", color="ruby", description="d" * 201), 400)
    assert await _stored(server, device) == [("VIP", "vip", "gold", None)]


async def test_a_chat_carries_only_the_numbers_labels(server: Server) -> None:
    device = await _inbox(server)
    bot = server.sdk()
    await bot.labels.create_label(device, name="VIP", color="ruby")
    refused = await _refused(
        bot.chats.update_chat_labels(device, ANA_WID, labels=["VIP", "Lead"]), 400, "labels"
    )
    assert "'Lead'" in refused.message
    assert (await _labels_of(server, Chat, device))[ANA_WID] == []
    other = await _number(server, "Other")
    await bot.labels.create_label(
        other, name="Lead", color="ruby"
    )  # another number's label is not this one's
    await _refused(bot.chats.update_chat_labels(device, ANA_WID, labels=["Lead"]), 400, "labels")
    labelled = await bot.chats.update_chat_labels(device, ANA_WID, labels=["vip"])
    assert labelled["labels"] == ["VIP"]  # the label's own name


async def test_rename_renames_it_on_every_chat_and_contact(server: Server) -> None:
    device = await _inbox(server)
    bot = server.sdk()
    for name in ("VIP", "Lead"):
        await bot.labels.create_label(device, name=name, color="ruby")
    await bot.chats.update_chat_labels(device, ANA_WID, labels=["VIP", "Lead"])
    await bot.chats.update_chat_labels(device, BO_WID, labels=["Lead"])
    await _label_contact(server, device, ANA_WID, ["VIP"])
    await _label_contact(server, device, CY_WID, ["lead", "VIP"])
    await subscribe(server, device, ["chat:update", "contact:update"])
    since = await last_seq(server)
    await server.clock.advance(2)

    response = await _rename(server, device, "vip", "Gold")
    assert response.status_code == 200, response.text
    assert (response.json()["name"], response.json()["color"]) == ("Gold", "emerald")
    assert await _labels_of(server, Chat, device) == {ANA_WID: ["Gold", "Lead"], BO_WID: ["Lead"], CY_WID: []}
    assert await _labels_of(server, Contact, device) == {
        ANA_WID: ["Gold"],
        BO_WID: [],
        CY_WID: ["lead", "Gold"],
    }
    assert [label["name"] for label in await bot.labels.get_labels(device)] == ["Gold", "Lead"]
    assert [c["id"] for c in await bot.chats.get_device_chats(device, labels="gold")] == [ANA_WID]
    details = await bot.chats.get_device_chat_details(device, ANA_WID)
    # one event per chat and contact it changed, as the API now answers them, in the same transaction
    events = await _events(server, since)
    assert sorted((e, d["id"], d["change"]) for e, d in events) == [
        ("chat:update", ANA_WID, "labels"),
        ("contact:update", ANA_WID, "labels"),
        ("contact:update", CY_WID, "labels"),
    ]
    assert next(d for e, d in events if e == "chat:update") == {**details, "change": "labels"}
    contact = await bot.chat_contacts.get_device_contact_details(device, CY_WID)
    assert next(d for e, d in events if e == "contact:update" and d["id"] == CY_WID) == {
        **contact,
        "change": "labels",
    }

    # a case change alone is a rename; a name another label has is a 409, nothing changed
    assert (await _rename(server, device, "Lead", "LEAD")).status_code == 200
    assert (await _labels_of(server, Chat, device))[BO_WID] == ["LEAD"]
    assert (await _labels_of(server, Contact, device))[CY_WID] == ["LEAD", "Gold"]
    since = await last_seq(server)
    clash = await _rename(server, device, "LEAD", "gold")
    assert clash.status_code == 409, clash.text
    assert (clash.json()["error"], clash.json()["errors"][0]["field"]) == ("label_exists", "newName")
    for bad in ("a,b", "x" * 51, "*", "  "):
        refused = await _rename(server, device, "LEAD", bad)
        assert (refused.status_code, refused.json()["errors"][0]["field"]) == (400, "newName"), bad
    assert (await _rename(server, device, "nope", "New")).status_code == 404
    assert await _labels_of(server, Chat, device) == {ANA_WID: ["Gold", "LEAD"], BO_WID: ["LEAD"], CY_WID: []}
    assert [(n, c) for n, _, c, _ in await _stored(server, device)] == [
        ("Gold", "emerald"),
        ("LEAD", "emerald"),
    ]
    assert await _events(server, since) == []


async def test_delete_takes_it_off_every_chat_and_contact(server: Server) -> None:
    device = await _inbox(server)
    bot = server.sdk()
    for name in ("VIP", "Lead"):
        await bot.labels.create_label(device, name=name, color="ruby")
    await bot.chats.update_chat_labels(device, ANA_WID, labels=["VIP", "Lead"])
    await bot.chats.update_chat_labels(device, BO_WID, labels=["VIP"])
    await _label_contact(server, device, CY_WID, ["vip"])
    other = await _number(server, "Other")  # another number's label of the same name stays
    await bot.labels.create_label(other, name="VIP", color="ruby")
    await subscribe(server, device, ["chat:update", "contact:update"])
    since = await last_seq(server)

    deleted = await bot.labels.delete_label(device, name="vip")
    assert (deleted["name"], deleted["deleted"], deleted["chats"], deleted["contacts"]) == ("VIP", True, 2, 1)
    assert await _labels_of(server, Chat, device) == {ANA_WID: ["Lead"], BO_WID: [], CY_WID: []}
    assert await _labels_of(server, Contact, device) == {ANA_WID: [], BO_WID: [], CY_WID: []}
    assert await bot.chats.get_device_chats(device, labels="VIP") == []
    assert [label["name"] for label in await bot.labels.get_labels(device)] == ["Lead"]
    assert [label["name"] for label in await bot.labels.get_labels(other)] == ["VIP"]
    events = await _events(server, since)
    assert sorted((e, d["id"], d["change"], tuple(d["labels"])) for e, d in events) == [
        ("chat:update", ANA_WID, "labels", ("Lead",)),
        ("chat:update", BO_WID, "labels", ()),
        ("contact:update", CY_WID, "labels", ()),
    ]
    gone = await _refused(bot.labels.delete_label(device, name="VIP"), 404)
    assert gone.code == "not_found"
    await _refused(bot.labels.delete_label(device, name="a,b"), 400, "name")
    # a label made again starts on no chat
    await bot.labels.create_label(device, name="VIP", color="aqua")
    assert await bot.chats.get_device_chats(device, labels="VIP") == []


async def test_deleting_the_number_deletes_its_labels(server: Server) -> None:
    device = await _number(server)
    await server.sdk().labels.create_label(device, name="VIP", color="ruby")
    await server.sdk().numbers.delete_number(device)
    assert await _stored(server, device) == []


async def test_another_account_gets_404_on_every_operation(server: Server) -> None:
    device = await _inbox(server)
    bot = server.sdk()
    await bot.labels.create_label(device, name="VIP", color="ruby")
    await bot.chats.update_chat_labels(device, ANA_WID, labels=["VIP"])
    _, other_key = await server.services.accounts.create("other")
    other = server.sdk(other_key).labels
    before = (await _stored(server, device), await _labels_of(server, Chat, device))
    for call in (
        other.get_labels(device),
        other.create_label(device, name="Mine", color="ruby"),
        other.update_label(device, name="VIP", color="gold"),
        other.delete_label(device, name="VIP"),
        other.create_label(device, name="a,b", color="ruby"),  # the number is looked up first
    ):
        assert (await _refused(call, 404)).code == "not_found"
    renamed = await server.client_for(other_key).patch(
        f"/v1/devices/{device}/labels", params={"newName": "Theirs"}, json={"name": "VIP", "color": "ruby"}
    )
    assert renamed.status_code == 404
    assert (await _stored(server, device), await _labels_of(server, Chat, device)) == before
