"""The 148 operations of the SparkBot API as data: the package's single source of truth.

`OPERATIONS` holds them in catalogue order; `get_operation("session.rebootDevice")` finds one by
its key. Pure: imports only the standard library. The catalogue is read on first use (PEP 562
module attributes), not at import, so `import sparkbot` stays quick.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

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

if TYPE_CHECKING:
    OPERATIONS: tuple[Operation, ...]
    BY_KEY: Mapping[str, Operation]
    RESOURCES: Mapping[str, tuple[Operation, ...]]


class _Catalogue(NamedTuple):
    OPERATIONS: tuple[Operation, ...]
    BY_KEY: Mapping[str, Operation]
    RESOURCES: Mapping[str, tuple[Operation, ...]]


@cache
def _catalogue() -> _Catalogue:
    operations = load_operations()
    grouped: dict[str, list[Operation]] = {}
    for op in operations:
        grouped.setdefault(op.resource_key, []).append(op)
    return _Catalogue(
        operations,
        MappingProxyType({op.key: op for op in operations}),
        MappingProxyType({key: tuple(ops) for key, ops in grouped.items()}),
    )


def __getattr__(name: str) -> Any:
    if name not in _Catalogue._fields:
        raise AttributeError(f"module 'sparkbot.spec' has no attribute {name!r}")
    value = getattr(_catalogue(), name)
    globals()[name] = value
    return value


def get_operation(key: str) -> Operation:
    """The operation `<resource_key>.<operation>` (`session.rebootDevice`); KeyError if unknown."""
    try:
        return _catalogue().BY_KEY[key]
    except KeyError:
        raise KeyError(f"no operation {key!r} in the SparkBot catalogue") from None


def find_operation(resource: str, operation: str) -> Operation | None:
    """Look an operation up by any of its names: node (`session`, `rebootDevice`),
    Python (`session`, `reboot_device`) or command line (`session`, `reboot-device`)."""
    for op in _catalogue().RESOURCES.get(resource, ()) or _by_alias(resource):
        if operation in {op.operation, op.python_method, op.cli_command}:
            return op
    return None


def _by_alias(resource: str) -> tuple[Operation, ...]:
    for ops in _catalogue().RESOURCES.values():
        first = ops[0]
        if resource in {first.python_resource, first.cli_resource}:
            return ops
    return ()
