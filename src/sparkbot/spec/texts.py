"""Which texts a value may carry: valid Unicode, no NUL, no control characters but tab, LF and CR.

Pure and shared: the server checks every text of a request with it before acting (a lone UTF-16
surrogate cannot be stored or answered as UTF-8, PostgreSQL refuses NUL), and the client can check
values before sending them. A value is walked at any depth: strings, the keys of objects and the
elements of lists, each named like the wire names them (`message`, `media.url`,
`participants[0].phone`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ["ALLOWED_CONTROLS", "is_clean", "shown", "text_problem", "text_problems"]

# The control characters a text may hold: WhatsApp texts carry line breaks and tabs.
ALLOWED_CONTROLS = frozenset("\t\n\r")
_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def shown(text: str) -> str:
    """`text` with every refused character written as a `\\uXXXX` escape (safe to answer)."""
    return _REFUSED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def text_problem(text: str) -> str | None:
    """What is wrong with one text (its first refused character), or None."""
    found = _REFUSED.search(text)
    if found is None:
        return None
    char, at = found.group(), found.start()
    code = f"\\u{ord(char):04x}"
    if "\ud800" <= char <= "\udfff":
        return f"has a lone UTF-16 surrogate ({code}) at character {at}: texts must be valid Unicode"
    if char == "\x00":
        return f"has a NUL character ({code}) at character {at}: texts cannot hold NUL"
    return (
        f"has the control character {code} at character {at}: "
        "the only control characters allowed are tab, line feed and carriage return"
    )


def _join(field: str, key: str) -> str:
    return f"{field}.{key}" if field else key


def _texts(value: object) -> list[str]:
    """Every text in `value`, object names included (no names built: the common, clean case)."""
    texts: list[str] = []
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            texts.append(current)
        elif isinstance(current, Mapping):
            texts.extend(str(key) for key in current)
            stack.extend(current.values())
        elif isinstance(current, Sequence) and not isinstance(current, bytes | bytearray):
            stack.extend(current)
    return texts


def is_clean(*values: object) -> bool:
    """No refused character in any text of `values` (one search over them all: the fast check)."""
    return _REFUSED.search(" ".join(text for value in values for text in _texts(value))) is None


def text_problems(value: object, field: str = "") -> list[tuple[str, str]]:
    """Every refused text in `value` (strings, object keys, list elements, at any depth) as
    `(field, message)` pairs, in document order; `field` names `value` itself ("" for a body)."""
    if is_clean(value):
        return []
    problems: list[tuple[str, str]] = []
    # (the value's name, the value, the object key it stands under, checked when it is reached)
    stack: list[tuple[str, object, str | None]] = [(field, value, None)]
    while stack:
        name, current, key = stack.pop()
        if key is not None:
            problem = text_problem(key)
            if problem is not None:
                problems.append((name, f"the name '{shown(key)}' {problem}"))
        if isinstance(current, str):
            problem = text_problem(current)
            if problem is not None:
                problems.append((name or "body", f"{name or 'the body'} {problem}"))
        elif isinstance(current, Mapping):
            named = [(_join(name, shown(str(k))), child, str(k)) for k, child in current.items()]
            stack.extend(reversed(named))
        elif isinstance(current, Sequence) and not isinstance(current, bytes | bytearray):
            stack.extend((f"{name}[{i}]", child, None) for i, child in reversed(list(enumerate(current))))
    return problems
