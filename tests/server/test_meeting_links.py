"""Meeting Links through the real client (`server.sdk()`): call links made by the sandbox's
WhatsApp and kept here, listed while active with their filters, deleted all, by id or URL, or by
dates (and revoked on WhatsApp); bad input a 400 with nothing stored; an offline number, 409."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from sparkbot.server.db.models import MeetingLink
from sparkbot.server.engines import SandboxEngine
from sparkbot.server.services.views import iso

from .harness import Server, offline
from .harness import online as _online
from .harness import refused as _refused

FIELDS = {"id", "device", "kind", "url", "token", "message", "expiration", "expiresAt", "createdAt"}


def _whatsapp_links(server: Server, device: str) -> list[str]:
    engine = server.services.engine
    assert isinstance(engine, SandboxEngine)
    return engine.business.links(device)


async def _stored(server: Server) -> int:
    async with server.services.database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(MeetingLink)) or 0)


async def test_create_meeting_link_asks_whatsapp_and_answers_the_link(server: Server) -> None:
    device = await _online(server)
    links = server.sdk().meeting_links
    now = server.clock.now()
    link = await links.create_meeting_link(device, kind="video", message="Weekly sync", expiration="2h")
    assert set(link) == FIELDS
    assert link["device"] == device
    assert link["kind"] == "video"
    assert link["message"] == "Weekly sync"
    assert link["url"].startswith("https://call.whatsapp.com/video/")
    assert link["url"].endswith("/" + link["token"])
    assert link["token"]
    assert link["expiration"] == "2h"
    assert link["createdAt"] == iso(now)
    assert link["expiresAt"] == iso(now + timedelta(hours=2))
    assert _whatsapp_links(server, device) == [link["url"]]
    voice = await links.create_meeting_link(device, kind="voice")
    assert voice["expiration"] == "30d"
    assert voice["message"] is None
    assert voice["expiresAt"] == iso(now + timedelta(days=30))
    assert voice["url"].startswith("https://call.whatsapp.com/voice/")


async def test_get_meeting_links_lists_the_active_ones_newest_first_with_filters(server: Server) -> None:
    device = await _online(server)
    links = server.sdk().meeting_links
    short = await links.create_meeting_link(device, kind="voice", message="Quick call", expiration="1h")
    await server.clock.advance(60)
    demo = await links.create_meeting_link(device, kind="video", message="Product DEMO", expiration="7d")
    await server.clock.advance(60)
    team = await links.create_meeting_link(device, kind="video", message="Team", expiration="30d")
    listed = await links.get_meeting_links(device)
    assert [link["id"] for link in listed] == [team["id"], demo["id"], short["id"]]
    assert listed[0] == team  # the stored link reads back as created
    assert [x["id"] for x in await links.get_meeting_links(device, kind="voice")] == [short["id"]]
    assert [x["id"] for x in await links.get_meeting_links(device, search="demo")] == [demo["id"]]
    token = team["token"][:8]
    assert [x["id"] for x in await links.get_meeting_links(device, search=token)] == [team["id"]]
    after = await links.get_meeting_links(device, after=demo["createdAt"])
    assert [x["id"] for x in after] == [team["id"]]
    soon = await links.get_meeting_links(device, expires_before=demo["expiresAt"])
    assert [x["id"] for x in soon] == [short["id"]]
    later = await links.get_meeting_links(device, expires_after=short["expiresAt"])
    assert [x["id"] for x in later] == [team["id"], demo["id"]]
    assert [x["id"] for x in await links.get_meeting_links(device, size=1, page=1)] == [demo["id"]]
    await server.clock.advance(3600)  # the 1h link expires: no longer active
    assert [x["id"] for x in await links.get_meeting_links(device)] == [team["id"], demo["id"]]


async def test_delete_meeting_links_by_id_url_dates_or_all_revokes_them_on_whatsapp(server: Server) -> None:
    device = await _online(server)
    links = server.sdk().meeting_links
    made = []
    for n in range(5):
        made.append(await links.create_meeting_link(device, kind="voice", message=f"call {n}"))
        await server.clock.advance(60)
    first, second, third, fourth, fifth = made
    gone = await links.delete_meeting_links(device, ids=[first["id"]], urls=[second["url"]])
    assert gone == {"deleted": 2, "ids": [first["id"], second["id"]]}
    assert first["url"] not in _whatsapp_links(server, device)
    assert second["url"] not in _whatsapp_links(server, device)
    by_date = await links.delete_meeting_links(device, created_before=fourth["createdAt"])
    assert by_date == {"deleted": 1, "ids": [third["id"]]}
    assert await links.delete_meeting_links(device, created_after=fifth["createdAt"]) == {
        "deleted": 0,
        "ids": [],
    }
    everything = await links.delete_meeting_links(device, all=True)
    assert everything == {"deleted": 2, "ids": [fourth["id"], fifth["id"]]}
    assert await links.get_meeting_links(device) == []
    assert _whatsapp_links(server, device) == []
    assert await _stored(server) == 0


async def test_deleting_an_unknown_link_is_404_and_deletes_nothing(server: Server) -> None:
    device = await _online(server)
    links = server.sdk().meeting_links
    kept = await links.create_meeting_link(device, kind="voice")
    unknown = "0123456789abcdef01234567"
    await _refused(links.delete_meeting_links(device, ids=[kept["id"], unknown]), 404, "not_found")
    await _refused(links.delete_meeting_links(device, urls=["https://call.whatsapp.com/voice/nope"]), 404)
    assert [x["id"] for x in await links.get_meeting_links(device)] == [kept["id"]]
    assert _whatsapp_links(server, device) == [kept["url"]]


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "voice", "message": "x" * 501},
        {"kind": "voice", "expiration": "90d"},
        {"kind": "fax"},
        {"message": "no kind"},
    ],
)
async def test_create_bad_input_is_400_and_stores_nothing(server: Server, body: dict[str, Any]) -> None:
    device = await _online(server)
    response = await server.client.post(f"/v1/devices/{device}/meeting-links", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_parameter"
    assert await _stored(server) == 0
    assert _whatsapp_links(server, device) == []


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"all": False},
        {"all": True, "ids": ["0123456789abcdef01234567"]},
        {"ids": ["0123456789abcdef01234567"], "createdBefore": "2030-01-01T00:00:00Z"},
        {"ids": ["not-an-id"]},
        {"createdBefore": "yesterday"},
    ],
)
async def test_delete_bad_input_is_400_and_deletes_nothing(server: Server, body: dict[str, Any]) -> None:
    device = await _online(server)
    kept = await server.sdk().meeting_links.create_meeting_link(device, kind="voice")
    response = await server.client.request("DELETE", f"/v1/devices/{device}/meeting-links", json=body)
    assert response.status_code == 400, response.text
    assert await _stored(server) == 1
    assert _whatsapp_links(server, device) == [kept["url"]]


async def test_an_offline_number_cannot_create_nor_revoke_but_lists(server: Server) -> None:
    device = await _online(server)
    links = server.sdk().meeting_links
    kept = await links.create_meeting_link(device, kind="video")
    await offline(server, device)
    await _refused(links.create_meeting_link(device, kind="voice"), 409, "not_online")
    await _refused(links.delete_meeting_links(device, all=True), 409, "not_online")
    assert [x["id"] for x in await links.get_meeting_links(device)] == [kept["id"]]
