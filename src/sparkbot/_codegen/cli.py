"""Generates the command line's list of resource groups (`sparkbot/cli/_resources.py`).

`sparkbot --help` lists the groups from this small module, so it reads no catalogue."""

from __future__ import annotations

from ..spec import RESOURCES
from .client import HEADER

__all__ = ["TARGET", "generate_cli"]

TARGET = "src/sparkbot/cli/_resources.py"


def generate_cli() -> dict[str, str]:
    """Relative path -> content of the resource list."""
    rows = [
        f"    {(ops[0].cli_resource, key, ops[0].resource, len(ops))!r}," for key, ops in RESOURCES.items()
    ]
    lines = [
        HEADER.rstrip("\n"),
        '"""The resource groups of `sparkbot`: (command, resource key, name, number of operations)."""',
        "",
        "from __future__ import annotations",
        "",
        '__all__ = ["RESOURCES"]',
        "",
        "RESOURCES: tuple[tuple[str, str, str, int], ...] = (",
        *rows,
        ")",
        "",
    ]
    return {TARGET: "\n".join(lines)}
