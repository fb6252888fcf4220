"""The console in a real browser (Chromium, Playwright) against a real server over loopback: sign in,
add a number, link it by having the sandbox phone scan the QR the page shows, watch it go online
with no reload (on the number's page and on the numbers page, fed by the server's events), send a
message and see it reach `read`, the QR rotating, the auth-code flow; screenshots for the docs."""

from __future__ import annotations

import base64
import os
import re
import struct
from typing import Any

import httpx
import pytest

from sparkbot.server.console import routes as console_routes

from ..server.harness import KEY
from .conftest import SHOTS, missing

try:
    from playwright.sync_api import expect
except ImportError:  # pragma: no cover - the dev extra installs it
    missing("playwright is not installed (pip install -e '.[dev]')", module=True)

PHONE = "+447362053576"
MARKER = "window.__consoleMarker"


def _sign_in(page: Any, root: str) -> None:
    page.goto(root + "/")
    page.get_by_label("API key").fill(KEY)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Numbers", exact=True)).to_be_visible()


def _add_number(page: Any, alias: str) -> str:
    page.get_by_label("Name", exact=True).fill(alias)
    page.get_by_role("button", name="Add number").click()
    link = page.get_by_role("link", name=alias)
    expect(link).to_be_visible()
    href = str(link.get_attribute("href"))
    return href.rsplit("/", 1)[1]


def _mark(page: Any) -> str:
    """Sets a window variable that a reload would lose."""
    value = f"loaded-{id(page)}"
    page.evaluate(f"{MARKER} = {value!r}")
    return value


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _colours(page: Any, png: bytes) -> int:
    """How many distinct colours the screenshot has (decoded by the browser, on a canvas)."""
    data = base64.b64encode(png).decode("ascii")
    script = """async (data) => {
        const image = new Image();
        image.src = "data:image/png;base64," + data;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width; canvas.height = image.height;
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        const seen = new Set();
        for (let i = 0; i < pixels.length; i += 4) {
            seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
        }
        return seen.size;
    }"""
    return int(page.evaluate(script, data))


def _shoot(page: Any, name: str, expected_text: str) -> bytes:
    """A full-page screenshot, checked not blank; saved under docs/console/ when missing there or
    when SPARKBOT_UPDATE_SCREENSHOTS=1."""
    assert expected_text in page.inner_text("body")
    png: bytes = page.screenshot(full_page=True)
    width, height = _png_size(png)
    assert width >= 800, width
    assert height >= 400, height
    assert len(png) > 20_000, f"{name}: {len(png)} bytes, likely blank"
    assert _colours(page, png) > 40, f"{name}: too few colours, likely blank"
    saved = SHOTS / f"{name}.png"
    if not saved.exists() or os.environ.get("SPARKBOT_UPDATE_SCREENSHOTS") == "1":  # else git stays clean
        SHOTS.mkdir(parents=True, exist_ok=True)
        saved.write_bytes(png)
    return png


def test_sign_in_link_send_read(root: str, page: Any) -> None:
    broken: list[str] = []  # script errors, and anything the page's security policy refused
    page.on("pageerror", lambda error: broken.append(str(error)))
    page.on("console", lambda m: broken.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(root + "/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.get_by_label("API key").fill("not-the-key")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("not valid")
    page.get_by_label("API key").fill("")
    _shoot(page, "signin", "Sign in with your account's API key")
    _sign_in(page, root)
    device = _add_number(page, "Front desk")

    # a second tab on the numbers page: it sees the session change only through its event stream
    numbers = page.context.new_page()
    numbers.goto(root + "/")
    row = numbers.get_by_role("row").filter(has=numbers.get_by_role("link", name="Front desk"))
    expect(row.locator("[data-session]")).to_have_text("authorize")
    numbers_marker = _mark(numbers)

    page.get_by_role("link", name="Front desk").click()
    expect(page.get_by_role("heading", name="Front desk")).to_be_visible()
    marker = _mark(page)
    qr = page.get_by_role("img", name=re.compile("QR code to link the number"))
    expect(qr).to_be_visible()
    expect(page.locator("figcaption")).to_contain_text("Round 1 of 6")
    expect(page.locator("[data-expires]")).to_have_text(re.compile(r"\d+ s left"))
    expect(page.locator("#session-status")).to_have_text("authorize")
    _shoot(page, "number-qr", "Scan this QR with the sandbox phone")

    page.get_by_role("button", name="Scan this QR with the sandbox phone").click()
    expect(page.locator("#session-status")).to_have_text("online")
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_have_count(0)
    expect(page.locator("#session-announcer")).to_have_text("Session online")  # for screen readers
    expect(row.locator("[data-session]")).to_have_text("online")  # the other tab, live
    assert numbers.evaluate(MARKER) == numbers_marker, "the numbers page was reloaded"

    page.get_by_label("To (phone, E.164)").fill(PHONE)
    page.get_by_label("Message", exact=True).fill("Hello from the console")
    page.get_by_role("button", name="Send", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("queued")
    sent = page.locator("#outbound-body tr", has_text="Hello from the console")
    expect(sent.locator("[data-status]")).to_have_text("read")  # queued -> sent -> delivered -> read, live

    page.get_by_label("A contact").fill(PHONE)
    page.get_by_label("writes", exact=True).fill("Thanks, got it")
    page.get_by_role("button", name="Write as the contact").click()
    chat = page.locator("#inbox-body article", has_text=PHONE)
    expect(chat).to_contain_text("Thanks, got it")
    chat.get_by_label("Reply").fill("You are welcome")
    chat.get_by_role("button", name="Send reply").click()
    reply = page.locator("#outbound-body tr", has_text="You are welcome")
    expect(reply.locator("[data-status]")).to_have_text("read")

    # a change from outside the page (the API's reset) reaches it through the server's events
    httpx.post(f"{root}/v1/devices/{device}/reset", headers={"Token": KEY}, timeout=10).raise_for_status()
    expect(page.locator("#session-status")).to_have_text("authorize")
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    httpx.post(f"{root}/sandbox/devices/{device}/scan", headers={"Token": KEY}, timeout=10).raise_for_status()
    expect(page.locator("#session-status")).to_have_text("online")
    assert page.evaluate(MARKER) == marker, "the number's page was reloaded"

    assert broken == []
    page.get_by_role("status").evaluate("el => el.replaceChildren()")
    _shoot(page, "number", "Recent outbound messages")
    numbers.bring_to_front()
    _shoot(numbers, "numbers", "Your numbers")


@pytest.mark.parametrize("timing", [{"qr_first_seconds": 1.5, "qr_next_seconds": 1.0, "qr_rounds": 3}])
def test_qr_rotates_then_times_out(root: str, page: Any) -> None:
    _sign_in(page, root)
    _add_number(page, "Rotating")
    page.get_by_role("link", name="Rotating").click()
    marker = _mark(page)
    qr = page.get_by_role("img", name=re.compile("QR code"))
    expect(qr).to_have_attribute("alt", re.compile("round 1 of 3"))
    first = qr.get_attribute("data-qr")
    expect(qr).to_have_attribute("alt", re.compile("round 2 of 3"))
    assert qr.get_attribute("data-qr") != first, "the QR did not change as it rotated"
    expect(qr).to_have_attribute("alt", re.compile("round 3 of 3"))
    expect(page.locator("#session-status")).to_have_text("timeout")
    expect(page.get_by_role("button", name="Show a new QR")).to_be_visible()
    page.get_by_role("button", name="Show a new QR").click()
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_have_attribute(
        "alt", re.compile("round 1 of 3")
    )
    assert page.evaluate(MARKER) == marker, "the page was reloaded"


def test_auth_code_and_session_controls(root: str, page: Any) -> None:
    _sign_in(page, root)
    _add_number(page, "Paired")
    _add_number(page, "Spare")
    page.get_by_role("link", name="Paired").click()
    page.get_by_text("Link with a code instead").click()
    page.get_by_label("Phone (E.164)").fill("12345")
    page.get_by_role("button", name="Request a code").click()
    expect(page.get_by_role("alert")).to_contain_text("E.164")
    page.get_by_label("Phone (E.164)").fill(PHONE)
    page.get_by_role("button", name="Request a code").click()
    outcome = page.get_by_role("status")
    expect(outcome).to_contain_text(re.compile(r"[A-Z0-9]{4}-[A-Z0-9]{4}"))
    code = re.search(r"[A-Z0-9]{4}-[A-Z0-9]{4}", outcome.inner_text())
    assert code is not None
    page.get_by_label("Code typed on the sandbox phone").fill(code.group(0))
    page.get_by_role("button", name="Type the code").click()
    expect(page.locator("#session-status")).to_have_text("online")

    page.get_by_role("button", name="Pause").click()
    expect(page.locator("[data-queue]")).to_have_text("pause")
    page.get_by_label("To (phone, E.164)").fill(PHONE)
    page.get_by_label("Message", exact=True).fill("Held in the queue")
    page.get_by_role("button", name="Send", exact=True).click()
    expect(page.locator("[data-pending]")).to_have_text("1")
    page.get_by_label("Move the queue to").select_option(label="Spare (authorize)")
    page.get_by_role("button", name="Route").click()
    expect(outcome).to_contain_text("1 message(s) moved")
    expect(page.locator("[data-pending]")).to_have_text("0")
    page.get_by_role("button", name="Resume").click()
    expect(page.locator("[data-queue]")).to_have_text("active")

    page.get_by_role("button", name="Sync").click()
    expect(outcome).to_contain_text("Synced: session online")
    page.get_by_label("Drop the link as").select_option("offline")
    page.get_by_role("button", name="Drop the link").click()
    expect(page.locator("#session-status")).to_have_text("offline")
    page.get_by_role("button", name="Reboot").click()
    expect(page.get_by_role("alert")).to_contain_text("force")
    reboot = page.locator("form", has=page.get_by_role("button", name="Reboot"))
    reboot.get_by_label("force").check()
    page.get_by_role("button", name="Reboot").click()
    expect(page.locator("#session-status")).to_have_text("online")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset").click()
    expect(page.locator("#session-status")).to_have_text("authorize")
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()


def test_screenshots_are_in_docs() -> None:
    """The README's and docs/console.md's pictures exist (the first test writes them)."""
    for name in ("signin", "numbers", "number", "number-qr"):
        path = SHOTS / f"{name}.png"
        assert path.exists(), f"{path} is missing: run tests/console/test_console_browser.py"
        assert _png_size(path.read_bytes())[0] >= 800


def test_the_page_reconnects_when_its_stream_ends(
    root: str, page: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Streams end (so that a stopping server is not held); the page reconnects, gets the sections
    anew and keeps following the number, without reloading."""
    monkeypatch.setattr(console_routes, "STREAM_SECONDS", 0.5)  # the server runs in this process
    _sign_in(page, root)
    device = _add_number(page, "Reconnecting")
    page.add_init_script(  # counts the stream's openings on <html data-opens>, read without eval (CSP)
        "let opens = 0; document.addEventListener('htmx:sseOpen', () => {"
        " opens += 1; document.documentElement.dataset.opens = String(opens); });"
    )
    page.get_by_role("link", name="Reconnecting").click()
    marker = _mark(page)
    expect(page.locator("html")).to_have_attribute("data-opens", re.compile(r"^([3-9]|\d{2,})$"))
    httpx.post(f"{root}/sandbox/devices/{device}/scan", headers={"Token": KEY}, timeout=10).raise_for_status()
    expect(page.locator("#session-status")).to_have_text("online")
    assert page.evaluate(MARKER) == marker, "the page was reloaded"
