"""Accounts and API keys managed offline (`sparkbot keys`): straight in the database, no server needed."""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError

from .clock import SystemClock
from .db import Store, open_database
from .services.accounts import AccountService, hash_key
from .settings import Settings

__all__ = ["KeyExistsError", "create_key", "list_keys"]

_NAME_LENGTH = 100  # the accounts.name column


class KeyExistsError(Exception):
    """The key already belongs to an account (keys are unique by their hash)."""


async def create_key(settings: Settings, name: str = "default", key: str | None = None) -> tuple[str, str]:
    """A new account in the settings' database; answers its id and its key, the only time the key is
    known in clear (a new random one when `key` is None)."""
    if not name.strip() or len(name) > _NAME_LENGTH:
        raise ValueError(f"the name must be 1 to {_NAME_LENGTH} characters")
    if key is not None and not key.strip():
        raise ValueError("the key must not be empty")
    database = await open_database(settings.database_url)
    try:
        store = Store(database)
        if key is not None and await store.account_by_key_hash(hash_key(key)) is not None:
            raise KeyExistsError("an account already has this key")
        try:
            account, created = await AccountService(store, SystemClock()).create(name, key)
        except IntegrityError as exc:  # created by someone else in the meantime
            raise KeyExistsError("an account already has this key") from exc
    finally:
        await database.close()
    return account.id, created


async def list_keys(settings: Settings) -> list[dict[str, Any]]:
    """The accounts in the settings' database, oldest first: id, name and creation time (never keys)."""
    database = await open_database(settings.database_url)
    try:
        accounts = await Store(database).list_accounts()
    finally:
        await database.close()
    return [{"id": a.id, "name": a.name, "created": a.created_at.isoformat()} for a in accounts]
