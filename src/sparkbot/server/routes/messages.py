"""Handlers of the 13 send operations: all `POST /messages`, each queuing its message (201)."""

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
