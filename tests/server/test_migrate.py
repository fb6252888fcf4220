"""A database made by an earlier version is brought up to the current schema at start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import inspect

from sparkbot.server.db import Message, open_database

OLD_MESSAGES = """
CREATE TABLE messages (
    id VARCHAR(24) PRIMARY KEY, account_id VARCHAR(24), device_id VARCHAR(24), position INTEGER,
    kind VARCHAR(20), target_type VARCHAR(10), target VARCHAR(64), payload JSON,
    status VARCHAR(12), failure TEXT, deliver_at DATETIME, created_at DATETIME, updated_at DATETIME
)
"""


async def test_missing_columns_are_added_and_old_rows_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.execute(OLD_MESSAGES)
        db.execute(
            "INSERT INTO messages VALUES ('a' || printf('%023d', 1), 'acc', 'dev', 1, 'sendText', 'phone',"
            " '+447362053576', '{}', 'queued', NULL, NULL, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    database = await open_database(f"sqlite+aiosqlite:///{path}")
    try:
        async with database.engine.connect() as conn:
            columns = await conn.run_sync(
                lambda c: {col["name"] for col in inspect(c).get_columns("messages")}
            )
        assert {"rank", "type", "priority", "live", "wa_id", "expires_at", "sent_at", "read_at"} <= columns
        async with database.sessions() as session:
            old = await session.get(Message, "a" + "0" * 22 + "1")
        assert old is not None
        assert (old.status, old.rank, old.priority, old.live) == ("queued", 2, "normal", False)
    finally:
        await database.close()


async def test_missing_indexes_are_created_on_existing_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    database = await open_database(f"sqlite+aiosqlite:///{path}")
    await database.close()
    with sqlite3.connect(path) as db:  # as an earlier version left it: without the list indexes
        for name in ("ix_messages_list", "ix_messages_device_list", "ix_devices_list"):
            db.execute(f"DROP INDEX {name}")
    database = await open_database(f"sqlite+aiosqlite:///{path}")
    try:
        async with database.engine.connect() as conn:
            names = await conn.run_sync(
                lambda c: {
                    i["name"] for table in ("messages", "devices") for i in inspect(c).get_indexes(table)
                }
            )
        assert {"ix_messages_list", "ix_messages_device_list", "ix_devices_list"} <= names
    finally:
        await database.close()
