"""Helpers of the tests that need a team: a user with access to a number, a department of it."""

from __future__ import annotations

from typing import Any

from .harness import Server

__all__ = ["add_department", "add_user"]


async def add_user(
    server: Server, device: str, name: str = "Ana Agent", email: str | None = None, **more: Any
) -> str:
    """A new user of the account with access to the number (`createDeviceUser`): its id."""
    user = await server.sdk().team.create_device_user(
        device,
        display_name=name,
        email=email or f"{name.split()[0].lower()}@example.com",
        password="secret-1",
        role=more.pop("role", "agent"),
        color=more.pop("color", "blue"),
        **more,
    )
    return str(user["id"])


async def add_department(server: Server, device: str, agents: list[str], name: str = "Sales") -> str:
    """A new department of the number with these agents: its id."""
    department = await server.sdk().departments.create_department(
        device, name=name, color="ruby", icon="briefcase", agents=agents
    )
    return str(department["id"])
