"""User Status (4 operations): the statuses (stories) a number publishes, kept here as published
or scheduled.

The rules where the catalogue is silent:

- A number of another account, and its statuses, are never found (404).
- `updateUserStatus` (201) publishes a text status (`message`, 1 to 650 characters, with `font`
  and background `color`, defaults `helvetica` and `sky_blue`) or a media one (`media.url`, an
  http(s) URL, or `media.file`, the id of a file of the account's Files (404 otherwise, as for
  every id of another account); `media.message` its caption, at most
  1,024 characters; `media.filename`; `media.format` `native` or `gif`, `ptt` is a voice note and
  refused). A media status is an `image` or a `video`: a stored file by its detected kind, a URL
  by its extension (`gif` format: a video); anything else is a 400. A media
  status takes no `message` (400: the caption is `media.message`); `font` and `color` are
  ignored for it. `reference` at most 150 characters.
- Schedule: at most one of `schedule.delay` (seconds, 1 to 30 days), `schedule.delayTo` (`15m` ...
  `1w`) or `schedule.date` (an instant after now, at most 30 days ahead); else 400. Without one
  the status is published now: the number must be online (409 `not_online`), WhatsApp publishes
  it (`Engine.publish_status`), then it is stored `published`. With one it is stored
  `scheduled` (no session needed) and published by the first User Status call on the number at
  or after its time while the number is online (due ones are published, oldest due first, before
  that call is answered). There is no timer: a scheduled status nobody asks about stays
  `scheduled` past its time, and one whose number is offline waits for it to be online.
- A status answers `{id, wid, device, flow: "outbound", kind, state, ack, message, font, color,
  media, reference, scheduledAt, publishedAt, expiresAt, createdAt, updatedAt}`; `ack` is
  `pending` while scheduled and `sent` once published (WhatsApp reports no views here);
  `expiresAt` is 24 hours after publication (WhatsApp's), null while scheduled. Published
  statuses stay listed after they expire on WhatsApp.
- `getUserStatus`: only statuses of the number itself are kept, so `flow=inbound` matches none and
  `mine` changes nothing; `scheduled=true` keeps the scheduled ones; `ack` (`pending` scheduled,
  `sent` published; the others match none); `wid`; `type` (`text`, `image`, `video`); `search`
  (text, caption, reference, media URL or file name; any case); `reference` (exact); `chat` (only
  `status@broadcast` matches); `phone` (the number's own phone or WID matches, others none);
  `after`/`before` (creation, excluded); `begin`/`end` cursors (an id or WID of the number's
  statuses, else 400: `begin` keeps it and those older, `end` it and those newer); `sort`
  `date:desc` (default) or `date:asc`; `page`/`size` (default 20).
- `getUserStatusById`: by id (24 hex) or WID (20 to 22 hex); another text is a 400.
- `deleteUserStatus` takes one way, else 400: `all: true` (every status of the number), `scheduled`
  (ids of scheduled statuses) or `status` (WIDs, or ids, of published ones); an entry that is not
  such a status of the number is a 404 naming it, and nothing is deleted. Deleting a published
  status deletes it on WhatsApp first (`Engine.delete_statuses`): the number must be online (409
  `not_online`); scheduled ones go without a session. Answers `{"deleted": n, "ids": [...]}`.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, Literal, cast
from urllib.parse import urlsplit

from ..clock import Clock
from ..db import Account, Database, Device
from ..db.events import Event
from ..db.models import StoredFile, UserStatus
from ..db.userstatus import StatusFilter, UserStatusStore
from ..engines import Engine, StatusPost
from ..problems import invalid, not_found
from .accounts import new_id
from .files import FileService
from .messages import media_type, parse_instant
from .numbers import NumberService
from .online import require_online
from .paging import page_and_size
from .views import iso
from .wids import wid_of

__all__ = ["MAX_CAPTION", "MAX_SCHEDULE", "MAX_TEXT", "UserStatusService", "status_event", "user_status_view"]

MAX_TEXT = 650
MAX_CAPTION = 1024
MAX_REFERENCE = 150
MAX_SCHEDULE = timedelta(days=30)
LIFETIME = timedelta(hours=24)  # how long WhatsApp shows a status
_DELAYS = {
    "15m": timedelta(minutes=15),
    "30m": timedelta(minutes=30),
    "1h": timedelta(hours=1),
    "2h": timedelta(hours=2),
    "6h": timedelta(hours=6),
    "12h": timedelta(hours=12),
    "1d": timedelta(days=1),
    "2d": timedelta(days=2),
    "3d": timedelta(days=3),
    "1w": timedelta(weeks=1),
}
_WID = re.compile(r"[0-9A-Fa-f]{20,22}")
_HEX24 = re.compile(r"[0-9a-f]{24}")
_ACK_STATES = {"pending": "scheduled", "sent": "published"}
BROADCAST = "status@broadcast"


def status_event(status: UserStatus) -> Event:
    """`status:update`: a status of the number was published (its view)."""
    return Event(status.account_id, status.device_id, "status:update", lambda: user_status_view(status))


def user_status_view(status: UserStatus) -> dict[str, Any]:
    published = status.published_at
    return {
        "id": status.id,
        "wid": status.wa_id,
        "device": status.device_id,
        "flow": "outbound",
        "kind": status.kind,
        "state": status.state,
        "ack": "sent" if status.state == "published" else "pending",
        "message": status.body,
        "font": status.font,
        "color": status.color,
        "media": dict(status.media) if status.media else None,
        "reference": status.reference,
        "scheduledAt": iso(status.publish_at),
        "publishedAt": iso(published),
        "expiresAt": iso(published + LIFETIME) if published is not None else None,
        "createdAt": iso(status.created_at),
        "updatedAt": iso(status.updated_at),
    }


def _post(status: UserStatus) -> StatusPost:
    kind = cast(Literal["text", "image", "video"], status.kind)
    return StatusPost(
        device_id=status.device_id,
        wa_id=status.wa_id,
        kind=kind,
        at=status.publish_at or status.created_at,
        text=status.body,
        font=status.font,
        color=status.color,
        media=dict(status.media),
    )


def _texts(values: Mapping[str, Any], name: str) -> tuple[str, ...]:
    given = values.get(name) or ()
    return (given,) if isinstance(given, str) else tuple(str(v) for v in given)


def _text(values: Mapping[str, Any], name: str, limit: int) -> str | None:
    value = values.get(name)
    if value is None or value == "":
        return None
    text = str(value)
    if len(text) > limit:
        raise invalid(name, f"{name} must be at most {limit} characters, got {len(text)}")
    return text


def _media(values: Mapping[str, Any], stored: StoredFile | None = None) -> tuple[str, dict[str, Any]] | None:
    """The status's kind and media fields when it is a media status; None for a text one.
    `stored` is the file `media.file` names (looked up by the caller)."""
    url, file = values.get("media.url") or None, values.get("media.file") or None
    if url is None and file is None:
        for name in ("media.message", "media.filename", "media.format"):
            if values.get(name):
                raise invalid("media.url", f"{name} needs media.url or media.file")
        return None
    if url is not None and file is not None:
        raise invalid("media.url", "give only one of media.url and media.file")
    if values.get("message"):
        raise invalid("message", "a media status takes no message: its caption is media.message")
    filename = _text(values, "media.filename", 200)
    media_format = str(values.get("media.format") or "native")
    if media_format not in ("native", "gif"):
        message = f"a status shows an image or a video: format {media_format!r} is not one"
        raise invalid("media.format", message)
    if url is not None:
        parts = urlsplit(str(url))
        if parts.scheme not in ("http", "https") or not parts.hostname or len(str(url)) > 2048:
            message = f"media.url must be an http(s) URL of at most 2048 characters, got {url!r}"
            raise invalid("media.url", message)
        named = parts.path
    else:
        if not _HEX24.fullmatch(str(file)):
            message = f"media.file must be a file id of 24 hexadecimal characters, got {file!r}"
            raise invalid("media.file", message)
        named = filename or (stored.filename if stored is not None else "") or "file.jpg"
    kind = stored.kind if stored is not None else media_type(named)
    if kind not in ("image", "video"):
        field = "media.url" if url is not None else "media.file"
        message = (
            f"a status shows an image or a video (.jpg, .png, .webp, .gif, .mp4...): {named!r} is {kind}"
        )
        raise invalid(field, message)
    media: dict[str, Any] = {"url": url, "file": file, "filename": filename, "format": media_format}
    media["caption"] = _text(values, "media.message", MAX_CAPTION)
    return ("video" if media_format == "gif" else kind), media


def _due(values: Mapping[str, Any], now: datetime) -> datetime | None:
    """When a scheduled status is to be published; None to publish it now."""
    given = [name for name in ("schedule.delay", "schedule.delayTo", "schedule.date") if name in values]
    given = [name for name in given if values[name] not in (None, "")]
    if not given:
        return None
    if len(given) > 1:
        raise invalid(given[1], "give one of schedule.delay, schedule.delayTo and schedule.date")
    name = given[0]
    value = values[name]
    if name == "schedule.delay":
        whole = isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer()
        if not whole or not 1 <= value <= MAX_SCHEDULE.total_seconds():
            limit = int(MAX_SCHEDULE.total_seconds())
            message = f"schedule.delay must be a whole number of seconds, 1 to {limit}, got {value!r}"
            raise invalid(name, message)
        return now + timedelta(seconds=float(value))
    if name == "schedule.delayTo":
        if value not in _DELAYS:
            raise invalid(name, f"schedule.delayTo must be one of {', '.join(_DELAYS)}, got {value!r}")
        return now + _DELAYS[str(value)]
    when = parse_instant(str(value), name)
    if not now < when <= now + MAX_SCHEDULE:
        raise invalid(name, f"schedule.date must be after now and at most 30 days ahead, got {value!r}")
    return when


class UserStatusService:
    """The statuses of an account's numbers; the rules are in the module docstring."""

    def __init__(
        self,
        database: Database,
        engine: Engine,
        clock: Clock,
        numbers: NumberService,
        files: FileService | None = None,
    ) -> None:
        self._statuses = UserStatusStore(database)
        self._engine = engine
        self._clock = clock
        self._numbers = numbers
        self._files = files

    async def _number(self, account: Account, device_id: str) -> Device:
        """The account's number, its due scheduled statuses published first (when online)."""
        device = await self._numbers.require(account, device_id)
        if device.session_status == "online":
            due = await self._statuses.due(device.id, self._clock.now())
            for status in due:
                await self._engine.publish_status(_post(status))
            if due:
                await self._statuses.published(device.id, due, self._clock.now(), status_event)
        return device

    async def create(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._number(account, device_id)
        file = values.get("media.file")
        stored = None
        if (
            self._files is not None
            and isinstance(file, str)
            and _HEX24.fullmatch(file)
            and not values.get("media.url")
        ):
            stored = await self._files.require(account, file)
        media = _media(values, stored)
        body = media[1].pop("caption") if media is not None else _text(values, "message", MAX_TEXT)
        if media is None and body is None:
            raise invalid("message", "message is required: the text of a text status, or give media.url")
        reference = _text(values, "reference", MAX_REFERENCE)
        now = self._clock.now()
        publish_at = _due(values, now)
        status = UserStatus(
            id=new_id(),
            device_id=device.id,
            account_id=account.id,
            wa_id="3EB0" + secrets.token_hex(8).upper(),
            kind=media[0] if media is not None else "text",
            body=body,
            font=None if media is not None else str(values.get("font") or "helvetica"),
            color=None if media is not None else str(values.get("color") or "sky_blue"),
            media=media[1] if media is not None else {},
            reference=reference,
            state="scheduled" if publish_at is not None else "published",
            publish_at=publish_at,
            published_at=None if publish_at is not None else now,
            created_at=now,
            updated_at=now,
        )
        if publish_at is None:
            require_online(device, "publishing a status")
            await self._engine.publish_status(_post(status))
        await self._statuses.add(status, status_event)
        return user_status_view(status)

    async def get(self, account: Account, device_id: str, status_id: str) -> dict[str, Any]:
        device = await self._number(account, device_id)
        if not (_HEX24.fullmatch(status_id) or _WID.fullmatch(status_id)):
            message = f"statusId must be an id (24 hex) or a WID (20 to 22 hex), got {status_id!r}"
            raise invalid("statusId", message)
        status = await self._statuses.find(device.id, status_id)
        if status is None:
            raise not_found("status", status_id)
        return user_status_view(status)

    async def search(
        self, account: Account, device_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        device = await self._number(account, device_id)
        paging = page_and_size(values, default_size=20)
        where = await self._filter(device, values)
        if paging is None:
            return []
        newest_first = values.get("sort", "date:desc") != "date:asc"
        found = await self._statuses.page(where, *paging, newest_first)
        return [user_status_view(s) for s in found]

    async def _filter(self, device: Device, values: Mapping[str, Any]) -> StatusFilter:
        states = {"scheduled", "published"}
        if values.get("scheduled") is True:
            states &= {"scheduled"}
        acks = _texts(values, "ack")
        if acks:
            states &= {_ACK_STATES[a] for a in acks if a in _ACK_STATES}
        none = not states or values.get("flow") == "inbound"
        chat = values.get("chat")
        if chat and str(chat).strip().lower() != BROADCAST:
            none = True
        phone = str(values.get("phone") or "").strip()
        if phone:
            own = {device.phone, device.phone.lstrip("+"), wid_of(device.phone)} if device.phone else set()
            none = none or phone not in own
        cursors: dict[str, tuple[datetime, str]] = {}
        for name in ("begin", "end"):
            if values.get(name):
                cursor = await self._statuses.find(device.id, str(values[name]))
                if cursor is None:
                    message = (
                        f"{name} must be the id of a status of this number: there is no {values[name]!r}"
                    )
                    raise invalid(name, message)
                cursors[name] = (cursor.created_at, cursor.id)
        return StatusFilter(
            device_id=device.id,
            none=none,
            states=tuple(sorted(states)),
            wa_ids=_texts(values, "wid"),
            kinds=_texts(values, "type"),
            search=values.get("search") or None,
            reference=values.get("reference") or None,
            after=parse_instant(str(values["after"]), "after") if values.get("after") else None,
            before=parse_instant(str(values["before"]), "before") if values.get("before") else None,
            newest=cursors.get("begin"),
            oldest=cursors.get("end"),
        )

    async def delete(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._number(account, device_id)
        scheduled, published = _texts(values, "scheduled"), _texts(values, "status")
        everything = values.get("all") is True
        named = (("all", everything), ("scheduled", scheduled), ("status", published))
        ways = [name for name, given in named if given]
        if len(ways) != 1:
            message = "give one way to delete: all: true, scheduled (ids) or status (WIDs)"
            raise invalid(ways[1] if ways else "all", message)
        if everything:
            found = await self._statuses.matching(StatusFilter(device_id=device.id))
        else:
            state = "scheduled" if scheduled else "published"
            found = await self._named(device.id, scheduled or published, state, ways[0])
        gone = [s.wa_id for s in found if s.state == "published"]
        if gone:
            require_online(device, "deleting a published status")
            await self._engine.delete_statuses(device.id, gone)
        ids = [s.id for s in found]
        await self._statuses.delete(device.id, ids)
        return {"deleted": len(ids), "ids": ids}

    async def _named(self, device_id: str, idents: Sequence[str], state: str, field: str) -> list[UserStatus]:
        """The statuses `idents` name, each a `state` status of the number (404 otherwise)."""
        found: dict[str, UserStatus] = {}
        for ident in idents:
            if field == "scheduled" and not _HEX24.fullmatch(ident):
                message = f"scheduled takes status ids of 24 hexadecimal characters, got {ident!r}"
                raise invalid(field, message)
            status = await self._statuses.find(device_id, ident)
            if status is None or status.state != state:
                raise not_found(f"{state} status", ident)
            found[status.id] = status
        return list(found.values())
