"""User Status through the real client (`server.sdk()`): text and media statuses published on the
sandbox's WhatsApp, scheduled ones stored and published by the first call at or after their
time, the list's filters and cursors, deletion of all, the scheduled or the published ones; bad
input a 400 with nothing stored; an offline number cannot publish (409)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from sparkbot.server.db.models import UserStatus
from sparkbot.server.engines import SandboxEngine
from sparkbot.server.services.views import iso

from .harness import Server, offline
from .harness import online as _online
from .harness import refused as _refused
from .outbox import subscribe, written

FIELDS = {"id", "wid", "device", "flow", "kind", "state", "ack", "message", "font", "color", "media"}
FIELDS |= {"reference", "scheduledAt", "publishedAt", "expiresAt", "createdAt", "updatedAt"}


def _published(server: Server, device: str) -> list[str]:
    engine = server.services.engine
    assert isinstance(engine, SandboxEngine)
    return [post.wa_id for post in engine.business.statuses(device)]


async def _stored(server: Server) -> int:
    async with server.services.database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(UserStatus)) or 0)


async def test_a_text_status_is_published_on_whatsapp_and_stored(server: Server) -> None:
    device = await _online(server)
    statuses = server.sdk().user_status
    now = server.clock.now()
    status = await statuses.update_user_status(
        device, message="Open today 9-17", font="serif", color="dark_purple", reference="promo-1"
    )
    assert set(status) == FIELDS
    assert status["device"] == device
    assert status["kind"] == "text"
    assert status["flow"] == "outbound"
    assert (status["state"], status["ack"]) == ("published", "sent")
    assert (status["message"], status["font"], status["color"]) == ("Open today 9-17", "serif", "dark_purple")
    assert status["reference"] == "promo-1"
    assert status["media"] is None
    assert status["scheduledAt"] is None
    assert status["publishedAt"] == iso(now)
    assert status["expiresAt"] == iso(now + timedelta(hours=24))
    assert len(status["wid"]) == 20
    assert int(status["wid"], 16) >= 0
    assert _published(server, device) == [status["wid"]]
    engine = server.services.engine
    assert isinstance(engine, SandboxEngine)
    (post,) = engine.business.statuses(device)
    assert (post.kind, post.text, post.font, post.color) == (
        "text",
        "Open today 9-17",
        "serif",
        "dark_purple",
    )
    assert await statuses.get_user_status_by_id(device, status["id"]) == status
    assert await statuses.get_user_status_by_id(device, status["wid"]) == status
    plain = await statuses.update_user_status(device, message="Defaults")
    assert (plain["font"], plain["color"]) == ("helvetica", "sky_blue")


async def test_a_media_status_is_an_image_or_a_video_by_its_url(server: Server) -> None:
    device = await _online(server)
    statuses = server.sdk().user_status
    photo = await statuses.update_user_status(
        device, media_url="https://cdn.example.com/menu.jpg?v=2", media_message="Today's menu"
    )
    assert photo["kind"] == "image"
    assert photo["message"] == "Today's menu"
    assert photo["media"] == {
        "url": "https://cdn.example.com/menu.jpg?v=2",
        "file": None,
        "filename": None,
        "format": "native",
    }
    assert photo["font"] is None
    assert photo["color"] is None
    clip = await statuses.update_user_status(device, media_url="https://cdn.example.com/tour.mp4")
    assert clip["kind"] == "video"
    assert clip["message"] is None
    gif = await statuses.update_user_status(
        device, media_url="https://cdn.example.com/a.gif", media_format="gif"
    )
    assert gif["kind"] == "video"
    assert _published(server, device) == [photo["wid"], clip["wid"], gif["wid"]]


async def test_a_scheduled_status_waits_and_is_published_by_the_first_call_after_its_time(
    server: Server,
) -> None:
    device = await _online(server)
    statuses = server.sdk().user_status
    now = server.clock.now()
    later = await statuses.update_user_status(device, message="In an hour", schedule_delay_to="1h")
    assert (later["state"], later["ack"]) == ("scheduled", "pending")
    assert later["scheduledAt"] == iso(now + timedelta(hours=1))
    assert later["publishedAt"] is None
    await server.clock.advance(1)
    delayed = await statuses.update_user_status(device, message="In 2 minutes", schedule_delay=120)
    await server.clock.advance(1)
    at = (now + timedelta(days=2)).isoformat()
    dated = await statuses.update_user_status(device, message="In two days", schedule_date=at)
    assert dated["scheduledAt"] == iso(now + timedelta(days=2))
    assert _published(server, device) == []
    scheduled = await statuses.get_user_status(device, scheduled=True, sort="date:asc")
    assert [s["id"] for s in scheduled] == [later["id"], delayed["id"], dated["id"]]
    await server.clock.advance(3600)  # both the 2 minutes and the hour are past: no timer ran
    assert _published(server, device) == []
    listed = {s["id"]: s for s in await statuses.get_user_status(device)}  # the call publishes them
    assert listed[delayed["id"]]["state"] == "published"
    assert listed[later["id"]]["ack"] == "sent"
    assert listed[later["id"]]["publishedAt"] == iso(server.clock.now())
    assert listed[dated["id"]]["state"] == "scheduled"
    assert _published(server, device) == [delayed["wid"], later["wid"]]  # oldest due first


async def test_get_user_status_filters_sorts_pages_and_cursors(server: Server) -> None:
    device = await _online(server)
    statuses = server.sdk().user_status
    made = []
    for body in (
        {"message": "Hello world", "reference": "r1"},
        {"media_url": "https://cdn.example.com/shop.png", "media_message": "New shop"},
        {"media_url": "https://cdn.example.com/tour.mp4"},
        {"message": "Later", "schedule_delay_to": "1d"},
    ):
        made.append(await statuses.update_user_status(device, **body))
        await server.clock.advance(1)
    text, image, video, scheduled = made
    ids = lambda found: [s["id"] for s in found]  # noqa: E731
    assert ids(await statuses.get_user_status(device)) == [
        scheduled["id"],
        video["id"],
        image["id"],
        text["id"],
    ]
    assert ids(await statuses.get_user_status(device, sort="date:asc", size=2, page=1)) == [
        video["id"],
        scheduled["id"],
    ]
    assert ids(await statuses.get_user_status(device, type="image")) == [image["id"]]
    assert ids(await statuses.get_user_status(device, type=["text"], ack="sent")) == [text["id"]]
    assert ids(await statuses.get_user_status(device, ack="pending")) == [scheduled["id"]]
    assert ids(await statuses.get_user_status(device, ack="read")) == []
    assert ids(await statuses.get_user_status(device, search="SHOP")) == [image["id"]]
    assert ids(await statuses.get_user_status(device, reference="r1")) == [text["id"]]
    assert ids(await statuses.get_user_status(device, wid=[video["wid"]])) == [video["id"]]
    assert ids(await statuses.get_user_status(device, flow="inbound")) == []
    assert len(await statuses.get_user_status(device, flow="outbound", mine=True)) == 4
    assert len(await statuses.get_user_status(device, chat="status@broadcast")) == 4
    assert await statuses.get_user_status(device, chat="447362053576@c.us") == []
    phone = (await server.client.get(f"/v1/devices/{device}")).json()["phone"]
    assert len(await statuses.get_user_status(device, phone=phone)) == 4
    assert await statuses.get_user_status(device, phone="+447362053576") == []
    assert ids(
        await statuses.get_user_status(device, after=text["createdAt"], before=video["createdAt"])
    ) == [image["id"]]
    assert ids(await statuses.get_user_status(device, begin=image["id"])) == [image["id"], text["id"]]
    assert ids(await statuses.get_user_status(device, end=video["wid"], sort="date:asc")) == [
        video["id"],
        scheduled["id"],
    ]
    await _refused(
        statuses.get_user_status(device, begin="0123456789abcdef01234567"), 400, "invalid_parameter"
    )


async def test_delete_user_status_all_scheduled_or_published(server: Server) -> None:
    device = await _online(server)
    statuses = server.sdk().user_status
    one = await statuses.update_user_status(device, message="one")
    two = await statuses.update_user_status(device, message="two")
    later = await statuses.update_user_status(device, message="later", schedule_delay_to="1w")
    await _refused(statuses.delete_user_status(device, scheduled=[one["id"]]), 404, "not_found")
    await _refused(statuses.delete_user_status(device, status=[later["wid"]]), 404, "not_found")
    assert await _stored(server) == 3
    assert await statuses.delete_user_status(device, scheduled=[later["id"]]) == {
        "deleted": 1,
        "ids": [later["id"]],
    }
    assert await statuses.delete_user_status(device, status=[one["wid"]]) == {
        "deleted": 1,
        "ids": [one["id"]],
    }
    assert _published(server, device) == [two["wid"]]
    await _refused(statuses.get_user_status_by_id(device, one["id"]), 404, "not_found")
    await server.clock.advance(1)
    again = await statuses.update_user_status(device, message="again", schedule_delay=60)
    assert await statuses.delete_user_status(device, all=True) == {
        "deleted": 2,
        "ids": [two["id"], again["id"]],
    }
    assert _published(server, device) == []
    assert await _stored(server) == 0


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"message": "x" * 651},
        {"message": "hi", "reference": "r" * 151},
        {"message": "hi", "media": {"url": "https://cdn.example.com/a.jpg"}},
        {"media": {"url": "ftp://cdn.example.com/a.jpg"}},
        {"media": {"url": "https://cdn.example.com/a.pdf"}},
        {"media": {"url": "https://cdn.example.com/a.jpg", "file": "0123456789abcdef01234567"}},
        {"media": {"url": "https://cdn.example.com/a.ogg", "format": "ptt"}},
        {"media": {"file": "nope"}},
        {"media": {"message": "a caption alone"}},
        {"message": "hi", "schedule": {"delay": 0}},
        {"message": "hi", "schedule": {"delay": 60, "delayTo": "1h"}},
        {"message": "hi", "schedule": {"date": "2000-01-01T00:00:00Z"}},
        {"message": "hi", "schedule": {"date": "not a date"}},
        {"message": "hi", "font": "comic_sans"},
    ],
)
async def test_update_bad_input_is_400_and_stores_nothing(server: Server, body: dict[str, Any]) -> None:
    device = await _online(server)
    response = await server.client.post(f"/v1/chat/{device}/status", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_parameter"
    assert await _stored(server) == 0
    assert _published(server, device) == []


@pytest.mark.parametrize(
    "body",
    [{}, {"all": False}, {"all": True, "status": ["3EB0AAAAAAAAAAAAAAAA"]}, {"scheduled": ["not-hex"]}],
)
async def test_delete_bad_input_is_400_and_deletes_nothing(server: Server, body: dict[str, Any]) -> None:
    device = await _online(server)
    kept = await server.sdk().user_status.update_user_status(device, message="kept")
    response = await server.client.request("DELETE", f"/v1/chat/{device}/status", json=body)
    assert response.status_code == 400, response.text
    assert await _stored(server) == 1
    assert _published(server, device) == [kept["wid"]]


async def test_an_offline_number_schedules_but_does_not_publish(server: Server) -> None:
    device = await _online(server)
    statuses = server.sdk().user_status
    published = await statuses.update_user_status(device, message="live")
    await offline(server, device)
    await _refused(statuses.update_user_status(device, message="now"), 409, "not_online")
    await _refused(statuses.delete_user_status(device, status=[published["wid"]]), 409, "not_online")
    later = await statuses.update_user_status(device, message="later", schedule_delay=60)
    await server.clock.advance(120)
    assert (await statuses.get_user_status_by_id(device, later["id"]))["state"] == "scheduled"  # waits
    await _refused(statuses.get_user_status_by_id(device, "zz"), 400, "invalid_parameter")
    await _refused(statuses.get_user_status_by_id(device, "0123456789abcdef01234567"), 404, "not_found")
    assert await _stored(server) == 2


async def test_a_media_status_of_a_stored_file_takes_its_kind_and_checks_it_is_the_accounts(
    server: Server,
) -> None:
    device = await _online(server)
    statuses = server.sdk().user_status
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    pdf = b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 30 + b"%%EOF\n"
    uploads = {}
    for name, content, mime in (("shop.png", png, "image/png"), ("terms.pdf", pdf, "application/pdf")):
        response = await server.client.post("/v1/files", files={"file": (name, content, mime)})
        assert response.status_code == 201, response.text
        uploads[name] = response.json()["id"]
    photo = await statuses.update_user_status(
        device, media_file=uploads["shop.png"], media_message="Our shop"
    )
    assert photo["kind"] == "image"
    assert photo["media"]["file"] == uploads["shop.png"]
    assert photo["message"] == "Our shop"
    await _refused(
        statuses.update_user_status(device, media_file=uploads["terms.pdf"]), 400, "invalid_parameter"
    )
    await _refused(
        statuses.update_user_status(device, media_file="0123456789abcdef01234567"), 404, "not_found"
    )
    _, other_key = await server.services.accounts.create("other")
    async with server.client_for(other_key) as other:
        response = await other.post("/v1/files", files={"file": ("theirs.png", png + b"x", "image/png")})
        assert response.status_code == 201, response.text
    await _refused(statuses.update_user_status(device, media_file=response.json()["id"]), 404, "not_found")
    assert await _stored(server) == 1
    assert _published(server, device) == [photo["wid"]]


async def test_a_published_status_is_a_status_update_event(server: Server) -> None:
    device = await _online(server)
    await subscribe(server, device, ["status:update"])
    statuses = server.sdk().user_status
    now_ = await statuses.update_user_status(device, message="Open today")
    later = await statuses.update_user_status(device, message="Open tomorrow", schedule_delay=60)
    assert await _status_events(server) == [now_["id"]]  # a scheduled one is not published yet
    await server.clock.advance(61)
    await statuses.get_user_status(device)  # the first call after its time publishes it
    assert await _status_events(server) == [now_["id"], later["id"]]
    await statuses.get_user_status(device)
    assert await _status_events(server) == [now_["id"], later["id"]]  # once


async def _status_events(server: Server) -> list[str]:
    events = await written(server)
    assert {w.event for w in events} <= {"status:update"}
    assert all(w.data["state"] == "published" for w in events)
    return [w.data["id"] for w in events]
