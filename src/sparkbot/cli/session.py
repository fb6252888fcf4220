"""Friendly session commands: a QR drawn in the terminal until linked, reboot with a spinner."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import click

from ..client.errors import ConflictError, SparkBotError
from .context import CliContext, exit_for, pass_state
from .output import echo_answer

__all__ = ["SESSION_COMMANDS", "qr_payload", "qr_status_line"]


def qr_payload(answer: Any) -> str | None:
    """The text a QR encodes, from a `json` or `uri` answer of scan QR."""
    if isinstance(answer, str):
        return answer
    if isinstance(answer, dict):
        for key in ("payload", "uri", "qr", "data", "value"):
            if isinstance(answer.get(key), str):
                return str(answer[key])
    return None


def qr_status_line(answer: Any, now: datetime | None = None) -> str:
    """`QR 2 of 6, expires in 17 s` from a `json` answer of scan QR (what it carries of it)."""
    if not isinstance(answer, dict):
        return ""
    parts = []
    if isinstance(answer.get("round"), int):
        rounds = answer.get("rounds")
        of = f" of {rounds}" if isinstance(rounds, int) else ""
        parts.append(f"QR {answer['round']}{of}")
    expires = answer.get("expiresAt")
    if isinstance(expires, str):
        try:
            at = datetime.fromisoformat(expires.replace("Z", "+00:00"))
        except ValueError:
            at = None
        if at is not None and at.tzinfo is not None:
            left = (at - (now or datetime.now(UTC))).total_seconds()
            parts.append(f"expires in {max(left, 0):.0f} s")
    return ", ".join(parts)


def _draw(payload: str, status_line: str) -> None:
    import segno

    click.clear()
    segno.make(payload, error="l").terminal(compact=True)
    click.echo("Scan with WhatsApp: Settings > Linked devices > Link a device. Ctrl-C to stop.")
    if status_line:
        click.echo(status_line)


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
    """Show the number's QR in the terminal, redrawn as it rotates, until the number is linked (or
    the login window closes: then run the command again for a new one)."""
    client = state.client()
    again = f"run `sparkbot session qr {device}` again for a new login window"
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
            current = status.get("status") if isinstance(status, dict) else None
            if current == "online":
                click.echo(f"linked: {device} is online")
                return
            if shown is not None and current == "timeout":
                raise click.ClickException(f"the login window closed before the QR was scanned: {again}")
            answer = None
            try:
                answer = client.session.scan_qr(device, encoding="json", force=force or None)
            except ConflictError as exc:
                # linked since the check above, while a QR was showing: the next check tells
                if shown is None or exc.code != "already_linked":
                    raise
            force = False
            payload = qr_payload(answer)
            if payload and payload != shown:
                _draw(payload, qr_status_line(answer))
                shown = payload
            time.sleep(interval)
        raise click.ClickException(f"{device} was not linked within {max_wait:g} s: {again}")
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
