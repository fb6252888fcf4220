"""The errors a SparkBot client raises, one tree under `SparkBotError`.

SparkBotError
├── ConfigurationError          no API key, a bad base URL: raised before any request
├── ValidationError             a value the API would refuse: raised before sending; also a ValueError
├── WebhookVerificationError    a webhook delivery that is not the server's (.reason): `sparkbot.webhooks`
└── APIError                    something happened on the way to or at the API (has .request)
    ├── APIConnectionError      no answer: refused, reset, DNS...
    │   └── APITimeoutError     no answer in time
    └── APIStatusError          an answer with a 4xx/5xx status (.status, .code, .message, .errors)
        ├── BadRequestError             400
        ├── AuthenticationError         401
        ├── PermissionDeniedError       403
        ├── NotFoundError               404
        ├── ConflictError               409
        ├── UnprocessableEntityError    422
        ├── RateLimitError              429
        └── InternalServerError         5xx (GatewayTimeoutError: 504, a wait that ran out)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "GatewayTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SparkBotError",
    "UnprocessableEntityError",
    "ValidationError",
    "WebhookVerificationError",
    "error_for_status",
]


class SparkBotError(Exception):
    """Every error this package raises."""


class ConfigurationError(SparkBotError):
    """The client cannot be used as configured (no API key, no base URL)."""


class ValidationError(SparkBotError, ValueError):
    """A call's values break the catalogue's rules; nothing was sent.

    `errors` lists `{"field", "message"}` for every problem, in the server's error shape."""

    def __init__(self, operation: str, errors: Sequence[Mapping[str, str]]) -> None:
        self.operation = operation
        self.errors = [dict(e) for e in errors]
        self.field = self.errors[0]["field"] if self.errors else None
        detail = "; ".join(e["message"] for e in self.errors)
        super().__init__(f"{operation}: {detail}")


class WebhookVerificationError(SparkBotError):
    """A webhook delivery failed verification (`sparkbot.webhooks.verify`): refuse it.

    `reason` is a stable code: `missing_signature`, `malformed_signature`, `bad_signature`,
    `not_json`, `bad_created`, `too_old`, `bad_event` or `header_mismatch`."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class APIError(SparkBotError):
    """A request that did not end in a successful answer."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The API could not be reached or dropped the connection."""


class APITimeoutError(APIConnectionError):
    """The API did not answer within the timeout."""


class APIStatusError(APIError):
    """The API answered with an error status. `code` is the body's stable `error` code."""

    status_code: ClassVar[int | None] = None

    def __init__(self, response: httpx.Response, body: Any) -> None:
        data = body if isinstance(body, dict) else {}
        self.response = response
        self.status = response.status_code
        self.body = body
        self.code: str = str(data.get("error") or f"http_{response.status_code}")
        text = data.get("message") or (body if isinstance(body, str) and body else None)
        errors = data.get("errors")
        self.errors: list[dict[str, Any]] = errors if isinstance(errors, list) else []
        message = str(text or response.reason_phrase or f"HTTP {response.status_code}")
        super().__init__(message, request=response.request)

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.message}"


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    """Any 5xx."""


class GatewayTimeoutError(InternalServerError):
    """504: a `wait=true` request ran out of time; `body` tells the status reached."""

    status_code = 504


_BY_STATUS: dict[int, type[APIStatusError]] = {
    cls.status_code: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        GatewayTimeoutError,
    )
    if cls.status_code is not None
}


def error_for_status(status: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    return InternalServerError if status >= 500 else APIStatusError
