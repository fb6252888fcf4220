"""Workflow expressions, the safe subset: `={{ $json.field }}` and `={{ $json["a"]["b"] }}`.

Resolved against an item's `json`; nothing is ever executed. A whole-value expression keeps the
value's type; expressions inside a string (`=Hello {{ $json.name }}!`) are joined as text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

__all__ = ["ExpressionError", "resolve", "resolve_expression"]

_TEMPLATE = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_STEP = re.compile(
    r"""\s*(?:\.\s*([A-Za-z_$][A-Za-z0-9_$]*)|\[\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\d+))\s*\])"""
)


class ExpressionError(ValueError):
    """An expression outside the safe subset, or one that cannot be read."""


def _path(text: str) -> list[str | int]:
    source = text.strip()
    if not source.startswith("$json"):
        raise ExpressionError(f"cannot read expression {{{{ {source} }}}}: only $json paths are supported")
    rest = source[len("$json") :]
    steps: list[str | int] = []
    while rest.strip():
        match = _STEP.match(rest)
        if not match:
            raise ExpressionError(f"cannot read expression {{{{ {source} }}}} at {rest.strip()!r}")
        name, double, single, index = match.groups()
        if index is not None:
            steps.append(int(index))
        else:
            steps.append(
                name if name is not None else json.loads(f'"{double}"') if double is not None else single
            )
        rest = rest[match.end() :]
    return steps


@lru_cache(maxsize=1024)
def _steps(text: str) -> tuple[str | int, ...]:
    """`_path`, parsed once per expression text (a run resolves the same ones for every item)."""
    return tuple(_path(text))


def resolve_expression(text: str, item: Mapping[str, Any]) -> Any:
    """The value of `$json...` for one item; a missing field is None (n8n's undefined)."""
    value: Any = item
    for step in _steps(text):
        if isinstance(step, int) and isinstance(value, list):
            value = value[step] if step < len(value) else None
        elif isinstance(value, Mapping):
            value = value.get(str(step))
        else:
            return None
    return value


def resolve(value: Any, item: Mapping[str, Any]) -> Any:
    """Resolves every expression in a parameter value (strings, lists and mappings, deeply)."""
    if type(value) is str:
        if not value.startswith("="):
            return value
    elif callable(value):
        return value(item)
    elif type(value) is dict or isinstance(value, Mapping):
        return {k: resolve(v, item) for k, v in value.items()}
    elif isinstance(value, list):
        return [resolve(v, item) for v in value]
    elif not isinstance(value, str) or not value.startswith("="):
        return value
    template = value[1:]
    whole = _TEMPLATE.fullmatch(template.strip())
    if whole:
        return resolve_expression(whole.group(1), item)

    def text(match: re.Match[str]) -> str:
        found = resolve_expression(match.group(1), item)
        if found is None:
            return ""
        return found if isinstance(found, str) else json.dumps(found)

    return _TEMPLATE.sub(text, template)
