"""`/v1` requests go straight to their catalogue endpoint, ahead of the framework's whole stack.

`CatalogueApp` is the FastAPI application whose `__call__` first looks a `/v1` request up in the
table of the catalogue's routes (`CatalogueRoutes`); a request it knows is answered by its
endpoint there, with no middleware, no route scan and no dependency solving. FastAPI keeps the
`/v1` routes (they make the OpenAPI document, and answer what the table does not: a `HEAD`, a
trailing slash, a method a path does not take) and everything else. Errors are the same either
way: an `ApiProblem` in the API's shape, a database that stays busy a 503, anything else a 500
in the same shape (and the server's log)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .errors import failure_response, problem_response
from .problems import ApiProblem
from .routes.registry import CatalogueRoutes

__all__ = ["API_PREFIX", "CatalogueApp"]

API_PREFIX = "/v1"


class CatalogueApp(FastAPI):
    """The server's application: FastAPI, with the catalogue's `/v1` routes answered first."""

    def __init__(self, *, catalogue: CatalogueRoutes, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.catalogue = catalogue

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            if path.startswith(API_PREFIX + "/"):
                found = self.catalogue.find(scope["method"], path[len(API_PREFIX) :])
                if found is not None:
                    endpoint, params = found
                    scope["app"] = self
                    scope["path_params"] = params
                    request = Request(scope, receive)
                    response: Response
                    try:
                        response = await endpoint(request)
                    except ApiProblem as problem:
                        response = problem_response(problem)
                    except Exception as exc:
                        response = failure_response(exc)
                    await response(scope, receive, send)
                    return
        await super().__call__(scope, receive, send)
