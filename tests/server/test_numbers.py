"""The `numbers` operations: create, list with filters and pages, get, update, delete."""

from __future__ import annotations

from .harness import Server


async def test_create_number(server: Server) -> None:
    number = await server.create_number("Sales", description="front desk")
    assert len(number["id"]) == 24
    assert number["alias"] == "Sales"
    assert number["status"] == "pending"
    assert number["session"]["status"] == "authorize"
    assert number["session"]["linked"] is False
    assert number["phone"] is None
    assert number["queue"] == {"status": "active", "pending": 0, "forceUntil": None}


async def test_create_number_refuses_bad_values(server: Server) -> None:
    missing = await server.client.post("/v1/devices", json={"billingPlan": "business"})
    assert missing.status_code == 400
    assert missing.json()["errors"][0]["field"] == "alias"
    bad_plan = await server.client.post("/v1/devices", json={"alias": "Ok", "billingPlan": "gold"})
    assert bad_plan.status_code == 400
    assert bad_plan.json()["errors"][0]["field"] == "billingPlan"
    short = await server.client.post("/v1/devices", json={"alias": "A", "billingPlan": "business"})
    assert short.status_code == 400
    assert "2 to 30" in short.json()["message"]


async def test_get_numbers_filters_and_pages(server: Server) -> None:
    ids = [(await server.create_number(f"Number {i}"))["id"] for i in range(5)]
    everything = (await server.client.get("/v1/devices")).json()
    assert [n["id"] for n in everything] == ids
    first = (await server.client.get("/v1/devices", params={"size": 2})).json()
    third = (await server.client.get("/v1/devices", params={"size": 2, "page": 2})).json()
    assert [n["id"] for n in first] == ids[:2]
    assert [n["id"] for n in third] == ids[4:]
    some = (await server.client.get("/v1/devices", params={"ids": f"{ids[1]},{ids[3]}"})).json()
    assert {n["id"] for n in some} == {ids[1], ids[3]}
    found = (await server.client.get("/v1/devices", params={"search": "number 2"})).json()
    assert [n["id"] for n in found] == [ids[2]]
    pending = (await server.client.get("/v1/devices", params={"status": "pending"})).json()
    assert len(pending) == 5
    online = (await server.client.get("/v1/devices", params={"sessionStatus": "online"})).json()
    assert online == []
    bad = await server.client.get("/v1/devices", params={"sessionStatus": "asleep"})
    assert bad.status_code == 400


async def test_get_number_by_id_with_exclude_and_include(server: Server) -> None:
    number = await server.create_number()
    got = (await server.client.get(f"/v1/devices/{number['id']}")).json()
    assert got == number
    trimmed = await server.client.get(
        f"/v1/devices/{number['id']}", params={"exclude": "session,stats", "include": "quickReplies"}
    )
    assert "session" not in trimmed.json()
    assert "stats" not in trimmed.json()
    assert trimmed.json()["quickReplies"] == []
    missing = await server.client.get(f"/v1/devices/{'a' * 24}")
    assert missing.status_code == 404


async def test_update_number(server: Server) -> None:
    number = await server.create_number()
    response = await server.client.patch(
        f"/v1/devices/{number['id']}",
        json={"alias": "Renamed", "settings": {"rebootPolicy": "1h", "deliverySpeed": 10}},
    )
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["alias"] == "Renamed"
    assert updated["settings"]["rebootPolicy"] == "1h"
    assert updated["settings"]["deliverySpeed"] == 10
    assert updated["settings"]["retentionPolicy"] == "plan_defaults"
    disabled = (await server.client.patch(f"/v1/devices/{number['id']}", json={"enable": False})).json()
    assert disabled["status"] == "disabled"
    refused = await server.client.get(f"/v1/devices/{number['id']}/scan")
    assert refused.status_code == 409
    enabled = (await server.client.patch(f"/v1/devices/{number['id']}", json={"enable": True})).json()
    assert enabled["status"] == "pending"
    bad = await server.client.patch(f"/v1/devices/{number['id']}", json={"settings": {"rebootPolicy": "7m"}})
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["field"] == "settings.rebootPolicy"


async def test_delete_number(server: Server) -> None:
    number = await server.create_number()
    response = await server.client.delete(f"/v1/devices/{number['id']}")
    assert response.status_code == 200
    assert response.json()["status"] == "removed"
    assert (await server.client.get(f"/v1/devices/{number['id']}")).status_code == 404
    assert (await server.client.delete(f"/v1/devices/{number['id']}")).status_code == 404


async def test_delete_chats_takes_a_bare_array(server: Server) -> None:
    number = await server.create_number()
    path = f"/v1/devices/{number['id']}/chats"
    ok = await server.client.request("DELETE", path, json=["+447362053576"])
    assert ok.status_code == 200
    assert ok.json()["phones"] == ["+447362053576"]
    bad = await server.client.request("DELETE", path, json=["12"])
    assert bad.status_code == 400
