"""SparkBot for Python: the SparkBot WhatsApp API as a client library, a command line and a server.

from sparkbot import SparkBot
client = SparkBot(api_key="...", base_url="http://127.0.0.1:8787/v1")
client.session.reboot_device("5f0c...", force=True, wait=True)
"""

from __future__ import annotations

__version__ = "0.1.0"

# Not `from typing import TYPE_CHECKING`: importing typing alone costs more than the rest of this
# module. mypy and ruff read any `TYPE_CHECKING` name as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

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
        WebhookVerificationError,
    )

# `import sparkbot` loads nothing more: each name below is imported on first use (PEP 562), so a
# script or the command line pays for httpx and the catalogue only when it uses them.
_FROM_CLIENT = frozenset({"AsyncSparkBot", "BinaryResponse", "RetryPolicy", "SparkBot"})

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
    "WebhookVerificationError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    if name in _FROM_CLIENT:
        from . import client

        value = getattr(client, name)
    elif name == "webhooks":  # the module, for a program that receives deliveries
        from importlib import import_module

        value = import_module(".webhooks", __name__)
    elif name in __all__ and name != "__version__":
        from .client import errors

        value = getattr(errors, name)
    else:
        raise AttributeError(f"module 'sparkbot' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
