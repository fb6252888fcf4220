"""The state a command needs (settings, a client), and running a call with clear errors and exit codes."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

import click

from ..client.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    SparkBotError,
    ValidationError,
)
from .config import resolve_settings
from .output import echo_answer, echo_error

if TYPE_CHECKING:
    from ..client import SparkBot

__all__ = ["EXIT_CODES", "CliContext", "exit_for", "run_call"]

# Exit codes by error class, most specific first (documented in docs/cli.md).
EXIT_CODES: tuple[tuple[type[Exception], int], ...] = (
    (ValidationError, 2),
    (ConfigurationError, 3),
    (AuthenticationError, 4),
    (PermissionDeniedError, 4),
    (NotFoundError, 5),
    (ConflictError, 6),
    (APIStatusError, 7),
    (APIConnectionError, 8),
    (SparkBotError, 1),
)


@dataclass
class CliContext:
    api_key: str | None = None
    base_url: str | None = None
    profile: str = "default"
    output: str | None = None
    timeout: float | None = None
    _client: SparkBot | None = field(default=None, repr=False)

    def client(self) -> SparkBot:
        if self._client is None:
            from ..client import SparkBot  # httpx loads when a command calls the API, not for --help

            settings = resolve_settings(self.api_key, self.base_url, self.profile)
            self._client = SparkBot(
                api_key=settings.api_key, base_url=settings.base_url, timeout=self.timeout
            )
            hint = base_url_hint(self._client.base_url)
            if hint:
                click.secho(f"hint: {hint}", fg="yellow", err=True)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def base_url_hint(base_url: str) -> str | None:
    """A hint for a base URL without `/v1` (where the API lives), else None."""
    from urllib.parse import urlsplit

    path = urlsplit(base_url).path.rstrip("/")
    if path.endswith("/v1"):
        return None
    return f"the base URL usually ends in /v1: did you mean {base_url.rstrip('/')}/v1?"


_API_WORDS = re.compile(r"\bpass ([a-z][A-Za-z]*)=true\b|\bpass (force|wait|sync)\b")


def flag_words(message: str) -> str:
    """The API's words for a parameter as the command line's flag: `pass force=true to ...` ->
    `use --force to ...`."""

    def flag(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        return "use --" + re.sub(r"(?<!^)([A-Z])", r"-\1", name).lower()

    return _API_WORDS.sub(flag, message)


def exit_for(error: Exception) -> NoReturn:
    """Prints `error` as one line and exits with its class's code (a node run's failed item: the
    code of the item's error, so a 404 exits with 5 there too)."""
    from ..node.runner import NodeOperationError

    cause = error.error if isinstance(error, NodeOperationError) else error
    message = str(error)
    if isinstance(cause, ConflictError):
        message = flag_words(message)
    echo_error(message)
    for cls, code in EXIT_CODES:
        if isinstance(cause, cls):
            sys.exit(code)
    sys.exit(1)


def run_call(
    ctx: CliContext | None, operation: str, values: dict[str, Any], output: str | None, out_file: str | None
) -> None:
    state = ctx or CliContext()
    try:
        answer = state.client().call(operation, values)
    except SparkBotError as exc:
        exit_for(exc)
    echo_answer(answer, output or state.output, out_file, resource=operation.split(".", 1)[0])


def pass_state(f: Any) -> Any:
    return click.make_pass_decorator(CliContext, ensure=True)(f)
