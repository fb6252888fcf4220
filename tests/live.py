"""The real SparkBot server with its sandbox, on loopback HTTP, for the node-runner and CLI tests.

`live_server` starts `sparkbot.demo.embedded_server` (uvicorn in a thread, SQLite in a temporary
folder) with fast sandbox timings; the `live` fixture (module scope: one server per test module)
yields a `Live` with a client, the sandbox's phone and helpers that create and link numbers.
Every test makes its own numbers, so tests sharing a server do not see each other's state.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from sparkbot import AsyncSparkBot, SparkBot
from sparkbot.demo import embedded_server

__all__ = ["API_KEY", "TIMING", "Live", "live", "live_server"]

API_KEY = "live-test-key-9f1c2e7a5b"
# Seconds on the server's (wall) clock: a reboot is back online 0.2 s later.
TIMING = {"reconnect_seconds": 0.2, "delivery_seconds": 0.05, "ack_seconds": 0.05}
MISSING = "0123456789abcdef01234567"  # well-formed, in no account


@dataclass
class Live:
    """A running server: `client` talks to `/v1`, `sandbox` is the simulated phone (`/sandbox`)."""

    root: str
    client: SparkBot
    sandbox: httpx.Client
    api_key: str = API_KEY

    @property
    def base_url(self) -> str:
        return f"{self.root}/v1"

    def sync_client(self, **options: Any) -> SparkBot:
        return SparkBot(api_key=self.api_key, base_url=self.base_url, **options)

    def async_client(self, **options: Any) -> AsyncSparkBot:
        return AsyncSparkBot(api_key=self.api_key, base_url=self.base_url, **options)

    def number(self, alias: str = "Sales") -> str:
        """A new, never linked number: its id."""
        return str(self.client.numbers.create_number(alias=alias, billing_plan="professional")["id"])

    def link(self, device: str) -> str:
        """Shows the number's QR and has the sandbox's phone scan it: the phone it is linked with."""
        self.client.session.scan_qr(device, encoding="json")
        answer = self.sandbox.post(f"/devices/{device}/scan")
        answer.raise_for_status()
        assert answer.json()["session"]["status"] == "online", answer.text
        return str(answer.json()["phone"])

    def linked_number(self, alias: str = "Sales") -> tuple[str, str]:
        """A new number linked by QR: (id, phone)."""
        device = self.number(alias)
        return device, self.link(device)

    def session_status(self, device: str) -> str:
        return str(self.client.session.sync_session(device)["status"])

    def wait_for(self, check: Callable[[], bool], seconds: float = 5.0) -> None:
        """Polls `check` every 20 ms until it holds; fails after `seconds`."""
        deadline = time.monotonic() + seconds
        while not check():
            if time.monotonic() > deadline:
                raise AssertionError(f"not reached within {seconds} s")
            time.sleep(0.02)


@contextmanager
def live_server(data_dir: Path) -> Iterator[Live]:
    """The embedded server on a free port, with a client and the sandbox authenticated."""
    with (
        embedded_server(data_dir, API_KEY, **TIMING) as root,
        SparkBot(api_key=API_KEY, base_url=f"{root}/v1") as client,
        httpx.Client(base_url=f"{root}/sandbox", headers={"Token": API_KEY}, timeout=30) as sandbox,
    ):
        yield Live(root, client, sandbox)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """One real server per test module (starting one costs about half a second)."""
    with live_server(tmp_path_factory.mktemp("live-server")) as server:
        yield server
