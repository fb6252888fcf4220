"""Every error has one shape: ours, FastAPI's validation errors, unknown routes, wrong methods."""

from __future__ import annotations

from typing import Any

from .harness import Server


def assert_shape(body: dict[str, Any], status: int, error: str) -> None:
    assert set(body) >= {"status", "error", "message", "errors"}
    assert body["status"] == status
    assert body["error"] == error
    assert isinstance(body["message"], str)
    assert body["message"]
    assert all(set(e) == {"field", "message"} for e in body["errors"])


async def test_unknown_route_is_404_in_shape(server: Server) -> None:
    response = await server.client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert_shape(response.json(), 404, "not_found")


async def test_wrong_method_is_405_in_shape(server: Server) -> None:
    response = await server.client.put("/v1/devices")
    assert response.status_code == 405
    assert_shape(response.json(), 405, "method_not_allowed")
    assert "GET" in response.headers["allow"]


async def test_catalogue_validation_is_400_with_fields(server: Server) -> None:
    response = await server.client.get("/v1/devices/not-an-id")
    assert response.status_code == 400
    body = response.json()
    assert_shape(body, 400, "invalid_parameter")
    assert body["errors"][0]["field"] == "deviceId"


async def test_fastapi_validation_is_reshaped(server: Server) -> None:
    number = await server.create_number()
    response = await server.client.post(f"/sandbox/devices/{number['id']}/pair", json={"wrong": 1})
    assert response.status_code == 400
    body = response.json()
    assert_shape(body, 400, "invalid_parameter")
    assert {e["field"] for e in body["errors"]} >= {"code", "wrong"}


async def test_invalid_json_body(server: Server) -> None:
    response = await server.client.post(
        "/v1/devices", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert_shape(response.json(), 400, "invalid_json")


async def test_unknown_parameter_is_refused(server: Server) -> None:
    response = await server.client.post(
        "/v1/devices", json={"alias": "Shop", "billingPlan": "business", "x": 1}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "x"
