"""Handlers of Webhooks (7 operations): list, create, get, update, delete, enable and the delivery
logs. The rules are `services/webhooks.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


def _webhook(call: Call) -> str:
    return str(call.get("webhookId"))


@handlers.on("webhooks.getWebhooks")
async def get_webhooks(call: Call) -> Any:
    return await call.services.webhooks.search(call.account, call.values)


@handlers.on("webhooks.createWebhook", status=201)
async def create_webhook(call: Call) -> Any:
    return await call.services.webhooks.create(call.account, call.values)


@handlers.on("webhooks.getWebhook")
async def get_webhook(call: Call) -> Any:
    return await call.services.webhooks.get(call.account, _webhook(call))


@handlers.on("webhooks.updateWebhook")
async def update_webhook(call: Call) -> Any:
    return await call.services.webhooks.update(call.account, _webhook(call), call.values)


@handlers.on("webhooks.deleteWebhook")
async def delete_webhook(call: Call) -> Any:
    return await call.services.webhooks.delete(call.account, _webhook(call), call.values)


@handlers.on("webhooks.enableWebhook")
async def enable_webhook(call: Call) -> Any:
    return await call.services.webhooks.enable(call.account, _webhook(call))


@handlers.on("webhooks.getWebhookLogs")
async def get_webhook_logs(call: Call) -> Any:
    return await call.services.webhooks.logs(call.account, _webhook(call), call.values)
