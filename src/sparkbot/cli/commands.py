"""Top-level commands besides the operations: configure, devices, send, node run, demo, serve, keys."""

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

__all__ = ["configure", "demo", "devices", "keys", "node", "send", "serve"]

T = TypeVar("T")


@click.command()
@click.option("--api-key", prompt=True, hide_input=True, help="the API key to store")
@click.option("--base-url", prompt=True, default="http://127.0.0.1:8787/v1", show_default=True)
@click.option("--profile", default="default", show_default=True)
def configure(api_key: str, base_url: str, profile: str) -> None:
    """Store an API key and URL in the profile file (readable by you only)."""
    path = save_profile(Profile(api_key=api_key, base_url=base_url), profile)
    click.echo(f"saved profile {profile!r} to {path}")


@click.group(invoke_without_command=True)
@click.pass_context
def devices(ctx: click.Context) -> None:
    """The account's numbers with their session status (`sparkbot devices` or `devices list`)."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(devices_list)


@devices.command("list")
@pass_state
def devices_list(state: CliContext) -> None:
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
    echo_answer(rows, state.output, resource="devices")


@click.command()
@click.argument("device")
@click.argument("to", metavar="PHONE")
@click.argument("text")
@click.option("--wait", is_flag=True, help="wait until the message leaves the queue (sent or failed)")
@click.option("--max-wait", type=float, default=60.0, show_default=True, help="seconds --wait waits at most")
@pass_state
def send(state: CliContext, device: str, to: str, text: str, wait: bool, max_wait: float) -> None:
    """Send TEXT from the number DEVICE to PHONE (E.164; a group ...@g.us or channel ...@newsletter
    WID works too); prints the queued message (its id and status)."""
    import time

    target = "group" if to.endswith("@g.us") else "channel" if to.endswith("@newsletter") else "phone"
    client = state.client()
    try:
        answer = client.call("send-messages.sendText", {"device": device, target: to, "message": text})
        deadline = time.monotonic() + max_wait
        while wait and isinstance(answer, dict) and answer.get("status") in {"queued", "processing"}:
            if time.monotonic() > deadline:
                check = f"sparkbot outbound-messages get-message {answer.get('id')}"
                echo_error(f"still queued after {max_wait:g} s: see `{check}`")
                sys.exit(1)
            time.sleep(0.2)
            answer = client.outbound_messages.get_message(str(answer["id"]))
    except SparkBotError as exc:
        exit_for(exc)
    echo_answer(answer, state.output, resource="outbound-messages")


@click.group()
def node() -> None:
    """Run operations the way the workflow node does."""


@node.command("run")
@click.option(
    "--parameters",
    "parameters_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="the node's parameters, a node as exported, or a whole workflow export",
)
@click.option(
    "--items",
    "items_file",
    type=click.Path(exists=True, dir_okay=False),
    help="a JSON array, or JSON lines (one item each)",
)
@click.option("--node", "node_name", help="the SparkBot node of a workflow export with several, by name")
@click.option("--continue-on-fail", is_flag=True, help="turn failed items into error items and go on")
@pass_state
def node_run(
    state: CliContext,
    parameters_file: str,
    items_file: str | None,
    node_name: str | None,
    continue_on_fail: bool,
) -> None:
    """Run the node's parameters (as exported from a workflow) over the items; print output items."""
    from ..node import run
    from .nodefiles import NodeFileError, read_items, read_parameters

    try:
        parameters = read_parameters(Path(parameters_file), node_name)
        items = read_items(Path(items_file)) if items_file else None
    except NodeFileError as exc:
        echo_error(str(exc))
        sys.exit(2)
    try:
        out = run(state.client(), parameters, items, continue_on_fail=continue_on_fail)
    except SparkBotError as exc:
        exit_for(exc)
    for item in out:
        click.echo(json.dumps(item, ensure_ascii=False))


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
    from .serverinfo import serve_banner

    argv = ["--host", host, "--port", str(port)]
    if data_dir:
        argv += ["--data-dir", data_dir]
    if database_url:
        argv += ["--database-url", database_url]
    click.echo(serve_banner(host, port, _settings(data_dir, database_url)))
    serve_main(argv)


@click.group()
def keys() -> None:
    """Accounts and their API keys, straight in the server's database (needs the `server` extra)."""


def _settings(data_dir: str | None, database_url: str | None) -> Settings:
    """The server's settings from the flags, then the environment."""
    from ..server import Settings

    overrides: dict[str, object] = {}
    if data_dir:
        overrides["data_dir"] = Path(data_dir)
    if database_url:
        overrides["database_url"] = database_url
    return Settings.from_env(**overrides)


def _on_database(
    data_dir: str | None,
    database_url: str | None,
    work: Callable[[Settings], Coroutine[Any, Any, T]],
    *,
    must_exist: bool = False,
) -> T:
    """Runs `work` on the server settings of the flags, saying which database (on stderr); database
    errors are one line and an exit code. `must_exist`: a SQLite file that is not there is refused,
    not created."""
    import asyncio

    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from .serverinfo import database_label, sqlite_file

    settings = _settings(data_dir, database_url)
    path = sqlite_file(settings.database_url)
    if must_exist and path is not None and not path.exists():
        echo_error(
            f"no database at {path.resolve()}: pass the server's --data-dir (or --database-url, or set "
            "SPARKBOT_DATA_DIR), or make one with `sparkbot keys create`"
        )
        sys.exit(5)
    try:
        label = database_label(settings.database_url)
        answer = asyncio.run(work(settings))
        click.echo(f"database: {label}", err=True)
        return answer
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

    accounts = _on_database(data_dir, database_url, list_keys, must_exist=True)
    echo_answer(accounts, state.output, resource="keys")
