"""Campaigns: one message sent by one number to a list of contacts, through its queue, at its pace.

Rules (the catalogue says only "start or stop"; these are this server's):

- **Creation** is not in the catalogue: `POST /v1/campaigns` (this server's own route) takes the
  number (`device`, one of the account's), a `name`, the message (`message`, and optionally
  `media.url`, checked as `sendText`/`sendMedia` check them), 1 to 10,000 `contacts` (an E.164
  phone or a group WID, or `{"phone"|"group": ..., "name": ...}`), optionally `scheduledAt`,
  `owner` (a 24-hex user id) and `start: true`. A contact given twice is kept once, at its first
  place (the answer says how many were dropped: `duplicates`). A campaign is created `draft`.
- **Start** (`updateCampaign action=start`) of a `draft` or `paused` campaign queues one message
  per contact not queued yet (reference `campaign:<id>`, normal priority, `deliverAt` the
  schedule when it is ahead), all in one transaction with the campaign becoming `processing`;
  the number must take messages now (not disabled, its queue `active` or `pause`), as a send
  checks. From then on the number's delivery worker sends them at its pace, interleaved with its
  other messages; the queue is durable, so a restart changes nothing.
- **Stop** of a running campaign (`pending` or `processing`) pauses it: its messages still queued
  are withdrawn (deleted) and their contacts are `pending` again, in one transaction; a message
  already being handed over finishes. `start` resumes it (queues the pending contacts again).
  Stop of a `paused` campaign ends it for good: `stopped` (its pending contacts are never sent;
  `start` is refused). Any other start or stop is a 409 that says why.
- **Statuses are derived, never counted**: a contact is `pending` (not queued, or queued),
  `processing` (being handed over), `delivered` (its message was sent, delivered or read) or
  `failed` (its message failed, or was deleted outside the campaign); its `ack` is the message's
  WhatsApp status (`pending`, `sent`, `delivered`, `read`, `failed`). A started campaign reads
  `pending` before its schedule, `processing` while a contact is pending or processing, then
  `completed` (all delivered), `incomplete` (some failed) or `failed` (all failed).
- **Delete** is refused (409) while the campaign runs (`pending`/`processing`): stop it first.
  It removes the contacts (and any message still queued); sent messages stay in the messages.
  Deleting the number deletes its campaigns.
- Another account's campaign is not found (404), as are ids that are not 24-hex.
- Lists: campaigns newest first (`date:desc`, by creation); a campaign's contacts by their place
  in the campaign, last first by default (`date:desc`) as the catalogue's default sort says.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...spec import get_operation
from ...spec.formats import WID, is_hex24
from ...spec.validation import validate_value
from ..clock import Clock
from ..db import Account, Device
from ..db.campaigns import CampaignFilter, Campaigns, ContactFilter, ContactRow, Counts
from ..db.events import Event
from ..db.groupcommit import NewMessage
from ..db.models import Campaign, CampaignContact
from ..problems import ApiProblem, conflict, invalid, not_found
from ..wire import nest_values
from .accounts import new_id
from .messages import ACCEPTING, RANKS, Waker, media_type, next_position, parse_instant, queued_event
from .numbers import NumberService
from .paging import page_and_size
from .phones import is_phone
from .views import iso

__all__ = ["MAX_CONTACTS", "CampaignService", "NewCampaign", "campaign_view", "contact_view"]

MAX_CONTACTS = 10_000
RUNNING = frozenset({"pending", "processing"})
_FINISHED = frozenset({"completed", "incomplete", "failed"})
_MAX_PROBLEMS = 20  # a long list of bad contacts is named up to this many at once
_SEND_TEXT = get_operation("send-messages.sendText")
_SEND_MEDIA = get_operation("send-messages.sendMedia")


@dataclass(frozen=True, slots=True)
class NewCampaign:
    """What `POST /v1/campaigns` asks for (its shape checked by the route)."""

    device: str
    name: str
    contacts: Sequence[str | Mapping[str, Any]]
    message: str | None = None
    media_url: str | None = None
    scheduled_at: str | None = None
    owner: str | None = None
    start: bool = False


def campaign_view(campaign: Campaign, status: str, counts: Counts | None) -> dict[str, Any]:
    counts = counts or Counts()
    finished = status in _FINISHED
    payload = campaign.payload or {}
    return {
        "id": campaign.id,
        "name": campaign.name,
        "device": campaign.device_id,
        "status": status,
        "kind": campaign.kind,
        "type": campaign.type,
        "message": payload.get("message"),
        "content": nest_values(payload),
        "owner": campaign.owner,
        "reference": f"campaign:{campaign.id}",
        "contacts": {
            "total": campaign.total,
            "pending": counts.pending,
            "processing": counts.processing,
            "delivered": counts.delivered,
            "failed": counts.failed,
        },
        "scheduledAt": iso(campaign.scheduled_at),
        "createdAt": iso(campaign.created_at),
        "updatedAt": iso(campaign.updated_at),
        "startedAt": iso(campaign.started_at),
        "stoppedAt": iso(campaign.stopped_at),
        "completedAt": iso(counts.last_at or campaign.updated_at) if finished else None,
    }


def contact_view(row: ContactRow) -> dict[str, Any]:
    contact, message = row.contact, row.message
    failure: str | None = None
    if row.status == "failed":
        failure = message.failure if message is not None else "its message was deleted outside the campaign"
    return {
        contact.kind: contact.target,
        "kind": contact.kind,
        "position": contact.position,
        "name": contact.name,
        "status": row.status,
        "ack": row.ack,
        "message": contact.message_id if message is not None else None,
        "waId": message.wa_id if message is not None else None,
        "failure": {"reason": failure} if failure else None,
        "sentAt": iso(message.sent_at) if message is not None else None,
        "deliveredAt": iso(message.delivered_at) if message is not None else None,
        "readAt": iso(message.read_at) if message is not None else None,
        "failedAt": iso(message.failed_at) if message is not None else None,
    }


def _strings(values: Mapping[str, Any], name: str) -> tuple[str, ...]:
    given = values.get(name) or ()
    return (given,) if isinstance(given, str) else tuple(str(v) for v in given)


def _instant(values: Mapping[str, Any], name: str) -> datetime | None:
    return parse_instant(str(values[name]), name) if values.get(name) else None


def _problems(errors: list[dict[str, str]]) -> ApiProblem:
    return ApiProblem(400, "invalid_parameter", errors[0]["message"], errors[:_MAX_PROBLEMS])


def _recipients(given: Sequence[str | Mapping[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The contacts as rows (kind, target, name, position), each once; and how many repeated one."""
    if not 1 <= len(given) <= MAX_CONTACTS:
        raise invalid("contacts", f"contacts must list 1 to {MAX_CONTACTS} recipients, got {len(given)}")
    errors: list[dict[str, str]] = []
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, entry in enumerate(given):
        field = f"contacts[{index}]"
        name: str | None = None
        if isinstance(entry, str):
            target = entry
        else:
            keys = [k for k in ("phone", "group") if entry.get(k)]
            if len(keys) != 1:
                errors.append({"field": field, "message": f"{field} must give one of phone or group"})
                continue
            target, name = str(entry[keys[0]]), entry.get("name")
        if is_phone(target):
            kind = "phone"
        elif target.endswith("@g.us") and WID.match(target):
            kind = "group"
        else:
            message = (
                f"{field} must be an E.164 phone (+447362053576) or a group WID (...@g.us), got {target!r}"
            )
            errors.append({"field": field, "message": message})
            continue
        if target in seen:
            continue
        seen.add(target)
        rows.append({"position": len(rows), "kind": kind, "target": target, "name": name})
    if errors:
        raise _problems(errors)
    return rows, len(given) - len(rows)


def _payload(message: str | None, media_url: str | None) -> tuple[str, str, dict[str, Any]]:
    """The kind, type and payload of the campaign's message, checked as a send checks them."""
    op = _SEND_MEDIA if media_url else _SEND_TEXT
    if not message and not media_url:
        raise invalid("message", "give the message: message (text), media.url, or both")
    payload: dict[str, Any] = {}
    errors: list[dict[str, str]] = []
    for name, value in (("message", message), ("media.url", media_url)):
        if value is None:
            continue
        errors += [{"field": name, "message": text} for text in validate_value(op.param(name), value)]
        payload[name] = value
    if errors:
        raise _problems(errors)
    kind_type = media_type(media_url) if media_url else "text"
    return op.operation, kind_type, payload


def _refusal(device: Device) -> ApiProblem | None:
    """Why the number takes no message now, as a send says it."""
    if device.status == "disabled":
        return conflict("number_disabled", "the number is disabled: enable it with updateNumber first")
    if device.queue_status not in ACCEPTING:
        message = f"the number's queue is {device.queue_status}: it refuses new messages"
        return conflict("queue_refuses", message)
    return None


class CampaignService:
    """Creates, runs, reads and deletes campaigns; see the module docstring for the rules."""

    def __init__(self, campaigns: Campaigns, clock: Clock, numbers: NumberService, waker: Waker) -> None:
        self._campaigns = campaigns
        self._clock = clock
        self._numbers = numbers
        self._waker = waker

    # creation (this server's own route)
    async def create(self, account: Account, new: NewCampaign) -> dict[str, Any]:
        if not is_hex24(new.device):
            raise invalid("device", f"device must be a 24-character hex id, got {new.device!r}")
        kind, kind_type, payload = _payload(new.message, new.media_url)
        contacts, duplicates = _recipients(new.contacts)
        if new.owner is not None and not is_hex24(new.owner):
            raise invalid("owner", f"owner must be a 24-character hex user id, got {new.owner!r}")
        scheduled_at = parse_instant(new.scheduled_at, "scheduledAt") if new.scheduled_at else None
        device = await self._numbers.require(account, new.device)
        if new.start and (refusal := _refusal(device)) is not None:
            raise refusal  # refused before anything is stored
        now = self._clock.now()
        campaign = Campaign(
            id=new_id(),
            account_id=account.id,
            device_id=device.id,
            name=new.name,
            kind=kind,
            type=kind_type,
            payload=payload,
            status="draft",
            scheduled_at=scheduled_at,
            owner=new.owner,
            total=len(contacts),
            created_at=now,
            updated_at=now,
        )
        await self._campaigns.create(campaign, contacts)
        view = await (self._start(account, campaign.id) if new.start else self.get(account, campaign.id))
        return {**view, "duplicates": duplicates}

    # the catalogue's operations
    async def get(self, account: Account, campaign_id: str) -> dict[str, Any]:
        campaign, status = await self._require(account, campaign_id)
        counts = await self._campaigns.counts([campaign.id])
        return campaign_view(campaign, status, counts.get(campaign.id))

    async def _require(self, account: Account, campaign_id: str) -> tuple[Campaign, str]:
        found = None
        if is_hex24(campaign_id):
            found = await self._campaigns.get(campaign_id, account.id, self._clock.now())
        if found is None:
            raise not_found("campaign", campaign_id)
        return found

    async def search(self, account: Account, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        paging = page_and_size(values, default_size=20)
        if paging is None:
            return []
        page, size = paging
        where = CampaignFilter(
            statuses=_strings(values, "status"),
            device_ids=_strings(values, "device"),
            owners=_strings(values, "owner"),
            ids=_strings(values, "id"),
            targets=_strings(values, "phone") + _strings(values, "group"),
            created_after=_instant(values, "after"),
            created_before=_instant(values, "before"),
        )
        newest_first = values.get("sort", "date:desc") != "date:asc"
        found = await self._campaigns.search(account.id, where, self._clock.now(), page, size, newest_first)
        counts = await self._campaigns.counts([c.id for c, _ in found]) if found else {}
        return [campaign_view(c, status, counts.get(c.id)) for c, status in found]

    async def contacts(
        self, account: Account, campaign_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        campaign, _ = await self._require(account, campaign_id)
        paging = page_and_size(values, default_size=20)
        if paging is None:
            return []
        page, size = paging
        where = ContactFilter(
            search=values.get("search") or None,
            targets=_strings(values, "target"),
            kinds=_strings(values, "kind"),
            statuses=_strings(values, "status"),
            acks=_strings(values, "ack"),
            wa_ids=_strings(values, "wid"),
        )
        newest_first = values.get("sort", "date:desc") != "date:asc"
        rows = await self._campaigns.contacts(campaign.id, where, page, size, newest_first)
        return [contact_view(row) for row in rows]

    async def update(self, account: Account, campaign_id: str, action: str) -> dict[str, Any]:
        await self._require(account, campaign_id)
        if action == "start":
            return await self._start(account, campaign_id)
        return await self._stop(account, campaign_id)

    async def _start(self, account: Account, campaign_id: str) -> dict[str, Any]:
        now = self._clock.now()

        def startable(campaign: Campaign, status: str) -> None:
            if status not in {"draft", "paused"}:
                raise conflict("campaign_not_startable", _why_not("start", status), "action")

        def plan(campaign: Campaign, device: Device, contacts: list[CampaignContact]) -> list[dict[str, Any]]:
            refusal = _refusal(device)
            if refusal is not None:
                raise refusal
            deliver_at = (
                campaign.scheduled_at if campaign.scheduled_at and campaign.scheduled_at > now else None
            )
            return [_message(campaign, contact, deliver_at, now).row() for contact in contacts]

        def events(rows: Sequence[Mapping[str, Any]]) -> list[Event]:
            return [queued_event(NewMessage(**row)) for row in rows]

        started = await self._campaigns.start(campaign_id, now, startable, plan, events)
        if started is None:
            raise not_found("campaign", campaign_id)
        self._waker.poke(started.device_id)
        return await self.get(account, campaign_id)

    async def _stop(self, account: Account, campaign_id: str) -> dict[str, Any]:
        def decide(campaign: Campaign, status: str) -> str:
            if status in RUNNING:
                return "paused"
            if status == "paused":
                return "stopped"
            raise conflict("campaign_not_running", _why_not("stop", status), "action")

        stopped = await self._campaigns.stop(campaign_id, self._clock.now(), decide)
        if stopped is None:
            raise not_found("campaign", campaign_id)
        self._waker.poke(stopped.device_id)
        return await self.get(account, campaign_id)

    async def delete(self, account: Account, campaign_id: str) -> dict[str, Any]:
        await self._require(account, campaign_id)

        def deletable(campaign: Campaign, status: str) -> None:
            if status in RUNNING:
                message = f"the campaign is {status}: stop it first (updateCampaign with action=stop)"
                raise conflict("campaign_running", message)

        status = await self._campaigns.delete(campaign_id, self._clock.now(), deletable)
        if status is None:
            raise not_found("campaign", campaign_id)
        return {"id": campaign_id, "deleted": True, "status": status}


def _why_not(action: str, status: str) -> str:
    if status in _FINISHED:
        return f"the campaign is {status}: it has nothing left to {action}"
    if status == "stopped":
        return "the campaign is stopped for good: create a new one to send again"
    if action == "start":
        return f"the campaign is {status}: it runs already (stop pauses it)"
    return f"the campaign is {status}: only a running or paused campaign can be stopped"


def _message(
    campaign: Campaign, contact: CampaignContact, deliver_at: datetime | None, now: datetime
) -> NewMessage:
    """The queued message that carries the campaign to one contact."""
    return NewMessage(
        id=new_id(),
        account_id=campaign.account_id,
        device_id=campaign.device_id,
        position=next_position(),
        rank=RANKS["normal"],
        kind=campaign.kind,
        type=campaign.type,
        target_type=contact.kind,
        target=contact.target,
        payload=dict(campaign.payload or {}),
        priority="normal",
        reference=f"campaign:{campaign.id}",
        agent=None,
        live=False,
        status="queued",
        deliver_at=deliver_at,
        expires_at=None,
        created_at=now,
        updated_at=now,
    )
