"""Lists cost their page: a deep page is the same slice of the full order as before, and the list
queries read that order from an index (`EXPLAIN` on SQLite and on PostgreSQL)."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Select, insert, text
from sqlalchemy.ext.asyncio import AsyncConnection

from sparkbot.server.db import DeviceFilter, Message, MessageFilter
from sparkbot.server.db.outbox import search_query
from sparkbot.server.db.store import devices_query

from .harness import Server

BASE = datetime(2026, 1, 1, tzinfo=UTC)
PHONES = ("+447362053576", "+447362053577", "+447362053578")
GROUP = "120363041234567890@g.us"
STATUSES = ("queued", "processing", "sent", "delivered", "read", "failed")


async def _seed(server: Server, n: int) -> tuple[str, list[str], list[dict[str, Any]]]:
    """Three numbers and `n` messages in bulk, in a shuffled order with many equal instants;
    answers the account, the numbers and the rows."""
    account = (await server.services.store.list_accounts())[0].id
    devices = [(await server.create_number(f"Paging {i}"))["id"] for i in range(3)]
    shuffle = random.Random(7)
    positions = list(range(n))
    shuffle.shuffle(positions)
    rows = []
    for i in range(n):
        at = BASE + timedelta(seconds=shuffle.randrange(n // 4))  # about four messages an instant
        group = i % 7 == 0
        rows.append(
            {
                "id": f"{i:024x}",
                "account_id": account,
                "device_id": devices[i % 3],
                "position": positions[i],
                "kind": "sendText",
                "target_type": "group" if group else "phone",
                "target": GROUP if group else PHONES[i % 3],
                "payload": {"message": f"paging {i}"},
                "status": STATUSES[i % len(STATUSES)],
                "created_at": at,
                "updated_at": at,
            }
        )
    async with server.services.database.engine.begin() as conn:
        await conn.execute(insert(Message), rows)
        if conn.dialect.name == "postgresql":
            await conn.execute(text("ANALYZE messages"))
    return account, devices, rows


async def _ids(server: Server, **params: Any) -> list[str]:
    response = await server.client.get("/v1/messages", params=params)
    assert response.status_code == 200, response.text
    return [m["id"] for m in response.json()]


async def test_deep_pages_are_the_same_slice_of_the_full_order(server: Server) -> None:
    _, (a, b, c), rows = await _seed(server, 1800)
    unknown = [f"{i:024x}" for i in range(8)]  # 11 numbers: more ranges than are merged, one IN
    cases: list[tuple[dict[str, Any], Callable[[dict[str, Any]], bool]]] = [
        ({}, lambda r: True),
        ({"sort": "date:asc"}, lambda r: True),
        ({"device": a}, lambda r: r["device_id"] == a),
        ({"devices": [a, b]}, lambda r: r["device_id"] in (a, b)),
        ({"devices": [a, b, c, *unknown]}, lambda r: True),
        ({"status": "pending"}, lambda r: r["status"] in ("queued", "processing")),
        ({"status": ["read", "failed"], "sort": "date:asc"}, lambda r: r["status"] in ("read", "failed")),
        ({"phone": PHONES[0]}, lambda r: r["target"] == PHONES[0]),
        ({"phone": PHONES[1], "group": GROUP}, lambda r: r["target"] in (PHONES[1], GROUP)),
        ({"devices": [a, b], "status": "sent"}, lambda r: r["device_id"] in (a, b) and r["status"] == "sent"),
        (
            {"device": a, "status": "pending"},
            lambda r: r["device_id"] == a and r["status"] in ("queued", "processing"),
        ),
    ]
    size = 3
    for params, matches in cases:
        newest_first = params.get("sort") != "date:asc"
        keys = sorted(
            (r["created_at"], r["position"], r["id"]) for r in rows if matches(r)
        )  # created_at, then position: the order searchMessages always had
        order = [key[2] for key in (reversed(keys) if newest_first else keys)]
        last = len(order) // size
        for page in sorted({0, 1, 100, last, last + 1}):
            expected = order[page * size : page * size + size]
            assert await _ids(server, size=size, page=page, **params) == expected, (params, page)
        if len(order) > 101 * size:
            assert await _ids(server, size=size, page=100, **params), params  # a deep page, not empty


# SQLite: `SEARCH messages USING COVERING INDEX ix_messages_list (account_id=?)`, `SCAN page`, ...
_SQLITE_ACCESS = re.compile(r"^(SCAN|SEARCH) (\w+)(?: USING (?:COVERING )?INDEX (\w+))?")
_PRIMARY = {"messages_pkey", "devices_pkey", "sqlite_autoindex_messages_1", "sqlite_autoindex_devices_1"}


async def _plan(conn: AsyncConnection, query: Select[Any]) -> tuple[list[tuple[str, str | None]], int]:
    """How the query reads the tables (table, index or None for a full scan) and how many sorts
    it makes."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    values = tuple(params[name] for name in compiled.positiontup or ())
    if conn.dialect.name == "sqlite":
        lines = [
            str(row[3]) for row in await conn.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled.string, values)
        ]
        accesses = [
            (m[2], m[3]) for m in map(_SQLITE_ACCESS.match, lines) if m and m[2] in ("messages", "devices")
        ]
        return accesses, sum("TEMP B-TREE" in line for line in lines)
    [[plan]] = (await conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + compiled.string, values)).all()
    found: list[tuple[str, str | None]] = []
    sorts = 0

    def walk(node: dict[str, Any]) -> None:
        nonlocal sorts
        sorts += node["Node Type"] in ("Sort", "Incremental Sort")
        if node.get("Relation Name") in ("messages", "devices"):
            found.append((node["Relation Name"], node.get("Index Name")))
        for child in node.get("Plans", ()):
            walk(child)

    walk((json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"])
    return found, sorts


@pytest.mark.parametrize("newest_first", [True, False])
async def test_the_list_queries_read_their_order_from_an_index(server: Server, newest_first: bool) -> None:
    account, (a, b, _c), _ = await _seed(server, 6000)
    by_number, by_status = "ix_messages_device_list", "ix_messages_status_list"
    pending = ("queued", "processing")
    cases: list[tuple[MessageFilter, set[str], bool]] = [  # filter, the indexes it may read, merged
        (MessageFilter(account_id=account), {"ix_messages_list"}, False),
        (MessageFilter(account_id=account, device_ids=(a,)), {by_number}, False),
        (MessageFilter(account_id=account, device_ids=(a, b)), {by_number}, True),
        (MessageFilter(account_id=account, statuses=pending), {by_status}, True),
        (MessageFilter(account_id=account, statuses=("read",)), {by_status}, False),
        (MessageFilter(account_id=account, phones=PHONES[:2]), {"ix_messages_target_list"}, True),
        # a number's pending messages: either index serves each combination in order
        (MessageFilter(account_id=account, device_ids=(a,), statuses=pending), {by_number, by_status}, True),
        (
            MessageFilter(account_id=account, device_ids=(a, b), statuses=pending),
            {by_number, by_status},
            True,
        ),
    ]
    async with server.services.database.engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # as with a million rows: a test table is small
            await conn.exec_driver_sql("SET enable_seqscan = off")
            await conn.exec_driver_sql("SET enable_bitmapscan = off")
        for where, indexes, merged in cases:
            query = search_query(where, page=100, size=20, newest_first=newest_first)
            accesses, sorts = await _plan(conn, query)
            lists = {i for _, i in accesses if i not in _PRIMARY}
            assert lists, (where, accesses)
            assert lists <= indexes, (where, accesses)  # never a full scan (None), nor another index
            # only the page's rows are sorted (and the ranges' merge), never the account
            assert sorts <= 1 + merged, (where, accesses, sorts)
        accesses, sorts = await _plan(conn, devices_query(account, DeviceFilter(), 100, 50))
        assert {i for _, i in accesses if i not in _PRIMARY} == {"ix_devices_list"}, accesses
        assert sorts <= 1
