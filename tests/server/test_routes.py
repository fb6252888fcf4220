"""The `/v1` routes are derived from the catalogue: every operation is routed and documented."""

from __future__ import annotations

from sparkbot.server.routes import HANDLERS, routed_operations
from sparkbot.spec import OPERATIONS, RESOURCES

from .harness import Server


def test_every_operation_but_send_raw_is_routed() -> None:
    routed = {op.key for ops in routed_operations().values() for op in ops}
    assert {op.key for op in OPERATIONS} - routed == {"other.sendRaw"}


def test_numbers_and_session_have_handlers() -> None:
    keys = set(HANDLERS)
    assert {op.key for op in RESOURCES["numbers"]} <= keys
    assert {op.key for op in RESOURCES["session"]} <= keys


async def test_openapi_lists_the_catalogue(server: Server) -> None:
    schema = (await server.client.get("/openapi.json")).json()
    reboot = schema["paths"]["/v1/devices/{deviceId}/reboot"]["post"]
    assert reboot["operationId"] == "session.rebootDevice"
    assert {p["name"] for p in reboot["parameters"]} == {"deviceId", "force", "wait", "sync"}
    assert "/sandbox/devices/{deviceId}/scan" in schema["paths"]
    assert (await server.client.get("/docs")).status_code == 200


def test_every_routed_operation_has_a_handler() -> None:
    """No operation answers 501 any more (Groups and Channels were the last ones built)."""
    routed = {op.key for ops in routed_operations().values() for op in ops}
    assert routed - set(HANDLERS) == set()
