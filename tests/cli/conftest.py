"""The `live` fixture: the real server with its sandbox, started once per test module."""

from __future__ import annotations

from ..live import live

__all__ = ["live"]
