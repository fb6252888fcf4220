"""The node's value reshapes that a table cannot say: poll votes, chat actions, delete items..."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["RESHAPES", "NodeParam", "Reshape"]

# The value of another node parameter (its default when the workflow left it out).
NodeParam = Callable[[str], Any]
# value -> the value the node sends, or None when it sends nothing.
Reshape = Callable[[Any, NodeParam], Any]


def _entries(value: Any) -> list[Mapping[str, Any]]:
    return [e for e in value if isinstance(e, Mapping)] if isinstance(value, list) else []


def _poll_options(value: Any, node: NodeParam) -> Any:
    """`[{option}]` -> the option texts, blank ones left out."""
    if not isinstance(value, list):
        return value
    texts = [e.get("option") if isinstance(e, Mapping) else e for e in value]
    return [t for t in texts if isinstance(t, str) and t.strip()]


def _vote_options(value: Any, node: NodeParam) -> Any:
    """`[{optionType, id | value}]` -> `[{id}]` or `[{value}]`; always a list (empty: remove votes)."""
    if isinstance(value, Mapping):
        value = []
    out: list[dict[str, Any]] = []
    for e in _entries(value):
        kind = e.get("optionType", "value")
        if kind == "id" and e.get("id", 0) is not None:
            out.append({"id": e.get("id", 0)})
        elif kind == "value" and e.get("value"):
            out.append({"value": e["value"]})
    return out


def _chat_action(e: Mapping[str, Any]) -> dict[str, Any] | None:
    action = e.get("action", "chat:assign")
    given = e.get("params")
    params: Mapping[str, Any] = given if isinstance(given, Mapping) else e
    if action in {"chat:assign", "chat:assign:department"}:
        if params.get("agent"):
            return {"action": "chat:assign", "params": {"agent": params["agent"]}}
        if params.get("department"):
            return {"action": "chat:assign", "params": {"department": params["department"]}}
        return None
    if action in {"labels:add", "labels:remove", "labels:set"}:
        labels = params.get("labels")
        labels = [labels] if isinstance(labels, str) and labels else labels
        return {"action": action, "params": {"labels": labels}} if labels else {"action": action}
    if action in {"metadata:set", "metadata:add"}:
        metadata = params.get("metadata", {"metadataValues": [{"key": "", "value": ""}]})
        if isinstance(metadata, Mapping):
            metadata = metadata.get("metadataValues")
        if not isinstance(metadata, list) or not metadata:
            return {"action": action}
        pairs = [
            {"key": m.get("key"), "value": m.get("value")}
            for m in _entries(metadata)
            if m.get("key") and m.get("value")
        ]
        return {"action": action, "params": {"metadata": pairs}} if pairs else None
    if action == "metadata:remove":
        keys = params.get("keys")
        if isinstance(keys, str) and keys:
            keys = [keys]
        if not isinstance(keys, list):
            return {"action": action}
        return {"action": action, "params": {"keys": keys}} if keys else None
    if action in {"chat:unassign", "chat:resolve", "chat:unresolve", "chat:read", "chat:unread"}:
        return {"action": action}
    return None  # an action the node does not know is skipped


def _chat_actions(value: Any, node: NodeParam) -> Any:
    """The node's `actions.actions` entries as the API's `[{action, params}]`; none -> not sent."""
    actions = [a for a in map(_chat_action, _entries(value)) if a is not None]
    return actions or None


_EXPIRATION_DEFAULTS: dict[str, Any] = {"seconds": 300, "duration": "1h", "date": ""}


def _expiration(value: Any, node: NodeParam) -> Any:
    """`{values: {type, seconds | duration | date}}` -> `{seconds}`, `{duration}` or `{date}`."""
    if not isinstance(value, Mapping):
        return None
    if "values" not in value:  # already the API's form
        return dict(value) or None
    chosen = value["values"]
    if not isinstance(chosen, Mapping):
        return None
    kind = chosen.get("type", "seconds")
    value = chosen.get(kind, _EXPIRATION_DEFAULTS.get(kind))
    return {kind: value} if kind in _EXPIRATION_DEFAULTS and value else None


def _team_users(value: Any, node: NodeParam) -> Any:
    """Each user item as the node sends it: action and remove, then id or email, then assign."""
    users = []
    for e in _entries(value):
        user: dict[str, Any] = {"action": e.get("action", "unassign"), "remove": e.get("remove", False)}
        kind = e.get("identifierType", "id")
        if kind == "id" and e.get("id"):
            user["id"] = e["id"]
        elif kind == "email" and e.get("email"):
            user["email"] = e["email"]
        if user["action"] == "reassign" and e.get("assign"):
            user["assign"] = e["assign"]
        users.append(user)
    return users


def _quick_reply_items(value: Any, node: NodeParam) -> Any:
    """`deleteMethod: all` -> `[{all: true}]`; else each item as `{id}` or `{shortcut}` by its type."""
    if node("deleteMethod") == "all":
        return [{"all": True}]
    items = []
    for e in _entries(value):
        kind = e.get("type", "id")
        if kind == "id" and e.get("id"):
            items.append({"id": e["id"]})
        elif kind == "shortcut" and e.get("shortcut"):
            items.append({"shortcut": e["shortcut"]})
    return items


def _country(value: Any, node: NodeParam) -> Any:
    """The first two letters, upper-cased; `any` (and empty) -> not sent."""
    if not isinstance(value, str) or not value or value == "any":
        return None
    return value[:2].upper()


def _phone_numbers(value: Any, node: NodeParam) -> Any:
    """`[{phone}]` with text phones only, trimmed."""
    return [
        {"phone": e["phone"].strip()}
        for e in _entries(value)
        if isinstance(e.get("phone"), str) and e["phone"]
    ]


RESHAPES: dict[str, Reshape] = {
    "poll_options": _poll_options,
    "vote_options": _vote_options,
    "chat_actions": _chat_actions,
    "expiration": _expiration,
    "team_users": _team_users,
    "quick_reply_items": _quick_reply_items,
    "country": _country,
    "phone_numbers": _phone_numbers,
}
