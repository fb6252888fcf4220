"""Business catalog through the real client (`server.sdk()`): the number's own catalogue and
another business's, read from the sandbox's WhatsApp (the same products every time), paged;
a phone without one, 404; bad input, 400; an offline number, 409."""

from __future__ import annotations

from typing import Any

import pytest

from sparkbot.server.engines.sandbox_business import sandbox_catalog

from .harness import Server
from .harness import online as _online
from .harness import refused as _refused

SHOP = "+447362053576"
NOBODY = "+447362050000"  # the sandbox's WhatsApp has no one at a phone ending 0000


async def test_get_catalog_answers_the_numbers_own_products_paged(server: Server) -> None:
    device = await _online(server)
    catalog = server.sdk().catalog
    products = await catalog.get_catalog(device)
    expected = sandbox_catalog(device)
    assert 3 <= len(products) <= 6
    assert [p["id"] for p in products] == [p.id for p in expected]
    first = products[0]
    assert set(first) == {"id", "name", "description", "price", "currency", "available"}
    assert len(first["id"]) == 16
    assert first["id"].isdigit()
    assert first["currency"] == "EUR"
    assert first["name"] == expected[0].name
    assert first["price"] == expected[0].price
    assert await catalog.get_catalog(device) == products  # the same every time
    assert await catalog.get_catalog(device, size=2, page=1) == products[2:4]
    assert await catalog.get_catalog(device, size=2, page=50) == []


async def test_query_catalog_answers_another_business_and_the_own_phone_answers_its_own(
    server: Server,
) -> None:
    device = await _online(server)
    catalog = server.sdk().catalog
    shop = await catalog.query_catalog(device, phone=SHOP)
    assert shop["phone"] == SHOP
    assert shop["wid"] == "447362053576@c.us"
    assert [p["id"] for p in shop["products"]] == [p.id for p in sandbox_catalog(SHOP)]
    assert shop["total"] == len(shop["products"])
    one = await catalog.query_catalog(device, phone=SHOP, size=1)
    assert one["products"] == shop["products"][:1]
    assert one["total"] == shop["total"]
    phone = (await server.client.get(f"/v1/devices/{device}")).json()["phone"]
    own = await catalog.query_catalog(device, phone=phone)
    assert own["products"] == await catalog.get_catalog(device)
    await _refused(catalog.query_catalog(device, phone=NOBODY), 404, "not_found")


@pytest.mark.parametrize(
    "body", [{}, {"phone": "12345"}, {"phone": SHOP, "size": 0}, {"phone": SHOP, "size": 501}]
)
async def test_query_bad_input_is_400(server: Server, body: dict[str, Any]) -> None:
    device = await _online(server)
    response = await server.client.post(f"/v1/devices/{device}/catalog", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_parameter"


async def test_get_catalog_bad_paging_is_400(server: Server) -> None:
    device = await _online(server)
    response = await server.client.get(f"/v1/devices/{device}/catalog", params={"size": 0})
    assert response.status_code == 400, response.text


async def test_an_offline_number_cannot_read_catalogues(server: Server) -> None:
    number = await server.create_number()  # never linked: authorize
    catalog = server.sdk().catalog
    await _refused(catalog.get_catalog(number["id"]), 409, "not_online")
    await _refused(catalog.query_catalog(number["id"], phone=SHOP), 409, "not_online")
