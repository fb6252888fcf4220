"""What `sparkbot serve` and `sparkbot keys` tell about the server: its database, its URLs and the
settings a client needs."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..server import Settings

__all__ = ["database_label", "serve_banner", "sqlite_file"]


def sqlite_file(database_url: str) -> Path | None:
    """The file of a SQLite URL (None for another database, or SQLite in memory)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(database_url)
    except ArgumentError:
        return None
    if not url.get_backend_name().startswith("sqlite") or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def database_label(database_url: str) -> str:
    """The database as a person reads it: a SQLite file's path, another URL without its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    path = sqlite_file(database_url)
    if path is not None:
        return str(path.resolve())
    try:
        return make_url(database_url).render_as_string(hide_password=True)
    except ArgumentError:
        return database_url


def _url_host(host: str) -> str:
    if host in {"0.0.0.0", "::", ""}:
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host


def serve_banner(host: str, port: int, settings: Settings) -> str:
    """The lines `sparkbot serve` prints before it starts: URLs, data and the client's settings."""
    root = f"http://{_url_host(host)}:{port}"
    data = database_label(settings.database_url)
    if settings.api_key:
        key = shlex.quote(settings.api_key)
        key_line = "  (the key of SPARKBOT_API_KEY, the first account's)"
    else:
        key = "<key>"
        where = shlex.quote(str(settings.data_dir))
        key_line = (
            "  <key>: printed below when this database has no account yet; else make one with\n"
            f"  `sparkbot keys create --data-dir {where}` (keys are stored hashed, never shown again)"
        )
    return "\n".join(
        [
            "SparkBot server with the sandbox",
            f"  API:      {root}/v1",
            f"  console:  {root}/",
            f"  sandbox:  {root}/sandbox",
            f"  data:     {Path(settings.data_dir).resolve()}",
            f"  database: {data}",
            "Use it from another shell with:",
            f"  export SPARKBOT_API_URL={root}/v1 SPARKBOT_API_KEY={key}",
            key_line,
        ]
    )
