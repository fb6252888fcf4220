"""`sparkbot webhooks listen` against the live server over loopback: it creates a webhook pointing
at itself, shows a sandbox inbound message as it happens (a line on a terminal, NDJSON when asked),
forwards deliveries with their signature, and deletes its webhook when it stops."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sparkbot.cli import cli
from sparkbot.cli.listen import summary
from sparkbot.webhooks import WebhookVerificationError, verify

from ..live import Live
from ..server.receiver import receiving

PHONE = "+447362053576"


def _listen_while(live: Live, act: Any, output: str, *args: str) -> Result:
    """Run `listen` in a thread; once its webhook exists, `act()`; answers the command's result."""
    result: list[Result] = []
    before = {w["id"] for w in live.client.webhooks.get_webhooks()}
    thread = threading.Thread(
        target=lambda: result.append(
            CliRunner().invoke(cli, ["--output", output, "webhooks", "listen", *args])
        ),
        daemon=True,
    )
    thread.start()
    live.wait_for(lambda: {w["id"] for w in live.client.webhooks.get_webhooks()} - before != set(), 10)
    act()
    thread.join(30)
    assert result, "listen did not stop"
    return result[0]


def test_listen_prints_an_inbound_message_and_deletes_its_webhook(sparkbot: Live) -> None:
    device, _ = sparkbot.linked_number("Listen")

    def write() -> None:
        inbound = {"phone": PHONE, "name": "Ana", "message": "is anyone there?"}
        sparkbot.sandbox.post(f"/devices/{device}/inbound", json=inbound).raise_for_status()

    result = _listen_while(
        sparkbot, write, "table", "--events", "message:in:new", "--device", device, "--max-events", "1"
    )
    assert result.exit_code == 0, result.output
    line = [ln for ln in result.stdout.splitlines() if "message:in:new" in ln]
    assert len(line) == 1, result.output
    assert device in line[0]
    assert "'is anyone there?'" in line[0]
    assert "listening on http://127.0.0.1:" in result.stderr
    assert "deleted webhook" in result.stderr
    assert sparkbot.client.webhooks.get_webhooks() == []  # deleted on exit


def test_listen_ndjson_and_forward_to(sparkbot: Live) -> None:
    device, _ = sparkbot.linked_number("Forward")
    with receiving() as target:

        def write() -> None:
            for text in ("one", "two"):
                inbound = {"phone": PHONE, "message": text}
                sparkbot.sandbox.post(f"/devices/{device}/inbound", json=inbound).raise_for_status()

        result = _listen_while(
            sparkbot,
            write,
            "ndjson",
            "--device",
            device,
            "--events",
            "message:in:new",
            "--max-events",
            "2",
            "--forward-to",
            target.url,
        )
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["event"], e["data"]["body"], e["forwarded"]) for e in events] == [
        ("message:in:new", "one", 200),
        ("message:in:new", "two", 200),
    ]
    forwarded = target.deliveries()
    assert [f.id for f in forwarded] == [e["id"] for e in events]
    with pytest.raises(WebhookVerificationError) as refused:
        verify(forwarded[0].body, forwarded[0].headers, "not-the-secret")  # signed with the webhook's
    assert refused.value.reason == "bad_signature"


def test_listen_refuses_an_unknown_event(sparkbot: Live) -> None:
    result = CliRunner().invoke(cli, ["webhooks", "listen", "--events", "message:maybe"])
    assert result.exit_code == 2
    assert "unknown event(s) message:maybe" in result.output
    assert "message:in:new" in result.output


def test_summary_picks_the_useful_parts() -> None:
    event = {"data": {"flow": "inbound", "status": "delivered", "chat": "1@c.us", "body": "x" * 100}}
    assert summary(event) == "inbound delivered 1@c.us '" + "x" * 57 + "...'"
    assert summary({"data": None}) == ""
