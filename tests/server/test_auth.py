"""Auth: the three ways to send a key, 401 without one, 404 for another account's numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sparkbot.server import ManualClock, Settings, create_app
from sparkbot.server.routes.registry import routed_operations

from .harness import KEY, Server


async def test_missing_key_is_401_in_the_error_shape(server: Server) -> None:
    async with server.client_for(None) as anonymous:
        response = await anonymous.get("/v1/devices")
    assert response.status_code == 401
    body = response.json()
    assert body["status"] == 401
    assert body["error"] == "unauthorized"
    assert "Token" in body["message"]
    assert body["errors"] == []


async def test_wrong_key_is_401(server: Server) -> None:
    async with server.client_for("not-a-key") as stranger:
        response = await stranger.get("/v1/devices")
    assert response.status_code == 401
    assert response.json()["message"] == "the API key is not valid"


async def test_key_accepted_as_token_bearer_or_query(server: Server) -> None:
    async with server.client_for(None) as anonymous:
        by_bearer = await anonymous.get("/v1/devices", headers={"Authorization": f"Bearer {KEY}"})
        by_query = await anonymous.get("/v1/devices", params={"token": KEY})
    by_token = await server.client.get("/v1/devices")
    assert [r.status_code for r in (by_token, by_bearer, by_query)] == [200, 200, 200]


async def test_every_operation_needs_a_key(server: Server) -> None:
    """Each method and path of the catalogue answers 401 without a key, before anything else."""
    some_id = "0123456789abcdef01234567"
    async with server.client_for(None) as anonymous:
        for method, path in routed_operations():
            url = "/v1" + re.sub(r"\{[^}]+\}", some_id, path)
            response = await anonymous.request(method, url)
            assert response.status_code == 401, (method, path, response.text)


async def test_another_accounts_number_is_404(server: Server) -> None:
    number = await server.create_number()
    _, other_key = await server.services.accounts.create("other")
    async with server.client_for(other_key) as other:
        paths = [
            ("GET", f"/v1/devices/{number['id']}"),
            ("PATCH", f"/v1/devices/{number['id']}"),
            ("DELETE", f"/v1/devices/{number['id']}"),
            ("GET", f"/v1/devices/{number['id']}/scan"),
            ("POST", f"/v1/devices/{number['id']}/reboot"),
            ("POST", f"/sandbox/devices/{number['id']}/scan"),
        ]
        for method, path in paths:
            response = await other.request(method, path)
            assert response.status_code == 404, (method, path, response.text)
            assert response.json()["error"] == "not_found"
        assert (await other.get("/v1/devices")).json() == []
    assert (await server.client.get(f"/v1/devices/{number['id']}")).status_code == 200


async def test_first_account_created_with_random_key_is_announced(
    tmp_path: Path, clock: ManualClock, capsys: pytest.CaptureFixture[str]
) -> None:
    app = create_app(Settings(data_dir=tmp_path), clock=clock)
    async with app.router.lifespan_context(app):
        pass
    printed = capsys.readouterr().err
    assert "API key" in printed
    key = printed.strip().rsplit(" ", 1)[-1]
    async with app.router.lifespan_context(app):
        assert await app.state.services.accounts.authenticate(key) is not None
    assert "API key" not in capsys.readouterr().err  # shown only once
