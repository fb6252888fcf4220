"""The server checks ids and phones whole, and takes the wire form of a mapped value (`confirm: true`)."""

from __future__ import annotations

from .harness import Server

PHONE = "+447362053576"
EVENT = "3eb0a1b2c3d4e5f6a7b8"


async def _paused(server: Server) -> str:
    number = await server.create_number("Whole")
    paused = await server.client.post(f"/v1/devices/{number['id']}/queue", json={"status": "pause"})
    assert paused.status_code == 200, paused.text
    return str(number["id"])


async def test_a_trailing_newline_is_no_phone_and_no_id(server: Server) -> None:
    device = await _paused(server)
    response = await server.client.post(
        "/v1/messages", json={"device": device, "phone": PHONE + "\n", "message": "hi"}
    )
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["field"] == "phone"
    response = await server.client.post(
        "/v1/messages", json={"device": device + "\n", "phone": PHONE, "message": "hi"}
    )
    assert response.status_code == 400, response.text
    assert response.json()["errors"][0]["field"] == "device"
    response = await server.client.get(f"/v1/devices/{device}%0A")
    assert response.status_code == 400, response.text


async def test_an_event_answer_travels_as_a_boolean(server: Server) -> None:
    device = await _paused(server)
    for answer in (True, False):
        body = {"device": device, "phone": PHONE, "confirm": {"event": EVENT, "confirm": answer}}
        response = await server.client.post("/v1/messages", json=body)
        assert response.status_code == 201, response.text
    refused = {"device": device, "phone": PHONE, "confirm": {"event": EVENT, "confirm": "maybe"}}
    response = await server.client.post("/v1/messages", json=refused)
    assert response.status_code == 400, response.text
