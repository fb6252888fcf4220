"""A SparkBot-compatible server: `create_app(settings)` serves `/v1` from the catalogue, with a sandbox."""

from __future__ import annotations

from .app import create_app
from .clock import Clock, ManualClock, SystemClock
from .keys import KeyExistsError, create_key, list_keys
from .settings import Settings

__all__ = [
    "Clock",
    "KeyExistsError",
    "ManualClock",
    "Settings",
    "SystemClock",
    "create_app",
    "create_key",
    "list_keys",
]
