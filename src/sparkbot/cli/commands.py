"""Top-level commands besides the operations: configure, devices, node run, demo, serve, keys."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..client.errors import SparkBotError
from .config import Profile, save_profile
from .context import CliContext, exit_for, pass_state
from .output import echo_answer, echo_error

if TYPE_CHECKING:
    from ..server import Settings

__all__ = ["configure", "demo", "devices", "keys", "node", "serve"]

T = TypeVar("T")


@click.command()
@click.option("--api-key", prompt=True, hide_input=True, help="the API key to store")
@click.option("--base-url", prompt=True, default="http://127.0.0.1:8787/v1", show_default=True)
@click.option("--profile", default="default", show_default=True)
def configure(api_key: str, base_url: str, profile: str) -> None:
    """Store an API key and URL in the profile file (readable by you only)."""
    path = save_profile(Profile(api_key=api_key, base_url=base_url), profile)
    click.echo(f"saved profile {profile!r} to {path}")


@click.command()
@pass_state
def devices(state: CliContext) -> None:
    """List the account's numbers with their session status."""
    try:
        numbers = list(state.client().numbers.iter_get_numbers())
    except SparkBotError as exc:
        exit_for(exc)
    rows = [
        {
            "id": n.get("id"),
            "alias": n.get("alias"),
            "phone": n.get("phone"),
            "status": n.get("status"),
            "session": (n.get("session") or {}).get("status") if isinstance(n.get("session"), dict) else None,
        }
        for n in numbers
    ]
    echo_answer(rows, state.output)


@click.group()
def node() -> None:
    """Run operations the way the workflow node does."""


@node.command("run")
@click.option("--parameters", "parameters_file", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--items", "items_file", type=click.Path(exists=True, dir_okay=False), help="JSON lines, one item each"
)
@click.option("--continue-on-fail", is_flag=True, help="turn failed items into error items and go on")
@pass_state
def node_run(state: CliContext, parameters_file: str, items_file: str | None, continue_on_fail: bool) -> None:
    """Run the node's parameters (as exported from a workflow) over the items; print output items."""
    from ..node import run

    parameters: dict[str, Any] = json.loads(Path(parameters_file).read_text("utf-8"))
    parameters = parameters.get("parameters", parameters)
    items = None
    if items_file:
        lines = Path(items_file).read_text("utf-8").splitlines()
        items = [_as_item(json.loads(line)) for line in lines if line.strip()]
    try:
        out = run(state.client(), parameters, items, continue_on_fail=continue_on_fail)
    except SparkBotError as exc:
        exit_for(exc)
    for item in out:
        click.echo(json.dumps(item, ensure_ascii=False))


def _as_item(entry: Any) -> dict[str, Any]:
    return entry if isinstance(entry, dict) and "json" in entry else {"json": entry}


@click.command()
def demo() -> None:
    """The end-to-end demo (the README's first command)."""
    from ..demo import main

    raise SystemExit(main())


def _database_options(f: Any) -> Any:
    """`--data-dir` and `--database-url`, for the commands that use the server's database."""
    f = click.option(
        "--database-url",
        envvar="SPARKBOT_DATABASE_URL",
        help="SQLAlchemy URL (default: SQLite in --data-dir)",
    )(f)
    return click.option(
        "--data-dir", type=click.Path(file_okay=False), envvar="SPARKBOT_DATA_DIR", help="where data lives"
    )(f)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=8787, show_default=True, help="port to listen on")
@_database_options
def serve(host: str, port: int, data_dir: str | None, database_url: str | None) -> None:
    """Run the SparkBot-compatible server with the sandbox (needs the `server` extra)."""
    from ..server.__main__ import main as serve_main

    argv = ["--host", host, "--port", str(port)]
    if data_dir:
        argv += ["--data-dir", data_dir]
    if database_url:
        argv += ["--database-url", database_url]
    serve_main(argv)


@click.group()
def keys() -> None:
    """Accounts and their API keys, straight in the server's database (needs the `server` extra)."""


def _on_database(
    data_dir: str | None, database_url: str | None, work: Callable[[Settings], Coroutine[Any, Any, T]]
) -> T:
    """Runs `work` on the server settings of the flags; database errors are one line and an exit code."""
    import asyncio

    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from ..server import Settings

    overrides: dict[str, object] = {}
    if data_dir:
        overrides["data_dir"] = Path(data_dir)
    if database_url:
        overrides["database_url"] = database_url
    try:
        return asyncio.run(work(Settings.from_env(**overrides)))
    except ArgumentError as exc:
        echo_error(f"bad database URL: {exc}")
        sys.exit(3)
    except (OSError, SQLAlchemyError) as exc:
        echo_error(f"database: {(str(exc) or type(exc).__name__).splitlines()[0]}")
        sys.exit(8)


@keys.command("create")
@click.option("--name", default="default", show_default=True, help="the account's name")
@click.option("--key", help="the API key to give it (default: a new random one)")
@_database_options
@pass_state
def keys_create(
    state: CliContext, name: str, key: str | None, data_dir: str | None, database_url: str | None
) -> None:
    """Add an account and print its API key.

    The key is shown only this once: the database keeps only its hash."""
    from ..server import KeyExistsError, create_key

    try:
        account_id, created = _on_database(data_dir, database_url, lambda s: create_key(s, name, key))
    except ValueError as exc:
        echo_error(str(exc))
        sys.exit(2)
    except KeyExistsError as exc:
        echo_error(str(exc))
        sys.exit(6)
    # never a table: a table may cut the key short
    echo_answer(
        {"id": account_id, "name": name, "key": created}, "ndjson" if state.output == "ndjson" else "json"
    )
    click.echo("keep the key now: it is not stored and will not be shown again", err=True)


@keys.command("list")
@_database_options
@pass_state
def keys_list(state: CliContext, data_dir: str | None, database_url: str | None) -> None:
    """List the accounts: id, name and when created (never their keys)."""
    from ..server import list_keys

    echo_answer(_on_database(data_dir, database_url, list_keys), state.output)
