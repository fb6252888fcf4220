"""The console's HTTP routes: `/` (sign-in, then the numbers), `/console/numbers/{id}` (a number's
page), the forms' actions under `/console/...` (htmx: each answers HTML fragments), the two
server-sent event streams, and `/console/static` (htmx, the SSE extension, the style sheet).

The key is kept in a session cookie (no expiry: gone when the browser closes; `HttpOnly`,
`SameSite=Strict`) and resolved to its account as the API resolves it. An action answers only
a request htmx sent (`HX-Request`), which a page of another site cannot send with the cookie."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles

from ...spec import get_operation
from ..auth import get_services
from ..db import Account
from ..problems import ApiProblem
from ..services import Services
from .actions import ACTIONS
from .calls import operation
from .hub import Change, ConsoleHub
from .views import (
    fragment,
    inbox_view,
    link_view,
    number_sections,
    numbers_view,
    outbound_view,
    qr_expiry,
    queue_view,
    render,
)

__all__ = ["COOKIE", "HEARTBEAT_SECONDS", "build_console_router", "install_console"]

COOKIE = "sparkbot_console"
HEARTBEAT_SECONDS = 15.0  # a comment line on an idle stream, so a closed page is noticed
# A stream ends after this long and the browser reconnects (in `RETRY_MS`), getting the sections
# anew: so an open page holds a server that is stopping (uvicorn waits for open responses) a minute at most.
STREAM_SECONDS = 60.0
RETRY_MS = 1000
STATIC = Path(__file__).parent / "static"
MAX_FORM = 64 * 1024
PLANS = tuple(str(plan) for plan in get_operation("numbers.createNumber").param("billingPlan").options)


def install_console(app: FastAPI) -> None:
    """The console at `/`, its routes and static files; none of it is in the OpenAPI document."""
    app.mount("/console/static", StaticFiles(directory=STATIC), name="console-static")
    app.include_router(build_console_router())


def _hub(request: Request, services: Services) -> ConsoleHub:
    hub: ConsoleHub | None = getattr(request.app.state, "console_hub", None)
    if hub is None or hub.services is not services:  # one per run of the app (its lifespan)
        hub = ConsoleHub(services)
        request.app.state.console_hub = hub
    return hub


async def _account(request: Request) -> Account | None:
    key = request.cookies.get(COOKIE, "").strip()
    if not key:
        return None
    return await get_services(request).accounts.authenticate(key)


async def _form(request: Request) -> dict[str, str]:
    """An `application/x-www-form-urlencoded` body (what forms and htmx send), the last value of each name."""
    body = await request.body()
    if len(body) > MAX_FORM:
        raise ApiProblem(413, "payload_too_large", f"a console form takes at most {MAX_FORM} bytes")
    return {name: value.strip() for name, value in parse_qsl(body.decode("utf-8", "replace"))}


# The pages load only their own scripts and styles (no inline script, no eval), QR images as data URIs.
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _html(content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(content, status_code=status, headers=SECURITY_HEADERS)


def _outcome(message: str, *, ok: bool = True) -> str:
    return render("_outcome.html", message=message, ok=ok)


async def _section(services: Services, account: Account, device_id: str, name: str) -> dict[str, Any]:
    """The context of one of a number's live sections."""
    if name == "link":
        return {"link": await link_view(services, account, device_id)}
    if name == "queue":
        others = [n for n in await numbers_view(services, account) if n["id"] != device_id]
        return {"queue": await queue_view(services, account, device_id), "others": others, "id": device_id}
    if name == "outbound":
        return {"outbound": await outbound_view(services, account, device_id)}
    return {"inbox": await inbox_view(services, account, device_id), "id": device_id}


def _event(name: str, html: str) -> str:
    """One server-sent event: its name, and the HTML as `data:` lines."""
    lines = "".join(f"data: {line}\n" for line in html.splitlines() or [""])
    return f"event: {name}\n{lines}\n"


def build_console_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    async def home(request: Request) -> Response:
        account = await _account(request)
        if account is None:
            return _html(render("signin.html", error=None))
        services = get_services(request)
        numbers = await numbers_view(services, account)
        return _html(render("numbers.html", account=account, numbers=numbers, plans=PLANS))

    @router.post("/console/signin")
    async def sign_in(request: Request) -> Response:
        key = (await _form(request)).get("key", "")
        account = await get_services(request).accounts.authenticate(key) if key else None
        if account is None:
            return _html(render("signin.html", error="That API key is not valid."), 401)
        response = RedirectResponse("/", status_code=303)
        # no max_age or expires: a session cookie, gone when the browser closes
        response.set_cookie(
            COOKIE, key, httponly=True, samesite="strict", secure=request.url.scheme == "https"
        )
        return response

    @router.post("/console/signout")
    async def sign_out() -> Response:
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(COOKIE, httponly=True, samesite="strict")
        return response

    @router.post("/console/numbers")
    async def create_number(request: Request) -> Response:
        account = await _signed_in(request)
        services = get_services(request)
        form = await _form(request)
        try:
            values = {"alias": form.get("alias") or None, "billingPlan": form.get("plan") or PLANS[0]}
            created = await operation(services, account, "numbers.createNumber", values)
        except ApiProblem as problem:
            return _html(_outcome(problem.message, ok=False), problem.status)
        numbers = await numbers_view(services, account)
        rows = render("_numbers.html", numbers=numbers)
        rows = f'<tbody id="numbers-body" hx-swap-oob="innerHTML">{rows}</tbody>'
        return _html(_outcome(f"Number {created['alias']} created: {created['id']}") + rows)

    @router.get("/console/numbers/{deviceId}", response_class=HTMLResponse)
    async def number_page(deviceId: str, request: Request) -> Response:
        account = await _account(request)
        if account is None:
            return RedirectResponse("/", status_code=303)
        services = get_services(request)
        try:
            page = await number_sections(services, account, deviceId)
        except ApiProblem as problem:
            if problem.status != 404:
                raise
            return _html(render("missing.html", id=deviceId, message=problem.message), 404)
        return _html(render("number.html", page=page, id=deviceId))

    @router.post("/console/numbers/{deviceId}/{action}")
    async def act(deviceId: str, action: str, request: Request) -> Response:
        account = await _signed_in(request)
        handler = ACTIONS.get(action)
        if handler is None:
            raise ApiProblem(404, "not_found", f"no console action {action!r}")
        services = get_services(request)
        form = await _form(request)
        try:
            message, redraw = await handler(services, account, deviceId, form)
        except ApiProblem as problem:
            return _html(_outcome(problem.message, ok=False), problem.status)
        parts = [_outcome(message)]
        for name in redraw:
            parts.append(fragment(name, oob=True, **await _section(services, account, deviceId, name)))
        return _html("".join(parts))

    @router.get("/console/events")
    async def numbers_events(request: Request) -> Response:
        account = await _signed_in(request)
        services = get_services(request)
        hub = _hub(request, services)

        async def events() -> AsyncIterator[str]:
            async with hub.subscribe() as queue:  # before the first look: no change falls in between
                yield f"retry: {RETRY_MS}\n\n"
                yield _event(
                    "numbers", render("_numbers.html", numbers=await numbers_view(services, account))
                )
                async for changed in _changes(queue, services, None, lambda: None):
                    if changed is None:
                        yield ": still here\n\n"
                        continue
                    numbers = await numbers_view(services, account)
                    if any(n["id"] in changed for n in numbers):
                        yield _event("numbers", render("_numbers.html", numbers=numbers))

        return _stream(events())

    @router.get("/console/numbers/{deviceId}/events")
    async def number_events(deviceId: str, request: Request) -> Response:
        account = await _signed_in(request)
        services = get_services(request)
        await services.numbers.require(account, deviceId)
        hub = _hub(request, services)

        async def events() -> AsyncIterator[str]:
            async with hub.subscribe() as queue:
                async for event in _number_events(queue, services, account, deviceId):
                    yield event

        return _stream(events())

    return router


async def _number_events(
    queue: asyncio.Queue[Change], services: Services, account: Account, device_id: str
) -> AsyncIterator[str]:
    """A number's stream: its live sections as they are now (so nothing that changed between the
    page and its stream is lost), then each section again when it changes."""
    yield f"retry: {RETRY_MS}\n\n"
    shown: dict[str, Any] = {"link": await link_view(services, account, device_id)}
    yield _event("link", fragment("link", link=shown["link"]))
    for name in ("queue", "outbound", "inbox"):
        yield _event(name, fragment(name, **await _section(services, account, device_id, name)))
    async for changed in _changes(queue, services, device_id, lambda: qr_expiry(shown["link"])):
        if changed is None:
            yield ": still here\n\n"
            continue
        what = changed.get(device_id, set())
        names = ["link"] if "session" in what or "qr" in what else []
        if "messages" in what:
            names += ["queue", "outbound"]
        for name in names:
            try:
                context = await _section(services, account, device_id, name)
            except ApiProblem:  # the number was deleted meanwhile
                return
            if name == "link":
                shown["link"] = context["link"]
            yield _event(name, fragment(name, **context))


async def _signed_in(request: Request) -> Account:
    account = await _account(request)
    if account is None:
        raise ApiProblem(401, "unauthorized", "sign in to the console first")
    if request.method == "POST" and request.headers.get("hx-request") != "true":
        raise ApiProblem(403, "forbidden", "console actions are sent by the console's own pages")
    return account


async def _changes(
    queue: asyncio.Queue[Change],
    services: Services,
    device_id: str | None,
    qr_deadline: Callable[[], datetime | None],
) -> AsyncIterator[dict[str, set[str]] | None]:
    """What changed, batched: `{device_id: {"session", "messages", "qr"}}` (a QR that expired counts
    as a `qr` change of `device_id`), or None after `HEARTBEAT_SECONDS` of nothing; for
    `STREAM_SECONDS`."""
    clock = services.clock
    loop = asyncio.get_running_loop()
    ends = loop.time() + STREAM_SECONDS
    while loop.time() < ends:
        timeout = min(HEARTBEAT_SECONDS, max(ends - loop.time(), 0.0))
        deadline = qr_deadline()
        if deadline is not None:
            timeout = min(timeout, max((deadline - clock.now()).total_seconds(), 0.0) + 0.05)
        try:
            device, what = await asyncio.wait_for(queue.get(), timeout)
        except TimeoutError:
            if deadline is not None and device_id is not None and deadline <= clock.now():
                yield {device_id: {"qr"}}
            else:
                yield None
            continue
        changed: dict[str, set[str]] = {device: {what}}
        with suppress(asyncio.QueueEmpty):
            while True:  # whatever else came meanwhile, in the same redraw
                device, what = queue.get_nowait()
                changed.setdefault(device, set()).add(what)
        if device_id is None or device_id in changed:
            yield changed


def _stream(events: AsyncIterator[str]) -> StreamingResponse:
    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(events, media_type="text/event-stream", headers=headers)
