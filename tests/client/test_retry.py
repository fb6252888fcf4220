"""Retry decisions (pure) and the clients' retry loop with an injected sleep."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from sparkbot import APIConnectionError, ConflictError, InternalServerError, RateLimitError
from sparkbot.client._retry import RetryPolicy, parse_retry_after, retry_delay

from ..recording import DEVICE, Recorder

POLICY = RetryPolicy(max_retries=3, initial_delay=0.5, max_delay=8.0, jitter=0.25)


@pytest.mark.parametrize(
    ("safe", "status", "failure", "retried"),
    [
        (True, 500, None, True),
        (True, 503, None, True),
        (True, 501, None, False),
        (True, 505, None, False),
        (True, 429, None, True),
        (True, 404, None, False),
        (True, 409, None, False),
        (True, None, "timeout", True),
        (True, None, "transport", True),
        (True, None, "connect", True),
        (False, 500, None, False),
        (False, 503, None, False),
        (False, None, "timeout", False),
        (False, None, "transport", False),
        (False, None, "connect", True),
        (False, 429, None, True),
    ],
)
def test_what_is_retried(safe: bool, status: int | None, failure: str | None, retried: bool) -> None:
    delay = retry_delay(POLICY, attempt=0, safe=safe, status=status, failure=failure, rand=lambda: 0.0)  # type: ignore[arg-type]
    assert (delay is not None) is retried


def test_backoff_grows_jittered_and_capped() -> None:
    delays = [retry_delay(POLICY, attempt=a, safe=True, status=500, rand=lambda: 0.0) for a in range(3)]
    assert delays == [0.5, 1.0, 2.0]
    jittered = retry_delay(POLICY, attempt=0, safe=True, status=500, rand=lambda: 1.0)
    assert jittered == pytest.approx(0.5 * 0.75)
    capped = RetryPolicy(max_retries=10, initial_delay=1, max_delay=3)
    assert retry_delay(capped, attempt=6, safe=True, status=500, rand=lambda: 0.0) == 3


def test_no_retry_past_the_limit() -> None:
    assert retry_delay(POLICY, attempt=3, safe=True, status=500) is None


def test_retry_after_is_honoured() -> None:
    assert retry_delay(POLICY, attempt=0, safe=False, status=429, retry_after="7") == 7.0
    assert retry_delay(POLICY, attempt=0, safe=True, status=429, retry_after="3600") is None


def test_retry_after_as_an_http_date() -> None:
    now = datetime(2026, 11, 21, 10, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Sat, 21 Nov 2026 10:00:12 GMT", now=now) == 12.0
    assert parse_retry_after("soon") is None


def test_a_get_is_retried_until_it_succeeds(recorder: Recorder) -> None:
    recorder.answers += [
        httpx.Response(503, json={"error": "unavailable"}),
        httpx.ConnectError("refused"),
        httpx.Response(200, json=[{"id": DEVICE}]),
    ]
    with recorder.sync_client() as client:
        assert client.numbers.get_numbers() == [{"id": DEVICE}]
    assert len(recorder.requests) == 3
    assert len(recorder.sleeps) == 2


def test_a_get_gives_up_after_max_retries(recorder: Recorder) -> None:
    recorder.answers += [httpx.Response(500)] * 5
    with recorder.sync_client(max_retries=2) as client, pytest.raises(InternalServerError):
        client.numbers.get_numbers()
    assert len(recorder.requests) == 3


def test_sending_a_message_is_never_retried_after_a_5xx(recorder: Recorder) -> None:
    recorder.answers += [httpx.Response(502), httpx.Response(201, json={"id": "x"})]
    with recorder.sync_client() as client, pytest.raises(InternalServerError):
        client.send_messages.send_text(device=DEVICE, phone="+16001234560", message="hi")
    assert len(recorder.requests) == 1


def test_sending_a_message_is_never_retried_after_a_dropped_connection(recorder: Recorder) -> None:
    recorder.answers += [httpx.ReadError("reset"), httpx.Response(201, json={"id": "x"})]
    with recorder.sync_client() as client, pytest.raises(APIConnectionError):
        client.send_messages.send_text(device=DEVICE, phone="+16001234560", message="hi")
    assert len(recorder.requests) == 1


def test_sending_is_retried_when_nothing_reached_the_api(recorder: Recorder) -> None:
    recorder.answers += [
        httpx.ConnectError("refused"),
        httpx.Response(429, headers={"retry-after": "2"}),
        httpx.Response(201, json={"id": "x", "status": "queued"}),
    ]
    with recorder.sync_client() as client:
        answer = client.send_messages.send_text(device=DEVICE, phone="+16001234560", message="hi")
    assert answer["status"] == "queued"
    assert len(recorder.requests) == 3
    assert recorder.sleeps[1] == 2.0


def test_a_429_past_the_limit_raises(recorder: Recorder) -> None:
    recorder.answers += [httpx.Response(429)] * 3
    with recorder.sync_client(max_retries=1) as client, pytest.raises(RateLimitError):
        client.numbers.get_numbers()


def test_client_errors_are_not_retried(recorder: Recorder) -> None:
    recorder.answers += [httpx.Response(409, json={"error": "conflict", "message": "pass force"})]
    with recorder.sync_client() as client, pytest.raises(ConflictError):
        client.session.sync_session(DEVICE)
    assert recorder.sleeps == []


async def test_the_async_client_retries_with_its_sleep(recorder: Recorder) -> None:
    recorder.answers += [httpx.Response(500), httpx.Response(200, json={"ok": True})]
    async with recorder.async_client() as client:
        assert await client.session.device_health(DEVICE) == {"ok": True}
    assert len(recorder.sleeps) == 1
