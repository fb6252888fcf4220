"""The sandbox's phone: scanning links a number, expired or unknown QRs are refused, links drop."""

from __future__ import annotations

from .harness import Server


async def test_scan_links_the_number(server: Server) -> None:
    number = await server.create_number()
    linked = await server.link_by_qr(number["id"])
    assert linked["session"]["status"] == "online"
    assert linked["phone"].startswith("+1600555")
    got = (await server.client.get(f"/v1/devices/{number['id']}")).json()
    assert got["status"] == "operative"
    assert got["session"]["status"] == "online"
    assert got["session"]["linked"] is True
    assert got["session"]["lastConnectedAt"] == "2026-01-01T00:00:00.000Z"
    assert got["phone"] == linked["phone"]
    again = await server.client.post(f"/sandbox/devices/{number['id']}/scan")
    assert again.status_code == 409


async def test_scan_without_a_qr_showing_is_refused(server: Server) -> None:
    number = await server.create_number()
    response = await server.client.post(f"/sandbox/devices/{number['id']}/scan")
    assert response.status_code == 409
    assert response.json()["error"] == "no_qr"


async def test_scan_a_given_qr(server: Server) -> None:
    number = await server.create_number()
    path = f"/v1/devices/{number['id']}/scan"
    old = (await server.client.get(path, params={"encoding": "uri"})).json()["uri"]
    await server.clock.advance(61)
    current = (await server.client.get(path, params={"encoding": "uri"})).json()["uri"]
    scan = f"/sandbox/devices/{number['id']}/scan"
    expired = await server.client.post(scan, json={"qr": old})
    assert expired.status_code == 400
    assert expired.json()["error"] == "qr_expired"
    unknown = await server.client.post(scan, json={"qr": "2@forged"})
    assert unknown.status_code == 400
    assert unknown.json()["error"] == "invalid_qr"
    ok = await server.client.post(scan, json={"qr": current})
    assert ok.status_code == 200
    assert ok.json()["session"]["status"] == "online"


async def test_disconnect_logged_out_unlinks(server: Server) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    response = await server.client.post(
        f"/sandbox/devices/{number['id']}/disconnect", json={"reason": "logged_out"}
    )
    session = response.json()["session"]
    assert (session["status"], session["reason"], session["linked"]) == ("error", "logged_out", False)
    assert (await server.client.get(f"/v1/devices/{number['id']}/scan")).status_code == 200
    bad = await server.client.post(f"/sandbox/devices/{number['id']}/disconnect", json={"reason": "nap"})
    assert bad.status_code == 400


async def test_inbound_needs_an_online_number(server: Server) -> None:
    number = await server.create_number()
    path = f"/sandbox/devices/{number['id']}/inbound"
    body = {"phone": "+447362053576", "message": "hello"}
    assert (await server.client.post(path, json=body)).status_code == 409
    await server.link_by_qr(number["id"])
    response = await server.client.post(path, json=body)
    assert response.status_code == 201
    assert response.json()["message"]["from"] == "447362053576@c.us"
