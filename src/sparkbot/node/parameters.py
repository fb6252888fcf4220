"""The node's parameters (as a workflow exports them) turned into an operation's wire values.

Names are the node's: `resource`, `operation`, and each parameter's `ui` name or path
(`device`, `rebootOptions.force`, `options.priority`). Switches of the form (`target`,
`filterType`, `locationType`...) decide which fields travel, and `behaviour.RULES` says what
else the node's code does per operation (unwrap, omit, reshape), so the same request goes out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..spec import Operation, find_operation
from .behaviour import RULES, Rule
from .reshapes import RESHAPES

__all__ = ["NodeParameterError", "node_operation", "wire_values"]

_MISSING = object()


class NodeParameterError(ValueError):
    """Parameters that name no operation, or that the node would not accept."""


def node_operation(parameters: Mapping[str, Any]) -> Operation:
    """The operation named by the node's `resource` and `operation`."""
    resource, operation = parameters.get("resource"), parameters.get("operation")
    if not isinstance(resource, str) or not isinstance(operation, str):
        raise NodeParameterError("node parameters need a 'resource' and an 'operation'")
    found = find_operation(resource, operation)
    if found is None:
        raise NodeParameterError(f"no operation {operation!r} in resource {resource!r}")
    return found


def _lookup(parameters: Mapping[str, Any], parts: tuple[str, ...]) -> Any:
    """The value at a node path; a single-entry fixed collection on the way is looked through
    (`eventCoordinates.latitude` finds `{"eventCoordinates": {"coordinates": {"latitude": ...}}}`)."""
    node: Any = parameters
    for part in parts:
        if not (type(node) is dict or isinstance(node, Mapping)):
            return _MISSING
        if part not in node:
            if len(node) != 1:
                return _MISSING
            (inner,) = node.values()
            if not (type(inner) is dict or isinstance(inner, Mapping)) or part not in inner:
                return _MISSING
            node = inner
        node = node[part]
    return node


@dataclass(frozen=True, slots=True)
class _Step:
    """One parameter of an operation, with everything `wire_values` needs decided once."""

    name: str
    parts: tuple[str, ...] | None
    default: Any
    in_collection: bool
    rule: Rule | None
    conditions: tuple[tuple[str, tuple[str, ...], tuple[Any, ...]], ...]
    ui_only: bool
    # a query value at its catalogue default stays out unless the node sends it (`Rule.sends_default`)
    drops_default: bool


@dataclass(frozen=True, slots=True)
class _Plan:
    """An operation's steps in catalogue order, and its node defaults by node name."""

    steps: tuple[_Step, ...]
    defaults: Mapping[str, Any]


_PLANS: dict[str, _Plan] = {}


def _plan(op: Operation) -> _Plan:
    """The operation's plan, made once (operations are immutable)."""
    plan = _PLANS.get(op.key)
    if plan is None:
        plan = _PLANS[op.key] = _make_plan(op)
    return plan


def _make_plan(op: Operation) -> _Plan:
    rules = RULES.get(op.key, {})
    kept_switches = {name for name, _ in op.switch_to_query} | {op.method_from}
    kept_switches |= {name for p in op.params for name, _ in p.required_when}
    steps = []
    for p in op.params:
        if p.constant:
            continue
        rule = rules.get(p.name)
        names = [(op.param(name).ui or name, wanted) for name, wanted in p.required_when]
        names += list(rule.when) if rule is not None else []
        conditions = tuple((name, tuple(name.split(".")), wanted) for name, wanted in names)
        steps.append(
            _Step(
                name=p.name,
                parts=tuple(p.ui.split(".")) if p.ui is not None else None,
                default=p.default,
                in_collection=bool(p.ui_group) or (p.ui is not None and "." in p.ui),
                rule=rule,
                conditions=conditions,
                ui_only=p.location == "ui" and p.name not in kept_switches,
                drops_default=p.location == "query"
                and p.type != "collection"
                and not (rule is not None and rule.sends_default),
            )
        )
    defaults = {p.ui: p.default for p in op.params if p.ui is not None}
    return _Plan(tuple(steps), defaults)


class _Node:
    """The node's parameters as its code reads them: the set value, else the node default."""

    def __init__(self, parameters: Mapping[str, Any], defaults: Mapping[str, Any]) -> None:
        self._parameters = parameters
        self._defaults = defaults

    def __call__(self, name: str, parts: tuple[str, ...] | None = None) -> Any:
        value = _lookup(self._parameters, parts or tuple(name.split(".")))
        return self._defaults.get(name) if value is _MISSING else value

    def holds(self, conditions: tuple[tuple[str, tuple[str, ...], tuple[Any, ...]], ...]) -> bool:
        """Every condition's node parameter holds one of its values."""
        return all(self(name, parts) in wanted for name, parts, wanted in conditions)


def _given(step: _Step, parameters: Mapping[str, Any], node: _Node) -> Any:
    rule = step.rule
    if rule is not None and rule.fixed:
        return rule.fixed[0]
    if step.parts is None:
        return _MISSING
    value = _lookup(parameters, step.parts)
    if value is _MISSING:
        # a field of an options collection the user did not add stays out; others take the default
        if rule is not None and rule.default_with is not None and node(rule.default_with) is not None:
            return step.default
        return _MISSING if step.in_collection else step.default
    if step.in_collection and (value == [] or value == {}) and not (rule is not None and rule.sends_empty):
        return _MISSING  # the node's collections never send an empty list
    return value


def _shape(rule: Rule, value: Any, node: _Node) -> Any:
    """The value the node sends for `value` under `rule`; `_MISSING` when it sends nothing."""
    if rule.unwrap is not None and isinstance(value, Mapping):
        value = value.get(rule.unwrap, [])
    if rule.entry_defaults and isinstance(value, list):
        value = [{**dict(rule.entry_defaults), **e} if isinstance(e, Mapping) else e for e in value]
    if rule.unwrap is not None and isinstance(value, list):
        # an entry field whose expression found nothing is JavaScript's undefined: not sent
        value = [
            {k: v for k, v in e.items() if v is not None} if isinstance(e, Mapping) else e for e in value
        ]
    if rule.fields and isinstance(value, list):
        value = [{k: e[k] for k in rule.fields if k in e} if isinstance(e, Mapping) else e for e in value]
    if rule.reshape is not None:
        value = RESHAPES[rule.reshape](value, node)
        if value is None:
            return _MISSING
    if any(value == o and isinstance(value, bool) == isinstance(o, bool) for o in rule.omit):
        return _MISSING
    if rule.truthy and not value:
        return _MISSING
    return value


def wire_values(op: Operation, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """Values keyed by wire name, ready for `client.call(op.key, values)`: what the node sends."""
    plan = _plan(op)
    node = _Node(parameters, plan.defaults)
    values: dict[str, Any] = {}
    for step in plan.steps:
        if step.ui_only or (step.conditions and not node.holds(step.conditions)):
            continue
        value = _given(step, parameters, node)
        if value is not _MISSING and step.rule is not None:
            value = _shape(step.rule, value, node)
        if value is _MISSING or (step.drops_default and _same(value, step.default)):
            continue
        values[step.name] = value
    return values


def _same(value: Any, default: Any) -> bool:
    """Equal as JSON values (`False` is not `0`)."""
    return value == default and isinstance(value, bool) == isinstance(default, bool)
