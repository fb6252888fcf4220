"""Builds the HTTP request for one operation from its values: pure, no I/O.

The wire rules (see docs/client.md):
- values are keyed by wire name; `None` means not given and is never sent; one string where the
  catalogue takes a list of strings is a list of one;
- a query parameter is sent when given, even at its catalogue default (`size=20`, `unread=false`:
  what you pass is what travels); one not given is not sent, so the server applies its default;
  lists travel comma-joined, booleans as `true`/`false`;
- body fields with dots are nested objects (`media.url`), `[n]` an array element; a
  `body_is_array` parameter is the whole body;
- the `Accept` header follows the catalogue (`image/svg+xml` for an svg QR, ...);
- an operation with an upload (`uploadFile`, see `spec.records.Upload`) given a `file` is sent as
  `multipart/form-data`: the part `file` (a path is opened only when the request is sent, and
  streamed; bytes; a binary file object, read as httpx sends it) and every other given value as a
  text part of its wire name, lists as one part per element (`tags`); the file's part is named by
  `filename` when given, else by the path's (or the file object's) name, else it has none (the
  server names it `file.<ext>`). `file` with the value it replaces (`url`) is a ValidationError,
  as is a `str` (a path or the content? give a `Path` or bytes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise
from pathlib import PurePath
from typing import Any, BinaryIO
from urllib.parse import quote

from .._constants import WAIT_MARGIN_SECONDS
from ..spec import JSON, Operation, Parameter
from ..spec.texts import is_clean, text_problems
from ..spec.validation import Problem, validate_call
from .errors import ValidationError

__all__ = ["PreparedRequest", "UploadFile", "build_request", "normalise_values"]

_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class UploadFile:
    """The file of a multipart upload: where its bytes come from, and the part's file name."""

    source: PurePath | bytes | BinaryIO
    filename: str | None
    # What is sent beside the file, as text parts, in order (`("tags", "a"), ("tags", "b")`).
    fields: tuple[tuple[str, str], ...] = ()

    @property
    def rewindable(self) -> bool:
        """The bytes can be sent again (a retry): a path, bytes, or a seekable file object."""
        if isinstance(self.source, (PurePath, bytes)):
            return True
        seekable = getattr(self.source, "seekable", None)
        return bool(seekable()) if callable(seekable) else False


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """Everything needed to send one call, relative to the base URL."""

    operation: str
    method: str
    path: str
    query: tuple[tuple[str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    json: JSON = None
    has_body: bool = False
    binary: bool = False
    min_read_timeout: float | None = None
    upload: UploadFile | None = None
    values: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def safe(self) -> bool:
        """A request that changes nothing, so it may be retried after any failure."""
        return self.method in {"GET", "HEAD", "OPTIONS"}


def normalise_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Drops values not given (`None`, `""`) and turns Python conveniences into wire values (datetimes)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if value is None or value == "":
            continue
        if isinstance(value, (datetime, date)):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    return out


def _lists_of_one(op: Operation, values: dict[str, Any]) -> dict[str, Any]:
    """A single string where the catalogue takes a list of strings is a list of one (`include="agents"`)."""
    for p in op.client_params:
        if p.type == "string[]" and isinstance(values.get(p.name), str):
            values[p.name] = [values[p.name]]
    return values


def _query_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return ",".join(_query_text(v) for v in value)
    return str(value)


def _pairs(value: object) -> list[tuple[str, str]]:
    """A key/value collection given as a mapping or as `[{"key", "value"}]` (the node's form)."""
    if isinstance(value, Mapping):
        return [(str(k), _query_text(v)) for k, v in value.items()]
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [(str(e["key"]), _query_text(e.get("value", ""))) for e in value if isinstance(e, Mapping)]
    raise TypeError(f"expected a mapping, got {type(value).__name__}")


def _set_path(body: dict[str, Any], name: str, value: Any) -> None:
    """`body["media"]["url"] = value` for `media.url`; `location.coordinates[0]` fills a list."""
    keys: list[str | int] = [
        m.group(1) if m.group(1) is not None else int(m.group(2)) for m in _SEGMENT.finditer(name)
    ]
    node: Any = body
    for key, following in pairwise(keys):
        empty: Any = [] if isinstance(following, int) else {}
        if isinstance(key, int):
            while len(node) <= key:
                node.append(None)
            if node[key] is None:
                node[key] = empty
            node = node[key]
        else:
            node = node.setdefault(key, empty)
    last = keys[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
    node[last] = value


def _path(op: Operation, values: Mapping[str, Any]) -> str:
    if op.raw_path:
        raw = str(values[op.raw_path]).strip()
        return raw if raw.startswith("/") else f"/{raw}"
    path = op.path
    for p in op.path_params:
        path = path.replace("{" + p.name + "}", quote(str(values[p.name]), safe="@:+="))
    return path


def _wire_value(p: Parameter, value: Any) -> Any:
    mapped = p.map_value(value)
    if p.name == "body" and isinstance(mapped, str):
        return json.loads(mapped)
    return mapped


def _check_raw(op: Operation, values: Mapping[str, Any]) -> list[dict[str, str]]:
    problems: list[dict[str, str]] = []
    if op.raw_path:
        raw = str(values.get(op.raw_path, ""))
        if "://" in raw or ".." in raw.split("?")[0].split("/") or any(c in raw for c in " #\n"):
            problems.append(
                {"field": op.raw_path, "message": f"{op.raw_path} must be a path like /devices, got {raw!r}"}
            )
    if op.raw_body and isinstance(values.get(op.raw_body), str):
        try:
            json.loads(values[op.raw_body])
        except ValueError as exc:
            problems.append({"field": op.raw_body, "message": f"{op.raw_body} is not valid JSON: {exc}"})
    return problems


def _file_problems(op: Operation, values: Mapping[str, Any], file: object) -> list[dict[str, str]]:
    assert op.upload is not None
    name, other = op.upload.file_param, op.upload.instead_of
    if file is None:
        return []
    if isinstance(file, str):
        message = f"{name} must be a Path, bytes or a binary file object, not a str (a path or the content?)"
        return [{"field": name, "message": message}]
    if not isinstance(file, (PurePath, bytes, bytearray, memoryview)) and not callable(
        getattr(file, "read", None)
    ):
        message = f"{name} must be a Path, bytes or a binary file object, not {type(file).__name__}"
        return [{"field": name, "message": message}]
    if other in values:
        return [{"field": other, "message": f"give a {name} or a {other}, not both"}]
    return []


def _file_name(file: object, given: object) -> str | None:
    if isinstance(given, str) and given:
        return given
    if isinstance(file, PurePath):
        return file.name or None
    named = getattr(file, "name", None)  # an open file: its path's last part
    if isinstance(named, str) and named:
        return PurePath(named).name or None
    return None


def _upload(op: Operation, values: Mapping[str, Any], file: Any) -> UploadFile:
    fields: list[tuple[str, str]] = []
    for p in op.params:
        if p.location == "body" and p.name in values:
            value = _wire_value(p, values[p.name])
            items = value if isinstance(value, list) else [value]
            fields += [(p.name, _query_text(item)) for item in items]
    source = bytes(file) if isinstance(file, (bytearray, memoryview)) else file
    return UploadFile(source, _file_name(file, values.get("filename")), tuple(fields))


def build_request(op: Operation, given: Mapping[str, Any]) -> PreparedRequest:
    """Validates `given` (wire names) and builds the request; raises `ValidationError`."""
    file: Any = None
    if op.upload is not None and op.upload.file_param in given:
        given = dict(given)
        file = given.pop(op.upload.file_param)
    values = _lists_of_one(op, normalise_values(given))
    found = validate_call(op, values)
    if file is not None and op.upload is not None:  # the file stands for the value it replaces
        unneeded = Problem(op.upload.instead_of, f"{op.upload.instead_of} is required")
        found = [p for p in found if p != unneeded]
    problems = [{"field": p.field, "message": p.message} for p in found]
    if op.upload is not None:
        problems += _file_problems(op, values, file)
    problems += _check_raw(op, values)
    if not is_clean(values):  # a lone surrogate or a NUL: the API refuses it, so it is not sent
        problems += [
            {"field": f, "message": m}
            for name, value in values.items()
            for f, m in text_problems(value, name)
        ]
    if problems:
        raise ValidationError(op.key, problems)

    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    body: dict[str, Any] = {}
    whole_body: Any = None
    has_body = False
    for p in op.params:
        if p.constant:
            value: Any = p.default
        elif p.name in values:
            value = values[p.name]
        else:
            continue
        if p.location == "query":
            if p.type == "collection":
                query.extend(_pairs(value))
            else:
                query.append((p.name, _query_text(value)))
        elif p.location == "header":
            headers.update(_pairs(value))
        elif p.location == "body":
            wire = _wire_value(p, value)
            if p.body_is_array or p.name == op.raw_body:
                whole_body = wire
            else:
                _set_path(body, p.name, wire)
            has_body = True

    for switch, choices in op.switch_to_query:
        for choice, flags in choices:
            if values.get(switch) == choice:
                query.extend((name, _query_text(flag)) for name, flag in flags)

    method = op.method
    if op.method_from:
        method = str(values.get(op.method_from) or op.param(op.method_from).default).upper()
    accept = (
        op.accept.for_value(values.get(op.accept.by) or op.param(op.accept.by).default)
        if op.accept and op.accept.by
        else None
    )
    if op.accept and op.accept.fixed:
        accept = op.accept.fixed
    all_headers = {"Accept": accept or "application/json", **headers}
    wait = op.wait_seconds if op.wait_seconds and values.get("wait") is True else None
    return PreparedRequest(
        operation=op.key,
        method=method,
        path=_path(op, values),
        query=tuple(query),
        headers=tuple(all_headers.items()),
        json=whole_body if whole_body is not None else (body or None),
        has_body=has_body and method != "GET",
        binary=op.is_binary(values),
        min_read_timeout=None if wait is None else wait + WAIT_MARGIN_SECONDS,
        upload=None if file is None else _upload(op, values, file),
        values=values,
    )
