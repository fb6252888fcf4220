"""Handlers of Chats (18 operations): list, details, sync, typing, read/unread, status, participants,
owner, notes, labels, meta, archive, delete, bulk update. Each hands its checked values to
`ChatService` (the rules are in its module docstring)."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("chats.getDeviceChats")
async def get_device_chats(call: Call) -> Any:
    return await call.services.chats.list_chats(call.account, call.values)


@handlers.on("chats.getDeviceChatDetails")
async def get_device_chat_details(call: Call) -> Any:
    return await call.services.chats.details(call.account, call.values)


@handlers.on("chats.sendTypingStatus")
async def send_typing_status(call: Call) -> Any:
    return await call.services.chats.typing(call.account, call.values)


@handlers.on("chats.syncDeviceChats")
async def sync_device_chats(call: Call) -> Any:
    return await call.services.chats.sync_chats(call.account, call.values)


@handlers.on("chats.syncDeviceChatMessages")
async def sync_device_chat_messages(call: Call) -> Any:
    return await call.services.chats.sync_messages(call.account, call.values)


@handlers.on("chats.updateChatReadStatus")
async def update_chat_read_status(call: Call) -> Any:
    return await call.services.chats.read_status(call.account, call.values)


@handlers.on("chats.setChatStatus")
async def set_chat_status(call: Call) -> Any:
    return await call.services.chats.set_status(call.account, call.values)


@handlers.on("chats.getGroupParticipants")
async def get_group_participants(call: Call) -> Any:
    return await call.services.chats.participants(call.account, call.values)


@handlers.on("chats.assignChatAgent")
async def assign_chat_agent(call: Call) -> Any:
    return await call.services.chats.assign(call.account, call.values)


@handlers.on("chats.unassignChatAgent")
async def unassign_chat_agent(call: Call) -> Any:
    return await call.services.chats.unassign(call.account, call.values)


@handlers.on("chats.createChatNote", status=201)
async def create_chat_note(call: Call) -> Any:
    return await call.services.chats.create_note(call.account, call.values)


@handlers.on("chats.deleteChatNote")
async def delete_chat_note(call: Call) -> Any:
    return await call.services.chats.delete_notes(call.account, call.values)


@handlers.on("chats.updateChatLabels")
async def update_chat_labels(call: Call) -> Any:
    return await call.services.chats.labels(call.account, call.values)


@handlers.on("chats.updateChatMeta")
async def update_chat_meta(call: Call) -> Any:
    return await call.services.chats.meta(call.account, call.values)


@handlers.on("chats.archiveChat")
async def archive_chat(call: Call) -> Any:
    return await call.services.chats.archive(call.account, call.values, archived=True)


@handlers.on("chats.unarchiveChat")
async def unarchive_chat(call: Call) -> Any:
    return await call.services.chats.archive(call.account, call.values, archived=False)


@handlers.on("chats.deleteDeviceChat")
async def delete_device_chat(call: Call) -> Any:
    return await call.services.chats.delete(call.account, call.values)


@handlers.on("chats.bulkChatsUpdate")
async def bulk_chats_update(call: Call) -> Any:
    return await call.services.chats.bulk(call.account, call.values)
