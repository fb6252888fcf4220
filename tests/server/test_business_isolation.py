"""Every operation of Meeting Links, User Status, WhatsApp profile and Business catalog answers 404
to another account, for a number (and status) that exist, and changes nothing; the owner's same
call is answered (not 404, not 501). The walk takes the 13 operations from the catalogue."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from sqlalchemy import func, select

from sparkbot import APIStatusError
from sparkbot.server.db.models import MeetingLink, Profile, UserStatus
from sparkbot.spec import RESOURCES, Operation

from .harness import Server

PNG = b"\x89PNG\r\n\x1a\n a picture"
OPERATIONS = [op for key in ("meeting-links", "user-status", "profile", "catalog") for op in RESOURCES[key]]

# A valid value for what each operation needs besides its path ids.
VALUES: dict[str, dict[str, Any]] = {
    "meeting-links.createMeetingLink": {"kind": "video"},
    "meeting-links.deleteMeetingLinks": {"all": True},
    "user-status.updateUserStatus": {"message": "hello"},
    "user-status.deleteUserStatus": {"all": True},
    "profile.deviceProfileUpdate": {"name": "Intruder"},
    "profile.updateProfileImage": {"image": base64.b64encode(PNG).decode()},
    "catalog.queryCatalog": {"phone": "+447362053576"},
}


def test_the_walk_covers_the_13_operations() -> None:
    assert len(OPERATIONS) == 13


async def _state(server: Server) -> dict[str, str]:
    number = await server.create_number()
    device = str(number["id"])
    await server.link_by_qr(device)
    sdk = server.sdk()
    await sdk.meeting_links.create_meeting_link(device, kind="voice")
    status = await sdk.user_status.update_user_status(device, message="mine")
    await sdk.profile.device_profile_update(device, name="Owner")
    await sdk.profile.update_profile_image(device, image=base64.b64encode(PNG).decode())
    return {"deviceId": device, "statusId": status["id"]}


async def _snapshot(server: Server) -> list[Any]:
    async with server.services.database.sessions() as session:
        counts = [
            await session.scalar(select(func.count()).select_from(m))
            for m in (MeetingLink, UserStatus, Profile)
        ]
        names = list((await session.scalars(select(Profile.name))).all())
    return [*counts, names]


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.key for op in OPERATIONS])
async def test_another_account_gets_404_and_changes_nothing(server: Server, op: Operation) -> None:
    ids = await _state(server)
    _, other_key = await server.services.accounts.create("other")
    values = {**{p.name: ids[p.name] for p in op.params if p.location == "path"}, **VALUES.get(op.key, {})}
    before = await _snapshot(server)
    with pytest.raises(APIStatusError) as caught:
        await server.sdk(other_key).call(op.key, values)
    assert caught.value.status == 404, caught.value
    assert await _snapshot(server) == before
    await server.sdk().call(op.key, values)  # the owner's call is answered
