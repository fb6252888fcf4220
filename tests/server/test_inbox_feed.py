"""The sandbox phone feeds a number's inbox: what contacts write (text, media, location, contact
cards, replies), react, edit and delete, and what the number sends joining the same chats."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import undefer

from sparkbot.server.db import Chat, ChatFile, ChatMessage, Contact

from .harness import Server
from .harness import online as _online

PHONE = "+447362053576"
WID = "447362053576@c.us"


async def _inbound(server: Server, device: str, **body: Any) -> dict[str, Any]:
    response = await server.client.post(f"/sandbox/devices/{device}/inbound", json={"phone": PHONE, **body})
    assert response.status_code == 201, response.text
    return dict(response.json()["message"])


async def _rows(server: Server, model: Any, device: str) -> list[Any]:
    async with server.services.database.sessions() as session:
        query = select(model).where(model.device_id == device)
        if model is ChatFile:
            query = query.options(undefer(ChatFile.data))
        return list((await session.scalars(query)).all())


async def test_a_text_creates_chat_and_contact_and_counts_unread(server: Server) -> None:
    device = await _online(server)
    first = await _inbound(server, device, message="hello", name="Ana")
    await _inbound(server, device, message="are you there?")
    assert (first["flow"], first["type"], first["body"], first["from"]) == ("inbound", "text", "hello", WID)
    (chat,) = await _rows(server, Chat, device)
    assert (chat.wid, chat.type, chat.unread_count, chat.name, chat.status) == (
        WID,
        "chat",
        2,
        "Ana",
        "pending",
    )
    (contact,) = await _rows(server, Contact, device)
    assert (contact.wid, contact.phone, contact.name) == (WID, PHONE, "Ana")
    assert len(await _rows(server, ChatMessage, device)) == 2


async def test_media_is_stored_with_its_bytes(server: Server) -> None:
    device = await _online(server)
    given = b"\x89PNG fake bytes"
    media = {"kind": "image", "data": base64.b64encode(given).decode(), "mimeType": "image/png"}
    message = await _inbound(server, device, media=media, message="a photo")
    generated = await _inbound(server, device, media={"kind": "document", "filename": "bill.pdf"})
    assert message["type"] == "image"
    assert message["body"] == "a photo"
    assert message["content"]["media"]["sha256"] == hashlib.sha256(given).hexdigest()
    files = {f.message_id: f for f in await _rows(server, ChatFile, device)}
    assert files[message["id"]].data == given
    assert files[message["id"]].size == len(given)
    assert files[generated["id"]].data.startswith(b"%PDF")
    assert files[generated["id"]].filename == "bill.pdf"
    video = await server.client.post(
        f"/sandbox/devices/{device}/inbound", json={"phone": PHONE, "media": {"kind": "video"}}
    )
    assert video.status_code == 400
    assert "media.data" in video.text


async def test_location_contact_card_and_quote(server: Server) -> None:
    device = await _online(server)
    first = await _inbound(server, device, location={"latitude": 41.39, "longitude": 2.17, "name": "BCN"})
    card = await _inbound(server, device, contact={"name": "Bo", "phone": "+34600111222"}, quote=first["id"])
    assert first["type"] == "location"
    assert first["content"]["location"]["name"] == "BCN"
    assert card["type"] == "contact"
    assert card["quote"] == first["id"]
    bad = await server.client.post(
        f"/sandbox/devices/{device}/inbound", json={"phone": PHONE, "message": "x", "quote": "NOPE"}
    )
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["field"] == "quote"


async def test_reaction_edit_and_revoke_within_windows(server: Server) -> None:
    device = await _online(server)
    message = await _inbound(server, device, message="helo")
    reacted = await _inbound(server, device, reaction={"message": message["id"], "emoji": "👍"})
    assert [r["emoji"] for r in reacted["reactions"]] == ["👍"]
    edited = await _inbound(server, device, edit={"message": message["id"], "text": "hello"})
    assert edited["body"] == "hello"
    assert edited["edited"]
    assert edited["edits"][0]["body"] == "helo"
    await server.clock.advance(16 * 60)
    late = await server.client.post(
        f"/sandbox/devices/{device}/inbound",
        json={"phone": PHONE, "edit": {"message": message["id"], "text": "too late"}},
    )
    assert late.status_code == 409
    assert "15 minutes" in late.json()["message"]
    revoked = await _inbound(server, device, revoke={"message": message["id"]})
    assert revoked["revoked"]
    assert revoked["body"] is None
    assert revoked["type"] == "revoked"


async def test_sent_messages_join_their_chat_and_follow_acks(server: Server) -> None:
    device = await _online(server)
    await _inbound(server, device, message="hi")
    sent = await server.send(device, phone=PHONE, message="hello back")

    async def in_history() -> bool:
        rows = [m for m in await _rows(server, ChatMessage, device) if m.flow == "outbound"]
        return bool(rows) and rows[0].ack == "read"

    await server.drive(in_history)
    (row,) = [m for m in await _rows(server, ChatMessage, device) if m.flow == "outbound"]
    assert (row.outbound_id, row.chat_wid, row.body) == (sent["id"], WID, "hello back")
    (chat,) = await _rows(server, Chat, device)
    assert chat.last_message_at == row.created_at


async def test_a_blocked_contact_is_not_stored_and_cannot_be_sent_to(server: Server) -> None:
    device = await _online(server)
    await _inbound(server, device, message="hi")
    async with server.services.database.sessions.begin() as session:
        (contact,) = (await session.scalars(select(Contact).where(Contact.device_id == device))).all()
        contact.blocked = True
    refused = await server.client.post(
        f"/sandbox/devices/{device}/inbound", json={"phone": PHONE, "message": "let me in"}
    )
    assert refused.status_code == 409
    assert refused.json()["error"] == "contact_blocked"
    assert len(await _rows(server, ChatMessage, device)) == 1
    sent = await server.send(device, phone=PHONE, message="hello?")

    async def failed() -> bool:
        return (await server.message(sent["id"]))["status"] == "failed"

    await server.drive(failed)
    assert "blocked" in (await server.message(sent["id"]))["failure"]["reason"]


async def test_group_member_writes_and_contact_types_and_reads(server: Server) -> None:
    device = await _online(server)
    group = "120363012345678901@g.us"
    message = await _inbound(server, device, message="hi all", group=group, groupName="Team")
    assert (message["chat"], message["author"], message["chatType"]) == (group, WID, "group")
    chats = {c.wid: c for c in await _rows(server, Chat, device)}
    assert chats[group].name == "Team"
    assert chats[group].participants == [{"wid": WID, "role": "participant"}]
    typing = await server.client.post(f"/sandbox/devices/{device}/typing", json={"phone": PHONE})
    assert typing.json()["presence"]["state"] == "typing"
    sent = await server.send(device, phone=PHONE, message="hello")

    async def carried() -> bool:
        return bool(await server.outbox(device))

    await server.drive(carried)
    read = await server.client.post(f"/sandbox/devices/{device}/read", json={"phone": PHONE})
    assert read.json()["read"] == 1
    assert (await server.message(sent["id"]))["status"] == "read"


async def test_deleting_the_number_deletes_its_inbox(server: Server) -> None:
    device = await _online(server)
    await _inbound(server, device, media={"kind": "image"})
    assert (await server.client.delete(f"/v1/devices/{device}")).status_code == 200
    for model in (Chat, Contact, ChatMessage, ChatFile):
        assert await _rows(server, model, device) == []
