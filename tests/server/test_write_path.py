"""The fast write path: sends stored by group commit (each judged by its own number, answered after
the commit), keys found cached for a while, and a 503 with `Retry-After` when SQLite stays locked."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sparkbot.server import ManualClock, Settings
from sparkbot.server.db import Account, Message, Store, engine
from sparkbot.server.db.groupcommit import NewMessage
from sparkbot.server.services import AccountService

from .harness import KEY, Server, running

PHONE = "+447362053576"


async def test_a_burst_of_sends_is_inserted_in_a_few_transactions(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = (await server.create_number("Burst"))["id"]
    batches = server.services.outbox._inserts._batches
    sizes: list[int] = []
    write = batches._write

    async def counted(batch: list[Any]) -> Any:
        sizes.append(len(batch))
        return await write(batch)

    monkeypatch.setattr(batches, "_write", counted)
    sent = await asyncio.gather(
        *(server.send(device, phone=f"+44736205{i:04d}", message=f"m{i}") for i in range(40))
    )
    assert len({s["id"] for s in sent}) == 40
    assert sum(sizes) == 40
    assert len(sizes) < 20  # one transaction per batch, not one per message
    listed = await server.client.get("/v1/messages", params={"device": device, "size": 100})
    assert {m["id"] for m in listed.json()} == {s["id"] for s in sent}


async def test_sends_committed_together_are_each_judged_by_their_own_number(server: Server) -> None:
    open_ = (await server.create_number("Open"))["id"]
    disabled = (await server.create_number("Disabled"))["id"]
    refusing = (await server.create_number("Refusing"))["id"]
    await server.client.patch(f"/v1/devices/{disabled}", json={"enable": False})
    await server.client.post(f"/v1/devices/{refusing}/queue", json={"status": "reject"})
    _, other_key = await server.services.accounts.create("other")
    async with server.client_for(other_key) as other:
        theirs = (
            await other.post("/v1/devices", json={"alias": "Theirs", "billingPlan": "professional"})
        ).json()["id"]
    targets = [open_, disabled, refusing, theirs, "6b0000000000000000000000", open_]
    answers = await asyncio.gather(
        *(
            server.client.post("/v1/messages", json={"device": d, "phone": PHONE, "message": "hi"})
            for d in targets
        )
    )
    codes = [(a.status_code, a.json().get("error")) for a in answers]
    assert codes == [
        (201, None),
        (409, "number_disabled"),
        (409, "queue_refuses"),
        (404, "not_found"),
        (404, "not_found"),
        (201, None),
    ]
    stored = await server.client.get("/v1/messages", params={"size": 100})
    assert sorted(m["device"] for m in stored.json()) == [open_, open_]


class _CountingStore(Store):
    lookups = 0

    async def account_by_key_hash(self, key_hash: str) -> Account | None:
        self.lookups += 1
        return await super().account_by_key_hash(key_hash)


async def test_a_key_found_is_remembered_for_a_while_an_unknown_one_never(server: Server) -> None:
    now = [100.0]
    store = _CountingStore(server.services.database)
    accounts = AccountService(store, server.clock, monotonic=lambda: now[0])
    first = await accounts.authenticate(KEY)
    assert first is not None
    assert await accounts.authenticate(KEY) is first
    assert store.lookups == 1  # the second call cost no query
    now[0] += 11.0  # past AUTH_CACHE_SECONDS: looked up again
    again = await accounts.authenticate(KEY)
    assert again is not None
    assert again.id == first.id
    assert store.lookups == 2

    assert await accounts.authenticate("not-yet-a-key") is None
    # created elsewhere (another process, `sparkbot keys create`): works at once
    await AccountService(Store(server.services.database), server.clock).create("later", "not-yet-a-key")
    later = await accounts.authenticate("not-yet-a-key")
    assert later is not None
    assert later.name == "later"


async def test_a_send_answers_503_with_retry_after_while_sqlite_stays_locked(
    tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_SECONDS", 0.2)
    async with running(Settings(data_dir=tmp_path, api_key=KEY), clock) as server:
        device = (await server.create_number("Locked"))["id"]
        other = sqlite3.connect(tmp_path / "sparkbot.db", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        try:
            body = {"device": device, "phone": PHONE, "message": "hi"}
            answer = await server.client.post("/v1/messages", json=body)
        finally:
            other.execute("COMMIT")
            other.close()
        assert answer.status_code == 503, answer.text
        assert answer.headers["retry-after"] == "1"
        assert answer.json()["error"] == "busy"
        listed = await server.client.get("/v1/messages", params={"device": device})
        assert listed.json() == []  # nothing was written
        assert (await server.client.post("/v1/messages", json=body)).status_code == 201


def test_a_new_message_has_every_column_of_a_stored_one() -> None:
    """`NewMessage` is what a send queues: a column added to `Message` must be added to it too."""
    assert {field.name for field in dataclasses.fields(NewMessage)} == {
        attr.key for attr in Message.__mapper__.column_attrs
    }
