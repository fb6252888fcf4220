"""The server test harness: a started app with its services, clock and an authenticated raw client."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from sparkbot import APIStatusError, AsyncSparkBot
from sparkbot.server import ManualClock, Settings, create_app
from sparkbot.server.app import EngineFactory
from sparkbot.server.db import Device
from sparkbot.server.services import Services

KEY = "test-key-account-one"


@dataclass
class Server:
    """A started app, its services and clock, and a client authenticated as the first account."""

    app: FastAPI
    services: Services
    clock: ManualClock
    client: httpx.AsyncClient

    def sdk(self, key: str = KEY) -> AsyncSparkBot:
        """The real async client (`AsyncSparkBot`) on this app, in-process, without retries."""
        return AsyncSparkBot(api_key=key, base_url="http://test/v1", http_client=self.client, max_retries=0)

    def client_for(self, key: str | None) -> httpx.AsyncClient:
        headers = {"Token": key} if key else {}
        return httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.app), base_url="http://test", headers=headers
        )

    async def create_number(self, alias: str = "Support", **body: Any) -> dict[str, Any]:
        response = await self.client.post(
            "/v1/devices", json={"alias": alias, "billingPlan": "professional", **body}
        )
        assert response.status_code == 201, response.text
        return dict(response.json())

    async def wait_status(self, device_id: str, status: str) -> Device:
        """Wait (events, at most 2 s real time) until the stored session has `status`."""
        done: Callable[[Device], bool] = lambda d: d.session_status == status  # noqa: E731
        async with asyncio.timeout(2):
            device = await self.services.session.wait_until(device_id, done, 10_000)
        assert device is not None
        return device

    async def send(self, device: str, **body: Any) -> dict[str, Any]:
        response = await self.client.post("/v1/messages", json={"device": device, **body})
        assert response.status_code == 201, response.text
        return dict(response.json())

    async def message(self, message_id: str) -> dict[str, Any]:
        response = await self.client.get(f"/v1/messages/{message_id}", params={"include": "events"})
        assert response.status_code == 200, response.text
        return dict(response.json())

    async def outbox(self, device_id: str) -> list[dict[str, Any]]:
        response = await self.client.get(f"/sandbox/devices/{device_id}/outbox")
        assert response.status_code == 200, response.text
        return list(response.json())

    async def drive(
        self, until: Callable[[], Awaitable[bool]], *, step: float = 0.5, limit: float = 3600
    ) -> float:
        """Advance the manual clock `step` seconds at a time until `until()` holds (letting the
        database work in between); answers the clock seconds it took."""
        spent = 0.0
        while not await until():
            assert spent < limit, f"still not there after {limit:g} s of clock time"
            await self.clock.advance(step)
            spent += step
            await asyncio.sleep(0.002)  # real time for database I/O in other threads
        return spent

    async def statuses(self, ids: list[str]) -> list[str]:
        return [(await self.message(i))["status"] for i in ids]

    async def link_by_qr(self, device_id: str) -> dict[str, Any]:
        assert (
            await self.client.get(f"/v1/devices/{device_id}/scan", params={"encoding": "json"})
        ).is_success
        response = await self.client.post(f"/sandbox/devices/{device_id}/scan")
        assert response.status_code == 200, response.text
        return dict(response.json())


async def online(server: Server, alias: str = "Support") -> str:
    """A new number of the first account, linked by QR (online): its id."""
    number = await server.create_number(alias)
    await server.link_by_qr(number["id"])
    return str(number["id"])


async def offline(server: Server, device_id: str) -> None:
    """The sandbox drops the number's link (`offline`, as a phone switched off), and it is stored."""
    url = f"/sandbox/devices/{device_id}/disconnect"
    response = await server.client.post(url, json={"reason": "offline"})
    assert response.status_code == 200, response.text
    await server.wait_status(device_id, "offline")


async def refused(call: Awaitable[Any], status: int, code: str | None = None) -> APIStatusError:
    """The API error `call` raises: its status (and code, when given) as expected."""
    with pytest.raises(APIStatusError) as caught:
        await call
    assert caught.value.status == status, caught.value
    if code is not None:
        assert caught.value.code == code, caught.value
    return caught.value


@asynccontextmanager
async def running(
    settings: Settings, clock: ManualClock, engine: EngineFactory | None = None
) -> AsyncIterator[Server]:
    """An app started (lifespan run) on `settings`, with a client using `KEY`."""
    app = create_app(settings, clock=clock, engine=engine)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://test", headers={"Token": KEY}
        ) as client:
            yield Server(app, app.state.services, clock, client)
