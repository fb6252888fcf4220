"""Chat Messages through the real client, on both backends: the list and its filters, cursors and
includes, one message, its acknowledgements, editing within WhatsApp's 15 minutes, deleting locally
or for everyone within 60 hours; another account's ids answer 404; the list reads its order from an
index."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Select, insert, text, update
from sqlalchemy.ext.asyncio import AsyncConnection

from sparkbot import APIStatusError, AsyncSparkBot
from sparkbot.server.db import Chat, ChatMessage
from sparkbot.server.db.chatmessages import HistoryFilter, messages_query
from sparkbot.server.problems import ApiProblem

from .harness import Server

ANA, ANA_WID = "+447362053576", "447362053576@c.us"
BO, BO_WID = "+447362053577", "447362053577@c.us"
GROUP = "120363012345678901@g.us"


async def _online(server: Server) -> tuple[str, str]:
    """A linked, online number: its id and its own WID."""
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    device = await server.services.store.get_device(number["id"])
    assert device is not None
    assert device.phone
    return device.id, device.phone.removeprefix("+") + "@c.us"


async def _inbound(server: Server, device: str, **body: Any) -> dict[str, Any]:
    body.setdefault("phone", ANA)
    response = await server.client.post(f"/sandbox/devices/{device}/inbound", json=body)
    assert response.status_code == 201, response.text
    await server.clock.advance(1)  # distinct instants: a known order
    return dict(response.json()["message"])


async def _sent(server: Server, device: str, ack: str = "read", **body: Any) -> dict[str, Any]:
    """Send through the queue and drive the clock until the chat history has it with `ack`."""
    queued = await server.send(device, **body)
    bot = server.sdk()
    found: list[dict[str, Any]] = []

    async def there() -> bool:
        found[:] = [
            m
            for m in await bot.chat_messages.get_chat_messages(device, flow="outbound", size=100)
            if m["outboundMessage"] == queued["id"]
        ]
        return bool(found) and found[0]["ack"] == ack

    await server.drive(there)
    await server.clock.advance(1)
    return found[0]


async def _actions(server: Server, device: str) -> list[dict[str, Any]]:
    response = await server.client.get(f"/sandbox/devices/{device}/actions")
    assert response.status_code == 200, response.text
    return list(response.json())


async def _refused(call: Any, status: int, code: str | None = None) -> APIStatusError:
    with pytest.raises(APIStatusError) as caught:
        await call
    assert caught.value.status == status, caught.value
    if code is not None:
        assert caught.value.code == code, caught.value
    return caught.value


def _ids(messages: list[dict[str, Any]]) -> list[str]:
    return [m["id"] for m in messages]


async def test_the_list_filters_sorts_pages_and_includes(server: Server) -> None:
    device, own = await _online(server)
    bot = server.sdk()
    hello = await _inbound(server, device, message="Hello there", name="Ana")
    photo = await _inbound(server, device, phone=BO, name="Bo", media={"kind": "image"}, message="receipt")
    team = await _inbound(server, device, message="hi team", group=GROUP, groupName="Team")
    bill = await _inbound(server, device, phone=BO, media={"kind": "document", "filename": "Bill_2026.pdf"})
    reply = await _sent(server, device, phone=ANA, message="HELLO back", reference="order-7")
    oldest_first = [hello, photo, team, bill, reply]
    newest_first = oldest_first[::-1]

    async def ids(**params: Any) -> list[str]:
        return _ids(await bot.chat_messages.get_chat_messages(device, **params))

    assert await ids() == _ids(newest_first)
    assert await ids(sort="date:asc") == _ids(oldest_first)
    assert await ids(flow="inbound", sort="date:asc") == _ids(oldest_first[:4])
    assert await ids(flow="outbound") == [reply["id"]]
    assert await ids(ack="read") == [reply["id"]]
    assert await ids(ack=["delivered", "failed"], sort="date:asc") == _ids(oldest_first[:4])
    assert await ids(wid=[hello["id"], bill["id"]]) == [bill["id"], hello["id"]]
    # search: body (any case), the contact's name, a file's name
    assert await ids(search="hello") == [reply["id"], hello["id"]]
    assert await ids(search="bo") == [bill["id"], photo["id"]]
    assert await ids(search="bill_2026") == [bill["id"]]
    assert await ids(search="100%") == []  # `%` is a character, not a wildcard
    # chat by WID or phone; from and to by WID or phone, the number's own included
    assert await ids(chat=ANA_WID) == await ids(chat=ANA) == [reply["id"], hello["id"]]
    assert await ids(chat=GROUP) == [team["id"]]
    assert await ids(from_=ANA, sort="date:asc") == [hello["id"], team["id"]]
    assert await ids(from_=own) == [reply["id"]]
    assert await ids(to=ANA_WID) == [reply["id"]]
    assert await ids(to=own, sort="date:asc") == [hello["id"], photo["id"], bill["id"]]
    assert await ids(type="group") == [team["id"]]
    assert await ids(type=["chat"], flow="inbound") == [bill["id"], photo["id"], hello["id"]]
    assert await ids(type="community") == []
    assert await ids(reference="order-7") == [reply["id"]]
    assert await ids(kind=["image", "document"]) == [bill["id"], photo["id"]]
    assert await ids(after=photo["date"], before=reply["date"]) == [bill["id"], team["id"]]
    # cursors: begin starts a newest-first walk at a message, end an oldest-first one
    assert await ids(begin=team["id"]) == [team["id"], photo["id"], hello["id"]]
    assert await ids(end=team["id"], sort="date:asc") == [team["id"], bill["id"], reply["id"]]
    assert await ids(begin=bill["id"], end=photo["id"]) == [bill["id"], team["id"], photo["id"]]
    # pages, and skip added to the page's offset
    assert await ids(size=2) == _ids(newest_first[:2])
    assert await ids(size=2, page=1) == _ids(newest_first[2:4])
    assert await ids(size=2, page=1, skip=1) == _ids(newest_first[3:5])
    assert await ids(size=2, page=2) == _ids(newest_first[4:])
    assert await ids(size=2, page=3) == []
    every = [m async for m in bot.chat_messages.iter_get_chat_messages(device, size=2)]
    assert _ids(every) == _ids(newest_first)

    # the messages as stored, and what include embeds
    listed = await bot.chat_messages.get_chat_messages(
        device, include=["contact", "chat", "media"], sort="date:asc"
    )
    first, with_photo, in_group, _, sent = listed
    assert (first["flow"], first["from"], first["chat"], first["body"]) == (
        "inbound",
        ANA_WID,
        ANA_WID,
        hello["body"],
    )
    assert (first["contactInfo"]["name"], first["chatInfo"]["name"], first["mediaInfo"]) == (
        "Ana",
        "Ana",
        None,
    )
    assert with_photo["mediaInfo"]["id"] == photo["content"]["media"]["file"]
    assert with_photo["mediaInfo"]["type"] == "image"
    assert "data" not in with_photo["mediaInfo"]
    assert (in_group["chatInfo"]["type"], in_group["chatInfo"]["name"]) == ("group", "Team")
    assert in_group["contactInfo"]["id"] == ANA_WID  # who wrote in the group
    assert (sent["flow"], sent["from"], sent["to"], sent["reference"]) == (
        "outbound",
        own,
        ANA_WID,
        "order-7",
    )
    assert sent["contactInfo"]["id"] == ANA_WID
    assert "contactInfo" not in (await bot.chat_messages.get_chat_messages(device, size=1))[0]


async def test_sync_needs_an_online_number(server: Server) -> None:
    device, _ = await _online(server)
    bot = server.sdk()
    hello = await _inbound(server, device, message="hi")
    assert _ids(await bot.chat_messages.get_chat_messages(device, sync=True)) == [hello["id"]]
    response = await server.client.post(f"/sandbox/devices/{device}/disconnect", json={"reason": "offline"})
    assert response.status_code == 200, response.text
    refused = await _refused(bot.chat_messages.get_chat_messages(device, sync=True), 409, "not_online")
    assert "offline" in refused.message
    assert _ids(await bot.chat_messages.get_chat_messages(device)) == [hello["id"]]  # stored, without sync


async def test_bad_list_values_answer_400(server: Server) -> None:
    device, _ = await _online(server)
    await _inbound(server, device, message="hi")
    bot = server.sdk()
    # values only the server can judge, through the client
    cases: list[tuple[dict[str, Any], str]] = [
        ({"chat": "not-a-chat"}, "chat"),
        ({"from_": "12"}, "from"),
        ({"to": "someone"}, "to"),
        ({"begin": "ABCDEF0123456789ABCD"}, "begin"),  # not a message of the number
        ({"end": "ABCDEF0123456789ABCD"}, "end"),
    ]
    for params, field in cases:
        refused = await _refused(bot.chat_messages.get_chat_messages(device, **params), 400)
        assert [e["field"] for e in refused.errors] == [field], (params, refused.errors)
    # values the client refuses before sending: the server refuses them too
    for raw, field in (
        ({"after": "yesterday"}, "after"),
        ({"size": 0}, "size"),
        ({"page": -1}, "page"),
        ({"skip": -1}, "skip"),
        ({"skip": 1.5}, "skip"),
        ({"ack": "seen"}, "ack"),
        ({"sort": "size:desc"}, "sort"),
        ({"include": "everything"}, "include"),
    ):
        response = await server.client.get(f"/v1/chat/{device}/messages", params=raw)
        assert response.status_code == 400, (raw, response.text)
        assert field in [e["field"] for e in response.json()["errors"]], (raw, response.text)


async def test_details_and_ack_info_of_each_kind_of_message(server: Server) -> None:
    device, own = await _online(server)
    bot = server.sdk()
    hello = await _inbound(server, device, message="hi", name="Ana")
    await _inbound(server, device, message="hello all", group=GROUP)
    await _inbound(server, device, phone=BO, message="hey", group=GROUP)
    to_ana = await _sent(server, device, phone=ANA, message="hi Ana")
    to_team = await _sent(server, device, ack="delivered", group=GROUP, message="hi team")

    details = await bot.chat_messages.get_device_message_details(device, to_ana["id"])
    assert details == to_ana
    assert (details["body"], details["ack"], details["to"]) == ("hi Ana", "read", ANA_WID)
    assert (await bot.chat_messages.get_device_message_details(device, hello["id"]))["body"] == "hi"

    person = await bot.chat_messages.get_message_ack_info(device, to_ana["id"])
    assert (person["flow"], person["ack"], person["chat"]) == ("outbound", "read", ANA_WID)
    assert person["recipients"] == [
        {
            "wid": ANA_WID,
            "phone": ANA,
            "ack": "read",
            "sentAt": to_ana["sentAt"],
            "deliveredAt": to_ana["deliveredAt"],
            "readAt": to_ana["readAt"],
        }
    ]
    assert to_ana["sentAt"]
    assert to_ana["deliveredAt"]
    assert to_ana["readAt"]

    # the group as WhatsApp lists it: the number (admin) and two members (the sandbox's inbox records
    # a group's first writer only, so the list is set here)
    members = [{"wid": own, "role": "admin"}, {"wid": ANA_WID, "role": "participant"}]
    members.append({"wid": BO_WID, "role": "participant"})
    async with server.services.database.sessions.begin() as session:
        await session.execute(
            update(Chat).where(Chat.device_id == device, Chat.wid == GROUP).values(participants=members)
        )
    group = await bot.chat_messages.get_message_ack_info(device, to_team["id"])
    assert group["chatType"] == "group"
    assert sorted(r["wid"] for r in group["recipients"]) == [ANA_WID, BO_WID]  # the chat's participants
    assert {(r["ack"], r["deliveredAt"]) for r in group["recipients"]} == {
        ("delivered", to_team["deliveredAt"])
    }

    received = await bot.chat_messages.get_message_ack_info(device, hello["id"])
    assert received["flow"] == "inbound"
    assert [(r["wid"], r["ack"], r["deliveredAt"]) for r in received["recipients"]] == [
        (own, "delivered", hello["deliveredAt"])
    ]

    for call in (bot.chat_messages.get_device_message_details, bot.chat_messages.get_message_ack_info):
        await _refused(call(device, "ABCDEF0123456789ABCD"), 404, "not_found")


async def test_edit_an_own_text_within_15_minutes(server: Server) -> None:
    device, _ = await _online(server)
    bot = server.sdk()
    hello = await _inbound(server, device, message="hi")
    sent = await _sent(server, device, phone=ANA, message="Helo")

    edited = await bot.chat_messages.edit_message(device, sent["id"], message="Hello")
    assert (edited["body"], edited["edited"], edited["edits"][0]["body"]) == ("Hello", True, "Helo")
    assert edited["editedAt"] == edited["edits"][0]["at"]
    assert await bot.chat_messages.get_device_message_details(device, sent["id"]) == edited
    told = [a for a in await _actions(server, device) if a["action"] == "edit"]
    assert [(a["chat"], a["waId"], a["text"]) for a in told] == [(ANA_WID, sent["id"], "Hello")]
    # the same text again changes nothing (a retried request succeeds)
    assert await bot.chat_messages.edit_message(device, sent["id"], message="Hello") == edited
    assert len([a for a in await _actions(server, device) if a["action"] == "edit"]) == 1

    # refusals: a received message, another kind, bad texts
    await _refused(bot.chat_messages.edit_message(device, hello["id"], message="x"), 409, "not_sender")
    media = await _sent(server, device, phone=ANA, media={"url": "https://example.com/a.jpg"}, message="pic")
    assert media["content"]["media"]["url"] == "https://example.com/a.jpg"
    assert media["file"] is None
    await _refused(bot.chat_messages.edit_message(device, media["id"], message="x"), 409, "not_text")
    for bad in ("   ", "x" * 4097):
        refused = await _refused(bot.chat_messages.edit_message(device, sent["id"], message=bad), 400)
        assert refused.errors[0]["field"] == "message"

    # past WhatsApp's 15 minutes: refused, nothing changed
    await server.clock.advance(16 * 60)
    late = await _refused(
        bot.chat_messages.edit_message(device, sent["id"], message="Hey"), 409, "out_of_window"
    )
    assert "15 minutes" in late.message
    assert (await bot.chat_messages.get_device_message_details(device, sent["id"]))["body"] == "Hello"
    assert len([a for a in await _actions(server, device) if a["action"] == "edit"]) == 1


async def test_edit_needs_an_online_number_and_a_working_engine(server: Server) -> None:
    device, _ = await _online(server)
    bot = server.sdk()
    sent = await _sent(server, device, phone=ANA, message="one")

    async def cannot(action: Any) -> None:
        raise ApiProblem(502, "engine_failed", "WhatsApp did not take the change")

    engine = server.services.engine
    original = engine.act
    engine.act = cannot  # type: ignore[method-assign]
    try:
        await _refused(
            bot.chat_messages.edit_message(device, sent["id"], message="two"), 502, "engine_failed"
        )
    finally:
        engine.act = original  # type: ignore[method-assign]
    after = await bot.chat_messages.get_device_message_details(device, sent["id"])
    assert (after["body"], after["edited"], after["edits"]) == ("one", False, [])  # undone

    response = await server.client.post(f"/sandbox/devices/{device}/disconnect", json={"reason": "offline"})
    assert response.status_code == 200, response.text
    await _refused(bot.chat_messages.edit_message(device, sent["id"], message="two"), 409, "not_online")


async def test_delete_locally_removes_the_message_and_its_file(server: Server) -> None:
    device, _ = await _online(server)
    bot = server.sdk()
    photo = await _inbound(server, device, media={"kind": "image"}, message="look")
    other = await _inbound(server, device, message="keep me")
    file_id = photo["content"]["media"]["file"]

    done = await bot.chat_messages.delete_device_message(device, photo["id"])
    assert done == {
        "id": photo["id"],
        "device": device,
        "chat": ANA_WID,
        "revoked": False,
        "revokedAt": None,
        "deleted": True,
        "file": file_id,
        "revokeRefused": None,
        "message": None,
    }
    await _refused(bot.chat_messages.get_device_message_details(device, photo["id"]), 404)
    await _refused(bot.chat_files.get_device_file_details(device, file_id), 404)
    assert _ids(await bot.chat_messages.get_chat_messages(device)) == [other["id"]]
    assert await bot.chat_files.get_device_files(device) == []
    assert await _actions(server, device) == []  # WhatsApp is not told of a local delete
    await _refused(bot.chat_messages.delete_device_message(device, photo["id"]), 404, "not_found")


async def test_revoke_for_everyone_within_60_hours(server: Server) -> None:
    device, _ = await _online(server)
    bot = server.sdk()
    hello = await _inbound(server, device, message="hi")
    first = await _sent(server, device, phone=ANA, message="oops")
    second = await _sent(server, device, phone=ANA, message="oops again")

    done = await bot.chat_messages.delete_device_message(device, first["id"], revoke=True)
    assert (done["revoked"], done["deleted"], done["revokeRefused"]) == (True, False, None)
    placeholder = done["message"]
    assert (placeholder["type"], placeholder["revoked"], placeholder["body"]) == ("revoked", True, None)
    assert placeholder["revokedAt"] == done["revokedAt"]
    assert await bot.chat_messages.get_device_message_details(device, first["id"]) == placeholder
    revokes = [(a["waId"], a["chat"]) for a in await _actions(server, device) if a["action"] == "revoke"]
    assert revokes == [(first["id"], ANA_WID)]
    again = await bot.chat_messages.delete_device_message(device, first["id"], revoke=True)  # a retry
    assert (again["revoked"], again["revokedAt"], again["deleted"]) == (True, done["revokedAt"], False)
    await _refused(bot.chat_messages.edit_message(device, first["id"], message="x"), 409, "revoked")
    # clean removes the placeholder too
    cleaned = await bot.chat_messages.delete_device_message(device, first["id"], revoke=True, clean=True)
    assert (cleaned["revoked"], cleaned["deleted"], cleaned["message"]) == (True, True, None)
    await _refused(bot.chat_messages.get_device_message_details(device, first["id"]), 404)
    assert len([a for a in await _actions(server, device) if a["action"] == "revoke"]) == 1

    # only the number's own messages; force deletes locally what cannot be revoked
    await _refused(
        bot.chat_messages.delete_device_message(device, hello["id"], revoke=True), 409, "not_sender"
    )
    forced = await bot.chat_messages.delete_device_message(device, hello["id"], revoke=True, force=True)
    assert (forced["revoked"], forced["deleted"], forced["revokeRefused"]["error"]) == (
        False,
        True,
        "not_sender",
    )
    await _refused(bot.chat_messages.get_device_message_details(device, hello["id"]), 404)

    # past WhatsApp's 60 hours
    await server.clock.advance(61 * 3600)
    late = await _refused(
        bot.chat_messages.delete_device_message(device, second["id"], revoke=True), 409, "out_of_window"
    )
    assert "60 hours" in late.message
    kept = await bot.chat_messages.get_device_message_details(device, second["id"])
    assert (kept["revoked"], kept["body"]) == (False, "oops again")
    forced = await bot.chat_messages.delete_device_message(device, second["id"], revoke=True, force=True)
    assert (forced["deleted"], forced["revokeRefused"]["error"]) == (True, "out_of_window")
    assert await bot.chat_messages.get_chat_messages(device) == []


async def test_a_revoke_the_engine_refuses_is_undone_or_forced(server: Server) -> None:
    device, _ = await _online(server)
    bot = server.sdk()
    sent = await _sent(server, device, phone=ANA, message="secret")

    async def cannot(action: Any) -> None:
        raise ApiProblem(502, "engine_failed", "WhatsApp did not take the change")

    engine = server.services.engine
    original = engine.act
    engine.act = cannot  # type: ignore[method-assign]
    try:
        await _refused(bot.chat_messages.delete_device_message(device, sent["id"], revoke=True), 502)
        after = await bot.chat_messages.get_device_message_details(device, sent["id"])
        assert (after["revoked"], after["body"]) == (False, "secret")  # undone
        forced = await bot.chat_messages.delete_device_message(device, sent["id"], revoke=True, force=True)
        assert (forced["revoked"], forced["deleted"]) == (False, True)
        assert forced["revokeRefused"] == {
            "error": "engine_failed",
            "message": "WhatsApp did not take the change",
        }
    finally:
        engine.act = original  # type: ignore[method-assign]
    await _refused(bot.chat_messages.get_device_message_details(device, sent["id"]), 404)


async def test_another_account_gets_404_for_every_operation(server: Server) -> None:
    device, _ = await _online(server)
    sent = await _sent(server, device, phone=ANA, message="mine")
    _, other_key = await server.services.accounts.create("other")
    other = server.sdk(other_key)
    theirs = server.sdk()
    own_device = (await other.numbers.create_number(alias="Other", billing_plan="professional"))["id"]

    def calls(bot: AsyncSparkBot, number: str) -> list[Callable[[], Awaitable[Any]]]:
        m, wa_id = bot.chat_messages, sent["id"]
        return [
            lambda: m.get_chat_messages(number),
            lambda: m.get_device_message_details(number, wa_id),
            lambda: m.get_message_ack_info(number, wa_id),
            lambda: m.edit_message(number, wa_id, message="hijacked"),
            lambda: m.delete_device_message(number, wa_id),
            lambda: m.delete_device_message(number, wa_id, revoke=True, force=True, clean=True),
        ]

    for call in calls(other, device):  # another account's number
        await _refused(call(), 404, "not_found")
    for call in calls(other, own_device)[1:]:  # the message, asked on the other account's own number
        await _refused(call(), 404, "not_found")
    assert await other.chat_messages.get_chat_messages(own_device) == []
    kept = await theirs.chat_messages.get_device_message_details(device, sent["id"])
    assert (kept["body"], kept["revoked"]) == ("mine", False)
    assert await _actions(server, device) == []


# The plan: SQLite's `SEARCH chat_messages USING INDEX ix_chat_messages_list (device_id=?)`, ...
_SQLITE_ACCESS = re.compile(r"^(SCAN|SEARCH) (\w+)(?: USING (?:COVERING )?INDEX (\w+))?")


async def plan(
    conn: AsyncConnection, query: Select[Any], tables: tuple[str, ...]
) -> tuple[list[tuple[str, str | None]], int]:
    """How the query reads `tables` (table, index or None for a full scan) and how many sorts it
    makes, on SQLite or PostgreSQL."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    values = tuple(compiled.params[name] for name in compiled.positiontup or ())
    if conn.dialect.name == "sqlite":
        rows = await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled.string, values)
        lines = [str(row.detail) for row in rows.all()]
        accesses = [(m[2], m[3]) for m in map(_SQLITE_ACCESS.match, lines) if m and m[2] in tables]
        return accesses, sum("TEMP B-TREE" in line for line in lines)
    [[found]] = (await conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + compiled.string, values)).all()
    accesses = []
    sorts = 0

    def walk(node: dict[str, Any]) -> None:
        nonlocal sorts
        sorts += node["Node Type"] in ("Sort", "Incremental Sort")
        if node.get("Relation Name") in tables:
            accesses.append((node["Relation Name"], node.get("Index Name")))
        for child in node.get("Plans", ()):
            walk(child)

    walk((json.loads(found) if isinstance(found, str) else found)[0]["Plan"])
    return accesses, sorts


async def prefer_indexes(conn: AsyncConnection) -> None:
    """On PostgreSQL, plan as with a million rows (a test table is small)."""
    if conn.dialect.name == "postgresql":
        await conn.exec_driver_sql("SET enable_seqscan = off")
        await conn.exec_driver_sql("SET enable_bitmapscan = off")


@pytest.mark.parametrize("newest_first", [True, False])
async def test_the_list_reads_its_order_from_an_index(server: Server, newest_first: bool) -> None:
    account = (await server.services.store.list_accounts())[0].id
    device = (await server.create_number())["id"]
    base = datetime(2026, 1, 1, tzinfo=UTC)
    chats = [f"4473620535{i:02d}@c.us" for i in range(20)]
    rows = [
        {
            "device_id": device,
            "id": f"{i:020X}",
            "account_id": account,
            "chat_wid": chats[i % 20],
            "flow": "inbound" if i % 3 else "outbound",
            "kind": "text",
            "sender": chats[i % 20],
            "recipient": device,
            "body": f"message {i}",
            "ack": "delivered",
            "created_at": base + timedelta(seconds=i // 4),
            "updated_at": base,
        }
        for i in range(4000)
    ]
    async with server.services.database.engine.begin() as conn:
        await conn.execute(insert(ChatMessage), rows)
        if conn.dialect.name == "postgresql":
            await conn.execute(text("ANALYZE chat_messages"))
    one = chats[3]
    cases: list[tuple[HistoryFilter, str, int, Callable[[dict[str, Any]], bool]]] = [
        (HistoryFilter(device_id=device), "ix_chat_messages_list", 2000, lambda r: True),
        (
            HistoryFilter(device_id=device, flows=("inbound",), acks=("delivered",)),
            "ix_chat_messages_list",
            1000,
            lambda r: r["flow"] == "inbound",
        ),
        (
            HistoryFilter(device_id=device, chat=one),
            "ix_chat_messages_chat",
            100,
            lambda r: r["chat_wid"] == one,
        ),
        (
            HistoryFilter(device_id=device, chat=one, flows=("outbound",)),
            "ix_chat_messages_chat",
            20,
            lambda r: r["chat_wid"] == one and r["flow"] == "outbound",
        ),
    ]
    primary = {"chat_messages_pkey", "sqlite_autoindex_chat_messages_1"}
    async with server.services.database.engine.connect() as conn:
        await prefer_indexes(conn)
        for where, index, offset, matches in cases:
            query = messages_query(where, offset=offset, size=20, newest_first=newest_first)
            accesses, sorts = await plan(conn, query, ("chat_messages",))
            assert {i for _, i in accesses if i not in primary} == {index}, (where, accesses)
            assert sorts <= 1, (where, accesses, sorts)  # only the page's rows are sorted
            page = [row.id for row in (await conn.execute(query)).all()]
            expected = sorted(
                (r for r in rows if matches(r)),
                key=lambda r: (r["created_at"], r["id"]),
                reverse=newest_first,
            )
            assert page == [r["id"] for r in expected[offset : offset + 20]], where
            assert len(page) == 20
