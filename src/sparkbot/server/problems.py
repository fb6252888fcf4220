"""The one error the server's services raise, in the API's wire shape; no web imports here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "ApiProblem",
    "conflict",
    "error_body",
    "invalid",
    "not_found",
    "not_implemented",
    "unauthorized",
]


class ApiProblem(Exception):
    """An answer that is an error: `{"status", "error", "message", "errors"}`."""

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        errors: Iterable[Mapping[str, str]] = (),
        *,
        extra: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.errors = [{"field": str(e["field"]), "message": str(e["message"])} for e in errors]
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return error_body(self.status, self.error, self.message, self.errors, self.extra)


def error_body(
    status: int,
    error: str,
    message: str,
    errors: Iterable[Mapping[str, str]] = (),
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The wire shape of every error; `extra` adds context (the session status reached...)."""
    body: dict[str, Any] = {"status": status, "error": error, "message": message}
    body["errors"] = [{"field": e["field"], "message": e["message"]} for e in errors]
    body.update({k: v for k, v in (extra or {}).items() if k not in body})
    return body


def invalid(field: str, message: str) -> ApiProblem:
    """400 for one bad value."""
    return ApiProblem(400, "invalid_parameter", message, [{"field": field, "message": message}])


def not_found(what: str, ident: str) -> ApiProblem:
    return ApiProblem(404, "not_found", f"no {what} {ident!r} in this account")


def conflict(error: str, message: str, field: str | None = None) -> ApiProblem:
    errors = [{"field": field, "message": message}] if field else []
    return ApiProblem(409, error, message, errors)


def unauthorized(message: str) -> ApiProblem:
    return ApiProblem(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


def not_implemented(operation: str) -> ApiProblem:
    return ApiProblem(501, "not_implemented", f"{operation} is not implemented by this server yet")
