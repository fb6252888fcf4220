"""The node's option pickers (`loadOptions`): the lists its dropdowns show, as `{name, value}`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..client import SparkBot

__all__ = ["PICKERS", "load_options"]


def _label(entry: dict[str, Any], *names: str) -> str:
    for name in names:
        if entry.get(name):
            return str(entry[name])
    return str(entry.get("id", ""))


def _devices(client: SparkBot, device: str | None) -> list[dict[str, str]]:
    return [
        {"name": f"{_label(n, 'alias')} ({n.get('phone') or 'not linked'})", "value": str(n["id"])}
        for n in client.numbers.iter_get_numbers()
    ]


def _per_device(method: Callable[[SparkBot, str], Any], value: str, *labels: str) -> Callable[..., Any]:
    def picker(client: SparkBot, device: str | None) -> list[dict[str, str]]:
        if not device:
            raise ValueError("this picker lists what belongs to a number: pass device=")
        return [{"name": _label(e, *labels), "value": str(e.get(value, ""))} for e in method(client, device)]

    return picker


PICKERS: dict[str, Callable[[SparkBot, str | None], list[dict[str, str]]]] = {
    "getDevices": _devices,
    "getGroups": _per_device(lambda c, d: c.groups.iter_get_device_group_chats(d), "wid", "name"),
    "getDeviceChannels": _per_device(lambda c, d: c.channels.iter_get_device_channels(d), "wid", "name"),
    "getFiles": lambda client, device: [
        {"name": _label(f, "filename", "name"), "value": str(f["id"])}
        for f in client.outbound_files.iter_search_files()
    ],
    "getTeamAgents": _per_device(
        lambda c, d: c.team.get_device_team_members(d), "id", "displayName", "email"
    ),
    "getDepartments": _per_device(lambda c, d: c.departments.get_departments(d), "id", "name"),
    "getLabels": _per_device(lambda c, d: c.labels.get_labels(d), "name", "name"),
    # beyond the node's own pickers: a number's chats and contacts, to pick a recipient
    "getChats": _per_device(lambda c, d: c.chats.iter_get_device_chats(d), "id", "name", "phone"),
    "getContacts": _per_device(
        lambda c, d: c.chat_contacts.iter_get_device_contacts(d), "id", "name", "phone"
    ),
}


def load_options(client: SparkBot, picker: str, device: str | None = None) -> list[dict[str, str]]:
    """The entries of a picker (`getDevices`: label `alias (phone)`, value the number's id)."""
    if picker not in PICKERS:
        raise KeyError(f"no picker {picker!r}; known: {', '.join(PICKERS)}")
    return PICKERS[picker](client, device)
