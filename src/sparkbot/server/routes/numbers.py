"""Handlers of the `numbers` operations (`/devices`)."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("numbers.getNumbers")
async def get_numbers(call: Call) -> Any:
    return await call.services.numbers.list(call.account, call.values)


@handlers.on("numbers.getNumberById")
async def get_number_by_id(call: Call) -> Any:
    return await call.services.numbers.get(call.account, call.device_id, call.values)


@handlers.on("numbers.createNumber", status=201)
async def create_number(call: Call) -> Any:
    return await call.services.numbers.create(call.account, call.values)


@handlers.on("numbers.updateNumber")
async def update_number(call: Call) -> Any:
    return await call.services.numbers.update(call.account, call.device_id, call.values)


@handlers.on("numbers.deleteNumber")
async def delete_number(call: Call) -> Any:
    return await call.services.numbers.delete(call.account, call.device_id)


@handlers.on("numbers.deleteChats")
async def delete_chats(call: Call) -> Any:
    phones = call.get("phoneNumbers") or []
    return await call.services.numbers.delete_chats(call.account, call.device_id, phones)
