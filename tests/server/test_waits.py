"""A `wait=true` that can no longer succeed answers at once (409 `wait_interrupted` with the status
reached; 404 when the number is deleted), with no clock time passing; a login window still waits."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from .harness import Server

# What happens to the number while a reboot or start waits, and the session it leaves.
INTERRUPTIONS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "reset": ("POST", "/v1/devices/{id}/reset", {}),
    "logged_out": ("POST", "/sandbox/devices/{id}/disconnect", {"json": {"reason": "logged_out"}}),
    "conflict": ("POST", "/sandbox/devices/{id}/disconnect", {"json": {"reason": "conflict"}}),
    "disabled": ("PATCH", "/v1/devices/{id}", {"json": {"enable": False}}),
}
REACHED = {
    "reset": ("authorize", "reset"),
    "logged_out": ("error", "logged_out"),
    "conflict": ("error", "conflict"),
    "disabled": ("offline", "rebooting"),
}


async def _waiting(server: Server, device_id: str, command: str) -> asyncio.Task[httpx.Response]:
    """`command` (reboot or start) with wait=true, blocked on its reconnect."""
    path = f"/v1/devices/{device_id}/{command}"
    call = asyncio.create_task(server.client.post(path, params={"wait": "true"}))
    await server.clock.wait_for_sleepers(2)  # the reconnect, and the wait's own limit
    assert not call.done()
    return call


@pytest.mark.parametrize("what", sorted(INTERRUPTIONS))
async def test_a_reboot_wait_ends_at_once_when_it_cannot_succeed(server: Server, what: str) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    call = await _waiting(server, number["id"], "reboot")
    method, path, extra = INTERRUPTIONS[what]
    done = await server.client.request(method, path.format(id=number["id"]), **extra)
    assert done.is_success, done.text
    async with asyncio.timeout(5):  # real time: the manual clock does not move
        response = await call
    assert response.status_code == 409, response.text
    body = response.json()
    assert body["error"] == "wait_interrupted"
    assert (body["session"]["status"], body["reason"]) == REACHED[what]
    assert ("disabled" if what == "disabled" else REACHED[what][0]) in body["message"]


async def test_a_start_wait_ends_at_once_on_reset(server: Server) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    await server.client.post(f"/sandbox/devices/{number['id']}/disconnect", json={"reason": "offline"})
    call = await _waiting(server, number["id"], "start")
    assert (await server.client.post(f"/v1/devices/{number['id']}/reset")).is_success
    async with asyncio.timeout(5):
        response = await call
    assert (response.status_code, response.json()["reason"]) == (409, "reset")


async def test_a_wait_on_a_deleted_number_is_404_at_once(server: Server) -> None:
    number = await server.create_number()
    await server.link_by_qr(number["id"])
    call = await _waiting(server, number["id"], "reboot")
    assert (await server.client.delete(f"/v1/devices/{number['id']}")).is_success
    async with asyncio.timeout(5):
        response = await call
    assert (response.status_code, response.json()["error"]) == (404, "not_found")


async def test_a_start_wait_on_a_login_window_still_waits_for_the_scan(server: Server) -> None:
    number = await server.create_number()
    path = f"/v1/devices/{number['id']}/start"
    call = asyncio.create_task(server.client.post(path, params={"wait": "true"}))
    await server.clock.wait_for_sleepers(2)  # the login window, and the wait's own limit
    await server.clock.advance(30)
    assert not call.done()
    await server.client.post(f"/sandbox/devices/{number['id']}/scan")
    async with asyncio.timeout(5):
        response = await call
    assert (response.status_code, response.json()["status"]) == (200, "online")
