"""`create_app(settings)`: the FastAPI application, built on demand (nothing happens at import)."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI

from .. import __version__
from .clock import Clock, SystemClock
from .console import install_console
from .db import open_database
from .dispatch import API_PREFIX, CatalogueApp
from .engines import Engine, SandboxEngine
from .errors import install_error_handlers
from .routes import build_api_router, build_sandbox_router
from .routes.campaigns import build_campaigns_router
from .routes.openapi import finish_document
from .routes.registry import CatalogueRoutes
from .services import Services
from .settings import Settings

__all__ = ["EngineFactory", "create_app"]

EngineFactory = Callable[[Settings, Clock], Engine]


def _announce_key(key: str) -> None:
    print(
        f"sparkbot server: created the first account; its API key (shown only once): {key}",
        file=sys.stderr,
        flush=True,
    )


def create_app(
    settings: Settings | None = None,
    *,
    clock: Clock | None = None,
    engine: EngineFactory | None = None,
) -> FastAPI:
    """The SparkBot-compatible server: `/v1` (the catalogue), `/sandbox`, `/openapi.json`, `/docs`.

    The database, engine and first account are set up when the app starts (its lifespan)."""
    settings = settings or Settings.from_env()
    clock = clock or SystemClock()
    make_engine: EngineFactory = engine or SandboxEngine

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        database = await open_database(settings.database_url)
        services = Services.build(settings, clock, database, make_engine(settings, clock))
        try:
            await services.start()
            created = await services.accounts.ensure_first(settings.api_key)
            if created is not None:
                _announce_key(created)
            app.state.services = services
            yield
        finally:
            app.state.services = None
            await services.close()

    app = CatalogueApp(
        catalogue=CatalogueRoutes(),
        title="SparkBot-compatible server",
        version=__version__,
        description="The SparkBot WhatsApp API, served from its catalogue, with a sandbox engine.",
        swagger_ui_parameters={"persistAuthorization": True},  # /docs keeps the key over a reload
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.include_router(build_api_router(), prefix=API_PREFIX)
    app.include_router(build_campaigns_router(), prefix=API_PREFIX)  # this server's own: creation
    app.include_router(build_sandbox_router())
    install_console(app)  # the web console at `/`, not in the OpenAPI document
    _describe(app)
    return app


def _describe(app: FastAPI) -> None:
    """`/openapi.json` (and so `/docs`) from the routes, finished with the error shape and the
    three ways to pass a key, built once on first request."""
    plain = app.openapi

    def document() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = finish_document(plain())
        return app.openapi_schema

    app.openapi = document  # type: ignore[method-assign]
