"""Hostile input is refused cleanly, before anything is acted on, the same on SQLite and PostgreSQL:
texts that cannot be stored, bodies that break the parser, media types that are not JSON."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from sparkbot.server import ManualClock, Settings
from sparkbot.server.intake import MAX_DEPTH
from sparkbot.server.routes import routed_operations
from sparkbot.spec import Operation, Parameter
from sparkbot.spec.texts import shown

from .harness import KEY, Server, running

# Texts no request may carry: a lone surrogate (not storable, not answerable as UTF-8), NUL
# (PostgreSQL refuses it) and a control character that is neither tab, LF nor CR.
BODY_TEXTS = ("\ud800x", "a\x00b", "a\x1bb")
# A URL carries bytes: a surrogate cannot be written in one, NUL and ESC can (%00, %1B).
URL_TEXTS = ("a\x00b", "a\x1bb")
TEXT_TYPES = frozenset({"string", "options", "string[]", "collection", "json"})
ID = "0123456789abcdef01234567"


@pytest.fixture
async def parser(tmp_path: Path, clock: ManualClock) -> AsyncIterator[Server]:
    """For what is decided before storage is touched (media types, parsing): SQLite is enough."""
    async with running(Settings(data_dir=tmp_path, api_key=KEY), clock) as started:
        yield started


def _json(body: Any) -> bytes:
    return json.dumps(body).encode()  # ASCII with \uXXXX escapes, lone surrogates included


async def _post_json(server: Server, url: str, body: Any) -> httpx.Response:
    return await server.client.post(url, content=_json(body), headers={"Content-Type": "application/json"})


def _nested(name: str, value: Any) -> dict[str, Any]:
    """`media.url` -> `{"media": {"url": value}}`."""
    head, _, rest = name.partition(".")
    return {head: _nested(rest, value) if rest else value}


def _merge(into: dict[str, Any], more: dict[str, Any]) -> None:
    for key, value in more.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def _body_value(p: Parameter, bad: str) -> tuple[Any, str]:
    """`p`'s value carrying `bad` (in a list element or an entry's field for lists), and the
    field the answer must name."""
    if p.type == "string[]":
        return [bad], f"{p.name}[0]"
    if p.type in ("collection", "json"):
        key = p.items[0].name if p.items else "key"
        return [{key: bad}], f"{p.name}[0].{key}"
    return bad, p.name


def _url(op: Operation, bad: dict[str, str]) -> str:
    path = op.path
    for p in op.path_params:
        path = path.replace("{" + p.name + "}", quote(bad[p.name], safe="") if p.name in bad else ID)
    return "/v1" + path


Case = tuple[Operation, dict[str, str], dict[str, Any]]


def _cases() -> list[Case]:
    """For every operation and place (path, query, body), one request whose every text parameter
    there carries a bad text (taking turns through them), with the fields the answer must name."""
    cases: list[Case] = []
    turns = itertools.count()

    def bad_text(texts: tuple[str, ...]) -> str:
        return texts[next(turns) % len(texts)]

    for ops in routed_operations().values():
        for op in ops:
            params = [p for p in op.client_params if p.type in TEXT_TYPES]
            path = {p.name: bad_text(URL_TEXTS) for p in params if p.location == "path"}
            query = {p.name: bad_text(URL_TEXTS) for p in params if p.location == "query"}
            if path:
                cases.append((op, path, {"url": _url(op, path)}))
            if query:
                cases.append((op, query, {"url": _url(op, {}), "params": query}))
            body: dict[str, Any] = {}
            named: dict[str, str] = {}
            for p in (p for p in params if p.location == "body"):
                bad = bad_text(BODY_TEXTS)
                value, field = _body_value(p, bad)
                if p.body_is_array:  # the body is this one parameter: a request of its own
                    cases.append((op, {field: bad}, {"url": _url(op, {}), "content": _json(value)}))
                    continue
                _merge(body, _nested(p.name, value))
                named[field] = bad
            if body:
                cases.append((op, named, {"url": _url(op, {}), "content": _json(body)}))
    return cases


async def test_every_text_parameter_refuses_unstorable_text(server: Server) -> None:
    """Every string of the catalogue (body at any depth, query, path), on every operation, built
    or not yet (a bad value is a 400 before the 501), answers 400 naming the field."""
    cases = _cases()
    assert sum(len(fields) for _, fields, _ in cases) > 700  # every text parameter of the catalogue
    assert {bad for _, fields, _ in cases for bad in fields.values()} == set(BODY_TEXTS) | set(URL_TEXTS)
    wrong: list[str] = []
    for op, fields, request in cases:
        headers = {"Content-Type": "application/json"} if "content" in request else {}
        response = await server.client.request(op.method, headers=headers, **request)
        body = response.json()
        named = {e["field"] for e in body.get("errors", [])}
        if response.status_code != 400 or body["error"] != "invalid_parameter" or not set(fields) <= named:
            missing = sorted(set(fields) - named)
            wrong.append(f"{op.key}: {response.status_code} {body.get('message')} (not named: {missing})")
    assert not wrong, "\n".join(wrong[:20]) + f"\n... {len(wrong)} of {len(cases)}"
    assert (await server.client.get("/v1/messages")).json() == []
    assert (await server.client.get("/v1/devices")).status_code == 200


@pytest.mark.parametrize("text", BODY_TEXTS)
async def test_a_send_with_unstorable_text_stores_nothing(server: Server, text: str) -> None:
    number = await server.create_number()
    send = {"device": number["id"], "phone": "+447362053576", "message": text}
    response = await _post_json(server, "/v1/messages", send)
    assert response.status_code == 400, response.text
    error = response.json()
    assert (error["error"], error["errors"][0]["field"]) == ("invalid_parameter", "message")
    assert shown(next(c for c in text if c not in "abx")) in error["message"]  # the character named
    listing = await server.client.get("/v1/messages")
    assert (listing.status_code, listing.json()) == (200, [])


async def test_line_breaks_and_tabs_are_kept(server: Server) -> None:
    number = await server.create_number()
    text = "Dear Ana,\r\n\tyour order is ready.\nThanks"
    sent = await server.send(number["id"], phone="+447362053576", message=text)
    assert (await server.message(sent["id"]))["message"] == text


async def test_object_names_are_checked_too(parser: Server) -> None:
    response = await _post_json(parser, "/v1/devices", {"alias": "Shop", "billing\x00Plan": "business"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "billing\\u0000Plan"
    entries = {"device": ID, "phone": "+447362053576", "contacts": [{"name\ud800": "Ana"}]}
    response = await _post_json(parser, "/v1/messages", entries)
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "contacts[0].name\\ud800"


async def test_sandbox_bodies_and_paths_are_checked(parser: Server) -> None:
    number = await parser.create_number()
    url = f"/sandbox/devices/{number['id']}/inbound"
    response = await _post_json(parser, url, {"phone": "+447362053576", "message": "hi\ud800"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "message"
    response = await parser.client.post("/sandbox/devices/a%00b/scan")
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "deviceId"


# bodies that break the parser
def _deep(levels: int) -> bytes:
    return b'{"alias": ' + b"[" * levels + b"]" * levels + b"}"


@pytest.mark.parametrize("levels", [MAX_DEPTH, 5000])
async def test_json_nested_too_deep_is_invalid_json(parser: Server, levels: int) -> None:
    headers = {"Content-Type": "application/json"}
    response = await parser.client.post("/v1/devices", content=_deep(levels), headers=headers)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_json"
    assert f"more than {MAX_DEPTH} levels" in response.json()["message"]
    number = await parser.create_number()
    sandbox = f"/sandbox/devices/{number['id']}/scan"
    response = await parser.client.post(sandbox, content=_deep(levels), headers=headers)
    assert (response.status_code, response.json()["error"]) == (400, "invalid_json")


async def test_json_as_deep_as_allowed_is_read(parser: Server) -> None:
    headers = {"Content-Type": "application/json"}
    response = await parser.client.post("/v1/devices", content=_deep(MAX_DEPTH - 1), headers=headers)
    assert (response.status_code, response.json()["error"]) == (400, "invalid_parameter")  # not a text


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ('{"alias": "Shop"}'.encode("utf-16"), "not UTF-8"),
        (b'{"alias": "Sh\xed\xa0\x80op", "billingPlan": "business"}', "not UTF-8"),  # an encoded surrogate
        (b'{"alias": "Shop", "alias": "Other", "billingPlan": "business"}', "'alias' twice"),
        (b'{"alias": "Shop", "billingPlan": "business", "settings": {"deliverySpeed": NaN}}', "finite"),
        (b'{"alias": "Shop", "billingPlan": "business", "settings": {"deliverySpeed": 1e999}}', "finite"),
        (b"{not json", "not valid JSON"),
    ],
)
async def test_bodies_that_are_not_plain_json_are_invalid_json(parser: Server, raw: bytes, says: str) -> None:
    response = await parser.client.post(
        "/v1/devices", content=raw, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_json"
    assert says in response.json()["message"]
    assert (await parser.client.get("/v1/devices")).json() == []


async def test_a_leading_byte_order_mark_is_ignored(parser: Server) -> None:
    raw = '\ufeff{"alias": "Shop", "billingPlan": "business"}'.encode()
    response = await parser.client.post(
        "/v1/devices", content=raw, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "text/json"])
async def test_a_body_that_is_not_json_is_415(parser: Server, content_type: str) -> None:
    raw = b'{"alias": "Shop", "billingPlan": "business"}'
    response = await parser.client.post("/v1/devices", content=raw, headers={"Content-Type": content_type})
    assert response.status_code == 415
    body = response.json()
    assert body["error"] == "unsupported_media_type"
    assert "Content-Type: application/json" in body["message"]
    assert (await parser.client.get("/v1/devices")).json() == []
    number = await parser.create_number()
    sandbox = f"/sandbox/devices/{number['id']}/disconnect"
    response = await parser.client.post(
        sandbox, content=b'{"reason": "offline"}', headers={"Content-Type": content_type}
    )
    assert response.status_code == 415


@pytest.mark.parametrize(
    "content_type", [None, "application/json; charset=utf-8", "application/merge-patch+json"]
)
async def test_json_bodies_are_read(parser: Server, content_type: str | None) -> None:
    raw = b'{"alias": "Shop", "billingPlan": "business"}'
    headers = {"Content-Type": content_type} if content_type else {}
    response = await parser.client.post("/v1/devices", content=raw, headers=headers)
    assert response.status_code == 201, response.text
    assert response.request.headers.get("content-type") == content_type
    number = response.json()["id"]
    await parser.link_by_qr(number)
    sandbox = f"/sandbox/devices/{number}/inbound"
    inbound = b'{"phone": "+447362053576", "message": "hi"}'
    assert (await parser.client.post(sandbox, content=inbound, headers=headers)).status_code == 201


async def test_an_empty_body_of_any_type_is_no_body(parser: Server) -> None:
    response = await parser.client.get("/v1/devices", headers={"Content-Type": "text/plain"})
    assert response.status_code == 200


async def test_a_bad_text_is_400_before_anything_is_looked_up(parser: Server) -> None:
    url = f"/v1/devices/{ID}/groups"  # a number of no account: 404 once looked up
    assert (await parser.client.get(url)).status_code == 404
    response = await parser.client.get(url, params={"search": "a\x00"})
    assert (response.status_code, response.json()["errors"][0]["field"]) == (400, "search")
