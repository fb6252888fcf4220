"""Handlers of Chats (18 operations): list, details, sync, typing, read/unread, status, participants,
owner, notes, labels, meta, archive, delete, bulk update."""

from __future__ import annotations

from .base import Handlers

__all__ = ["handlers"]

handlers = Handlers()
