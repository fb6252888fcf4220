"""Every error has one shape: ours, FastAPI's validation errors, unknown routes, wrong methods."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import TimeoutError as PoolTimeout

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


async def test_a_database_that_stays_busy_is_503_with_retry_after(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = (await server.create_number())["id"]

    async def no_connection(*_args: Any, **_kwargs: Any) -> None:
        raise PoolTimeout("QueuePool limit of size 8 overflow 8 reached")

    for read in ("get_device", "device_with_pending"):
        monkeypatch.setattr(server.services.store, read, no_connection)
    response = await server.client.get(f"/v1/devices/{device}")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
    assert_shape(response.json(), 503, "busy")


async def test_an_unexpected_failure_is_500_in_shape(
    server: Server, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    device = (await server.create_number())["id"]

    async def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("boom")

    for read in ("get_device", "device_with_pending"):
        monkeypatch.setattr(server.services.store, read, broken)
    response = await server.client.get(f"/v1/devices/{device}")
    assert response.status_code == 500
    assert_shape(response.json(), 500, "internal_error")
    assert "boom" not in response.text  # the log has it, not the caller
    assert any(record.exc_info and "boom" in str(record.exc_info[1]) for record in caplog.records)
