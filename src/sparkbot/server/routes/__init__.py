"""The HTTP routes: `/v1` derived from the catalogue, and the sandbox's phone."""

from __future__ import annotations

from .registry import HANDLERS, build_api_router, routed_operations
from .sandbox import build_sandbox_router

__all__ = ["HANDLERS", "build_api_router", "build_sandbox_router", "routed_operations"]
