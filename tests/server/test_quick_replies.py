"""The 4 operations of Quick replies through the real client (`server.sdk()`), on both backends: what
each answers and stores, shortcuts unique in a number ignoring case, a reply's stored file checked
against the account's Files, updates by id or shortcut, deletions all or none, bad input a 400 with
nothing stored, and 404 for another account on every operation."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

import pytest
from sqlalchemy import select

from sparkbot import APIStatusError
from sparkbot.server.db.models import QuickReply
from sparkbot.server.services import quickreplies

from .harness import Server

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
MISSING = "0123456789abcdef01234567"


async def _number(server: Server, alias: str = "Support") -> str:
    return str((await server.create_number(alias))["id"])


async def _file(server: Server, key: str | None = None) -> str:
    """A file stored in the account of `key` (the first account by default), uploaded through Files."""
    files = {"file": ("logo.png", PNG, "image/png")}
    if key is None:
        response = await server.client.post("/v1/files", files=files)
    else:
        async with server.client_for(key) as client:
            response = await client.post("/v1/files", files=files)
    assert response.status_code in (200, 201), response.text
    return str(response.json()["id"])


async def _refused(call: Awaitable[Any], status: int, field: str | None = None) -> APIStatusError:
    with pytest.raises(APIStatusError) as caught:
        await call
    assert caught.value.status == status, caught.value
    if field is not None:
        assert [e["field"] for e in caught.value.errors] == [field], caught.value.errors
    return caught.value


async def _stored(server: Server, device: str) -> list[tuple[Any, ...]]:
    async with server.services.database.sessions() as session:
        query = select(QuickReply).where(QuickReply.device_id == device).order_by(QuickReply.shortcut_key)
        return [
            (r.shortcut, r.message, r.permission, list(r.keywords or []), r.file_id)
            for r in (await session.scalars(query)).all()
        ]


async def test_create_and_list(server: Server) -> None:
    device = await _number(server)
    bot = server.sdk().quick_replies
    assert await bot.get_quick_replies(device) == []
    thanks = await bot.create_quick_reply(
        device, shortcut="/Thanks", message="Thank you for your order!", keywords=["thanks", "THANKS", "ty"]
    )
    assert set(thanks) == {
        "id",
        "device",
        "shortcut",
        "message",
        "keywords",
        "permission",
        "file",
        "scope",
        "agent",
        "createdAt",
        "updatedAt",
    }
    assert (thanks["shortcut"], thanks["keywords"], thanks["permission"], thanks["file"]) == (
        "Thanks",  # the leading `/` is how it is typed, not part of it
        ["thanks", "ty"],  # repeats ignoring case kept once
        "public",
        None,
    )
    assert (thanks["device"], thanks["scope"], thanks["agent"], len(thanks["id"])) == (
        device,
        "chat",
        None,
        24,
    )
    hours = await bot.create_quick_reply(
        device, shortcut="hours", message="We open 9-17, Monday to Friday.", permission="private"
    )
    address = await bot.create_quick_reply(
        device, shortcut="Address", message="1 Main St", permission="readonly"
    )
    # listed by shortcut, ignoring case; filtered; paged
    assert [r["id"] for r in await bot.get_quick_replies(device)] == [
        address["id"],
        hours["id"],
        thanks["id"],
    ]
    assert await bot.get_quick_replies(device, size=1, page=1) == [hours]
    assert [
        r["shortcut"] for r in await bot.get_quick_replies(device, permissions=["private", "readonly"])
    ] == [
        "Address",
        "hours",
    ]
    assert len(await bot.get_quick_replies(device, scope="chat")) == 3
    assert await bot.get_quick_replies(device, scope="wa") == []
    assert await bot.get_quick_replies(device, agents=[MISSING]) == []
    assert await _stored(server, device) == [
        ("Address", "1 Main St", "readonly", [], None),
        ("hours", "We open 9-17, Monday to Friday.", "private", [], None),
        ("Thanks", "Thank you for your order!", "public", ["thanks", "ty"], None),
    ]
    # shortcuts are unique in the number ignoring case; another number has its own
    taken = await _refused(
        bot.create_quick_reply(device, shortcut="THANKS", message="Again!"), 409, "shortcut"
    )
    assert taken.code == "shortcut_exists"
    other = await _number(server, "Sales")
    assert (await bot.create_quick_reply(other, shortcut="thanks", message="Cheers!"))["shortcut"] == "thanks"
    assert len(await _stored(server, device)) == 3
    await _refused(bot.get_quick_replies(device, agents=["nope"]), 400)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"shortcut": "a", "message": "Hello!"}, "shortcut"),
        ({"shortcut": "x" * 26, "message": "Hello!"}, "shortcut"),
        ({"shortcut": "two words", "message": "Hello!"}, "shortcut"),
        ({"shortcut": "hi", "message": "abc"}, "message"),
        ({"shortcut": "hi", "message": "     "}, "message"),
        ({"shortcut": "hi", "message": "x" * 6001}, "message"),
        ({"shortcut": "hi", "message": "Hello!", "keywords": ["a", "b", "c", "d"]}, "keywords"),
        ({"shortcut": "hi", "message": "Hello!", "keywords": ["no-dash"]}, "keywords[0]"),
        ({"shortcut": "hi", "message": "Hello!", "permission": "secret"}, "permission"),
        ({"shortcut": "hi", "message": "Hello!", "file": "xyz"}, "file"),
        ({"shortcut": "hi", "message": "Hello!", "extra": True}, "extra"),
        ({"message": "Hello!"}, "shortcut"),
    ],
)
async def test_bad_input_is_a_400_and_stores_nothing(
    server: Server, body: dict[str, Any], field: str
) -> None:
    device = await _number(server)
    response = await server.client.post(f"/v1/devices/{device}/quickReplies", json=body)
    assert response.status_code == 400, response.text
    assert field in [e["field"] for e in response.json()["errors"]], response.json()
    assert await _stored(server, device) == []


async def test_a_reply_file_must_be_a_stored_file_of_the_account(server: Server) -> None:
    device = await _number(server)
    bot = server.sdk().quick_replies
    mine = await _file(server)
    _, other_key = await server.services.accounts.create("other")
    theirs = await _file(server, other_key)
    for missing in (theirs, MISSING):
        refused = await _refused(
            bot.create_quick_reply(device, shortcut="logo", message="Our logo", file=missing), 404
        )
        assert missing in refused.message
    assert await _stored(server, device) == []
    made = await bot.create_quick_reply(device, shortcut="logo", message="Our logo", file=mine)
    assert made["file"] == mine
    await _refused(bot.update_quick_reply(device, shortcut="logo", message="Our logo", file=theirs), 404)
    assert await _stored(server, device) == [("logo", "Our logo", "public", [], mine)]


async def test_update_by_id_or_shortcut(server: Server) -> None:
    device = await _number(server)
    bot = server.sdk().quick_replies
    logo = await _file(server)
    made = await bot.create_quick_reply(
        device, shortcut="hours", message="We open at 9.", permission="private", keywords=["open"], file=logo
    )
    await bot.create_quick_reply(device, shortcut="thanks", message="Thank you!")
    await server.clock.advance(3)
    # by shortcut (ignoring case): the form's whole reply; permission not given stays
    changed = await bot.update_quick_reply(device, shortcut="HOURS", message="We open at 8.")
    assert (changed["id"], changed["shortcut"], changed["message"], changed["permission"]) == (
        made["id"],
        "HOURS",
        "We open at 8.",
        "private",
    )
    assert (changed["keywords"], changed["file"]) == ([], None)  # not given: none
    assert changed["updatedAt"] > made["updatedAt"]
    # by id: the shortcut given is its new one
    renamed = await bot.update_quick_reply(
        device,
        id=made["id"],
        shortcut="opening",
        message="We open at 8.",
        permission="public",
        keywords=["open"],
    )
    assert (renamed["shortcut"], renamed["permission"], renamed["keywords"]) == (
        "opening",
        "public",
        ["open"],
    )
    assert await _stored(server, device) == [
        ("opening", "We open at 8.", "public", ["open"], None),
        ("thanks", "Thank you!", "public", [], None),
    ]
    # refused: nothing changed
    clash = await _refused(
        bot.update_quick_reply(device, id=made["id"], shortcut="Thanks", message="We open at 8."),
        409,
        "shortcut",
    )
    assert clash.code == "shortcut_exists"
    await _refused(bot.update_quick_reply(device, shortcut="nope", message="Hello!"), 404)
    await _refused(bot.update_quick_reply(device, id=MISSING, shortcut="opening", message="Hello!"), 404)
    other = await _number(server, "Sales")  # an id of another number is not this number's
    await _refused(bot.update_quick_reply(other, id=made["id"], shortcut="opening", message="Hello!"), 404)
    await _refused(bot.update_quick_reply(device, shortcut="opening", message="no"), 400, "message")
    bad_id = {"id": "xyz", "shortcut": "opening", "message": "Hello!"}
    refused = await server.client.patch(f"/v1/devices/{device}/quickReplies", json=bad_id)
    assert (refused.status_code, refused.json()["errors"][0]["field"]) == (400, "id")
    assert await _stored(server, device) == [
        ("opening", "We open at 8.", "public", ["open"], None),
        ("thanks", "Thank you!", "public", [], None),
    ]


async def test_delete_some_or_all(server: Server) -> None:
    device = await _number(server)
    bot = server.sdk().quick_replies
    made = {
        name: await bot.create_quick_reply(device, shortcut=name, message=f"About {name}.")
        for name in ("hours", "prices", "thanks", "address")
    }
    # one not there: a 404 naming it, nothing deleted
    missing = await _refused(
        bot.delete_quick_replies(device, delete_items=[{"id": made["hours"]["id"]}, {"id": MISSING}]), 404
    )
    assert MISSING in missing.message
    await _refused(bot.delete_quick_replies(device, delete_items=[{"shortcut": "nope"}]), 404)
    bad_items: list[list[dict[str, Any]]] = [
        [],
        [{"id": "x"}],
        [{"id": made["hours"]["id"], "shortcut": "prices"}],
        [{"all": True}, {"id": MISSING}],
        [{"all": False}],
    ]
    for bad in bad_items:
        await _refused(bot.delete_quick_replies(device, delete_items=bad), 400)
    assert len(await _stored(server, device)) == 4
    deleted = await bot.delete_quick_replies(
        device, delete_items=[{"id": made["hours"]["id"]}, {"shortcut": "THANKS"}]
    )
    assert deleted == {"deleted": 2, "quickReplies": [made["hours"], made["thanks"]]}
    assert [r["shortcut"] for r in await bot.get_quick_replies(device)] == ["address", "prices"]
    everything = await bot.delete_quick_replies(device, delete_items=[{"all": True}])
    assert (everything["deleted"], [r["shortcut"] for r in everything["quickReplies"]]) == (
        2,
        ["address", "prices"],
    )
    assert await _stored(server, device) == []
    assert await bot.delete_quick_replies(device, delete_items=[{"all": True}]) == {
        "deleted": 0,
        "quickReplies": [],
    }


async def test_a_number_holds_at_most_its_limit(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quickreplies, "MAX_QUICK_REPLIES", 2)
    device = await _number(server)
    bot = server.sdk().quick_replies
    for name in ("one", "two"):
        await bot.create_quick_reply(device, shortcut=name, message="Hello!")
    full = await _refused(bot.create_quick_reply(device, shortcut="three", message="Hello!"), 409)
    assert full.code == "too_many_quick_replies"
    assert [r[0] for r in await _stored(server, device)] == ["one", "two"]


async def test_deleting_the_number_deletes_its_quick_replies(server: Server) -> None:
    device = await _number(server)
    await server.sdk().quick_replies.create_quick_reply(device, shortcut="hi", message="Hello!")
    await server.sdk().numbers.delete_number(device)
    assert await _stored(server, device) == []


async def test_another_account_gets_404_on_every_operation(server: Server) -> None:
    device = await _number(server)
    made = await server.sdk().quick_replies.create_quick_reply(device, shortcut="hi", message="Hello!")
    _, other_key = await server.services.accounts.create("other")
    other = server.sdk(other_key).quick_replies
    before = await _stored(server, device)
    for call in (
        other.get_quick_replies(device),
        other.create_quick_reply(device, shortcut="mine", message="Hello!"),
        other.update_quick_reply(device, id=made["id"], shortcut="hi", message="Changed!"),
        other.delete_quick_replies(device, delete_items=[{"id": made["id"]}]),
        other.delete_quick_replies(device, delete_items=[{"all": True}]),
        other.create_quick_reply(device, shortcut="x", message="no"),  # the number is looked up first
    ):
        assert (await _refused(call, 404)).code == "not_found"
    # through a number of its own, the other account does not reach this reply by its id either
    async with server.client_for(other_key) as client:
        response = await client.post("/v1/devices", json={"alias": "Theirs", "billingPlan": "professional"})
        assert response.status_code == 201, response.text
        theirs = response.json()["id"]
    await _refused(other.update_quick_reply(theirs, id=made["id"], shortcut="hi", message="Changed!"), 404)
    await _refused(other.delete_quick_replies(theirs, delete_items=[{"id": made["id"]}]), 404)
    assert await _stored(server, device) == before
