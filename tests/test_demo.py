"""The main job runs to the end, over real loopback HTTP."""

from __future__ import annotations

import pytest

from sparkbot import SparkBot
from sparkbot.demo import main

from .recording import DEMO_DEVICE as DEVICE
from .recording import recording_server


def test_the_demo_runs_to_the_end_on_the_embedded_server(capsys: pytest.CaptureFixture[str]) -> None:
    assert main() == 0
    out = capsys.readouterr().out
    assert "Sales: session online" in out
    assert "Support: session online" in out
    assert "'moved': 5" in out
    assert "a bad phone is refused before anything is sent" in out
    assert "inbound: Hi! Has my order 3 shipped? (read)" in out
    assert "outbound: Yes: order 3 left today. (read)" in out
    assert "status resolved, unread 0" in out
    assert out.rstrip().endswith("demo finished.")


def test_the_client_over_loopback_http() -> None:
    with recording_server() as (base_url, seen), SparkBot(api_key="k", base_url=base_url) as client:
        answer = client.session.scan_qr(DEVICE, encoding="image")
        assert answer.content.startswith(b"\x89PNG")
        assert client.queue.route_queue(DEVICE, device="5f0c1e2d3c4b5a6978879606")["ok"] is True
    assert [s["method"] for s in seen] == ["GET", "PATCH"]
