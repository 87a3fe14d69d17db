"""The news spider's site crawl: a source's start pages and the links followed from them
within its domains and depth, and the pages a listing of the same run also names
(crawler/sitecrawl.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import DontCloseSpider
from scrapy.http import JsonResponse, Response, TextResponse
from scrapy.linkextractors import LinkExtractor

from crawler.clock import now_iso
from crawler.extensions.database import database_for
from crawler.middlewares.conditional import KEPT_META, SITE_KIND
from crawler.responses import NotAPage, page_text, readable, undecoded
from crawler.spiders.articles import ArticlePages
from crawler.spiders.listings import SPIDER_LOGGER
from crawler.storage import versions
from crawler.storage.pagecodec import PageCodecError, unpack_page
from crawler.urls import without_credentials

logger = logging.getLogger(SPIDER_LOGGER)


class SiteCrawl(ArticlePages):
    """Start pages and the links followed from them."""

    # Set by NewsSpider.__init__ (crawler/spiders/news.py), where each is said.
    _follow_domains: tuple[str, ...]
    _links: LinkExtractor
    _page_callback: Callable[..., Iterator[Any]]

    def parse_page(self, response: Response, depth: int) -> Iterator[Any]:
        """Site crawl: every page past the start pages is an article candidate.

        A page a listing of this run names gets the listing's hints, whichever request came
        first: the listing's was dropped as a duplicate of this one, and the page was stored
        without its listing's date, title and author.
        """
        if response.status == 304:
            kept = self._kept_page(response)
            if kept is None:
                return
            response = kept
        elif depth > 0:
            yield from self.parse_article(response, self._hints_for(response))
        elif not self._start_page_ok(response):
            return
        yield from self._follow(response, depth)

    def _follow(self, response: Response, depth: int) -> Iterator[scrapy.Request]:
        """The site crawl's requests for the links of a page at ``depth``."""
        assert self.news_source is not None
        if depth >= self.news_source.depth_limit or not isinstance(response, TextResponse):
            return
        if isinstance(response, JsonResponse):
            # No markup to read links from: its selector holds the parsed data, and the link
            # extractor raised on it (a traceback, an error in the run's count).
            return
        for link in self._links.extract_links(readable(response)):
            if not self._may_follow(link.url):
                continue
            # A site crawl's links, as a feed's or a sitemap's are counted: `scrapy runs`
            # showed 0 links for every site crawl, and could not flag one that found none.
            self.crawler.stats.inc_value("news/site/links")
            yield scrapy.Request(
                without_credentials(link.url, self.crawler.stats),
                callback=self._page_callback,
                cb_kwargs={"depth": depth + 1},
                meta={"news_kind": SITE_KIND},
            )

    def site_page_dropped(self, request: scrapy.Request, **_: Any) -> None:
        """A site crawl's request dropped as the duplicate of a listing's for the same page:
        the site crawl still wants its links (read as the listing's answer arrives, or from
        the kept page once the crawl idles)."""
        if request.meta.get("news_kind") != SITE_KIND:
            return
        assert self.news_source is not None
        again = self.listed.site_request_dropped(request, self.news_source.depth_limit)
        if again is not None:
            self._ask_again(again)

    def _ask_again(self, request: scrapy.Request) -> None:
        """Send the site crawl's request for a stored article the listing's request skipped:
        the page was not downloaded this run, and asked conditionally it costs a 304."""
        self.crawler.stats.inc_value("news/site/listed_followed")
        self.crawler.engine.crawl(request.replace(dont_filter=True))

    def follow_listed(self) -> None:
        """At idle: the links of listed pages whose request ended before the site crawl
        wanted them, read from their kept pages (a stored article the listing's request
        skipped, or a page it fetched earlier in the run)."""
        ready = self.listed.ready()
        if not ready:
            return
        database = database_for(self.crawler)
        stats = self.crawler.stats
        sent = 0
        unwritten = 0
        for key in ready:
            page = self._stored_page(database.db, key)
            if page is None and self.listed.may_wait():
                unwritten += 1
                continue
            depth = self.listed.taken(key)
            if page is None:
                stats.inc_value("news/site/links_unread")
                continue
            stats.inc_value("news/site/listed_followed")
            for request in self._follow(page, depth):
                self.crawler.engine.crawl(request)
                sent += 1
        if unwritten:
            self.listed.waited()
        if sent or unwritten:
            raise DontCloseSpider

    def _stored_page(self, db: Any, key: str) -> TextResponse | None:
        """The kept page of the stored article ``key``, as a response to read links from."""
        kept = versions.kept_page(db, key)
        try:
            text = unpack_page(kept[0]) if kept else None
        except PageCodecError:
            text = None
        if kept is None or text is None:
            return None
        return TextResponse(kept[1], body=text.encode("utf-8"), encoding="utf-8")

    def _kept_page(self, response: Response) -> TextResponse | None:
        """A stored article that answered 304: found unchanged, as a revisit's 304 is, and
        its kept page, whose links the site crawl follows as if it had been downloaded (a
        new article linked only from a stored one is still found)."""
        stored = response.meta.get(KEPT_META)
        if not stored:
            return None
        stats = self.crawler.stats
        stats.inc_value("news/site/not_modified")
        database = database_for(self.crawler)
        when = now_iso()
        database.write(lambda db: versions.mark_checked(db, stored, when, now=True))
        page = self._stored_page(database.db, stored)
        if page is None:
            stats.inc_value("news/site/kept_unreadable")
            logger.warning(
                "%s answered 304, and its kept page is unreadable: links not followed", response.url
            )
        return page

    def _hints_for(self, response: Response) -> dict[str, Any]:
        """The hints listings of this run gave the page, under the URL asked for or reached."""
        asked = response.request.url if response.request else None
        hints = self.listed.hints_for(asked, response.url)
        if hints:
            self.crawler.stats.inc_value("news/site/listing_hints")
        return hints

    def _start_page_ok(self, response: Response) -> bool:
        """A start page is an answered entry when it is an HTML page to read links from; a
        PDF, a binary body or one still in a Content-Encoding that could not be undone has
        none, and counted as answered it ended the run "ok; 0 new"."""
        why = undecoded(response)
        advice = "no links read; the next run asks for it again"
        if why is None:
            try:
                page_text(response)
            except NotAPage as exc:
                why = f"not HTML ({exc.detail})" if exc.reason == "non_html" else exc.detail
                advice = "no links to follow; check the URL"
        if why is None:
            self._entry_ok(response)
            return True
        self.crawler.stats.inc_value("news/start/unusable")
        self._note_entry_error(response.request, why)
        logger.warning("%s is no HTML page (%s): %s", response.url, why, advice)
        return False

    def _may_follow(self, url: str) -> bool:
        """Site crawls stay within the source's domains and their subdomains."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self._follow_domains)
