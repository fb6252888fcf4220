"""Reads a request back into wire-named values (`deviceId`, `force`, `media.url`) for one operation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..spec import Operation, Parameter
from .problems import ApiProblem

__all__ = ["AUTH_QUERY", "collect_values", "flatten_body", "query_value"]

# Query names that are not parameters of any operation: the API key.
AUTH_QUERY = frozenset({"token"})


def _number(text: str) -> int | float | str:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def query_value(p: Parameter, texts: list[str]) -> Any:
    """A query parameter's value from its text(s): lists comma-joined or repeated, booleans
    `true`/`false`, numbers; anything unreadable is kept as text for validation to report."""
    if p.type == "string[]":
        return [item for text in texts for item in text.split(",") if item != ""]
    text = texts[-1]
    if p.type == "boolean":
        return {"true": True, "false": False}.get(text.lower(), text)
    if p.type == "number" or (p.options and all(isinstance(o, int | float) for o in p.options)):
        return _number(text)
    return text


def flatten_body(op: Operation, body: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """`{"media": {"url": u}}` -> `{"media.url": u}` for the names the operation declares;
    `{"location": {"coordinates": [a, b]}}` -> `location.coordinates[0]`, `[1]`."""
    out: dict[str, Any] = {}
    for key, value in body.items():
        name = f"{prefix}{key}"
        if op.has_param(name):
            out[name] = value
        elif isinstance(value, Mapping) and any(p.name.startswith(f"{name}.") for p in op.params):
            out.update(flatten_body(op, value, f"{name}."))
        elif isinstance(value, list) and op.has_param(f"{name}[0]"):
            out.update({f"{name}[{i}]": element for i, element in enumerate(value)})
        else:
            out[name] = value
    return out


def collect_values(
    op: Operation, path: Mapping[str, str], query: Iterable[tuple[str, str]], body: Any
) -> dict[str, Any]:
    """Every value the request gives, by wire name; values not given are left out."""
    values: dict[str, Any] = {p.name: path[p.name] for p in op.path_params if p.name in path}
    texts: dict[str, list[str]] = {}
    for name, text in query:
        if name not in AUTH_QUERY:
            texts.setdefault(name, []).append(text)
    for name, found in texts.items():
        p = op.param(name) if op.has_param(name) else None
        values[name] = query_value(p, found) if p is not None and p.location == "query" else found[-1]
    if body is None:
        return _given(values)
    whole = next((p for p in op.params if p.body_is_array), None)
    if whole is not None:
        values[whole.name] = body
    elif isinstance(body, Mapping):
        values.update(flatten_body(op, body))
    else:
        message = f"the body must be a JSON object, got {type(body).__name__}"
        raise ApiProblem(400, "invalid_body", message, [{"field": "body", "message": message}])
    return _given(values)


def _given(values: dict[str, Any]) -> dict[str, Any]:
    """`None` and `""` mean not given, as in the client."""
    return {name: value for name, value in values.items() if value is not None and value != ""}
