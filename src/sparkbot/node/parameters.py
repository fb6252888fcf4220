"""The node's parameters (as a workflow exports them) turned into an operation's wire values.

Names are the node's: `resource`, `operation`, and each parameter's `ui` name or path
(`device`, `rebootOptions.force`, `options.priority`). Switches of the form (`target`,
`filterType`, `locationType`...) decide which fields travel, as in the node.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..spec import Operation, find_operation

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


def _lookup(parameters: Mapping[str, Any], path: str) -> Any:
    node: Any = parameters
    for part in path.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return _MISSING
        node = node[part]
    return node


def wire_values(op: Operation, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """Values keyed by wire name, ready for `client.call(op.key, values)`."""
    values: dict[str, Any] = {}
    for p in op.params:
        if p.constant or p.ui is None:
            continue
        value = _lookup(parameters, p.ui)
        if value is _MISSING:
            if p.ui_group or "." in p.ui:
                continue  # a field of an options collection the user did not add
            value = p.default
        values[p.name] = value
    for p in op.params:
        for switch, wanted in p.required_when:
            if op.param(switch).location == "ui" and values.get(switch) not in wanted:
                values.pop(p.name, None)
    wire_switches = {name for name, _ in op.switch_to_query} | {op.method_from}
    for p in op.params:
        if p.location == "ui" and p.name not in wire_switches and not _selects(op, p.name):
            values.pop(p.name, None)
    return values


def _selects(op: Operation, switch: str) -> bool:
    """A switch that `required_when` refers to stays, so validation can tell what it asks for."""
    return any(name == switch for p in op.params for name, _ in p.required_when)
