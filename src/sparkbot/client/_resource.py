"""Base classes of the generated resource namespaces (`client.session`, `client.queue`, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._async import AsyncSparkBot
    from ._sync import SparkBot

__all__ = ["AsyncResource", "SyncResource"]


class SyncResource:
    """A group of operations of one resource, bound to a `SparkBot`."""

    def __init__(self, client: SparkBot) -> None:
        self._client = client


class AsyncResource:
    """A group of operations of one resource, bound to an `AsyncSparkBot`."""

    def __init__(self, client: AsyncSparkBot) -> None:
        self._client = client
