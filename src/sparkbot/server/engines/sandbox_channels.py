"""The sandbox's WhatsApp for channels: a public directory of `DIRECTORY_SIZE` channels generated
the same on every run (name, description, country, categories, subscribers, creation time,
invite code), its search, the invite codes it knows (the directory's and those of the channels
numbers of this server own, read from the server's `channels` table), and what numbers do.

Directory categories: `recommended` is the whole directory; `featured` every tenth channel;
`popular` those with at least `POPULAR_SUBSCRIBERS` subscribers; `new` those created on or after
`NEW_SINCE`; `trending` a quarter of them (picked by their hash)."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from ..db import Database
from ..db.channels import ChannelStore
from .channels import ChannelAction, ChannelInfo, ChannelSearch

__all__ = [
    "CATEGORIES",
    "DIRECTORY",
    "DIRECTORY_SIZE",
    "NEW_SINCE",
    "POPULAR_SUBSCRIBERS",
    "SandboxChannels",
    "new_channel_wid",
    "new_invite_code",
]

DIRECTORY_SIZE = 200
CATEGORIES = ("recommended", "trending", "popular", "new", "featured")
POPULAR_SUBSCRIBERS = 100_000
NEW_SINCE = datetime(2026, 1, 1, tzinfo=UTC)
_FIRST = datetime(2023, 9, 13, tzinfo=UTC)  # WhatsApp opened channels
_SPAN_DAYS = (datetime(2026, 6, 30, tzinfo=UTC) - _FIRST).days
_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_COUNTRIES = ("US", "GB", "BR", "IN", "ES", "MX", "DE", "FR", "IT", "NG", "ID", "AR", "CO", "PT", "ZA")
_TOPICS = (
    ("Football", "Match reports, transfers and goals"),
    ("Recipes", "A dish a day, step by step"),
    ("Tech", "Gadgets, apps and the news behind them"),
    ("Travel", "Places worth the trip"),
    ("Music", "New releases and live sessions"),
    ("Fitness", "Workouts you can do anywhere"),
    ("Finance", "Markets and money, in plain words"),
    ("Movies", "Trailers, reviews and premieres"),
    ("Science", "Discoveries explained"),
    ("Gaming", "Launches, patches and tips"),
)
_FLAVOURS = ("Daily", "World", "Local", "Weekly", "Pro", "Fresh", "Planet", "Smart", "Pure", "Open")


def _hash(seed: str) -> int:
    return int(hashlib.sha256(seed.encode()).hexdigest(), 16)


def _code(seed: int, length: int = 22) -> str:
    chars = []
    for _ in range(length):
        seed, digit = divmod(seed, len(_CODE_ALPHABET))
        chars.append(_CODE_ALPHABET[digit])
    return "0029Va" + "".join(chars)


def _directory_channel(index: int) -> ChannelInfo:
    h = _hash(f"sandbox-channel:{index}")
    topic, about = _TOPICS[index % len(_TOPICS)]
    flavour = _FLAVOURS[(index // len(_TOPICS)) % len(_FLAVOURS)]
    country = _COUNTRIES[h % len(_COUNTRIES)]
    subscribers = (10 ** (2 + (h >> 8) % 6)) + (h >> 16) % 90_000
    created = _FIRST + timedelta(days=(h >> 40) % _SPAN_DAYS, seconds=(h >> 60) % 86_400)
    categories = ["recommended"]
    if (h >> 80) % 4 == 0:
        categories.append("trending")
    if subscribers >= POPULAR_SUBSCRIBERS:
        categories.append("popular")
    if created >= NEW_SINCE:
        categories.append("new")
    if index % 10 == 0:
        categories.append("featured")
    return ChannelInfo(
        wid=f"1203630{h % 10**11:011d}@newsletter",
        name=f"{flavour} {topic} {country}" if index >= 100 else f"{flavour} {topic}",
        description=f"{about} ({country}).",
        invite_code=_code(h >> 100),
        followers=subscribers,
        created_at=created,
        country=country,
        categories=tuple(categories),
        verified=index % 10 == 0,
    )


DIRECTORY: tuple[ChannelInfo, ...] = tuple(_directory_channel(i) for i in range(DIRECTORY_SIZE))
_BY_CODE = {channel.invite_code: channel for channel in DIRECTORY}


def new_channel_wid() -> str:
    """A new channel's WID: `120363` and 12 random digits, `@newsletter`."""
    return f"120363{secrets.randbelow(10**12):012d}@newsletter"


def new_invite_code() -> str:
    return _code(secrets.randbits(140))


def search(query: ChannelSearch) -> list[ChannelInfo]:
    """The directory's channels that match `query`, sorted and cut to its limit."""
    text = query.text.casefold().strip()
    countries = set(query.countries)
    found = [
        channel
        for channel in DIRECTORY
        if query.category in channel.categories
        and (not countries or channel.country in countries)
        and (not text or text in channel.name.casefold() or text in channel.description.casefold())
    ]
    if query.field == "creation_time":
        found.sort(key=lambda c: (c.created_at, c.wid), reverse=query.order == "desc")
    else:
        found.sort(key=lambda c: (c.followers, c.wid), reverse=query.order == "desc")
    return found[: query.limit]


class SandboxChannels:
    """What numbers do with channels on the sandbox's WhatsApp, and the directory's search."""

    def __init__(self) -> None:
        self._store: ChannelStore | None = None
        self._done: dict[str, list[ChannelAction]] = {}

    def open(self, database: Database) -> None:
        self._store = ChannelStore(database)

    @property
    def store(self) -> ChannelStore:
        if self._store is None:
            raise RuntimeError("the sandbox engine is not open: call open(database) first")
        return self._store

    def actions(self, device_id: str) -> list[ChannelAction]:
        """What the number did with channels, oldest first (the last 200)."""
        return list(self._done.get(device_id, ()))

    async def act(self, action: ChannelAction) -> ChannelInfo | None:
        done = self._done.setdefault(action.device_id, [])
        done.append(action)
        del done[:-200]
        if action.action == "create":
            return ChannelInfo(
                wid=new_channel_wid(),
                name=action.name or "",
                description=action.description or "",
                invite_code=new_invite_code(),
                followers=0,
                created_at=action.at,
            )
        if action.action == "follow":
            return await self.find_code(action.code or "")
        return None

    async def find_code(self, code: str) -> ChannelInfo | None:
        """The channel of an invite code: one of the directory's, or one a number of this server
        owns; None when no channel has it."""
        known = _BY_CODE.get(code)
        if known is not None:
            return known
        owned = await self.store.by_code(code)
        if owned is None:
            return None
        return ChannelInfo(
            wid=owned.wid,
            name=owned.name,
            description=owned.description or "",
            invite_code=owned.invite_code,
            followers=owned.followers,
            created_at=owned.created_at,
        )

    async def owned(self, device_id: str, wids: Sequence[str]) -> dict[str, int]:
        """Of `wids`, the channels the number owns, with their followers."""
        return await self.store.owned(device_id, wids)

    def forget(self, device_id: str) -> None:
        self._done.pop(device_id, None)
