"""Team through the real client (`server.sdk()`), on both backends: users created on a number,
listed with their filters, updated, granted and revoked access (their chats released as asked),
deleted (their chats reassigned, unassigned or resolved; they leave their departments); a chat or
contact owned only by a user with access; bad input a 400 with nothing stored; another account's
ids a 404 for every operation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from sparkbot import APIStatusError, AsyncSparkBot
from sparkbot.server.db.models import Chat, Department, TeamAccess, TeamUser
from sparkbot.server.services.team import verify_password

from .harness import Server
from .harness import online as _online
from .outbox import Outbox, subscribe
from .teams import add_department, add_user

ANA, BO = "+447362053576", "+447362053577"
ANA_WID, BO_WID = "447362053576@c.us", "447362053577@c.us"
MISSING = "0123456789abcdef01234567"


async def _chats(server: Server, device: str, *phones: str) -> None:
    for phone in phones:
        response = await server.client.post(
            f"/sandbox/devices/{device}/inbound", json={"phone": phone, "message": "hi"}
        )
        assert response.status_code == 201, response.text


async def _refused(call: Awaitable[Any], status: int, field: str | None = None) -> APIStatusError:
    with pytest.raises(APIStatusError) as caught:
        await call
    assert caught.value.status == status, caught.value
    if field is not None:
        assert [e["field"] for e in caught.value.errors] == [field], caught.value.errors
    return caught.value


async def _user(server: Server, user_id: str) -> TeamUser | None:
    async with server.services.database.sessions() as session:
        return await session.get(TeamUser, user_id)


async def _access(server: Server) -> set[tuple[str, str]]:
    async with server.services.database.sessions() as session:
        rows = (await session.execute(select(TeamAccess.user_id, TeamAccess.device_id))).all()
    return {(user, device) for user, device in rows}


async def _owners(server: Server, device: str) -> dict[str, tuple[str | None, str | None, str]]:
    async with server.services.database.sessions() as session:
        chats = (await session.scalars(select(Chat).where(Chat.device_id == device))).all()
    return {c.wid: (c.owner_agent, c.owner_department, c.status) for c in chats}


async def _count(server: Server, model: Any) -> int:
    async with server.services.database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_create_answers_the_user_and_keeps_only_a_hash_of_the_password(server: Server) -> None:
    sales, support = await _online(server, "Sales"), await _online(server, "Support")
    team = server.sdk().team
    created = await team.create_device_user(
        sales,
        display_name=" Ana Agent ",
        email="Ana@Example.com",
        password="s3cret",
        role="agent",
        color="teal",
    )
    assert {k: created[k] for k in ("displayName", "email", "role", "color", "status", "devices")} == {
        "displayName": "Ana Agent",
        "email": "ana@example.com",
        "role": "agent",
        "color": "teal",
        "status": "active",
        "devices": [sales],
    }
    assert "password" not in created
    assert "passwordHash" not in created
    stored = await _user(server, created["id"])
    assert stored is not None
    assert "s3cret" not in stored.password_hash
    assert verify_password("s3cret", stored.password_hash)
    assert [u["id"] for u in await team.get_device_team_members(sales)] == [created["id"]]
    assert await team.get_device_team_members(support) == []

    invited = await team.create_device_user(
        support,
        display_name="Bo Boss",
        email="bo@example.com",
        password="12345",
        role="admin",
        color="red",
        invite=True,
    )
    assert (invited["status"], invited["role"], invited["devices"]) == ("pending", "admin", [support])

    exists = await _refused(
        team.create_device_user(
            support,
            display_name="Ana Two",
            email="ANA@example.com",
            password="xxxxx",
            role="agent",
            color="blue",
        ),
        409,
        "email",
    )
    assert exists.code == "user_exists"
    assert await _count(server, TeamUser) == 2
    assert await _access(server) == {(created["id"], sales), (invited["id"], support)}


async def test_create_refuses_bad_input_and_stores_nothing(server: Server) -> None:
    device = await _online(server)
    url = f"/v1/devices/{device}/team"
    good = {
        "displayName": "Ana",
        "email": "ana@example.com",
        "password": "secret",
        "role": "agent",
        "color": "blue",
    }
    for field, bad in (
        ("displayName", "A"),
        ("displayName", "x" * 31),
        ("email", "not-an-email"),
        ("password", "1234"),
        ("password", "x" * 51),
        ("role", "owner"),
        ("color", "ruby"),
    ):
        response = await server.client.post(url, json={**good, field: bad})
        assert response.status_code == 400, (field, response.text)
        assert response.json()["errors"][0]["field"] == field
    missing = await server.client.post(url, json={k: v for k, v in good.items() if k != "password"})
    assert missing.status_code == 400
    assert await _count(server, TeamUser) == 0


async def test_the_list_filters_and_pages(server: Server) -> None:
    sales, support = await _online(server, "Sales"), await _online(server, "Support")
    ana = await add_user(server, sales, "Ana Agent")
    await server.clock.advance(1)
    bo = await add_user(server, support, "Bo Boss", role="admin", invite=True)
    await server.clock.advance(1)
    cy = await add_user(server, sales, "Cy Super", role="supervisor")
    team = server.sdk().team

    async def ids(**filters: Any) -> list[str]:
        return [u["id"] for u in await team.get_team_users(**filters)]

    assert await ids() == [ana, bo, cy]  # oldest first
    assert await ids(role=["admin", "supervisor"]) == [bo, cy]
    assert await ids(status=["pending"]) == [bo]
    assert await ids(search="SUPER") == [cy]
    assert await ids(search="bo@example") == [bo]
    assert await ids(device=sales) == [ana, cy]
    assert await ids(ids=[cy, ana]) == [ana, cy]
    assert await ids(except_ids=[ana]) == [bo, cy]
    assert await ids(size=2, page=1) == [cy]
    assert await ids(login_after="2020-01-01T00:00:00Z") == []  # nobody ever logged in here
    listed = await team.get_team_users(ids=[ana])
    assert listed[0]["devices"] == [sales]
    assert listed[0]["lastLoginAt"] is None
    await _refused(team.get_team_users(device=MISSING), 404)
    await _refused(team.get_team_users(size=0), 400, "size")
    bad = await server.client.get("/v1/team", params={"ids": "nope"})
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["field"] == "ids[0]"


async def test_update_changes_the_fields_given(server: Server) -> None:
    device = await _online(server)
    ana = await add_user(server, device, "Ana Agent")
    await add_user(server, device, "Bo Boss")
    team = server.sdk().team
    before = await _user(server, ana)
    assert before is not None
    await server.clock.advance(60)
    updated = await team.update_team_user(
        id=ana, display_name="Ana Maria", email="maria@example.com", password="n3w-pass", role="supervisor"
    )
    assert (updated["displayName"], updated["email"], updated["role"], updated["color"]) == (
        "Ana Maria",
        "maria@example.com",
        "supervisor",
        "blue",
    )
    assert updated["updatedAt"] > updated["createdAt"]
    assert updated["devices"] == [device]
    stored = await _user(server, ana)
    assert stored is not None
    assert verify_password("n3w-pass", stored.password_hash)
    assert not verify_password("secret-1", stored.password_hash)

    taken = await _refused(team.update_team_user(id=ana, email="BO@example.com"), 409, "email")
    assert taken.code == "user_exists"
    await _refused(team.update_team_user(id=MISSING, role="admin"), 404)
    nothing = await server.client.patch("/v1/team", json={"id": ana})
    assert nothing.status_code == 400
    short = await server.client.patch("/v1/team", json={"id": ana, "displayName": "A", "role": "admin"})
    assert short.status_code == 400
    after = await _user(server, ana)
    assert after is not None
    assert (after.email, after.role, after.display_name) == ("maria@example.com", "supervisor", "Ana Maria")


async def test_grant_and_revoke_release_the_chats_as_asked(server: Server) -> None:
    sales, support = await _online(server, "Sales"), await _online(server, "Support")
    await _chats(server, support, ANA, BO)
    ana = await add_user(server, sales, "Ana Agent")
    bo = await add_user(server, support, "Bo Boss")
    team, chats = server.sdk().team, server.sdk().chats

    # no access yet: ana cannot own a chat of `support`
    await _refused(chats.assign_chat_agent(support, ANA_WID, agent=ana), 400, "agent")
    granted = await team.grant_device_user_access(support, id=ana)
    assert granted["devices"] == sorted([sales, support])
    again = await team.grant_device_user_access(support, id=ana)  # has it: nothing changes
    assert again["devices"] == granted["devices"]
    assert [u["id"] for u in await team.get_device_team_members(support)] == [ana, bo]
    await _refused(team.grant_device_user_access(support, id=MISSING), 404)
    sales_team = await add_department(server, support, [ana, bo])

    await chats.assign_chat_agent(support, ANA_WID, agent=ana, department=sales_team)
    await chats.assign_chat_agent(support, BO_WID, agent=ana)
    webhook_outbox = Outbox(server)
    await subscribe(server, support, ["chat:update"])
    await webhook_outbox.new()

    # a target without access: refused, nothing changed
    await _refused(
        team.revoke_device_user_access(support, id=ana, action="reassign", assign=MISSING), 400, "assign"
    )
    await _refused(
        team.revoke_device_user_access(support, id=ana, action="reassign", assign=ana), 400, "assign"
    )
    assert (ana, support) in await _access(server)
    assert (await _owners(server, support))[ANA_WID][0] == ana

    revoked = await team.revoke_device_user_access(support, id=ana, action="reassign", assign=bo)
    assert (revoked["chats"], revoked["action"], revoked["removed"]) == (2, "reassign", False)
    assert revoked["user"]["devices"] == [sales]
    owners = await _owners(server, support)
    assert owners[ANA_WID] == (bo, sales_team, "pending")  # the department stays
    assert owners[BO_WID][0] == bo
    events = await webhook_outbox.new()
    assert sorted((e, body["data"]["id"], body["data"]["change"]) for e, _, body in events) == [
        ("chat:update", ANA_WID, "owner"),
        ("chat:update", BO_WID, "owner"),
    ]
    assert events[0][2]["data"]["owner"]["agent"] == bo
    departments = await server.sdk().departments.get_departments(support)
    assert departments[0]["agents"] == [bo]  # ana left the number's department
    await _refused(team.revoke_device_user_access(support, id=ana), 404)  # no access any more
    await _refused(chats.assign_chat_agent(support, ANA_WID, agent=ana), 400, "agent")

    # by email, resolving
    await team.grant_device_user_access(support, id=ana)
    await chats.assign_chat_agent(support, ANA_WID, agent=ana, department=sales_team)
    resolved = await team.revoke_device_user_access(support, email="ANA@example.com", action="resolve")
    assert resolved["chats"] == 1
    assert (await _owners(server, support))[ANA_WID] == (None, sales_team, "resolved")

    # remove=true: revoked here, then deleted
    await chats.assign_chat_agent(support, BO_WID, agent=bo)
    removed = await team.revoke_device_user_access(support, id=bo, remove=True)
    assert (removed["removed"], removed["chats"]) == (True, 1)
    assert await _user(server, bo) is None
    assert (await _owners(server, support))[BO_WID][0] is None
    assert await _access(server) == {(ana, sales)}


async def test_revoke_refuses_bad_input(server: Server) -> None:
    device = await _online(server)
    ana = await add_user(server, device)
    url = f"/v1/devices/{device}/team"
    for body, field in (
        ({}, "id"),
        ({"id": ana, "email": "ana@example.com"}, "id"),
        ({"id": "nope"}, "id"),
        ({"id": ana, "action": "reassign"}, "assign"),
        ({"id": ana, "action": "explode"}, "action"),
    ):
        response = await server.client.request("DELETE", url, json=body)
        assert response.status_code == 400, (body, response.text)
        assert response.json()["errors"][0]["field"] == field, response.text
    assert await _access(server) == {(ana, device)}


async def test_delete_users_reassigns_their_chats_on_every_number(server: Server) -> None:
    sales, support = await _online(server, "Sales"), await _online(server, "Support")
    await _chats(server, sales, ANA)
    await _chats(server, support, BO)
    ana = await add_user(server, sales, "Ana Agent")
    await server.sdk().team.grant_device_user_access(support, id=ana)
    bo = await add_user(server, sales, "Bo Boss")
    cy = await add_user(server, support, "Cy Super")
    team, chats = server.sdk().team, server.sdk().chats
    await chats.assign_chat_agent(sales, ANA_WID, agent=ana)
    await chats.assign_chat_agent(support, BO_WID, agent=ana)
    department = await add_department(server, support, [ana, cy])
    contacts = server.sdk().chat_contacts
    await contacts.create_contact(sales, phone="+447700900111", name="Owned", assign=ana)
    await contacts.create_contact(support, phone="+447700900222", name="Owned too", assign=ana)

    async def contact_owner(device: str, phone: str) -> Any:
        return (await contacts.get_device_contact_details(device, phone.removeprefix("+") + "@c.us")).get(
            "owner"
        )

    assert await contact_owner(sales, "+447700900111") == {"agent": ana}

    # ana still has access to numbers: needs force (or remove)
    held = await _refused(team.delete_users(users=[{"id": ana, "action": "unassign"}]), 409, "force")
    assert held.code == "user_has_access"
    # bo, the target, has no access to `support`: nothing deleted
    await _refused(
        team.delete_users(users=[{"id": ana, "action": "reassign", "assign": bo}], force=True), 400, "users"
    )
    assert await _user(server, ana) is not None
    assert (await _owners(server, support))[BO_WID][0] == ana
    await team.grant_device_user_access(support, id=bo)

    deleted = await team.delete_users(
        users=[{"email": "ana@example.com", "action": "reassign", "assign": bo}], force=True
    )
    assert deleted == {
        "deleted": [{"id": ana, "email": "ana@example.com", "action": "reassign", "chats": 2}],
        "total": 1,
    }
    assert await _user(server, ana) is None
    assert (await _owners(server, sales))[ANA_WID][0] == bo
    assert (await _owners(server, support))[BO_WID][0] == bo
    # the contacts ana owned follow the chats, on every number
    assert await contact_owner(sales, "+447700900111") == {"agent": bo}
    assert await contact_owner(support, "+447700900222") == {"agent": bo}
    assert ana not in {user for user, _ in await _access(server)}
    async with server.services.database.sessions() as session:
        stored = await session.get(Department, department)
    assert stored is not None
    assert stored.agents == [cy]

    # remove=true in the entry stands for force; unassign by default
    await chats.assign_chat_agent(support, BO_WID, agent=cy)
    gone = await team.delete_users(users=[{"id": cy, "remove": True}])
    assert gone["deleted"][0]["action"] == "unassign"
    assert gone["deleted"][0]["chats"] == 1
    assert (await _owners(server, support))[BO_WID][0] is None
    # unassign: the contacts bo owned have no owner any more
    await team.delete_users(users=[{"id": bo, "remove": True}])
    assert await contact_owner(sales, "+447700900111") is None
    assert await contact_owner(support, "+447700900222") is None


async def test_delete_users_refuses_bad_input_and_deletes_nobody(server: Server) -> None:
    device = await _online(server)
    ana, bo = await add_user(server, device, "Ana Agent"), await add_user(server, device, "Bo Boss")
    team = server.sdk().team
    await _refused(team.delete_users(users=[{"id": ana}, {"id": MISSING}], force=True), 404)
    await _refused(
        team.delete_users(users=[{"id": ana}, {"email": "ana@example.com"}], force=True), 400, "users"
    )
    await _refused(
        team.delete_users(users=[{"id": ana, "action": "reassign", "assign": bo}, {"id": bo}], force=True),
        400,
        "users[0].assign",
    )
    bodies: list[dict[str, Any]] = [
        {"users": []},
        {"users": [{"id": ana, "email": "ana@example.com"}]},
        {"users": [{}]},
        {"users": [{"id": ana, "action": "reassign"}]},
        {"users": [{"id": ana, "colour": "red"}]},
        {"users": [{"id": ana}] * 11, "force": True},
    ]
    for body in bodies:
        response = await server.client.request("DELETE", "/v1/team", json=body)
        assert response.status_code == 400, (body, response.text)
    assert await _count(server, TeamUser) == 2


async def test_owners_of_chats_and_contacts_must_have_access_to_the_number(server: Server) -> None:
    sales, support = await _online(server, "Sales"), await _online(server, "Support")
    await _chats(server, sales, ANA, BO)
    ana = await add_user(server, sales, "Ana Agent")
    outsider = await add_user(server, support, "Bo Outsider")
    elsewhere = await add_department(server, support, [outsider])
    here = await add_department(server, sales, [ana])
    chats = server.sdk().chats

    await _refused(chats.assign_chat_agent(sales, ANA_WID, agent=outsider), 400, "agent")
    await _refused(chats.assign_chat_agent(sales, ANA_WID, agent=MISSING), 400, "agent")
    await _refused(
        chats.assign_chat_agent(sales, ANA_WID, agent=ana, department=elsewhere), 400, "department"
    )
    await _refused(
        chats.bulk_chats_update(sales, action="assign", chats=[ANA_WID, BO_WID], agent=outsider),
        400,
        "params.agent",
    )
    assert await _owners(server, sales) == {ANA_WID: (None, None, "pending"), BO_WID: (None, None, "pending")}

    owned = await chats.assign_chat_agent(sales, ANA_WID, agent=ana, department=here)
    assert owned["owner"] == {"agent": ana, "department": here, "email": None}
    bulk = await chats.bulk_chats_update(sales, action="assign", chats=[ANA_WID, BO_WID], agent=ana)
    assert bulk["updated"] == [ANA_WID, BO_WID]

    contacts = server.sdk().chat_contacts
    await _refused(contacts.create_contact(sales, phone="+34600123456", assign=outsider), 400, "assign")
    created = await contacts.create_contact(sales, phone="+34600123456", assign=ana)
    assert created["owner"] == {"agent": ana}


def _calls(device: str, user: str) -> dict[str, Callable[[AsyncSparkBot], Awaitable[Any]]]:
    return {
        "team.getTeamUsers": lambda b: b.team.get_team_users(device=device),
        "team.updateTeamUser": lambda b: b.team.update_team_user(id=user, role="admin"),
        "team.deleteUsers": lambda b: b.team.delete_users(users=[{"id": user}], force=True),
        "team.getDeviceTeamMembers": lambda b: b.team.get_device_team_members(device),
        "team.createDeviceUser": lambda b: b.team.create_device_user(
            device, display_name="Eve", email="eve@example.com", password="secret", role="agent", color="blue"
        ),
        "team.grantDeviceUserAccess": lambda b: b.team.grant_device_user_access(device, id=user),
        "team.revokeDeviceUserAccess": lambda b: b.team.revoke_device_user_access(device, id=user),
    }


async def test_another_account_gets_404_for_every_operation(server: Server) -> None:
    device = await _online(server)
    ana = await add_user(server, device)
    _, other_key = await server.services.accounts.create("other")
    other = server.sdk(other_key)
    theirs = str((await other.numbers.create_number(alias="Theirs", billing_plan="professional"))["id"])
    calls = _calls(device, ana)
    assert len(calls) == 7
    for key, call in calls.items():
        assert (await _refused(call(other), 404)).code == "not_found", key
    # their own number, our user: still not found
    await _refused(other.team.grant_device_user_access(theirs, id=ana), 404)
    await _refused(other.team.revoke_device_user_access(theirs, id=ana), 404)
    assert await other.team.get_team_users(ids=[ana]) == []
    stored = await _user(server, ana)
    assert stored is not None
    assert stored.role == "agent"
    assert await _access(server) == {(ana, device)}
    assert await _count(server, TeamUser) == 1
