"""The root group's parsing: global options are taken after the command too, and a wrong command
name answers with the valid ones."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import click

__all__ = [
    "GLOBAL_OPTIONS",
    "GlobalOptionsGroup",
    "ListsValidCommands",
    "hoist_global_options",
    "no_such_command",
]

# The root group's options that take a value; found after the command, they move in front of it.
GLOBAL_OPTIONS = ("--api-key", "--base-url", "--profile", "--output", "--timeout")


def _takes_value(param: click.Parameter) -> bool:
    return isinstance(param, click.Option) and not param.is_flag and not param.count


def _leaf(group: click.Group, ctx: click.Context, args: Sequence[str]) -> tuple[click.Command | None, int]:
    """The command `args` name (walking the groups) and the index of its first own argument."""
    command: click.Command = group
    index = 0
    while index < len(args):
        token = args[index]
        if token == "--":
            return None, len(args)
        if token.startswith("-"):
            if command is not group:  # a group's options: the group itself runs (`devices --output`)
                return command, index
            # before the first command only the root's options come; they all take a value
            name = token.split("=", 1)[0]
            index += 2 if command is group and name in GLOBAL_OPTIONS and "=" not in token else 1
            continue
        if not isinstance(command, click.Group):
            return command, index
        sub = command.get_command(ctx, token)
        if sub is None:
            return None, len(args)
        command = sub
        index += 1
        if not isinstance(command, click.Group):
            return command, index
    return (command if command is not group else None), index


def hoist_global_options(group: click.Group, ctx: click.Context, args: Sequence[str]) -> list[str]:
    """`devices list --output json` -> `--output json devices list`: the global options found after
    the command (and not its own options too, like an operation's `--output`) move in front."""
    leaf, start = _leaf(group, ctx, args)
    if leaf is None:
        return list(args)
    own: dict[str, bool] = {}
    for param in leaf.params:
        for opt in (*param.opts, *param.secondary_opts):
            own[opt] = _takes_value(param)
    moved: list[str] = []
    kept = list(args[:start])
    index = start
    while index < len(args):
        token = args[index]
        name = token.split("=", 1)[0]
        if token == "--":
            kept += args[index:]
            break
        if name in own:
            width = 2 if own[name] and "=" not in token else 1
            kept += args[index : index + width]
            index += width
        elif name in GLOBAL_OPTIONS:
            width = 1 if "=" in token else 2
            moved += args[index : index + width]
            index += width
        else:
            kept.append(token)
            index += 1
    return moved + kept


def no_such_command(name: str, valid: Iterable[str], ctx: click.Context) -> click.UsageError:
    """click's "did you mean"; with no close match, the valid names."""
    names = sorted(valid)
    error = click.exceptions.NoSuchCommand(name, possibilities=names, ctx=ctx)
    if error.possibilities:
        return error
    return click.UsageError(f"No such command {name!r}. Valid: {', '.join(names)}.", ctx)


class ListsValidCommands(click.Group):
    """A group that answers a wrong command name with the valid ones (`no_such_command`)."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        if self.get_command(ctx, name) is None and not name.startswith("-") and not ctx.resilient_parsing:
            raise no_such_command(name, self.list_commands(ctx), ctx)
        return super().resolve_command(ctx, args)


class GlobalOptionsGroup(ListsValidCommands):
    """The root group: global options anywhere, and the valid commands on a wrong one."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(self, ctx, args))
