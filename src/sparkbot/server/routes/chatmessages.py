"""Handlers of Chat Messages (5 operations: list, details, ack info, edit, delete) and Chat Files (3:
list, details, download); the rules are in `services/chatmessages.py`."""

from __future__ import annotations

from typing import Any

from fastapi.responses import Response

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


def _message_id(call: Call) -> str:
    return str(call.get("messageId"))


@handlers.on("chat-messages.getChatMessages")
async def get_chat_messages(call: Call) -> Any:
    return await call.services.chat_messages.messages(call.account, call.device_id, call.values)


@handlers.on("chat-messages.getDeviceMessageDetails")
async def get_message_details(call: Call) -> Any:
    return await call.services.chat_messages.message(call.account, call.device_id, _message_id(call))


@handlers.on("chat-messages.getMessageAckInfo")
async def get_message_ack_info(call: Call) -> Any:
    return await call.services.chat_messages.ack_info(call.account, call.device_id, _message_id(call))


@handlers.on("chat-messages.editMessage")
async def edit_message(call: Call) -> Any:
    service = call.services.chat_messages
    return await service.edit(call.account, call.device_id, _message_id(call), call.get("message"))


@handlers.on("chat-messages.deleteDeviceMessage")
async def delete_message(call: Call) -> Any:
    return await call.services.chat_messages.delete(
        call.account,
        call.device_id,
        _message_id(call),
        revoke=call.flag("revoke"),
        clean=call.flag("clean"),
        force=call.flag("force"),
    )


@handlers.on("chat-files.getDeviceFiles")
async def get_files(call: Call) -> Any:
    return await call.services.chat_messages.files(call.account, call.device_id, call.values)


@handlers.on("chat-files.getDeviceFileDetails")
async def get_file_details(call: Call) -> Any:
    return await call.services.chat_messages.file(call.account, call.device_id, str(call.get("fileId")))


@handlers.on("chat-files.downloadDeviceFileDetails")
async def download_file(call: Call) -> Response:
    found = await call.services.chat_messages.download(call.account, call.device_id, str(call.get("fileId")))
    return Response(found.content, media_type=found.media_type, headers=found.headers)
