"""How answers are printed: JSON when piped, a table on a terminal, or NDJSON. rich lives here only."""

from __future__ import annotations

import json
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
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 60 else text[:57] + "..."
    return "" if value is None else str(value)


# The columns a table shows for a resource's answers (those present, in this order): few and
# useful; `--output json` shows everything.
COLUMNS: dict[str, tuple[str, ...]] = {
    "chats": ("id", "name", "type", "status", "unreadCount", "lastMessageAt", "labels", "owner"),
    "chat-contacts": ("id", "name", "phone", "type", "blocked", "labels", "lastMessageAt"),
    "chat-messages": ("id", "chat", "flow", "type", "body", "ack", "date"),
    "chat-files": ("id", "chat", "flow", "type", "mimeType", "size", "filename", "createdAt"),
}
_WHOLE = ("id", "chat", "phone", "device")  # never cut: they are what the next command needs


def _summary(value: Any) -> Any:
    """A nested object as its parts that are set (`owner` -> `{"agent": ...}`)."""
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if v not in (None, "", [], {})} or None
    return value


def _table(rows: list[dict[str, Any]], resource: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    columns: list[str] = []
    for row in rows:
        columns += [key for key in row if key not in columns]
    preferred = [c for c in COLUMNS.get(resource or "", ()) if c in columns]
    shown = preferred or columns[:10]
    table = Table()
    for column in shown:
        whole = column in _WHOLE
        table.add_column(column, no_wrap=whole, overflow="fold", min_width=len(column))
    for row in rows:
        table.add_row(*(_cell(_summary(row.get(c))) for c in shown))
    Console().print(table)


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
