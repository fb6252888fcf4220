"""Business catalog (2 operations): the products of WhatsApp Business catalogues, as the number's
session reads them from WhatsApp (`Engine.catalog`); nothing is stored here.

The rules where the catalogue is silent:

- A number of another account is never found (404). Both operations read WhatsApp: the number
  must be online (409 `not_online`).
- A product answers `{id, name, description, price, currency, available}` (`id` WhatsApp's, 16
  digits; `price` a decimal text). The sandbox gives every number a catalogue of 3 to 6 products
  derived from its id, and every phone on its WhatsApp one derived from the phone.
- `getCatalog` answers the number's own products, a page of them (`page` from 0, `size` 1 to 500,
  default 100), in the catalogue's order; a number without a catalogue answers `[]`.
- `queryCatalog` (body `{phone, size?}`) answers the catalogue of the business at `phone` (E.164,
  else 400; the number's own phone reads its own catalogue): `{phone, wid, total, products}` with
  the first `size` products (1 to 500, default 100); a phone without a catalogue (not on
  WhatsApp, or no business) is a 404.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..db import Account, Device
from ..engines import Engine, Product
from ..problems import invalid, not_found
from .numbers import NumberService
from .online import require_online
from .paging import MAX_PAGE_SIZE, page_and_size
from .phones import is_phone
from .wids import wid_of

__all__ = ["CatalogService", "product_view"]


def product_view(product: Product) -> dict[str, Any]:
    return {
        "id": product.id,
        "name": product.name,
        "description": product.description,
        "price": product.price,
        "currency": product.currency,
        "available": product.available,
    }


class CatalogService:
    """Business catalogues read through the engine; the rules are in the module docstring."""

    def __init__(self, engine: Engine, numbers: NumberService) -> None:
        self._engine = engine
        self._numbers = numbers

    async def _own(self, device: Device) -> Sequence[Product]:
        return await self._engine.catalog(device.id, None) or ()

    async def mine(self, account: Account, device_id: str, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        paging = page_and_size(values, default_size=100)
        require_online(device, "reading the catalogue")
        if paging is None:
            return []
        page, size = paging
        products = await self._own(device)
        return [product_view(p) for p in products[page * size : (page + 1) * size]]

    async def query(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        phone = str(values.get("phone") or "").strip()
        if not is_phone(phone):
            raise invalid("phone", f"phone must be an E.164 phone like +447362053576, got {phone!r}")
        size = values.get("size", 100)
        whole = isinstance(size, int | float) and not isinstance(size, bool) and float(size).is_integer()
        if not whole or not 1 <= size <= MAX_PAGE_SIZE:
            raise invalid("size", f"size must be a whole number, 1 to {MAX_PAGE_SIZE}, got {size!r}")
        require_online(device, "reading a catalogue")
        if phone == device.phone:
            products: Sequence[Product] | None = await self._own(device)
        else:
            products = await self._engine.catalog(device.id, phone)
        if products is None:
            raise not_found("business catalogue of", phone)
        return {
            "phone": phone,
            "wid": wid_of(phone),
            "total": len(products),
            "products": [product_view(p) for p in products[: int(size)]],
        }

    async def has_product(self, device_id: str, product_id: str) -> bool:
        """Whether the number's own catalogue holds `product_id` (for a product message)."""
        return any(p.id == product_id for p in await self._engine.catalog(device_id, None) or ())
