"""The `/v1` table: every catalogue route is found by method and path; the rest is the framework's."""

from __future__ import annotations

import re

import pytest

from sparkbot.server.routes.registry import CatalogueRoutes, routed_operations

from .harness import Server

ROUTES = CatalogueRoutes()


@pytest.mark.parametrize(("method", "path"), sorted(routed_operations()))
def test_every_catalogue_route_is_in_the_table(method: str, path: str) -> None:
    names = re.findall(r"\{([A-Za-z0-9_]+)\}", path)
    concrete = path
    for i, name in enumerate(names):
        concrete = concrete.replace("{" + name + "}", f"v{i}@x.us")
    found = ROUTES.find(method, concrete)
    assert found is not None
    endpoint, params = found
    assert params == {name: f"v{i}@x.us" for i, name in enumerate(names)}
    assert endpoint.__name__ == routed_operations()[(method, path)][0].python_method


@pytest.mark.parametrize(("method", "path"), [("GET", "/nothing"), ("PUT", "/devices"), ("GET", "/devices/")])
def test_what_the_table_does_not_know_is_left_to_the_framework(method: str, path: str) -> None:
    assert ROUTES.find(method, path) is None


async def test_the_framework_still_answers_head_and_wrong_methods(server: Server) -> None:
    wrong = await server.client.put("/v1/devices")
    assert wrong.status_code == 405
    assert "GET" in wrong.headers["allow"]
    head = await server.client.head("/v1/devices")
    assert (head.status_code, head.headers["allow"]) == (405, "GET, POST")
    slash = await server.client.get("/v1/devices/")
    assert slash.status_code == 307  # the framework's redirect to the path without the slash
    listed = await server.client.get("/v1/devices")
    assert listed.status_code == 200


async def test_requests_without_a_body_are_told_apart_by_path_and_query(server: Server) -> None:
    """Their checked values are worked out once per path and query: each still gets its own."""
    first, second = (await server.create_number("First"))["id"], (await server.create_number("Second"))["id"]
    for _ in range(2):
        pages = [await server.client.get("/v1/devices", params={"size": 1, "page": p}) for p in (0, 1)]
        assert [page.json()[0]["id"] for page in pages] == [first, second]
        for device in (first, second):
            assert (await server.client.get(f"/v1/devices/{device}")).json()["id"] == device


async def test_a_refused_query_is_refused_every_time(server: Server) -> None:
    for _ in range(2):
        control = await server.client.get("/v1/devices", params={"search": "a\x00b"})
        assert (control.status_code, control.json()["errors"][0]["field"]) == (400, "search")
        size = await server.client.get("/v1/devices", params={"size": "many"})
        assert (size.status_code, size.json()["errors"][0]["field"]) == (400, "size")
