"""The console over HTTP, without a browser: sign-in and its session cookie, who may act, another
account's numbers, the API's own 404 and OpenAPI document untouched, the live stream's events."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import httpx
import pytest

from sparkbot.server.console.routes import COOKIE
from sparkbot.server.routes.registry import HANDLERS

from ..server.harness import KEY, Server, online
from .conftest import missing

HX = {"HX-Request": "true"}


def _console(server: Server, key: str | None = KEY) -> httpx.AsyncClient:
    client = server.client_for(None)
    if key is not None:
        client.cookies.set(COOKIE, key)
    return client


async def test_home_asks_for_a_key_and_signs_in_for_the_session(server: Server) -> None:
    async with server.client_for(None) as browser:
        home = await browser.get("/")
        assert home.status_code == 200
        assert home.headers["content-type"].startswith("text/html")
        assert '<label for="key">API key</label>' in home.text
        assert "script-src 'self'" in home.headers["content-security-policy"]
        wrong = await browser.post("/console/signin", data={"key": "not-a-key"})
        assert wrong.status_code == 401
        assert "not valid" in wrong.text
        assert COOKIE not in wrong.headers.get("set-cookie", "")
        right = await browser.post("/console/signin", data={"key": KEY})
        assert right.status_code == 303
        assert right.headers["location"] == "/"
        cookie = right.headers["set-cookie"]
        assert cookie.startswith(f"{COOKIE}=")
        assert "HttpOnly" in cookie
        assert "samesite=strict" in cookie.lower()
        assert "expires" not in cookie.lower()
        assert "max-age" not in cookie.lower()
        numbers = await browser.get("/")
        assert "Your numbers" in numbers.text
        out = await browser.post("/console/signout")
        assert out.status_code == 303
        browser.cookies.clear()
        assert "API key" in (await browser.get("/")).text


async def test_actions_need_the_cookie_and_htmx(server: Server) -> None:
    device = await online(server)
    async with server.client_for(None) as anonymous:
        refused = await anonymous.post(f"/console/numbers/{device}/sync", headers=HX)
        assert refused.status_code == 401
        assert refused.json()["error"] == "unauthorized"
        assert (await anonymous.get(f"/console/numbers/{device}")).status_code == 303
        assert (await anonymous.get("/console/events")).status_code == 401
    async with _console(server) as signed:
        forged = await signed.post(f"/console/numbers/{device}/sync")  # a plain form of another site
        assert forged.status_code == 403
        done = await signed.post(f"/console/numbers/{device}/sync", headers=HX)
        assert done.status_code == 200
        assert "Synced: session online" in done.text
        unknown = await signed.post(f"/console/numbers/{device}/explode", headers=HX)
        assert unknown.status_code == 404


async def test_a_bad_value_is_refused_as_the_api_refuses_it(server: Server) -> None:
    device = (await server.create_number())["id"]
    async with _console(server) as signed:
        answer = await signed.post(f"/console/numbers/{device}/authcode", data={"phone": "12345"}, headers=HX)
        assert answer.status_code == 400
        assert 'role="alert"' in answer.text
        assert "E.164" in answer.text
        created = await signed.post("/console/numbers", data={"alias": "x"}, headers=HX)
        assert created.status_code == 400
        assert "alias must be 2 to 30 characters" in created.text


async def test_another_accounts_number_is_not_found(server: Server) -> None:
    device = await online(server)
    _, other_key = await server.services.accounts.create("other")
    async with _console(server, other_key) as other:
        page = await other.get(f"/console/numbers/{device}")
        assert page.status_code == 404
        assert "No such number" in page.text
        act = await other.post(
            f"/console/numbers/{device}/queue-status", data={"status": "pause"}, headers=HX
        )
        assert act.status_code == 404
    queue = await server.client.get(f"/v1/devices/{device}/queue")
    assert queue.json()["status"] == "active"


async def test_the_number_page_shows_what_is_built(server: Server) -> None:
    device = (await server.create_number())["id"]
    async with _console(server) as signed:
        page = await signed.get(f"/console/numbers/{device}")
    assert page.status_code == 200
    assert re.search(r'<img src="data:image/svg\+xml;base64,[^"]+"[^>]*alt="QR code', page.text)
    assert "Round <strong>1</strong> of" in page.text
    for section, key in (
        ("groups", "groups.getDeviceGroupChats"),
        ("channels", "channels.getDeviceChannels"),
    ):
        assert (f'data-section="{section}"' in page.text) == (HANDLERS.get(key) is not None)
    assert 'sse-connect="/console/numbers/' in page.text
    assert '<main id="main"' in page.text
    assert 'aria-live="polite"' in page.text


async def test_the_api_keeps_its_404_and_its_document(server: Server) -> None:
    missing = await server.client.get("/v1/no/such/path")
    assert missing.status_code == 404
    assert missing.json()["error"] == "not_found"
    document = (await server.client.get("/openapi.json")).json()
    assert not [path for path in document["paths"] if path == "/" or path.startswith("/console")]
    script = await server.client.get("/console/static/htmx-2.0.11.min.js")
    assert script.status_code == 200
    assert "htmx" in script.text[:200]
    assert (await server.client.get("/console/static/htmx-2.0.11.LICENSE")).status_code == 200


def _events(lines: Iterator[str], wanted: int) -> list[tuple[str, str]]:
    """The next `wanted` events of a stream's lines: (name, data)."""
    found: list[tuple[str, str]] = []
    name, data = "", []
    for line in lines:
        if line.startswith("event: "):
            name = line[len("event: ") :]
        elif line.startswith("data: "):
            data.append(line[len("data: ") :])
        elif line == "" and name:
            found.append((name, "\n".join(data)))
            name, data = "", []
            if len(found) == wanted:
                return found
    return found


@pytest.mark.parametrize("timing", [{}])
def test_the_stream_tells_a_session_change_made_elsewhere(root: str) -> None:
    """Over loopback: the number's stream sends the sections first, then the session going online
    when the sandbox phone scans through the API (no page involved)."""
    token = {"Token": KEY}
    with httpx.Client(base_url=root, timeout=10) as api:
        device = api.post(
            "/v1/devices", json={"alias": "Streamed", "billingPlan": "professional"}, headers=token
        )
        device_id = device.json()["id"]
        api.cookies.set(COOKIE, KEY)
        with api.stream("GET", f"/console/numbers/{device_id}/events") as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            lines = stream.iter_lines()
            first = _events(lines, 4)
            assert [name for name, _ in first] == ["link", "queue", "outbound", "inbox"]
            assert 'data-session="authorize"' in first[0][1]
            scan = threading.Thread(
                target=lambda: httpx.post(
                    f"{root}/sandbox/devices/{device_id}/scan", headers=token, timeout=10
                )
            )
            scan.start()
            changed = _events(lines, 1)
            scan.join()
            while 'data-session="online"' not in changed[-1][1]:
                changed = _events(lines, 1)
            assert changed[-1][0] == "link"


def test_a_missing_browser_fails_under_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="need a browser under CI"):
        missing("no Chromium")
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception):
        missing("no Chromium")


async def test_the_delivery_worker_tells_when_a_number_s_messages_move(server: Server) -> None:
    """The feed of the outbound section: `DeliveryService.on_change` after a message is sent and
    after each acknowledgement (delivered, read)."""
    device = await online(server)
    told: list[str] = []
    server.services.delivery.on_change(told.append)
    sent = await server.send(device, phone="+447362053576", message="hi")

    async def read() -> bool:
        return (await server.message(sent["id"]))["status"] == "read"

    await server.drive(read)
    assert told.count(device) >= 3  # sent, delivered, read
    assert set(told) == {device}
