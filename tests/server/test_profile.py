"""WhatsApp profile through the real client (`server.sdk()`): name, about text and business profile
set on the sandbox's WhatsApp and read back as last set; the picture's bytes in (base64 or a data
URL; PNG, JPEG or WEBP by their first bytes, at most 1 MB) and out with their content type; bad
input a 400 with nothing stored; an offline number, 409."""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from sparkbot.server.db.models import Profile
from sparkbot.server.engines import SandboxEngine
from sparkbot.server.services.pictures import MAX_PICTURE as MAX_IMAGE
from sparkbot.server.services.views import iso

from .fileserver import Served, serving
from .harness import Server, offline
from .harness import online as _online
from .harness import refused as _refused

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR a tiny picture" * 4
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF a photo"
WEBP = b"RIFF\x10\x00\x00\x00WEBPVP8 a sticker-like picture"
EMPTY_BUSINESS = {
    "address": None,
    "description": None,
    "email": None,
    "websites": [],
    "categories": [],
    "businessHours": None,
}


def _engine(server: Server) -> SandboxEngine:
    engine = server.services.engine
    assert isinstance(engine, SandboxEngine)
    return engine


async def _stored(server: Server) -> int:
    async with server.services.database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(Profile)) or 0)


async def test_a_profile_never_set_answers_nulls(server: Server) -> None:
    device = await _online(server)
    profile = await server.sdk().profile.device_profile(device)
    phone = (await server.client.get(f"/v1/devices/{device}")).json()["phone"]
    assert profile == {
        "device": device,
        "phone": phone,
        "wid": phone.lstrip("+") + "@c.us",
        "name": None,
        "status": None,
        "businessProfile": EMPTY_BUSINESS,
        "image": None,
        "updatedAt": None,
    }
    await _refused(server.sdk().profile.device_profile_image(device), 404, "not_found")


async def test_update_profile_sets_whatsapp_and_keeps_the_fields_not_given(server: Server) -> None:
    device = await _online(server)
    profile = server.sdk().profile
    now = server.clock.now()
    first = await profile.device_profile_update(
        device,
        name="Acme Support",
        status="Here to help",
        business_address="1 High St, London",
        business_email="help@acme.example",
        business_websites=["https://acme.example", "https://shop.acme.example"],
        business_categories=["retail_purchases_and_sales", "education"],
        business_hours_timezone="Europe/London",
    )
    assert first["name"] == "Acme Support"
    assert first["status"] == "Here to help"
    assert first["businessProfile"] == {
        "address": "1 High St, London",
        "description": None,
        "email": "help@acme.example",
        "websites": ["https://acme.example", "https://shop.acme.example"],
        "categories": ["retail_purchases_and_sales", "education"],
        "businessHours": {"timezone": "Europe/London"},
    }
    assert first["updatedAt"] == iso(now)
    await server.clock.advance(5)
    second = await profile.device_profile_update(device, status="Back soon", business_description="We sell")
    assert second["name"] == "Acme Support"  # kept
    assert second["status"] == "Back soon"
    assert second["updatedAt"] == iso(now + timedelta(seconds=5))
    assert second["businessProfile"]["description"] == "We sell"
    assert second["businessProfile"]["address"] == "1 High St, London"  # kept
    assert await profile.device_profile(device) == second
    on_whatsapp = _engine(server).business.profile(device)
    assert (on_whatsapp.name, on_whatsapp.about) == ("Acme Support", "Back soon")
    assert on_whatsapp.business["description"] == "We sell"
    assert on_whatsapp.business["businessHours"] == {"timezone": "Europe/London"}


async def test_the_picture_goes_in_as_base64_and_comes_out_as_bytes(server: Server) -> None:
    device = await _online(server)
    profile = server.sdk().profile
    answer = await profile.update_profile_image(device, image=base64.b64encode(PNG).decode())
    assert answer["image"] == {
        "type": "image/png",
        "size": len(PNG),
        "sha256": hashlib.sha256(PNG).hexdigest(),
        "updatedAt": iso(server.clock.now()),
    }
    picture = await profile.device_profile_image(device)
    assert picture.content == PNG
    assert picture.content_type == "image/png"
    assert _engine(server).business.profile(device).image == PNG
    data_url = "data:image/jpeg;base64," + base64.b64encode(JPEG).decode()
    await profile.update_profile_image(device, url=data_url)
    picture = await profile.device_profile_image(device)
    assert picture.content == JPEG
    assert picture.content_type == "image/jpeg"
    await profile.update_profile_image(device, image=base64.b64encode(WEBP).decode())
    assert (await profile.device_profile_image(device)).content_type == "image/webp"
    assert (await profile.device_profile(device))["name"] is None  # the picture changed nothing else


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"name": "   "},
        {"name": "n" * 26},
        {"status": "s" * 131},
        {"businessProfile": {"email": "not-an-email"}},
        {"businessProfile": {"address": "a" * 257}},
        {"businessProfile": {"websites": ["https://a.example", "https://b.example", "https://c.example"]}},
        {"businessProfile": {"websites": ["javascript:alert(1)"]}},
        {"businessProfile": {"categories": ["hotel", "finance", "grocery", "education"]}},
        {"businessProfile": {"categories": ["spaceships"]}},
        {"businessProfile": {"businessHours": {"timezone": "Mars/Olympus"}}},
    ],
)
async def test_update_bad_input_is_400_and_stores_nothing(server: Server, body: dict[str, Any]) -> None:
    device = await _online(server)
    response = await server.client.patch(f"/v1/devices/{device}/profile", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_parameter"
    assert await _stored(server) == 0
    assert _engine(server).business.profile(device).name is None


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"image": "!!! not base64 !!!"},
        {"image": base64.b64encode(b"GIF89a not allowed").decode()},
        {"image": base64.b64encode(b"just some text").decode()},
        {"image": base64.b64encode(PNG + b"\x00" * MAX_IMAGE).decode()},
        {"url": "https://cdn.example.com/me.png"},
        {"url": "data:image/png;base64," + base64.b64encode(PNG).decode(), "image": "AAAA"},
    ],
)
async def test_image_bad_input_is_400_and_stores_nothing(server: Server, body: dict[str, Any]) -> None:
    device = await _online(server)
    response = await server.client.put(f"/v1/devices/{device}/profile/image", json=body)
    assert response.status_code == 400, response.text
    assert await _stored(server) == 0
    assert _engine(server).business.profile(device).image is None


async def test_an_offline_number_reads_its_profile_but_cannot_change_it(server: Server) -> None:
    device = await _online(server)
    profile = server.sdk().profile
    await profile.device_profile_update(device, name="Acme")
    await offline(server, device)
    await _refused(profile.device_profile_update(device, name="Other"), 409, "not_online")
    await _refused(
        profile.update_profile_image(device, image=base64.b64encode(PNG).decode()), 409, "not_online"
    )
    assert (await profile.device_profile(device))["name"] == "Acme"


async def test_the_picture_by_url_is_fetched(server: Server) -> None:
    device = await _online(server)
    profile = server.sdk().profile
    with serving(
        {"/me.jpg": Served(JPEG, "image/jpeg"), "/me.txt": Served(b"hello", "text/plain")}
    ) as remote:
        answer = await profile.update_profile_image(device, url=remote.url("/me.jpg"))
        assert (answer["image"]["type"], answer["image"]["size"]) == ("image/jpeg", len(JPEG))
        await _refused(
            profile.update_profile_image(device, url=remote.url("/me.txt")), 400, "invalid_parameter"
        )
        await _refused(profile.update_profile_image(device, url=remote.url("/gone.png")), 400)
    assert (await profile.device_profile_image(device)).content == JPEG
