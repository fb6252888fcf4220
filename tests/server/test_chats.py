"""The 18 operations of Chats through the real client (`server.sdk()`), on both backends: what each
answers, the state after (read back through the API, the database or the sandbox's record of what
the number did on WhatsApp), the 400s of bad input, and 404 for another account."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from sqlalchemy import select, update

from sparkbot import APIStatusError, AsyncSparkBot
from sparkbot.server.db import Chat, ChatFile, ChatMessage, Contact
from sparkbot.spec import RESOURCES

from .harness import Server
from .harness import online as _online
from .teams import add_department, add_user

ANA, BO, CY = "+447362053576", "+447362053577", "+447362053578"
ANA_WID, BO_WID, CY_WID = "447362053576@c.us", "447362053577@c.us", "447362053578@c.us"
GROUP = "120363012345678901@g.us"
AGENT = "0123456789abcdef01234567"
DEPARTMENT = "89abcdef0123456789abcdef"


async def _inbound(server: Server, device: str, phone: str = ANA, **body: Any) -> dict[str, Any]:
    response = await server.client.post(f"/sandbox/devices/{device}/inbound", json={"phone": phone, **body})
    assert response.status_code == 201, response.text
    return dict(response.json()["message"])


async def _three_chats(server: Server) -> str:
    """Ana writes twice, then Bo once, then Cy in the group Team; a minute apart each."""
    device = await _online(server)
    await _inbound(server, device, ANA, message="hello", name="Ana")
    await server.clock.advance(1)
    await _inbound(server, device, ANA, message="anyone?")
    await server.clock.advance(60)
    await _inbound(server, device, BO, message="hi", name="Bo")
    await server.clock.advance(60)
    await _inbound(server, device, CY, message="hi all", name="Cy", group=GROUP, groupName="Team")
    return device


async def _actions(server: Server, device: str) -> list[dict[str, Any]]:
    response = await server.client.get(f"/sandbox/devices/{device}/actions")
    assert response.status_code == 200, response.text
    return list(response.json())


async def _chat_row(server: Server, device: str, wid: str) -> Chat | None:
    async with server.services.database.sessions() as session:
        return await session.get(Chat, (device, wid))


async def _rows(server: Server, model: Any, device: str) -> list[Any]:
    async with server.services.database.sessions() as session:
        return list((await session.scalars(select(model).where(model.device_id == device))).all())


async def _refused(call: Awaitable[Any], status: int, field: str | None = None) -> APIStatusError:
    with pytest.raises(APIStatusError) as caught:
        await call
    assert caught.value.status == status, caught.value
    if field is not None:
        assert [e["field"] for e in caught.value.errors] == [field], caught.value.errors
    return caught.value


def _ids(chats: list[dict[str, Any]]) -> list[str]:
    return [c["id"] for c in chats]


async def _define(server: Server, device: str, *names: str) -> None:
    """The number's labels: a chat carries only labels its number has (Labels)."""
    for name in names:
        await server.sdk().labels.create_label(device, name=name, color="emerald")


# list


async def test_the_list_sorts_pages_and_embeds(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    chats = await bot.chats.get_device_chats(device)
    assert _ids(chats) == [GROUP, BO_WID, ANA_WID]
    ana = chats[2]
    assert (ana["name"], ana["phone"], ana["type"], ana["unreadCount"], ana["status"]) == (
        "Ana",
        ANA,
        "chat",
        2,
        "pending",
    )
    assert chats[0]["type"] == "group"
    assert _ids(await bot.chats.get_device_chats(device, sort="lastMessageAt:asc")) == [
        ANA_WID,
        BO_WID,
        GROUP,
    ]
    assert _ids(await bot.chats.get_device_chats(device, sort="unreadCount:desc"))[0] == ANA_WID
    assert _ids(await bot.chats.get_device_chats(device, sort="name:asc")) == [ANA_WID, BO_WID, GROUP]
    assert _ids(await bot.chats.get_device_chats(device, sort="name:desc")) == [GROUP, BO_WID, ANA_WID]
    assert _ids(await bot.chats.get_device_chats(device, size=1, page=1)) == [BO_WID]
    assert await bot.chats.get_device_chats(device, size=2, page=2) == []
    assert [
        _ids(page) for page in [await bot.chats.get_device_chats(device, size=2, page=p) for p in (0, 1)]
    ] == [
        [GROUP, BO_WID],
        [ANA_WID],
    ]

    for n in range(6):
        await server.clock.advance(1)
        await _inbound(server, device, ANA, message=f"more {n}")
    embedded = await bot.chats.get_device_chats(device, include=["messages", "notes", "participants"])
    ana = next(c for c in embedded if c["id"] == ANA_WID)
    assert [m["body"] for m in ana["messages"]] == ["more 5", "more 4", "more 3", "more 2", "more 1"]
    assert ana["notes"] == []
    assert ana["participants"] == []
    group = next(c for c in embedded if c["id"] == GROUP)
    assert [(p["id"], p["phone"], p["role"]) for p in group["participants"]] == [(CY_WID, CY, "participant")]
    assert [m["body"] for m in group["messages"]] == ["hi all"]


async def test_the_list_filters(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    await bot.chats.update_chat_read_status(device, BO_WID, unread=False)
    await bot.chats.set_chat_status(device, BO_WID, status="resolved")
    await bot.chats.set_chat_status(device, GROUP, status="active")
    await bot.chats.update_chat_meta(device, GROUP, muted=True)
    await bot.chats.archive_chat(device, ANA_WID)
    await _define(server, device, "vip", "orders")
    await bot.chats.update_chat_labels(device, ANA_WID, labels=["vip", "orders"])
    await bot.chats.update_chat_labels(device, BO_WID, labels=["orders"])
    agent = await add_user(server, device)
    await bot.chats.assign_chat_agent(device, GROUP, agent=agent)

    async def listed(**filters: Any) -> list[str]:
        return _ids(await bot.chats.get_device_chats(device, sort="name:asc", **filters))

    assert await listed(unread=True) == [ANA_WID, GROUP]
    assert await listed(status="resolved") == [BO_WID]
    assert await listed(status=["pending", "resolved"]) == [ANA_WID, BO_WID]
    assert await listed(status="archived") == [ANA_WID]
    assert await listed(status="muted") == [GROUP]
    assert await listed(active=True) == [GROUP]  # Ana's is archived, Bo's resolved
    assert await listed(type="group") == [GROUP]
    assert await listed(type=["chat", "channel"]) == [ANA_WID, BO_WID]
    assert await listed(agent=[agent]) == [GROUP]
    assert await listed(agent=["ffffffffffffffffffffffff"]) == []
    assert await listed(search="ANA") == [ANA_WID]
    assert await listed(search="+447362053577") == [BO_WID]
    assert await listed(search="1203630123") == [GROUP]
    assert await listed(search="%") == []  # a wildcard is a character like any other
    assert await listed(labels=["vip"]) == [ANA_WID]
    assert await listed(labels=["VIP"]) == [ANA_WID]  # a label's name ignores case
    assert await listed(labels=["vip", "orders"]) == [ANA_WID, BO_WID]
    assert await listed(labels="*") == [ANA_WID, BO_WID]
    assert await listed(labels_exclude=["vip"]) == [BO_WID, GROUP]
    assert await listed(labels_exclude="*") == [GROUP]
    assert await listed(can_send=True) == [ANA_WID, BO_WID, GROUP]
    assert await listed(read_only=True) == []
    assert await listed(unread=True, labels="vip") == [ANA_WID]


async def test_the_list_refuses_bad_values(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    await _refused(bot.chats.get_device_chats(device, size=0), 400, "size")
    await _refused(bot.chats.get_device_chats(device, labels=["x" * 51]), 400, "labels[0]")


# details


async def test_details_by_wid_or_phone_with_embeds(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    note = await bot.chats.create_chat_note(device, ANA_WID, message="wants a refund")
    by_phone = await bot.chats.get_device_chat_details(device, ANA, include=["messages", "notes"])
    assert by_phone["id"] == ANA_WID
    assert [m["body"] for m in by_phone["messages"]] == ["anyone?", "hello"]
    assert by_phone["notes"] == [
        {
            "id": note["id"],
            "message": "wants a refund",
            "quote": None,
            "author": None,
            "createdAt": note["createdAt"],
        }
    ]
    plain = await bot.chats.get_device_chat_details(device, ANA_WID)
    assert plain["notes"] == 1
    assert "messages" not in plain
    missing = await _refused(bot.chats.get_device_chat_details(device, "447000000001@c.us"), 404)
    assert "447000000001@c.us" in missing.message
    await _refused(bot.chats.get_device_chat_details(device, "not-a-chat"), 400, "chatId")


# typing and sync


async def test_typing_tells_whatsapp_while_online(server: Server) -> None:
    device = await _online(server)
    bot = server.sdk()
    shown = await bot.chats.send_typing_status(device, action="recording", duration=10, chat=ANA)
    assert (shown["chat"], shown["action"], shown["duration"]) == (ANA_WID, "recording", 10)
    stopped = await bot.chats.send_typing_status(device, action="stop", group=GROUP)
    assert (stopped["chat"], stopped["duration"]) == (GROUP, None)
    await bot.chats.send_typing_status(device, action="typing", chat=BO)
    actions = [(a["chat"], a["action"], a["duration"]) for a in await _actions(server, device)]
    assert actions == [(ANA_WID, "recording", 10), (GROUP, "stop", None), (BO_WID, "typing", 2)]
    await _refused(
        bot.chats.send_typing_status(device, action="typing", group="447362053576@c.us"), 400, "group"
    )
    await server.client.post(f"/sandbox/devices/{device}/disconnect")
    offline = await _refused(bot.chats.send_typing_status(device, action="typing", chat=ANA), 409)
    assert offline.code == "not_online"
    assert len(await _actions(server, device)) == 3


async def test_sync_answers_what_is_stored_while_online(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    synced = await bot.chats.sync_device_chats(device)
    assert (synced["device"], synced["chats"], synced["messages"]) == (device, 3, 4)
    assert (await bot.chats.sync_device_chats(device, size=2, messages=1))["messages"] == 2
    messages = await bot.chats.sync_device_chat_messages(device, ANA_WID)
    assert [m["body"] for m in messages] == ["anyone?", "hello"]
    assert [m["body"] for m in await bot.chats.sync_device_chat_messages(device, ANA, size=1, page=1)] == [
        "hello"
    ]
    await _refused(bot.chats.sync_device_chat_messages(device, "447000000001@c.us"), 404)
    await _refused(bot.chats.sync_device_chats(device, size=501), 400, "size")
    await server.client.post(f"/sandbox/devices/{device}/disconnect")
    assert (await _refused(bot.chats.sync_device_chats(device), 409)).code == "not_online"
    assert (await _refused(bot.chats.sync_device_chat_messages(device, ANA_WID), 409)).code == "not_online"


# read marks, status, archive, meta


async def test_read_and_unread(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    read = await bot.chats.update_chat_read_status(device, ANA_WID, unread=False)
    assert read["unreadCount"] == 0
    messages = [m for m in await _rows(server, ChatMessage, device) if m.chat_wid == ANA_WID]
    assert {(m.ack, m.read_at) for m in messages} == {("read", server.clock.now())}
    others = [m for m in await _rows(server, ChatMessage, device) if m.chat_wid != ANA_WID]
    assert {m.ack for m in others} == {"delivered"}
    unread = await bot.chats.update_chat_read_status(device, ANA, unread=True)
    assert unread["unreadCount"] == 1
    assert (await bot.chats.update_chat_read_status(device, BO_WID, unread=True))["unreadCount"] == 1
    assert [(a["chat"], a["action"]) for a in await _actions(server, device)] == [
        (ANA_WID, "read"),
        (ANA_WID, "unread"),
        (BO_WID, "unread"),
    ]
    await _refused(bot.chats.update_chat_read_status(device, "447000000001@c.us", unread=False), 404)


async def test_status_archive_and_meta(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    for status in ("active", "resolved", "pending"):
        assert (await bot.chats.set_chat_status(device, ANA_WID, status=status))["status"] == status
    archived = await bot.chats.set_chat_status(device, ANA_WID, status="archived")
    assert (archived["status"], archived["meta"]["archived"]) == ("pending", True)
    assert (await bot.chats.unarchive_chat(device, ANA_WID))["meta"]["archived"] is False
    assert (await bot.chats.archive_chat(device, ANA_WID))["meta"]["archived"] is True
    row = await _chat_row(server, device, ANA_WID)
    assert row is not None
    assert row.archived
    assert row.updated_at == server.clock.now()

    pinned = await bot.chats.update_chat_meta(device, BO_WID, pinned=True)
    assert pinned["meta"] == {"pinned": True, "muted": False, "archived": False}
    muted = await bot.chats.update_chat_meta(device, BO_WID, muted=True)
    assert muted["meta"] == {"pinned": True, "muted": True, "archived": False}  # pinned kept
    both = await bot.chats.update_chat_meta(device, BO_WID, pinned=False, muted=False)
    assert both["meta"] == {"pinned": False, "muted": False, "archived": False}
    await _refused(bot.chats.update_chat_meta(device, BO_WID), 400, "pinned")

    removed = await bot.chats.set_chat_status(device, BO_WID, status="removed")
    assert removed["status"] == "removed"
    assert BO_WID not in _ids(await bot.chats.get_device_chats(device))
    assert (await bot.chats.get_device_chat_details(device, BO_WID))["status"] == "removed"
    await bot.chats.set_chat_status(device, BO_WID, status="active")
    assert BO_WID in _ids(await bot.chats.get_device_chats(device))
    await _refused(bot.chats.archive_chat(device, "447000000001@c.us"), 404)


# participants


async def test_group_participants(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    # the sandbox's phone makes a group's first writer a participant; roles and further members
    # come from the Groups resource later, so this test gives them to the row directly
    members = [
        {"wid": CY_WID, "role": "participant"},
        {"wid": ANA_WID, "role": "admin"},
        {"wid": BO_WID, "role": "owner"},
    ]
    async with server.services.database.sessions.begin() as session:
        await session.execute(
            update(Chat).where(Chat.device_id == device, Chat.wid == GROUP).values(participants=members)
        )
        await session.execute(
            update(Contact).where(Contact.device_id == device, Contact.wid == BO_WID).values(saved=True)
        )

    async def listed(**filters: Any) -> list[str]:
        return [p["id"] for p in await bot.chats.get_group_participants(device, GROUP, **filters)]

    everyone = await bot.chats.get_group_participants(device, GROUP)
    assert [(p["id"], p["phone"], p["role"], p["name"]) for p in everyone] == [
        (CY_WID, CY, "participant", "Cy"),
        (ANA_WID, ANA, "admin", "Ana"),
        (BO_WID, BO, "owner", "Bo"),
    ]
    assert "contact" not in everyone[0]
    assert await listed(role=["admin", "owner"]) == [ANA_WID, BO_WID]
    assert await listed(search="an") == [ANA_WID]
    assert await listed(search="+447362053578") == [CY_WID]
    assert await listed(phone=[BO, CY]) == [CY_WID, BO_WID]
    assert await listed(contact=True) == [BO_WID]
    assert await listed(size=2, page=1) == [BO_WID]
    with_contacts = await bot.chats.get_group_participants(device, GROUP, include="contact", phone=ANA)
    assert (with_contacts[0]["contact"]["id"], with_contacts[0]["contact"]["name"]) == (ANA_WID, "Ana")
    assert (await _refused(bot.chats.get_group_participants(device, ANA_WID), 400, "chatId")).code == (
        "invalid_parameter"
    )
    await _refused(bot.chats.get_group_participants(device, GROUP, phone="+4"), 400, "phone[0]")
    await _refused(bot.chats.get_group_participants(device, "120363099999999999@g.us"), 404)


# owner


async def test_assign_and_unassign(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    agent = await add_user(server, device)
    department = await add_department(server, device, [agent])
    both = await bot.chats.assign_chat_agent(device, ANA_WID, agent=agent, department=department)
    assert both["owner"] == {"agent": agent, "department": department, "email": None}
    # only a user with access to the number, and a department of the number (see test_team.py)
    await _refused(bot.chats.assign_chat_agent(device, ANA_WID, agent=AGENT), 400, "agent")
    await _refused(bot.chats.assign_chat_agent(device, ANA_WID, department=DEPARTMENT), 400, "department")
    assert (await bot.chats.get_device_chat_details(device, ANA_WID))["owner"]["agent"] == agent
    by_email = await bot.chats.assign_chat_agent(device, ANA_WID, email="ana@example.com")
    assert by_email["owner"] == {"agent": None, "department": None, "email": "ana@example.com"}
    row = await _chat_row(server, device, ANA_WID)
    assert row is not None
    assert row.owner_email == "ana@example.com"
    await _refused(bot.chats.assign_chat_agent(device, ANA_WID, email="not an email"), 400, "email")
    await _refused(bot.chats.assign_chat_agent(device, "447000000001@c.us", agent=agent), 404)
    assert (await bot.chats.get_device_chat_details(device, ANA_WID))["owner"]["email"] == "ana@example.com"
    cleared = await bot.chats.unassign_chat_agent(device, ANA_WID)
    assert cleared["owner"] == {"agent": None, "department": None, "email": None}
    await _refused(bot.chats.unassign_chat_agent(device, "447000000001@c.us"), 404)


# notes


async def test_notes(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    message = next(m for m in await _rows(server, ChatMessage, device) if m.chat_wid == ANA_WID)
    await _refused(bot.chats.create_chat_note(device, ANA_WID, message="hm", author=AGENT), 400, "author")
    author = await add_user(server, device)  # a note's author has access to the number
    first = await bot.chats.create_chat_note(device, ANA_WID, message="called her", author=author)
    assert re.fullmatch(r"[0-9a-f]{24}", first["id"])
    assert (first["message"], first["author"], first["chat"], first["quote"]) == (
        "called her",
        author,
        ANA_WID,
        None,
    )
    assert first["createdAt"] == server.clock.now().isoformat(timespec="milliseconds").replace("+00:00", "Z")
    on_note = await bot.chats.create_chat_note(device, ANA, message="again", quote=first["id"])
    on_message = await bot.chats.create_chat_note(device, ANA_WID, message="see this", quote=message.id)
    assert (on_note["quote"], on_message["quote"]) == (first["id"], message.id)
    await _refused(bot.chats.create_chat_note(device, ANA_WID, message="x" * 6001), 400, "message")
    await _refused(bot.chats.create_chat_note(device, ANA_WID, message=" a "), 400, "message")
    await _refused(bot.chats.create_chat_note(device, BO_WID, message="hm", quote=message.id), 400, "quote")
    await _refused(bot.chats.create_chat_note(device, ANA_WID, message="hm", author="agent-1"), 400, "author")
    await _refused(bot.chats.create_chat_note(device, "447000000001@c.us", message="hm"), 404)
    details = await bot.chats.get_device_chat_details(device, ANA_WID, include="notes")
    assert [n["id"] for n in details["notes"]] == [first["id"], on_note["id"], on_message["id"]]

    unknown = "ffffffffffffffffffffffff"
    refused = await _refused(
        bot.chats.delete_chat_note(device, ANA_WID, ids=[first["id"], unknown]), 400, "ids"
    )
    assert unknown in refused.message
    assert first["id"] not in refused.message
    row = await _chat_row(server, device, ANA_WID)
    assert row is not None
    assert len(row.notes) == 3
    deleted = await bot.chats.delete_chat_note(device, ANA_WID, ids=[first["id"], on_message["id"]])
    assert (deleted["deleted"], deleted["notes"]) == ([first["id"], on_message["id"]], 1)
    row = await _chat_row(server, device, ANA_WID)
    assert row is not None
    assert [n["id"] for n in row.notes] == [on_note["id"]]
    await _refused(bot.chats.delete_chat_note(device, "447000000001@c.us", ids=[unknown]), 404)


async def test_notes_written_at_once_are_all_kept(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    written = await asyncio.gather(
        *(bot.chats.create_chat_note(device, ANA_WID, message=f"note {n}") for n in range(12))
    )
    row = await _chat_row(server, device, ANA_WID)
    assert row is not None
    assert sorted(n["id"] for n in row.notes) == sorted(note["id"] for note in written)


# labels


async def test_labels_replace(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    await _define(server, device, "vip", "orders", "late")
    labelled = await bot.chats.update_chat_labels(device, ANA_WID, labels=[" vip ", "orders", "vip"])
    assert labelled["labels"] == ["vip", "orders"]
    replaced = await bot.chats.update_chat_labels(device, ANA_WID, labels=["late"])
    assert replaced["labels"] == ["late"]
    row = await _chat_row(server, device, ANA_WID)
    assert row is not None
    assert row.labels == ["late"]
    await _refused(bot.chats.update_chat_labels(device, ANA_WID, labels=["ok", "x" * 51]), 400, "labels[1]")
    await _refused(bot.chats.update_chat_labels(device, ANA_WID, labels=["  "]), 400, "labels[0]")
    await _refused(bot.chats.update_chat_labels(device, "447000000001@c.us", labels=["late"]), 404)
    # only the number's labels, named ignoring case (the chat carries the label's own name)
    unknown = await _refused(
        bot.chats.update_chat_labels(device, ANA_WID, labels=["vip", "nope", "gone"]), 400, "labels"
    )
    assert "'nope', 'gone'" in unknown.message
    assert (await bot.chats.get_device_chat_details(device, ANA_WID))["labels"] == ["late"]
    cased = await bot.chats.update_chat_labels(device, ANA_WID, labels=["VIP", "Late", "vip"])
    assert cased["labels"] == ["vip", "late"]


async def test_labels_upsert_and_remove(server: Server) -> None:
    """`updateType` travels as `?upsert=true` / `?remove=true` (the catalogue's switch)."""
    device = await _three_chats(server)
    bot = server.sdk()
    await _define(server, device, "vip", "orders", *(f"label {n}" for n in range(50)))
    await bot.chats.update_chat_labels(device, ANA_WID, labels=["vip"])
    added = await bot.chats.update_chat_labels(
        device, ANA_WID, labels=["orders", "vip"], update_type="upsert"
    )
    assert added["labels"] == ["vip", "orders"]
    removed = await bot.chats.update_chat_labels(
        device, ANA_WID, labels=["vip", "unknown"], update_type="remove"
    )
    assert removed["labels"] == ["orders"]
    many = [f"label {n}" for n in range(50)]
    full = await _refused(
        bot.chats.update_chat_labels(device, ANA_WID, labels=many, update_type="upsert"), 409
    )
    assert full.code == "too_many_labels"
    row = await _chat_row(server, device, ANA_WID)
    assert row is not None
    assert row.labels == ["orders"]


# delete


async def test_delete_removes_the_chat_its_messages_and_files(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    await _inbound(server, device, ANA, media={"kind": "image"})
    deleted = await bot.chats.delete_device_chat(device, ANA)
    assert deleted == {"chat": ANA_WID, "deleted": {"chats": 1, "messages": 3, "files": 1}, "whatsapp": None}
    assert ANA_WID not in {c.wid for c in await _rows(server, Chat, device)}
    assert {m.chat_wid for m in await _rows(server, ChatMessage, device)} == {BO_WID, GROUP}
    assert await _rows(server, ChatFile, device) == []
    assert ANA_WID in {c.wid for c in await _rows(server, Contact, device)}  # the contact stays
    assert await _actions(server, device) == []
    await _refused(bot.chats.delete_device_chat(device, ANA_WID), 404)

    on_whatsapp = await bot.chats.delete_device_chat(device, BO_WID, whatsapp=True)
    assert on_whatsapp["whatsapp"] == {"deleted": True, "reason": None}
    assert [(a["chat"], a["action"]) for a in await _actions(server, device)] == [(BO_WID, "delete")]


async def test_delete_on_whatsapp_needs_the_session_unless_forced(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    await server.client.post(f"/sandbox/devices/{device}/disconnect")
    refused = await _refused(bot.chats.delete_device_chat(device, ANA_WID, whatsapp=True), 409)
    assert refused.code == "not_online"
    assert await _chat_row(server, device, ANA_WID) is not None
    forced = await bot.chats.delete_device_chat(device, ANA_WID, whatsapp=True, force=True)
    assert forced["whatsapp"]["deleted"] is False
    assert "offline" in forced["whatsapp"]["reason"]
    assert forced["deleted"]["messages"] == 2
    assert await _chat_row(server, device, ANA_WID) is None
    # without `whatsapp` the session does not matter
    assert (await bot.chats.delete_device_chat(device, BO_WID))["deleted"]["chats"] == 1


# bulk


async def test_bulk_updates_report_each_chat(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    unknown = "447000000001@c.us"

    async def bulk(action: Any, **more: Any) -> dict[str, Any]:
        return dict(await bot.chats.bulk_chats_update(device, action=action, **more))

    resolved = await bulk("resolve", chats=[ANA, BO_WID, unknown, ANA_WID])
    assert resolved["updated"] == [ANA_WID, BO_WID]
    assert resolved["failed"] == [
        {"chat": unknown, "error": "not_found", "message": f"the number has no chat {unknown}"}
    ]

    async def state(wid: str) -> Chat:
        row = await _chat_row(server, device, wid)
        assert row is not None
        return row

    assert [(await state(w)).status for w in (ANA_WID, BO_WID, GROUP)] == ["resolved", "resolved", "pending"]
    await bulk("unresolve", chats=[ANA_WID])
    assert (await state(ANA_WID)).status == "pending"
    await bulk("pin", chats=[ANA_WID, GROUP])
    await bulk("mute", chats=[GROUP])
    assert [((await state(w)).pinned, (await state(w)).muted) for w in (ANA_WID, GROUP)] == [
        (True, False),
        (True, True),
    ]
    await bulk("unpin", chats=[ANA_WID, GROUP])
    await bulk("unmute", chats=[GROUP])
    assert [((await state(w)).pinned, (await state(w)).muted) for w in (ANA_WID, GROUP)] == [
        (False, False),
        (False, False),
    ]

    agent = await add_user(server, device)
    department = await add_department(server, device, [agent])
    await _refused(bulk("assign", chats=[ANA_WID, BO_WID], agent=AGENT), 400, "params.agent")  # no access
    await bulk("assign", chats=[ANA_WID, BO_WID], agent=agent, department=department)
    assert {((await state(w)).owner_agent, (await state(w)).owner_department) for w in (ANA_WID, BO_WID)} == {
        (agent, department)
    }
    await bulk("unassign", chats=[ANA_WID])
    assert ((await state(ANA_WID)).owner_agent, (await state(BO_WID)).owner_agent) == (None, agent)

    await _define(server, device, "vip", "orders", "late")
    await bulk("labels", chats=[ANA_WID, BO_WID], add_labels=["vip", "orders"])
    await bulk("labels", chats=[BO_WID], add_labels=["late"], remove_labels=["vip"])
    assert ((await state(ANA_WID)).labels, (await state(BO_WID)).labels) == (
        ["vip", "orders"],
        ["orders", "late"],
    )

    read = await bulk("read", chats=[ANA_WID, GROUP])
    assert read["updated"] == [ANA_WID, GROUP]
    assert ((await state(ANA_WID)).unread_count, (await state(GROUP)).unread_count) == (0, 0)
    assert {m.ack for m in await _rows(server, ChatMessage, device) if m.chat_wid in (ANA_WID, GROUP)} == {
        "read"
    }
    await bulk("unread", chats=[GROUP])
    assert (await state(GROUP)).unread_count == 1

    blocked = await bulk("block", chats=[BO, GROUP])
    assert blocked["updated"] == [BO_WID]
    assert [(f["chat"], f["error"]) for f in blocked["failed"]] == [(GROUP, "not_applicable")]
    contacts = {c.wid: c for c in await _rows(server, Contact, device)}
    assert (contacts[BO_WID].blocked, contacts[ANA_WID].blocked) == (True, False)
    refused = await server.client.post(
        f"/sandbox/devices/{device}/inbound", json={"phone": BO, "message": "let me in"}
    )
    assert refused.status_code == 409  # the number no longer takes Bo's messages
    await bulk("unblock", chats=[BO_WID])
    assert {c.wid: c for c in await _rows(server, Contact, device)}[BO_WID].blocked is False
    await _inbound(server, device, BO, message="thanks")
    assert [(a["chat"], a["action"]) for a in await _actions(server, device)] == [
        (ANA_WID, "read"),
        (GROUP, "read"),
        (GROUP, "unread"),
        (BO_WID, "block"),
        (BO_WID, "unblock"),
    ]


async def test_bulk_labels_keep_a_chat_within_its_limit(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    fifty = [f"label {n}" for n in range(50)]
    await _define(server, device, *fifty, "new", "more")
    await bot.chats.update_chat_labels(device, ANA_WID, labels=fifty)
    swapped = await bot.chats.bulk_chats_update(
        device, action="labels", chats=[ANA_WID], add_labels=["new"], remove_labels=["label 0"]
    )
    assert swapped["updated"] == [ANA_WID]  # 50 after adding one and removing one
    over = await bot.chats.bulk_chats_update(
        device, action="labels", chats=[ANA_WID, BO_WID], add_labels=["more"]
    )
    assert over["updated"] == [BO_WID]
    assert [(f["chat"], f["error"]) for f in over["failed"]] == [(ANA_WID, "not_applicable")]
    row = await _chat_row(server, device, ANA_WID)
    assert row is not None
    assert row.labels == [*fifty[1:], "new"]


async def test_bulk_checks_everything_before_changing_anything(server: Server) -> None:
    device = await _three_chats(server)
    bot = server.sdk()
    await _refused(
        bot.chats.bulk_chats_update(device, action="pin", chats=[ANA_WID, "nope"]), 400, "chats[1]"
    )
    await _refused(bot.chats.bulk_chats_update(device, action="assign", chats=[ANA_WID], agent="x"), 400)
    too_many = [f"+4473620{n:05d}" for n in range(101)]
    await _refused(bot.chats.bulk_chats_update(device, action="pin", chats=too_many), 400, "chats")
    await _refused(
        bot.chats.bulk_chats_update(device, action="labels", chats=[ANA_WID], add_labels=["x" * 51]),
        400,
        "params.add[0]",
    )
    unknown = bot.chats.bulk_chats_update(
        device, action="labels", chats=[ANA_WID, BO_WID], add_labels=["vip"]
    )
    assert "'vip'" in (await _refused(unknown, 400, "params.add")).message
    assert not any(c.pinned or c.owner_agent or c.labels for c in await _rows(server, Chat, device))


# another account


def _calls(device: str) -> dict[str, Callable[[AsyncSparkBot], Awaitable[Any]]]:
    """One call of each operation, on a number and chat that exist."""
    return {
        "chats.getDeviceChats": lambda b: b.chats.get_device_chats(device),
        "chats.getDeviceChatDetails": lambda b: b.chats.get_device_chat_details(device, ANA_WID),
        "chats.sendTypingStatus": lambda b: b.chats.send_typing_status(device, action="typing", chat=ANA),
        "chats.syncDeviceChats": lambda b: b.chats.sync_device_chats(device),
        "chats.syncDeviceChatMessages": lambda b: b.chats.sync_device_chat_messages(device, ANA_WID),
        "chats.updateChatReadStatus": lambda b: b.chats.update_chat_read_status(
            device, ANA_WID, unread=False
        ),
        "chats.setChatStatus": lambda b: b.chats.set_chat_status(device, ANA_WID, status="resolved"),
        "chats.getGroupParticipants": lambda b: b.chats.get_group_participants(device, GROUP),
        "chats.assignChatAgent": lambda b: b.chats.assign_chat_agent(device, ANA_WID, agent=AGENT),
        "chats.unassignChatAgent": lambda b: b.chats.unassign_chat_agent(device, ANA_WID),
        "chats.createChatNote": lambda b: b.chats.create_chat_note(device, ANA_WID, message="note"),
        "chats.deleteChatNote": lambda b: b.chats.delete_chat_note(device, ANA_WID, ids=[AGENT]),
        "chats.updateChatLabels": lambda b: b.chats.update_chat_labels(device, ANA_WID, labels=["vip"]),
        "chats.updateChatMeta": lambda b: b.chats.update_chat_meta(device, ANA_WID, pinned=True),
        "chats.archiveChat": lambda b: b.chats.archive_chat(device, ANA_WID),
        "chats.unarchiveChat": lambda b: b.chats.unarchive_chat(device, ANA_WID),
        "chats.deleteDeviceChat": lambda b: b.chats.delete_device_chat(device, ANA_WID, whatsapp=True),
        "chats.bulkChatsUpdate": lambda b: b.chats.bulk_chats_update(device, action="block", chats=[ANA_WID]),
    }


async def test_another_account_gets_404_for_every_operation(server: Server) -> None:
    device = await _three_chats(server)
    _, other_key = await server.services.accounts.create("other")
    other = server.sdk(other_key)
    calls = _calls(device)
    assert sorted(calls) == sorted(op.key for op in RESOURCES["chats"])

    async def snapshot() -> list[Any]:
        chats = [
            (c.wid, c.status, c.unread_count, c.labels, c.notes, c.archived, c.pinned, c.owner_agent)
            for c in await _rows(server, Chat, device)
        ]
        contacts = [(c.wid, c.blocked) for c in await _rows(server, Contact, device)]
        messages = [(m.id, m.ack) for m in await _rows(server, ChatMessage, device)]
        return [sorted(chats), sorted(contacts), sorted(messages)]

    before = await snapshot()
    for key, call in calls.items():
        refused = await _refused(call(other), 404)
        assert refused.code == "not_found", key
    # the number is looked up first: bad input to another account's number is a 404 too
    for bad in (
        other.chats.get_device_chat_details(device, "not-a-chat"),
        other.chats.update_chat_meta(device, ANA_WID),
        other.chats.assign_chat_agent(device, ANA_WID, email="nope"),
        other.chats.update_chat_labels(device, ANA_WID, labels=["x" * 51]),
        other.chats.create_chat_note(device, ANA_WID, message="x" * 6001),
        other.chats.bulk_chats_update(device, action="pin", chats=["nope"]),
        other.chats.get_group_participants(device, ANA_WID),
    ):
        assert (await _refused(bad, 404)).code == "not_found"
    assert await snapshot() == before
    assert await _actions(server, device) == []
