"""The integration tests reuse the server tests' fixtures: `settings` (SQLite and PostgreSQL, a fresh
database per test) and `clock` (a manual clock)."""

from __future__ import annotations

from ..server.conftest import clock, settings

__all__ = ["clock", "settings"]
