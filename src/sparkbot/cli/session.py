"""Friendly session commands: a QR drawn in the terminal until linked, reboot with a spinner."""

from __future__ import annotations

import time
from typing import Any

import click

from ..client.errors import ConflictError, SparkBotError
from .context import CliContext, exit_for, pass_state
from .output import echo_answer

__all__ = ["SESSION_COMMANDS", "qr_payload"]


def qr_payload(answer: Any) -> str | None:
    """The text a QR encodes, from a `json` or `uri` answer of scan QR."""
    if isinstance(answer, str):
        return answer
    if isinstance(answer, dict):
        for key in ("payload", "uri", "qr", "data", "value"):
            if isinstance(answer.get(key), str):
                return str(answer[key])
    return None


def _draw(payload: str) -> None:
    import segno

    click.clear()
    segno.make(payload, error="l").terminal(compact=True)
    click.echo("Scan with WhatsApp: Settings > Linked devices > Link a device. Ctrl-C to stop.")


@click.command("qr")
@click.argument("device")
@click.option("--force", is_flag=True, help="destroy the current session and show a new QR")
@click.option("-o", "--out-file", type=click.Path(dir_okay=False), help="write the QR to a .png or .svg file")
@click.option("--interval", type=float, default=2.0, show_default=True, help="seconds between checks")
@click.option("--max-wait", type=float, default=300.0, show_default=True, help="give up after this long")
@pass_state
def qr(
    state: CliContext, device: str, force: bool, out_file: str | None, interval: float, max_wait: float
) -> None:
    """Show the number's QR in the terminal, redrawn as it rotates, until the number is linked."""
    client = state.client()
    try:
        if out_file:
            svg = out_file.lower().endswith(".svg")
            answer = client.session.scan_qr(device, encoding="svg" if svg else "image", force=force or None)
            echo_answer(answer, None, out_file)
            return
        shown: str | None = None
        deadline = time.monotonic() + max_wait
        while time.monotonic() < deadline:
            status = client.session.sync_session(device)
            if isinstance(status, dict) and status.get("status") == "online":
                click.echo(f"linked: {device} is online")
                return
            payload = None
            try:
                payload = qr_payload(client.session.scan_qr(device, encoding="json", force=force or None))
            except ConflictError as exc:
                # linked since the check above, while a QR was showing: the next check tells
                if shown is None or exc.code != "already_linked":
                    raise
            force = False
            if payload and payload != shown:
                _draw(payload)
                shown = payload
            time.sleep(interval)
        raise click.ClickException(f"{device} was not linked within {max_wait:g} s")
    except SparkBotError as exc:
        exit_for(exc)


@click.command("reboot")
@click.argument("device")
@click.option("--force", is_flag=True, help="reboot even if the session is stopped")
@click.option("--wait", is_flag=True, help="answer only once the session is online again")
@click.option("--sync", is_flag=True, help="sync the session after the reboot")
@pass_state
def reboot(state: CliContext, device: str, force: bool, wait: bool, sync: bool) -> None:
    """Reboot the number's session; with --wait, a spinner until it is back online."""
    from rich.console import Console

    try:
        with Console(stderr=True).status(f"rebooting {device}..." if wait else "asking for a reboot..."):
            answer = state.client().session.reboot_device(
                device, force=force or None, wait=wait or None, sync=sync or None
            )
    except SparkBotError as exc:
        exit_for(exc)
    echo_answer(answer, state.output)


SESSION_COMMANDS = {"qr": qr, "reboot": reboot}
