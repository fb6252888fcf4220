"""The main job, `python -m sparkbot.demo` (also `sparkbot demo`): everything end to end, on one machine.

It starts the embedded SparkBot server with the sandbox (a simulated WhatsApp) on 127.0.0.1 with a
temporary data directory, then drives it with the real client over loopback HTTP: two numbers,
one linked by QR and one by auth code, messages queued on a paused queue, the queue routed to the
other number, a customer's message answered in its chat, a reboot that waits and syncs, a sync,
and a refused bad phone, printed step by step.
The demo is the one place, with the tests, that joins the client and the server.
"""

from __future__ import annotations

import secrets
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from . import SparkBot, ValidationError

__all__ = ["embedded_server", "main"]


@contextmanager
def embedded_server(data_dir: Path, api_key: str, **sandbox: float) -> Iterator[str]:
    """The SparkBot server on a free loopback port, in a background thread: yields its root URL."""
    import uvicorn

    from .server import Settings, create_app

    settings = Settings(data_dir=data_dir, api_key=api_key, **sandbox)  # type: ignore[arg-type]
    # IPPROTO_TCP named, so that asyncio sets TCP_NODELAY on accepted connections (no 40 ms stalls)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the embedded server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()


def _say(step: str, detail: object = "") -> None:
    print(f"- {step}" + (f"\n    {detail}" if detail != "" else ""), flush=True)


def _session(client: SparkBot, device: str) -> str:
    state: dict[str, Any] = client.session.sync_session(device)
    reason = (state.get("session") or {}).get("reason")
    return f"session {state['status']}" + (f" ({reason})" if reason else "")


def _timeline(message: dict[str, Any]) -> str:
    events = message.get("events") or []
    return ", ".join(f"{e['status']} {str(e['at'])[11:23]}" for e in events)


def _until_delivered(client: SparkBot, ids: list[str], seconds: float = 30) -> list[dict[str, Any]]:
    """The messages once none is queued or on its way any more (read, or failed)."""
    deadline = time.monotonic() + seconds
    while True:
        found = [client.outbound_messages.get_message(i, include=["events"]) for i in ids]
        if all(m["status"] in {"read", "failed"} for m in found) or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def _inbox(client: SparkBot, sandbox: httpx.Client, device: str) -> None:
    """A customer writes (sandbox); the bot finds the unread chat, reads the message, answers
    quoting it, and the answer shows in the same chat with its status."""
    customer = "+447362053599"
    body = {"phone": customer, "name": "Ana", "message": "Hi! Has my order 3 shipped?"}
    sandbox.post(f"/devices/{device}/inbound", json=body).raise_for_status()
    unread = client.chats.get_device_chats(device, unread=True)
    _say("a customer writes to Support (sandbox); its unread chats", [(c["name"], c["id"]) for c in unread])
    chat = unread[0]["id"]
    question = client.chat_messages.get_chat_messages(device, chat=chat, flow="inbound")[0]
    reply = client.send_messages.send_text(
        device=device, phone=customer, message="Yes: order 3 left today.", quote=question["id"]
    )
    client.chats.update_chat_read_status(device, chat, unread=False)
    _until_delivered(client, [reply["id"]])
    history = client.chat_messages.get_chat_messages(device, chat=chat, sort="date:asc")
    _say(
        "the bot answers in the same chat, quoting the question",
        "\n    ".join(f"{m['flow']}: {m['body']} ({m['ack']})" for m in history),
    )
    client.chats.set_chat_status(device, chat, status="resolved")
    details = client.chats.get_device_chat_details(device, chat)
    _say("the chat, resolved", f"status {details['status']}, unread {details['unreadCount']}")


def run_demo(root: str, api_key: str) -> None:
    """The demo's steps against a running server at `root` (its `/v1` and `/sandbox`)."""
    sandbox = httpx.Client(base_url=f"{root}/sandbox", headers={"Token": api_key}, timeout=30)
    with SparkBot(api_key=api_key, base_url=f"{root}/v1") as client, sandbox:
        sales = client.numbers.create_number(alias="Sales", billing_plan="professional")
        support = client.numbers.create_number(alias="Support", billing_plan="professional")
        a, b = sales["id"], support["id"]
        _say("created two numbers", f"Sales {a}, Support {b}: {_session(client, a)}")

        qr = client.session.scan_qr(a, encoding="json")
        svg = client.session.scan_qr(a)
        _say(
            "Sales shows a QR",
            f"round {qr.get('round')} of {qr.get('rounds')}, valid until {qr.get('expiresAt')}; "
            f"as SVG: {len(svg)} bytes of {svg.content_type}",
        )
        sandbox.post(f"/devices/{a}/scan").raise_for_status()
        _say("the phone scans it (sandbox)", f"Sales: {_session(client, a)}")

        code = client.session.request_number_auth_code(b, phone="+447362053576")
        _say(
            "Support asks for an auth code", f"{code['code']} for {code['phone']}, until {code['expiresAt']}"
        )
        sandbox.post(f"/devices/{b}/pair", json={"code": code["code"]}).raise_for_status()
        _say("the person types it on the phone (sandbox)", f"Support: {_session(client, b)}")

        client.queue.set_queue_status(a, status="pause")
        sent = [
            client.send_messages.send_text(
                device=a, phone=f"+4473620535{70 + i}", message=f"Order {i} shipped"
            )
            for i in range(5)
        ]
        queue = client.queue.get_queue_status(a)
        _say("Sales' queue paused; 5 messages sent", f"all {sent[0]['status']}; queue: {queue}")

        moved = client.queue.route_queue(a, device=b)
        _say("Sales' queue routed to Support", moved)
        client.queue.set_queue_status(a, status="active")
        nobody = client.send_messages.send_text(device=b, phone="+447362050000", message="Anyone there?")
        ids = [m["id"] for m in sent]
        delivered = _until_delivered(client, [*ids, nobody["id"]])
        _say(
            "Support delivers them at its pace: queued -> sent -> delivered -> read",
            "\n    ".join(f"{m['phone']}: {m['status']} ({_timeline(m)})" for m in delivered[:-1]),
        )
        failure = delivered[-1]
        _say(
            "a phone that is not on WhatsApp fails, with a reason",
            f"{failure['status']}: {failure['failure']}",
        )
        carried = {
            n: len(sandbox.get(f"/devices/{d}/outbox").json()) for n, d in (("Sales", a), ("Support", b))
        }
        _say("what the sandbox's WhatsApp carried", carried)

        started = time.monotonic()
        rebooted = client.session.reboot_device(a, force=True, wait=True, sync=True)
        took = time.monotonic() - started
        _say("Sales rebooted, waiting until online, then synced", f"{rebooted} in {took:.1f} s")

        _say("Sales synced", client.session.sync_session(a))
        health = client.session.device_health(b)
        _say("Support's health", health)

        _inbox(client, sandbox, b)

        numbers = client.numbers.get_numbers()
        _say("the account's numbers", [(n["alias"], n.get("phone"), n["status"]) for n in numbers])
        try:
            client.session.request_number_auth_code(a, phone="0044 7362", force=True)
        except ValidationError as exc:
            _say("a bad phone is refused before anything is sent", exc)


def main() -> int:
    api_key = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory(prefix="sparkbot-demo-") as data_dir:
        timing = {
            "reconnect_seconds": 0.5,
            "delivery_seconds": 0.2,
            "ack_seconds": 0.3,
            "messages_per_minute": 300.0,
        }
        with embedded_server(Path(data_dir), api_key, **timing) as root:
            print(f"SparkBot demo: the embedded server and sandbox at {root} (data in {data_dir})\n")
            run_demo(root, api_key)
    print("\ndemo finished.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
