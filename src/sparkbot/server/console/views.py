"""What the console's pages and fragments show, gathered from the services (through the
catalogue's handlers) and rendered with the package's Jinja2 templates."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..db import Account
from ..problems import ApiProblem
from ..services import Services
from ..services.qr import svg_bytes
from .calls import built, operation

__all__ = [
    "OPTIONAL_SECTIONS",
    "Page",
    "QrView",
    "environment",
    "fragment",
    "inbox_view",
    "link_view",
    "number_sections",
    "numbers_view",
    "optional_view",
    "outbound_view",
    "qr_expiry",
    "queue_view",
    "render",
    "webhooks_view",
]

# sections shown only when this server builds their operation (another part of the project may not yet)
OPTIONAL_SECTIONS = {"groups": "groups.getDeviceGroupChats", "channels": "channels.getDeviceChannels"}
RECENT = 10  # outbound messages, chats, messages per chat and webhook logs shown


def environment() -> Environment:
    return Environment(
        loader=PackageLoader("sparkbot.server.console", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


_ENV = environment()


def render(template: str, **context: Any) -> str:
    return _ENV.get_template(template).render(**context)


def fragment(name: str, *, oob: bool = False, **context: Any) -> str:
    """A section's inner HTML (`_name.html`), wrapped for an out-of-band swap when `oob`."""
    inner = render(f"_{name}.html", **context)
    if not oob:
        return inner
    return f'<div id="{name}-body" hx-swap-oob="innerHTML">{inner}</div>'


@dataclass(frozen=True, slots=True)
class QrView:
    """The QR to show now: the image (a data URI of the SVG), its round and expiry."""

    image: str
    payload: str
    round: int
    rounds: int
    expires_at: str


@dataclass(slots=True)
class Page:
    """Everything a number's page shows."""

    number: dict[str, Any]
    link: dict[str, Any]
    queue: dict[str, Any]
    outbound: list[dict[str, Any]]
    inbox: list[dict[str, Any]]
    webhooks: list[dict[str, Any]]
    others: list[dict[str, Any]]
    optional: dict[str, list[dict[str, Any]] | None]


async def numbers_view(services: Services, account: Account) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = await operation(services, account, "numbers.getNumbers", {"size": 100})
    return found


def qr_expiry(link: dict[str, Any]) -> datetime | None:
    """When the QR shown expires (the page shows the next one then), or None."""
    qr: QrView | None = link.get("qr")
    if qr is None:
        return None
    return datetime.fromisoformat(qr.expires_at.replace("Z", "+00:00"))


async def link_view(services: Services, account: Account, device_id: str) -> dict[str, Any]:
    """The link section: the session, and while it waits for a link, the QR valid now (asking for
    it opens the login window, as `scanQR` does)."""
    device = await services.numbers.require(account, device_id)
    view: dict[str, Any] = {
        "id": device.id,
        "status": device.session_status,
        "reason": device.session_reason,
        "linked": device.session_linked,
        "phone": device.phone,
        "disabled": device.status == "disabled",
        "lifecycle": device.status,
        "qr": None,
        "problem": None,
    }
    if device.session_status == "authorize" and not device.session_linked and device.status != "disabled":
        try:
            answer = await operation(
                services, account, "session.scanQR", {"deviceId": device.id, "encoding": "json"}
            )
        except ApiProblem as problem:
            view["problem"] = problem.message
        else:
            document: dict[str, Any] = answer.document or {}
            payload = str(document["payload"])
            image = base64.b64encode(svg_bytes(payload)).decode("ascii")
            view["qr"] = QrView(
                image=f"data:image/svg+xml;base64,{image}",
                payload=payload,
                round=int(document["round"]),
                rounds=int(document["rounds"]),
                expires_at=str(document["expiresAt"]),
            )
    return view


async def queue_view(services: Services, account: Account, device_id: str) -> dict[str, Any]:
    found: dict[str, Any] = await operation(
        services, account, "queue.getQueueStatus", {"deviceId": device_id}
    )
    return found


async def outbound_view(services: Services, account: Account, device_id: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = await operation(
        services, account, "outbound-messages.searchMessages", {"device": device_id, "size": RECENT}
    )
    return found


async def inbox_view(services: Services, account: Account, device_id: str) -> list[dict[str, Any]]:
    """The number's chats, each with its latest messages (oldest first)."""
    chats: list[dict[str, Any]] = await operation(
        services, account, "chats.getDeviceChats", {"deviceId": device_id, "size": RECENT}
    )
    for chat in chats:
        messages: list[dict[str, Any]] = await operation(
            services,
            account,
            "chat-messages.getChatMessages",
            {"deviceId": device_id, "chat": chat["id"], "size": 5},
        )
        chat["messages"] = list(reversed(messages))
    return chats


async def webhooks_view(services: Services, account: Account) -> list[dict[str, Any]]:
    hooks: list[dict[str, Any]] = await operation(services, account, "webhooks.getWebhooks", {"size": RECENT})
    for hook in hooks:
        hook["logs"] = await operation(
            services, account, "webhooks.getWebhookLogs", {"webhookId": hook["id"], "size": 5}
        )
    return hooks


async def optional_view(
    services: Services, account: Account, device_id: str
) -> dict[str, list[dict[str, Any]] | None]:
    """Groups and channels, for those whose operations this server builds (None: not shown)."""
    found: dict[str, list[dict[str, Any]] | None] = {}
    for section, key in OPTIONAL_SECTIONS.items():
        if not built(key):
            continue
        try:
            found[section] = await operation(services, account, key, {"deviceId": device_id, "size": RECENT})
        except ApiProblem:
            found[section] = None
    return found


async def number_sections(services: Services, account: Account, device_id: str) -> Page:
    number: dict[str, Any] = await operation(
        services, account, "numbers.getNumberById", {"deviceId": device_id}
    )
    others = [n for n in await numbers_view(services, account) if n["id"] != device_id]
    return Page(
        number=number,
        link=await link_view(services, account, device_id),
        queue=await queue_view(services, account, device_id),
        outbound=await outbound_view(services, account, device_id),
        inbox=await inbox_view(services, account, device_id),
        webhooks=await webhooks_view(services, account),
        others=others,
        optional=await optional_view(services, account, device_id),
    )
