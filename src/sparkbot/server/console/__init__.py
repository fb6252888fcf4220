"""The web console of `sparkbot serve`, at `/`: sign in with an API key, the numbers with their
sessions live, and a number's page (QR, session controls, queue, messages, inbox, webhooks, the
sandbox phone). Jinja2 templates and htmx, shipped in the package; no build step, no CDN."""

from __future__ import annotations

from .routes import build_console_router, install_console

__all__ = ["build_console_router", "install_console"]
