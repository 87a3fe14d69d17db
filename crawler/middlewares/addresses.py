"""No requests to loopback, private, link-local or reserved addresses found in content.

A feed or a redirect may point at http://10.0.0.1/ or http://169.254.169.254/: fetching that
from a server turns the crawler into a probe of the operator's network. Hosts the user named
(a source's feeds, sitemaps, start pages, allow_hosts; the URLs of an ad-hoc run) are trusted,
so `scrapy crawl news -a feed=http://127.0.0.1:8000/feed.xml` still works. Redirects pass
through here again, as new requests.
"""

from __future__ import annotations

import ipaddress
import logging
from typing import Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached

from crawler.sources import source_of

logger = logging.getLogger(__name__)


def is_public(address: str) -> bool:
    """True for a globally routable unicast address."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class PrivateAddressMiddleware:
    def __init__(self, stats: StatsCollector, trusted_hosts: frozenset[str] = frozenset()) -> None:
        self.stats = stats
        self.trusted_hosts = trusted_hosts
        self.resolved: dict[str, str | None] = {}  # host -> address; None: did not resolve

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        assert crawler.stats is not None
        source = source_of(crawler.spider)
        return cls(crawler.stats, source.trusted_hosts if source is not None else frozenset())

    async def _address(self, host: str) -> str | None:
        try:
            ipaddress.ip_address(host)
            return host
        except ValueError:
            pass
        if host not in self.resolved:
            from twisted.internet import reactor

            try:
                # Scrapy's caching resolver, in a thread: the reactor is not blocked.
                self.resolved[host] = await maybe_deferred_to_future(
                    reactor.resolve(host)  # type: ignore[arg-type]  # Twisted stubs: bytes
                )
            except Exception:
                self.resolved[host] = None  # the download reports the DNS error itself
        return self.resolved[host]

    async def process_request(self, request: Request) -> None:
        host = (urlparse_cached(request).hostname or "").lower()
        if not host or host in self.trusted_hosts:
            return
        address = await self._address(host)
        if address is None or is_public(address):
            return
        self.stats.inc_value("news/blocked/private_address")
        logger.warning(
            "Not fetching %s: %s is a non-public address (%s) and not a host you named; to "
            "allow it, add %r to the source's allow_hosts in sources.toml, or pass "
            "-a allow_hosts=%s to an ad-hoc run",
            request.url,
            host,
            address,
            host,
            host,
        )
        raise IgnoreRequest(f"non-public address {address} for {request.url}")
