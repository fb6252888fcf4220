"""Handlers of Labels (4 operations) and Quick replies (4 operations), both a number's own. The
rules are `services/labels.py`'s and `services/quickreplies.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("labels.getLabels")
async def get_labels(call: Call) -> Any:
    return await call.services.labels.list(call.account, call.device_id)


@handlers.on("labels.createLabel", status=201)
async def create_label(call: Call) -> Any:
    return await call.services.labels.create(call.account, call.device_id, call.values)


@handlers.on("labels.updateLabel")
async def update_label(call: Call) -> Any:
    return await call.services.labels.update(call.account, call.device_id, call.values)


@handlers.on("labels.deleteLabel")
async def delete_label(call: Call) -> Any:
    return await call.services.labels.delete(call.account, call.device_id, call.values)


@handlers.on("quick-replies.getQuickReplies")
async def get_quick_replies(call: Call) -> Any:
    return await call.services.quick_replies.search(call.account, call.device_id, call.values)


@handlers.on("quick-replies.createQuickReply", status=201)
async def create_quick_reply(call: Call) -> Any:
    return await call.services.quick_replies.create(call.account, call.device_id, call.values)


@handlers.on("quick-replies.updateQuickReply")
async def update_quick_reply(call: Call) -> Any:
    return await call.services.quick_replies.update(call.account, call.device_id, call.values)


@handlers.on("quick-replies.deleteQuickReplies")
async def delete_quick_replies(call: Call) -> Any:
    return await call.services.quick_replies.delete(call.account, call.device_id, call.get("deleteItems"))
