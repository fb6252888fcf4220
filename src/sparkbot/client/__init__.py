"""The SparkBot API client: `SparkBot` (sync) and `AsyncSparkBot` (async), errors, answers."""

from __future__ import annotations

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
