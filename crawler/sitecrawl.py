"""A site crawl's view of the pages the run's listings also name: ``ListedPages``.

A source with start pages crawls its site and reads its feeds and sitemaps in the same run,
so one page may be asked for twice: by a listing (as an article) and by the site crawl (as a
page whose links it follows). The dupefilter keeps whichever request comes first, and each
loses what the other would have brought:

- the site crawl's request reached the page: the listing's hints (its publication date, title,
  author) are looked up here, else the page was stored without them;
- the listing's request reached the page: the site crawl still wants its links, read as the
  listing's answer arrives or, when that answer came first, from the kept page once the crawl
  idles (the store writes it within NEWS_DB_FLUSH_SECONDS);
- the listing's request was skipped as already stored (nothing downloaded this run): the site
  crawl's request is sent again, once, and asked conditionally it costs a 304.

The spider (crawler/spiders/site.py) sends the requests and counts; this class only keeps the
state those decisions need, keyed by canonical URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrapy import Request

from crawler.urls import canonicalize_url

# Idles a site crawl waits for the store to write a page whose links it wants (flushed every
# NEWS_DB_FLUSH_SECONDS): Scrapy asks again about five seconds after each.
IDLES_FOR_KEPT_PAGES = 3


def link_depth(request: Request) -> int:
    """The site crawl's depth of the page ``request`` asks for (1: linked from a start page)."""
    return int(request.cb_kwargs.get("depth", 1))


class ListedPages:
    """The pages listings named this run, and the site crawl's requests that lost to theirs."""

    def __init__(self) -> None:
        # Canonical URL -> the hints of every listing that named it this run, first kept.
        self.hints: dict[str, dict[str, Any]] = {}
        # Listed pages the listing's request read this run.
        self.answered: set[str] = set()
        # Listed pages the listing's request skipped as stored (not downloaded this run).
        self.stored: set[str] = set()
        # The site crawl's dropped request for each listed page whose links it still wants
        # (the shallowest one: its links are read at that depth).
        self.wanted: dict[str, Request] = {}
        # Idles waited so far for a wanted page the store has not written yet.
        self.idles_waited = 0

    def named(self, key: str, hints: Mapping[str, Any]) -> None:
        """A listing names ``key``: merge its hints with those of earlier listings."""
        merged = self.hints.setdefault(key, {})
        for name, value in hints.items():
            merged.setdefault(name, value)

    def hints_for(self, *urls: str | None) -> dict[str, Any]:
        """A copy of the hints listings gave the page under the first of ``urls`` they name
        (the URL asked for, then the one reached); empty when none does."""
        if not self.hints:
            return {}
        for url in urls:
            hints = self.hints.get(canonicalize_url(url)) if url else None
            if hints:
                return dict(hints)
        return {}

    def site_request_dropped(self, request: Request, depth_limit: int) -> Request | None:
        """The site crawl's ``request`` was dropped as the duplicate of a listing's: the
        request to send again now (the page is stored and was skipped), else None, the links
        wanted kept for when the listing's answer is read."""
        if not self.hints:
            return None
        key = canonicalize_url(request.url)
        depth = link_depth(request)
        if key not in self.hints or depth >= depth_limit:
            return None
        if key in self.stored:
            # Once: the page's links are read at the depth of the first request dropped.
            self.stored.discard(key)
            return request
        wanted = self.wanted.get(key)
        if wanted is None or depth < link_depth(wanted):
            self.wanted[key] = request
        return None

    def skipped_as_stored(self, key: str) -> Request | None:
        """The listing's request for ``key`` was skipped as already stored: the site crawl's
        request to send again now, if one was dropped for it, else None (sent when one is)."""
        wanted = self.wanted.pop(key, None)
        if wanted is None and key in self.hints:
            self.stored.add(key)
        return wanted

    def read(self, key: str | None) -> int | None:
        """The listing's request read the page ``key``: the depth to follow its links at, if
        the site crawl wants them, else None."""
        if key not in self.hints:
            return None
        assert key is not None
        self.answered.add(key)
        wanted = self.wanted.pop(key, None)
        return link_depth(wanted) if wanted is not None else None

    def ready(self) -> list[str]:
        """The listed pages whose links are wanted and whose listing's answer came first."""
        return [key for key in self.wanted if key in self.answered]

    def may_wait(self) -> bool:
        """Whether the crawl may idle once more for a page the store has not written yet."""
        return self.idles_waited < IDLES_FOR_KEPT_PAGES

    def waited(self) -> None:
        """The crawl idles once more, kept open for pages the store has not written yet."""
        self.idles_waited += 1

    def taken(self, key: str) -> int:
        """The depth to read the ready page ``key``'s links at; no longer wanted."""
        return link_depth(self.wanted.pop(key))
