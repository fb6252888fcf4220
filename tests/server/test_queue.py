"""Sending queues at once; the `queue` operations read, hold, move and empty a number's queue."""

from __future__ import annotations

from typing import Any

from .harness import Server


async def send(server: Server, device: str, **body: Any) -> dict[str, Any]:
    response = await server.client.post("/v1/messages", json={"device": device, **body})
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_send_text_is_queued(server: Server) -> None:
    number = await server.create_number()
    message = await send(server, number["id"], phone="+447362053576", message="hi")
    assert message["status"] == "queued"
    assert (message["kind"], message["type"]) == ("sendText", "text")
    assert len(message["id"]) == 24
    media = await send(server, number["id"], phone="+447362053576", media={"url": "https://x.example/a.png"})
    assert (media["kind"], media["type"]) == ("sendMedia", "image")
    later = await send(
        server, number["id"], group="12036304@g.us", message="x", deliverAt="2026-02-01T00:00:00Z"
    )
    assert later["kind"] == "sendScheduled"
    queue = (await server.client.get(f"/v1/devices/{number['id']}/queue")).json()
    assert (queue["status"], queue["pending"], queue["scheduled"]) == ("active", 3, 1)
    health = (await server.client.get(f"/v1/devices/{number['id']}/health")).json()
    assert health["queue"]["pending"] == 3


async def test_send_refused_without_target_or_for_unknown_number(server: Server) -> None:
    number = await server.create_number()
    none = await server.client.post("/v1/messages", json={"device": number["id"], "message": "hi"})
    assert none.status_code == 400
    _, other_key = await server.services.accounts.create("other")
    async with server.client_for(other_key) as other:
        stranger = await other.post(
            "/v1/messages", json={"device": number["id"], "phone": "+447362053576", "message": "hi"}
        )
    assert stranger.status_code == 404


async def test_set_queue_status(server: Server) -> None:
    number = await server.create_number()
    path = f"/v1/devices/{number['id']}/queue"
    rejecting = (await server.client.post(path, json={"status": "reject", "force": True})).json()
    assert rejecting["status"] == "reject"
    assert rejecting["forceUntil"] == "2026-01-01T00:30:00.000Z"
    refused = await server.client.post(
        "/v1/messages", json={"device": number["id"], "phone": "+447362053576", "message": "hi"}
    )
    assert refused.status_code == 409
    bad = await server.client.post(path, json={"status": "pause", "force": True})
    assert bad.status_code == 400


async def test_route_queue_moves_in_order(server: Server) -> None:
    source = await server.create_number("Source")
    target = await server.create_number("Target")
    await send(server, target["id"], phone="+447362053576", message="already there")
    sent = [(await send(server, source["id"], phone="+447362053576", message=str(i)))["id"] for i in range(3)]
    path = f"/v1/devices/{source['id']}/queue"
    same = await server.client.patch(path, json={"device": source["id"]})
    assert same.status_code == 400
    await server.client.post(f"/v1/devices/{target['id']}/queue", json={"status": "freeze"})
    frozen = await server.client.patch(path, json={"device": target["id"]})
    assert frozen.status_code == 409
    assert (await server.client.get(path)).json()["pending"] == 3
    await server.client.post(f"/v1/devices/{target['id']}/queue", json={"status": "active"})
    moved = await server.client.patch(path, json={"device": target["id"]})
    assert moved.json()["moved"] == 3
    assert (await server.client.get(path)).json()["pending"] == 0
    order = await server.services.outbox.queue(target["id"])
    assert [m.id for m in order][1:] == sent


async def test_empty_queue(server: Server) -> None:
    number = await server.create_number()
    keep = await send(server, number["id"], phone="+447362053577", message="keep")
    await send(server, number["id"], phone="+447362053576", message="drop")
    await send(server, number["id"], phone="+447362053576", message="later", deliverAt="2026-03-01T00:00:00Z")
    path = f"/v1/devices/{number['id']}/queue"
    response = await server.client.request(
        "DELETE", path, json={"phones": ["+447362053576"], "skipScheduled": True}
    )
    assert response.json()["deleted"] == 1
    everything = await server.client.request("DELETE", path, json={"ids": [keep["id"]]})
    assert everything.json() == {"device": number["id"], "deleted": 1, "pending": 1}
    assert (await server.client.delete(path)).json()["deleted"] == 1


async def test_delete_number_takes_its_queue(server: Server) -> None:
    number = await server.create_number()
    await send(server, number["id"], phone="+447362053576", message="hi")
    deleted = (await server.client.delete(f"/v1/devices/{number['id']}")).json()
    assert deleted["deletedMessages"] == 1
    assert await server.services.outbox.count(number["id"]) == 0
