"""Turns every error, FastAPI's own included, into the API's one shape."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from .db.engine import is_busy
from .problems import ApiProblem, error_body
from .responses import JSONResponse

__all__ = ["allowed_methods", "failure_response", "install_error_handlers", "problem_response"]

log = logging.getLogger("sparkbot.server")

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}


def problem_response(problem: ApiProblem) -> JSONResponse:
    return JSONResponse(problem.body(), status_code=problem.status, headers=problem.headers or None)


def _field(loc: Any) -> str:
    parts = [str(part) for part in loc if part not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


async def _on_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiProblem)
    return problem_response(exc)


_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app takes on this path, sorted (`DELETE, GET, PATCH`):
    Starlette's own 405 names only the first route whose path matched."""
    base = {"type": "http", "path": request.scope["path"], "root_path": request.scope.get("root_path", "")}
    routes = request.app.router.routes
    return [
        method
        for method in _METHODS
        if any(route.matches({**base, "method": method})[0] == Match.FULL for route in routes)
    ]


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = exc.status_code
    headers = dict(exc.headers or {})
    if status == 404:
        message = f"no route {request.method} {request.url.path}"
    elif status == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
        headers["Allow"] = ", ".join(allowed_methods(request))
    else:
        message = str(exc.detail)
    body = error_body(status, _CODES.get(status, "http_error"), message)
    return JSONResponse(body, status_code=status, headers=headers or None)


async def _on_validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"field": _field(e.get("loc", ())), "message": str(e.get("msg", "invalid"))} for e in exc.errors()
    ]
    message = "; ".join(f"{e['field']}: {e['message']}" for e in errors) or "the request is not valid"
    return JSONResponse(error_body(400, "invalid_parameter", message, errors), status_code=400)


def failure_response(exc: Exception) -> JSONResponse:
    """What an unexpected exception answers: a busy database 503 with `Retry-After` (the
    transaction rolled back: nothing was done), anything else 500, logged."""
    if is_busy(exc):
        body = error_body(503, "busy", "the database is busy: try again in a moment")
        return JSONResponse(body, status_code=503, headers={"Retry-After": "1"})
    log.exception("unhandled error", exc_info=exc)
    return JSONResponse(error_body(500, "internal_error", "the server failed: see its log"), status_code=500)


async def _on_crash(_request: Request, exc: Exception) -> JSONResponse:
    return failure_response(exc)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiProblem, _on_problem)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(Exception, _on_crash)
