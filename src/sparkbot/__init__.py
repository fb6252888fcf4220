"""SparkBot for Python: the SparkBot WhatsApp API as a client library, a command line and a server.

from sparkbot import SparkBot
client = SparkBot(api_key="...", base_url="http://127.0.0.1:8787/v1")
client.session.reboot_device("5f0c...", force=True, wait=True)
"""

from __future__ import annotations

__version__ = "0.1.0"

from .client import AsyncSparkBot, BinaryResponse, RetryPolicy, SparkBot
from .client.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SparkBotError,
    UnprocessableEntityError,
    ValidationError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSparkBot",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "ConfigurationError",
    "ConflictError",
    "GatewayTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "SparkBot",
    "SparkBotError",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
]
