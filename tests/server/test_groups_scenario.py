"""A group's life through the real client, on both backends: made with three contacts (one not on
WhatsApp, reported), a member promoted, a message to the group carried to every member, a
stranger's request approved, the invite revoked (the old code fails), a member writing, and the
number leaving (its sends to the group then fail)."""

from __future__ import annotations

from .harness import Server, online, refused

ANA, BO, NOBODY, STRANGER = "+447362053576", "+447362053577", "+447362050000", "+447362053599"


async def test_a_group_from_creation_to_leaving(server: Server) -> None:
    device, joiner = await online(server), await online(server)
    bot = server.sdk()
    created = await bot.groups.create_group(
        device,
        name="Launch",
        participants=[{"phone": ANA}, {"phone": BO}, {"phone": NOBODY}],
        permissions_approval=True,
    )
    wid, me = created["wid"], created["me"]["phone"]
    assert [(r["phone"], r["status"]) for r in created["results"]] == [
        (ANA, "added"),
        (BO, "added"),
        (NOBODY, "not_on_whatsapp"),
    ]

    promoted = await bot.groups.update_participants_permissions(
        device, wid, participants=[{"phone": ANA, "admin": True}]
    )
    assert {p["phone"]: p["admin"] for p in promoted["participants"]} == {me: True, ANA: True, BO: False}

    sent = await server.send(device, group=wid, message="Launch at noon")

    async def carried() -> bool:
        return any(entry["message"] == sent["id"] for entry in await server.outbox(device))

    await server.drive(carried)
    [entry] = [e for e in await server.outbox(device) if e["message"] == sent["id"]]
    assert (entry["group"], sorted(entry["recipients"])) == (wid, sorted([ANA, BO]))

    asked = await server.client.post(
        f"/sandbox/devices/{device}/groups/{wid}/request", json={"phone": STRANGER}
    )
    assert asked.json() == {"group": wid, "phone": STRANGER, "status": "pending"}
    assert [p["phone"] for p in (await bot.groups.get_group_pending_members(device, wid))["pending"]] == [
        STRANGER
    ]
    await bot.groups.approve_group_members(device, wid, all=True)
    members = {p["phone"] for p in (await bot.groups.get_group_by_id(device, wid))["participants"]}
    assert members == {me, ANA, BO, STRANGER}

    old = (await bot.groups.get_group_invite_code(device, wid))["code"]
    new = (await bot.groups.revoke_group_invite(device, wid))["code"]
    await refused(bot.groups.join_group(joiner, code=old), 404, "invite_revoked")
    asking = await bot.groups.join_group(joiner, code=new)  # approval is on: a request
    assert asking["status"] == "pending"
    await refused(bot.groups.get_group_by_id(joiner, wid), 404)
    joiner_phone = (await server.services.store.get_device(joiner)).phone  # type: ignore[union-attr]
    await bot.groups.approve_group_members(device, wid, phones=[joiner_phone])
    theirs = await bot.groups.get_group_by_id(joiner, wid)
    assert (theirs["membership"], theirs["me"]["role"], theirs["name"]) == ("member", "member", "Launch")

    wrote = await server.client.post(
        f"/sandbox/devices/{device}/inbound", json={"phone": BO, "message": "on my way", "group": wid}
    )
    assert wrote.status_code == 201, wrote.text

    await bot.groups.update_group(device, wid, name="Launch day")
    chat = await bot.chats.get_device_chat_details(device, wid)
    assert (chat["name"], chat["readOnly"]) == ("Launch day", False)
    await bot.groups.leave_group(device, id=wid, remove=False)
    assert (await bot.groups.get_group_by_id(device, wid))["membership"] == "left"
    assert (await bot.chats.get_device_chat_details(device, wid))["readOnly"] is True
    late = await server.send(device, group=wid, message="anyone?")

    async def failed() -> bool:
        return (await server.message(late["id"]))["status"] == "failed"

    await server.drive(failed)
    assert "not a member" in str((await server.message(late["id"])).get("failure") or "")
    refused_inbound = await server.client.post(
        f"/sandbox/devices/{device}/inbound", json={"phone": BO, "message": "hello?", "group": wid}
    )
    assert refused_inbound.status_code == 409
