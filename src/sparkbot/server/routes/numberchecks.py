"""Handlers of the number checks of Other (2 operations): verify a number exists on WhatsApp, and
validate phone numbers. The rules are `services/numberchecks.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("other.verifyNumberExists")
async def verify_number_exists(call: Call) -> Any:
    return await call.services.number_checks.exists(call.account, call.get("phone"))


@handlers.on("other.validateNumbers")
async def validate_numbers(call: Call) -> Any:
    return await call.services.number_checks.validate(call.account, call.get("country"), call.get("numbers"))
