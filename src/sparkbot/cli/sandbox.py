"""`sparkbot sandbox ...`: the sandbox's simulated phone (scan, pair, inbound, disconnect, outbox),
served beside the API (`.../v1` -> `.../sandbox`) with the same key, through `client.sandbox`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from ..client.errors import SparkBotError
from .context import CliContext, exit_for, pass_state
from .output import echo_answer

if TYPE_CHECKING:
    from ..client.sandbox import SyncSandbox

__all__ = ["sandbox"]


def _run(state: CliContext, call: Callable[[SyncSandbox], Any]) -> None:
    """Runs one call of the client's sandbox (`client.sandbox`) and prints its answer."""
    try:
        answer = call(state.client().sandbox)
    except SparkBotError as exc:
        exit_for(exc)
    echo_answer(answer, state.output, resource="sandbox")


@click.group()
def sandbox() -> None:
    """The sandbox's phone: link a number, write to it, drop its link, see what it sent."""


@sandbox.command("scan")
@click.argument("device")
@click.option("--qr", help="the QR payload to scan (default: the one showing now)")
@pass_state
def scan(state: CliContext, device: str, qr: str | None) -> None:
    """The phone scans the number's QR (show one first: `sparkbot session qr DEVICE`)."""
    _run(state, lambda phone: phone.scan(device, qr=qr))


@sandbox.command("pair")
@click.argument("device")
@click.argument("code")
@pass_state
def pair(state: CliContext, device: str, code: str) -> None:
    """The person types the auth code (`sparkbot session request-number-auth-code`) on the phone."""
    _run(state, lambda phone: phone.pair(device, code))


@sandbox.command("inbound")
@click.argument("device")
@click.argument("phone")
@click.argument("message", required=False)
@click.option("--name", help="the name the contact's phone shows")
@click.option("--group", help="a group WID (...@g.us): they write there")
@click.option("--data", "data_json", metavar="JSON", help="more of the body (media, location, reaction...)")
@pass_state
def inbound(
    state: CliContext,
    device: str,
    phone: str,
    message: str | None,
    name: str | None,
    group: str | None,
    data_json: str | None,
) -> None:
    """PHONE (E.164) writes MESSAGE to the number DEVICE."""
    body: dict[str, Any] = {k: v for k, v in (("name", name), ("group", group)) if v is not None}
    if data_json:
        try:
            extra = json.loads(data_json)
        except ValueError as exc:
            raise click.BadParameter(f"not valid JSON: {exc}", param_hint="--data") from None
        if not isinstance(extra, dict):
            raise click.BadParameter("must be a JSON object", param_hint="--data")
        body.update(extra)
    _run(state, lambda phone_: phone_.inbound(device, phone, message, **body))


@sandbox.command("disconnect")
@click.argument("device")
@click.option(
    "--reason",
    type=click.Choice(["offline", "conflict", "logged_out"]),
    default="offline",
    show_default=True,
    help="why the link drops",
)
@pass_state
def disconnect(state: CliContext, device: str, reason: str) -> None:
    """The number's link drops (the phone went offline, opened elsewhere, or logged out)."""
    _run(state, lambda phone: phone.disconnect(device, reason))


@sandbox.command("outbox")
@click.argument("device")
@pass_state
def outbox(state: CliContext, device: str) -> None:
    """What the simulated WhatsApp carried from the number, one entry per message."""
    _run(state, lambda phone: phone.outbox(device))
