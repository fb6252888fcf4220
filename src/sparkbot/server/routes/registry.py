"""Routes derived from the catalogue: one per method and path, each authenticated and validated."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import QueryParams

from ...spec import OPERATIONS, Operation, get_operation
from ...spec.validation import Problem, validate_call
from ..auth import current_account, get_services
from ..intake import check_texts, may_have_body, read_request
from ..problems import ApiProblem, not_implemented
from ..wire import collect_values
from . import (
    campaigns,
    catalog,
    channels,
    chatmessages,
    chats,
    contacts,
    departments,
    files,
    groups,
    labels,
    meetinglinks,
    messages,
    numberchecks,
    numbers,
    profile,
    queue,
    session,
    team,
    userstatus,
    webhooks,
)
from .base import Call, Handler, Handlers, to_response
from .openapi import route_openapi

__all__ = ["HANDLERS", "CatalogueRoutes", "build_api_router", "pick_operation", "routed_operations"]

HANDLERS = numbers.handlers.merge(
    session.handlers,
    queue.handlers,
    messages.handlers,
    chats.handlers,
    contacts.handlers,
    chatmessages.handlers,
    campaigns.handlers,
    numberchecks.handlers,
    webhooks.handlers,
    meetinglinks.handlers,
    userstatus.handlers,
    profile.handlers,
    catalog.handlers,
    files.handlers,
    labels.handlers,
    team.handlers,
    departments.handlers,
    channels.handlers,
    groups.handlers,
)

# the operation a request calls, its handler (None when not built here) and its checked values
_Decided = tuple[Operation, Handler | None, Mapping[str, Any]]


def routed_operations() -> dict[tuple[str, str], list[Operation]]:
    """Operations by (method, path); `other.sendRaw` has no path of its own and is not routed."""
    grouped: dict[tuple[str, str], list[Operation]] = {}
    for op in OPERATIONS:
        if op.method_from or op.raw_path:
            continue
        grouped.setdefault((op.method, op.path), []).append(op)
    return grouped


def _whole_body(ops: Sequence[Operation]) -> str:
    """The name of the parameter that is the whole body (a JSON array), else ""."""
    return next((p.name for op in ops for p in op.params if p.body_is_array), "")


def _problems(op: Operation, values: Mapping[str, Any]) -> list[Problem]:
    """`validate_call`, the operation's `server_query` names (`workflow`) aside: the server takes
    them (as text, in the values) though they are not parameters of the operation."""
    if op.server_query:
        extra = {name for name, _ in op.server_query}
        values = {name: value for name, value in values.items() if name not in extra}
    return validate_call(op, values)


def _validated(
    op: Operation, path: Mapping[str, str], query: Sequence[tuple[str, str]], body: Any
) -> dict[str, Any]:
    values = collect_values(op, path, query, body)
    problems = _problems(op, values)
    if problems:
        errors = [{"field": p.field, "message": p.message} for p in problems]
        raise ApiProblem(400, "invalid_parameter", problems[0].message, errors)
    return values


def _key_paths(body: Any, prefix: str = "") -> set[str]:
    """`{"media": {"url": u}}` -> `{"media", "media.url"}`: every key path of a JSON object."""
    if not isinstance(body, Mapping):
        return set()
    paths: set[str] = set()
    for key, value in body.items():
        path = f"{prefix}{key}"
        paths.add(path)
        paths.update(_key_paths(value, f"{path}."))
    return paths


@cache
def _own_names(keys: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """For operations sharing a route, the parameter names each has that not all of them share
    (`[0]` element suffixes dropped: `location.coordinates[0]` is `location.coordinates`)."""
    ops = [get_operation(key) for key in keys]
    common = set.intersection(*({p.name for p in op.params} for op in ops))
    return {
        op.key: frozenset(p.name.split("[", 1)[0] for p in op.params if p.name not in common) for op in ops
    }


@lru_cache(maxsize=1024)
def _tied(keys: tuple[str, ...], given: frozenset[str]) -> tuple[Operation, ...]:
    """Of the operations `keys`, those naming most of the fields `given` (catalogue order)."""
    own = _own_names(keys)
    scores = {key: len(own[key] & given) for key in keys}
    best = max(scores.values())
    return tuple(get_operation(key) for key in keys if scores[key] == best)


def pick_operation(
    ops: Sequence[Operation], path: Mapping[str, str], query: Sequence[tuple[str, str]], body: Any
) -> tuple[Operation, dict[str, Any] | None]:
    """Of the operations sharing a method and path (the 13 sends of `POST /messages`), the one the
    body names most of its own fields of; on a tie, the first (catalogue order) the values fit
    without a problem, else the one they fit best. Answers it with its values when they were
    validated on the way (so that they are not validated twice), else None."""
    if len(ops) == 1:
        return ops[0], None
    tied = _tied(tuple(op.key for op in ops), frozenset(_key_paths(body)))
    if len(tied) == 1:
        return tied[0], None
    counts: dict[str, int] = {}
    for op in tied:
        values = collect_values(op, path, query, body)
        counts[op.key] = len(_problems(op, values))
        if counts[op.key] == 0:
            return op, values
    return min(tied, key=lambda op: counts[op.key]), None


# How many distinct (path, query) a route remembers the checked values of, for requests without a body.
BODYLESS_CACHE_SIZE = 1024


def _endpoint(ops: Sequence[Operation], handlers: Handlers) -> Any:
    if not any(handlers.get(op.key) for op in ops):
        key = ops[0].key if len(ops) == 1 else f"{ops[0].method} {ops[0].path}"

        async def not_yet(request: Request) -> Response:
            await current_account(request)
            await read_request(request, _whole_body(ops))  # a bad value is a 400 before a 501
            raise not_implemented(key)

        not_yet.__name__ = ops[0].python_method
        return not_yet

    whole = _whole_body(ops)
    # the operation's handler of a multipart body, if it has one (uploadFile)
    streamed = next((h.stream for op in ops if (h := handlers.get(op.key)) and h.stream), None)

    def decide(path: Mapping[str, str], query: Sequence[tuple[str, str]], body: Any) -> _Decided:
        op, fitted = pick_operation(ops, path, query, body)
        handler = handlers.get(op.key)
        if handler is None:
            return op, None, {}
        return op, handler, fitted if fitted is not None else _validated(op, path, query, body)

    @lru_cache(maxsize=BODYLESS_CACHE_SIZE)
    def decide_bodyless(path: tuple[tuple[str, str], ...], query_string: bytes) -> _Decided:
        """A request without a body is checked from its path and query alone: the same answer
        every time, so worked out once (a problem, raised, is not remembered)."""
        params = dict(path)
        query = QueryParams(query_string).multi_items()
        check_texts(params, query, None, whole)
        op, handler, values = decide(params, query, None)
        return op, handler, MappingProxyType(values)

    async def endpoint(request: Request) -> Response:
        # called, not declared as dependencies: FastAPI's per-request dependency solving is a cost
        account = await current_account(request)
        services = get_services(request)
        if streamed is not None and _is_multipart(request):
            check_texts(request.path_params, request.query_params.multi_items(), None)
            return await streamed(request, account, services)
        if may_have_body(request):
            body = await read_request(request, whole)  # parsed, every text checked
            query = request.query_params.multi_items() if request.scope["query_string"] else []
            op, handler, values = decide(request.path_params, query, body)
        else:
            path = tuple(request.path_params.items())
            op, handler, values = decide_bodyless(path, request.scope["query_string"])
        if handler is None:
            raise not_implemented(op.key)
        result = await handler.fn(Call(op, account, services, values))
        return to_response(result, handler.status)

    endpoint.__name__ = ops[0].python_method
    return endpoint


def _is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").strip().lower().startswith("multipart/form-data")


def _static_first(path: str) -> tuple[int, ...]:
    return tuple(1 if part.startswith("{") else 0 for part in path.strip("/").split("/"))


Endpoint = Callable[[Request], Awaitable[Response]]


@dataclass(frozen=True, slots=True)
class _Entry:
    pattern: re.Pattern[str]
    endpoint: Endpoint


class CatalogueRoutes:
    """The `/v1` routes as a table: by method and number of segments, the paths in precedence order
    (literal segments before ids), so that a request is matched with a dict lookup and a regex or
    two rather than by trying every route in turn."""

    def __init__(self, handlers: Handlers = HANDLERS) -> None:
        self._table: dict[tuple[str, int], list[_Entry]] = {}
        grouped = routed_operations()
        for method, path in sorted(grouped, key=lambda key: (_static_first(key[1]), key[1], key[0])):
            regex = re.sub(r"\\{([A-Za-z0-9_]+)\\}", r"(?P<\1>[^/]+)", re.escape(path))
            entry = _Entry(re.compile(regex), _endpoint(grouped[(method, path)], handlers))
            self._table.setdefault((method, path.count("/")), []).append(entry)

    def find(self, method: str, path: str) -> tuple[Endpoint, dict[str, str]] | None:
        """The endpoint for `method` and `path` (relative to `/v1`) and its path parameters."""
        for entry in self._table.get((method, path.count("/")), ()):
            found = entry.pattern.fullmatch(path)
            if found is not None:
                return entry.endpoint, found.groupdict()
        return None


def build_api_router(handlers: Handlers = HANDLERS) -> APIRouter:
    """Every catalogue path under the router (mount it at `/v1`); literal segments win over ids."""
    router = APIRouter()
    grouped = routed_operations()
    for method, path in sorted(grouped, key=lambda key: (_static_first(key[1]), key[1], key[0])):
        ops = grouped[(method, path)]
        op = ops[0]
        single = len(ops) == 1
        built = [found for found in (handlers.get(o.key) for o in ops) if found is not None]
        status = built[0].status if built else 501
        router.add_api_route(
            path,
            _endpoint(ops, handlers),
            methods=[method],
            name=op.key if single else f"{op.resource_key}.{method.lower()}",
            operation_id=op.key if single else f"{op.resource_key}.send",
            summary=op.name if single else f"{op.resource}: {', '.join(o.operation for o in ops)}",
            description=op.description if single else "",
            tags=[op.resource],
            openapi_extra=route_openapi(ops, bool(built), status),
            status_code=status,
            response_description=op.name if built else "Not implemented by this server yet",
            response_class=Response,
        )
    return router
