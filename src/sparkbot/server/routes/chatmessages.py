"""Handlers of Chat Messages (5 operations: list, details, ack info, edit, delete) and Chat Files (3:
list, details, download)."""

from __future__ import annotations

from .base import Handlers

__all__ = ["handlers"]

handlers = Handlers()
