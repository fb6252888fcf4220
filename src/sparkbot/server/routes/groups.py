"""Handlers of Groups (15 operations): list, details, create, update, picture, members, requests to
join, invite code, join and leave. The rules are `services/groups.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


def _group(call: Call) -> Any:
    return call.get("groupId")


@handlers.on("groups.getDeviceGroupChats")
async def get_device_group_chats(call: Call) -> Any:
    return await call.services.groups.search(call.account, call.device_id, call.values)


@handlers.on("groups.getGroupById")
async def get_group_by_id(call: Call) -> Any:
    return await call.services.groups.get(call.account, call.device_id, _group(call))


@handlers.on("groups.createGroup", status=201)
async def create_group(call: Call) -> Any:
    return await call.services.groups.create(call.account, call.device_id, call.values)


@handlers.on("groups.updateGroup")
async def update_group(call: Call) -> Any:
    return await call.services.groups.update(call.account, call.device_id, _group(call), call.values)


@handlers.on("groups.groupUpdateImage")
async def group_update_image(call: Call) -> Any:
    return await call.services.groups.set_image(call.account, call.device_id, _group(call), call.values)


@handlers.on("groups.addGroupParticipants")
async def add_group_participants(call: Call) -> Any:
    participants = call.get("participants")
    return await call.services.groups.add(call.account, call.device_id, _group(call), participants)


@handlers.on("groups.updateParticipantsPermissions")
async def update_participants_permissions(call: Call) -> Any:
    participants = call.get("participants")
    return await call.services.groups.set_admins(call.account, call.device_id, _group(call), participants)


@handlers.on("groups.removeGroupParticipants")
async def remove_group_participants(call: Call) -> Any:
    phones = call.get("phones")
    return await call.services.groups.remove(call.account, call.device_id, _group(call), phones)


@handlers.on("groups.getGroupPendingMembers")
async def get_group_pending_members(call: Call) -> Any:
    return await call.services.groups.pending(call.account, call.device_id, _group(call))


@handlers.on("groups.approveGroupMembers")
async def approve_group_members(call: Call) -> Any:
    return await call.services.groups.decide(call.account, call.device_id, _group(call), call.values, True)


@handlers.on("groups.rejectGroupMembers")
async def reject_group_members(call: Call) -> Any:
    return await call.services.groups.decide(call.account, call.device_id, _group(call), call.values, False)


@handlers.on("groups.getGroupInviteCode")
async def get_group_invite_code(call: Call) -> Any:
    return await call.services.groups.invite(call.account, call.device_id, _group(call))


@handlers.on("groups.revokeGroupInvite")
async def revoke_group_invite(call: Call) -> Any:
    return await call.services.groups.revoke(call.account, call.device_id, _group(call))


@handlers.on("groups.joinGroup")
async def join_group(call: Call) -> Any:
    return await call.services.groups.join(call.account, call.device_id, call.values)


@handlers.on("groups.leaveGroup")
async def leave_group(call: Call) -> Any:
    return await call.services.groups.leave(call.account, call.device_id, call.values)
