"""The chat list costs its page: every sort reads its order from its index (`ix_chats_recent`,
`ix_chats_unread`, `ix_chats_name`), filtered or not, and a deep page is the same slice of the full
order as the first pages (`EXPLAIN` on SQLite and on PostgreSQL)."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import pytest
from sqlalchemy import Select, insert, text
from sqlalchemy.ext.asyncio import AsyncConnection

from sparkbot.server.db import Chat
from sparkbot.server.db.chats import SORTS, ChatFilter, chats_query

from .harness import Server

BASE = datetime(2026, 1, 1, tzinfo=UTC)
STATUSES = ("pending", "active", "resolved", "removed")
AGENT = "0123456789abcdef01234567"
INDEXES = {
    "lastMessageAt:desc": "ix_chats_recent",
    "lastMessageAt:asc": "ix_chats_recent",
    "unreadCount:desc": "ix_chats_unread",
    "name:asc": "ix_chats_name",
    "name:desc": "ix_chats_name",
}


async def _seed(server: Server, n: int) -> tuple[str, list[dict[str, Any]]]:
    """A number with `n` chats in bulk (many equal times, counts and names), and another number
    with as many; answers the first and its rows."""
    account = (await server.services.store.list_accounts())[0].id
    devices = [(await server.create_number(f"Chats {i}"))["id"] for i in range(2)]
    shuffle = random.Random(11)
    rows = []
    for device in devices:
        for i in range(n):
            at = BASE + timedelta(seconds=shuffle.randrange(n // 4))
            name = f"name{shuffle.randrange(n // 3):05d}"  # letters and digits: one order everywhere
            group = i % 5 == 0
            rows.append(
                {
                    "device_id": device,
                    "wid": f"1203630{i:011d}@g.us" if group else f"4473{i:08d}@c.us",
                    "account_id": account,
                    "type": "group" if group else "chat",
                    "name": name,
                    "name_key": name,
                    "status": STATUSES[i % len(STATUSES)],
                    "unread_count": shuffle.randrange(4),
                    "last_message_at": at,
                    "labels": ["vip"] if i % 3 == 0 else [],
                    "owner_agent": AGENT if i % 2 else None,
                    "created_at": at,
                    "updated_at": at,
                }
            )
    async with server.services.database.engine.begin() as conn:
        await conn.execute(insert(Chat), rows)
        if conn.dialect.name == "postgresql":
            await conn.execute(text("ANALYZE chats"))
    return devices[0], [r for r in rows if r["device_id"] == devices[0]]


def _order(rows: list[dict[str, Any]], sort: str) -> list[str]:
    columns, descending = SORTS[sort]
    names = [c.key for c in columns]
    return [r["wid"] for r in sorted(rows, key=lambda r: tuple(r[k] for k in names), reverse=descending)]


async def test_deep_pages_are_the_same_slice_of_the_full_order(server: Server) -> None:
    device, rows = await _seed(server, 1200)
    bot = server.sdk()
    listed = [r for r in rows if r["status"] != "removed"]
    cases: list[tuple[dict[str, Any], Callable[[dict[str, Any]], bool]]] = [
        ({}, lambda r: True),
        ({"unread": True}, lambda r: r["unread_count"] > 0),
        ({"status": "resolved"}, lambda r: r["status"] == "resolved"),
        ({"type": "group", "labels": "vip"}, lambda r: r["type"] == "group" and r["labels"] == ["vip"]),
        ({"agent": AGENT, "labels_exclude": "*"}, lambda r: r["owner_agent"] == AGENT and not r["labels"]),
    ]
    size = 7
    for sort in SORTS:
        for params, matches in cases:
            order = _order([r for r in listed if matches(r)], sort)
            last = len(order) // size
            for page in sorted({0, 1, 30, last, last + 1}):
                answer = await bot.chats.get_device_chats(
                    device, sort=cast(Any, sort), size=size, page=page, **params
                )
                assert [c["id"] for c in answer] == order[page * size : page * size + size], (
                    sort,
                    params,
                    page,
                )


# SQLite: `SEARCH chats USING INDEX ix_chats_recent (device_id=?)`, `SCAN page`, ...
_SQLITE_ACCESS = re.compile(r"^(SCAN|SEARCH) (\w+)(?: USING (?:COVERING )?INDEX (\w+))?")
_PRIMARY = {"chats_pkey", "sqlite_autoindex_chats_1"}


async def _plan(conn: AsyncConnection, query: Select[Any]) -> tuple[list[str | None], int]:
    """The indexes the query reads `chats` through (None for a full scan) and how many sorts it makes."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    values = tuple(compiled.params[name] for name in compiled.positiontup or ())
    if conn.dialect.name == "sqlite":
        steps = await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled.string, values)
        lines = [str(tuple(row)[3]) for row in steps]
        found = [m[3] for m in map(_SQLITE_ACCESS.match, lines) if m and m[2] == "chats"]
        return found, sum("TEMP B-TREE" in line for line in lines)
    [[plan]] = (await conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + compiled.string, values)).all()
    indexes: list[str | None] = []
    sorts = 0

    def walk(node: dict[str, Any]) -> None:
        nonlocal sorts
        sorts += node["Node Type"] in ("Sort", "Incremental Sort")
        if node.get("Relation Name") == "chats":
            indexes.append(node.get("Index Name"))
        for child in node.get("Plans", ()):
            walk(child)

    walk((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"])
    return indexes, sorts


@pytest.mark.parametrize("sort", list(SORTS))
async def test_every_sort_reads_its_order_from_its_index(server: Server, sort: str) -> None:
    device, _ = await _seed(server, 6000)
    filters = [
        ChatFilter(),
        ChatFilter(unread=True),
        ChatFilter(statuses=("pending", "archived")),
        ChatFilter(active=True, types=("chat",)),
        ChatFilter(search="name01", labels=("vip",), labels_exclude=("late",)),
        ChatFilter(agents=(AGENT,), labels=("*",)),
    ]
    # (a filter that keeps a fifth of the chats, page 100, is past its end: a sort of what
    # matches is then cheaper, and the planner rightly takes it; so filtered pages are early ones)
    cases = [(where, page) for where in filters for page in (0, 5)] + [(ChatFilter(), 100)]
    async with server.services.database.engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # as with a million rows: a test table is small
            await conn.exec_driver_sql("SET enable_seqscan = off")
            await conn.exec_driver_sql("SET enable_bitmapscan = off")
        for where, page in cases:
            query = chats_query(device, where, sort, page=page, size=20, dialect=conn.dialect.name)
            indexes, sorts = await _plan(conn, query)
            assert {i for i in indexes if i not in _PRIMARY} == {INDEXES[sort]}, (where, page, indexes)
            assert sorts <= 1, (where, page, indexes, sorts)  # only the page's rows are sorted
