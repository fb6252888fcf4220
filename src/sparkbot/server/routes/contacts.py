"""Handlers of Chat Contacts (10 operations): list, details, create, update, metadata, delete, bulk
create, block and unblock."""

from __future__ import annotations

from .base import Handlers

__all__ = ["handlers"]

handlers = Handlers()
