"""Handlers of Chat Contacts (10 operations): list, details, create, update, metadata, delete, bulk
create, block and unblock. The rules are `services/contacts.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


def _contact(call: Call) -> str:
    return str(call.get("contactId"))


@handlers.on("chat-contacts.getDeviceContacts")
async def get_device_contacts(call: Call) -> Any:
    return await call.services.contacts.search(call.account, call.device_id, call.values)


@handlers.on("chat-contacts.getDeviceContactDetails")
async def get_device_contact_details(call: Call) -> Any:
    include = call.get("include") or ()
    return await call.services.contacts.get(call.account, call.device_id, _contact(call), include)


@handlers.on("chat-contacts.createContact", status=201)
async def create_contact(call: Call) -> Any:
    return await call.services.contacts.create(call.account, call.device_id, call.values)


@handlers.on("chat-contacts.updateContact")
async def update_contact(call: Call) -> Any:
    return await call.services.contacts.update(call.account, call.device_id, _contact(call), call.values)


@handlers.on("chat-contacts.updateContactMetadata")
async def update_contact_metadata(call: Call) -> Any:
    metadata = call.get("metadata")
    return await call.services.contacts.replace_metadata(
        call.account, call.device_id, _contact(call), metadata
    )


@handlers.on("chat-contacts.upsertContactMetadata")
async def upsert_contact_metadata(call: Call) -> Any:
    metadata = call.get("metadata")
    return await call.services.contacts.upsert_metadata(
        call.account, call.device_id, _contact(call), metadata
    )


@handlers.on("chat-contacts.deleteContact")
async def delete_contact(call: Call) -> Any:
    return await call.services.contacts.delete(call.account, call.device_id, _contact(call))


@handlers.on("chat-contacts.bulkCreateContacts")
async def bulk_create_contacts(call: Call) -> Any:
    contacts, upsert = call.get("contacts"), call.flag("upsert")
    return await call.services.contacts.bulk_create(call.account, call.device_id, contacts, upsert)


@handlers.on("chat-contacts.blockContacts")
async def block_contacts(call: Call) -> Any:
    return await call.services.contacts.set_blocked(call.account, call.device_id, call.get("contacts"), True)


@handlers.on("chat-contacts.unblockContacts")
async def unblock_contacts(call: Call) -> Any:
    return await call.services.contacts.set_blocked(call.account, call.device_id, call.get("contacts"), False)
