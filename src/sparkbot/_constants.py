"""Defaults shared by the client, the command line and the server: one place to change them."""

from __future__ import annotations

from typing import Final

DEFAULT_BASE_URL: Final = "https://api.sparkbot.example/v1"
API_KEY_ENV: Final = "SPARKBOT_API_KEY"
BASE_URL_ENV: Final = "SPARKBOT_API_URL"

DEFAULT_TIMEOUT_SECONDS: Final = 30.0
DEFAULT_CONNECT_TIMEOUT_SECONDS: Final = 10.0
# A `wait=true` call may be held by the server for its wait (90 s, reset 120 s); the read timeout
# becomes that wait plus this margin, so the client never gives up before the server answers.
WAIT_MARGIN_SECONDS: Final = 15.0

DEFAULT_MAX_RETRIES: Final = 2
RETRY_INITIAL_DELAY: Final = 0.5
RETRY_MAX_DELAY: Final = 8.0
RETRY_JITTER: Final = 0.25
# A `Retry-After` longer than this is not waited for: the error is raised instead.
RETRY_AFTER_MAX: Final = 60.0

USER_AGENT: Final = "sparkbot-python"
