"""Departments (4 operations): a number's departments and their agents.

The rules where the catalogue is silent:

- A department answers `{id, device, name, color, icon, description, agents, createdAt,
  updatedAt}`; `agents` are user ids in the order given (a repeat kept once).
- `name` is 2 to 25 characters once trimmed and unique on the number in any case (another
  department's is a 409 `department_exists`); `description` at most 300 characters; `color` and
  `icon` the catalogue's (the node's default colour `blue` is not one of them: a 400 listing
  them). `agents`: 1 to 30 users with access to the number (a user without access, another
  account's or unknown: a 400 naming `agents`), checked in the write's transaction.
- `createDepartment` answers 201. `updateDepartment` changes the fields given (at least one; 400
  otherwise); `agents` replaces the list. A department another number has, or none, is a 404.
- `deleteDepartment` removes it; the number's chats it owned keep their agent and email and lose
  the department, each with a `chat:update` (`change: owner`) in the same transaction. Answers
  `{id, deleted: true, chats}` (how many chats it left).
- A user that loses access to the number (revoked, deleted) is taken out of its departments; a
  department may so be left without agents, and stays.
- `getDepartments` lists the number's departments oldest first (a number holds few: no paging)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ...spec.formats import is_hex24
from ...spec.validation import is_given
from ..clock import Clock
from ..db import Account, Database
from ..db.models import Department
from ..db.team import NameTaken, NoAccess, TeamStore
from ..problems import conflict, invalid, not_found
from .accounts import new_id
from .chats import chat_events
from .numbers import NumberService
from .views import iso

__all__ = ["DepartmentService", "department_view"]

NAME_LENGTH = (2, 25)
DESCRIPTION_MAX = 300
AGENTS = (1, 30)


def department_view(department: Department) -> dict[str, Any]:
    return {
        "id": department.id,
        "device": department.device_id,
        "name": department.name,
        "color": department.color,
        "icon": department.icon,
        "description": department.description,
        "agents": list(department.agents or []),
        "createdAt": iso(department.created_at),
        "updatedAt": iso(department.updated_at),
    }


def _name(value: Any) -> str:
    low, high = NAME_LENGTH
    text = value.strip() if isinstance(value, str) else ""
    if not low <= len(text) <= high:
        raise invalid("name", f"name must be {low} to {high} characters, got {value!r}")
    return text


def _description(value: Any) -> str:
    if not isinstance(value, str) or len(value) > DESCRIPTION_MAX:
        raise invalid("description", f"description must be text of at most {DESCRIPTION_MAX} characters")
    return value.strip()


def _agents(value: Any) -> list[str]:
    low, high = AGENTS
    if not isinstance(value, list | tuple):
        raise invalid("agents", f"agents must be a list of {low} to {high} user ids")
    agents: list[str] = []
    for i, agent in enumerate(value):
        if not isinstance(agent, str) or not is_hex24(agent):
            raise invalid(f"agents[{i}]", f"agents[{i}] must be a user id: 24 lowercase hex, got {agent!r}")
        if agent not in agents:
            agents.append(agent)
    if not low <= len(agents) <= high:
        raise invalid("agents", f"agents must be {low} to {high} user ids, got {len(agents)}")
    return agents


def _department_id(value: Any) -> str:
    if not isinstance(value, str) or not is_hex24(value):
        raise invalid("department", f"department must be a department id: 24 lowercase hex, got {value!r}")
    return value


class DepartmentService:
    """A number's departments; another account's number is never found (404)."""

    def __init__(self, database: Database, clock: Clock, numbers: NumberService) -> None:
        self._clock = clock
        self._numbers = numbers
        self._team = TeamStore(database)

    async def search(self, account: Account, device_id: str) -> list[dict[str, Any]]:
        device = await self._numbers.require(account, device_id)
        return [department_view(d) for d in await self._team.departments(device.id)]

    async def create(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        now = self._clock.now()
        department = Department(
            id=new_id(),
            account_id=account.id,
            device_id=device.id,
            name=_name(values.get("name")),
            color=str(values.get("color")),
            icon=str(values.get("icon")),
            description=_description(values["description"]) if is_given(values.get("description")) else "",
            agents=_agents(values.get("agents")),
            created_at=now,
            updated_at=now,
        )
        with _refusals():
            await self._team.create_department(department)
        return department_view(department)

    async def update(self, account: Account, device_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        department_id = _department_id(values.get("department"))
        changed: dict[str, Any] = {}
        if is_given(values.get("name")):
            changed["name"] = _name(values["name"])
        for name in ("color", "icon"):
            if is_given(values.get(name)):
                changed[name] = str(values[name])
        if is_given(values.get("description")):
            changed["description"] = _description(values["description"])
        if is_given(values.get("agents")):
            changed["agents"] = _agents(values["agents"])
        if not changed:
            raise invalid("department", "nothing to change: give name, color, icon, description or agents")
        changed["updated_at"] = self._clock.now()
        with _refusals():
            department = await self._team.change_department(device.id, department_id, changed)
        if department is None:
            raise not_found("department", department_id)
        return department_view(department)

    async def delete(self, account: Account, device_id: str, department_id: Any) -> dict[str, Any]:
        device = await self._numbers.require(account, device_id)
        department = _department_id(department_id)
        now = self._clock.now()
        chats = await self._team.delete_department(device.id, department, now, chat_events("owner"))
        if chats is None:
            raise not_found("department", department)
        return {"id": department, "deleted": True, "chats": chats}


@contextmanager
def _refusals() -> Iterator[None]:
    """The store's refusals of a department's write as the API's answers."""
    try:
        yield
    except NoAccess as error:
        raise invalid(
            "agents", f"{error.user_id} is not a user with access to this number: grant it access first"
        ) from None
    except NameTaken as error:
        raise conflict(
            "department_exists", f"this number has a department named {error.args[0]!r} already", "name"
        ) from None
