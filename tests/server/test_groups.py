"""Groups (15 operations) through the real client on both backends: state after each operation
(members, admins, requests, invite codes, permissions), the rules (admin-only 403, left 409,
validation 400), another account's 404 on every operation, and the `group:update` events."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

import pytest
from sqlalchemy import select

from sparkbot.server.db.models import Group
from sparkbot.spec import RESOURCES, Operation

from .fileserver import Served, serving
from .harness import Server, online, refused
from .outbox import subscribe, written

ANA, BO, CY, DEE = "+447362053576", "+447362053577", "+447362053578", "+447362053579"
NOBODY = "+447362050000"  # ends in the sandbox's unreachable suffix: not on WhatsApp
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
OPERATIONS = list(RESOURCES["groups"])


async def _group(server: Server, device: str, *phones: str, **body: Any) -> dict[str, Any]:
    participants = [{"phone": p} for p in phones or (ANA,)]
    return dict(
        await server.sdk().groups.create_group(device, name="Team", participants=participants, **body)
    )


async def _raw(server: Server, method: str, path: str, body: Any = None) -> tuple[int, dict[str, Any]]:
    response = await server.client.request(method, path, json=body)
    return response.status_code, response.json()


async def _stored(server: Server, device: str, wid: str) -> Group:
    async with server.services.database.sessions() as session:
        group = (
            await session.scalars(select(Group).where(Group.device_id == device, Group.wid == wid))
        ).first()
    assert group is not None
    return group


def _roles(view: dict[str, Any]) -> dict[str, str]:
    return {p["phone"]: p["role"] for p in view["participants"]}


def test_the_walk_covers_the_15_operations() -> None:
    assert len(OPERATIONS) == 15


async def test_create_reports_phones_not_on_whatsapp_and_makes_the_number_superadmin(server: Server) -> None:
    device = await online(server)
    me = (await server.services.store.get_device(device)).phone  # type: ignore[union-attr]
    created = await server.sdk().groups.create_group(
        device,
        name="  Team  ",
        description="the team",
        participants=[{"phone": ANA, "admin": True}, {"phone": BO}, {"phone": NOBODY}],
        permissions_send="admins",
        permissions_approval=True,
    )
    assert created["results"] == [
        {"phone": ANA, "status": "added", "admin": True},
        {"phone": BO, "status": "added", "admin": False},
        {"phone": NOBODY, "status": "not_on_whatsapp", "admin": False},
    ]
    assert _roles(created) == {me: "superadmin", ANA: "admin", BO: "member"}
    assert created["name"] == "Team"
    assert created["permissions"] == {"edit": "all", "send": "admins", "invite": "all", "approval": True}
    assert created["me"] == {"phone": me, "role": "superadmin", "admin": True}
    assert created["wid"].endswith("@g.us")
    assert created["wid"].startswith(str(me).removeprefix("+") + "-")
    bot = server.sdk()
    bare = created["wid"].removesuffix("@g.us")
    assert await bot.groups.get_group_by_id(device, bare) == await bot.groups.get_group_by_id(
        device, created["wid"]
    )
    assert [g["wid"] for g in await bot.groups.get_device_group_chats(device)] == [created["wid"]]
    assert await bot.groups.get_device_group_chats(device, kind=["broadcast"]) == []
    await refused(bot.groups.get_group_by_id(device, "447362053576-1500000000@g.us"), 404, "not_found")
    invite = await bot.groups.get_group_invite_code(device, bare)
    assert invite["url"] == "https://chat.whatsapp.com/" + invite["code"]


async def test_a_second_group_in_the_same_second_gets_its_own_id_and_lists_page(server: Server) -> None:
    device = await online(server)
    first, second = await _group(server, device), await _group(server, device)
    assert first["wid"] != second["wid"]
    bot = server.sdk()
    assert [g["wid"] for g in await bot.groups.get_device_group_chats(device, size=1)] == [first["wid"]]
    assert [g["wid"] for g in await bot.groups.get_device_group_chats(device, size=1, page=1)] == [
        second["wid"]
    ]


async def test_creates_at_once_get_ids_of_their_own(server: Server) -> None:
    device = await online(server)
    made = await asyncio.gather(*(_group(server, device) for _ in range(4)))
    assert len({g["wid"] for g in made}) == 4
    assert len(await server.sdk().groups.get_device_group_chats(device)) == 4
    wid, bot = made[0]["wid"], server.sdk()
    await asyncio.gather(
        *(bot.groups.add_group_participants(device, wid, participants=[{"phone": p}]) for p in (BO, CY, DEE))
    )
    assert set(_roles(await bot.groups.get_group_by_id(device, wid))) >= {ANA, BO, CY, DEE}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "", "participants": [{"phone": ANA}]}, "name"),
        ({"name": "x" * 101, "participants": [{"phone": ANA}]}, "name"),
        ({"name": "T", "description": "d" * 501, "participants": [{"phone": ANA}]}, "description"),
        ({"name": "T", "participants": []}, "participants"),
        ({"name": "T", "participants": [{"phone": "12345"}]}, "participants"),
        ({"name": "T", "participants": [{"phone": ANA}, {"phone": ANA}]}, "participants[1].phone"),
        ({"name": "T", "participants": [{"phone": f"+4473620{i:05d}"} for i in range(1024)]}, "participants"),
    ],
)
async def test_create_validates_before_anything(server: Server, body: dict[str, Any], field: str) -> None:
    device = await online(server)
    status, answer = await _raw(server, "POST", f"/v1/devices/{device}/groups", body)
    assert status == 400, answer
    assert field in {e["field"] for e in answer["errors"]}
    assert await server.sdk().groups.get_device_group_chats(device) == []


async def test_writes_need_the_number_online_but_reads_do_not(server: Server) -> None:
    device = await online(server)
    group = await _group(server, device)
    await server.client.post(f"/sandbox/devices/{device}/disconnect", json={"reason": "offline"})
    bot = server.sdk()
    await refused(bot.groups.update_group(device, group["wid"], name="New"), 409, "not_online")
    await refused(bot.groups.create_group(device, name="T", participants=[{"phone": ANA}]), 409, "not_online")
    assert (await bot.groups.get_group_by_id(device, group["wid"]))["name"] == "Team"


async def test_update_image_and_permissions(server: Server) -> None:
    device = await online(server)
    group = await _group(server, device)
    bot = server.sdk()
    updated = await bot.groups.update_group(
        device, group["wid"], name="Crew", description="new", permissions_edit="admins", ephemeral="7d"
    )
    assert (updated["name"], updated["description"], updated["ephemeral"]) == ("Crew", "new", "7d")
    assert updated["permissions"]["edit"] == "admins"
    picture = await bot.groups.group_update_image(device, group["wid"], image=base64.b64encode(PNG).decode())
    assert (picture["image"]["type"], picture["image"]["size"]) == ("image/png", len(PNG))
    status, answer = await _raw(
        server,
        "PUT",
        f"/v1/devices/{device}/groups/{group['wid']}/image",
        {"image": base64.b64encode(b"GIF89a").decode()},
    )
    assert (status, answer["errors"][0]["field"]) == (400, "image")
    status, answer = await _raw(
        server,
        "PUT",
        f"/v1/devices/{device}/groups/{group['wid']}/image",
        {"url": "https://cdn.example/x.png"},
    )
    assert (status, answer["errors"][0]["field"]) == (400, "url")
    big = base64.b64encode(PNG + b"\x00" * (1024 * 1024)).decode()
    status, _ = await _raw(server, "PUT", f"/v1/devices/{device}/groups/{group['wid']}/image", {"image": big})
    assert status == 400
    stored = await _stored(server, device, group["wid"])
    assert (stored.subject, stored.edit, stored.image_size) == ("Crew", "admins", len(PNG))


async def test_members_add_promote_demote_remove(server: Server) -> None:
    device = await online(server)
    group = await _group(server, device, ANA)
    wid, bot = group["wid"], server.sdk()
    added = await bot.groups.add_group_participants(
        device, wid, participants=[{"phone": BO, "admin": True}, {"phone": ANA}, {"phone": NOBODY}]
    )
    assert added["results"] == [
        {"phone": BO, "status": "added", "admin": True},
        {"phone": ANA, "status": "already_member"},
        {"phone": NOBODY, "status": "not_on_whatsapp"},
    ]
    assert _roles(added)[BO] == "admin"
    changed = await bot.groups.update_participants_permissions(
        device, wid, participants=[{"phone": ANA, "admin": True}, {"phone": BO, "admin": False}]
    )
    assert (_roles(changed)[ANA], _roles(changed)[BO]) == ("admin", "member")
    assert changed["results"] == [{"phone": ANA, "admin": True}, {"phone": BO, "admin": False}]
    await refused(
        bot.groups.update_participants_permissions(device, wid, participants=[{"phone": CY, "admin": True}]),
        400,
    )
    me = group["me"]["phone"]
    await refused(
        bot.groups.update_participants_permissions(device, wid, participants=[{"phone": me, "admin": False}]),
        400,
    )
    status, answer = await _raw(server, "DELETE", f"/v1/devices/{device}/groups/{wid}/participants", [BO, CY])
    assert (status, answer["errors"][0]["field"]) == (400, "phones[1]")  # CY is not a member: nothing removed
    removed = await bot.groups.remove_group_participants(device, wid, phones=[BO])
    assert removed["removed"] == [BO]
    assert set(_roles(await bot.groups.get_group_by_id(device, wid))) == {me, ANA}
    await refused(bot.groups.remove_group_participants(device, wid, phones=[me]), 400)


async def test_requests_approve_reject(server: Server) -> None:
    device = await online(server)
    group = await _group(server, device, permissions_approval=True)
    wid, bot = group["wid"], server.sdk()
    for phone in (BO, CY, DEE):
        response = await server.client.post(
            f"/sandbox/devices/{device}/groups/{wid}/request", json={"phone": phone}
        )
        assert response.json()["status"] == "pending", response.text
    pending = await bot.groups.get_group_pending_members(device, wid)
    assert [p["phone"] for p in pending["pending"]] == [BO, CY, DEE]
    status, answer = await _raw(
        server, "POST", f"/v1/devices/{device}/groups/{wid}/members", {"phones": [BO, ANA]}
    )
    assert (status, answer["errors"][0]["field"]) == (400, "phones[1]")  # ANA did not ask: nothing approved
    approved = await bot.groups.approve_group_members(device, wid, phones=[BO])
    assert (approved["approved"], approved["pending"]) == ([BO], [CY, DEE])
    rejected = await bot.groups.reject_group_members(device, wid, all=True)
    assert (rejected["rejected"], rejected["pending"]) == ([CY, DEE], [])
    view = await bot.groups.get_group_by_id(device, wid)
    assert (BO in _roles(view), CY in _roles(view), view["pendingCount"]) == (True, False, 0)
    await bot.groups.update_group(device, wid, name="Team", permissions_approval=False)
    response = await server.client.post(f"/sandbox/devices/{device}/groups/{wid}/request", json={"phone": CY})
    assert response.json()["status"] == "joined"


async def test_invite_revoke_and_join(server: Server) -> None:
    device, other = await online(server), await online(server)
    group = await _group(server, device, ANA)
    wid, bot = group["wid"], server.sdk()
    old = (await bot.groups.get_group_invite_code(device, wid))["code"]
    revoked = await bot.groups.revoke_group_invite(device, wid)
    assert revoked["revoked"] == old
    assert revoked["code"] != old
    assert (await bot.groups.get_group_invite_code(device, wid))["code"] == revoked["code"]
    await refused(bot.groups.join_group(other, code=old), 404, "invite_revoked")
    await refused(bot.groups.join_group(other, code="Nothing12345"), 404, "not_found")
    joined = await bot.groups.join_group(other, url=revoked["url"])
    other_phone = joined["me"]["phone"]
    assert (joined["status"], joined["wid"], joined["me"]["role"]) == ("joined", wid, "member")
    assert other_phone in _roles(await bot.groups.get_group_by_id(device, wid))
    await refused(bot.groups.join_group(other, code=revoked["code"]), 409, "already_member")
    foreign = await bot.groups.join_group(device, code="SANDBOXabc123")
    assert (foreign["status"], len(foreign["participants"])) == ("joined", 3)
    assert foreign["me"]["role"] == "member"


async def test_admin_only_actions_answer_403(server: Server) -> None:
    device = await online(server)
    foreign = await server.sdk().groups.join_group(device, code="SANDBOXadmins1")
    wid, bot = foreign["wid"], server.sdk()
    calls = [
        bot.groups.remove_group_participants(device, wid, phones=[foreign["participants"][1]["phone"]]),
        bot.groups.update_participants_permissions(device, wid, participants=[{"phone": ANA, "admin": True}]),
        bot.groups.approve_group_members(device, wid, all=True),
        bot.groups.reject_group_members(device, wid, all=True),
        bot.groups.revoke_group_invite(device, wid),
        bot.groups.get_group_pending_members(device, wid),
    ]
    for call in calls:
        problem = await refused(call, 403, "not_group_admin")
        assert "admin" in problem.message
    # edit and invite are open to all in this group: a member may
    assert (await bot.groups.update_group(device, wid, name="Ours"))["name"] == "Ours"
    assert (await bot.groups.add_group_participants(device, wid, participants=[{"phone": ANA}]))["results"][
        0
    ]["status"] == "added"


async def test_leave_keeps_or_removes_and_removed_by_admin(server: Server) -> None:
    device = await online(server)
    bot = server.sdk()
    kept, gone = await _group(server, device), await _group(server, device)
    left = await bot.groups.leave_group(device, id=kept["wid"], remove=False)
    assert left == {"id": kept["wid"], "left": True, "removed": False}
    view = await bot.groups.get_group_by_id(device, kept["wid"])
    assert (view["membership"], view["isReadOnly"], view["me"]["role"]) == ("left", True, None)
    await refused(bot.groups.update_group(device, kept["wid"], name="x"), 409, "not_a_member")
    await refused(bot.groups.get_group_invite_code(device, kept["wid"]), 409, "not_a_member")
    wrote = await server.client.post(
        f"/sandbox/devices/{device}/inbound", json={"phone": ANA, "message": "hi", "group": gone["wid"]}
    )
    assert wrote.status_code == 201, wrote.text
    assert (await bot.chats.get_device_chat_details(device, gone["wid"]))["name"] == "Team"
    await bot.groups.leave_group(device, id=gone["wid"])  # remove: true by default
    await refused(bot.groups.get_group_by_id(device, gone["wid"]), 404)
    await refused(bot.chats.get_device_chat_details(device, gone["wid"]), 404)
    third = await _group(server, device)
    response = await server.client.post(f"/sandbox/devices/{device}/groups/{third['wid']}/remove-us", json={})
    assert response.json()["membership"] == "removed", response.text
    await refused(bot.groups.add_group_participants(device, third["wid"], participants=[{"phone": BO}]), 409)


async def _events(server: Server) -> list[dict[str, Any]]:
    return [w.data for w in await written(server) if w.event == "group:update"]


async def test_every_change_writes_group_update_and_a_refused_one_none(server: Server) -> None:
    device = await online(server)
    await subscribe(server, device, ["group:update"])
    bot = server.sdk()
    group = await _group(server, device, ANA)
    wid = group["wid"]
    await bot.groups.update_group(device, wid, name="Crew")
    await bot.groups.add_group_participants(device, wid, participants=[{"phone": BO}])
    await bot.groups.update_participants_permissions(device, wid, participants=[{"phone": BO, "admin": True}])
    await bot.groups.remove_group_participants(device, wid, phones=[BO])
    await refused(bot.groups.remove_group_participants(device, wid, phones=[CY]), 400)
    await bot.groups.revoke_group_invite(device, wid)
    await bot.groups.leave_group(device, id=wid, remove=False)
    events = await _events(server)
    assert [(e["change"], e["phones"]) for e in events] == [
        ("create", [ANA]),
        ("update", []),
        ("add", [BO]),
        ("promote", [BO]),
        ("remove", [BO]),
        ("invite", []),
        ("leave", [group["me"]["phone"]]),
    ]
    assert {e["group"] for e in events} == {wid}
    assert events[1]["name"] == "Crew"


# the walk: every operation of another account's number and group is a 404 and changes nothing
VALUES: dict[str, dict[str, Any]] = {
    "groups.createGroup": {"name": "Intruders", "participants": [{"phone": CY}]},
    "groups.updateGroup": {"name": "Intruders"},
    "groups.groupUpdateImage": {"image": base64.b64encode(PNG).decode()},
    "groups.addGroupParticipants": {"participants": [{"phone": CY}]},
    "groups.updateParticipantsPermissions": {"participants": [{"phone": ANA, "admin": True}]},
    "groups.removeGroupParticipants": {"phones": [ANA]},
    "groups.approveGroupMembers": {"all": True},
    "groups.rejectGroupMembers": {"all": True},
    "groups.joinGroup": {"code": "SANDBOXwalk1"},
    "groups.leaveGroup": {"remove": False},
}


async def _snapshot(server: Server) -> list[Any]:
    async with server.services.database.sessions() as session:
        rows = (await session.scalars(select(Group).order_by(Group.wid))).all()
    return [
        (g.device_id, g.wid, g.subject, g.membership, json.dumps(g.participants), g.invite_code) for g in rows
    ]


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.key for op in OPERATIONS])
async def test_another_account_gets_404_and_changes_nothing(server: Server, op: Operation) -> None:
    device = await online(server)
    group = await _group(server, device, ANA)
    _, other_key = await server.services.accounts.create("other")
    ids = {"deviceId": device, "groupId": group["wid"], "id": group["wid"]}
    values = {p.name: ids[p.name] for p in op.params if p.name in ids and p.location in ("path", "body")}
    values.update(VALUES.get(op.key, {}))
    before = await _snapshot(server)
    await refused(server.sdk(other_key).call(op.key, values), 404)
    assert await _snapshot(server) == before
    await server.sdk().call(op.key, values)  # the owner's call is answered


async def test_another_accounts_group_on_its_own_number_and_the_sandbox_calls_are_404(server: Server) -> None:
    device = await online(server)
    group = await _group(server, device, ANA)
    _, other_key = await server.services.accounts.create("other")
    async with server.client_for(other_key) as client:
        number = (
            await client.post("/v1/devices", json={"alias": "Other", "billingPlan": "professional"})
        ).json()
        theirs = str(number["id"])
        assert (await client.get(f"/v1/devices/{theirs}/scan", params={"encoding": "json"})).is_success
        assert (await client.post(f"/sandbox/devices/{theirs}/scan")).is_success
        for path in ("request", "remove-us"):
            response = await client.post(
                f"/sandbox/devices/{device}/groups/{group['wid']}/{path}",
                json={"phone": BO} if path == "request" else {},
            )
            assert response.status_code == 404, response.text
    bot = server.sdk(other_key)
    code = (await server.sdk().groups.get_group_invite_code(device, group["wid"]))["code"]
    await refused(bot.groups.get_group_by_id(theirs, group["wid"]), 404)
    await refused(bot.groups.update_group(theirs, group["wid"], name="Mine"), 404)
    await refused(bot.groups.leave_group(theirs, id=group["wid"]), 404)
    await refused(bot.groups.join_group(theirs, code=code), 404, "not_found")  # another account's code
    assert (await server.sdk().groups.get_group_by_id(device, group["wid"]))["name"] == "Team"


async def test_the_picture_by_url_is_fetched(server: Server) -> None:
    device = await online(server)
    group = await _group(server, device)
    groups = server.sdk().groups
    with serving(
        {"/logo.png": Served(PNG, "image/png"), "/logo.gif": Served(b"GIF89a", "image/gif")}
    ) as remote:
        pictured = await groups.group_update_image(device, group["wid"], url=remote.url("/logo.png"))
        assert (pictured["image"]["type"], pictured["image"]["size"]) == ("image/png", len(PNG))
        await refused(groups.group_update_image(device, group["wid"], url=remote.url("/logo.gif")), 400)
    await refused(groups.group_update_image(device, group["wid"], url="ftp://example.com/x.png"), 400)


async def test_a_send_to_a_group_the_number_is_not_in_fails(server: Server) -> None:
    device = await online(server)
    sent = await server.send(device, group="120363000000000001@g.us", message="anyone?")

    async def failed() -> bool:
        return (await server.message(sent["id"]))["status"] == "failed"

    await server.drive(failed)
    assert "not a member of the group" in str((await server.message(sent["id"])).get("failure"))
    assert [e for e in await server.outbox(device) if e["message"] == sent["id"]] == []
