"""A text send without text is refused: `POST /v1/messages` answers 400 `invalid_parameter` on
`message`, and nothing is queued (the server checks with the catalogue's code, as the client)."""

from __future__ import annotations

from typing import Any

import pytest

from .harness import Server, online

PHONE = "+447362053576"


@pytest.mark.parametrize(
    "extra",
    [{}, {"message": ""}, {"message": None}],
    ids=["missing", "empty", "null"],
)
async def test_a_text_send_without_a_message_is_refused(server: Server, extra: dict[str, Any]) -> None:
    device = await online(server)
    response = await server.client.post("/v1/messages", json={"device": device, "phone": PHONE, **extra})
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["error"] == "invalid_parameter", body
    assert [e["field"] for e in body["errors"]] == ["message"], body
    listed = await server.client.get("/v1/messages", params={"device": device})
    assert listed.status_code == 200, listed.text
    assert listed.json() == []


async def test_a_text_send_with_a_message_is_queued(server: Server) -> None:
    device = await online(server)
    sent = await server.send(device, phone=PHONE, message="hi")
    assert (sent["kind"], sent["status"]) == ("sendText", "queued")
