"""Handlers of Business catalog (2 operations): the number's own catalogue, another business's.
The rules are `services/catalog.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("catalog.getCatalog")
async def get_catalog(call: Call) -> Any:
    return await call.services.catalog.mine(call.account, call.device_id, call.values)


@handlers.on("catalog.queryCatalog")
async def query_catalog(call: Call) -> Any:
    return await call.services.catalog.query(call.account, call.device_id, call.values)
