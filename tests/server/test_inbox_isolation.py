"""Every operation of the inbox (Chats, Chat Contacts, Chat Messages, Chat Files) answers 404 to
another account, for a number, chat, contact, message and file that exist, and changes nothing;
the owner's same call is answered (not 404, not 501). The walk covers all 36 operations, taken
from the catalogue, so an operation added later is walked too."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from sparkbot import APIStatusError
from sparkbot.server.db import Chat, ChatFile, ChatMessage, Contact
from sparkbot.spec import RESOURCES, Operation

from .harness import Server

PHONE = "+447362053576"
WID = "447362053576@c.us"
INBOX = ("chats", "chat-contacts", "chat-messages", "chat-files")
OPERATIONS = [op for resource in INBOX for op in RESOURCES[resource]]

# A valid value for each required parameter that is not a path id, by wire name.
SAMPLES: dict[str, Any] = {
    "action": "typing",
    "chat": PHONE,
    "unread": False,
    "status": "active",
    "message": "a note",
    "ids": ["0123456789abcdef01234567"],
    "labels": ["vip"],
    "chats": [WID],
    "phone": "+447362053577",
    "metadata": [{"key": "tier", "value": "gold"}],
    "contacts": [PHONE],
}

# Where one operation needs other values than the shared sample (a switch's fields, its own enum).
OVERRIDES: dict[str, dict[str, Any]] = {
    "chats.sendTypingStatus": {"chat": PHONE},
    "chats.assignChatAgent": {"agent": "0123456789abcdef01234567"},
    "chats.bulkChatsUpdate": {"action": "resolve"},
    "chat-contacts.bulkCreateContacts": {"contacts": [{"phone": "+447362053578", "name": "Bo"}]},
}


def test_the_walk_covers_the_36_operations() -> None:
    assert len(OPERATIONS) == 36


async def _state(server: Server) -> dict[str, str]:
    number = await server.create_number()
    device = str(number["id"])
    await server.link_by_qr(device)
    inbound = f"/sandbox/devices/{device}/inbound"
    response = await server.client.post(inbound, json={"phone": PHONE, "media": {"kind": "image"}})
    assert response.status_code == 201, response.text
    message = response.json()["message"]
    return {
        "deviceId": device,
        "chatId": WID,
        "contactId": WID,
        "messageId": message["id"],
        "fileId": message["content"]["media"]["file"],
    }


def _values(op: Operation, ids: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for param in op.params:
        if param.location == "path":
            values[param.name] = ids[param.name]
        elif param.required and param.location in ("body", "query"):
            values[param.name] = SAMPLES[param.name]
    return {**values, **OVERRIDES.get(op.key, {})}


async def _counts(server: Server, device: str) -> list[int]:
    async with server.services.database.sessions() as session:
        return [
            int(await session.scalar(select(func.count()).select_from(m).where(m.device_id == device)) or 0)
            for m in (Chat, Contact, ChatMessage, ChatFile)
        ]


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.key for op in OPERATIONS])
async def test_another_account_gets_404_and_changes_nothing(server: Server, op: Operation) -> None:
    ids = await _state(server)
    _, other_key = await server.services.accounts.create("other")
    values = _values(op, ids)
    before = await _counts(server, ids["deviceId"])
    with pytest.raises(APIStatusError) as caught:
        await server.sdk(other_key).call(op.key, values)
    assert caught.value.status == 404, caught.value
    assert await _counts(server, ids["deviceId"]) == before
    status = 200
    try:
        await server.sdk().call(op.key, values)
    except APIStatusError as error:  # a refusal of the sample values is fine; not found or not built is not
        status = error.status
    assert status not in (404, 501), op.key
