"""When to try a request again, and after how long: pure decisions, tested without a network.

Rules: a safe request (GET) is retried on connection errors, timeouts, 429 and 5xx (but not 501 or
505, which a retry cannot change). A request that
changes something (POST, PATCH, ...) is retried only when the API surely did not act on it: the
connection was never made, or the answer was 429 (refused before processing). So a message is
never sent twice. `Retry-After` (seconds or an HTTP date) is honoured up to `RETRY_AFTER_MAX`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal

from .._constants import (
    DEFAULT_MAX_RETRIES,
    RETRY_AFTER_MAX,
    RETRY_INITIAL_DELAY,
    RETRY_JITTER,
    RETRY_MAX_DELAY,
)

__all__ = ["Failure", "RetryPolicy", "parse_retry_after", "retry_delay"]

# `connect`: no connection was made, nothing reached the API; `transport`: the connection broke
# after the request may have been sent; `timeout`: no answer in time (it may have been acted on).
Failure = Literal["connect", "transport", "timeout"]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times to retry and how to space the tries (exponential, jittered)."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = RETRY_INITIAL_DELAY
    max_delay: float = RETRY_MAX_DELAY
    jitter: float = RETRY_JITTER
    retry_after_max: float = RETRY_AFTER_MAX


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header (`"3"` or an HTTP date); None if unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


# 5xx answers that a retry cannot change: not implemented, HTTP version not supported.
PERMANENT = frozenset({501, 505})


def _retryable(*, safe: bool, status: int | None, failure: Failure | None) -> bool:
    if failure is not None:
        return safe or failure == "connect"
    if status == 429:
        return True
    return safe and status is not None and status >= 500 and status not in PERMANENT


def retry_delay(
    policy: RetryPolicy,
    *,
    attempt: int,
    safe: bool,
    status: int | None = None,
    failure: Failure | None = None,
    retry_after: str | None = None,
    rand: Callable[[], float] = random.random,
) -> float | None:
    """Seconds to sleep before try `attempt + 1` (attempt 0 is the first), or None: give up."""
    if attempt >= policy.max_retries or not _retryable(safe=safe, status=status, failure=failure):
        return None
    asked = parse_retry_after(retry_after)
    if asked is not None:
        return asked if asked <= policy.retry_after_max else None
    backoff = min(policy.initial_delay * 2.0**attempt, policy.max_delay)
    return backoff * (1 - policy.jitter * rand())
