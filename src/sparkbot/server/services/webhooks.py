"""Webhooks (7 operations): list, create, get, update, delete, enable, and the delivery logs.

The rules where the catalogue is silent (delivery itself is `services/webhookdelivery.py`'s):

- A webhook is `{id, name, url, events, device, secret, status, reason, createdAt, updatedAt,
  lastDeliveryAt}`. `status` is `pending` until a delivery succeeds, then `active`; `disabled`
  (with `reason`, null otherwise) once a delivery was given up, until `enableWebhook`.
- `name`: 1 to 30 characters once trimmed. `url`: `http(s)`, with a host, no credentials, at
  most 2,048 characters, not a link-local or cloud metadata address, within
  `Settings.webhook_allow` when set (`webhookurls.check_url`); a refusal is a 400 naming `url`.
  `events`: one or more of the 13 event names, a repeated one kept once (in the order given).
  `device`: one of the account's numbers (404 otherwise); without it the webhook gets the events
  of every number of the account (and those of no number). A webhook of one number is deleted
  with that number (it could never receive anything again).
- The `secret` (48 hex characters) is made at creation and answered by create, get and the list;
  no operation changes it (the catalogue has no parameter for it): to rotate a secret, create a
  webhook with the same settings, move the receiver over, and delete the old one.
- An account has at most `MAX_WEBHOOKS` (50) webhooks: one more is a 409 `webhook_limit`.
- `createWebhook` answers 201 with the webhook, `pending`.
- `updateWebhook` takes `name`, `url` and `events` (the catalogue requires all three) and
  replaces them; `device`, when given, replaces the number, and when not given the webhook keeps
  its number (the catalogue offers no way to clear it: create a webhook without `device`
  instead). The webhook's pending events stay and go to the new URL and are due at once (not
  after the old URL's backoff); a webhook with a new URL is `pending` again until a delivery to
  it succeeds; a `disabled` webhook stays disabled until enabled. The secret is kept.
- `enableWebhook` makes a `disabled` webhook `pending` again (its reason cleared): its pending
  events are delivered again, due at once. Enabling a webhook that is not disabled changes
  nothing and answers it as it is.
- `deleteWebhook` removes the webhook, its pending events and its logs, and answers
  `{id, deleted: true}`.
- The workflow node's trigger registers its webhook with `?workflow=<workflow id>` in the URL and
  sends `?workflow=<id>` on `getWebhook` and `deleteWebhook` (the catalogue's `server_query`
  extension: accepted there, as text, though not a parameter of the operation). It is ignored,
  the webhook being found by its id alone, except on `deleteWebhook` of `WORKFLOW_SENTINEL`
  (`600f1c2a9b3d4e5f6a7b8c00`, the node's "delete this workflow's webhooks"): that deletes, in
  one transaction, every webhook of the account whose URL's query has `workflow=<id>` (decoded,
  exactly), with their pending events and logs, and answers `{id: the sentinel, deleted: true,
  workflow, ids: [the deleted webhooks, oldest first]}`; none is a 404. Without `workflow`, the
  sentinel is an id like any other (404: no webhook has it).
- Every write, once committed, is seen at once by the paths that write events
  (`Subscriptions.changed`); listeners given to `on_resume` (the deliverer's wake-up) are called
  when a webhook's events may be delivered now (enabled, or a new URL).
- `getWebhooks`: the account's webhooks oldest first (by creation), `page` (0-based) and `size`
  (default 20); `devices`: the webhooks of those numbers, including those of every number (no
  `device`), since they receive those numbers' events too; `status`; `search`: text within the
  name or the URL, case-insensitive (SQL `lower`: ASCII letters only on SQLite).
- `getWebhookLogs`: the webhook's delivery attempts, newest first, `size` 1 to 100 (default 20)
  and `skip` 0 or more; each `{id, event, eventId (the delivery id, X-Sparkbot-Delivery), device,
  attempt (1 for the first try of an event), at, status (the HTTP status, null when no answer
  came), ok, latencyMs, error, response (the start of the answer's body)}`.
- Another account's webhook is not found (404)."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ..clock import Clock
from ..db import Account, Database
from ..db.events import EVENTS
from ..db.models import Webhook, WebhookAttempt
from ..db.webhooks import Change, TooManyWebhooks, WebhookFilter, WebhookStore
from ..problems import conflict, invalid, not_found
from ..settings import Settings
from .accounts import new_id
from .numbers import NumberService
from .paging import page_and_size
from .views import iso
from .webhookurls import check_url

__all__ = [
    "LOGS_MAX_SIZE",
    "MAX_NAME",
    "MAX_WEBHOOKS",
    "WORKFLOW_SENTINEL",
    "WebhookService",
    "attempt_view",
    "webhook_view",
]

MAX_WEBHOOKS = 50
MAX_NAME = 30
LOGS_DEFAULT_SIZE = 20
LOGS_MAX_SIZE = 100
_MAX_OFFSET = 2**62  # an SQL offset is a signed 64-bit integer
_EVENT_NAMES = frozenset(EVENTS)
# the id the workflow node's trigger deletes with `?workflow=<id>` to remove that workflow's webhooks
WORKFLOW_SENTINEL = "600f1c2a9b3d4e5f6a7b8c00"


def new_secret() -> str:
    return secrets.token_hex(24)


def webhook_view(webhook: Webhook) -> dict[str, Any]:
    return {
        "id": webhook.id,
        "name": webhook.name,
        "url": webhook.url,
        "events": list(webhook.events or []),
        "device": webhook.device_id,
        "secret": webhook.secret,
        "status": webhook.status,
        "reason": webhook.reason if webhook.status == "disabled" else None,
        "createdAt": iso(webhook.created_at),
        "updatedAt": iso(webhook.updated_at),
        "lastDeliveryAt": iso(webhook.last_delivery_at),
    }


def attempt_view(attempt: WebhookAttempt) -> dict[str, Any]:
    return {
        "id": attempt.id,
        "event": attempt.event,
        "eventId": attempt.event_id,
        "device": attempt.device_id,
        "attempt": attempt.attempt,
        "at": iso(attempt.at),
        "status": attempt.status,
        "ok": attempt.ok,
        "latencyMs": attempt.latency_ms,
        "error": attempt.error,
        "response": attempt.response,
    }


def _name(value: Any) -> str:
    if not isinstance(value, str):
        raise invalid("name", f"name must be text, got {type(value).__name__}")
    name = value.strip()
    if not 1 <= len(name) <= MAX_NAME:
        raise invalid("name", f"name must be 1 to {MAX_NAME} characters once trimmed, got {len(name)}")
    return name


def _url(value: Any, allow: Sequence[str]) -> str:
    if not isinstance(value, str):
        raise invalid("url", f"url must be text, got {type(value).__name__}")
    url = value.strip()
    refused = check_url(url, allow)
    if refused is not None:
        raise invalid("url", f"url cannot receive webhooks: {refused}, got {url[:100]!r}")
    return url


def _events(value: Any) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence) or not value:
        raise invalid("events", "events must list one or more event names, like ['message:in:new']")
    for i, event in enumerate(value):
        if event not in _EVENT_NAMES:
            shown = ", ".join(EVENTS)
            raise invalid("events", f"events[{i}] must be one of {shown}, got {event!r}")
    return list(dict.fromkeys(str(event) for event in value))


def of_workflow(url: str, workflow: str) -> bool:
    """`url`'s query has `workflow=<workflow>` (decoded): a webhook the node registered for it."""
    try:
        pairs = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    except ValueError:
        return False
    return ("workflow", workflow) in pairs


def _whole(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _skip_and_size(values: Mapping[str, Any]) -> tuple[int, int] | None:
    """The logs' `skip` and `size`, checked (400 otherwise); None for a skip no database takes."""
    skip, size = values.get("skip", 0), values.get("size", LOGS_DEFAULT_SIZE)
    if not _whole(skip) or skip < 0:
        raise invalid("skip", f"skip must be a whole number, 0 or more, got {skip!r}")
    if not _whole(size) or not 1 <= size <= LOGS_MAX_SIZE:
        raise invalid("size", f"size must be a whole number, 1 to {LOGS_MAX_SIZE}, got {size!r}")
    return None if skip > _MAX_OFFSET else (int(skip), int(size))


def _strings(values: Mapping[str, Any], name: str) -> tuple[str, ...]:
    given = values.get(name) or ()
    return (given,) if isinstance(given, str) else tuple(str(v) for v in given)


class WebhookService:
    """Creates, reads, changes and deletes an account's webhooks; see the module docstring."""

    def __init__(self, settings: Settings, database: Database, clock: Clock, numbers: NumberService) -> None:
        self._settings = settings
        self._store = WebhookStore(database)
        self._subscriptions = database.subscriptions
        self._clock = clock
        self._numbers = numbers
        self._resume: list[Callable[[], None]] = []

    def on_resume(self, callback: Callable[[], None]) -> None:
        """Call `callback()` when a webhook's pending events may be delivered now (it was enabled,
        or it has a new URL): the deliverer's wake-up."""
        self._resume.append(callback)

    def _changed(self, account: Account, *, resumed: bool = False) -> None:
        self._subscriptions.changed(account.id)
        if resumed:
            for callback in self._resume:
                callback()

    async def _require(self, account: Account, webhook_id: str) -> Webhook:
        webhook = await self._store.get(account.id, webhook_id)
        if webhook is None:
            raise not_found("webhook", webhook_id)
        return webhook

    async def _device(self, account: Account, values: Mapping[str, Any]) -> str | None:
        device = values.get("device")
        if device is None:
            return None
        return (await self._numbers.require(account, str(device))).id

    async def search(self, account: Account, values: Mapping[str, Any]) -> list[dict[str, Any]]:
        paging = page_and_size(values, default_size=20)
        if paging is None:
            return []
        page, size = paging
        search = values.get("search")
        where = WebhookFilter(
            device_ids=_strings(values, "devices"),
            statuses=_strings(values, "status"),
            search=search.strip() or None if isinstance(search, str) else None,
        )
        return [webhook_view(w) for w in await self._store.page(account.id, where, page, size)]

    async def get(self, account: Account, webhook_id: str) -> dict[str, Any]:
        return webhook_view(await self._require(account, webhook_id))

    async def create(self, account: Account, values: Mapping[str, Any]) -> dict[str, Any]:
        name = _name(values.get("name"))
        url = _url(values.get("url"), self._settings.webhook_allow)
        events = _events(values.get("events"))
        device = await self._device(account, values)
        now = self._clock.now()
        webhook = Webhook(
            id=new_id(),
            account_id=account.id,
            name=name,
            url=url,
            events=events,
            device_id=device,
            secret=new_secret(),
            status="pending",
            reason=None,
            last_delivery_at=None,
            created_at=now,
            updated_at=now,
        )
        try:
            await self._store.create(webhook, MAX_WEBHOOKS)
        except TooManyWebhooks:
            message = f"an account has at most {MAX_WEBHOOKS} webhooks: delete one to create another"
            raise conflict("webhook_limit", message) from None
        self._changed(account)
        return webhook_view(webhook)

    async def update(self, account: Account, webhook_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        await self._require(account, webhook_id)
        name = _name(values.get("name"))
        url = _url(values.get("url"), self._settings.webhook_allow)
        events = _events(values.get("events"))
        device = await self._device(account, values)
        now = self._clock.now()

        def change(webhook: Webhook) -> dict[str, Any]:
            changes: dict[str, Any] = {"name": name, "url": url, "events": events, "updated_at": now}
            if device is not None:
                changes["device_id"] = device
            if url != webhook.url and webhook.status == "active":
                changes["status"] = "pending"  # no delivery to this URL has succeeded yet
            return changes

        return await self._change(account, webhook_id, change, now)

    async def enable(self, account: Account, webhook_id: str) -> dict[str, Any]:
        webhook = await self._require(account, webhook_id)
        if webhook.status != "disabled":
            return webhook_view(webhook)  # nothing to do: not an error
        now = self._clock.now()

        def change(found: Webhook) -> dict[str, Any]:
            if found.status != "disabled":
                return {}  # enabled meanwhile
            return {"status": "pending", "reason": None, "updated_at": now}

        return await self._change(account, webhook_id, change, now)

    async def _change(
        self, account: Account, webhook_id: str, change: Change, now: datetime
    ) -> dict[str, Any]:
        changed = await self._store.change(account.id, webhook_id, change, now)
        if changed is None:
            raise not_found("webhook", webhook_id)
        webhook, resumed = changed
        self._changed(account, resumed=resumed)
        return webhook_view(webhook)

    async def delete(
        self, account: Account, webhook_id: str, values: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        workflow = (values or {}).get("workflow")
        if webhook_id == WORKFLOW_SENTINEL and isinstance(workflow, str) and workflow:
            return await self._delete_workflow(account, workflow)
        if not await self._store.delete(account.id, webhook_id):
            raise not_found("webhook", webhook_id)
        self._changed(account)
        return {"id": webhook_id, "deleted": True}

    async def _delete_workflow(self, account: Account, workflow: str) -> dict[str, Any]:
        """The sentinel's delete: every webhook of the account registered for `workflow`."""
        ids = await self._store.delete_matching(
            account.id, lambda webhook: of_workflow(webhook.url, workflow)
        )
        if not ids:
            raise not_found("webhook of workflow", workflow)
        self._changed(account)
        return {"id": WORKFLOW_SENTINEL, "deleted": True, "workflow": workflow, "ids": ids}

    async def logs(
        self, account: Account, webhook_id: str, values: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        webhook = await self._require(account, webhook_id)
        paging = _skip_and_size(values)
        if paging is None:
            return []
        skip, size = paging
        return [attempt_view(a) for a in await self._store.attempts(webhook.id, skip, size)]
