"""How one operation name maps to every place it appears: Python, the command line, tests."""

from __future__ import annotations

import keyword
import re

__all__ = ["kebab_case", "python_identifier", "snake_case"]

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_WORD = re.compile(r"[^0-9a-zA-Z]+")


def snake_case(name: str) -> str:
    """`rebootDevice` -> `reboot_device`, `scanQR` -> `scan_qr`, `media.url` -> `media_url`,
    `send-messages` -> `send_messages`, `location.coordinates[0]` -> `location_coordinates_0`."""
    spaced = _WORD_BOUNDARY.sub("_", name)
    return _NOT_WORD.sub("_", spaced).strip("_").lower()


def kebab_case(name: str) -> str:
    """`rebootDevice` -> `reboot-device` (command-line names)."""
    return snake_case(name).replace("_", "-")


def python_identifier(name: str) -> str:
    """`snake_case`, with a trailing underscore where that is a Python keyword (`from_`)."""
    ident = snake_case(name)
    return f"{ident}_" if keyword.iskeyword(ident) else ident
