"""RSS and Atom feeds, parsed by feedparser from the body Scrapy fetched."""

from __future__ import annotations

import calendar
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

from crawler.urls import is_http_url

from . import SHOWN_CHARS, Link, resolve_link

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedResult:
    links: list[Link]
    malformed: bool  # feedparser's "bozo" flag: ill-formed, recovered as far as possible
    skipped: int  # entries without a usable link
    first_skipped: str = ""  # the first such entry's link as written ("" when it had none)
    # feedparser recognised RSS or Atom; False for an HTML page or an error page at the URL.
    is_feed: bool = True

    @property
    def unusable(self) -> bool:
        """Nothing to read: not a feed, or so broken that no link came out of it."""
        return not self.links and (self.malformed or not self.is_feed)


def _iso(struct: time.struct_time | None) -> str | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), UTC).isoformat()
    except (OverflowError, ValueError):
        return None


def parse_feed(body: bytes, base_url: str, content_type: str | None = None) -> FeedResult:
    """Article links from an RSS/Atom body; relative links resolve against the feed URL.

    feedparser never downloads here: it gets bytes, so Scrapy's limits and robots.txt
    applied to the fetch. Dates come back as ISO 8601 UTC.
    """
    # No content-location: feedparser would resolve a broken link such as "http://" to the
    # feed's own URL; links are resolved in resolve_link instead (xml:base still applies).
    headers: dict[str, str] = {}
    if content_type:
        # Without it feedparser flags every feed as ill-formed ("no Content-type specified").
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers)
    links: list[Link] = []
    skipped = 0
    first_skipped = ""
    seen: set[str] = set()
    for entry in parsed.entries:
        href = entry.get("link") or ""
        if not href:
            for alt in entry.get("links", ()):
                if alt.get("rel", "alternate") == "alternate" and alt.get("href"):
                    href = alt["href"]
                    break
        url = resolve_link(base_url, href)
        if not is_http_url(url):
            if not skipped:
                first_skipped = href[:SHOWN_CHARS]
            skipped += 1
            continue
        if url in seen:
            continue
        seen.add(url)
        hints = {
            "title": (entry.get("title") or "").strip() or None,
            "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            "author": (entry.get("author") or "").strip() or None,
        }
        links.append(Link(url, {k: v for k, v in hints.items() if v}))
    if parsed.bozo and not links:
        logger.debug("feed %s unreadable: %s", base_url, parsed.get("bozo_exception"))
    return FeedResult(
        links=links,
        malformed=bool(parsed.bozo),
        skipped=skipped,
        first_skipped=first_skipped,
        is_feed=bool(parsed.get("version")),
    )
