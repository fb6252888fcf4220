"""The OpenAPI document pinned: statuses per operation in the error shape, patterns and limits,
the three ways to authorise, the sandbox's answers; and `Allow` on every 405."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sparkbot.server import Settings, create_app
from sparkbot.server.problems import error_body
from sparkbot.server.routes import HANDLERS, routed_operations
from sparkbot.spec.formats import E164, HEX24

from .harness import KEY, Server

DOCUMENT: dict[str, Any] = create_app(Settings(api_key=KEY)).openapi()
PATHS: dict[str, dict[str, Any]] = DOCUMENT["paths"]
ERROR = {"$ref": "#/components/schemas/Error"}


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, op) for path, methods in PATHS.items() for method, op in methods.items()]


def statuses(method: str, path: str) -> set[int]:
    return {int(code) for code in PATHS[path][method]["responses"]}


def param(method: str, path: str, name: str) -> dict[str, Any]:
    return next(p["schema"] for p in PATHS[path][method]["parameters"] if p["name"] == name)


def test_every_route_is_in_the_document() -> None:
    routed = {(m.lower(), f"/v1{p}") for m, p in routed_operations()}
    sandbox = {(m, p) for m, p, _ in operations() if p.startswith("/sandbox")}
    own = {("post", "/v1/campaigns")}  # this server's own routes, beside the catalogue's
    assert {(m, p) for m, p, _ in operations()} == routed | sandbox | own
    # scan, pair, inbound, read, typing, outbox, actions, disconnect; channels: follow, post;
    # groups: request, remove-us
    assert len(sandbox) == 12


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("get", "/v1/devices", {200, 400, 401, 415, 503}),
        ("post", "/v1/devices", {201, 400, 401, 415, 503}),
        ("delete", "/v1/devices/{deviceId}", {200, 400, 401, 404, 409, 415, 503}),
        ("get", "/v1/devices/{deviceId}/scan", {200, 400, 401, 404, 409, 415, 503}),
        ("post", "/v1/devices/{deviceId}/reboot", {200, 400, 401, 404, 409, 415, 503, 504}),
        ("post", "/v1/messages", {201, 400, 401, 404, 409, 415, 503}),
        ("post", "/v1/campaigns", {201, 400, 401, 404, 409, 415, 503}),
        ("get", "/v1/devices/{deviceId}/groups", {200, 400, 401, 404, 415, 503}),
        ("post", "/v1/devices/{deviceId}/groups/{groupId}/members", {200, 400, 401, 403, 404, 409, 415, 503}),
        ("post", "/sandbox/devices/{deviceId}/inbound", {201, 400, 401, 404, 409, 415, 503}),
        ("get", "/sandbox/devices/{deviceId}/outbox", {200, 400, 401, 404, 415, 503}),
    ],
)
def test_statuses_per_operation(method: str, path: str, expected: set[int]) -> None:
    assert statuses(method, path) == expected


def test_every_error_is_described_with_the_error_schema() -> None:
    for method, path, op in operations():
        for code, response in op["responses"].items():
            if int(code) >= 400:
                assert response["content"]["application/json"]["schema"] == ERROR, (method, path, code)
        assert "422" not in op["responses"], (method, path)
    schema = DOCUMENT["components"]["schemas"]["Error"]
    assert set(schema["required"]) == set(
        error_body(400, "invalid_parameter", "m", [{"field": "f", "message": "m"}])
    )
    assert "HTTPValidationError" not in DOCUMENT["components"]["schemas"]


def test_operations_not_built_say_501_and_nothing_else_succeeds() -> None:
    for (method, path), ops in routed_operations().items():
        codes = statuses(method.lower(), f"/v1{path}")
        handlers = [HANDLERS.get(op.key) for op in ops]
        if any(handlers):
            status = next(h.status for h in handlers if h is not None)
            assert 501 not in codes, path
            assert {c for c in codes if c < 300} == {status}, path
        else:
            assert 501 in codes, path
            assert all(c >= 400 for c in codes), path
            assert PATHS[f"/v1{path}"][method.lower()]["x-sparkbot-implemented"] is False


def test_security_on_every_operation_and_three_schemes() -> None:
    schemes = DOCUMENT["components"]["securitySchemes"]
    assert schemes["Token"] == {**schemes["Token"], "type": "apiKey", "in": "header", "name": "Token"}
    assert schemes["Bearer"]["type"] == "http"
    assert schemes["Bearer"]["scheme"] == "bearer"
    assert schemes["QueryToken"] == {
        **schemes["QueryToken"],
        "type": "apiKey",
        "in": "query",
        "name": "token",
    }
    for method, path, op in operations():
        assert op["security"] == [{"Token": []}, {"Bearer": []}, {"QueryToken": []}], (method, path)
        assert op["responses"]["401"]["headers"]["WWW-Authenticate"], (method, path)


def test_ids_phones_and_limits_come_from_the_catalogue() -> None:
    assert param("get", "/v1/devices/{deviceId}", "deviceId")["pattern"] == HEX24.pattern
    assert param("get", "/v1/messages/{messageId}", "messageId")["pattern"] == HEX24.pattern
    assert param("get", "/v1/devices", "size") | {"minimum": 1, "maximum": 500} == param(
        "get", "/v1/devices", "size"
    )
    assert param("get", "/v1/devices", "status")["enum"] == ["operative", "pending", "disabled", "removed"]
    assert param("get", "/v1/messages", "ids")["items"]["pattern"] == HEX24.pattern
    body = PATHS["/v1/messages"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    shapes = {shape["title"]: shape for shape in body["anyOf"]}
    assert len(shapes) == 13
    text = shapes["send-messages.sendText"]
    assert text["properties"]["phone"]["pattern"] == E164.pattern
    assert text["properties"]["quote"] | {"minLength": 18, "maxLength": 32} == text["properties"]["quote"]
    assert "device" in text["required"]
    assert text["additionalProperties"] is False
    contacts = shapes["send-messages.sendContacts"]["properties"]["contacts"]
    assert (contacts["minItems"], contacts["maxItems"]) == (1, 10)
    assert contacts["items"]["properties"]["phone"]["pattern"] == E164.pattern
    vote = shapes["send-messages.confirmEvent"]["properties"]["confirm"]["properties"]["confirm"]
    assert vote["enum"] == ["accept", "decline", True, False]


def test_binary_answers_have_their_content_types() -> None:
    qr = PATHS["/v1/devices/{deviceId}/scan"]["get"]["responses"]["200"]["content"]
    assert set(qr) == {"image/svg+xml", "image/png", "application/json"}
    assert qr["image/png"]["schema"] == {"type": "string", "format": "binary"}


def test_lists_answer_bare_arrays() -> None:
    def success(method: str, path: str) -> dict[str, Any]:
        return dict(PATHS[path][method]["responses"]["200"]["content"]["application/json"]["schema"])

    assert success("patch", "/v1/devices/{deviceId}/channels")["type"] == "array"  # searchChannels
    assert success("get", "/v1/devices/{deviceId}/channels")["type"] == "array"
    assert success("get", "/v1/devices/{deviceId}/groups/{groupId}")["type"] == "object"


def test_sandbox_answers_are_described() -> None:
    schemas = DOCUMENT["components"]["schemas"]
    inbound = PATHS["/sandbox/devices/{deviceId}/inbound"]["post"]["responses"]["201"]
    assert inbound["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/InboundAnswer"}
    assert set(schemas["InboundAnswer"]["properties"]) == {"device", "message"}
    assert {"phone", "message", "media", "location", "contact", "quote", "reaction", "edit", "revoke"} <= set(
        schemas["InboundBody"]["properties"]
    )
    outbox = PATHS["/sandbox/devices/{deviceId}/outbox"]["get"]["responses"]["200"]
    assert outbox["content"]["application/json"]["schema"]["type"] == "array"
    scan = PATHS["/sandbox/devices/{deviceId}/scan"]["post"]["responses"]["200"]
    assert scan["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/PhoneAnswer"}


async def test_the_served_document_and_docs_page(server: Server) -> None:
    served = await server.client_for(None).get("/openapi.json")
    assert served.status_code == 200
    assert served.json() == DOCUMENT
    page = await server.client_for(None).get("/docs")
    assert page.status_code == 200
    assert "swagger-ui" in page.text
    assert "/openapi.json" in page.text


async def test_405_allows_every_method_of_the_path() -> None:
    """Checked on every path: Starlette alone lists one route's methods, or none."""
    app = create_app(Settings(api_key=KEY))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path, methods in PATHS.items():
            url = path.replace("{deviceId}", "a" * 24).replace("{messageId}", "b" * 24)
            url = url.replace("{", "").replace("}", "")
            wrong = next(m for m in ("put", "patch", "delete", "post", "get") if m not in methods)
            answer = await client.request(wrong.upper(), url)
            assert answer.status_code == 405, (wrong, path)
            assert answer.headers["allow"] == ", ".join(sorted(m.upper() for m in methods)), path
            assert answer.json()["error"] == "method_not_allowed"
        answer = await client.put("/v1/devices/" + "a" * 24)
        assert answer.headers["allow"] == "DELETE, GET, PATCH"
