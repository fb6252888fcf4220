"""Handlers of Departments (4 operations): a number's departments, created, updated, deleted and
listed. The rules are `services/departments.py`'s."""

from __future__ import annotations

from typing import Any

from .base import Call, Handlers

__all__ = ["handlers"]

handlers = Handlers()


@handlers.on("departments.getDepartments")
async def get_departments(call: Call) -> Any:
    return await call.services.departments.search(call.account, call.device_id)


@handlers.on("departments.createDepartment", status=201)
async def create_department(call: Call) -> Any:
    return await call.services.departments.create(call.account, call.device_id, call.values)


@handlers.on("departments.updateDepartment")
async def update_department(call: Call) -> Any:
    return await call.services.departments.update(call.account, call.device_id, call.values)


@handlers.on("departments.deleteDepartment")
async def delete_department(call: Call) -> Any:
    return await call.services.departments.delete(call.account, call.device_id, call.get("department"))
