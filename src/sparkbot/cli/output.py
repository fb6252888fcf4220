"""How answers are printed: JSON when piped, a table on a terminal, or NDJSON. rich lives here only."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import click

from ..client._response import BinaryResponse

__all__ = ["COLUMNS", "FORMATS", "echo_answer", "echo_error"]

FORMATS = ("json", "table", "ndjson")


def _choose(output: str | None) -> str:
    if output:
        return output
    return "table" if sys.stdout.isatty() else "json"


def _cell(value: Any) -> str:
    """A value as a table shows it: a nested object as `{3 fields}` (or its one or two short
    fields), a list as its short values joined or `N items`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        shown = {k: v for k, v in value.items() if v not in (None, "", [], {})}
        if not shown:
            return ""
        text = ", ".join(f"{k}: {v}" for k, v in shown.items())
        simple = all(isinstance(v, (str, int, float)) for v in shown.values())
        return text if simple and len(shown) <= 2 and len(text) <= 40 else f"{{{len(shown)} fields}}"
    if isinstance(value, list):
        if not value:
            return ""
        if all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value):
            text = ", ".join(str(v) for v in value)
            if len(text) <= 40:
                return text
        return f"{len(value)} item" + ("" if len(value) == 1 else "s")
    return str(value)


# The columns a table shows for a resource's answers (those present, in this order): few and
# useful; `--output json` shows everything. `me.admin` is a field inside one; `a|b` is `a`, else `b`
# (a group's count of participants, else its list); rows with fewer than two of them show their
# first columns.
COLUMNS: dict[str, tuple[str, ...]] = {
    "chats": ("id", "name", "type", "status", "unreadCount", "lastMessageAt", "labels", "owner"),
    "chat-contacts": ("id", "name", "phone", "type", "blocked", "labels", "lastMessageAt"),
    "chat-messages": ("id", "chat", "flow", "type", "body", "ack", "date"),
    "chat-files": ("id", "chat", "flow", "type", "mimeType", "size", "filename", "createdAt"),
    "numbers": ("id", "alias", "phone", "status", "session", "plan", "billingPlan"),
    "devices": ("id", "alias", "phone", "status", "session"),
    "groups": ("wid", "name|subject", "kind", "participantsCount|participants", "me.admin|isAdmin"),
    "group-participants": ("phone", "admin|isAdmin", "role", "status"),
    "channels": ("wid|id", "name", "kind", "role", "followers|subscribers"),
    "outbound-messages": ("id", "status", "phone|group|channel", "type", "device", "createdAt"),
    "send-messages": ("id", "status", "phone|group|channel", "type", "device", "deliverAt"),
    "webhooks": ("id", "name", "url", "events", "device", "status", "enabled"),
    "labels": ("id", "name", "color", "scope"),
    "departments": ("id", "name", "agents"),
    "team": ("id", "displayName", "email", "role", "status"),
    "quick-replies": ("id", "shortcut", "message"),
    "campaigns": ("id", "name", "status", "device", "createdAt"),
    "outbound-files": ("id", "filename", "type", "size", "createdAt"),
    "queue": ("id", "status", "phone|group|channel", "deliverAt", "priority"),
    "sandbox": ("waId", "message", "kind", "phone|group|channel", "sentAt", "deliveredAt", "readAt"),
    "keys": ("id", "name", "created"),
}
# Group participants: rows of a phone and an admin flag or role (no name), under a groups operation.
_PARTICIPANT_KEYS = frozenset({"admin", "isAdmin", "role"})
# A column's header where it is not its field's name.
_HEADERS = {"participantsCount": "participants", "me.admin": "admin"}
_WHOLE = ("id", "wid", "chat", "phone", "device", "group", "channel", "waId", "key")
_ID = re.compile(r"^([0-9a-f]{24}|[^\s@]{1,40}@(c\.us|g\.us|s\.whatsapp\.net|newsletter|lid|broadcast))$")


def _value(row: dict[str, Any], column: str) -> Any:
    """The field `column` names in `row`; `me.admin` looks inside `me`."""
    value: Any = row
    for part in column.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _columns(rows: list[dict[str, Any]], resource: str | None) -> list[str]:
    columns: list[str] = []
    for row in rows:
        columns += [key for key in row if key not in columns]
    key = resource or ""
    named = set(columns)
    if key == "groups" and "phone" in named and _PARTICIPANT_KEYS & named and not {"name", "subject"} & named:
        key = "group-participants"
    preferred = []
    for spec in COLUMNS.get(key, ()):
        found = next((c for c in spec.split("|") if any(_value(row, c) is not None for row in rows)), None)
        if found is not None:
            preferred.append(found)
    return preferred if len(preferred) >= 2 else columns[:8]


def _is_whole(column: str, cells: list[str]) -> bool:
    """Ids and WIDs are never cut: they are what the next command needs."""
    filled = [c for c in cells if c]
    return column in _WHOLE or (bool(filled) and all(_ID.match(c) for c in filled))


def _table(rows: list[dict[str, Any]], resource: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    shown = _columns(rows, resource)
    cells = [[_cell(_value(row, c)) for c in shown] for row in rows]
    # (column, whole, narrowest width): ids whole, the other columns wrap down to 8 characters
    plan = []
    for index, column in enumerate(shown):
        values = [line[index] for line in cells]
        whole = _is_whole(column, values)
        longest = max([len(_HEADERS.get(column, column)), *map(len, values)])
        plan.append((index, column, whole, longest if whole else min(longest, 8)))
    console = Console()
    # on a narrow terminal the last columns that are not ids go (`--output json` shows all) ...
    while sum(width + 3 for *_, width in plan) + 1 > console.width and len(plan) > 2:
        dropped = next((entry for entry in reversed(plan) if not entry[2]), None)
        if dropped is None:
            break
        plan.remove(dropped)
    # ... and when ids alone are wider, the table is wider than the terminal rather than cut
    needed = sum(width + 3 for *_, width in plan) + 1
    if console.width < needed:
        console = Console(width=needed)
    table = Table()
    for _, column, whole, width in plan:
        header = _HEADERS.get(column, column)
        if whole:
            table.add_column(header, no_wrap=True, min_width=width)
        else:
            table.add_column(header, overflow="fold", min_width=width)
    for line in cells:
        table.add_row(*(line[index] for index, *_ in plan))
    console.print(table)


def echo_answer(
    answer: Any, output: str | None, out_file: str | None = None, resource: str | None = None
) -> None:
    """Prints an answer; a binary one is written to `out_file` (or described). A table shows the
    `COLUMNS` of the `resource` that answered, when it has some."""
    if isinstance(answer, BinaryResponse):
        if out_file:
            answer.write_to(out_file)
            click.echo(f"wrote {len(answer)} bytes ({answer.content_type}) to {out_file}", err=True)
        elif not sys.stdout.isatty():
            sys.stdout.buffer.write(answer.content)
        else:
            click.echo(f"{len(answer)} bytes of {answer.content_type}: pass -o FILE to save them")
        return
    chosen = _choose(output)
    if chosen == "ndjson":
        for row in answer if isinstance(answer, list) else [answer]:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif chosen == "table" and isinstance(answer, (list, dict)) and answer:
        rows = answer if isinstance(answer, list) else [answer]
        if all(isinstance(r, dict) for r in rows):
            _table(rows, resource)
        else:
            click.echo(json.dumps(answer, indent=2, ensure_ascii=False))
    else:
        click.echo(json.dumps(answer, indent=2, ensure_ascii=False))


def echo_error(message: str) -> None:
    """One clear line on stderr, never a traceback."""
    click.secho(f"error: {message}", fg="red", err=True)
