"""`/docs` can authorise: the document the Swagger UI loads declares the three ways to pass the
API key and applies them to every `/v1` and `/sandbox` operation, and a request made as the UI makes
it after **Authorize** (from the document's own scheme, not from what the server is known to read)
is let in, on `/v1` and on the sandbox."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from .harness import KEY, Server

SCHEMES = {"Token", "Bearer", "QueryToken"}


async def _document(server: Server) -> dict[str, Any]:
    """The document as `/docs` finds it: the URL its page names, fetched without a key."""
    async with server.client_for(None) as anonymous:
        page = await anonymous.get("/docs")
        assert page.status_code == 200
        match = re.search(r"url: '([^']+)'", page.text)
        assert match, "the Swagger UI page names no document"
        answer = await anonymous.get(match.group(1))
    assert answer.status_code == 200
    document: dict[str, Any] = answer.json()
    return document


async def test_the_page_keeps_the_key_over_a_reload(server: Server) -> None:
    async with server.client_for(None) as anonymous:
        page = await anonymous.get("/docs")
    assert '"persistAuthorization": true' in page.text


def _as_swagger_sends(scheme: dict[str, Any], key: str) -> dict[str, Any]:
    """httpx arguments carrying `key` the way Swagger UI applies an authorised `scheme`."""
    if scheme["type"] == "apiKey" and scheme["in"] == "header":
        return {"headers": {scheme["name"]: key}}
    if scheme["type"] == "apiKey" and scheme["in"] == "query":
        return {"params": {scheme["name"]: key}}
    if scheme["type"] == "http" and scheme["scheme"].lower() == "bearer":
        return {"headers": {"Authorization": f"Bearer {key}"}}
    raise AssertionError(f"a scheme Swagger UI cannot fill with an API key: {scheme}")


async def test_the_document_declares_the_schemes_and_every_operation_lists_them(server: Server) -> None:
    document = await _document(server)
    schemes = document["components"]["securitySchemes"]
    assert set(schemes) == SCHEMES
    assert (schemes["Token"]["type"], schemes["Token"]["in"], schemes["Token"]["name"]) == (
        "apiKey",
        "header",
        "Token",
    )
    assert (schemes["Bearer"]["type"], schemes["Bearer"]["scheme"]) == ("http", "bearer")
    assert (schemes["QueryToken"]["in"], schemes["QueryToken"]["name"]) == ("query", "token")
    for path, methods in document["paths"].items():
        assert path.startswith(("/v1/", "/sandbox/")), path  # /docs and /openapi.json stay open
        for method, operation in methods.items():
            # any one of them authorises: three requirements of one scheme each, all declared
            assert operation["security"] == [{name: []} for name in schemes], (method, path)
    scan = document["paths"]["/sandbox/devices/{deviceId}/scan"]["post"]
    assert {name for requirement in scan["security"] for name in requirement} == SCHEMES


@pytest.mark.parametrize("scheme_name", sorted(SCHEMES))
async def test_a_request_made_as_swagger_makes_it_after_authorize_succeeds(
    server: Server, scheme_name: str
) -> None:
    document = await _document(server)
    auth = _as_swagger_sends(document["components"]["securitySchemes"][scheme_name], KEY)
    swagger = {"accept": "application/json"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=server.app), base_url="http://test") as ui:
        refused = await ui.get("/v1/devices", headers=swagger)
        assert refused.status_code == 401, refused.text
        headers = {**swagger, **auth.get("headers", {})}
        created = await ui.post(
            "/v1/devices",
            headers=headers,
            params=auth.get("params"),
            json={"alias": "Swagger", "billingPlan": "professional"},
        )
        assert created.status_code == 201, created.text
        device = created.json()["id"]
        listed = await ui.get("/v1/devices", headers=headers, params=auth.get("params"))
        assert listed.status_code == 200, listed.text
        assert [d["id"] for d in listed.json()] == [device]
        query = {"encoding": "json", **auth.get("params", {})}
        qr = await ui.get(f"/v1/devices/{device}/scan", headers=headers, params=query)
        assert qr.status_code == 200, qr.text
        scanned = await ui.post(
            f"/sandbox/devices/{device}/scan", headers=headers, params=auth.get("params"), json={}
        )
        assert scanned.status_code == 200, scanned.text
        assert scanned.json()["session"]["status"] == "online"


async def test_a_wrong_key_through_the_ui_is_refused_with_the_error_shape(server: Server) -> None:
    document = await _document(server)
    auth = _as_swagger_sends(document["components"]["securitySchemes"]["Token"], "not-the-key")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=server.app), base_url="http://test") as ui:
        answer = await ui.post("/sandbox/devices/0123456789abcdef01234567/scan", json={}, **auth)
    assert answer.status_code == 401
    assert answer.json()["error"] == "unauthorized"
