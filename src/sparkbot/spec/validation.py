"""Checks a call's values against the catalogue: ids, phones, options, limits, what is required.

Pure and shared: the client runs it before sending, the server before acting. Values are keyed by
the parameter's wire name (`deviceId`, `media.url`); `None` means not given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .formats import is_date_time, is_e164, is_hex24, is_path_segment
from .records import JSON, Operation, Parameter

__all__ = ["Problem", "is_given", "validate_call", "validate_value"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one parameter, in words a person can act on."""

    field: str
    message: str


def is_given(value: object) -> bool:
    """Not given: `None`, and the node's empty values (`""`, `[]`, `{}`)."""
    return value is not None and value != "" and value != [] and value != {} and value != ()


def _format_problem(p: Parameter, value: str, what: str) -> str | None:
    fmt = p.format
    if fmt == "hex24" and not is_hex24(value):
        return f"{what} must be a 24-character lowercase hex id, got {value!r}"
    if fmt == "e164" and not is_e164(value):
        return f"{what} must be E.164, like +16001234560, got {value!r}"
    if fmt == "date-time" and not is_date_time(value):
        return f"{what} must be an ISO 8601 date-time, like 2026-11-21T10:00:00Z, got {value!r}"
    if fmt == "regex" and p.pattern is not None and not re.fullmatch(p.pattern, value):
        return f"{what} must match {p.pattern}, got {value!r}"
    return None


def _check_options(p: Parameter, value: object, what: str) -> str | None:
    if not p.options or p.options_ref or p.options == ("",):
        return None
    if p.value_map:
        if any(value == key for key, _ in p.value_map) or p.is_wire_value(value):
            return None
        words = ", ".join(repr(k) for k, _ in p.value_map)
        wire = ", ".join(json.dumps(w) for _, w in p.value_map)
        return f"{what} must be one of {words} (on the wire {wire}), got {value!r}"
    if value not in p.options:
        shown = ", ".join(repr(o) for o in p.options)
        return f"{what} must be one of {shown}, got {value!r}"
    return None


def _check_count(p: Parameter, count: int) -> str | None:
    low, high = p.count_limits
    if low is not None and count < low:
        return f"{p.name} needs at least {int(low)} entries, got {count}"
    if high is not None and count > high:
        return f"{p.name} takes at most {int(high)} entries, got {count}"
    return None


def _check_string(p: Parameter, value: object) -> list[str]:
    if not isinstance(value, str):
        return [f"{p.name} must be a string, got {type(value).__name__}"]
    out: list[str] = []
    if p.location == "path" and p.name != "urlPath" and not is_path_segment(value):
        out.append(f"{p.name} must be a non-empty id without '/', '?', '#' or spaces, got {value!r}")
    if p.min_length is not None and len(value) < p.min_length:
        out.append(f"{p.name} must be at least {p.min_length} characters, got {len(value)}")
    if p.max_length is not None and len(value) > p.max_length:
        out.append(f"{p.name} must be at most {p.max_length} characters, got {len(value)}")
    problem = _format_problem(p, value, p.name) or _check_options(p, value, p.name)
    if problem:
        out.append(problem)
    return out


def _check_number(p: Parameter, value: object) -> list[str]:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return [f"{p.name} must be a number, got {type(value).__name__}"]
    if p.min_value is not None and value < p.min_value:
        return [f"{p.name} must be at least {p.min_value:g}, got {value:g}"]
    if p.max_value is not None and value > p.max_value:
        return [f"{p.name} must be at most {p.max_value:g}, got {value:g}"]
    problem = _check_options(p, value, p.name)
    return [problem] if problem else []


def _check_list(p: Parameter, value: object) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        return [f"{p.name} must be a list of strings, got {type(value).__name__}"]
    out: list[str] = []
    for i, element in enumerate(value):
        what = f"{p.name}[{i}]"
        if not isinstance(element, str):
            out.append(f"{what} must be a string, got {type(element).__name__}")
            continue
        problem = _format_problem(p, element, what) or _check_options(p, element, what)
        if problem:
            out.append(problem)
    count = _check_count(p, len(value))
    return out + ([count] if count else [])


def _check_collection(p: Parameter, value: object) -> list[str]:
    if isinstance(value, Mapping) and (p.is_object or p.location != "body"):
        return []
    if isinstance(value, str) or not isinstance(value, Sequence):
        return [f"{p.name} must be a list of objects, got {type(value).__name__}"]
    out: list[str] = []
    required = [f.name for f in p.items if f.required]
    for i, entry in enumerate(value):
        what = f"{p.name}[{i}]"
        if not isinstance(entry, Mapping):
            out.append(f"{what} must be an object, got {type(entry).__name__}")
            continue
        out.extend(f"{what}.{name} is required" for name in required if not is_given(entry.get(name)))
        phone = entry.get("phone")
        if p.format == "e164" and isinstance(phone, str) and phone and not is_e164(phone):
            out.append(f"{what}.phone must be E.164, like +16001234560, got {phone!r}")
    count = _check_count(p, len(value))
    return out + ([count] if count else [])


def validate_value(p: Parameter, value: object) -> list[str]:
    """What is wrong with one given value of `p` (an empty list when nothing is)."""
    if p.value_map and p.is_wire_value(value):
        return []  # what the node's words travel as (`confirm.confirm`: `true`)
    if p.type == "boolean":
        return [] if isinstance(value, bool) else [f"{p.name} must be true or false, got {value!r}"]
    if p.type == "number":
        return _check_number(p, value)
    if p.type == "string[]":
        return _check_list(p, value)
    if p.type == "collection":
        return _check_collection(p, value)
    if p.type == "json":
        return []
    return _check_string(p, value)


def _object_given(name: str, values: Mapping[str, Any]) -> bool:
    return any(is_given(v) and k.startswith((f"{name}.", f"{name}[")) for k, v in values.items())


def _applies(op: Operation, name: str, values: Mapping[str, Any]) -> bool:
    """Requirements on a field inside an optional object hold only once that object is given."""
    return all(_object_given(o, values) for o in op.optional_objects_of(name))


def _is_required(op: Operation, p: Parameter, values: Mapping[str, Any]) -> bool:
    if not p.required or not _applies(op, p.name, values):
        return False
    # A form switch with a default takes it (`updateType`: `replace`).
    return not (p.location == "ui" and is_given(p.default))


def _choices(switch: Parameter) -> tuple[JSON, ...]:
    return (True, False) if switch.type == "boolean" else switch.options


def _switch_problems(op: Operation, values: Mapping[str, Any]) -> list[Problem]:
    """`required_when`: parameters that a switch (the node's `target`, `joinMethod`...) asks for.

    A switch sent on the wire (`all`, `action`) is the caller's value, else its default. A form
    switch the caller cannot give (`target`) asks only for "one of" its parameters, and only when
    every choice asks for one: `includeFile` (true asks for `file`, false for nothing) asks nothing."""
    problems: list[Problem] = []
    by_switch: dict[str, dict[object, list[Parameter]]] = {}
    for dependent in op.params:
        if not _applies(op, dependent.name, values):
            continue
        for name, wanted in dependent.required_when:
            for value in wanted:
                by_switch.setdefault(name, {}).setdefault(value, []).append(dependent)
    for switch_name, groups in by_switch.items():
        switch = op.param(switch_name)
        if switch.location != "ui" or switch_name in values:
            current = values.get(switch_name)
            current = switch.default if current is None else current
            for p in groups.get(current, []):
                if not is_given(values.get(p.name)):
                    problems.append(
                        Problem(p.name, f"{p.name} is required when {switch_name} is {current!r}")
                    )
            continue
        given = [v for v, ps in groups.items() if any(is_given(values.get(p.name)) for p in ps)]
        disjoint = len({p.name for ps in groups.values() for p in ps}) == sum(map(len, groups.values()))
        names = list(dict.fromkeys(p.name for ps in groups.values() for p in ps))
        if disjoint and len(given) > 1:
            problems.append(Problem(names[0], f"give only one of {', '.join(names)}"))
        elif not given and all(v in groups for v in _choices(switch)):
            problems.append(Problem(names[0], f"one of {', '.join(names)} is required"))
        for v in given:
            missing = [p.name for p in groups[v] if not is_given(values.get(p.name))]
            if missing and disjoint:
                problems.append(Problem(missing[0], f"{missing[0]} is required with {groups[v][0].name}"))
    return problems


def validate_call(op: Operation, values: Mapping[str, Any]) -> list[Problem]:
    """Every problem with a call of `op`; an empty list means it may be sent."""
    problems: list[Problem] = []
    for p in op.client_params:
        value = values.get(p.name)
        if not is_given(value):
            if _is_required(op, p, values) and not (p.type == "boolean" and value is False):
                problems.append(Problem(p.name, f"{p.name} is required"))
            continue
        problems.extend(Problem(p.name, message) for message in validate_value(p, value))
    unknown = sorted(set(values) - {p.name for p in op.params})
    problems.extend(Problem(name, f"{op.key} takes no parameter {name!r}") for name in unknown)
    for first, second in op.distinct:
        if is_given(values.get(first)) and values.get(first) == values.get(second):
            problems.append(Problem(second, f"{second} must differ from {first}: both are {values[first]!r}"))
    return problems + _switch_problems(op, values)
