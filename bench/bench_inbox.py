"""Inbox figures: a number's chat list over 10k chats and a chat's history over 100k messages page
as fast as over 100. `GET /v1/chat/{id}/chats` (default sort `lastMessageAt:desc`, and `name:asc`)
and `GET /v1/chat/{id}/messages` (one chat's history, `chat=<wid>`, and the whole number's), first
and 100th page of 20: each case's time at the largest size is within 2x of its time at the smallest.

Each size has a database of its own, seeded in bulk as `bench_lists.py` does (one `INSERT ...
SELECT` over a series per table, the indexes built after the load) with one account and one number
holding SIZE chats (each with its contact) and 2 x SIZE messages: the even ones in one chat (its
history: SIZE messages), the odd ones in 4 other chats, a third of them sent, interleaved in time.
A page past the end would be empty, so below 2,020 rows a "page 100" case reads the last full page
instead (at 100: page 4 of the chats and of the history, page 9 of the number's 200 messages); the
pages read are printed. Requests go through the real app in-process (`httpx.ASGITransport`), every
case at every size taking turns request by request; each figure is the fastest of REPEAT requests
after one warm-up, which also checks the answer (200, a full page, the one chat's messages only).
On PostgreSQL (127.0.0.1:5432, databases created and dropped here; skipped when no server answers)
the tables are `ANALYZE`d after the load.

Run: `.venv/bin/python bench/bench_inbox.py [SIZES...]` (default: 100 10000 100000).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import httpx
from bench_lists import AT, FALSE, ID, JSON_OBJECT, PAD7, SERIES, _postgres
from sqlalchemy import text

from sparkbot.server import Settings, create_app
from sparkbot.server.db import Base
from sparkbot.server.services import Services

KEY = "bench-key"
SIZES = (100, 10_000, 100_000)
OTHER_CHATS = 4  # the chats the odd messages go to (1..4)
PAGE, PAGE_SIZE = 100, 20
REPEAT = 40
GOAL = 2.0
DEVICE = "d" + "0" * 23  # the number: ID("d", 0)
CHAT = "447360000000@c.us"  # the chat with SIZE messages: chat 0
STATUSES = ("pending", "active", "active", "resolved", "active")


def _wid(dialect: str, x: str) -> str:
    """Chat x's WhatsApp id (a person: +44736 and x in 7 digits)."""
    return f"'44736' || {PAD7[dialect].format(x)} || '@c.us'"


def _seed_sql(dialect: str) -> tuple[str, str, str, str]:
    """The statements that add the number, chats and contacts x and messages x for x in [start, stop)
    (the number with the series of 1, the messages with the series of 2 x SIZE)."""
    at, false, series = AT[dialect].format("x"), FALSE[dialect], SERIES[dialect]
    wid = _wid(dialect, "x")
    name = f"'Chat ' || {PAD7[dialect].format('(x * 7919) % 10000000')}"  # unique, not in time order
    device = f"""{series}
        INSERT INTO devices (id, account_id, alias, description, plan, status, phone, agents, webhooks,
            settings, session_status, session_since, session_linked, queue_status, created_at, updated_at)
        SELECT {ID[dialect].format("d", "x")}, :account, 'Bench ' || x, '', 'professional', 'operative',
            '+44737' || {PAD7[dialect].format("x")}, '[]', '[]', '{{}}', 'online', {at}, {false},
            'active', {at}, {at}
        FROM s"""
    status = " ".join(f"WHEN {i} THEN '{s}'" for i, s in enumerate(STATUSES))
    chats = f"""{series}
        INSERT INTO chats (device_id, wid, account_id, type, name, name_key, status, unread_count,
            last_message_at, last_inbound_at, read_only, labels, notes, participants, pinned, muted,
            archived, created_at, updated_at)
        SELECT '{DEVICE}', {wid}, :account, 'chat', {name}, lower({name}),
            CASE x % {len(STATUSES)} {status} END, x % 3, {at}, {at}, {false}, '[]', '[]', '[]',
            {false}, {false}, {false}, {at}, {at}
        FROM s"""
    contacts = f"""{series}
        INSERT INTO contacts (device_id, wid, account_id, phone, type, name, name_key, fields, metadata,
            labels, blocked, saved, last_message_at, created_at, updated_at)
        SELECT '{DEVICE}', {wid}, :account, '+44736' || {PAD7[dialect].format("x")}, 'personal', {name},
            lower({name}), '{{}}', '[]', '[]', {false}, {false}, {at}, {at}, {at}
        FROM s"""
    chat = _wid(dialect, f"CASE WHEN x % 2 = 0 THEN 0 ELSE 1 + (x / 2) % {OTHER_CHATS} END")
    sent = "x % 3 = 0"
    messages = f"""{series}
        INSERT INTO chat_messages (device_id, id, account_id, chat_wid, chat_type, flow, kind, sender,
            recipient, body, payload, reactions, edits, ack, sent_at, delivered_at, created_at, updated_at)
        SELECT '{DEVICE}', {ID[dialect].format("w", "x")}, :account, {chat}, 'chat',
            CASE WHEN {sent} THEN 'outbound' ELSE 'inbound' END, 'text',
            CASE WHEN {sent} THEN '{DEVICE}' ELSE {chat} END,
            CASE WHEN {sent} THEN {chat} ELSE '{DEVICE}' END,
            'bench message ' || x, {JSON_OBJECT[dialect]}('body', 'bench message ' || x), '[]', '[]',
            CASE WHEN {sent} THEN 'read' ELSE 'delivered' END, {at}, {at}, {at}, {at}
        FROM s"""
    return device, chats, contacts, messages


async def _seed(services: Services, account_id: str, size: int) -> float:
    """The number, `size` chats and contacts and 2 x `size` messages; answers the seconds it took."""
    began = time.perf_counter()
    engine = services.database.engine
    dialect = engine.dialect.name
    tables = [Base.metadata.tables[name] for name in ("chats", "contacts", "chat_messages")]
    indexes = [index for table in tables for index in table.indexes]
    device, chats, contacts, messages = _seed_sql(dialect)
    async with engine.begin() as conn:
        if dialect == "postgresql":  # no foreign key triggers: the rows are consistent
            await conn.execute(text("SET LOCAL session_replication_role = replica"))
        else:  # room to build the indexes in memory (set back after)
            await conn.execute(text("PRAGMA cache_size = -262144"))
        for index in indexes:
            await conn.run_sync(index.drop)
        await conn.execute(text(device), {"account": account_id, "start": 0, "stop": 1})
        for statement in (chats, contacts):
            await conn.execute(text(statement), {"account": account_id, "start": 0, "stop": size})
        await conn.execute(text(messages), {"account": account_id, "start": 0, "stop": 2 * size})
        for index in indexes:
            await conn.run_sync(index.create)
        if dialect == "sqlite":
            await conn.execute(text("PRAGMA cache_size = -2000"))  # SQLite's default
    async with engine.connect() as conn:
        if dialect == "sqlite":  # fold the load into the database file, as autocheckpoint does
            await conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        else:
            for table in [Base.metadata.tables["devices"], *tables]:
                await conn.execute(text(f"ANALYZE {table.name}"))
            await conn.commit()
    return time.perf_counter() - began


def _page(rows: int) -> int:
    """Page 100 of 20, or the last full page when `rows` has fewer than 101 pages."""
    return min(PAGE, rows // PAGE_SIZE - 1)


def _cases(size: int) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each case's path and query at `size` (the "page 100" ones read `_page`)."""
    chats, messages = f"/v1/chat/{DEVICE}/chats", f"/v1/chat/{DEVICE}/messages"
    by_name = {"sort": "name:asc"}
    history = {"chat": CHAT}
    return {
        "chats page 0": (chats, {}),
        "chats page 100": (chats, {"page": _page(size)}),
        "chats?sort=name:asc page 0": (chats, by_name),
        "chats?sort=name:asc page 100": (chats, {**by_name, "page": _page(size)}),
        "messages?chat=<wid> page 0": (messages, history),
        "messages?chat=<wid> page 100": (messages, {**history, "page": _page(size)}),
        "messages page 0": (messages, {}),
        "messages page 100": (messages, {"page": _page(2 * size)}),
    }


NAMES = list(_cases(SIZES[0]))


async def _get(client: httpx.AsyncClient, path: str, params: dict[str, Any]) -> httpx.Response:
    """The answer, or the end of the run with its status and body when it is not 200."""
    answer = await client.get(path, params=params)
    if answer.status_code != 200:
        raise SystemExit(f"GET {path} {params} answered {answer.status_code}: {answer.text[:1000]}")
    return answer


async def _check(client: httpx.AsyncClient, size: int, name: str) -> None:
    """Warm-up: a full page, and of the one chat only when the case asks for it."""
    path, params = _cases(size)[name]
    page = (await _get(client, path, params)).json()
    if not isinstance(page, list) or len(page) != PAGE_SIZE:
        raise SystemExit(f"GET {path} {params} at {size:,}: not a full page of {PAGE_SIZE}: {page!r:.500}")
    if "chat" in params and any(item.get("chat") != CHAT for item in page):
        raise SystemExit(f"GET {path} {params} at {size:,}: messages of other chats: {page!r:.500}")


async def _time_ms(client: httpx.AsyncClient, path: str, params: dict[str, Any]) -> float:
    began = time.perf_counter()
    await _get(client, path, params)
    return (time.perf_counter() - began) * 1000


async def _run(urls: Mapping[int, str], tmp: Path) -> dict[int, dict[str, float]]:
    """Seed a database per size, then time every case at every size, taking turns."""
    clients: dict[int, httpx.AsyncClient] = {}
    async with AsyncExitStack() as stack:
        for size, url in urls.items():
            app = create_app(Settings(data_dir=tmp / f"inbox-{size}", api_key=KEY, database_url=url))
            await stack.enter_async_context(app.router.lifespan_context(app))
            services: Services = app.state.services
            account_id = (await services.store.list_accounts())[0].id
            took = await _seed(services, account_id, size)
            print(f"  seeded {size:>9,} chats and contacts, {2 * size:>9,} messages in {took:5.1f} s")
            clients[size] = await stack.enter_async_context(
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=app),
                    base_url="http://bench",
                    headers={"Token": KEY},
                    timeout=300,
                )
            )
        for name in NAMES:
            for size, client in clients.items():
                await _check(client, size, name)
        times: dict[tuple[int, str], list[float]] = {(size, name): [] for size in urls for name in NAMES}
        for _ in range(REPEAT):
            for name in NAMES:
                for size, client in clients.items():
                    times[size, name].append(await _time_ms(client, *_cases(size)[name]))
    return {size: {name: min(times[size, name]) for name in NAMES} for size in urls}


def _report(backend: str, figures: dict[int, dict[str, float]]) -> bool:
    sizes = list(figures)
    smallest, largest = min(sizes), max(sizes)
    print(f"\n{backend}: ms per request (in-process app, fastest of {REPEAT}, taking turns)")
    pages = ", ".join(f"{size:,}: {_page(size)} (number's messages {_page(2 * size)})" for size in sizes)
    print(f"  pages read as 'page 100': {pages}")
    print(f"  {'':32}" + "".join(f"{size:>12,}" for size in sizes) + f"{'ratio':>9}")
    passed = True
    for name in NAMES:
        ratio = figures[largest][name] / figures[smallest][name]
        ok = ratio <= GOAL
        passed &= ok
        row = "".join(f"{figures[size][name]:12.2f}" for size in sizes)
        print(f"  {name:32}{row}{ratio:9.2f} {'PASS' if ok else 'FAIL'}")
    worst = max(figures[largest][name] / figures[smallest][name] for name in NAMES)
    print(
        f"  {backend}: {largest:,} vs {smallest:,}, worst ratio = {worst:.2f} (goal <= {GOAL:g}x) "
        f"{'PASS' if passed else 'FAIL'}"
    )
    return passed


async def main(sizes: Sequence[int]) -> int:
    passed = True
    with tempfile.TemporaryDirectory() as tmp:
        print("SQLite")
        files = {size: f"sqlite+aiosqlite:///{Path(tmp) / f'inbox-{size}.db'}" for size in sizes}
        passed &= _report("SQLite", await _run(files, Path(tmp)))
        async with _postgres(sizes) as urls:
            if urls is not None:
                print("\nPostgreSQL")
                passed &= _report("PostgreSQL", await _run(urls, Path(tmp)))
    print("\nPASS" if passed else "\nFAIL")
    return 0 if passed else 1


if __name__ == "__main__":
    chosen = tuple(int(arg) for arg in sys.argv[1:]) or SIZES
    sys.exit(asyncio.run(main(chosen)))
