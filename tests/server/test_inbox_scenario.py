"""A bot's first job, end to end with the real client: a contact writes, the bot lists its unread
chats, reads the messages, downloads the photo, replies quoting the question, labels the chat and
resolves it; every step visible through the API."""

from __future__ import annotations

import base64

from .harness import Server

PHONE = "+447362053576"
WID = "447362053576@c.us"
PHOTO = b"\x89PNG\r\n\x1a\n a receipt"


async def test_a_contact_writes_and_the_bot_answers_in_the_chat(server: Server) -> None:
    number = await server.create_number(alias="Shop")
    device = str(number["id"])
    await server.link_by_qr(device)
    inbound = f"/sandbox/devices/{device}/inbound"
    photo = {"kind": "image", "data": base64.b64encode(PHOTO).decode(), "mimeType": "image/png"}
    for body in (
        {"phone": PHONE, "name": "Ana", "message": "Hi! My order 3 has not arrived"},
        {"phone": PHONE, "media": photo, "message": "here is the receipt"},
    ):
        assert (await server.client.post(inbound, json=body)).status_code == 201
        await server.clock.advance(1)  # the two messages do not share an instant
    bot = server.sdk()

    # the bot lists its unread chats
    unread = await bot.chats.get_device_chats(device, unread=True)
    assert [(c["id"], c["name"], c["unreadCount"]) for c in unread] == [(WID, "Ana", 2)]

    # reads the messages, oldest first
    history = await bot.chat_messages.get_chat_messages(device, chat=WID, sort="date:asc")
    assert [(m["flow"], m["type"], m["body"]) for m in history] == [
        ("inbound", "text", "Hi! My order 3 has not arrived"),
        ("inbound", "image", "here is the receipt"),
    ]
    question, receipt = history

    # downloads the photo
    media = receipt["content"]["media"]
    download = await bot.chat_files.download_device_file_details(device, media["file"])
    assert (download.content, download.content_type) == (PHOTO, "image/png")

    # replies quoting the question, and marks the chat read
    reply = await bot.send_messages.send_text(
        device=device, phone=PHONE, message="Sorry! It ships today.", quote=question["id"]
    )
    await bot.chats.update_chat_read_status(device, WID, unread=False)

    async def read() -> bool:
        return (await bot.outbound_messages.get_message(reply["id"]))["status"] == "read"

    await server.drive(read)
    history = await bot.chat_messages.get_chat_messages(device, chat=WID, sort="date:asc")
    answer = history[-1]
    assert (answer["flow"], answer["body"], answer["quote"], answer["ack"]) == (
        "outbound",
        "Sorry! It ships today.",
        question["id"],
        "read",
    )
    assert answer["outboundMessage"] == reply["id"]

    # labels the chat and resolves it
    await bot.labels.create_label(device, name="orders", color="emerald")
    await bot.chats.update_chat_labels(device, WID, labels=["orders"])
    await bot.chats.set_chat_status(device, WID, status="resolved")
    chat = await bot.chats.get_device_chat_details(device, WID)
    assert (chat["status"], chat["labels"], chat["unreadCount"]) == ("resolved", ["orders"], 0)
    assert chat["lastMessageAt"] == answer["date"]
    assert await bot.chats.get_device_chats(device, unread=True) == []
    resolved = await bot.chats.get_device_chats(device, status="resolved")
    assert [c["id"] for c in resolved] == [WID]
