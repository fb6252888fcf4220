"""Iterating every page: `page`/`size`, and `size`/`skip` for webhook logs."""

from __future__ import annotations

import httpx

from sparkbot.client._pagination import next_page_values
from sparkbot.spec import get_operation

from ..recording import Recorder

WEBHOOK = "0123456789abcdef01234567"


def test_next_page_is_asked_while_pages_come_back_full() -> None:
    op = get_operation("numbers.getNumbers")
    assert next_page_values(op, {"size": 2}, [1, 2]) == {"size": 2, "page": 1}
    assert next_page_values(op, {"size": 2, "page": 1}, [3, 4]) == {"size": 2, "page": 2}
    assert next_page_values(op, {"size": 2}, [1]) is None
    assert next_page_values(op, {}, list(range(50))) == {"page": 1}
    assert next_page_values(op, {}, []) is None


def test_webhook_logs_advance_skip() -> None:
    op = get_operation("webhooks.getWebhookLogs")
    assert next_page_values(op, {"size": 3}, [1, 2, 3]) == {"size": 3, "skip": 3}
    assert next_page_values(op, {"size": 3, "skip": 3}, [4, 5, 6]) == {"size": 3, "skip": 6}


def test_iterating_all_numbers(recorder: Recorder) -> None:
    recorder.answers += [
        httpx.Response(200, json=[{"id": 1}, {"id": 2}]),
        httpx.Response(200, json=[{"id": 3}, {"id": 4}]),
        httpx.Response(200, json=[{"id": 5}]),
    ]
    with recorder.sync_client() as client:
        ids = [n["id"] for n in client.numbers.iter_get_numbers(size=2, session_status="online")]
    assert ids == [1, 2, 3, 4, 5]
    assert [r.url.query for r in recorder.requests] == [
        b"sessionStatus=online&size=2",
        b"sessionStatus=online&size=2&page=1",
        b"sessionStatus=online&size=2&page=2",
    ]


async def test_iterating_webhook_logs_async(recorder: Recorder) -> None:
    recorder.answers += [httpx.Response(200, json=[1, 2]), httpx.Response(200, json=[])]
    async with recorder.async_client() as client:
        seen = [item async for item in client.webhooks.iter_get_webhook_logs(WEBHOOK, size=2)]
    assert seen == [1, 2]
    assert [r.url.query for r in recorder.requests] == [b"size=2", b"size=2&skip=2"]
