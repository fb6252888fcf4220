"""Every one of the 148 operations, through both clients: the request matches the catalogue.

For each operation the test makes a valid value for every parameter the method takes, calls the
generated method by its Python name, and checks method, path, query, body and headers against
what the catalogue says should travel. The expected request is written out here, independently
of the client's request builder.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from sparkbot.spec import OPERATIONS, Operation, Parameter

from ..recording import API_KEY, DEVICE, Recorder

HEX = "fedcba9876543210fedcba98"
PHONE = "+16001234560"
WHEN = "2026-11-21T10:00:00+00:00"
WID = "447362053576-1500000000@g.us"
PATTERN_SAMPLES = {
    "^[a-f0-9]{24}$": HEX,
    "^[a-fA-F0-9]{18,32}$": "3EB0C431C26A1916E07E",
    "^[0-9]{14,18}$": "1234567890123456",
}


def _string(p: Parameter) -> str:
    if p.format == "hex24":
        return DEVICE if p.location == "path" else HEX
    if p.format == "e164":
        return PHONE
    if p.format == "date-time":
        return WHEN
    if p.format == "regex":
        assert p.pattern is not None
        return PATTERN_SAMPLES[p.pattern]
    if p.location == "path":
        return WID
    low, high = p.min_length or 1, p.max_length or 12
    return "abcdefghijkl"[: max(low, min(high, 8))] if low <= 12 else "a" * low


def _pick_option(p: Parameter) -> Any:
    choices = [k for k, _ in p.value_map] or [o for o in p.options if o != ""]
    others = [o for o in choices if o != p.default]
    return (others or choices)[0]


def sample(op: Operation, p: Parameter) -> Any:
    """A valid value for `p`, different from its default so that it travels."""
    if p.name == op.method_from:
        return "POST"
    if p.name == op.raw_path:
        return "/devices"
    if p.name == op.raw_body:
        return {"anything": [1, 2]}
    if p.type == "boolean":
        return not p.default if isinstance(p.default, bool) else True
    if p.type == "number":
        if p.options:
            return _pick_option(p)
        for candidate in (p.max_value, p.min_value, 7):
            if candidate is not None and candidate != p.default:
                return candidate
        return 7
    if p.type == "string[]":
        element = _pick_option(p) if p.options and p.options != ("",) and not p.options_ref else _string(p)
        low, _ = p.count_limits
        return [element] * int(low or 1)
    if p.type == "collection":
        if p.location in {"query", "header"}:
            return {"X-Sample": "1"}
        entry = {f.name: (PHONE if f.name == "phone" else "x") for f in p.items if "." not in f.name}
        low, _ = p.count_limits
        return [entry] * int(low or 1)
    if p.type == "json":
        return {"anything": True}
    if p.options and p.options != ("",) and not p.options_ref:
        return _pick_option(p)
    return _string(p)


def chosen_params(op: Operation) -> list[Parameter]:
    """The parameters to fill: all the method takes, but for a switch's alternatives only the
    ones its default (or first) choice asks for (`phone`, not `group` and `channel`)."""
    exposed = {p.name for p in op.client_params}
    skip: set[str] = set()
    switches: dict[str, dict[Any, list[str]]] = {}
    for p in op.params:
        for switch, values in p.required_when:
            if op.param(switch).location == "ui" and switch not in exposed:
                for v in values:
                    switches.setdefault(switch, {}).setdefault(v, []).append(p.name)
    for switch, groups in switches.items():
        default = op.param(switch).default
        keep = groups.get(default) or next(iter(groups.values()))
        skip |= {name for names in groups.values() for name in names if name not in keep}
    return [p for p in op.client_params if p.name not in skip]


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return ",".join(_query_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _nest(body: dict[str, Any], name: str, value: Any) -> None:
    match = re.fullmatch(r"(.+)\[(\d+)\]", name)
    if match:
        parts, index = match.group(1).split("."), int(match.group(2))
        node = body
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        array = node.setdefault(parts[-1], [])
        array.extend([None] * (index + 1 - len(array)))
        array[index] = value
        return
    parts = name.split(".")
    node = body
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value


def expected_request(op: Operation, values: dict[str, Any]) -> dict[str, Any]:
    method = values[op.method_from] if op.method_from else op.method
    path = values[op.raw_path] if op.raw_path else op.path
    for p in op.path_params:
        path = path.replace("{" + p.name + "}", str(values[p.name]))
    query: list[tuple[str, str]] = []
    body: Any = {}
    headers: dict[str, str] = {}
    for p in op.params:
        if p.constant:
            _nest(body, p.name, p.default)
            continue
        if p.name not in values:
            continue
        value = values[p.name]
        if p.location == "query" and p.type == "collection":
            query += [(k, str(v)) for k, v in value.items()]
        elif p.location == "query":
            query.append((p.name, _query_text(value)))
        elif p.location == "header":
            headers.update(value)
        elif p.location == "body":
            wire = dict(p.value_map).get(value, value) if p.value_map else value
            if p.body_is_array or p.name == op.raw_body:
                body = wire
            else:
                _nest(body, p.name, wire)
    for switch, choices in op.switch_to_query:
        for choice, flags in choices:
            if values.get(switch) == choice:
                query += [(k, _query_text(v)) for k, v in flags]
    return {"method": method, "path": path, "query": query, "body": body or None, "headers": headers}


def _cases() -> list[Any]:
    return [pytest.param(op, id=op.key) for op in OPERATIONS]


def _call_values(op: Operation) -> tuple[dict[str, Any], dict[str, Any]]:
    values = {p.name: sample(op, p) for p in chosen_params(op)}
    kwargs = {op.param(name).python_name: value for name, value in values.items()}
    return values, kwargs


def _check(op: Operation, values: dict[str, Any], recorder: Recorder) -> None:
    want = expected_request(op, values)
    sent = recorder.last
    url = urlsplit(str(sent.url))
    assert sent.method == want["method"]
    assert url.path == "/v1" + want["path"]
    assert parse_qsl(url.query) == want["query"]
    body = json.loads(sent.content) if sent.content else None
    assert body == want["body"]
    assert sent.headers["token"] == API_KEY
    accept = op.accept.for_value(values.get(op.accept.by or "", "")) if op.accept else None
    if op.accept and op.accept.by and accept is None:
        accept = (
            op.accept.for_value(op.param(op.accept.by).default) if values.get(op.accept.by) is None else None
        )
    assert sent.headers["accept"] == (accept or "application/json")
    for name, value in want["headers"].items():
        assert sent.headers[name] == value


@pytest.mark.parametrize("op", _cases())
def test_sync_request_shape(op: Operation, recorder: Recorder) -> None:
    values, kwargs = _call_values(op)
    with recorder.sync_client() as client:
        method = getattr(getattr(client, op.python_resource), op.python_method)
        method(**kwargs)
    assert len(recorder.requests) == 1
    _check(op, values, recorder)


@pytest.mark.parametrize("op", _cases())
async def test_async_request_shape(op: Operation, recorder: Recorder) -> None:
    values, kwargs = _call_values(op)
    async with recorder.async_client() as client:
        method = getattr(getattr(client, op.python_resource), op.python_method)
        await method(**kwargs)
    assert len(recorder.requests) == 1
    _check(op, values, recorder)


@pytest.mark.parametrize(
    "op", [op for op in OPERATIONS if op.path_params and op.path_params[0].name == "deviceId"]
)
def test_a_bad_path_id_sends_nothing(op: Operation, recorder: Recorder) -> None:
    _, kwargs = _call_values(op)
    kwargs["device_id"] = "../admin"
    with recorder.sync_client() as client:
        method = getattr(getattr(client, op.python_resource), op.python_method)
        with pytest.raises(ValueError, match="deviceId"):
            method(**kwargs)
    assert recorder.requests == []


def test_every_operation_has_both_methods() -> None:
    from sparkbot import AsyncSparkBot, SparkBot

    for cls in (SparkBot, AsyncSparkBot):
        client = cls(api_key="k", base_url="http://x/v1")
        for op in OPERATIONS:
            assert callable(getattr(getattr(client, op.python_resource), op.python_method)), op.key
