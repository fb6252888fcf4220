"""`sparkbot webhooks listen`: a webhook pointing at this machine for as long as the command runs,
like `stripe listen`. It starts a small HTTP receiver (the standard library's, in a thread),
creates a webhook for it (all events, or `--events`, of every number or `--device`), checks each
delivery's signature with the webhook's secret (`sparkbot.webhooks`), prints it (a line per event
on a terminal, or NDJSON: `{"event", "id", "device", "created", "data"}` per line), optionally
forwards it as it came (body and `X-Sparkbot-*` headers) to `--forward-to` and answers the server
with the forward's status, and deletes the webhook when it stops (Ctrl-C, SIGTERM,
`--max-events`, `--max-seconds`)."""

from __future__ import annotations

import json
import queue
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from ..client.errors import SparkBotError
from .context import CliContext, exit_for, pass_state

if TYPE_CHECKING:
    from http.server import ThreadingHTTPServer

__all__ = ["WEBHOOK_COMMANDS", "summary"]

_SPARKBOT_HEADERS = ("x-sparkbot-event", "x-sparkbot-delivery", "x-sparkbot-signature")


def summary(event: dict[str, Any]) -> str:
    """One line about an event's data: the text, the status, the phone or chat."""
    data = event.get("data") if isinstance(event.get("data"), dict) else {}
    assert isinstance(data, dict)
    parts = []
    for key in ("flow", "status", "ack"):
        if isinstance(data.get(key), str) and data[key] not in parts:
            parts.append(data[key])
    for key in ("phone", "chat", "fromNumber"):
        if isinstance(data.get(key), str):
            parts.append(data[key])
            break
    for key in ("body", "message"):
        if isinstance(data.get(key), str):
            text = data[key].replace("\n", " ")
            parts.append(repr(text if len(text) <= 60 else text[:57] + "..."))
            break
    return " ".join(parts)


class _Received:
    def __init__(self, body: bytes, headers: dict[str, str]) -> None:
        self.body = body
        self.headers = headers


@contextmanager
def _receiver(host: str, port: int, handle: Any) -> Iterator[ThreadingHTTPServer]:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # loaded when listening

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, answer = handle(_Received(body, {k.lower(): v for k, v in self.headers.items()}))
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer((host, port), Handler)
    thread = threading.Thread(target=server.serve_forever, name="sparkbot-listen", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _events(value: str) -> list[str]:
    from ..spec import get_operation

    known = list(get_operation("webhooks.createWebhook").param("events").options)
    if value.strip() in ("", "all", "*"):
        return [str(e) for e in known]
    wanted = [e.strip() for e in value.split(",") if e.strip()]
    unknown = [e for e in wanted if e not in known]
    if unknown:
        raise click.BadParameter(
            f"unknown event(s) {', '.join(unknown)}; known: {', '.join(map(str, known))}"
        )
    return wanted


@click.command("listen")
@click.option("--host", default="127.0.0.1", show_default=True, help="address the receiver listens on")
@click.option("--port", type=int, default=0, show_default=True, help="its port (0: any free port)")
@click.option("--public-url", help="the URL the server POSTs to, when not http://HOST:PORT/ (a tunnel)")
@click.option("--events", default="all", show_default=True, help="comma-separated events, or all")
@click.option("--device", help="only this number's events")
@click.option("--forward-to", help="POST each event on to this URL, answering with its status")
@click.option("--max-events", type=int, help="stop after this many events")
@click.option("--max-seconds", type=float, help="stop after this many seconds")
@pass_state
def listen(
    state: CliContext,
    host: str,
    port: int,
    public_url: str | None,
    events: str,
    device: str | None,
    forward_to: str | None,
    max_events: int | None,
    max_seconds: float | None,
) -> None:
    """Print the account's events as they happen, through a webhook that lives as long as this."""
    from ..webhooks import WebhookVerificationError, parse_event

    wanted = _events(events)
    arrived: queue.Queue[dict[str, Any]] = queue.Queue()
    secret: list[str] = []
    forwarder: Any = None
    if forward_to:
        import httpx

        forwarder = httpx.Client(timeout=30, follow_redirects=False)

    def handle(received: _Received) -> tuple[int, bytes]:
        if not secret:
            return 503, b"not ready"
        try:
            event = parse_event(received.body, received.headers, secret[0], tolerance=None)
        except WebhookVerificationError as error:
            click.echo(f"refused a delivery: {error}", err=True)
            return 400, str(error).encode()
        status = 200
        if forwarder is not None:
            headers = {k: v for k, v in received.headers.items() if k in _SPARKBOT_HEADERS}
            headers["content-type"] = "application/json"
            try:
                status = forwarder.post(forward_to, content=received.body, headers=headers).status_code
            except Exception as error:
                click.echo(f"could not forward {event.id} to {forward_to}: {error}", err=True)
                status = 502
        arrived.put(
            {
                "event": event.event,
                "id": event.id,
                "device": event.device,
                "created": event.created.isoformat().replace("+00:00", "Z"),
                "data": event.data,
                "forwarded": status if forwarder is not None else None,
            }
        )
        return status, b"ok"

    def stop(*_: Any) -> None:
        raise KeyboardInterrupt

    previous = (
        signal.signal(signal.SIGTERM, stop) if threading.current_thread() is threading.main_thread() else None
    )
    client = state.client()
    webhook_id: str | None = None
    table = (state.output or ("table" if sys.stdout.isatty() else "ndjson")) == "table"
    try:
        with _receiver(host, port, handle) as server:
            url = public_url or f"http://{host}:{server.server_address[1]}/"
            values: dict[str, Any] = {"name": "sparkbot listen", "url": url, "events": wanted}
            if device:
                values["device"] = device
            webhook = client.webhooks.create_webhook(**values)
            if not isinstance(webhook, dict) or not webhook.get("id") or not webhook.get("secret"):
                raise click.ClickException(f"the server answered no webhook id and secret: {webhook!r}")
            webhook_id = str(webhook["id"])
            secret.append(str(webhook["secret"]))
            click.echo(f"listening on {url} (webhook {webhook_id}); Ctrl-C to stop", err=True)
            deadline = time.monotonic() + max_seconds if max_seconds else None
            count = 0
            while max_events is None or count < max_events:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    break
                try:
                    event = arrived.get(timeout=min(left, 0.5) if left is not None else 0.5)
                except queue.Empty:
                    continue
                count += 1
                if table:
                    at = event["created"][11:19]
                    line = f"{at}  {event['event']:<20} {event['device'] or '-':<24}  {summary(event)}"
                    if event["forwarded"] is not None:
                        line += f"  -> {event['forwarded']}"
                    click.echo(line)
                else:
                    click.echo(json.dumps(event, ensure_ascii=False))
    except KeyboardInterrupt:
        pass
    except SparkBotError as exc:
        exit_for(exc)
    finally:
        if webhook_id is not None:
            try:
                client.webhooks.delete_webhook(webhook_id)
                click.echo(f"deleted webhook {webhook_id}", err=True)
            except SparkBotError as exc:
                click.echo(f"could not delete webhook {webhook_id}: {exc}", err=True)
        if forwarder is not None:
            forwarder.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


WEBHOOK_COMMANDS = {"listen": listen}
