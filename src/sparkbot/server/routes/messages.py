"""Handlers of the 13 send operations (`POST /messages`, each queuing its message: 201) and of
Outbound Messages (search, get, update, delete)."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


async def send(call: Call) -> Any:
    return await call.services.messages.send(call.account, call.op, call.values)


for _key in (
    "send-messages.sendText",
    "send-messages.sendMedia",
    "send-messages.sendScheduled",
    "send-messages.sendPoll",
    "send-messages.sendPollVote",
    "send-messages.deletePollVote",
    "send-messages.sendEvent",
    "send-messages.confirmEvent",
    "send-messages.sendLocation",
    "send-messages.sendContacts",
    "send-messages.sendReaction",
    "send-messages.sendProduct",
    "send-messages.forwardMessage",
):
    handlers.on(_key, status=201)(send)


@handlers.on("outbound-messages.searchMessages")
async def search_messages(call: Call) -> Any:
    return await call.services.messages.search(call.account, call.values)


@handlers.on("outbound-messages.getMessage")
async def get_message(call: Call) -> Any:
    include = call.get("include") or ()
    return await call.services.messages.get(call.account, str(call.get("messageId")), include)


@handlers.on("outbound-messages.updateMessage")
async def update_message(call: Call) -> Any:
    return await call.services.messages.update(call.account, str(call.get("messageId")), call.values)


@handlers.on("outbound-messages.deleteMessage")
async def delete_message(call: Call) -> Any:
    return await call.services.messages.delete(call.account, str(call.get("messageId")), call.flag("force"))
