"""The `sparkbot` command line: every operation as `sparkbot <resource> <operation>`, and more."""

from __future__ import annotations

import click

from .. import __version__
from ._group import GlobalOptionsGroup
from .commands import configure, demo, devices, keys, node, send, serve
from .context import CliContext
from .listen import WEBHOOK_COMMANDS
from .operations import resource_groups
from .output import FORMATS
from .sandbox import sandbox
from .session import SESSION_COMMANDS

__all__ = ["cli", "main"]


@click.group(cls=GlobalOptionsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sparkbot")
@click.option("--api-key", envvar="SPARKBOT_API_KEY", help="API key (env SPARKBOT_API_KEY, or the profile)")
@click.option("--base-url", envvar="SPARKBOT_API_URL", help="API URL with /v1 (env SPARKBOT_API_URL)")
@click.option("--profile", default="default", show_default=True, help="profile of `sparkbot configure`")
@click.option("--output", type=click.Choice(FORMATS), help="json (when piped), table (on a terminal), ndjson")
@click.option("--timeout", type=float, help="seconds to wait for an answer (default 30)")
@click.pass_context
def cli(
    ctx: click.Context,
    api_key: str | None,
    base_url: str | None,
    profile: str,
    output: str | None,
    timeout: float | None,
) -> None:
    """SparkBot WhatsApp API from the command line.

    The options above may come after the command too: `sparkbot devices list --output json`."""
    state = CliContext(api_key=api_key, base_url=base_url, profile=profile, output=output, timeout=timeout)
    ctx.obj = state
    ctx.call_on_close(state.close)


for _group in resource_groups({"session": SESSION_COMMANDS, "webhooks": WEBHOOK_COMMANDS}):
    cli.add_command(_group)
for _command in (configure, devices, send, sandbox, node, demo, serve, keys):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="sparkbot")
