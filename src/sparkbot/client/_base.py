"""What the sync and async clients share: configuration, request building and retry decisions."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import PurePath
from typing import Any

import httpx

from .. import __version__
from .._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT_SECONDS,
    DEFAULT_TIMEOUT_SECONDS,
    USER_AGENT,
)
from ..spec import Operation, get_operation
from ._request import PreparedRequest, build_request
from ._retry import Failure, RetryPolicy, retry_delay
from .errors import APIConnectionError, APIError, APITimeoutError, ConfigurationError, ValidationError
from .sandbox import sandbox_url

__all__ = ["BaseClient", "TimeoutTypes"]

TimeoutTypes = float | httpx.Timeout | None


class BaseClient:
    """Configuration and the pure steps around sending; the shells only send and sleep."""

    api_key: str
    base_url: str
    timeout: httpx.Timeout
    retry_policy: RetryPolicy

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int | None,
        retry_policy: RetryPolicy | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV, "")
        if not key.strip():
            raise ConfigurationError(
                f"no SparkBot API key: pass api_key=... or set {API_KEY_ENV} (nothing was sent)"
            )
        url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        if not url.startswith(("http://", "https://")):
            raise ConfigurationError(f"base_url must start with http:// or https://, got {url!r}")
        self.api_key = key.strip()
        self.base_url = url.rstrip("/")
        self.timeout = _as_timeout(timeout)
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = RetryPolicy(
                max_retries, policy.initial_delay, policy.max_delay, policy.jitter, policy.retry_after_max
            )
        self.retry_policy = policy
        self.default_headers = dict(default_headers or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _prepare(self, operation: str, values: Mapping[str, Any]) -> tuple[Operation, PreparedRequest]:
        op = get_operation(operation)
        return op, build_request(op, values)

    def _timeout_for(self, prepared: PreparedRequest, timeout: TimeoutTypes) -> httpx.Timeout:
        chosen = self.timeout if timeout is None else _as_timeout(timeout)
        floor = prepared.min_read_timeout
        if floor is None or (chosen.read is not None and chosen.read >= floor):
            return chosen
        return httpx.Timeout(connect=chosen.connect, read=floor, write=chosen.write, pool=chosen.pool)

    @contextmanager
    def _upload_files(self, prepared: PreparedRequest) -> Iterator[dict[str, Any] | None]:
        """httpx's `files=` for a multipart upload, None for any other call. A path is opened here,
        for the whole call (its retries too: httpx rewinds the file), closed after, and streamed."""
        upload = prepared.upload
        if upload is None:
            yield None
            return
        with ExitStack() as stack:
            source: Any = upload.source
            if isinstance(source, PurePath):
                try:
                    source = stack.enter_context(open(source, "rb"))
                except OSError as exc:
                    problem = {"field": "file", "message": f"cannot read {source}: {exc.strerror or exc}"}
                    raise ValidationError(prepared.operation, [problem]) from None
            yield {"file": (upload.filename, source)}

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        prepared: PreparedRequest,
        timeout: TimeoutTypes,
        files: Mapping[str, Any] | None = None,
    ) -> httpx.Request:
        headers = {
            "User-Agent": f"{USER_AGENT}/{__version__}",
            **self.default_headers,
            "Token": self.api_key,
            **dict(prepared.headers),
        }
        if files is not None and prepared.upload is not None:
            form: dict[str, list[str]] = {}
            for name, text in prepared.upload.fields:
                form.setdefault(name, []).append(text)
            return http.build_request(
                prepared.method,
                self.base_url + prepared.path,
                params=list(prepared.query),
                data=form,
                files=files,
                headers=headers,
                timeout=self._timeout_for(prepared, timeout),
            )
        return http.build_request(
            prepared.method,
            self.base_url + prepared.path,
            params=list(prepared.query),
            json=prepared.json if prepared.has_body else None,
            headers=headers,
            timeout=self._timeout_for(prepared, timeout),
        )

    def _sandbox_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        path: str,
        body: Mapping[str, Any] | None,
    ) -> httpx.Request:
        """A request to the sandbox beside the API (`client.sandbox`), with the key and headers."""
        headers = {"User-Agent": f"{USER_AGENT}/{__version__}", **self.default_headers, "Token": self.api_key}
        url = sandbox_url(self.base_url) + path
        return http.build_request(method, url, json=body, headers=headers, timeout=self.timeout)

    def _delay_after_response(
        self, prepared: PreparedRequest, attempt: int, response: httpx.Response
    ) -> float | None:
        if response.status_code < 400 or (prepared.upload and not prepared.upload.rewindable):
            return None
        return retry_delay(
            self.retry_policy,
            attempt=attempt,
            safe=prepared.safe,
            status=response.status_code,
            retry_after=response.headers.get("retry-after"),
        )

    def _failure(self, request: httpx.Request, exc: httpx.TransportError) -> tuple[Failure, APIError]:
        if isinstance(exc, httpx.ConnectTimeout):
            return "connect", APITimeoutError(
                f"could not connect to {request.url.host} in time", request=request
            )
        if isinstance(exc, httpx.TimeoutException):
            return "timeout", APITimeoutError(
                f"no answer from {request.url.host} in time ({exc})", request=request
            )
        if isinstance(exc, httpx.ConnectError):
            return "connect", APIConnectionError(
                f"could not connect to {request.url.host}: {exc}", request=request
            )
        return "transport", APIConnectionError(
            f"connection to {request.url.host} failed: {exc}", request=request
        )

    def _delay_after_failure(self, prepared: PreparedRequest, attempt: int, failure: Failure) -> float | None:
        if prepared.upload and not prepared.upload.rewindable:  # the stream is spent
            return None
        return retry_delay(self.retry_policy, attempt=attempt, safe=prepared.safe, failure=failure)


def _as_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS)
    return httpx.Timeout(timeout, connect=min(timeout, DEFAULT_CONNECT_TIMEOUT_SECONDS))
