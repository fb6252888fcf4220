"""Runs an operation the way the workflow node does: once per input item, in order."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from ..client import AsyncSparkBot, SparkBot
from ..client.errors import SparkBotError
from .expressions import ExpressionError, resolve
from .items import answer_items, error_item
from .parameters import NodeParameterError, node_operation, wire_values

__all__ = ["DEFAULT_CONCURRENCY", "NodeOperationError", "arun", "run"]

Item = Mapping[str, Any]

# Items in flight at once in `arun`: enough to hide a 20 ms answer time behind the per-call CPU
# cost (>= 15x the sequential loop over 1,000 items, see bench/bench_node.py), and below httpx's
# default pool of 100 connections, so no call waits for a connection.
DEFAULT_CONCURRENCY = 64


class NodeOperationError(SparkBotError):
    """An item failed and `continue_on_fail` was off; `item` is its index, `__cause__` the error."""

    def __init__(self, index: int, error: Exception) -> None:
        self.item = index
        self.error = error
        super().__init__(f"item {index}: {getattr(error, 'message', None) or error}")


def _items(items: Sequence[Item] | None) -> list[Item]:
    return list(items) if items else [{"json": {}}]


def _prepare(parameters: Mapping[str, Any], item: Item) -> tuple[str, dict[str, Any]]:
    resolved = resolve(dict(parameters), dict(item.get("json") or {}))
    op = node_operation(resolved)
    return op.key, wire_values(op, resolved)


_EXPECTED = (SparkBotError, ExpressionError, NodeParameterError)


def run(
    client: SparkBot,
    parameters: Mapping[str, Any],
    items: Sequence[Item] | None = None,
    *,
    continue_on_fail: bool = False,
) -> list[dict[str, Any]]:
    """Output items for `items` (default: one empty item); see `docs/node.md`."""
    out: list[dict[str, Any]] = []
    for index, item in enumerate(_items(items)):
        try:
            key, values = _prepare(parameters, item)
            out += answer_items(client.call(key, values), index)
        except _EXPECTED as exc:
            if not continue_on_fail:
                raise NodeOperationError(index, exc) from exc
            out.append(error_item(exc, index))
    return out


async def arun(
    client: AsyncSparkBot,
    parameters: Mapping[str, Any],
    items: Sequence[Item] | None = None,
    *,
    continue_on_fail: bool = False,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> list[dict[str, Any]]:
    """`run` for the async client: at most `concurrency` items at once (default
    `DEFAULT_CONCURRENCY`, 64); the output keeps the input order."""
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(index: int, item: Item) -> list[dict[str, Any]]:
        async with gate:
            try:
                key, values = _prepare(parameters, item)
                return answer_items(await client.call(key, values), index)
            except _EXPECTED as exc:
                if not continue_on_fail:
                    raise NodeOperationError(index, exc) from exc
                return [error_item(exc, index)]

    tasks = [asyncio.ensure_future(one(i, item)) for i, item in enumerate(_items(items))]
    try:
        results = await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
    return [entry for result in results for entry in result]
