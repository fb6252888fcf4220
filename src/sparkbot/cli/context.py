"""The state a command needs (settings, a client), and running a call with clear errors and exit codes."""

from __future__ import annotations

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
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def exit_for(error: Exception) -> NoReturn:
    """Prints `error` as one line and exits with its class's code (a node run's failed item: the
    code of the item's error, so a 404 exits with 5 there too)."""
    from ..node.runner import NodeOperationError

    echo_error(str(error))
    cause = error.error if isinstance(error, NodeOperationError) else error
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
