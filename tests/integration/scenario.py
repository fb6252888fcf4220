"""The acceptance scenario of the server, written once and run by the real client against the real
app through two transports (see `harnesses.py`): in-process on a manual clock, and over loopback
HTTP with uvicorn on the wall clock.

Two numbers are created; one is linked by QR (`scanQR` in every encoding, then the sandbox's phone
scans it), the other by auth code; every 409/400/404/504 path of the session operations is taken;
20 messages queued on a paused number are routed to the other one and delivered by it alone; and a
restart in the middle of a delivery loses no message and carries none twice; then a contact writes
to the inbox and the bot answers in the chat, labels it and assigns it to an agent of the team;
then a group's life (all 15 Groups operations) and a channel's (all 8 Channels operations), each
answer checked, and another account refused every one of them.
"""

from __future__ import annotations

import asyncio
import base64
import re
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Protocol, TypeVar

import httpx
import pytest

from sparkbot import (
    AsyncSparkBot,
    BadRequestError,
    BinaryResponse,
    ConflictError,
    GatewayTimeoutError,
    NotFoundError,
)
from sparkbot.server.engines.sandbox import sandbox_phone
from sparkbot.server.services.qr import png_bytes, svg_bytes

__all__ = ["Harness", "run_scenario"]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
PAIRED_PHONE = "+447362053576"
MISSING = "0123456789abcdef01234567"  # well-formed, in no account
CODE = re.compile(r"^[A-Z2-9]{4}-[A-Z2-9]{4}$")
ARRIVED = {"delivered", "read"}

T = TypeVar("T")


class Harness(Protocol):
    """What the scenario needs of a transport: a client and the sandbox's phone on the running
    server (both replaced by `restart`), a way to let time pass, and a second account."""

    @property
    def client(self) -> AsyncSparkBot: ...

    @property
    def sandbox(self) -> httpx.AsyncClient: ...

    @property
    def wait_limit(self) -> float:
        """How long the server holds a `wait=true` request (seconds of its clock)."""

    async def elapse_until(self, check: Callable[[], Awaitable[bool]], *, step: float = 0.5) -> None:
        """Let time pass (the manual clock `step` seconds at a time, or the wall clock) until
        `check()` holds; fails after a generous limit."""

    async def other_account(self) -> AsyncSparkBot:
        """A client for a second account on the same server."""

    def crash_on_send(self, nth: int) -> None:
        """Where the transport can: the `nth` send from now 'crashes' the server (hangs after
        WhatsApp carried the message) until `restart`. Elsewhere nothing."""

    async def restart(self) -> None:
        """Stop the server and start a new one on the same database."""


async def _while_time_passes(h: Harness, call: Coroutine[Any, Any, T], *, step: float = 0.5) -> T:
    """Runs a call that waits on the server's clock (`wait=true`) while time passes."""
    task = asyncio.ensure_future(call)

    async def done() -> bool:
        return task.done()

    try:
        await h.elapse_until(done, step=step)
    finally:
        if not task.done():
            task.cancel()
    return await task


async def _statuses(h: Harness, ids: list[str]) -> dict[str, str]:
    found = await h.client.outbound_messages.search_messages(ids=ids, size=100)
    return {m["id"]: m["status"] for m in found}


async def _outbox(h: Harness, device: str) -> list[dict[str, Any]]:
    answer = await h.sandbox.get(f"/devices/{device}/outbox")
    assert answer.status_code == 200, answer.text
    return list(answer.json())


# 1. two numbers
async def create_numbers(h: Harness) -> tuple[str, str]:
    ids = []
    for alias in ("Sales", "Support"):
        number = await h.client.numbers.create_number(alias=alias, billing_plan="professional")
        assert number["status"] == "pending"
        assert number["session"]["status"] == "authorize"
        assert number["session"]["linked"] is False
        assert number["phone"] is None
        ids.append(str(number["id"]))
    listed = {n["id"] for n in await h.client.numbers.get_numbers()}
    assert set(ids) <= listed
    return ids[0], ids[1]


# 2. link by QR, after showing it in every encoding
async def link_by_qr(h: Harness, device: str) -> str:
    qr = await h.client.session.scan_qr(device, encoding="json")
    assert set(qr) == {"payload", "status", "expiresAt", "round", "rounds"}
    assert qr["status"] == "authorize"
    assert (qr["round"], qr["rounds"]) == (1, 6)
    payload = qr["payload"]
    assert payload.startswith("2@")
    assert payload.split(",")[1] == device

    for svg in (
        await h.client.session.scan_qr(device),
        await h.client.session.scan_qr(device, encoding="svg"),
    ):
        assert isinstance(svg, BinaryResponse)
        assert svg.content_type == "image/svg+xml"
        assert svg.content.lstrip().startswith(b"<?xml")
        assert b"<svg" in svg.content
        assert svg.content == svg_bytes(payload)  # the QR of the payload the json encoding shows

    png = await h.client.session.scan_qr(device, encoding="image")
    assert isinstance(png, BinaryResponse)
    assert png.content_type == "image/png"
    assert png.content.startswith(PNG_MAGIC)
    assert png.content == png_bytes(payload)

    as_base64 = await h.client.session.scan_qr(device, encoding="base64")
    assert as_base64["mimeType"] == "image/png"
    assert base64.b64decode(as_base64["image"], validate=True) == png.content
    assert as_base64["expiresAt"] == qr["expiresAt"]

    as_data_uri = await h.client.session.scan_qr(device, encoding="base64_uri")
    prefix = "data:image/png;base64,"
    assert as_data_uri["image"].startswith(prefix)
    assert base64.b64decode(as_data_uri["image"].removeprefix(prefix), validate=True) == png.content

    as_uri = await h.client.session.scan_qr(device, encoding="uri")
    assert as_uri["uri"] == payload
    assert (as_uri["round"], as_uri["expiresAt"]) == (qr["round"], qr["expiresAt"])

    number = await h.client.numbers.get_number_by_id(device)
    assert (number["status"], number["session"]["status"]) == ("pending", "authorize")

    scanned = await h.sandbox.post(f"/devices/{device}/scan", json={"qr": payload})
    assert scanned.status_code == 200, scanned.text
    assert scanned.json()["session"]["status"] == "online"
    phone = str(scanned.json()["phone"])
    assert phone == sandbox_phone(device)

    number = await h.client.numbers.get_number_by_id(device)
    assert number["status"] == "operative"
    assert number["phone"] == phone
    assert number["session"]["status"] == "online"
    assert number["session"]["linked"] is True
    assert (await h.client.session.sync_session(device))["status"] == "online"
    return phone


# 3. link by auth code
async def link_by_auth_code(h: Harness, device: str) -> None:
    code = await h.client.session.request_number_auth_code(device, phone=PAIRED_PHONE)
    assert CODE.match(code["code"]), code
    assert code["phone"] == PAIRED_PHONE
    assert code["status"] == "authorize"
    assert code["expiresAt"]

    paired = await h.sandbox.post(f"/devices/{device}/pair", json={"code": code["code"]})
    assert paired.status_code == 200, paired.text
    assert paired.json()["session"]["status"] == "online"
    assert paired.json()["phone"] == PAIRED_PHONE

    number = await h.client.numbers.get_number_by_id(device)
    assert (number["status"], number["phone"]) == ("operative", PAIRED_PHONE)
    assert number["session"]["status"] == "online"
    health = await h.client.session.device_health(device)
    assert (health["status"], health["healthy"]) == ("online", True)


# 4. every 409/400/404/504 of the session operations
def _names_force(error: ConflictError) -> None:
    assert "force" in error.message
    assert error.errors[0]["field"] == "force"


async def session_errors(h: Harness, qr_linked: str, code_linked: str) -> None:
    client = h.client
    # 409: linked numbers need force for a new QR or a new code
    with pytest.raises(ConflictError) as conflict:
        await client.session.scan_qr(qr_linked)
    assert (conflict.value.status, conflict.value.code) == (409, "already_linked")
    _names_force(conflict.value)
    with pytest.raises(ConflictError) as conflict:
        await client.session.scan_qr(qr_linked, encoding="json")
    _names_force(conflict.value)
    with pytest.raises(ConflictError) as conflict:
        await client.session.request_number_auth_code(code_linked, phone=PAIRED_PHONE)
    assert conflict.value.code == "already_linked"
    _names_force(conflict.value)
    for device in (qr_linked, code_linked):  # refused: nothing changed
        assert (await client.session.sync_session(device))["status"] == "online"

    # 409: a number never linked cannot reboot
    never = await client.numbers.create_number(alias="Never linked", billing_plan="professional")
    unlinked = str(never["id"])
    with pytest.raises(ConflictError) as conflict:
        await client.session.reboot_device(unlinked)
    assert conflict.value.code == "not_linked"
    with pytest.raises(ConflictError):
        await client.session.reboot_device(unlinked, force=True)
    # 409 from the phone: nothing to scan yet, no link to drop, a linked number to scan again
    for path, body, code in (
        (f"/devices/{unlinked}/scan", None, "no_qr"),
        (f"/devices/{unlinked}/disconnect", {"reason": "offline"}, "not_linked"),
        (f"/devices/{qr_linked}/scan", None, "already_linked"),
        (f"/devices/{code_linked}/pair", {"code": "ABCD-EFGH"}, "already_linked"),
    ):
        refused = await h.sandbox.post(path, json=body)
        assert (refused.status_code, refused.json()["error"]) == (409, code), refused.text

    # 409: a disabled number takes no session operation until it is enabled again
    disabled = await client.numbers.update_number(unlinked, enable=False)
    assert disabled["status"] == "disabled"
    disabled_calls: list[Callable[[], Awaitable[Any]]] = [
        lambda: client.session.scan_qr(unlinked, encoding="json"),
        lambda: client.session.request_number_auth_code(unlinked, phone=PAIRED_PHONE),
        lambda: client.session.start_device(unlinked, wait=True),
        lambda: client.session.reboot_device(unlinked, force=True),
    ]
    for disabled_call in disabled_calls:
        with pytest.raises(ConflictError) as conflict:
            await disabled_call()
        assert conflict.value.code == "number_disabled"
    assert (await client.numbers.update_number(unlinked, enable=True))["status"] == "pending"

    # 409: a stopped session reboots only with force; with force and wait it comes back online
    dropped = await h.sandbox.post(f"/devices/{qr_linked}/disconnect", json={"reason": "offline"})
    assert dropped.status_code == 200, dropped.text
    assert dropped.json()["session"]["status"] == "offline"
    with pytest.raises(ConflictError) as conflict:
        await client.session.reboot_device(qr_linked)
    assert conflict.value.code == "session_stopped"
    _names_force(conflict.value)
    with pytest.raises(ConflictError):
        await client.session.reboot_device(qr_linked, wait=True)
    rebooted = await _while_time_passes(
        h, client.session.reboot_device(qr_linked, force=True, wait=True, sync=True)
    )
    assert rebooted["status"] == "online"
    assert rebooted["session"]["linked"] is True
    assert rebooted["session"]["lastSyncAt"] is not None

    # 400: a phone the client's pattern lets through but no phone plan allows
    with pytest.raises(BadRequestError) as bad:
        await client.session.request_number_auth_code(unlinked, phone="+1234")
    assert bad.value.errors[0]["field"] == "phone"
    assert "+1234" in bad.value.message
    # 400: no phone for a number never linked
    with pytest.raises(BadRequestError) as bad:
        await client.session.request_number_auth_code(unlinked)
    assert bad.value.errors[0]["field"] == "phone"
    # 400: the phone scans a QR that is not the one showing
    assert (await client.session.scan_qr(unlinked, encoding="json"))["status"] == "authorize"
    wrong = await h.sandbox.post(f"/devices/{unlinked}/scan", json={"qr": "2@not-a-qr-we-issued,x,1"})
    assert wrong.status_code == 400, wrong.text
    assert wrong.json()["error"] == "invalid_qr"
    assert wrong.json()["errors"][0]["field"] == "qr"
    # 400: a pairing code that was never requested
    typed = await h.sandbox.post(f"/devices/{unlinked}/pair", json={"code": "AAAA-AAAA"})
    assert typed.status_code == 400, typed.text
    assert (await client.session.sync_session(unlinked))["status"] == "authorize"

    # 404: an id no account has, and another account's numbers
    missing_calls: list[Callable[[], Awaitable[Any]]] = [
        lambda: client.session.scan_qr(MISSING),
        lambda: client.session.sync_session(MISSING),
        lambda: client.session.reboot_device(MISSING, force=True),
        lambda: client.session.start_device(MISSING),
        lambda: client.session.request_number_auth_code(MISSING, phone=PAIRED_PHONE),
        lambda: client.session.device_health(MISSING),
    ]
    for missing_call in missing_calls:
        with pytest.raises(NotFoundError) as missing:
            await missing_call()
        assert missing.value.status == 404
    other = await h.other_account()
    assert await other.numbers.get_numbers() == []
    foreign_calls: list[Callable[[], Awaitable[Any]]] = [
        lambda: other.numbers.get_number_by_id(qr_linked),
        lambda: other.session.scan_qr(qr_linked, force=True, encoding="json"),
        lambda: other.session.reboot_device(qr_linked, force=True),
        lambda: other.session.request_number_auth_code(code_linked, phone=PAIRED_PHONE, force=True),
        lambda: other.session.start_device(unlinked, wait=True),
        lambda: other.queue.route_queue(qr_linked, device=code_linked),
    ]
    for foreign_call in foreign_calls:
        with pytest.raises(NotFoundError):
            await foreign_call()
    for device in (MISSING, qr_linked):  # the phone side too
        foreign = await h.sandbox.get(f"/devices/{device}/outbox", headers={"Token": other.api_key})
        assert foreign.status_code == 404, foreign.text
    assert (await h.sandbox.post(f"/devices/{MISSING}/scan")).status_code == 404
    for device in (qr_linked, code_linked):  # the other account changed nothing
        assert (await client.session.sync_session(device))["status"] == "online"

    # 504: waiting for a session that does not come online (no one scans the QR)
    with pytest.raises(GatewayTimeoutError) as timeout:
        await _while_time_passes(h, client.session.start_device(unlinked, wait=True), step=5)
    body = timeout.value.body
    assert timeout.value.status == 504
    assert body["error"] == "wait_timeout"
    assert body["session"]["status"] == "authorize"
    assert "authorize" in body["message"]
    assert f"within {h.wait_limit:g} s" in body["message"]
    state = await client.session.sync_session(unlinked)
    assert (state["status"], state["session"]["linked"]) == ("authorize", False)


# 5. a paused queue routed to the other number
async def route_paused_queue(h: Harness, source: str, target: str) -> None:
    client = h.client
    paused = await client.queue.set_queue_status(source, status="pause")
    assert paused["status"] == "pause"
    sent = [
        await client.send_messages.send_text(
            device=source, phone=f"+4473620535{i:02d}", message=f"Order {i} shipped", reference=f"order-{i}"
        )
        for i in range(20)
    ]
    ids = [str(m["id"]) for m in sent]
    assert len(set(ids)) == 20
    assert {m["status"] for m in sent} == {"queued"}
    queue = await client.queue.get_queue_status(source)
    assert (queue["status"], queue["pending"]) == ("pause", 20)
    assert (
        len(await client.outbound_messages.search_messages(device=source, status=["queued"], size=100)) == 20
    )

    moved = await client.queue.route_queue(source, device=target)
    assert moved == {"device": source, "target": target, "moved": 20}
    assert (await client.queue.get_queue_status(source))["pending"] == 0
    resumed = await client.queue.set_queue_status(source, status="active")
    assert resumed["status"] == "active"

    async def all_arrived() -> bool:
        return set((await _statuses(h, ids)).values()) <= ARRIVED

    await h.elapse_until(all_arrived)
    on_target = await client.outbound_messages.search_messages(device=target, size=100)
    assert sorted(m["id"] for m in on_target) == sorted(ids)
    assert {m["status"] for m in on_target} <= ARRIVED
    assert await client.outbound_messages.search_messages(device=source, size=100) == []
    one = await client.outbound_messages.get_message(ids[7])
    assert (one["device"], one["phone"], one["reference"]) == (target, "+447362053507", "order-7")

    carried = await _outbox(h, target)
    assert sorted(c["message"] for c in carried) == sorted(ids)  # each exactly once
    assert all(c["deliveredAt"] for c in carried)
    assert await _outbox(h, source) == []
    assert (await client.queue.get_queue_status(target))["pending"] == 0


# 6. a restart in the middle of a delivery
async def restart_mid_delivery(h: Harness, device: str, count: int = 8) -> None:
    await h.client.numbers.update_number(device, settings_delivery_speed=150)  # one every 0.4 s
    await h.client.queue.set_queue_status(device, status="pause")
    ids = [
        str(
            (await h.client.send_messages.send_text(device=device, phone=PAIRED_PHONE, message=f"m{i}"))["id"]
        )
        for i in range(count)
    ]
    h.crash_on_send(3)
    await h.client.queue.set_queue_status(device, status="active")

    async def under_way() -> bool:
        return sum(s != "queued" for s in (await _statuses(h, ids)).values()) >= 3

    await h.elapse_until(under_way, step=0.1)
    before = await _statuses(h, ids)
    assert "queued" in before.values(), before  # the server stops with messages still to send
    await h.restart()

    async def all_read() -> bool:
        return set((await _statuses(h, ids)).values()) == {"read"}

    await h.elapse_until(all_read)
    carried = [c["message"] for c in await _outbox(h, device)]
    assert carried == ids  # every message, each exactly once, in queue order
    assert (await h.client.queue.get_queue_status(device))["pending"] == 0
    assert (await h.client.session.sync_session(device))["status"] == "online"


# 7. the inbox: a contact writes, the bot reads, downloads, answers in the chat and resolves it
async def inbox_round_trip(h: Harness, device: str) -> None:
    client, wid = h.client, PAIRED_PHONE[1:] + "@c.us"
    photo = base64.b64encode(PNG_MAGIC + b" a receipt").decode()
    for body in (
        {"phone": PAIRED_PHONE, "name": "Ana", "message": "Where is order 3?"},
        {"phone": PAIRED_PHONE, "media": {"kind": "image", "data": photo, "mimeType": "image/png"}},
    ):
        assert (await h.sandbox.post(f"/devices/{device}/inbound", json=body)).status_code == 201
    unread = await client.chats.get_device_chats(device, unread=True)
    assert [(c["id"], c["name"], c["unreadCount"]) for c in unread] == [(wid, "Ana", 2)]
    received = await client.chat_messages.get_chat_messages(device, chat=wid, flow="inbound")
    kinds = {m["type"]: m for m in received}
    assert set(kinds) == {"text", "image"}
    assert kinds["text"]["body"] == "Where is order 3?"
    download = await client.chat_files.download_device_file_details(
        device, kinds["image"]["content"]["media"]["file"]
    )
    assert (download.content, download.content_type) == (PNG_MAGIC + b" a receipt", "image/png")
    reply = await client.send_messages.send_text(
        device=device, phone=PAIRED_PHONE, message="It ships today.", quote=kinds["text"]["id"]
    )
    await client.chats.update_chat_read_status(device, wid, unread=False)
    for name in ("orders", "vip"):  # labels are the number's first, then a chat's
        await client.labels.create_label(device, name=name, color="emerald")
    await client.chats.update_chat_labels(device, wid, labels=["orders", "vip"])
    await client.chats.update_chat_labels(device, wid, labels=["vip"], update_type="remove")

    async def answered() -> bool:
        history = await client.chat_messages.get_chat_messages(device, chat=wid, flow="outbound")
        return any(m["outboundMessage"] == reply["id"] and m["ack"] == "read" for m in history)

    await h.elapse_until(answered)
    await client.chats.set_chat_status(device, wid, status="resolved")
    chat = await client.chats.get_device_chat_details(device, wid)
    assert (chat["status"], chat["labels"], chat["unreadCount"]) == ("resolved", ["orders"], 0)
    contact = await client.chat_contacts.get_device_contact_details(device, wid)
    assert (contact["name"], contact["phone"]) == ("Ana", PAIRED_PHONE)
    with pytest.raises(NotFoundError):
        await (await h.other_account()).chats.get_device_chat_details(device, wid)


# 8. the organisation around the inbox: a label and an agent on the chat; deleting the label
#    unlabels the chat, deleting the agent releases it; a webhook logs what happened
async def organisation_round_trip(h: Harness, device: str) -> None:
    client, wid = h.client, PAIRED_PHONE[1:] + "@c.us"
    await client.labels.create_label(device, name="urgent", color="tomato")
    await client.chats.update_chat_labels(device, wid, labels=["urgent"], update_type="upsert")
    user = await client.team.create_device_user(
        device,
        display_name="Ana Agent",
        email="ana.agent@example.com",
        password="a-long-password-1",
        role="agent",
        color="blue",
    )
    await client.chats.assign_chat_agent(device, wid, agent=user["id"])
    chat = await client.chats.get_device_chat_details(device, wid)
    assert "urgent" in chat["labels"]
    assert chat["owner"]["agent"] == user["id"]
    labels = await client.labels.get_labels(device)
    assert [label["name"] for label in labels if label["name"] == "urgent"] == ["urgent"]

    await client.labels.delete_label(device, name="urgent")
    await client.team.delete_users(users=[{"id": user["id"], "action": "unassign"}], force=True)
    chat = await client.chats.get_device_chat_details(device, wid)
    assert "urgent" not in chat["labels"]
    assert (chat["owner"] or {}).get("agent") is None
    with pytest.raises(NotFoundError):
        await (await h.other_account()).labels.get_labels(device)


# 9. a group's life, every Groups operation: made with three contacts (one not on WhatsApp),
#    members promoted, added and removed, a message carried to every member, a stranger's request
#    approved and another rejected, the invite revoked (the old code fails), the other number
#    joining by link, the number leaving; another account sees none of it
async def group_round_trip(h: Harness, device: str, joiner: str) -> None:
    groups, stranger, late = h.client.groups, "+447700900301", "+447700900302"
    bo, nobody, cy, ana = "+447700900303", "+447700900000", "+447700900304", "+447700900305"
    me = (await h.client.numbers.get_number_by_id(device))["phone"]
    made = await groups.create_group(
        device,
        name="Launch",
        description="The launch team",
        participants=[{"phone": ana}, {"phone": bo}, {"phone": nobody}],
        permissions_approval=True,
    )
    wid = made["wid"]
    assert [(r["phone"], r["status"]) for r in made["results"]] == [
        (ana, "added"),
        (bo, "added"),
        (nobody, "not_on_whatsapp"),
    ]
    assert wid in {g["wid"] for g in await groups.get_device_group_chats(device, kind=["group"])}
    assert (await groups.get_group_by_id(device, wid.removesuffix("@g.us")))["name"] == "Launch"
    updated = await groups.update_group(device, wid, name="Launch day", permissions_send="admins")
    assert (updated["name"], updated["permissions"]["send"]) == ("Launch day", "admins")
    picture = await groups.group_update_image(
        device, wid, image=base64.b64encode(PNG_MAGIC + b"logo").decode()
    )
    assert picture["image"]["type"] == "image/png"
    added = await groups.add_group_participants(device, wid, participants=[{"phone": cy, "admin": True}])
    assert [(r["phone"], r["status"]) for r in added["results"]] == [(cy, "added")]
    promoted = await groups.update_participants_permissions(
        device, wid, participants=[{"phone": ana, "admin": True}, {"phone": cy, "admin": False}]
    )
    admins = {p["phone"] for p in promoted["participants"] if p["admin"]}
    assert admins == {me, ana}
    await groups.remove_group_participants(device, wid, phones=[cy])
    members = {p["phone"] for p in (await groups.get_group_by_id(device, wid))["participants"]}
    assert members == {me, ana, bo}

    sent = await h.client.send_messages.send_text(device=device, group=wid, message="Launch at noon")

    async def carried() -> bool:
        return any(e["message"] == sent["id"] for e in await _outbox(h, device))

    await h.elapse_until(carried)
    [entry] = [e for e in await _outbox(h, device) if e["message"] == sent["id"]]
    assert sorted(entry["recipients"]) == sorted([ana, bo])

    for phone in (stranger, late):
        asked = await h.sandbox.post(f"/devices/{device}/groups/{wid}/request", json={"phone": phone})
        assert asked.json()["status"] == "pending", asked.text
    pending = await groups.get_group_pending_members(device, wid)
    assert [p["phone"] for p in pending["pending"]] == [stranger, late]
    await groups.approve_group_members(device, wid, phones=[stranger])
    await groups.reject_group_members(device, wid, all=True)
    assert (await groups.get_group_pending_members(device, wid))["pending"] == []
    members = {p["phone"] for p in (await groups.get_group_by_id(device, wid))["participants"]}
    assert members == {me, ana, bo, stranger}

    old = await groups.get_group_invite_code(device, wid)
    new = await groups.revoke_group_invite(device, wid)
    assert new["code"] != old["code"]
    with pytest.raises(NotFoundError):
        await groups.join_group(joiner, code=old["code"])
    await groups.update_group(device, wid, name="Launch day", permissions_approval=False)
    joined = await groups.join_group(joiner, url=new["url"])
    assert (joined["status"], joined["me"]["role"]) == ("joined", "member")
    assert (await groups.get_group_by_id(joiner, wid))["membership"] == "member"

    other = await h.other_account()
    for call in (
        other.groups.get_device_group_chats(device),
        other.groups.get_group_by_id(device, wid),
        other.groups.get_group_invite_code(device, wid),
        other.groups.update_group(device, wid, name="Taken"),
        other.groups.leave_group(device, id=wid),
    ):
        with pytest.raises(NotFoundError):
            await call
    await groups.leave_group(device, id=wid, remove=False)
    assert (await groups.get_group_by_id(device, wid))["membership"] == "left"


# 10. a channel's life, every Channels operation: made, renamed, pictured, found in the
#     directory and followed, followed by the other number by link, deleted for everyone
async def channel_round_trip(h: Harness, device: str, follower: str) -> None:
    channels = h.client.channels
    made = await channels.create_channel(device, name="Spark news", description="What ships")
    wid = made["id"]
    assert (await channels.get_channel_by_id(device, wid.removesuffix("@newsletter")))["name"] == "Spark news"
    renamed = await channels.update_channel(device, wid, name="Spark daily")
    assert renamed["name"] == "Spark daily"
    pictured = await channels.channel_update_image(
        device, wid, image=base64.b64encode(PNG_MAGIC + b"x").decode()
    )
    assert pictured["image"]["type"] == "image/png"
    found = await channels.search_channels(device, category="popular", sort_field="subscribers", limit=5)
    assert 1 <= len(found) <= 5
    assert [c["subscribers"] for c in found] == sorted((c["subscribers"] for c in found), reverse=True)
    directory = await channels.join_channel(device, code=found[0]["inviteCode"])
    assert directory["role"] == "follower"
    mine = await channels.get_device_channels(device, permission="owner")
    assert [c["id"] for c in mine] == [wid]
    followed = await channels.join_channel(follower, url=made["link"])
    assert followed["role"] == "follower"
    assert (await channels.get_channel_by_id(device, wid))["followers"] == 1
    other = await h.other_account()
    for call in (
        other.channels.get_device_channels(device),
        other.channels.get_channel_by_id(device, wid),
        other.channels.delete_channel(device, wid),
    ):
        with pytest.raises(NotFoundError):
            await call
    assert (await channels.delete_channel(device, wid))["action"] == "deleted"
    assert await channels.get_device_channels(follower) == []
    with pytest.raises(NotFoundError):
        await channels.get_channel_by_id(device, wid)


async def run_scenario(h: Harness) -> None:
    sales, support = await create_numbers(h)
    await link_by_qr(h, sales)
    await link_by_auth_code(h, support)
    await session_errors(h, sales, support)
    await route_paused_queue(h, sales, support)
    await restart_mid_delivery(h, sales)
    await inbox_round_trip(h, sales)
    await organisation_round_trip(h, sales)
    await group_round_trip(h, sales, support)
    await channel_round_trip(h, sales, support)
