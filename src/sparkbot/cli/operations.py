"""One click command per operation, built from `sparkbot.spec`: `sparkbot <resource> <operation>`."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import click

from ..spec import RESOURCES, Operation, Parameter, find_operation
from .context import CliContext, run_call

__all__ = ["ResourceGroup", "build_command", "resource_groups"]


def option_name(p: Parameter) -> str:
    """`media.url` -> `media-url`: the option of a parameter, without the dashes."""
    return p.python_name.rstrip("_").replace("_", "-")


def _choices(p: Parameter) -> list[str] | None:
    if p.value_map:
        return [k for k, _ in p.value_map]
    if p.options and not p.options_ref and p.options != ("",) and all(isinstance(o, str) for o in p.options):
        return [str(o) for o in p.options]
    return None


def _click_param(p: Parameter) -> click.Parameter:
    name = option_name(p)
    help_text = p.note
    if p.location == "path":
        return click.Argument([p.python_name], required=True)
    if p.type == "boolean":
        return click.Option([f"--{name}/--no-{name}", p.python_name], default=None, help=help_text)
    if p.type == "number":
        kind = click.FLOAT if p.is_float else click.INT
        return click.Option([f"--{name}", p.python_name], type=kind, help=help_text)
    choices = _choices(p)
    if p.type == "string[]":
        return click.Option(
            [f"--{name}", p.python_name], multiple=True, help=f"{help_text} (repeat, or comma-separate)"
        )
    if p.type in {"collection", "json"}:
        return click.Option([f"--{name}", p.python_name], metavar="JSON", help=f"{help_text} (JSON)")
    kind_choice = click.Choice(choices) if choices else click.STRING
    return click.Option([f"--{name}", p.python_name], type=kind_choice, help=help_text)


def _convert(p: Parameter, raw: Any) -> Any:
    if raw is None or raw == ():
        return None
    if p.type == "string[]":
        return [part.strip() for item in raw for part in str(item).split(",") if part.strip()]
    if p.type in {"collection", "json"}:
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise click.BadParameter(f"not valid JSON: {exc}", param_hint=f"--{option_name(p)}") from None
    return raw


def read_data(text: str | None) -> dict[str, Any]:
    """`--data '{"a": 1}'` or `--data @file.json`: extra values keyed by wire name."""
    if not text:
        return {}
    source = Path(text[1:]).read_text("utf-8") if text.startswith("@") else text
    try:
        data = json.loads(source)
    except ValueError as exc:
        raise click.BadParameter(f"not valid JSON: {exc}", param_hint="--data") from None
    if not isinstance(data, dict):
        raise click.BadParameter("must be a JSON object keyed by parameter name", param_hint="--data")
    return data


def build_command(op: Operation) -> click.Command:
    """The command for one operation; its options come from the operation's parameters."""
    params = [_click_param(p) for p in op.client_params]
    by_python = {p.python_name: p for p in op.client_params}

    def callback(
        cli_data_json: str | None, cli_output: str | None, cli_out_file: str | None, **given: Any
    ) -> None:
        values = {by_python[k].name: _convert(by_python[k], v) for k, v in given.items()}
        values = {k: v for k, v in values.items() if v is not None}
        values.update(read_data(cli_data_json))
        state = click.get_current_context().find_object(CliContext)
        run_call(state, op.key, values, cli_output, cli_out_file)

    taken = {option_name(p) for p in op.client_params}
    # `resetDevice` has a `data` flag of its own; there the JSON values option is `--data-json`.
    data_flag = "--data-json" if "data" in taken else "--data"
    params += [
        click.Option(
            [data_flag, "cli_data_json"], metavar="JSON|@FILE", help="more values as JSON keyed by wire name"
        ),
        click.Option(
            ["--output", "cli_output"], type=click.Choice(["json", "table", "ndjson"]), help="format"
        ),
        click.Option(
            ["-o", "--out-file", "cli_out_file"],
            type=click.Path(dir_okay=False),
            help="write a binary answer here",
        ),
    ]
    summary = f"{op.name}: {op.description}"
    return click.Command(
        op.cli_command,
        params=params,
        callback=callback,
        help=f"{summary}\n\n{op.method} /v1{op.path}  (operation {op.key})",
        short_help=op.name,
    )


class ResourceGroup(click.Group):
    """A resource's commands; also answers to the node's and Python's names (`rebootDevice`)."""

    def __init__(self, resource_key: str, extra: Mapping[str, click.Command] | None = None) -> None:
        ops = RESOURCES[resource_key]
        super().__init__(ops[0].cli_resource, help=f"{ops[0].resource}: {len(ops)} operations.")
        self.resource_key = resource_key
        self._built: dict[str, Callable[[], click.Command]] = {op.cli_command: _lazy(op) for op in ops}
        for name, command in (extra or {}).items():
            self.add_command(command, name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*self._built, *self.commands])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        op = find_operation(self.resource_key, cmd_name)
        return self._built[op.cli_command]() if op else None


def _lazy(op: Operation) -> Callable[[], click.Command]:
    cache: list[click.Command] = []

    def get() -> click.Command:
        if not cache:
            cache.append(build_command(op))
        return cache[0]

    return get


def resource_groups(extra: Mapping[str, Mapping[str, click.Command]]) -> list[ResourceGroup]:
    """A group per resource, with the friendly commands of `extra[resource_key]` added."""
    return [ResourceGroup(key, extra.get(key)) for key in RESOURCES]
