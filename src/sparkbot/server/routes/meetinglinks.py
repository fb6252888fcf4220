"""Handlers of Meeting Links (3 operations): list, create, delete. The rules are
`services/meetinglinks.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("meeting-links.getMeetingLinks")
async def get_meeting_links(call: Call) -> Any:
    return await call.services.meeting_links.search(call.account, call.device_id, call.values)


@handlers.on("meeting-links.createMeetingLink", status=201)
async def create_meeting_link(call: Call) -> Any:
    return await call.services.meeting_links.create(call.account, call.device_id, call.values)


@handlers.on("meeting-links.deleteMeetingLinks")
async def delete_meeting_links(call: Call) -> Any:
    return await call.services.meeting_links.delete(call.account, call.device_id, call.values)
