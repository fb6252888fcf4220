"""OpenAPI descriptions of the catalogue's parameters, for the routes derived from it."""

from __future__ import annotations

import re
from typing import Any

from ...spec import Operation, Parameter

__all__ = ["openapi_extra", "schema_of"]

_INDEX = re.compile(r"\[\d+\]$")


def schema_of(p: Parameter) -> dict[str, Any]:
    """A JSON schema for one parameter's value."""
    schema: dict[str, Any]
    if p.type == "boolean":
        schema = {"type": "boolean"}
    elif p.type == "number":
        schema = {"type": "number" if p.is_float else "integer"}
    elif p.type == "string[]":
        schema = {"type": "array", "items": {"type": "string"}}
    elif p.type == "collection":
        schema = {"type": "array", "items": {"type": "object"}}
    elif p.type == "json":
        schema = {}
    else:
        schema = {"type": "string"}
        if p.format == "date-time":
            schema["format"] = "date-time"
        if p.pattern:
            schema["pattern"] = p.pattern
    options = [o for o in p.options if o != ""]
    if options and not p.options_ref and p.type not in ("string[]", "collection"):
        schema["enum"] = options
    if p.default not in (None, "", [], {}):
        schema["default"] = p.default
    if p.note:
        schema["description"] = p.note
    return schema


def _body_schema(op: Operation) -> dict[str, Any] | None:
    body = [p for p in op.sent_params if p.location == "body"]
    if not body:
        return None
    whole = next((p for p in body if p.body_is_array), None)
    if whole is not None:
        return schema_of(whole)
    root: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for p in body:
        node = root
        parts = _INDEX.sub("", p.name).split(".")
        for part in parts[:-1]:
            node = node["properties"].setdefault(part, {"type": "object", "properties": {}, "required": []})
        leaf = parts[-1]
        if _INDEX.search(p.name):
            node["properties"][leaf] = {"type": "array", "items": schema_of(p)}
        else:
            node["properties"][leaf] = schema_of(p)
        if p.required and p.name == leaf:
            node["required"].append(leaf)
    return root


def openapi_extra(op: Operation) -> dict[str, Any]:
    """The `parameters` and `requestBody` of `op`, from the catalogue."""
    parameters = [
        {
            "name": p.name,
            "in": p.location,
            "required": p.location == "path" or p.required,
            "schema": schema_of(p),
        }
        for p in op.sent_params
        if p.location in ("path", "query")
    ]
    extra: dict[str, Any] = {"parameters": parameters}
    body = _body_schema(op)
    if body is not None:
        extra["requestBody"] = {"required": False, "content": {"application/json": {"schema": body}}}
    return extra
