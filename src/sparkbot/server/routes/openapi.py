"""The OpenAPI description of the routes derived from the catalogue: parameters with their patterns
and limits, bodies, every status a route can answer in the one error shape, and how to authorise."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ...spec import ItemField, Operation, Parameter
from ...spec.formats import E164, HEX24, PATH_SEGMENT
from ..services.paging import MAX_PAGE_SIZE

__all__ = [
    "COMPONENT_SCHEMAS",
    "ERROR_RESPONSES",
    "SECURITY",
    "SECURITY_SCHEMES",
    "error_response",
    "finish_document",
    "openapi_extra",
    "route_openapi",
    "schema_of",
]

_INDEX = re.compile(r"\[\d+\]$")

ERROR_REF = "#/components/schemas/Error"
# A free text holds no control character but tab, LF and CR (`spec/texts.py`; 400 otherwise).
_TEXT = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$"

# The wire shape of every error (`problems.error_body`); `extra` fields (the session reached...) may follow.
COMPONENT_SCHEMAS: dict[str, Any] = {
    "FieldError": {
        "type": "object",
        "required": ["field", "message"],
        "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
    },
    "Error": {
        "type": "object",
        "required": ["status", "error", "message", "errors"],
        "properties": {
            "status": {"type": "integer", "description": "the HTTP status, repeated"},
            "error": {"type": "string", "description": "a stable machine code: invalid_parameter, ..."},
            "message": {"type": "string", "description": "a sentence a person can act on"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/FieldError"}},
        },
        "additionalProperties": True,
    },
}

# The three ways to pass an API key; any one of them authorises a call.
SECURITY_SCHEMES: dict[str, Any] = {
    "Token": {"type": "apiKey", "in": "header", "name": "Token", "description": "the API key (preferred)"},
    "Bearer": {"type": "http", "scheme": "bearer", "description": "Authorization: Bearer <API key>"},
    "QueryToken": {"type": "apiKey", "in": "query", "name": "token", "description": "?token=<API key>"},
}
SECURITY: list[dict[str, list[str]]] = [{name: []} for name in SECURITY_SCHEMES]

# What each error status means on this server; every error body is `Error`.
ERROR_RESPONSES: dict[int, str] = {
    400: "A value is not valid, the body is not JSON, or a parameter is unknown (`invalid_parameter`, ...)",
    401: "The API key is missing or not valid (`unauthorized`)",
    403: "The number may not do this in the group: only its admins may (`not_group_admin`)",
    404: "No such number, message or route in this account (`not_found`)",
    406: "No representation of what was asked for: a preview of a file that is not an image (`no_preview`)",
    409: "The state does not allow it now (`already_linked`, `queue_refuses`, ...)",
    413: "The file is larger than this server takes (`file_too_large`)",
    415: "The body is not JSON (`unsupported_media_type`): send `Content-Type: application/json`",
    501: "Not implemented by this server yet (`not_implemented`)",
    503: "The server is starting, or the sandbox could not issue a QR: try again (`not_ready`, ...)",
    504: "`wait=true` ran out before the session came online; the body holds the status reached",
}


def error_response(status: int) -> dict[str, Any]:
    """One error status, described with the `Error` schema."""
    response: dict[str, Any] = {
        "description": ERROR_RESPONSES[status],
        "content": {"application/json": {"schema": {"$ref": ERROR_REF}}},
    }
    if status == 401:
        response["headers"] = {"WWW-Authenticate": {"schema": {"type": "string"}}}
    return response


def _text_keywords(p: Parameter) -> dict[str, str]:
    """What a text of `p` must look like: its id, phone or catalogue pattern, a date-time, a path
    segment, else any text without the control characters the server refuses."""
    if p.format == "hex24":
        return {"pattern": HEX24.pattern}
    if p.format == "e164":
        return {"pattern": E164.pattern}
    if p.format == "date-time":
        return {"format": "date-time"}
    if p.pattern:
        return {"pattern": p.pattern}
    return {"pattern": PATH_SEGMENT.pattern if p.location == "path" else _TEXT}


def _string_schema(p: Parameter) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", **_text_keywords(p)}
    if p.min_length is not None:
        schema["minLength"] = p.min_length
    elif p.required:  # "" is not a value: a required text has at least one character
        schema["minLength"] = 1
    if p.max_length is not None:
        schema["maxLength"] = p.max_length
    return schema


def _item_schema(field: ItemField, p: Parameter) -> dict[str, Any]:
    types = {"boolean": "boolean", "number": "number", "string[]": "array", "collection": "array"}
    schema: dict[str, Any] = {"type": types.get(field.type, "string")}
    if field.options:
        schema["enum"] = list(field.options)
    elif field.name == "phone" and p.format == "e164":
        schema["pattern"] = E164.pattern
    elif schema["type"] == "string":
        schema["pattern"] = _TEXT
        if field.required:
            schema["minLength"] = 1
    if field.note:
        schema["description"] = field.note
    return schema


def _collection_schema(p: Parameter) -> dict[str, Any]:
    """A list of objects, or the one object a few body parameters are (`expiration: {"seconds": 60}`);
    in the query either is taken."""
    fields = [f for f in p.items if "." not in f.name]
    entry: dict[str, Any] = {"type": "object"}
    if fields:
        entry["properties"] = {f.name: _item_schema(f, p) for f in fields}
        entry["additionalProperties"] = len(fields) < len(p.items)
        required = [f.name for f in fields if f.required]
        if required:
            entry["required"] = required
    if p.is_object:
        return entry
    array: dict[str, Any] = {"type": "array", "items": entry}
    low, high = p.count_limits
    if low is not None:
        array["minItems"] = int(low)
    if high is not None:
        array["maxItems"] = int(high)
    return array if p.location == "body" else {"anyOf": [array, entry]}


def _list_schema(p: Parameter) -> dict[str, Any]:
    item: dict[str, Any] = {"type": "string", **_text_keywords(p)}
    options = [o for o in p.options if o != ""]
    if options and not p.options_ref:
        item["enum"] = options
    schema: dict[str, Any] = {"type": "array", "items": item}
    low, high = p.count_limits
    if low is not None:
        schema["minItems"] = int(low)
    if high is not None:
        schema["maxItems"] = int(high)
    return schema


def schema_of(p: Parameter) -> dict[str, Any]:
    """A JSON schema for one parameter's value, with the catalogue's patterns, limits and options."""
    schema: dict[str, Any]
    if p.type == "boolean":
        schema = {"type": "boolean"}
    elif p.type == "number":
        schema = {"type": "number" if p.is_float else "integer"}
        if p.min_value is not None:
            schema["minimum"] = p.min_value
        if p.max_value is not None:
            schema["maximum"] = p.max_value
    elif p.type == "string[]":
        schema = _list_schema(p)
    elif p.type == "collection":
        schema = _collection_schema(p)
    elif p.type == "json":
        schema = {}
    else:
        schema = _string_schema(p)
    options = [o for o in p.options if o != ""]
    if options and not p.options_ref and p.type not in ("string[]", "collection"):
        if p.value_map:  # the user's words and the values they travel as (`accept` or `true`)
            schema = {"enum": [*options, *(wire for _, wire in p.value_map if wire not in options)]}
        else:
            schema["enum"] = options
    if p.default not in (None, "", [], {}):
        schema["default"] = p.default
    if p.note:
        schema["description"] = p.note
    return schema


def _body_schema(op: Operation) -> dict[str, Any] | None:
    """The JSON body: dotted names are nested objects, `[0]` names array elements."""
    body = [p for p in op.sent_params if p.location == "body"]
    if not body:
        return None
    whole = next((p for p in body if p.body_is_array), None)
    if whole is not None:
        return schema_of(whole)

    def new_object() -> dict[str, Any]:
        return {"type": "object", "properties": {}, "required": [], "additionalProperties": False}

    root = new_object()
    for p in body:
        node = root
        parts = _INDEX.sub("", p.name).split(".")
        for part in parts[:-1]:
            node = node["properties"].setdefault(part, new_object())
        leaf = parts[-1]
        if _INDEX.search(p.name):
            node["properties"][leaf] = {"type": "array", "items": schema_of(p)}
        else:
            node["properties"][leaf] = schema_of(p)
        if p.required and leaf not in node["required"]:
            node["required"].append(leaf)
    _drop_empty_required(root)
    return root


def _drop_empty_required(node: dict[str, Any]) -> None:
    if node.get("required") == []:
        del node["required"]
    for child in node.get("properties", {}).values():
        if child.get("type") == "object":
            _drop_empty_required(child)


# This server's paging (`services/paging.py`): `page` from 0, `size` from 1 to MAX_PAGE_SIZE.
_PAGING = {"page": {"minimum": 0}, "size": {"minimum": 1, "maximum": MAX_PAGE_SIZE}}


def openapi_extra(op: Operation) -> dict[str, Any]:
    """The `parameters` and `requestBody` of `op`, from the catalogue."""
    parameters = [
        {
            "name": p.name,
            "in": p.location,
            "required": p.location == "path" or p.required,
            "schema": {**schema_of(p), **(_PAGING.get(p.name, {}) if op.pagination == "page" else {})},
        }
        for p in op.sent_params
        if p.location in ("path", "query")
    ]
    parameters += [  # taken by the server, not parameters of the operation (`workflow`)
        {"name": name, "in": "query", "required": False, "description": note, "schema": {"type": "string"}}
        for name, note in op.server_query
    ]
    extra: dict[str, Any] = {"parameters": parameters}
    body = _body_schema(op)
    if body is not None:
        extra["requestBody"] = {"required": False, "content": {"application/json": {"schema": body}}}
    return extra


def _shared_extra(ops: Sequence[Operation]) -> dict[str, Any]:
    """Operations sharing a route (the 13 sends of `POST /messages`): the body is any one of their
    shapes; the server picks the operation whose own fields the body names."""
    extra = openapi_extra(ops[0])
    shapes = []
    for op in ops:
        shape = _body_schema(op)
        if shape is not None:
            shapes.append({"title": op.key, "description": op.name, **shape})
    if shapes:
        extra["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"anyOf": shapes}}},
        }
    return extra


def _success(op: Operation, status: int) -> dict[str, Any]:
    """The answer of a call that worked: JSON (a bare array for lists), or bytes with their type."""
    is_list = op.pagination is not None or (op.response or "").startswith("array")
    json_schema: dict[str, Any] = (
        {"type": "array", "items": {"type": "object"}} if is_list else {"type": "object"}
    )
    content: dict[str, Any] = {}
    if op.accept is not None and op.accept.by is not None:
        for _, media_type in op.accept.map:
            content[media_type] = {"schema": {"type": "string", "format": "binary"}}
        content["application/json"] = {"schema": json_schema}
    elif op.binary and op.accept is not None and op.accept.fixed is not None:
        content[op.accept.fixed] = {"schema": {"type": "string", "format": "binary"}}
    else:
        content["application/json"] = {"schema": json_schema}
    return {str(status): {"description": op.name, "content": content}}


# Reads answered by WhatsApp itself through the engine: they need the number online (409).
READS_FROM_WHATSAPP = frozenset({"catalog.getCatalog"})


# Statuses some built operations answer beyond those derived below.
OPERATION_ERRORS: dict[str, frozenset[int]] = {
    "outbound-files.uploadFile": frozenset({413}),
    "outbound-files.previewFile": frozenset({406}),
    # a group's admin-only actions (403 `not_group_admin`); reads of a group left: 409
    **{
        f"groups.{name}": frozenset({403})
        for name in (
            "updateGroup",
            "groupUpdateImage",
            "addGroupParticipants",
            "updateParticipantsPermissions",
            "removeGroupParticipants",
            "approveGroupMembers",
            "rejectGroupMembers",
            "revokeGroupInvite",
        )
    },
    "groups.getGroupPendingMembers": frozenset({403, 409}),
    "groups.getGroupInviteCode": frozenset({403, 409}),
}


def _error_statuses(ops: Sequence[Operation], built: bool) -> list[int]:
    """What a route may answer besides success, derived from its operations:
    400 values, 401 key, 415 a body that is not JSON (any request may carry one), 503 starting;
    once built: 404 ids (a path id, a `device`, or a write's body ids), 409 state (writes to what an
    id names, and reads that take `force` or `sync`, that sync, or that WhatsApp answers: they
    need the number online), 504 `wait`;
    not built yet: 501 (after the body is read and checked)."""
    names = {p.name for op in ops for p in op.sent_params}
    statuses = {400, 401, 415, 503}
    if not built:
        return sorted(statuses | {501})
    if any(op.path_params for op in ops) or "device" in names:
        statuses.add(404)
        if (
            ops[0].method != "GET"
            or {"force", "sync"} & names
            or ops[0].path.endswith("/sync")
            or ops[0].key in READS_FROM_WHATSAPP
        ):
            statuses.add(409)
    if ops[0].method != "GET" and any(_names_records(p) for op in ops for p in op.sent_params):
        statuses.update((404, 409))  # a write naming the account's records by id in its body
    if "wait" in names:
        statuses.add(504)
    for op in ops:
        statuses |= OPERATION_ERRORS.get(op.key, frozenset())
    return sorted(statuses)


def _names_records(p: Parameter) -> bool:
    """A body parameter that names records by id: a 24-hex id, or entries with an `id`."""
    return p.location == "body" and (p.format == "hex24" or any(f.name == "id" for f in p.items))


def route_openapi(ops: Sequence[Operation], built: bool, status: int) -> dict[str, Any]:
    """Everything the document says about one route: parameters, body, answers, security."""
    extra = openapi_extra(ops[0]) if len(ops) == 1 else _shared_extra(ops)
    responses: dict[str, Any] = _success(ops[0], status) if built else {}
    responses.update({str(code): error_response(code) for code in _error_statuses(ops, built)})
    extra["responses"] = responses
    extra["security"] = SECURITY
    if not built:
        extra["x-sparkbot-implemented"] = False
    return extra


def finish_document(document: dict[str, Any]) -> dict[str, Any]:
    """The app's document made truthful: the error and security components, every operation
    authorised by any of the three key locations, and FastAPI's 422 (never answered: this server
    turns it into a 400 `Error`) dropped."""
    components = document.setdefault("components", {})
    components.setdefault("schemas", {}).update(COMPONENT_SCHEMAS)
    components["securitySchemes"] = SECURITY_SCHEMES
    document["security"] = SECURITY
    for methods in document.get("paths", {}).values():
        for operation in methods.values():
            responses = operation.setdefault("responses", {})
            if responses.pop("422", None) is not None:
                responses.setdefault("400", error_response(400))
            operation.setdefault("security", SECURITY)
    for unused in ("HTTPValidationError", "ValidationError"):
        components["schemas"].pop(unused, None)
    return document
