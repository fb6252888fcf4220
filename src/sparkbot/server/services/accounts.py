"""Accounts and their API keys: keys are stored only as SHA-256 and compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import secrets
import time
from collections.abc import Callable

from ..clock import Clock
from ..db import Account, Store

__all__ = ["AUTH_CACHE_SECONDS", "AccountService", "hash_key", "new_id", "new_key"]

# How long a key found stays trusted without a query; the cache holds at most AUTH_CACHE_SIZE keys.
AUTH_CACHE_SECONDS = 10.0
AUTH_CACHE_SIZE = 10_000


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_key() -> str:
    return secrets.token_urlsafe(32)


_PROCESS = secrets.token_hex(5)
_COUNTER = itertools.count(secrets.randbelow(1 << 20))


def new_id() -> str:
    """A SparkBot id: 24 lowercase hex characters, ordered by creation like a MongoDB ObjectId
    (4 bytes of seconds, 5 random bytes per process, a 3-byte counter)."""
    return f"{int(time.time()) & 0xFFFFFFFF:08x}{_PROCESS}{next(_COUNTER) & 0xFFFFFF:06x}"


class AccountService:
    """Finds the account of a key and creates accounts."""

    def __init__(
        self, store: Store, clock: Clock, *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._store = store
        self._clock = clock
        self._monotonic = monotonic
        self._known: dict[str, tuple[Account, float]] = {}

    async def authenticate(self, key: str) -> Account | None:
        """The key's account. A key found is remembered for `AUTH_CACHE_SECONDS` (by its hash), so
        that a request costs no query; an unknown key is always looked up (a key created by
        `sparkbot keys create`, in another process, works at once), and an account removed from
        the database by another process stops answering within `AUTH_CACHE_SECONDS`."""
        digest = hash_key(key)
        now = self._monotonic()
        known = self._known.get(digest)
        if known is not None and known[1] > now:
            return known[0]
        account = await self._store.account_by_key_hash(digest)
        if account is None or not hmac.compare_digest(account.key_hash, digest):
            self._known.pop(digest, None)
            return None
        if len(self._known) >= AUTH_CACHE_SIZE:
            self._known.clear()
        self._known[digest] = (account, now + AUTH_CACHE_SECONDS)
        return account

    async def create(self, name: str, key: str | None = None) -> tuple[Account, str]:
        """A new account; answers it with its key (the only time the key is known in clear)."""
        key = key or new_key()
        account = Account(id=new_id(), name=name, key_hash=hash_key(key), created_at=self._clock.now())
        await self._store.add(account)
        return account, key

    async def ensure_first(self, key: str | None) -> str | None:
        """At startup: make sure `key` has an account; with no key and no account, create one with
        a random key and answer it (to be shown once). None when nothing new was created."""
        if key is not None:
            if await self._store.account_by_key_hash(hash_key(key)) is None:
                await self.create("default", key)
            return None
        if await self._store.count_accounts() == 0:
            _, created = await self.create("default")
            return created
        return None
