"""The 148 operations of the SparkBot API as data: the package's single source of truth.

`OPERATIONS` holds them in catalogue order; `get_operation("session.rebootDevice")` finds one by
its key. Pure: imports only the standard library.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from .loader import check_invariants, load_operations
from .records import JSON, Accept, ItemField, Operation, Parameter

__all__ = [
    "BY_KEY",
    "JSON",
    "OPERATIONS",
    "RESOURCES",
    "Accept",
    "ItemField",
    "Operation",
    "Parameter",
    "check_invariants",
    "find_operation",
    "get_operation",
]

OPERATIONS: Final[tuple[Operation, ...]] = load_operations()
BY_KEY: Final = MappingProxyType({op.key: op for op in OPERATIONS})


def _group() -> dict[str, tuple[Operation, ...]]:
    grouped: dict[str, list[Operation]] = {}
    for op in OPERATIONS:
        grouped.setdefault(op.resource_key, []).append(op)
    return {key: tuple(ops) for key, ops in grouped.items()}


RESOURCES: Final = MappingProxyType(_group())


def get_operation(key: str) -> Operation:
    """The operation `<resource_key>.<operation>` (`session.rebootDevice`); KeyError if unknown."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"no operation {key!r} in the SparkBot catalogue") from None


def find_operation(resource: str, operation: str) -> Operation | None:
    """Look an operation up by any of its names: node (`session`, `rebootDevice`),
    Python (`session`, `reboot_device`) or command line (`session`, `reboot-device`)."""
    for op in RESOURCES.get(resource, ()) or _by_alias(resource):
        if operation in {op.operation, op.python_method, op.cli_command}:
            return op
    return None


def _by_alias(resource: str) -> tuple[Operation, ...]:
    for ops in RESOURCES.values():
        first = ops[0]
        if resource in {first.python_resource, first.cli_resource}:
            return ops
    return ()
