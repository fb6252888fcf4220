"""Delivery of the event outbox (`db/events.py`) to the webhooks: a component of its own, started
with the server, not a loop inside a request.

- Each event goes to its webhook as `POST` JSON (the row's `body`, byte for byte) with
  `X-Sparkbot-Event`, `X-Sparkbot-Delivery` (the event id, the same on every retry) and
  `X-Sparkbot-Signature: sha256=<hex>` (HMAC-SHA256 of the body with the webhook's secret).
- Ordered per webhook and number (a "lane"): only the oldest pending event of a lane is delivered,
  and the next one waits until it is delivered or given up. Lanes go in parallel (at most
  `PARALLEL` requests at once).
- An attempt succeeds on a 2xx answer within `webhook_timeout_seconds`. Redirects are not
  followed (a 3xx is a failure), at most `RESPONSE_EXCERPT` bytes of an answer are read and kept.
  Before each attempt the URL's host is resolved and every address checked (`webhookurls`).
- A failed attempt is retried after `webhook_backoff_seconds`, doubling each time up to
  `webhook_backoff_cap_seconds`, times a random 0.5-1.0 (jitter), until `webhook_retry_seconds`
  after the event (about a day): then the event is `failed` and its webhook `disabled` with the
  reason; `enableWebhook` resumes the lane (the events written meanwhile were not, see
  `events.Subscriptions`: a disabled webhook wants nothing).
- Every attempt is one row of the webhook's logs (`WebhookAttempt`), written in the transaction
  that records the event's outcome. A message's `webhookStatus` is the outcome of the latest
  event about it (`success` or `failed`; `pending` before).
- The deliverer sleeps until the next retry is due, or until events are committed, a delivery
  ends or a webhook is enabled, and looks again every `LOOK_AGAIN_SECONDS` (real time) anyway.
- A crash between a delivery and its record delivers that event again after the restart, with the
  same delivery id: receivers drop a delivery id they have seen (at least once, never lost)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Table, and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ... import __version__
from ..clock import Clock, wait_event_until
from ..db import Database
from ..db.models import Message, Webhook, WebhookAttempt, WebhookEvent
from ..settings import Settings
from .accounts import new_id
from .webhookurls import resolve_allowed

__all__ = ["PARALLEL", "RESPONSE_EXCERPT", "WebhookDelivery", "signature"]

log = logging.getLogger("sparkbot.server.webhooks")

LOOK_AGAIN_SECONDS = 5.0  # real seconds between two looks when idle (another process's events)
PARALLEL = 32  # requests in flight at once, each in its own lane
RESPONSE_EXCERPT = 1024  # bytes of an answer kept in the logs

_EVENTS: Table = WebhookEvent.__table__  # type: ignore[assignment]
_WEBHOOKS: Table = Webhook.__table__  # type: ignore[assignment]
_ATTEMPTS: Table = WebhookAttempt.__table__  # type: ignore[assignment]
_MESSAGES: Table = Message.__table__  # type: ignore[assignment]


def signature(body: bytes, secret: str) -> str:
    """`sha256=<hex>`: the HMAC-SHA256 of `body` with `secret`."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class _Due:
    seq: int
    id: str
    webhook_id: str
    account_id: str
    lane: str
    event: str
    body: str
    attempts: int
    created_at: datetime
    message_id: str | None
    url: str
    secret: str

    @property
    def key(self) -> tuple[str, str]:
        return self.webhook_id, self.lane


@dataclass(frozen=True, slots=True)
class _Outcome:
    status: int | None
    ok: bool
    latency_ms: float
    error: str | None
    response: str | None


def _head_of_lane() -> Any:
    """The oldest pending event of the same webhook and lane (correlated to the outer row)."""
    inner = _EVENTS.alias("inner")
    return (
        select(func.min(inner.c.seq))
        .where(
            inner.c.state == "pending",
            inner.c.webhook_id == _EVENTS.c.webhook_id,
            inner.c.lane == _EVENTS.c.lane,
        )
        .scalar_subquery()
    )


_LIVE = and_(_EVENTS.c.state == "pending", _WEBHOOKS.c.status != "disabled")
_DUE_COLUMNS = (
    _EVENTS.c.seq,
    _EVENTS.c.id,
    _EVENTS.c.webhook_id,
    _EVENTS.c.account_id,
    _EVENTS.c.lane,
    _EVENTS.c.event,
    _EVENTS.c.body,
    _EVENTS.c.attempts,
    _EVENTS.c.created_at,
    _EVENTS.c.message_id,
    _WEBHOOKS.c.url,
    _WEBHOOKS.c.secret,
)
_JOINED = _EVENTS.join(_WEBHOOKS, _WEBHOOKS.c.id == _EVENTS.c.webhook_id)


class WebhookDelivery:
    """Delivers pending events; see the module docstring."""

    def __init__(
        self,
        settings: Settings,
        database: Database,
        clock: Clock,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        self._settings = settings
        self._sessions = database.sessions
        self._subscriptions = database.subscriptions
        self._clock = clock
        self._http = http
        self._own_http = http is None
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._in_flight: dict[tuple[str, str], asyncio.Task[None]] = {}
        self._limit = asyncio.Semaphore(PARALLEL)
        self._closed = False
        self._seen_written = -1
        # deliveries ended so far, and when each lane's last one ended: a round that read its rows
        # before a lane's delivery was recorded must not start that lane again on what it read
        self._ended = 0
        self._lane_ended: dict[tuple[str, str], int] = {}
        database.subscriptions.on_written(self.poke)
        self._marked: dict[str, datetime] = {}  # webhook: the second its delivery time was written
        self.delivered = 0  # attempts that succeeded since start
        self.attempted = 0

    async def start(self) -> None:
        if self._http is None:
            self._http = httpx.AsyncClient(
                follow_redirects=False,
                timeout=self._settings.webhook_timeout_seconds,
                headers={"User-Agent": f"sparkbot-webhooks/{__version__}"},
                trust_env=False,
            )
        self._task = asyncio.get_running_loop().create_task(self._run(), name="sparkbot:webhooks")

    async def close(self) -> None:
        self._closed = True
        tasks = [t for t in (self._task, *self._in_flight.values()) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._in_flight.clear()
        if self._own_http and self._http is not None:
            await self._http.aclose()

    def resume(self) -> None:
        """A webhook was enabled or got a new URL: its status is written again on its next success."""
        self._marked.clear()
        self.poke()

    def poke(self) -> None:
        """Events were written, a delivery ended or a webhook was enabled: look again."""
        self._wake.set()

    async def _run(self) -> None:
        while not self._closed:
            self._wake.clear()
            written = self._subscriptions.written
            try:
                started, next_at = await self._round()
            except asyncio.CancelledError:
                raise
            except Exception:  # a database hiccup: try again shortly, never stop delivering
                log.exception("webhook delivery round failed")
                started, next_at = 0, self._clock.now() + timedelta(seconds=1)
            if started:
                continue
            if written != self._seen_written:
                # events written by a transaction that had not ended when we looked: look again soon
                self._seen_written = written
                await asyncio.sleep(0.01)
                continue
            if next_at is None:  # nothing waits for a retry: sleep until something is written
                with contextlib.suppress(TimeoutError):  # or look again after a while (real time)
                    await asyncio.wait_for(self._wake.wait(), LOOK_AGAIN_SECONDS)
            else:
                await wait_event_until(self._clock, self._wake, next_at)

    async def _round(self) -> tuple[int, datetime | None]:
        """Start the due heads of the lanes not in flight; answers how many started and when the
        next head not yet due is due."""
        now = self._clock.now()
        mark = self._ended
        head = _EVENTS.c.seq == _head_of_lane()
        due = (
            select(*_DUE_COLUMNS)
            .select_from(_JOINED)
            .where(_LIVE, head, _EVENTS.c.next_at <= now)
            .order_by(_EVENTS.c.next_at, _EVENTS.c.seq)
            .limit(PARALLEL * 4)
        )
        later = select(func.min(_EVENTS.c.next_at)).select_from(_JOINED).where(_LIVE, head)
        async with self._sessions() as session:
            rows = [_Due(**row._mapping) for row in (await session.execute(due)).all()]
            next_at = None if rows else await session.scalar(later)
        started = 0
        for row in rows:
            if row.key in self._in_flight or self._lane_ended.get(row.key, 0) > mark:
                continue
            task = asyncio.get_running_loop().create_task(self._deliver(row), name=f"webhook:{row.id}")
            self._in_flight[row.key] = task
            started += 1
        return started, next_at

    async def _deliver(self, row: _Due) -> None:
        """Deliver a lane's head, then the lane's next events while they are due and delivered:
        a busy lane goes on in this task, without waiting for a round."""
        try:
            current: _Due | None = row
            while current is not None and not self._closed:
                async with self._limit:
                    outcome = await self._attempt(current)
                delivered = await self._record(current, outcome)
                current = await self._next_in_lane(current) if delivered else None
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("webhook delivery of %s failed to record", row.id)
        finally:
            self._in_flight.pop(row.key, None)
            self._ended += 1
            if len(self._lane_ended) > 100_000:
                self._lane_ended.clear()
            self._lane_ended[row.key] = self._ended
            self.poke()

    async def _next_in_lane(self, done: _Due) -> _Due | None:
        """The lane's next pending event when it is due now (None otherwise: the rounds see to it)."""
        query = (
            select(*_DUE_COLUMNS)
            .select_from(_JOINED)
            .where(
                _LIVE,
                _EVENTS.c.webhook_id == done.webhook_id,
                _EVENTS.c.lane == done.lane,
                _EVENTS.c.seq > done.seq,
                _EVENTS.c.next_at <= self._clock.now(),
            )
            .order_by(_EVENTS.c.seq)
            .limit(1)
        )
        async with self._sessions() as session:
            found = (await session.execute(query)).first()
        return None if found is None else _Due(**found._mapping)

    async def _attempt(self, row: _Due) -> _Outcome:
        refused = await resolve_allowed(row.url, self._settings.webhook_allow)
        if refused is not None:
            return _Outcome(None, False, 0.0, f"refused: {refused}", None)
        body = row.body.encode()
        headers = {
            "Content-Type": "application/json",
            "X-Sparkbot-Event": row.event,
            "X-Sparkbot-Delivery": row.id,
            "X-Sparkbot-Signature": signature(body, row.secret),
        }
        assert self._http is not None
        started = time.perf_counter()
        try:
            async with self._http.stream("POST", row.url, content=body, headers=headers) as response:
                excerpt = bytearray()
                async for chunk in response.aiter_raw():
                    excerpt += chunk
                    if len(excerpt) >= RESPONSE_EXCERPT:
                        break
        except httpx.TimeoutException:
            latency = (time.perf_counter() - started) * 1000
            timeout = self._settings.webhook_timeout_seconds
            return _Outcome(None, False, latency, f"no answer within {timeout:g} s", None)
        except httpx.HTTPError as failure:
            latency = (time.perf_counter() - started) * 1000
            return _Outcome(None, False, latency, f"{type(failure).__name__}: {failure}", None)
        latency = (time.perf_counter() - started) * 1000
        text = bytes(excerpt[:RESPONSE_EXCERPT]).decode("utf-8", "replace")
        ok = 200 <= response.status_code < 300
        problem = None
        if not ok:
            redirect = response.headers.get("location")
            followed = f" (redirect to {redirect}, not followed)" if redirect else ""
            problem = f"HTTP {response.status_code}{followed}"
        return _Outcome(response.status_code, ok, latency, problem, text or None)

    def _retry_at(self, attempts: int, at: datetime) -> datetime:
        base = self._settings.webhook_backoff_seconds
        delay = min(self._settings.webhook_backoff_cap_seconds, base * 2 ** max(attempts - 1, 0))
        return at + timedelta(seconds=delay * random.uniform(0.5, 1.0))

    async def _record(self, row: _Due, outcome: _Outcome) -> bool:
        """The attempt in the logs, and the event's outcome, in one transaction; True when the
        event is done (delivered, or given up): the lane may go on."""
        at = self._clock.now()
        attempts = row.attempts + 1
        given_up = (
            not outcome.ok and (at - row.created_at).total_seconds() >= self._settings.webhook_retry_seconds
        )
        attempt = {
            "id": new_id(),
            "webhook_id": row.webhook_id,
            "event_id": row.id,
            "event": row.event,
            "device_id": row.lane or None,
            "attempt": attempts,
            "at": at,
            "status": outcome.status,
            "ok": outcome.ok,
            "latency_ms": round(outcome.latency_ms, 3),
            "error": outcome.error,
            "response": outcome.response,
        }
        this_event = and_(
            _EVENTS.c.seq == row.seq, _EVENTS.c.state == "pending", _EVENTS.c.attempts == row.attempts
        )
        try:
            async with self._sessions.begin() as session:
                await session.execute(insert(_ATTEMPTS).values(**attempt))
                if outcome.ok:
                    values: dict[str, Any] = {"state": "delivered", "attempts": attempts, "done_at": at}
                elif given_up:
                    values = {"state": "failed", "attempts": attempts, "done_at": at}
                else:
                    values = {"attempts": attempts, "next_at": self._retry_at(attempts, at)}
                await session.execute(update(_EVENTS).where(this_event).values(**values))
                webhook = _WEBHOOKS.c.id == row.webhook_id
                if outcome.ok and self._marked.get(row.webhook_id) != at.replace(microsecond=0):
                    # `active` and the last delivery's time, at most once a second per webhook
                    self._marked[row.webhook_id] = at.replace(microsecond=0)
                    await session.execute(
                        update(_WEBHOOKS)
                        .where(webhook)
                        .where(_WEBHOOKS.c.status != "disabled")
                        .values(last_delivery_at=at, status="active")
                    )
                elif given_up:
                    hours = (at - row.created_at).total_seconds() / 3600
                    reason = (
                        f"event {row.id} ({row.event}) could not be delivered in {attempts} attempts "
                        f"over {hours:.1f} h; last: {outcome.error}"
                    )
                    await session.execute(
                        update(_WEBHOOKS)
                        .where(webhook)
                        .values(status="disabled", reason=reason, updated_at=at)
                    )
                if row.message_id is not None and (outcome.ok or given_up):
                    await session.execute(
                        update(_MESSAGES)
                        .where(_MESSAGES.c.id == row.message_id)
                        .values(webhook_status="success" if outcome.ok else "failed")
                    )
        except IntegrityError:
            return False  # the webhook was deleted meanwhile: its events went with it
        self.attempted += 1
        if outcome.ok:
            self.delivered += 1
        if given_up:
            self._marked.pop(row.webhook_id, None)
            self._subscriptions.changed(row.account_id)
        return outcome.ok or given_up
