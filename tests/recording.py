"""A recording transport for client tests: every request is kept, answers are scripted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from sparkbot import AsyncSparkBot, RetryPolicy, SparkBot

BASE_URL = "http://sparkbot.test/v1"
API_KEY = "test-key"
DEVICE = "0123456789abcdef01234567"
OTHER_DEVICE = "76543210fedcba9876543210"

Answer = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """A transport that records requests and answers from a script (default: `{}` 200)."""

    answers: list[httpx.Response | Exception] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.answers:
            return httpx.Response(200, json={})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def sync_client(self, **kwargs: object) -> SparkBot:
        options: dict[str, object] = {"retry_policy": RetryPolicy(max_retries=2), **kwargs}
        return SparkBot(
            api_key=API_KEY,
            base_url=BASE_URL,
            transport=httpx.MockTransport(self),
            sleep=self.sleeps.append,
            **options,  # type: ignore[arg-type]
        )

    def async_client(self, **kwargs: object) -> AsyncSparkBot:
        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        options: dict[str, object] = {"retry_policy": RetryPolicy(max_retries=2), **kwargs}
        return AsyncSparkBot(
            api_key=API_KEY,
            base_url=BASE_URL,
            transport=httpx.MockTransport(self),
            sleep=sleep,
            **options,  # type: ignore[arg-type]
        )
