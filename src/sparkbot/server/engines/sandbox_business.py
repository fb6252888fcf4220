"""The sandbox's WhatsApp for what numbers show of themselves: the profile each last set, the
statuses and call links each has, and a catalogue of products for every business phone, derived
from the number (or phone) so that it is the same on every run."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .business import CallLinkKind, Product, ProfileChange, StatusPost

__all__ = ["SANDBOX_PRODUCTS", "SandboxBusiness", "SandboxProfile", "sandbox_catalog"]

# name, description, price (EUR): the sandbox's shelf, of which each catalogue takes some
SANDBOX_PRODUCTS = (
    ("Coffee beans 1 kg", "Single-origin, roasted this week", "24.90"),
    ("Ceramic mug", "Hand-glazed, 350 ml", "12.50"),
    ("Cotton T-shirt", "Organic cotton, unisex", "19.00"),
    ("Tote bag", "Canvas, printed logo", "9.90"),
    ("Gift card", "Spend it on anything in the shop", "50.00"),
    ("Notebook", "A5, dotted pages", "7.25"),
)


def _digits(seed: str, index: int) -> str:
    """A 16-digit product id, stable for `seed` and `index`, never starting with 0."""
    value = int(hashlib.sha256(f"{seed}:{index}".encode()).hexdigest(), 16)
    return str(10**15 + value % (9 * 10**15))


def sandbox_catalog(seed: str) -> list[Product]:
    """The catalogue of the number or phone `seed`: 3 to 6 products of the shelf, stable per seed."""
    start = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    count = 3 + start % 4
    products = []
    for index in range(count):
        name, description, price = SANDBOX_PRODUCTS[(start + index) % len(SANDBOX_PRODUCTS)]
        products.append(Product(_digits(seed, index), name, description, price, "EUR"))
    return products


@dataclass(slots=True)
class SandboxProfile:
    """A number's profile on the sandbox's WhatsApp, as last set."""

    name: str | None = None
    about: str | None = None
    business: dict[str, object] = field(default_factory=dict)
    image: bytes | None = None
    image_type: str | None = None


class SandboxBusiness:
    """Profiles, statuses and call links of the sandbox's numbers (in memory), and catalogues."""

    def __init__(self) -> None:
        self._profiles: dict[str, SandboxProfile] = {}
        self._statuses: dict[str, dict[str, StatusPost]] = {}
        self._links: dict[str, list[str]] = {}

    def profile(self, device_id: str) -> SandboxProfile:
        """The number's profile as WhatsApp shows it now."""
        return replace(self._profiles.get(device_id) or SandboxProfile())

    def statuses(self, device_id: str) -> list[StatusPost]:
        """The statuses the number has published and not deleted, in publishing order."""
        return list(self._statuses.get(device_id, {}).values())

    def links(self, device_id: str) -> list[str]:
        """The call links of the number not revoked, in creation order."""
        return list(self._links.get(device_id, ()))

    def set_profile(self, change: ProfileChange) -> None:
        profile = self._profiles.setdefault(change.device_id, SandboxProfile())
        if change.name is not None:
            profile.name = change.name
        if change.about is not None:
            profile.about = change.about
        if change.business is not None:
            profile.business.update(change.business)
        if change.image is not None:
            profile.image, profile.image_type = change.image, change.image_type

    def publish(self, post: StatusPost) -> None:
        self._statuses.setdefault(post.device_id, {}).setdefault(post.wa_id, post)

    def delete_statuses(self, device_id: str, wa_ids: Sequence[str]) -> None:
        published = self._statuses.get(device_id, {})
        for wa_id in wa_ids:
            published.pop(wa_id, None)

    def create_link(self, device_id: str, kind: CallLinkKind) -> str:
        url = f"https://call.whatsapp.com/{kind}/{secrets.token_urlsafe(16)}"
        self._links.setdefault(device_id, []).append(url)
        return url

    def revoke_links(self, device_id: str, urls: Sequence[str]) -> None:
        gone = set(urls)
        self._links[device_id] = [url for url in self._links.get(device_id, ()) if url not in gone]

    def forget(self, device_id: str) -> None:
        for kept in (self._profiles, self._statuses, self._links):
            kept.pop(device_id, None)
