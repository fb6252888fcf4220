"""The workflow-node runner: run SparkBot operations with the node's names and item semantics."""

from __future__ import annotations

from .expressions import ExpressionError, resolve
from .parameters import NodeParameterError, node_operation, wire_values
from .pickers import PICKERS, load_options
from .runner import DEFAULT_CONCURRENCY, NodeOperationError, arun, run
from .trigger import TRIGGER_EVENTS, AsyncTriggerRegistration, TriggerError, TriggerRegistration

__all__ = [
    "DEFAULT_CONCURRENCY",
    "PICKERS",
    "TRIGGER_EVENTS",
    "AsyncTriggerRegistration",
    "ExpressionError",
    "NodeOperationError",
    "NodeParameterError",
    "TriggerError",
    "TriggerRegistration",
    "arun",
    "load_options",
    "node_operation",
    "resolve",
    "run",
    "wire_values",
]
