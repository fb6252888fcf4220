"""One click command per operation, built from `sparkbot.spec`: `sparkbot <resource> <operation>`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._group import ListsValidCommands
from ._resources import RESOURCES
from .context import CliContext, run_call

if TYPE_CHECKING:
    from ..spec import Operation, Parameter

__all__ = ["LIST_ALIASES", "ResourceGroup", "build_command", "resource_groups"]


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
        upload = given.pop("cli_upload_file", None)
        values = {by_python[k].name: _convert(by_python[k], v) for k, v in given.items()}
        values = {k: v for k, v in values.items() if v is not None}
        values.update(read_data(cli_data_json))
        if upload is not None and op.upload is not None:
            values[op.upload.file_param] = upload  # a Path: the client streams it
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
    if op.upload is not None:  # `--file PATH`: a multipart upload instead of `--url`
        params.append(
            click.Option(
                [f"--{op.upload.file_param}", "cli_upload_file"],
                type=click.Path(exists=True, dir_okay=False, path_type=Path),
                help=f"upload this file (multipart/form-data) instead of --{op.upload.instead_of}",
            )
        )
    summary = f"{op.name}: {op.description}"
    return click.Command(
        op.cli_command,
        params=params,
        callback=callback,
        help=f"{summary}\n\n{op.method} /v1{op.path}  (operation {op.key})",
        short_help=op.name,
    )


# `sparkbot chats list DEVICE`: the everyday list of a resource, beside its catalogue name.
LIST_ALIASES = {
    "chats": "getDeviceChats",
    "chat-contacts": "getDeviceContacts",
    "chat-messages": "getChatMessages",
    "chat-files": "getDeviceFiles",
    "groups": "getDeviceGroupChats",
    "channels": "getDeviceChannels",
}


class ResourceGroup(ListsValidCommands):
    """A resource's commands; also answers to the node's and Python's names (`rebootDevice`).

    `sparkbot --help` lists the groups from `_resources` (generated), without reading the
    catalogue; a group reads it when its commands are listed or one is run."""

    def __init__(
        self, name: str, resource_key: str, help: str, extra: Mapping[str, click.Command] | None = None
    ) -> None:
        super().__init__(name, help=help)
        self.resource_key = resource_key
        self._cache: dict[str, click.Command] = {}
        for command_name, command in (extra or {}).items():
            self.add_command(command, command_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        from ..spec import RESOURCES as OPERATIONS_BY_RESOURCE

        ops = OPERATIONS_BY_RESOURCE[self.resource_key]
        alias = ["list"] if self.resource_key in LIST_ALIASES else []
        return sorted([*(op.cli_command for op in ops), *self.commands, *alias])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        from ..spec import find_operation

        if cmd_name in self.commands:
            return self.commands[cmd_name]
        if cmd_name == "list" and self.resource_key in LIST_ALIASES:
            cmd_name = LIST_ALIASES[self.resource_key]
        op = find_operation(self.resource_key, cmd_name)
        if op is None:
            return None
        if op.cli_command not in self._cache:
            self._cache[op.cli_command] = build_command(op)
        return self._cache[op.cli_command]


def resource_groups(extra: Mapping[str, Mapping[str, click.Command]]) -> list[ResourceGroup]:
    """A group per resource, with the friendly commands of `extra[resource_key]` added."""
    return [
        ResourceGroup(name, key, f"{title}: {count} operations.", extra.get(key))
        for name, key, title, count in RESOURCES
    ]
