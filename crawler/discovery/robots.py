"""Sitemaps a site declares in its robots.txt (``Sitemap:`` lines, any case, anywhere)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from crawler.urls import DEFAULT_PORTS, is_http_url

from . import Skipped, resolve_link

# RFC 9309 2.5: a crawler MUST parse at least the first 500 KiB of a robots.txt (and MAY
# ignore what follows).
RFC_PARSED_SIZE = 500 * 1024


def robots_maxsize(download_maxsize: int) -> int:
    """The bytes of a robots.txt read, the rest ignored: DOWNLOAD_MAXSIZE, never below the
    500 KiB RFC 9309 asks for; 0 (no limit) when DOWNLOAD_MAXSIZE is 0."""
    if download_maxsize <= 0:
        return 0
    return max(download_maxsize, RFC_PARSED_SIZE)


def whole_lines(body: bytes) -> bytes:
    """``body`` up to its last line break: the line a size limit cut in its middle is left
    out, as ``Allow: /`` cut from ``Allow: /archive/`` would allow the whole site."""
    return body[: max(body.rfind(b"\n"), body.rfind(b"\r")) + 1]


def robots_url(page_url: str) -> str:
    """The robots.txt of the site a page belongs to."""
    parts = urlsplit(page_url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def robots_origin(url: str) -> str:
    """The origin whose robots.txt rules ``url``: its scheme, host (lower case) and port,
    the port always written (``http://a.example`` and ``http://a.example:80`` share one
    robots.txt); never the URL's userinfo."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"  # an IPv6 address
    return f"{scheme}://{host}:{parts.port or DEFAULT_PORTS.get(scheme, 0)}"


@dataclass
class RobotsSitemaps:
    """The sitemaps a robots.txt names, and its ``Sitemap:`` lines that name none a crawler
    can fetch, counted as a listing's unusable links are: they were dropped unsaid, and a
    site whose only sitemap line was broken read as a site that declares no sitemap."""

    urls: list[str] = field(default_factory=list)
    skipped: Skipped = field(default_factory=Skipped)


def robots_sitemaps(body: bytes, robots_txt_url: str) -> RobotsSitemaps:
    """The sitemap URLs listed in a robots.txt body, in order, without repeats.

    The directive is not part of any user-agent group, so every line counts; relative URLs
    (not allowed by the protocol, but seen) are resolved against the robots.txt URL.
    """
    result = RobotsSitemaps()
    found = result.urls
    for raw in body.decode("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() != "sitemap":
            continue
        url = resolve_link(robots_txt_url, value.strip())
        # A fetchable link only: one whose port is out of range or no number made
        # canonicalize_url raise in the spider, and every sitemap of the file was lost.
        if not is_http_url(url):
            result.skipped.add(value.strip())
        elif url not in found:
            found.append(url)
    return result
