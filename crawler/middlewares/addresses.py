"""No requests to loopback, private, link-local or reserved addresses found in content.

A feed or a redirect may point at http://10.0.0.1/ or http://169.254.169.254/: fetching that
from a server turns the crawler into a probe of the operator's network. Hosts the user named
(a source's feeds, sitemaps, start pages, allow_hosts; the URLs of an ad-hoc run) are trusted,
by host and port, so `scrapy crawl news -a feed=http://127.0.0.1:8000/feed.xml` still works
while another service on that host stays out of reach. Redirects pass through here again, as
new requests.

The guard fails closed: a host that does not resolve is not requested. The address it checked
is pinned for the download (``PinningResolver``, installed as TWISTED_DNS_RESOLVER), so a name
that answers a public address to the check and a private one a moment later (DNS rebinding)
is still fetched from the checked address, with no second lookup.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.resolver import CachingThreadedResolver
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import defer

from crawler.exceptions import NotPublic, TransientIgnore
from crawler.sources import source_of

logger = logging.getLogger(__name__)

# IPv6 prefixes that carry an IPv4 address in their last 32 bits: NAT64 (RFC 6052, RFC 8215)
# and the deprecated IPv4-compatible and IPv4-translated forms.
_EMBEDDING = tuple(
    ipaddress.IPv6Network(n) for n in ("64:ff9b::/96", "64:ff9b:1::/48", "::ffff:0:0:0/96")
)
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")

# Host -> the address the guard checked; the downloader connects there (PinningResolver).
# One map per process: crawlall's crawlers share the reactor and its resolver.
_pins: dict[str, str] = {}


def pinned(host: str) -> str | None:
    """The address the guard checked for ``host``, if it checked one."""
    return _pins.get(host)


def _v4_is_public(ip: ipaddress.IPv4Address) -> bool:
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


def is_public(address: str) -> bool:
    """True for a globally routable unicast address, IPv4 inside IPv6 judged by its IPv4."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv4Address):
        return _v4_is_public(ip)
    if ip.ipv4_mapped is not None:
        return _v4_is_public(ip.ipv4_mapped)
    if ip.sixtofour is not None:  # 2002::/16, 6to4
        return _v4_is_public(ip.sixtofour)
    if ip.teredo is not None:  # 2001::/32: the client's IPv4 is what gets reached
        return _v4_is_public(ip.teredo[1])
    for net in _EMBEDDING:
        if ip in net:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
            return net.prefixlen == 96 and _v4_is_public(embedded)
    if ip in _IPV4_COMPATIBLE:
        return False  # ::a.b.c.d, deprecated; no public service is reached this way
    return (
        ip.is_global
        and not ip.is_multicast
        and not ip.is_site_local
        and not ip.is_link_local
        and not ip.is_reserved
    )


class AddressUnresolved(TransientIgnore):
    """The host did not resolve: nothing was checked, so nothing is requested (transient)."""


def _endpoint(request: Request) -> tuple[str, int]:
    parts = urlparse_cached(request)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return host, port or (443 if parts.scheme == "https" else 80)


async def _system_resolve(host: str) -> str:
    from twisted.internet import reactor

    # Scrapy's caching resolver (PinningResolver), in a thread: the reactor is not blocked.
    return str(
        await maybe_deferred_to_future(
            reactor.resolve(host)  # type: ignore[arg-type]  # Twisted stubs: bytes
        )
    )


class PrivateAddressMiddleware:
    def __init__(
        self,
        stats: StatsCollector,
        trusted: frozenset[tuple[str, int]] = frozenset(),
        resolve: Callable[[str], Awaitable[str]] | None = None,
    ) -> None:
        self.stats = stats
        self.trusted = trusted  # (host, port) pairs the user named
        self.resolve = resolve or _system_resolve
        self.resolved: dict[str, str | None] = {}  # host -> address; None: did not resolve

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        source = source_of(crawler.spider)
        return cls(crawler.stats, source.trusted_endpoints if source is not None else frozenset())

    async def _address(self, host: str) -> str | None:
        try:
            ipaddress.ip_address(host)
            return host
        except ValueError:
            pass
        if host not in self.resolved:
            try:
                address = await self.resolve(host)
                ipaddress.ip_address(address)
            except Exception as exc:
                logger.debug("Lookup of %s failed: %s", host, exc)
                address = None
            self.resolved[host] = address
        return self.resolved[host]

    async def process_request(self, request: Request) -> None:
        host, port = _endpoint(request)
        if not host or (host, port) in self.trusted:
            return
        address = await self._address(host)
        if address is None:
            self.stats.inc_value("news/blocked/unresolved")
            logger.warning("Not fetching %s: %s did not resolve", request.url, host)
            raise AddressUnresolved(f"unresolved: {host} for {request.url}")
        if is_public(address):
            if address != host:
                _pins[host] = address
            return
        self.stats.inc_value("news/blocked/private_address")
        # What allow_hosts needs to trust it: "host" trusts ports 80 and 443 only, so a page
        # on another port stayed refused with the advice followed; an IPv6 host in brackets.
        allow = f"[{host}]" if ":" in host else host
        allow = allow if port in (80, 443) else f"{allow}:{port}"
        logger.warning(
            "Not fetching %s: %s is a non-public address (%s) and not a host you named; to "
            "allow it, add %r to the source's allow_hosts in sources.toml, or pass "
            "-a allow_hosts=%s to an ad-hoc run",
            request.url,
            host,
            address,
            allow,
            allow,
        )
        raise NotPublic(f"non-public address {address} for {request.url}")


class PinningResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, answering first with the address the guard checked."""

    def getHostByName(self, name: str, timeout: Any = ()) -> defer.Deferred[str]:
        address = _pins.get(name.lower())
        if address is not None:
            return defer.succeed(address)
        return super().getHostByName(name, timeout)
