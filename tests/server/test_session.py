"""The `session` operations over the sandbox: QR, auth codes, reboot, start, reset, sync, health."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
from pathlib import Path

import pytest

from sparkbot.server import ManualClock, Settings

from .harness import KEY, Server, running

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


async def test_scan_qr_svg_is_the_default(server: Server) -> None:
    number = await server.create_number()
    response = await server.client.get(f"/v1/devices/{number['id']}/scan")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in response.content
    assert response.content.lstrip().startswith(b"<?xml")


async def test_scan_qr_image_is_png_bytes(server: Server) -> None:
    number = await server.create_number()
    response = await server.client.get(f"/v1/devices/{number['id']}/scan", params={"encoding": "image"})
    assert response.headers["content-type"] == "image/png"
    assert response.content.startswith(PNG_MAGIC)


async def test_scan_qr_json_encodings(server: Server) -> None:
    number = await server.create_number()
    path = f"/v1/devices/{number['id']}/scan"
    as_json = (await server.client.get(path, params={"encoding": "json"})).json()
    assert as_json["payload"].startswith("2@")
    assert as_json["round"] == 1
    assert as_json["rounds"] == 6
    assert as_json["status"] == "authorize"
    assert as_json["expiresAt"] == "2026-01-01T00:01:00.000Z"
    as_b64 = (await server.client.get(path, params={"encoding": "base64"})).json()
    assert base64.b64decode(as_b64["image"]).startswith(PNG_MAGIC)
    as_uri = (await server.client.get(path, params={"encoding": "base64_uri"})).json()
    assert as_uri["image"].startswith("data:image/png;base64,")
    assert base64.b64decode(as_uri["image"].split(",", 1)[1]).startswith(PNG_MAGIC)
    raw = (await server.client.get(path, params={"encoding": "uri"})).json()
    assert raw["uri"] == as_json["payload"]
    assert (await server.client.get(path, params={"encoding": "gif"})).status_code == 400


async def test_scan_qr_rotates_then_times_out(server: Server) -> None:
    number = await server.create_number()
    path = f"/v1/devices/{number['id']}/scan"
    first = (await server.client.get(path, params={"encoding": "json"})).json()
    await server.clock.advance(30)
    assert (await server.client.get(path, params={"encoding": "json"})).json()["payload"] == first["payload"]
    await server.clock.advance(30)
    second = (await server.client.get(path, params={"encoding": "json"})).json()
    assert second["round"] == 2
    assert second["payload"] != first["payload"]
    assert second["expiresAt"] == "2026-01-01T00:01:20.000Z"
    await server.clock.advance(20 * 5)  # rounds 2..6 run out at 160 s
    device = await server.wait_status(number["id"], "timeout")
    assert device.session_reason == "login_expired"
    listed = (await server.client.get("/v1/devices", params={"sessionStatus": "timeout"})).json()
    assert [n["id"] for n in listed] == [number["id"]]
    again = (await server.client.get(path, params={"encoding": "json"})).json()
    assert again["round"] == 1
    assert again["status"] == "authorize"


async def test_scan_qr_when_linked_needs_force(server: Server) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    path = f"/v1/devices/{number['id']}/scan"
    refused = await server.client.get(path)
    assert refused.status_code == 409
    assert "force" in refused.json()["message"]
    assert refused.json()["errors"][0]["field"] == "force"
    forced = await server.client.get(path, params={"force": "true", "encoding": "json"})
    assert forced.status_code == 200
    assert forced.json()["status"] == "authorize"


async def test_request_number_auth_code(server: Server) -> None:
    number = await server.create_number()
    path = f"/v1/devices/{number['id']}/authcode"
    missing = await server.client.post(path)
    assert missing.status_code == 400
    assert missing.json()["errors"][0]["field"] == "phone"
    bad = await server.client.post(path, json={"phone": "+1234"})
    assert bad.status_code == 400
    response = await server.client.post(path, json={"phone": "+447362053576"})
    assert response.status_code == 200, response.text
    answer = response.json()
    code = answer["code"]
    assert len(code) == 9
    assert code[4] == "-"
    assert set(code.replace("-", "")) <= set("ABCDEFGHJKLMNPQRSTVWXYZ23456789")
    assert answer["phone"] == "+447362053576"
    assert answer["expiresAt"]
    wrong = await server.client.post(f"/sandbox/devices/{number['id']}/pair", json={"code": "AAAA-AAAA"})
    assert wrong.status_code == 400
    paired = await server.client.post(f"/sandbox/devices/{number['id']}/pair", json={"code": code.lower()})
    assert paired.status_code == 200, paired.text
    assert paired.json()["session"]["status"] == "online"
    got = (await server.client.get(f"/v1/devices/{number['id']}")).json()
    assert got["phone"] == "+447362053576"
    assert got["status"] == "operative"
    linked = await server.client.post(path)
    assert linked.status_code == 409
    assert "force" in linked.json()["message"]
    again = await server.client.post(path, params={"force": "true"})  # phone defaults to the number's own
    assert again.status_code == 200
    assert again.json()["phone"] == "+447362053576"


async def test_reboot_device_never_linked_is_409(server: Server) -> None:
    number = await server.create_number()
    response = await server.client.post(f"/v1/devices/{number['id']}/reboot")
    assert response.status_code == 409
    assert response.json()["error"] == "not_linked"


async def test_reboot_device_waits_until_online(server: Server) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    path = f"/v1/devices/{number['id']}/reboot"
    call = asyncio.create_task(server.client.post(path, params={"wait": "true", "sync": "true"}))
    await server.clock.wait_for_sleepers(2)  # the reconnect, and the wait's own limit
    state = (await server.client.get(f"/v1/devices/{number['id']}")).json()["session"]
    assert (state["status"], state["reason"]) == ("offline", "rebooting")
    await server.clock.advance(server.services.settings.reconnect_seconds)
    response = await call
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "online"
    assert response.json()["session"]["lastSyncAt"] is not None


async def test_reboot_device_without_wait_answers_at_once(server: Server) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    response = await server.client.post(f"/v1/devices/{number['id']}/reboot")
    assert response.json()["status"] == "offline"
    await server.clock.advance(server.services.settings.reconnect_seconds)
    await server.wait_status(number["id"], "online")


async def test_reboot_device_wait_times_out_with_504(tmp_path: Path, clock: ManualClock) -> None:
    slow = Settings(data_dir=tmp_path, api_key=KEY, reconnect_seconds=120)
    async with running(slow, clock) as server:
        number = await server.create_number()
        await server.link_by_qr(number["id"])
        path = f"/v1/devices/{number['id']}/reboot"
        call = asyncio.create_task(server.client.post(path, params={"wait": "true"}))
        await clock.wait_for_sleepers(2)
        await clock.advance(89)
        assert not call.done()
        await clock.advance(1)
        response = await call
    assert response.status_code == 504
    body = response.json()
    assert body["error"] == "wait_timeout"
    assert body["status"] == 504
    assert body["session"]["status"] == "offline"
    assert "offline" in body["message"]


@pytest.mark.parametrize("reason", ["offline", "conflict"])
async def test_reboot_device_stopped_needs_force(server: Server, reason: str) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    dropped = await server.client.post(f"/sandbox/devices/{number['id']}/disconnect", json={"reason": reason})
    assert dropped.json()["session"]["status"] == ("offline" if reason == "offline" else "error")
    path = f"/v1/devices/{number['id']}/reboot"
    refused = await server.client.post(path)
    assert refused.status_code == 409
    assert "force" in refused.json()["message"]
    call = asyncio.create_task(server.client.post(path, params={"force": "true", "wait": "true"}))
    await server.clock.wait_for_sleepers(2)
    await server.clock.advance(server.services.settings.reconnect_seconds)
    assert (await call).json()["status"] == "online"


async def test_sync_session(server: Server) -> None:
    number = await server.create_number()
    unlinked = (await server.client.get(f"/v1/devices/{number['id']}/sync")).json()
    assert unlinked == {
        "device": number["id"],
        "status": "authorize",
        "lastSyncAt": None,
        "session": unlinked["session"],
    }
    await server.link_by_qr(number["id"])
    await server.clock.advance(5)
    synced = (await server.client.get(f"/v1/devices/{number['id']}/sync")).json()
    assert synced["status"] == "online"
    assert synced["lastSyncAt"] == "2026-01-01T00:00:05.000Z"
    assert synced["session"]["lastSyncAt"] == synced["lastSyncAt"]


async def test_start_device(server: Server) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    await server.client.post(f"/sandbox/devices/{number['id']}/disconnect", json={"reason": "offline"})
    call = asyncio.create_task(
        server.client.post(f"/v1/devices/{number['id']}/start", params={"wait": "true"})
    )
    await server.clock.wait_for_sleepers(2)
    await server.clock.advance(server.services.settings.reconnect_seconds)
    assert (await call).json()["status"] == "online"
    again = await server.client.post(f"/v1/devices/{number['id']}/start")
    assert again.json()["status"] == "online"


async def test_reset_device(server: Server) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    response = await server.client.post(
        f"/v1/devices/{number['id']}/reset", params={"emptyQueue": "true", "wait": "true"}
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["reason"]) == ("authorize", "reset")
    assert body["session"]["linked"] is False
    assert body["emptyQueue"] is True
    assert (await server.client.get(f"/v1/devices/{number['id']}/scan")).status_code == 200


async def test_device_health(server: Server) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    await server.clock.advance(42)
    health = (await server.client.get(f"/v1/devices/{number['id']}/health")).json()
    assert health["status"] == "online"
    assert health["healthy"] is True
    assert health["uptime"] == 42
    assert health["lastConnectedAt"] == "2026-01-01T00:00:00.000Z"
    assert health["lastAckAt"] is None
    assert health["queue"] == {"status": "active", "pending": 0}


def test_settings_are_frozen(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.qr_window_seconds == 160
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.api_key = "x"  # type: ignore[misc]
