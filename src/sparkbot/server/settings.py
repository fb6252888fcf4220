"""The server's settings: where it keeps data, which key it trusts, and the sandbox's timing."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Self

from .._constants import API_KEY_ENV

__all__ = ["DATA_DIR_ENV", "DATABASE_URL_ENV", "Settings"]

DATA_DIR_ENV = "SPARKBOT_DATA_DIR"
DATABASE_URL_ENV = "SPARKBOT_DATABASE_URL"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything `create_app` needs; the sandbox delays are seconds on the app's clock.

    `delivery_seconds`: a sent message is delivered after this; `ack_seconds`: read this much later.
    `messages_per_minute`: the delivery pace of a number whose `deliverySpeed` is 0 (the plan's).
    `offline_fail_seconds`: a due message fails when its number stays offline this long.
    `unreachable_suffix`: in the sandbox, phones ending in it are not on WhatsApp.
    `wait_seconds`: how long `wait=true` holds a request; None is the contract's (90 s, reset 120 s).
    Webhooks: `webhook_timeout_seconds` per delivery attempt; a failing delivery is retried after
    `webhook_backoff_seconds`, doubling up to `webhook_backoff_cap_seconds` (with jitter), until
    `webhook_retry_seconds` after the event, then given up (and its webhook disabled);
    `webhook_allow`: the addresses (IP networks like `10.0.0.0/8`, or host names) deliveries may
    reach; empty allows every address except link-local and cloud metadata ones, always refused.
    Files: `file_max_bytes` is the largest file stored; `file_fetch_allow` the addresses an upload
    by URL may fetch from (as `webhook_allow`); `file_fetch_timeout_seconds` bounds each fetch."""

    data_dir: Path = field(default_factory=lambda: Path(".sparkbot"))
    database_url: str = ""
    api_key: str | None = None
    qr_first_seconds: float = 60.0
    qr_next_seconds: float = 20.0
    qr_rounds: int = 6
    auth_code_seconds: float = 180.0
    reconnect_seconds: float = 3.0
    delivery_seconds: float = 1.0
    ack_seconds: float = 2.0
    wait_seconds: float | None = None
    messages_per_minute: float = 60.0
    offline_fail_seconds: float = 1800.0
    unreachable_suffix: str = "0000"
    webhook_timeout_seconds: float = 10.0
    webhook_backoff_seconds: float = 5.0
    webhook_backoff_cap_seconds: float = 3600.0
    webhook_retry_seconds: float = 86400.0
    webhook_allow: tuple[str, ...] = ()
    file_max_bytes: int = 100 * 1024 * 1024
    file_fetch_allow: tuple[str, ...] = ()
    file_fetch_timeout_seconds: float = 30.0

    def __post_init__(self) -> None:
        if not self.database_url:
            url = f"sqlite+aiosqlite:///{Path(self.data_dir) / 'sparkbot.db'}"
            object.__setattr__(self, "database_url", url)

    @property
    def qr_window_seconds(self) -> float:
        """How long a login window shows QR codes before the session goes to `timeout`."""
        return self.qr_first_seconds + self.qr_next_seconds * max(self.qr_rounds - 1, 0)

    @classmethod
    def from_env(cls, **overrides: object) -> Self:
        """Settings from `SPARKBOT_DATA_DIR`, `SPARKBOT_DATABASE_URL` and `SPARKBOT_API_KEY`,
        then `overrides` (a `data_dir` override also moves the default SQLite database)."""
        base = cls(
            data_dir=Path(os.environ.get(DATA_DIR_ENV, ".sparkbot")),
            database_url=os.environ.get(DATABASE_URL_ENV, ""),
            api_key=os.environ.get(API_KEY_ENV) or None,
        )
        if (
            "data_dir" in overrides
            and "database_url" not in overrides
            and not os.environ.get(DATABASE_URL_ENV)
        ):
            overrides = {**overrides, "database_url": ""}
        return replace(base, **overrides)  # type: ignore[arg-type]
