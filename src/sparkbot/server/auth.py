"""Who is calling: the API key from `Token`, `Authorization: Bearer` or `?token=`, and its account."""

from __future__ import annotations

from fastapi import Request

from .db import Account
from .problems import ApiProblem, unauthorized
from .services import Services

__all__ = ["current_account", "extract_key", "get_services"]


def extract_key(request: Request) -> str | None:
    """The key as sent, preferring `Token`, then `Authorization: Bearer`, then `?token=`."""
    token = request.headers.get("token", "").strip()
    if token:
        return token
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.query_params.get("token", "").strip() or None


def get_services(request: Request) -> Services:
    services: Services | None = getattr(request.app.state, "services", None)
    if services is None:
        raise ApiProblem(503, "not_ready", "the server is starting: try again in a moment")
    return services


async def current_account(request: Request) -> Account:
    """The caller's account; 401 when the key is missing or unknown."""
    key = extract_key(request)
    if key is None:
        raise unauthorized(
            "an API key is required: send it as the Token header, Authorization: Bearer, or ?token="
        )
    account = await get_services(request).accounts.authenticate(key)
    if account is None:
        raise unauthorized("the API key is not valid")
    return account
