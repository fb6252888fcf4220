"""Departments through the real client (`server.sdk()`), on both backends: created with agents
that have access to the number, listed, updated, deleted (the chats it owned lose it, each with a
`chat:update`); bad input a 400 (or 409 for a name in use) with nothing stored; another account's
ids a 404 for every operation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from sparkbot.server.db.models import Chat, Department

from .harness import Server
from .harness import online as _online
from .outbox import Outbox, subscribe
from .teams import add_department, add_user
from .test_team import _refused

ANA, BO = "+447362053576", "+447362053577"
ANA_WID, BO_WID = "447362053576@c.us", "447362053577@c.us"
MISSING = "0123456789abcdef01234567"


async def _stored(server: Server) -> list[Department]:
    async with server.services.database.sessions() as session:
        return list((await session.scalars(select(Department).order_by(Department.created_at))).all())


async def test_create_list_and_update(server: Server) -> None:
    sales, support = await _online(server, "Sales"), await _online(server, "Support")
    ana = await add_user(server, sales, "Ana Agent")
    bo = await add_user(server, sales, "Bo Boss")
    departments = server.sdk().departments
    created = await departments.create_department(
        sales,
        name=" Billing ",
        color="emerald",
        icon="headset",
        description="Invoices and refunds",
        agents=[ana, bo, ana],
    )
    assert {k: created[k] for k in ("device", "name", "color", "icon", "description", "agents")} == {
        "device": sales,
        "name": "Billing",
        "color": "emerald",
        "icon": "headset",
        "description": "Invoices and refunds",
        "agents": [ana, bo],
    }
    await server.clock.advance(1)
    second = await add_department(server, sales, [bo], name="Support desk")
    assert [d["id"] for d in await departments.get_departments(sales)] == [created["id"], second]
    assert await departments.get_departments(support) == []

    await server.clock.advance(60)
    updated = await departments.update_department(
        sales, department=created["id"], name="Billing desk", agents=[bo], icon="inbox"
    )
    assert (updated["name"], updated["agents"], updated["icon"], updated["color"]) == (
        "Billing desk",
        [bo],
        "inbox",
        "emerald",
    )
    assert updated["updatedAt"] > updated["createdAt"]
    [row, _] = await _stored(server)
    assert (row.name, row.agents, row.icon, row.description) == (
        "Billing desk",
        [bo],
        "inbox",
        "Invoices and refunds",
    )

    taken = await _refused(
        departments.update_department(sales, department=second, name="BILLING DESK"), 409, "name"
    )
    assert taken.code == "department_exists"
    await _refused(departments.update_department(sales, department=MISSING, name="Other"), 404)
    await _refused(
        departments.update_department(support, department=second, name="Other"), 404
    )  # not its number


async def test_bad_input_is_refused_and_nothing_stored(server: Server) -> None:
    sales, support = await _online(server, "Sales"), await _online(server, "Support")
    ana = await add_user(server, sales)
    outsider = await add_user(server, support, "Bo Outsider")
    url = f"/v1/devices/{sales}/departments"
    good: dict[str, Any] = {"name": "Sales", "color": "ruby", "icon": "briefcase", "agents": [ana]}
    for field, bad in (
        ("name", "S"),
        ("name", "x" * 26),
        ("color", "blue"),  # the node's default, not one of the catalogue's colours
        ("icon", "unicorn"),
        ("description", "x" * 301),
        ("agents", []),
        ("agents", ["nope"]),
        ("agents", [outsider]),  # no access to this number
        ("agents", [MISSING]),
        ("agents", [f"{i:024x}" for i in range(31)]),
    ):
        response = await server.client.post(url, json={**good, field: bad})
        assert response.status_code == 400, (field, bad, response.text)
        assert response.json()["errors"][0]["field"].startswith(field), response.text
    await add_department(server, sales, [ana], name="Sales")
    again = await server.client.post(url, json={**good, "name": "sales"})
    assert again.status_code == 409
    assert again.json()["error"] == "department_exists"
    [only] = await _stored(server)
    for body in (
        {"department": only.id},
        {"department": "nope", "name": "Other"},
        {"department": only.id, "agents": [outsider]},
    ):
        response = await server.client.patch(url, json=body)
        assert response.status_code == 400, (body, response.text)
    response = await server.client.request("DELETE", url, json={"department": "nope"})
    assert response.status_code == 400
    [still] = await _stored(server)
    assert (still.name, still.agents, still.updated_at) == ("Sales", [ana], only.updated_at)


async def test_delete_leaves_no_chat_assigned_to_it(server: Server) -> None:
    device = await _online(server)
    for phone in (ANA, BO):
        response = await server.client.post(
            f"/sandbox/devices/{device}/inbound", json={"phone": phone, "message": "hi"}
        )
        assert response.status_code == 201, response.text
    ana = await add_user(server, device)
    billing = await add_department(server, device, [ana], name="Billing")
    kept = await add_department(server, device, [ana], name="Support")
    chats = server.sdk().chats
    await chats.assign_chat_agent(device, ANA_WID, agent=ana, department=billing)
    await chats.bulk_chats_update(device, action="assign", chats=[BO_WID], agent=ana, department=kept)
    outbox = Outbox(server)
    await subscribe(server, device, ["chat:update"])
    await outbox.new()

    deleted = await server.sdk().departments.delete_department(device, department=billing)
    assert deleted == {"id": billing, "deleted": True, "chats": 1}
    async with server.services.database.sessions() as session:
        rows = {c.wid: c for c in (await session.scalars(select(Chat).where(Chat.device_id == device))).all()}
    assert (rows[ANA_WID].owner_agent, rows[ANA_WID].owner_department) == (ana, None)
    assert rows[BO_WID].owner_department == kept
    data = await outbox.one("chat:update", device)
    assert (data["id"], data["change"], data["owner"]) == (
        ANA_WID,
        "owner",
        {"agent": ana, "department": None, "email": None},
    )
    assert [d["id"] for d in await server.sdk().departments.get_departments(device)] == [kept]
    await _refused(server.sdk().departments.delete_department(device, department=billing), 404)
    # a deleted department can own no chat any more
    await _refused(chats.assign_chat_agent(device, ANA_WID, department=billing), 400, "department")


async def test_another_account_gets_404_for_every_operation(server: Server) -> None:
    device = await _online(server)
    ana = await add_user(server, device)
    department = await add_department(server, device, [ana])
    _, other_key = await server.services.accounts.create("other")
    other = server.sdk(other_key)
    theirs = str((await other.numbers.create_number(alias="Theirs", billing_plan="professional"))["id"])
    departments = other.departments
    await _refused(departments.get_departments(device), 404)
    await _refused(
        departments.create_department(device, name="Mine", color="ruby", icon="briefcase", agents=[ana]), 404
    )
    await _refused(departments.update_department(device, department=department, name="Mine"), 404)
    await _refused(departments.delete_department(device, department=department), 404)
    # their own number, our department: not found either
    await _refused(departments.update_department(theirs, department=department, name="Mine"), 404)
    await _refused(departments.delete_department(theirs, department=department), 404)
    await _refused(
        departments.create_department(theirs, name="Mine", color="ruby", icon="briefcase", agents=[ana]),
        400,
        "agents",
    )
    [row] = await _stored(server)
    assert (row.id, row.name, row.device_id) == (department, "Sales", device)
    async with server.services.database.sessions() as session:
        assert int(await session.scalar(select(func.count()).select_from(Department)) or 0) == 1
