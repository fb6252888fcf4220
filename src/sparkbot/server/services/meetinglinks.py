"""Meeting Links (3 operations): a number's WhatsApp call links, made by WhatsApp and kept here.

The rules where the catalogue is silent:

- A number of another account, and its links, are never found (404).
- `createMeetingLink` (201): `kind` `voice` or `video`; `message` (the purpose) at most 500
  characters; `expiration` one of `1h` ... `30d` (default `30d`): the link expires that long after
  its creation (WhatsApp drops a link unused that long; use is not seen here, so the expiry is
  never pushed back). The number must be online (409 `not_online`): WhatsApp makes the link
  (`Engine.create_call_link`, `https://call.whatsapp.com/<kind>/<token>`), then it is stored.
- A link answers `{id, device, kind, url, token, message, expiration, expiresAt, createdAt}`.
- `getMeetingLinks` lists the active links (not expired), newest first; `search` finds the text in
  the URL, token or message (any case); `kind`; `after`/`before` bound the creation time and
  `expiresAfter`/`expiresBefore` the expiry (bounds excluded); `page`/`size` (default 20).
- `deleteMeetingLinks` takes one of three ways, else 400: `all: true` (every link of the number);
  `ids` (24 hex) and/or `urls`, each a link of the number, else 404 naming the first unknown one
  and nothing is deleted; or any of `createdBefore`, `createdAfter`, `expiresBefore`,
  `expiresAfter` (bounds excluded; expired links included). When an active link is among them
  the number must be online (409 `not_online`, nothing deleted): WhatsApp revokes them first
  (`Engine.revoke_call_links`), then the rows go, in one transaction. It answers
  `{"deleted": n, "ids": [...]}`; nothing matching is `{"deleted": 0, "ids": []}`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ...spec.formats import is_hex24
from ..clock import Clock
from ..db import Account, Database
from ..db.meetinglinks import LinkFilter, MeetingLinkStore
from ..db.models import MeetingLink
from ..engines import Engine
from ..problems import invalid, not_found
from .accounts import new_id
from .messages import parse_instant
from .numbers import NumberService
from .online import require_online
from .paging import page_and_size
from .views import iso

__all__ = ["EXPIRATIONS", "MAX_MESSAGE", "MeetingLinkService", "meeting_link_view"]

MAX_MESSAGE = 500
_UNITS = {"h": 3600, "d": 86_400}
EXPIRATIONS = {
    label: timedelta(seconds=int(label[:-1]) * _UNITS[label[-1]])
    for label in ("1h", "2h", "8h", "12h", "24h", "2d", "3d", "4d", "5d", "6d", "7d", "15d", "30d")
}
_DATE_FIELDS = ("createdBefore", "createdAfter", "expiresBefore", "expiresAfter")
_TOKEN = re.compile(r"[^/?#]+$")


def meeting_link_view(link: MeetingLink) -> dict[str, Any]:
    return {
        "id": link.id,
        "device": link.device_id,
        "kind": link.kind,
        "url": link.url,
        "token": link.token,
        "message": link.message,
        "expiration": link.expiration,
        "expiresAt": iso(link.expires_at),
        "createdAt": iso(link.created_at),
    }


def _instant(values: Mapping[str, Any], name: str) -> datetime | None:
    return parse_instant(str(values[name]), name) if values.get(name) else None


def _texts(values: Mapping[str, Any], name: str) -> tuple[str, ...]:
    given = values.get(name) or ()
    return (given,) if isinstance(given, str) else tuple(str(v) for v in given)


class MeetingLinkService:
    """The call links of an account's numbers; the rules are in the module docstring."""

    def __init__(self, database: Database, engine: Engine, clock: Clock, numbers: NumberService) -> None:
        self._links = MeetingLinkStore(database)
        self._engine = engine
        self._clock = clock
        self._numbers = numbers

    async def create(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        kind = str(values.get("kind") or "")
        if kind not in ("voice", "video"):
            raise invalid("kind", f"kind must be voice or video, got {kind!r}")
        message = values.get("message") or None
        if message is not None and len(message) > MAX_MESSAGE:
            raise invalid("message", f"message must be at most {MAX_MESSAGE} characters, got {len(message)}")
        expiration = str(values.get("expiration") or "30d")
        if expiration not in EXPIRATIONS:
            choices = ", ".join(EXPIRATIONS)
            raise invalid("expiration", f"expiration must be one of {choices}, got {expiration!r}")
        require_online(device, "creating a call link")
        url = await self._engine.create_call_link(device.id, "video" if kind == "video" else "voice")
        token = _TOKEN.search(url)
        now = self._clock.now()
        link = MeetingLink(
            id=new_id(),
            device_id=device.id,
            account_id=account.id,
            kind=kind,
            url=url,
            token=token.group(0) if token else url,
            message=message,
            expiration=expiration,
            expires_at=now + EXPIRATIONS[expiration],
            created_at=now,
        )
        await self._links.add(link)
        return meeting_link_view(link)

    async def search(
        self, account: Account, device_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        paging = page_and_size(values, default_size=20)
        where = LinkFilter(
            device_id=device.id,
            active_at=self._clock.now(),
            search=values.get("search") or None,
            kinds=_texts(values, "kind"),
            created_after=_instant(values, "after"),
            created_before=_instant(values, "before"),
            expires_after=_instant(values, "expiresAfter"),
            expires_before=_instant(values, "expiresBefore"),
        )
        if paging is None:
            return []
        return [meeting_link_view(link) for link in await self._links.page(where, *paging)]

    async def delete(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        where = self._deletion(device.id, values)
        found = await self._links.matching(where)
        if where.ids or where.urls:
            known = {link.id for link in found} | {link.url for link in found}
            missing = next((w for w in (*where.ids, *where.urls) if w not in known), None)
            if missing is not None:
                raise not_found("meeting link", missing)
        now = self._clock.now()
        active = [link.url for link in found if link.expires_at > now]
        if active:
            require_online(device, "revoking call links")
            await self._engine.revoke_call_links(device.id, active)
        ids = [link.id for link in found]
        await self._links.delete(device.id, ids)
        return {"deleted": len(ids), "ids": ids}

    @staticmethod
    def _deletion(device_id: str, values: Mapping[str, Any]) -> LinkFilter:
        """Which links a deletion names; 400 unless it takes exactly one way."""
        ids, urls = _texts(values, "ids"), _texts(values, "urls")
        dated = [name for name in _DATE_FIELDS if values.get(name)]
        everything = values.get("all") is True
        ways = [way for way, given in (("all", everything), ("ids", ids or urls), ("dates", dated)) if given]
        if len(ways) != 1:
            message = (
                "give one way to delete: all: true; ids and/or urls; or createdBefore, createdAfter, "
                "expiresBefore, expiresAfter"
            )
            raise invalid("all", message)
        for link_id in ids:
            if not is_hex24(link_id):
                raise invalid("ids", f"ids must be 24 hexadecimal characters, got {link_id!r}")
        return LinkFilter(
            device_id=device_id,
            ids=ids,
            urls=urls,
            created_before=_instant(values, "createdBefore"),
            created_after=_instant(values, "createdAfter"),
            expires_before=_instant(values, "expiresBefore"),
            expires_after=_instant(values, "expiresAfter"),
        )
