"""`page` and `size` of a list operation, read the same way by every service that pages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..problems import invalid

__all__ = ["MAX_PAGE_SIZE", "page_and_size"]

MAX_PAGE_SIZE = 500
_MAX_OFFSET = 2**62  # an SQL offset is a signed 64-bit integer


def _whole(value: Any) -> bool:
    """An int, or a float without a fraction (not inf, not nan); booleans are not numbers here."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def page_and_size(values: Mapping[str, Any], default_size: int) -> tuple[int, int] | None:
    """The page (0-based) and size asked for, checked (400 otherwise); None for a page so far past
    the end that no database takes its offset (the answer is an empty list)."""
    page, size = values.get("page", 0), values.get("size", default_size)  # 0 is a value
    if not _whole(page) or page < 0:
        raise invalid("page", f"page must be a whole number, 0 or more, got {page!r}")
    if not _whole(size) or not 1 <= size <= MAX_PAGE_SIZE:
        raise invalid("size", f"size must be a whole number, 1 to {MAX_PAGE_SIZE}, got {size!r}")
    page, size = int(page), int(size)
    return None if page * size > _MAX_OFFSET else (page, size)
