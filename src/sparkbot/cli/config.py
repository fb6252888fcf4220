"""Where the command line finds its API key and URL: flags, then env vars, then the profile file."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from .._constants import API_KEY_ENV, BASE_URL_ENV

__all__ = ["CONFIG_ENV", "Profile", "config_path", "load_profile", "save_profile"]

CONFIG_ENV = "SPARKBOT_CONFIG"


@dataclass(frozen=True)
class Profile:
    api_key: str | None = None
    base_url: str | None = None


def config_path() -> Path:
    """`$SPARKBOT_CONFIG`, else `~/.config/sparkbot/config.json`."""
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "sparkbot" / "config.json"


def load_profile(name: str = "default") -> Profile:
    path = config_path()
    if not path.exists():
        return Profile()
    data = json.loads(path.read_text("utf-8")).get("profiles", {}).get(name, {})
    return Profile(api_key=data.get("api_key"), base_url=data.get("base_url"))


def save_profile(profile: Profile, name: str = "default") -> Path:
    """Writes the profile (readable by its owner only) and returns the file's path."""
    path = config_path()
    data = json.loads(path.read_text("utf-8")) if path.exists() else {}
    data.setdefault("profiles", {})[name] = {k: v for k, v in vars(profile).items() if v}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", "utf-8")
    path.chmod(0o600)
    return path


def resolve_settings(api_key: str | None, base_url: str | None, profile: str) -> Profile:
    """Flag, else environment, else profile file."""
    stored = load_profile(profile)
    return Profile(
        api_key=api_key or os.environ.get(API_KEY_ENV) or stored.api_key,
        base_url=base_url or os.environ.get(BASE_URL_ENV) or stored.base_url,
    )
