"""Reads and writes of an account's webhooks and their delivery logs, for the Webhooks operations.

Every write is one transaction. A webhook is changed read locked (`FOR UPDATE` on PostgreSQL;
SQLite has one writer), so that a change never loses one that the deliverer (`status`, `reason`,
`last_delivery_at`) or another request made meanwhile. A creation locks the account's row first,
so that two creations at once cannot both pass the account's limit. The list reads the account's
webhooks in creation order from `ix_webhooks_list` (`account_id, created_at, id`), the logs a
webhook's attempts newest first from `ix_webhook_attempts_list` (`webhook_id, seq`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from .engine import Database
from .models import Account, Webhook, WebhookAttempt, WebhookEvent

__all__ = ["Change", "TooManyWebhooks", "WebhookFilter", "WebhookStore"]

# what a change of an existing webhook writes, given the webhook as it is (it may raise to refuse)
Change = Callable[[Webhook], Mapping[str, Any]]


class TooManyWebhooks(Exception):
    """The account has its limit of webhooks already; nothing was written."""


@dataclass(frozen=True, slots=True)
class WebhookFilter:
    """What `getWebhooks` may filter on; empty fields do not filter."""

    device_ids: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    search: str | None = None

    def where(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = []
        if self.device_ids:  # a webhook of every number (none named) is one of these numbers' too
            clauses.append(or_(Webhook.device_id.in_(self.device_ids), Webhook.device_id.is_(None)))
        if self.statuses:
            clauses.append(Webhook.status.in_(self.statuses))
        if self.search:
            needle = self.search.strip().lower()
            clauses.append(
                or_(
                    func.lower(Webhook.name).contains(needle, autoescape=True),
                    func.lower(Webhook.url).contains(needle, autoescape=True),
                )
            )
        return clauses


class WebhookStore:
    """The webhooks of every account; see the module docstring."""

    def __init__(self, database: Database) -> None:
        self._sessions = database.sessions
        self._dialect = database.engine.dialect.name

    async def get(self, account_id: str, webhook_id: str) -> Webhook | None:
        query = select(Webhook).where(Webhook.id == webhook_id, Webhook.account_id == account_id)
        async with self._sessions() as session:
            return (await session.scalars(query)).first()

    async def page(self, account_id: str, where: WebhookFilter, page: int, size: int) -> list[Webhook]:
        """A `getWebhooks` page: the account's webhooks oldest first."""
        query = (
            select(Webhook)
            .where(Webhook.account_id == account_id, *where.where())
            .order_by(Webhook.created_at, Webhook.id)
            .offset(page * size)
            .limit(size)
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())

    async def create(self, webhook: Webhook, limit: int) -> None:
        """Store `webhook` unless its account has `limit` webhooks already (`TooManyWebhooks`)."""
        async with self._sessions.begin() as session:
            account = select(Account.id).where(Account.id == webhook.account_id)
            if self._dialect != "sqlite":
                account = account.with_for_update()  # creations of one account one at a time
            await session.execute(account)
            count = select(func.count()).select_from(Webhook).where(Webhook.account_id == webhook.account_id)
            if int(await session.scalar(count) or 0) >= limit:
                raise TooManyWebhooks(webhook.account_id)
            session.add(webhook)

    async def _locked(self, session: AsyncSession, account_id: str, webhook_id: str) -> Webhook | None:
        query = select(Webhook).where(Webhook.id == webhook_id, Webhook.account_id == account_id)
        if self._dialect != "sqlite":
            query = query.with_for_update()
        return (await session.scalars(query)).first()

    async def change(
        self, account_id: str, webhook_id: str, change: Change, now: datetime
    ) -> tuple[Webhook, bool] | None:
        """Write `change(webhook)` onto the (locked) webhook in one transaction; None when it is
        not the account's. A change that gives the webhook a new URL or lifts its `disabled`
        resumes it: its pending events waiting for a later retry are due `now` (no reason to wait
        for the old backoff). Answers the webhook and whether it was resumed."""
        async with self._sessions.begin() as session:
            webhook = await self._locked(session, account_id, webhook_id)
            if webhook is None:
                return None
            url, status = webhook.url, webhook.status
            for name, value in change(webhook).items():
                setattr(webhook, name, value)
            resumed = webhook.url != url or (status == "disabled" and webhook.status != "disabled")
            if resumed:
                await session.execute(
                    update(WebhookEvent)
                    .where(
                        WebhookEvent.webhook_id == webhook_id,
                        WebhookEvent.state == "pending",
                        WebhookEvent.next_at > now,
                    )
                    .values(next_at=now)
                )
            await session.flush()
            return webhook, resumed

    async def delete(self, account_id: str, webhook_id: str) -> bool:
        """Delete the webhook, its events and its logs in one transaction (the foreign keys
        cascade as well); False when it is not the account's."""
        async with self._sessions.begin() as session:
            webhook = await self._locked(session, account_id, webhook_id)
            if webhook is None:
                return False
            await session.execute(delete(WebhookAttempt).where(WebhookAttempt.webhook_id == webhook_id))
            await session.execute(delete(WebhookEvent).where(WebhookEvent.webhook_id == webhook_id))
            await session.execute(delete(Webhook).where(Webhook.id == webhook_id))
            return True

    async def delete_matching(self, account_id: str, match: Callable[[Webhook], bool]) -> list[str]:
        """Delete the account's webhooks that `match` holds for (read locked), their events and
        their logs, in one transaction: their ids, in creation order (empty: nothing deleted)."""
        query = (
            select(Webhook).where(Webhook.account_id == account_id).order_by(Webhook.created_at, Webhook.id)
        )
        if self._dialect != "sqlite":
            query = query.with_for_update()
        async with self._sessions.begin() as session:
            ids = [webhook.id for webhook in (await session.scalars(query)).all() if match(webhook)]
            if ids:
                await session.execute(delete(WebhookAttempt).where(WebhookAttempt.webhook_id.in_(ids)))
                await session.execute(delete(WebhookEvent).where(WebhookEvent.webhook_id.in_(ids)))
                await session.execute(delete(Webhook).where(Webhook.id.in_(ids)))
            return ids

    async def attempts(self, webhook_id: str, skip: int, size: int) -> list[WebhookAttempt]:
        """A page of the webhook's delivery attempts, newest first."""
        query = (
            select(WebhookAttempt)
            .where(WebhookAttempt.webhook_id == webhook_id)
            .order_by(WebhookAttempt.seq.desc())
            .offset(skip)
            .limit(size)
        )
        async with self._sessions() as session:
            return list((await session.scalars(query)).all())
