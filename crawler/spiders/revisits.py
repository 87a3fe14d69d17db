"""The news spider's revisits: stored articles due for a look for updates
(crawler/revisit.py), asked conditionally, and checked whatever they answer."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import clock
from crawler.clock import now_iso, utc_iso
from crawler.exceptions import RunEnded, TransientIgnore
from crawler.extensions.database import database_for
from crawler.items import Article
from crawler.middlewares.conditional import conditional_headers
from crawler.revisit import REVISIT_META, RevisitPolicy
from crawler.spiders.articles import ArticlePages
from crawler.spiders.listings import SPIDER_LOGGER
from crawler.storage import versions
from crawler.urls import canonicalize_url

logger = logging.getLogger(SPIDER_LOGGER)

# Revisits of stored articles wait for everything else: new articles come first.
_REVISIT_PRIORITY = -10


def _revisit_url(url: str, fetch_url: str) -> str:
    """Where a revisit asks for the stored article ``url``: the address its page was served
    from, unless that page was a stand-in of another URL (an AMP or print view whose
    canonical link named the row's URL, crawler/identity.py). Asked there, a row stored from
    its AMP view was revisited at the AMP view for as long as it was revisited, and its own
    page, whose text the row is meant to hold, was never read."""
    try:
        stand_in = canonicalize_url(fetch_url) != url
    except ValueError:
        return url
    return url if stand_in else fetch_url


class Revisits(ArticlePages):
    """Stored articles asked for again."""

    # Set by NewsSpider.__init__ (crawler/spiders/news.py).
    _revisit_callback: Callable[..., Iterator[Article | scrapy.Request]]

    def revisit_requests(self) -> Iterator[scrapy.Request]:
        """Stored articles due for a look for updates (crawler/revisit.py), if revisits are on."""
        policy = RevisitPolicy.for_source(self.crawler.settings, self.news_source)
        if not policy.enabled:
            return
        now = clock.now()
        first_since, checked_before = policy.window(now)
        due = versions.due_for_revisit(
            database_for(self.crawler).db,
            self.source_name,
            first_since=first_since,
            checked_before=checked_before,
            now=utc_iso(now),
            limit=policy.max_per_run or None,
        )
        stats = self.crawler.stats
        conditional = self.crawler.settings.getbool("NEWS_CONDITIONAL_GET")
        if policy.max_per_run and len(due) == policy.max_per_run:
            stats.inc_value("news/revisit/capped")
        for row in due:
            stats.inc_value("news/revisit/requested")
            # The validators of the answer the stored row came from: unchanged costs a 304.
            headers = conditional_headers(row.etag, row.last_modified) if conditional else {}
            if headers:
                stats.inc_value("news/revisit/conditional")
            yield scrapy.Request(
                _revisit_url(row.url, row.fetch_url),
                callback=self._revisit_callback,
                errback=self.revisit_failed,
                cb_kwargs={"hints": row.hints},
                headers=headers,
                # Its answer may be the page it is already stored as; nothing else asks for it.
                dont_filter=True,
                priority=_REVISIT_PRIORITY,
                meta={
                    "news_kind": "article",
                    REVISIT_META: row.url,
                    "handle_httpstatus_list": [304],
                },
            )

    def _checked(self, url: str, *, answered: bool = True) -> None:
        """Record that a revisit was done with, so the article waits its interval again."""
        when = now_iso()
        if answered:
            self.crawler.stats.inc_value("news/revisit/answered")
        database_for(self.crawler).write(lambda db: versions.mark_checked(db, url, when, now=True))

    def parse_revisit(
        self, response: Response, hints: dict[str, Any]
    ) -> Iterator[Article | scrapy.Request]:
        """A revisit's answer: a 304 means unchanged; a page goes on as any article.

        The store compares the page's article with the stored one (crawler/storage/versions.py).
        """
        self._checked(response.meta[REVISIT_META])
        if response.status == 304:
            self.crawler.stats.inc_value("news/revisit/not_modified")
            return
        self.crawler.stats.inc_value("news/revisit/fetched")
        yield from self.parse_article(response, hints)

    def revisit_failed(self, failure: Failure) -> Failure:
        """A revisit without a page: an error status, or a refusal on our side (robots.txt, a
        private address), counts as checked (the stored article is kept, and not asked again
        before its interval); a download that got no answer, a passing refusal (a robots.txt
        that could not be read, a long Retry-After), or one a closing crawl did not start, is
        asked again next run."""
        request = getattr(failure, "request", None)
        stats = self.crawler.stats
        if failure.check(HttpError) and request is not None:
            stats.inc_value(f"news/revisit/status_{failure.value.response.status}")
            self._checked(request.meta[REVISIT_META])
        elif (
            failure.check(IgnoreRequest)
            and not failure.check(RunEnded, TransientIgnore)
            and request is not None
        ):
            stats.inc_value("news/revisit/refused")
            self._checked(request.meta[REVISIT_META], answered=False)
        else:
            stats.inc_value("news/revisit/failed")
        return failure
