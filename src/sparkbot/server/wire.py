"""Reads a request into wire-named values (`deviceId`, `force`, `media.url`) for one operation, and
nests stored wire-named values back into the shape they were sent in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import pairwise
from typing import Any

from ..spec import Operation, Parameter
from .problems import ApiProblem

__all__ = ["AUTH_QUERY", "collect_values", "flatten_body", "nest_values", "query_value"]

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


_NAME = re.compile(r"[^.\[\]]+(?:\.[^.\[\]]+|\[\d+\])*")
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _steps(name: str) -> list[str | int] | None:
    """`location.coordinates[0]` -> `["location", "coordinates", 0]`; None for a name not of that form."""
    if _NAME.fullmatch(name) is None:
        return None
    return [word if word else int(index) for word, index in _STEP.findall(name)]


class _Elements(dict[int, Any]):
    """A list being built by `nest_values`, element by index."""


def _listed(node: Any) -> Any:
    if isinstance(node, _Elements):
        return [_listed(node.get(i)) for i in range(max(node) + 1)] if node else []
    if isinstance(node, dict):
        return {key: _listed(value) for key, value in node.items()}
    return node


def _place(root: dict[Any, Any], steps: list[str | int], value: Any) -> bool:
    """Put `value` at `steps` under `root`; False when a value of another shape is there already."""
    node: dict[Any, Any] = root
    for step, following in pairwise(steps):
        child = node.setdefault(step, _Elements() if isinstance(following, int) else {})
        if not isinstance(child, dict) or isinstance(child, _Elements) != isinstance(following, int):
            return False
        node = child
    if steps[-1] in node:
        return False
    node[steps[-1]] = value
    return True


def nest_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Wire-named values back into the body's shape, the inverse of `flatten_body`:
    `{"poll.name": n}` -> `{"poll": {"name": n}}`, `location.coordinates[0]` -> a list element.
    A name that clashes with another (`media` given as text and `media.url`) is kept as it is."""
    root: dict[Any, Any] = {}
    kept: dict[str, Any] = {}
    named = [(name, _steps(name), value) for name, value in values.items()]
    # shortest first: of `media` (a text) and `media.url`, `media` is placed and `media.url` kept
    for name, steps, value in sorted(named, key=lambda entry: len(entry[1] or ())):
        if steps is None or not _place(root, steps, value):
            kept[name] = value
    nested: dict[str, Any] = _listed(root)
    return {**nested, **kept}


def _list_name(op: Operation, name: str) -> str:
    """`ids[]` (how axios and PHP write a list) is `ids` when `ids` is a list in the query."""
    if name.endswith("[]"):
        bare = name[:-2]
        if op.has_param(bare) and op.param(bare).location == "query" and op.param(bare).type == "string[]":
            return bare
    return name


def collect_values(
    op: Operation, path: Mapping[str, str], query: Iterable[tuple[str, str]], body: Any
) -> dict[str, Any]:
    """Every value the request gives, by wire name; values not given are left out."""
    values: dict[str, Any] = {p.name: path[p.name] for p in op.path_params if p.name in path}
    texts: dict[str, list[str]] = {}
    for name, text in query:
        if name not in AUTH_QUERY:
            texts.setdefault(_list_name(op, name), []).append(text)
    for name, found in texts.items():
        p = op.param(name) if op.has_param(name) else None
        values[name] = query_value(p, found) if p is not None and p.location == "query" else found[-1]
    _read_switches(op, values)
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


def _flag_text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _read_switches(op: Operation, values: dict[str, Any]) -> None:
    """The node's switches that travel as query flags (`updateType=upsert` is `?upsert=true`) read
    back into the switch, the way the client wrote them."""
    for switch, choices in op.switch_to_query:
        for choice, flags in choices:
            if flags and all(_flag_text(values.get(name)) == _flag_text(flag) for name, flag in flags):
                for name, _ in flags:
                    values.pop(name, None)
                values[switch] = choice
                break


def _given(values: dict[str, Any]) -> dict[str, Any]:
    """`None` and `""` mean not given, as in the client."""
    return {name: value for name, value in values.items() if value is not None and value != ""}
