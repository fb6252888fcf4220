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
