"""Where webhook deliveries may go.

A webhook's URL is `http` or `https` (plain `http` is taken: a server on one machine delivers to
`http://127.0.0.1`; the hosted API asks for HTTPS), with a host, without credentials, at most 2,048
characters. Deliveries never reach link-local addresses (`169.254.0.0/16`, `fe80::/10`: the cloud
metadata services live there) or the metadata names (`metadata.google.internal`...), whatever the
operator allows. The operator may narrow the rest with `Settings.webhook_allow` (IP networks or
host names; empty allows every other address). The URL is checked when a webhook is created or
changed (a literal address or a refused name: 400), and every address its host resolves to is
checked again before each delivery (a name may resolve elsewhere later)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Sequence
from urllib.parse import urlsplit

__all__ = ["MAX_URL", "check_url", "refused_address", "resolve_allowed"]

MAX_URL = 2048
_LINK_LOCAL = (ipaddress.ip_network("169.254.0.0/16"), ipaddress.ip_network("fe80::/10"))
_METADATA_ADDRESSES = {ipaddress.ip_address("fd00:ec2::254"), ipaddress.ip_address("100.100.100.200")}
_METADATA_NAMES = {"metadata.google.internal", "metadata", "instance-data", "metadata.azure.internal"}

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _address(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def refused_address(address: Address, allow: Sequence[str]) -> str | None:
    """Why a delivery may not go to `address` (None: it may)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if any(address in network for network in _LINK_LOCAL) or address in _METADATA_ADDRESSES:
        return f"{address} is a link-local or cloud metadata address, never reached by webhooks"
    networks = []
    for entry in allow:
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            continue  # a host name: matched by name
    if allow and not any(address.version == n.version and address in n for n in networks):
        return f"{address} is not among the addresses this server may deliver to (webhook_allow)"
    return None


def _refused_name(host: str) -> str | None:
    name = host.lower().rstrip(".")
    if name in _METADATA_NAMES:
        return f"{host} is a cloud metadata name, never reached by webhooks"
    return None


def check_url(url: str, allow: Sequence[str] = ()) -> str | None:
    """Why `url` cannot be a webhook's URL (None: it can), from the URL alone."""
    if len(url) > MAX_URL:
        return f"the URL is longer than {MAX_URL} characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a bad port)
    except ValueError as error:
        return f"the URL is not valid: {error}"
    if parts.scheme not in ("http", "https"):
        return "the URL must start with https:// (or http://)"
    host = parts.hostname
    if not host:
        return "the URL has no host"
    if parts.username is not None or parts.password is not None:
        return "the URL may not carry a user name or password"
    address = _address(host)
    if address is not None:
        return refused_address(address, allow)
    return _refused_name(host)  # any other name: its addresses are checked before each delivery


async def resolve_allowed(url: str, allow: Sequence[str] = ()) -> str | None:
    """Before a delivery: why `url`'s host may not be reached now (None: it may). A host name
    listed in `allow` is allowed by name; any other is resolved and each address checked."""
    refused = check_url(url, allow)
    if refused is not None:
        return refused
    host = urlsplit(url).hostname or ""
    if _address(host) is not None:
        return None
    if host.lower() in {a.lower() for a in allow}:
        return None
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError as error:
        return f"{host} could not be resolved: {error}"
    for info in infos:
        address = _address(str(info[4][0]))
        if address is not None and (reason := refused_address(address, allow)) is not None:
            return f"{host} resolves to {reason}"
    return None
