"""Reads what a request brings before any route acts on it: the JSON body (media type, UTF-8, depth,
duplicate names, finite numbers) and every text of its path, query and body (`spec.texts`)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Coroutine, Iterable, Mapping
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute

from ..spec.texts import is_clean, shown, text_problems
from .problems import ApiProblem

__all__ = [
    "MAX_DEPTH",
    "CheckedRoute",
    "check_texts",
    "is_json_media",
    "may_have_body",
    "parse_json",
    "read_body",
    "read_request",
]

# How deep a body's arrays and objects may nest; a send is 3 levels deep.
MAX_DEPTH = 64


def _bad_json(message: str) -> ApiProblem:
    return ApiProblem(400, "invalid_json", message, [{"field": "body", "message": message}])


def is_json_media(content_type: str) -> bool:
    """`application/json` or `application/<anything>+json`, whatever its parameters."""
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


class _Duplicate(Exception):
    def __init__(self, name: str) -> None:
        self.name = name


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) != len(pairs):
        seen: set[str] = set()
        for name, _ in pairs:
            if name in seen:
                raise _Duplicate(name)
            seen.add(name)
    return value


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is too large: numbers must be finite")
    return value


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON: numbers must be finite")


def _deeper_than(value: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        current, depth = stack.pop()
        children = current.values() if isinstance(current, dict) else current
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def parse_json(raw: bytes) -> Any:
    """A body's JSON value: UTF-8 (a leading BOM ignored), at most `MAX_DEPTH` levels deep, no name
    twice in one object, finite numbers; 400 `invalid_json` otherwise."""
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise _bad_json(
            f"the body is not UTF-8: byte {raw[exc.start]:#04x} at position {exc.start}"
        ) from None
    too_deep = f"the body nests arrays and objects more than {MAX_DEPTH} levels deep"
    try:
        value = json.loads(text, object_pairs_hook=_object, parse_float=_float, parse_constant=_constant)
    except RecursionError:
        raise _bad_json(too_deep) from None
    except _Duplicate as exc:
        raise _bad_json(f"the body gives the name '{shown(exc.name)}' twice in one object") from None
    except ValueError as exc:
        raise _bad_json(f"the body is not valid JSON: {exc}") from None
    # cheap first: fewer brackets than the limit cannot nest deeper than it
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _deeper_than(value, MAX_DEPTH):
        raise _bad_json(too_deep)
    return value


def may_have_body(request: Request) -> bool:
    """HTTP/1.1: a request has a body only with a `Content-Length` or a `Transfer-Encoding`."""
    return any(name in (b"content-length", b"transfer-encoding") for name, _ in request.scope["headers"])


async def read_body(request: Request) -> Any:
    """The request's JSON body, None when it has none. No `Content-Type` is read as JSON; a body
    of another media type is refused (415) before anything is acted on."""
    if not may_have_body(request):
        return None
    raw = await request.body()
    if not raw.strip():
        return None
    content_type = request.headers.get("content-type", "")
    if content_type.strip() and not is_json_media(content_type):
        message = (
            f"the body is {content_type.split(';', 1)[0].strip()}: "
            "send JSON with Content-Type: application/json"
        )
        raise ApiProblem(415, "unsupported_media_type", message, [{"field": "body", "message": message}])
    return parse_json(raw)


def check_texts(
    path: Mapping[str, str], query: Iterable[tuple[str, str]], body: Any, body_field: str = ""
) -> None:
    """400 `invalid_parameter` naming every path, query or body text that cannot be stored or
    answered (lone surrogates, NUL, control characters but tab, LF, CR); `body_field` names a body
    that is a whole parameter (a JSON array)."""
    query = list(query)
    if is_clean(dict(path), query, body):
        return
    problems = text_problems(dict(path))
    for name, value in query:
        problems.extend(text_problems({name.removesuffix("[]"): value}))
    problems.extend(text_problems(body, body_field))
    if problems:
        errors = [{"field": field, "message": message} for field, message in problems]
        raise ApiProblem(400, "invalid_parameter", problems[0][1], errors)


async def read_request(request: Request, body_field: str = "") -> Any:
    """The one place a request is read: its body parsed and every text of it checked."""
    body = await read_body(request)
    check_texts(request.path_params, request.query_params.multi_items(), body, body_field)
    return body


class CheckedRoute(APIRoute):
    """A route whose request is read by `read_request` before FastAPI parses its body: the
    sandbox's bodies get the same answers as the catalogue's."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def checked(request: Request) -> Response:
            await read_request(request)
            return await handler(request)

        return checked
