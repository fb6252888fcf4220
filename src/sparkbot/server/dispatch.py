"""`/v1` requests go straight to their catalogue endpoint, ahead of the framework's router.

FastAPI keeps the `/v1` routes (they make the OpenAPI document, and answer what the table does
not: a `HEAD`, a trailing slash, a method a path does not take); a request the table knows is
answered by its endpoint here, with no route scan and no dependency solving. Errors are the same:
an `ApiProblem` is answered in the API's shape, anything else reaches the app's error handler."""

from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import problem_response
from .problems import ApiProblem
from .routes.registry import CatalogueRoutes

__all__ = ["API_PREFIX", "CatalogueDispatch"]

API_PREFIX = "/v1"


class CatalogueDispatch:
    """ASGI middleware: answers the catalogue's `/v1` routes from a `CatalogueRoutes` table."""

    def __init__(self, app: ASGIApp, routes: CatalogueRoutes) -> None:
        self.app = app
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] == "http" and path.startswith(API_PREFIX + "/"):
            found = self.routes.find(scope["method"], path[len(API_PREFIX) :])
            if found is not None:
                endpoint, params = found
                scope["path_params"] = params
                try:
                    response = await endpoint(Request(scope, receive))
                except ApiProblem as problem:
                    response = problem_response(problem)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
