"""The SparkBot API client: `SparkBot` (sync) and `AsyncSparkBot` (async), errors, answers.

Every name is imported on first use (PEP 562), so `sparkbot.client.errors` alone stays light and a
synchronous program never loads the async client.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async import AsyncSparkBot
    from ._base import TimeoutTypes
    from ._request import PreparedRequest, build_request
    from ._response import BinaryResponse
    from ._retry import RetryPolicy
    from ._sync import SparkBot

__all__ = [
    "AsyncSparkBot",
    "BinaryResponse",
    "PreparedRequest",
    "RetryPolicy",
    "SparkBot",
    "TimeoutTypes",
    "build_request",
]

_MODULES = {
    "AsyncSparkBot": "._async",
    "BinaryResponse": "._response",
    "PreparedRequest": "._request",
    "RetryPolicy": "._retry",
    "SparkBot": "._sync",
    "TimeoutTypes": "._base",
    "build_request": "._request",
}


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module 'sparkbot.client' has no attribute {name!r}")
    value = getattr(import_module(_MODULES[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
