"""Generates the client's resource modules (`sparkbot/client/_generated/`) from `sparkbot.spec`."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Sequence

from ..spec import RESOURCES, Operation, Parameter

__all__ = ["HEADER", "generate_client"]

HEADER = "# Generated from sparkbot.spec by `python -m sparkbot._codegen` - do not edit.\n"
_WIDTH = 96


def _literal(values: Iterable[object]) -> str:
    return "Literal[" + ", ".join(json.dumps(v) for v in values) + "]"


def _has_enum(p: Parameter) -> bool:
    return bool(p.options) and not p.options_ref and p.options != ("",)


def python_type(p: Parameter) -> str:
    """The annotation of a parameter in a client method."""
    if p.type == "boolean":
        return "bool"
    if p.type == "number":
        return "float" if p.is_float else "int"
    if p.type == "string[]":
        element = _literal(p.options) if _has_enum(p) else "str"
        return f"{element} | Sequence[{element}]"  # one string is a list of one
    if p.type == "collection":
        if p.location in {"query", "header"}:
            return "Mapping[str, str] | Sequence[Mapping[str, str]]"
        return "Mapping[str, Any]" if p.is_object else "Sequence[Mapping[str, Any]]"
    if p.type == "json":
        return "Any"
    if p.value_map:
        words = _literal(k for k, _ in p.value_map)
        wire = {type(w).__name__ for _, w in p.value_map}
        return " | ".join([words, *sorted(wire)])  # the node's words, or what they travel as
    if _has_enum(p) and all(isinstance(o, str) for o in p.options):
        return _literal(p.options)
    if p.format == "date-time":
        return "str | datetime"
    return "str"


def _signature_default(op: Operation, p: Parameter) -> str | None:
    """None: the argument is required. The method switch of `sendRaw` keeps its default; another
    switch with a default (`updateType`) takes it when not given; so does a field of an optional
    object (`businessProfile.businessHours.timezone`); so does the parameter a file replaces (`url`)."""
    if p.name == op.method_from:
        return json.dumps(p.default)
    if op.upload and p.name == op.upload.instead_of:
        return "None"  # a file instead
    if p.required and not op.optional_objects_of(p.name) and not (p.location == "ui" and p.default):
        return None
    return "None"


def ordered_params(op: Operation) -> tuple[list[Parameter], list[Parameter], list[Parameter]]:
    """(positional path parameters, required keywords, optional keywords)."""
    path = list(op.path_params)
    rest = [p for p in op.client_params if p.location != "path"]
    required = [p for p in rest if _signature_default(op, p) is None]
    optional = [p for p in rest if _signature_default(op, p) is not None]
    return path, required, optional


def _doc_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', "'''")


def _param_doc(p: Parameter) -> str:
    where = {"path": "path", "query": "query", "body": "body", "header": "header", "ui": "switch"}[p.location]
    facts = [f"{where} `{p.name}`"]
    if (not p.required or p.location == "ui") and p.default not in ("", [], {}, None):
        facts.append(f"default {json.dumps(p.default)}")
    if p.load_options:
        facts.append(f"choices from `{p.load_options}`")
    return f"{p.note.rstrip('.')} ({'; '.join(facts)})."


def _docstring(
    op: Operation, params: Sequence[Parameter], indent: str, *, iterate: bool = False
) -> list[str]:
    summary = f"{op.name}: {op.description}"
    if iterate:
        summary = (
            f"Every element of `{op.python_method}`, fetching page after page while pages come back full."
        )
    width = _WIDTH - len(indent)
    lines = textwrap.wrap(_doc_text(summary), width, initial_indent=f'{indent}"""', subsequent_indent=indent)
    lines.append("")
    where = f"`{op.method} {op.path}` (operation `{op.key}`)."
    lines += textwrap.wrap(where, width, initial_indent=indent, subsequent_indent=indent)
    for note in op.notes:
        lines.extend(
            textwrap.wrap(
                _doc_text(note), _WIDTH - len(indent), initial_indent=indent, subsequent_indent=indent
            )
        )
    docs = [f"{p.python_name}: {_doc_text(_param_doc(p))}" for p in params]
    if op.upload and not iterate:
        docs.append(_upload_doc(op))
    if docs:
        lines += ["", f"{indent}Args:"]
        for text in docs:
            lines.extend(
                textwrap.wrap(
                    text,
                    _WIDTH - len(indent) - 4,
                    initial_indent=indent + "    ",
                    subsequent_indent=indent + "        ",
                )
            )
    lines.append(f'{indent}"""')
    return [line.rstrip() for line in lines]


def _upload_doc(op: Operation) -> str:
    assert op.upload is not None
    return (
        f"{op.upload.file_param}: the file to upload instead of `{op.upload.instead_of}`: a path "
        "(streamed from disk, named by its file name), bytes or a binary file object; sent as "
        f"multipart/form-data, the part `{op.upload.file_param}`, with the other values as text parts."
    )


def _method(op: Operation, *, asynchronous: bool, iterate: bool = False) -> list[str]:
    path, required, optional = ordered_params(op)
    if iterate:
        optional = [p for p in optional if p.name not in {"page", "skip"}]
    name = f"iter_{op.python_method}" if iterate else op.python_method
    if iterate:
        returns = "AsyncIterator[Any]" if asynchronous else "Iterator[Any]"
    else:
        returns = "BinaryResponse" if op.binary else "Any"
    prefix = "async def" if asynchronous and not iterate else "def"
    lines = [f"    {prefix} {name}(", "        self,"]
    lines += [f"        {p.python_name}: {python_type(p)}," for p in path]
    lines.append("        *,")
    lines += [f"        {p.python_name}: {python_type(p)}," for p in required]
    for p in optional:
        lines.append(f"        {p.python_name}: {python_type(p)} | None = {_signature_default(op, p)},")
    upload = op.upload.file_param if op.upload and not iterate else None
    if upload:
        lines.append(f"        {upload}: Path | bytes | BinaryIO | None = None,")
    lines.append("        timeout: TimeoutTypes = None,")
    lines.append(f"    ) -> {returns}:")
    lines += _docstring(op, [*path, *required, *optional], "        ", iterate=iterate)
    call = "iterate" if iterate else ("call_binary" if op.binary else "call")
    awaited = "await " if asynchronous and not iterate else ""
    args = [*path, *required, *optional]
    lines.append(f"        return {awaited}self._client.{call}(")
    lines.append(f'            "{op.key}",')
    if args:
        lines.append("            {")
        lines += [f'                "{p.name}": {p.python_name},' for p in args]
        if upload:
            lines.append(f'                "{upload}": {upload},')
        lines.append("            },")
    else:
        lines.append("            {},")
    lines.append("            timeout=timeout,")
    lines.append("        )")
    return lines


def _class(ops: Sequence[Operation], *, asynchronous: bool) -> list[str]:
    first = ops[0]
    base = "AsyncResource" if asynchronous else "SyncResource"
    lines = [f"class {class_name(first, asynchronous=asynchronous)}({base}):"]
    lines.append(f'    """{first.resource}: {len(ops)} operations of `{first.resource_key}`."""')
    for op in ops:
        lines.append("")
        lines += _method(op, asynchronous=asynchronous)
        if op.pagination:
            lines.append("")
            lines += _method(op, asynchronous=asynchronous, iterate=True)
    return lines


def class_name(op: Operation, *, asynchronous: bool) -> str:
    stem = "".join(part.capitalize() for part in op.python_resource.split("_"))
    return f"{'Async' if asynchronous else ''}{stem}Resource"


def _module(ops: Sequence[Operation]) -> str:
    body = [*_class(ops, asynchronous=False), "", "", *_class(ops, asynchronous=True)]
    text = "\n".join(body)
    typing_names = ["TYPE_CHECKING", "Any"]
    typing_names += [n.rstrip("[") for n in ("BinaryIO", "Literal[") if n in text]
    abc = [n for n in ("AsyncIterator", "Iterator", "Mapping", "Sequence") if f"{n}[" in text]
    first = ops[0]
    head = [
        HEADER.rstrip("\n"),
        f'"""{first.resource}: `client.{first.python_resource}`, sync and async."""',
        "",
        "from __future__ import annotations",
        "",
    ]
    if abc:
        head.append(f"from collections.abc import {', '.join(abc)}")
    if "datetime" in text:
        head.append("from datetime import datetime")
    head.append(f"from typing import {', '.join(typing_names)}")
    head.append("")
    head.append("from .._resource import AsyncResource, SyncResource")
    head += ["", "if TYPE_CHECKING:"]
    if "BinaryIO" in text:
        head += ["    from pathlib import Path", ""]
    head.append("    from .._base import TimeoutTypes")
    if "BinaryResponse" in text:
        head.append("    from .._response import BinaryResponse")
    names = sorted([class_name(first, asynchronous=False), class_name(first, asynchronous=True)])
    head += ["", f"__all__ = [{', '.join(json.dumps(n) for n in names)}]", "", ""]
    return "\n".join(head + body) + "\n"


def _init() -> str:
    lines = [
        HEADER.rstrip("\n"),
        '"""The resource namespaces of both clients, one attribute per resource."""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import cast",
        "",
        "from .._resource import AsyncCaller, SyncCaller",
    ]
    firsts = [ops[0] for ops in RESOURCES.values()]
    for op in sorted(firsts, key=lambda o: o.python_resource):
        sync_name, async_name = class_name(op, asynchronous=False), class_name(op, asynchronous=True)
        lines.append(f"from .{op.python_resource} import {async_name}, {sync_name}")
    lines += [
        "",
        '__all__ = ["AsyncResources", "SyncResources"]',
        "",
    ]
    for asynchronous in (False, True):
        owner = "AsyncSparkBot" if asynchronous else "SparkBot"
        caller = "AsyncCaller" if asynchronous else "SyncCaller"
        lines += ["", f"class {'Async' if asynchronous else 'Sync'}Resources:"]
        lines.append(f'    """The {len(firsts)} resources of `{owner}` (mixed into a `{caller}`)."""')
        for op in firsts:
            cls = class_name(op, asynchronous=asynchronous)
            lines += [
                "",
                "    @cached_property",
                f"    def {op.python_resource}(self) -> {cls}:",
                f'        """{op.resource}."""',
                f"        return {cls}(cast({caller}, self))",
            ]
        lines.append("")
    return "\n".join(lines)


def generate_client() -> dict[str, str]:
    """Relative path -> content, for every generated client module."""
    out = {"src/sparkbot/client/_generated/__init__.py": _init()}
    for ops in RESOURCES.values():
        out[f"src/sparkbot/client/_generated/{ops[0].python_resource}.py"] = _module(ops)
    return out
