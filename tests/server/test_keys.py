"""`create_key` and `list_keys`: accounts added offline, whose keys the started server then accepts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sparkbot.server import KeyExistsError, ManualClock, Settings, create_key, list_keys
from sparkbot.server.db import Account, Store

from .harness import running


async def test_a_created_key_authenticates_as_a_new_account(settings: Settings, clock: ManualClock) -> None:
    account_id, key = await create_key(settings, "ops")
    assert len(account_id) == 24
    assert len(key) >= 40
    async with running(settings, clock) as server:
        number = await server.create_number()  # the first account's
        async with server.client_for(key) as ops:
            listed = await ops.get("/v1/devices")
            assert listed.status_code == 200
            assert listed.json() == []
            assert (await ops.get(f"/v1/devices/{number['id']}")).status_code == 404
            created = await ops.post("/v1/devices", json={"alias": "Ops", "billingPlan": "professional"})
            assert created.status_code == 201, created.text
        account = await server.services.accounts.authenticate(key)
        assert account is not None
        assert (account.id, account.name) == (account_id, "ops")
        assert account.key_hash != key


async def test_a_given_key_is_kept_and_a_second_use_refused(settings: Settings, clock: ManualClock) -> None:
    _, key = await create_key(settings, "mine", key="my-own-key")
    assert key == "my-own-key"
    with pytest.raises(KeyExistsError, match="already has this key"):
        await create_key(settings, "again", key="my-own-key")
    assert [a["name"] for a in await list_keys(settings)] == ["mine"]
    async with running(settings, clock) as server, server.client_for("my-own-key") as mine:
        assert (await mine.get("/v1/devices")).status_code == 200


async def test_the_unique_index_refuses_a_duplicate_too(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    await create_key(settings, "first", key="raced-key")

    async def not_found(self: Store, key_hash: str) -> Account | None:
        return None  # as if another process added the key after the check

    monkeypatch.setattr(Store, "account_by_key_hash", not_found)
    with pytest.raises(KeyExistsError):
        await create_key(settings, "second", key="raced-key")


async def test_keys_made_before_the_first_start_mean_no_random_key(
    settings: Settings, clock: ManualClock, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = replace(settings, api_key=None)
    await create_key(settings, "ops")
    async with running(settings, clock):
        pass
    assert "API key" not in capsys.readouterr().err


async def test_list_keys_oldest_first_without_keys(settings: Settings, clock: ManualClock) -> None:
    async with running(settings, clock):
        pass  # the first account
    first_id, _ = await create_key(settings, "one")
    second_id, _ = await create_key(settings, "two")
    listed = await list_keys(settings)
    assert [a["name"] for a in listed] == ["default", "one", "two"]
    assert [a["id"] for a in listed[1:]] == [first_id, second_id]
    assert all(set(a) == {"id", "name", "created"} for a in listed)


@pytest.mark.parametrize(("name", "key"), [("", None), ("x" * 101, None), ("ops", ""), ("ops", "  ")])
async def test_bad_names_and_keys_are_refused(tmp_path: Path, name: str, key: str | None) -> None:
    with pytest.raises(ValueError, match="must"):
        await create_key(Settings(data_dir=tmp_path), name, key)
    assert not (tmp_path / "sparkbot.db").exists()
