"""Which values fetch the next page of a list: pure. There is a next page when a page is full."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..spec import Operation

__all__ = ["next_page_values"]


def next_page_values(op: Operation, values: Mapping[str, Any], items: Any) -> dict[str, Any] | None:
    """The values for the page after the one that answered `items`, or None at the end.

    `page`/`size` lists advance `page`; webhook logs (`size`/`skip`) advance `skip`."""
    if op.pagination is None or not isinstance(items, list) or not items:
        return None
    size = values.get("size") or op.param("size").default
    if not isinstance(size, (int, float)) or len(items) < size:
        return None
    following = dict(values)
    if op.pagination == "page":
        following["page"] = int(values.get("page") or 0) + 1
    else:
        following["skip"] = int(values.get("skip") or 0) + len(items)
    return following
