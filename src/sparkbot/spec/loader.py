"""Loads the catalogue shipped in `sparkbot/spec/data` into `Operation` records, and checks it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

from .formats import E164, HEX24, js_regex
from .naming import kebab_case, python_identifier, snake_case
from .records import JSON, Accept, ItemField, Operation, Parameter, Upload, ValueFormat

__all__ = ["check_invariants", "load_operations", "read_catalogue", "read_extensions"]

# The package's data files, read as plain files (importlib.resources costs more to import than the read).
_DATA = Path(__file__).with_name("data")
_HEX24_NOTE = re.compile(r"\b24-(char )?hex")
_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")
_FLOAT_NAME = re.compile(r"latitude|longitude|coordinates", re.IGNORECASE)


def read_catalogue() -> list[dict[str, Any]]:
    """The raw catalogue: a verbatim copy of `shared/api/operations.json`."""
    text = (_DATA / "operations.json").read_text("utf-8")
    return cast(list[dict[str, Any]], json.loads(text))


def _read_extensions_file() -> dict[str, Any]:
    text = (_DATA / "extensions.json").read_text("utf-8")
    return cast(dict[str, Any], json.loads(text))


def read_extensions() -> dict[str, dict[str, Any]]:
    """What the catalogue says only in prose, as data (see `data/extensions.json`), by operation."""
    return cast(dict[str, dict[str, Any]], _read_extensions_file()["operations"])


def _objects(names: Iterable[str]) -> list[str]:
    """Every object a dotted wire name lives in: `a.b.c` -> `a`, `a.b`; `a.b[0]` -> `a`."""
    out: list[str] = []
    for name in names:
        parts = name.split("[", 1)[0].split(".")[:-1]
        out += [".".join(parts[: i + 1]) for i in range(len(parts))]
    return list(dict.fromkeys(out))


def _optional_objects(params: Sequence[Parameter], ext: Mapping[str, Any]) -> tuple[str, ...]:
    """An object inside another object is optional (`businessProfile.businessHours`); so are the
    objects `optional_objects` names (what the catalogue says in prose: a status's `media`)."""
    found = [o for o in _objects(p.name for p in params) if "." in o or o in ext.get("optional_objects", ())]
    return tuple(found)


def _derive_format(raw: Mapping[str, Any]) -> ValueFormat | None:
    pattern = raw.get("pattern")
    if pattern:
        regex = js_regex(pattern).pattern
        if regex == E164.pattern:
            return "e164"
        if regex in {HEX24.pattern, "^[a-f0-9]{24}$"}:
            return "hex24"
        return "regex"
    if "date-time" in str(raw.get("format", "")):
        return "date-time"
    note = str(raw.get("note", ""))
    alternatives = " or " in note or "either" in note
    if _HEX24_NOTE.search(note) and not alternatives:
        return "hex24"
    if "E.164" in note and "WID" not in note and not alternatives:
        return "e164"
    return None


def _is_float(raw: Mapping[str, Any]) -> bool:
    if raw["type"] != "number":
        return False
    numbers = [raw.get("default"), raw.get("minValue"), raw.get("maxValue"), *raw.get("options", [])]
    if any(isinstance(n, float) and not n.is_integer() for n in numbers):
        return True
    return bool(_FLOAT_NAME.search(raw["name"]))


def _required_when(raw: Mapping[str, Any]) -> tuple[tuple[str, tuple[JSON, ...]], ...]:
    out: list[tuple[str, tuple[JSON, ...]]] = []
    for switch, values in raw.get("required_when", {}).items():
        listed = tuple(values) if isinstance(values, list) else (values,)
        out.append((switch, listed))
    return tuple(out)


def _parameter(raw: Mapping[str, Any], ext: Mapping[str, Any], objects: frozenset[str]) -> Parameter:
    name = raw["name"]
    constants = ext.get("constants", {})
    value_map = ext.get("value_map", {}).get(name, {})
    default = constants[name] if name in constants else raw.get("default")
    items = tuple(
        ItemField(
            name=item["name"],
            type=item["type"],
            required=bool(item.get("required", False)),
            options=tuple(item.get("options", ())),
            note=item.get("note", ""),
        )
        for item in raw.get("items", ())
    )
    return Parameter(
        name=name,
        location=raw["in"],
        type=raw["type"],
        required=bool(raw["required"]),
        default=default,
        python_name=ext.get("python_names", {}).get(name) or python_identifier(name),
        note=raw.get("note", ""),
        ui=raw.get("ui"),
        ui_group=raw.get("ui_group"),
        options=tuple(raw.get("options", ())),
        options_ref=raw.get("options_ref"),
        load_options=raw.get("loadOptions"),
        min_length=raw.get("minLength"),
        max_length=raw.get("maxLength"),
        min_value=raw.get("minValue"),
        max_value=raw.get("maxValue"),
        max_values=raw.get("maxValues"),
        pattern=js_regex(raw["pattern"]).pattern if raw.get("pattern") else None,
        format=_derive_format(raw),
        required_when=_required_when(raw),
        items=items,
        body_is_array=bool(raw.get("body_is_array", False)),
        is_float=_is_float(raw),
        constant=name in constants,
        value_map=tuple(value_map.items()),
        is_object=raw["type"] == "collection" and name in objects,
    )


def _raw_params(raw_op: Mapping[str, Any], ext: Mapping[str, Any]) -> list[dict[str, Any]]:
    replaced = ext.get("replace_params", {})
    out: list[dict[str, Any]] = []
    for raw in raw_op["params"]:
        out.extend(replaced.get(raw["name"], [raw]))
    return out


def _accept(ext: Mapping[str, Any]) -> Accept | None:
    spec = ext.get("accept")
    if spec is None:
        return None
    if isinstance(spec, str):
        return Accept(fixed=spec)
    return Accept(by=spec["by"], map=tuple(spec["map"].items()))


def _pagination(params: Sequence[Parameter]) -> Any:
    query = {p.name for p in params if p.location == "query"}
    if {"page", "size"} <= query:
        return "page"
    if {"skip", "size"} <= query:
        return "skip"
    return None


def _operation(raw: Mapping[str, Any], ext: Mapping[str, Any], objects: frozenset[str]) -> Operation:
    params = tuple(_parameter(p, ext, objects) for p in _raw_params(raw, ext))
    binary = ext.get("binary", False)
    binary_by = None
    if isinstance(binary, dict):
        binary_by = (binary["by"], tuple(binary["values"]))
        binary = False
    switch_to_query = tuple(
        (switch, tuple((value, tuple(flags.items())) for value, flags in mapping.items()))
        for switch, mapping in ext.get("switch_to_query", {}).items()
    )
    op = Operation(
        resource=raw["resource"],
        resource_key=raw["resource_key"],
        operation=raw["operation"],
        name=raw["name"],
        description=raw["description"],
        method=raw["method"],
        path=raw["path"],
        params=params,
        notes=tuple(raw.get("notes", ())),
        response=ext.get("response", raw.get("response")),
        accept=_accept(ext),
        binary=bool(binary),
        binary_by=binary_by,
        wait_seconds=ext.get("wait_seconds"),
        pagination=_pagination(params),
        method_from=ext.get("method_from"),
        raw_path=ext.get("raw_path"),
        raw_body=ext.get("raw_body"),
        distinct=tuple((a, b) for a, b in ext.get("distinct", ())),
        switch_to_query=switch_to_query,
        optional_objects=_optional_objects(params, ext),
        server_query=tuple(ext.get("server_query", {}).items()),
        upload=Upload(ext["upload"]["file_param"], ext["upload"]["instead_of"]) if "upload" in ext else None,
        python_resource=snake_case(raw["resource_key"]),
        python_method=snake_case(raw["operation"]),
        cli_resource=kebab_case(raw["resource_key"]),
        cli_command=kebab_case(raw["operation"]),
    )
    op._by_name.update({p.name: p for p in params})
    return op


def load_operations() -> tuple[Operation, ...]:
    """All operations of the catalogue, in its order, with the extensions applied."""
    data = _read_extensions_file()
    extensions: dict[str, dict[str, Any]] = data["operations"]
    objects = frozenset(data.get("object_collections", ()))
    return tuple(
        _operation(raw, extensions.get(f"{raw['resource_key']}.{raw['operation']}", {}), objects)
        for raw in read_catalogue()
    )


def check_invariants(operations: Iterable[Operation]) -> list[str]:
    """Problems that would make the catalogue ambiguous; an empty list when it is sound."""
    problems: list[str] = []
    seen_keys: set[str] = set()
    seen_python: set[tuple[str, str]] = set()
    for op in operations:
        if op.key in seen_keys:
            problems.append(f"{op.key}: operation named twice")
        seen_keys.add(op.key)
        if (op.python_resource, op.python_method) in seen_python:
            problems.append(f"{op.key}: Python name {op.python_resource}.{op.python_method} taken")
        seen_python.add((op.python_resource, op.python_method))
        placeholders = _PLACEHOLDER.findall(op.path)
        if op.method_from:
            placeholders.append(op.method_from)
        path_names = [p.name for p in op.path_params]
        if op.method_from:
            path_names.append(op.method_from)
        if sorted(placeholders) != sorted(path_names):
            problems.append(f"{op.key}: path {op.path} does not match path parameters {path_names}")
        names = [p.name for p in op.params]
        if len(set(names)) != len(names):
            problems.append(f"{op.key}: a parameter is named twice")
        py_names = [p.python_name for p in op.client_params]
        if len(set(py_names)) != len(py_names):
            problems.append(f"{op.key}: two parameters share a Python name")
        problems += [
            f"{op.key}: server_query {n} is a parameter" for n, _ in op.server_query if op.has_param(n)
        ]
        arrays = [p.name for p in op.params if p.body_is_array]
        others = [p.name for p in op.sent_params if p.location == "body" and not p.body_is_array]
        if len(arrays) > 1 or (arrays and others):
            problems.append(f"{op.key}: a bare-array body cannot share the body ({arrays}, {others})")
        if op.method not in {"GET", "POST", "PUT", "PATCH", "DELETE"} and not op.method_from:
            problems.append(f"{op.key}: unknown method {op.method}")
        for p in op.params:
            for switch, _ in p.required_when:
                if not op.has_param(switch):
                    problems.append(f"{op.key}.{p.name}: required_when names unknown {switch}")
    return problems
