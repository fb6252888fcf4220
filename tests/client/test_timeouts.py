"""Timeouts: a default, a per-call override, and long enough for the server's waits."""

from __future__ import annotations

import httpx
import pytest

from sparkbot import SparkBot

from ..recording import DEVICE, Recorder


def _read(recorder: Recorder) -> float:
    return float(recorder.last.extensions["timeout"]["read"])


def test_default_timeout(client: SparkBot, recorder: Recorder) -> None:
    client.session.reboot_device(DEVICE)
    assert _read(recorder) == 30.0


@pytest.mark.parametrize(
    ("call", "read"),
    [
        (lambda c: c.session.reboot_device(DEVICE, wait=True), 105.0),
        (lambda c: c.session.start_device(DEVICE, wait=True), 105.0),
        (lambda c: c.queue.empty_queue(DEVICE, wait=True), 105.0),
        (lambda c: c.session.reset_device(DEVICE, wait=True), 135.0),
    ],
)
def test_wait_true_outlasts_the_server_wait(client: SparkBot, recorder: Recorder, call, read: float) -> None:  # type: ignore[no-untyped-def]
    call(client)
    assert _read(recorder) == read


def test_a_longer_timeout_is_kept(recorder: Recorder) -> None:
    with recorder.sync_client(timeout=300.0) as client:
        client.session.reboot_device(DEVICE, wait=True)
    assert _read(recorder) == 300.0


def test_per_call_timeout(client: SparkBot, recorder: Recorder) -> None:
    client.session.device_health(DEVICE, timeout=httpx.Timeout(2.0))
    assert _read(recorder) == 2.0
