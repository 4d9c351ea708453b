"""The SSRF guard: a webhook URL must resolve to public addresses only (unless private ones are allowed)."""

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit


class UnsafeUrl(ValueError):
    """The URL is not one matchwerk may call."""


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


async def check(url: str, *, allow_private: bool) -> None:
    """Refuse non-https URLs and hosts resolving to private, loopback, link-local or reserved addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UnsafeUrl("The URL must be an absolute https URL.")
    if parts.username or parts.password:
        raise UnsafeUrl("The URL must not contain credentials.")
    if allow_private:
        return
    if parts.scheme != "https":
        raise UnsafeUrl("The URL must use https.")
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            parts.hostname, parts.port or 443, type=socket.SOCK_STREAM
        )
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeUrl(f"The host {parts.hostname!r} does not resolve.") from exc
    addresses = {str(info[4][0]) for info in infos}
    blocked = sorted(a for a in addresses if not _is_public(a))
    if blocked:
        raise UnsafeUrl(
            f"The host {parts.hostname!r} resolves to a private, loopback or link-local address "
            f"({', '.join(blocked)}); webhooks only go to public addresses."
        )
