"""The integration tests reuse the server tests' fixtures: `settings` (SQLite and PostgreSQL, a database
with no rows per test) and `clock` (a manual clock)."""

from __future__ import annotations

from ..server.conftest import clock, postgres_pool, settings

__all__ = ["clock", "postgres_pool", "settings"]
