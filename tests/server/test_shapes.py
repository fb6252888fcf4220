"""Shapes common HTTP clients use: lists in the query as `ids[]=a`, and stored content read back
nested as it was sent (`{"poll": {"name": ...}}`), never as dotted wire names."""

from __future__ import annotations

from typing import Any

import pytest

from sparkbot.server.wire import flatten_body, nest_values
from sparkbot.spec import get_operation

from .harness import Server

PHONE = "+447362053576"


async def _ids(server: Server, query: list[tuple[str, str]]) -> set[str]:
    response = await server.client.get("/v1/messages", params=query)
    assert response.status_code == 200, response.text
    return {m["id"] for m in response.json()}


@pytest.mark.parametrize("spelling", ["ids[]", "ids", "comma"])
async def test_query_lists_in_every_common_spelling(server: Server, spelling: str) -> None:
    number = await server.create_number()
    first, second, _third = [(await server.send(number["id"], phone=PHONE, message=t))["id"] for t in "abc"]
    pairs = [(spelling, first), (spelling, second)]
    query = [("ids", f"{first},{second}")] if spelling == "comma" else pairs
    assert await _ids(server, query) == {first, second}
    assert await _ids(server, [*query, ("status[]", "queued")]) == {first, second}
    assert await _ids(server, [*query, ("status[]", "read")]) == set()


async def test_brackets_on_a_name_that_is_not_a_list_are_refused(server: Server) -> None:
    response = await server.client.get("/v1/messages", params={"search[]": "x"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "search[]"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            {"poll": {"name": "Lunch?", "options": ["Pizza", "Sushi"]}},
            {"poll": {"name": "Lunch?", "options": ["Pizza", "Sushi"]}},
        ),
        (
            {"location": {"coordinates": [51.52, -0.15], "name": "Home"}},
            {"location": {"coordinates": [51.52, -0.15], "name": "Home"}},
        ),
        (
            {"message": "See", "media": {"url": "https://cdn.example/photo.png"}},
            {"message": "See", "media": {"url": "https://cdn.example/photo.png"}},
        ),
    ],
)
async def test_stored_content_is_nested(
    server: Server, body: dict[str, Any], content: dict[str, Any]
) -> None:
    number = await server.create_number()
    sent = await server.send(number["id"], phone=PHONE, **body)
    assert sent["content"] == content
    assert (await server.message(sent["id"]))["content"] == content
    [listed] = (await server.client.get("/v1/messages")).json()
    assert listed["content"] == content
    await server.link_by_qr(number["id"])
    await server.drive(lambda: _carried(server, number["id"]))
    [carried] = await server.outbox(number["id"])
    assert carried["content"] == content  # what the sandbox's WhatsApp carried reads the same


async def _carried(server: Server, device_id: str) -> bool:
    return bool(await server.outbox(device_id))


@pytest.mark.parametrize(
    ("key", "body"),
    [
        ("send-messages.sendLocation", {"location": {"coordinates": [51.52, -0.15], "name": "Home"}}),
        ("send-messages.sendPoll", {"poll": {"name": "Lunch?", "options": ["Pizza", "Sushi"]}}),
        ("send-messages.sendMedia", {"message": "See", "media": {"url": "https://cdn.example/a.png"}}),
    ],
)
def test_nest_values_undoes_flatten_body(key: str, body: dict[str, Any]) -> None:
    flat = flatten_body(get_operation(key), body)
    assert any("." in name for name in flat)
    assert nest_values(flat) == body


def test_nest_values_keeps_a_clashing_name_as_it_is() -> None:
    assert nest_values({"media.url": "u", "media": "text"}) == {"media": "text", "media.url": "u"}
    assert nest_values({"a[1]": 1, "b..c": 2}) == {"a": [None, 1], "b..c": 2}
