"""List figures: `GET /v1/messages` (first and 100th page) and `GET /v1/devices` must cost their
page, not the table: at 10k, 100k and 1M rows their times stay within 2x of each other.

Each size has a database of its own, seeded in bulk (one `INSERT ... SELECT` over a series per
table, not the API; the indexes built after the load, as a restore does) with one account: N
messages over 3 numbers and N numbers. The messages have the statuses of a history, and the newest
QUEUED of them are still queued, as many at every size: a listed number's `queue.pending` counts
its queue, which grows with the queue, not with the history. Requests go through the real app
in-process (`httpx.ASGITransport`), every case at every size taking turns request by request, so
that the machine's other work weighs on each alike; each figure is the fastest of REPEAT requests
after one warm-up (the request's own cost, as `timeit` advises). On PostgreSQL (127.0.0.1:5432,
databases created and dropped here; skipped when no server answers) the tables are `ANALYZE`d
after the load, as autovacuum would.

Run: `.venv/bin/python bench/bench_lists.py [SIZES...]` (default: 10000 100000 1000000).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text

from sparkbot.server import Settings, create_app
from sparkbot.server.db import Base
from sparkbot.server.services import Services

KEY = "bench-key"
SIZES = (10_000, 100_000, 1_000_000)
NUMBERS_WITH_MESSAGES = 3
QUEUED = 300
REPEAT = 40
GOAL = 2.0
POSTGRES_ADMIN = os.environ.get("SPARKBOT_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")
BASE = datetime(2026, 1, 1, tzinfo=UTC)
STATUSES = ("delivered", "read", "read", "sent", "delivered", "read", "failed", "read", "delivered", "read")


# The rows are made by the database itself (`INSERT ... SELECT` over a series of numbers x): one
# statement per table and size, as fast as a bulk load gets. Per dialect: the series, an id from x,
# an instant x seconds after BASE, and a JSON object.
SERIES = {
    "sqlite": "WITH RECURSIVE s(x) AS (SELECT :start UNION ALL SELECT x + 1 FROM s WHERE x + 1 < :stop)",
    "postgresql": "WITH s(x) AS (SELECT generate_series(CAST(:start AS bigint), :stop - 1))",
}
ID = {"sqlite": "printf('{0}%023x', {1})", "postgresql": "'{0}' || lpad(to_hex({1}), 23, '0')"}
AT = {
    "sqlite": "strftime('%Y-%m-%d %H:%M:%S', {0} + 1767225600, 'unixepoch') || '.000000'",
    "postgresql": "timestamptz '2026-01-01 00:00:00+00' + ({0}) * interval '1 second'",
}
JSON_OBJECT = {"sqlite": "json_object", "postgresql": "json_build_object"}
FALSE = {"sqlite": "0", "postgresql": "false"}
PAD7 = {"sqlite": "printf('%07d', {0})", "postgresql": "lpad(CAST({0} AS text), 7, '0')"}


def _status(x: str) -> str:
    """Statuses as a history has them, the newest QUEUED messages still queued."""
    cases = " ".join(f"WHEN {i} THEN '{status}'" for i, status in enumerate(STATUSES))
    return f"CASE WHEN {x} >= :stop - {QUEUED} THEN 'queued' ELSE CASE {x} % {len(STATUSES)} {cases} END END"


def _seed_sql(dialect: str) -> tuple[str, str]:
    """The statements that add numbers and messages x for x in [start, stop)."""
    at = AT[dialect].format("x")
    message_at = AT[dialect].format("x / 3")  # three messages a second: ties broken by position
    devices = f"""{SERIES[dialect]}
        INSERT INTO devices (id, account_id, alias, description, plan, status, phone, agents, webhooks,
            settings, session_status, session_since, session_linked, queue_status, created_at, updated_at)
        SELECT {ID[dialect].format("d", "x")}, :account, 'Bench ' || x, '', 'professional', 'operative',
            '+44737' || {PAD7[dialect].format("x % 10000000")}, '[]', '[]', '{{}}', 'online', {at},
            {FALSE[dialect]}, 'active', {at}, {at}
        FROM s"""
    device = ID[dialect].format("d", f"x % {NUMBERS_WITH_MESSAGES}")
    messages = f"""{SERIES[dialect]}
        INSERT INTO messages (id, account_id, device_id, position, rank, kind, type, target_type, target,
            payload, priority, live, status, created_at, updated_at)
        SELECT {ID[dialect].format("b", "x")}, :account, {device}, x, 2, 'sendText', 'text', 'phone',
            '+44736' || {PAD7[dialect].format("x % 1000000")},
            {JSON_OBJECT[dialect]}('message', 'bench message ' || x), 'normal', {FALSE[dialect]},
            {_status("x")}, {message_at}, {message_at}
        FROM s"""
    return devices, messages


async def _seed(services: Services, account_id: str, size: int) -> float:
    """`size` numbers and messages in empty tables; answers the seconds it took."""
    began = time.perf_counter()
    engine = services.database.engine
    tables = [Base.metadata.tables["devices"], Base.metadata.tables["messages"]]
    indexes = [index for table in tables for index in table.indexes]
    params = {"account": account_id, "start": 0, "stop": size}
    async with engine.begin() as conn:
        if engine.dialect.name == "postgresql":  # no foreign key triggers: the rows are consistent
            await conn.execute(text("SET LOCAL session_replication_role = replica"))
        else:  # room to build the indexes in memory (set back after)
            await conn.execute(text("PRAGMA cache_size = -262144"))
        for index in indexes:
            await conn.run_sync(index.drop)
        for statement in _seed_sql(engine.dialect.name):
            await conn.execute(text(statement), params)
        for index in indexes:
            await conn.run_sync(index.create)
        if engine.dialect.name == "sqlite":
            await conn.execute(text("PRAGMA cache_size = -2000"))  # SQLite's default
    if engine.dialect.name == "sqlite":  # fold the load into the database file, as autocheckpoint does
        async with engine.connect() as conn:
            await conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    if engine.dialect.name == "postgresql":
        async with engine.connect() as conn:
            for table in tables:
                await conn.execute(text(f"ANALYZE {table.name}"))
            await conn.commit()
    return time.perf_counter() - began


async def _time_ms(client: httpx.AsyncClient, path: str, params: dict[str, Any]) -> float:
    began = time.perf_counter()
    (await client.get(path, params=params)).raise_for_status()
    return (time.perf_counter() - began) * 1000


CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "messages page 0": ("/v1/messages", {}),
    "messages page 100": ("/v1/messages", {"page": 100}),
    "messages?sort=date:asc page 100": ("/v1/messages", {"page": 100, "sort": "date:asc"}),
    "messages?device=1 page 100": ("/v1/messages", {"page": 100, "device": "d" + "0" * 23}),
    "messages?status=2 page 100": ("/v1/messages", {"page": 100, "status": ["read", "failed"]}),
    "devices page 0": ("/v1/devices", {}),
    "devices page 100": ("/v1/devices", {"page": 100}),
}
# The goal: each group's times within GOAL of each other, at every size.
GATES = {
    "GET /v1/messages, first and 100th page": ("messages page 0", "messages page 100"),
    "GET /v1/devices, first and 100th page": ("devices page 0", "devices page 100"),
    **{f"GET /v1/{name}, at every size": (name,) for name in CASES if "?" in name},
}


async def _run(urls: Mapping[int, str], tmp: Path) -> dict[int, dict[str, float]]:
    """Seed a database per size, then time every case at every size, taking turns."""
    clients: dict[int, httpx.AsyncClient] = {}
    async with AsyncExitStack() as stack:
        for size, url in urls.items():
            app = create_app(Settings(data_dir=tmp / str(size), api_key=KEY, database_url=url))
            await stack.enter_async_context(app.router.lifespan_context(app))
            services: Services = app.state.services
            account_id = (await services.store.list_accounts())[0].id
            took = await _seed(services, account_id, size)
            print(f"  seeded {size:>9,} messages and numbers in {took:5.1f} s", flush=True)
            clients[size] = await stack.enter_async_context(
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=app),
                    base_url="http://bench",
                    headers={"Token": KEY},
                    timeout=300,
                )
            )
        for path, params in CASES.values():
            for size, client in clients.items():  # warm-up, and a check
                answer = await client.get(path, params=params)
                answer.raise_for_status()
                assert answer.json(), f"{path} {params} answered an empty page at {size}"
        times: dict[tuple[int, str], list[float]] = {(size, name): [] for size in urls for name in CASES}
        for _ in range(REPEAT):
            for name, (path, params) in CASES.items():
                for size, client in clients.items():
                    times[size, name].append(await _time_ms(client, path, params))
        figures = {size: {name: min(times[size, name]) for name in CASES} for size in urls}
    return figures


def _report(backend: str, figures: dict[int, dict[str, float]]) -> bool:
    sizes = list(figures)
    print(f"\n{backend}: ms per request (in-process app, fastest of {REPEAT}, taking turns)")
    print(f"  {'':32}" + "".join(f"{size:>12,}" for size in sizes))
    for name in CASES:
        print(f"  {name:32}" + "".join(f"{figures[size][name]:12.2f}" for size in sizes))
    passed = True
    for gate, names in GATES.items():
        values = [figures[size][name] for size in sizes for name in names]
        ratio = max(values) / min(values)
        ok = ratio <= GOAL
        passed &= ok
        print(f"  {gate}: slowest/fastest = {ratio:.2f} (goal <= {GOAL:g}x) {'PASS' if ok else 'FAIL'}")
    return passed


@asynccontextmanager
async def _postgres(sizes: Sequence[int]) -> AsyncIterator[dict[int, str] | None]:
    """A database of its own per size on the local PostgreSQL (dropped after); None when none answers."""
    try:
        import asyncpg

        admin = await asyncpg.connect(POSTGRES_ADMIN, timeout=3)
    except (OSError, ImportError) as exc:
        print(f"\nPostgreSQL not reachable ({exc}): skipped")
        yield None
        return
    names = {size: f"sparkbot_benchlists_{uuid.uuid4().hex[:12]}" for size in sizes}
    base = POSTGRES_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    try:
        for name in names.values():
            await admin.execute(f'CREATE DATABASE "{name}"')
        yield {size: f"{base}/{name}" for size, name in names.items()}
    finally:
        for name in names.values():
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def main(sizes: Sequence[int]) -> int:
    passed = True
    with tempfile.TemporaryDirectory() as tmp:
        print("SQLite")
        files = {size: f"sqlite+aiosqlite:///{Path(tmp) / f'lists-{size}.db'}" for size in sizes}
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
