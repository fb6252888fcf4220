"""The files of `sparkbot node run`: parameters (plain, a node, or a whole n8n workflow export) and
items (a JSON array or JSON lines), read with errors a person can act on."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

__all__ = ["NODE_TYPE_MARKS", "NodeFileError", "check_names", "pick_node", "read_items", "read_parameters"]

# A workflow's node is the SparkBot node when its type names one of these (case aside), and it is
# not the trigger: `n8n-nodes-walichat.walichat`, `n8n-nodes-sparkbot.sparkbot`.
NODE_TYPE_MARKS = ("sparkbot", "walichat")


class NodeFileError(Exception):
    """A parameters or items file that cannot be used; the message says why and what to do."""


def _load(path: Path) -> Any:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NodeFileError(f"{path}: cannot read it ({exc})") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise NodeFileError(f"{path}: not valid JSON ({exc})") from None


def _is_action_node(node: Any) -> bool:
    kind = str(node.get("type", "")).lower() if isinstance(node, dict) else ""
    return any(mark in kind for mark in NODE_TYPE_MARKS) and "trigger" not in kind


def pick_node(nodes: list[Any], name: str | None = None, source: str = "the workflow") -> dict[str, Any]:
    """The SparkBot node among a workflow's `nodes` (the one named `name`, when given)."""
    found = [n for n in nodes if _is_action_node(n)]
    if name is not None:
        found = [n for n in found if n.get("name") == name]
    if len(found) == 1:
        return dict(found[0])
    listed = ", ".join(f"{n.get('name')!r} ({n.get('type')})" for n in nodes if isinstance(n, dict)) or "none"
    if not found:
        wanted = f"no SparkBot node named {name!r}" if name else "no SparkBot node"
        raise NodeFileError(f"{source}: {wanted} (type with 'sparkbot' or 'walichat'); its nodes: {listed}")
    names = ", ".join(f"{n.get('name')!r}" for n in found)
    raise NodeFileError(f"{source}: {len(found)} SparkBot nodes ({names}): choose one with --node NAME")


def read_parameters(path: Path, node: str | None = None) -> dict[str, Any]:
    """The node's parameters from `path`: the parameters themselves, a node (`{"parameters": ...}`)
    or a workflow export (`{"nodes": [...]}`, the SparkBot node's parameters)."""
    data = _load(path)
    if isinstance(data, list) and data and all(isinstance(n, dict) and "type" in n for n in data):
        data = {"nodes": data}  # nodes copied from the editor, without the workflow around them
    if not isinstance(data, dict):
        raise NodeFileError(f"{path}: expected a JSON object (the node's parameters or a workflow)")
    if isinstance(data.get("nodes"), list):
        data = pick_node(data["nodes"], node, str(path))
    elif node is not None:
        raise NodeFileError(f"{path}: --node needs a workflow export (a JSON object with 'nodes')")
    parameters = data.get("parameters", data)
    if not isinstance(parameters, dict):
        raise NodeFileError(f"{path}: 'parameters' must be a JSON object")
    check_names(parameters, str(path))
    return parameters


def check_names(parameters: dict[str, Any], source: str) -> None:
    """A literal resource or operation that names nothing: the valid names (and the closest)."""
    from ..spec import RESOURCES, find_operation

    resource, operation = parameters.get("resource"), parameters.get("operation")
    if not isinstance(resource, str) or not isinstance(operation, str):
        raise NodeFileError(f"{source}: the parameters need a 'resource' and an 'operation'")
    if resource.startswith("=") or operation.startswith("="):
        return  # expressions: resolved per item
    ops = RESOURCES.get(resource) or next(
        (o for o in RESOURCES.values() if resource in {o[0].python_resource, o[0].cli_resource}), None
    )
    if not ops:
        raise NodeFileError(f"{source}: no resource {resource!r}; {_choices(resource, list(RESOURCES))}")
    if find_operation(resource, operation) is None:
        names = [op.operation for op in ops]
        choices = _choices(operation, names)
        raise NodeFileError(f"{source}: no operation {operation!r} in {resource!r}; {choices}")


def _choices(given: str, valid: list[str]) -> str:
    close = difflib.get_close_matches(given, valid, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"{hint}valid: {', '.join(valid)}"


def _as_item(entry: Any) -> dict[str, Any]:
    return entry if isinstance(entry, dict) and "json" in entry else {"json": entry}


def read_items(path: Path) -> list[dict[str, Any]]:
    """The input items: a JSON array (or one object), or JSON lines; `{"json": ...}` or the data alone."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NodeFileError(f"{path}: cannot read it ({exc})") from None
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
        entries = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    entries.append(json.loads(line))
                except ValueError as exc:
                    raise NodeFileError(
                        f"{path}, line {number}: not valid JSON ({exc}); give a JSON array or JSON lines"
                    ) from None
    else:
        entries = whole if isinstance(whole, list) else [whole]
    items = [_as_item(entry) for entry in entries]
    for index, item in enumerate(items):
        if not isinstance(item.get("json"), dict):
            raise NodeFileError(f"{path}: item {index} is not a JSON object")
    return items
