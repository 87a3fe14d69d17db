"""The news spider's article pages: the request for a listed article, its answer made an
``Article`` item (or skipped and counted), and the ends of one that got none (a failure, a
redirect loop, a host outside the source's domains), each told to the pending articles."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.http import Headers, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.clock import now_iso
from crawler.discovery import SHOWN_CHARS
from crawler.exceptions import NotPublic, NotYet, RunEnded, TransientIgnore
from crawler.extensions.database import database_for
from crawler.identity import Identity, article_identity, declared_canonical
from crawler.items import Article
from crawler.neterrors import network_fault
from crawler.responses import HTML_TYPES, NotAPage, ended_early, media_type, page_text, undecoded
from crawler.revisit import REVISIT_META
from crawler.spiders.failures import download_timeout, forbidden_by_robots, over_size_limit
from crawler.spiders.listings import LISTINGS_META, SPIDER_LOGGER, ListingSpider, listing_urls
from crawler.urls import canonicalize_url, without_credentials

logger = logging.getLogger(SPIDER_LOGGER)

# Requests from the same listing share a priority; article pages go before further listings so
# the first articles land while a large sitemap index is still being read.
ARTICLE_PRIORITY = 10

# Answers worth asking again in a later run; any other error status is final for the page.
_TRANSIENT_STATUSES = frozenset({408, 425, 429})


def _header(response: Response, name: bytes) -> str | None:
    """A header as the store keeps it (an article's validators): latin-1, which decodes any
    bytes a server sends; None when it is missing or empty (no validator, then)."""
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class ArticlePages(ListingSpider):
    """Article requests and their answers."""

    # Set by NewsSpider.__init__ (crawler/spiders/news.py), where each is said.
    _listing_urls: frozenset[str]
    _offsite_hosts: set[str]
    _article_callback: Callable[..., Iterator[Article | scrapy.Request]]
    # Of the site crawl (crawler/spiders/site.py): a listed page's links are read as the site
    # crawl's, and its request is sent again when a listing's request skipped the page.
    _follow: Callable[[Response, int], Iterator[scrapy.Request]]
    _ask_again: Callable[[scrapy.Request], None]

    def article_request(
        self, url: str, hints: dict[str, Any], listing: Response | None = None
    ) -> scrapy.Request:
        """A listed article; its end (stored, dropped, unfinished) is accounted for.
        ``listing``: the feed or sitemap that named it, read again in full by the next run
        when the article is refused for a reason that may pass (``_refused_for_now``)."""
        url = without_credentials(url, self.crawler.stats)
        key = canonicalize_url(url)
        if self.pending is not None:
            self.pending.listed(key, url, hints)
        if self.news_source is not None and self.news_source.start_urls:
            self.listed.named(key, hints)
        request = scrapy.Request(
            url,
            callback=self._article_callback,
            errback=self.article_failed,
            cb_kwargs={"hints": hints},
            priority=ARTICLE_PRIORITY,
            meta={"news_kind": "article", "news_article": key},
        )
        if listing is not None:
            request.meta[LISTINGS_META] = listing_urls(listing)
        limit = self.crawler.settings.getint("URLLENGTH_LIMIT")
        if limit and len(request.url) > limit:
            self._too_long(key, request.url, limit)
        return request

    def _too_long(self, key: str, url: str, limit: int) -> None:
        """An article whose URL Scrapy's UrlLengthMiddleware will drop, unsaid but for an
        INFO line: it stayed pending "not fetched", no try spent, "1 unfinished" in every
        run for ever. A drop the summary names now, given up at once as a page over
        DOWNLOAD_MAXSIZE is: its URL will not get shorter, the limit may be raised."""
        if self.pending is not None and self.pending.given_up(key):
            # Given up by an earlier run: skipped as the incremental middleware skips a
            # given-up page it sees (this request never reaches it).
            self.crawler.stats.inc_value("news/incremental/skip_given_up")
            self.pending.keep(key)
            return
        self.crawler.stats.inc_value("news/skip/url_too_long")
        logger.warning(
            "Not fetching %s…: its URL is %d characters, over URLLENGTH_LIMIT=%d "
            "(-s URLLENGTH_LIMIT=N -s NEWS_PENDING_RETRY_GIVEN_UP=True asks for it again)",
            url[:SHOWN_CHARS],
            len(url),
            limit,
        )
        if self.pending is not None:
            self.pending.failed(key, "URL over URLLENGTH_LIMIT", final=True)

    def stop_non_html(self, headers: Headers, request: scrapy.Request, **_: Any) -> None:
        """Stop an article download at its headers when it declares a non-HTML type.

        A PDF or video linked from a feed can be many megabytes; the response (with an empty
        or partial body) still reaches parse_article, which counts the skip.
        """
        if request.meta.get("news_kind") != "article" or b"Location" in headers:
            return
        content_type = media_type(headers)
        if content_type and content_type not in HTML_TYPES:
            raise StopDownload(fail=False)

    def parse_article(
        self, response: Response, hints: dict[str, Any]
    ) -> Iterator[Article | scrapy.Request]:
        """An article page becomes an item; a body that holds no page is skipped and counted.

        A page the user named (-a url=) is an answered entry only when it holds a page: a
        skipped one is the entry's error, so a run whose every named page was binary, no
        HTML or cut short fails (crawler/runs/outcome.py) instead of "ok, 0 new".
        """
        stats = self.crawler.stats
        # Bytes still encoded are no page: the article is tried again by a later run.
        why = undecoded(response)
        if why is not None:
            self._skip_for_later(response, "undecodable", why)
            return
        # A body cut short is no article; it is tried again by a later run (pending).
        if ended_early(response.flags, response.body):
            self._skip_for_later(response, "partial", "the body ended early", response.flags)
            return
        try:
            decoded = page_text(response)
        except NotAPage as exc:
            stats.inc_value(f"news/skip/{exc.reason}")
            if exc.reason == "non_html":
                logger.info("Skipping %s: not HTML (%s)", response.url, exc.detail)
                self._note_entry_error(response.request, f"not HTML ({exc.detail})")
            else:
                logger.warning("Skipping %s: %s", response.url, exc.detail)
                self._note_entry_error(response.request, exc.detail)
            self._account(response, "done")
            return
        # An empty 200 (an origin that failed behind its cache, a crashed script) is no article
        # either: the server's failure, not a page without one. Dropped as such, the article
        # was skipped as seen for NEWS_RECHECK_AFTER_HOURS and then asked again only if a
        # listing read in full still named it: gone from a busy feed by then, it was lost.
        if not decoded.text.strip():
            self._skip_for_later(response, "empty_body", "the body was empty")
            return
        self._entry_ok(response)
        assert isinstance(response, TextResponse)  # page_text() accepts nothing else
        if decoded.repaired:
            stats.inc_value("news/charset/repaired")
            logger.info(
                "Decoded %s as %s, not the declared %s",
                response.url,
                decoded.encoding,
                response.encoding,
            )
        url = self._identity(response, decoded.text).url
        self._account(response, "item", url)
        if not response.meta.get(REVISIT_META):
            depth = self.listed.read(response.meta.get("news_article"))
            if depth is not None:
                self.crawler.stats.inc_value("news/site/listed_followed")
                yield from self._follow(response, depth)
        yield Article(
            url=url,
            fetched_url=response.url,
            source=self.source_name,
            fetched_at=now_iso(),
            fetched_live=True,
            html=decoded.text,
            html_utf8=decoded.utf8,
            hints=hints,
            validators={
                "etag": _header(response, b"ETag"),
                "last_modified": _header(response, b"Last-Modified"),
            },
        )

    def _skip_for_later(
        self, response: Response, reason: str, why: str, flags: list[str] | None = None
    ) -> None:
        """Skip an article's body that holds no whole page, counted ``news/skip/<reason>``:
        the article stays pending with a try spent, and a named page's entry fails with
        ``why``, as for a download that failed."""
        self._account(response, why)
        self.crawler.stats.inc_value(f"news/skip/{reason}")
        self._note_entry_error(response.request, why)
        if flags is None:
            logger.warning("Not storing %s: %s", response.url, why)
        else:
            logger.warning("Not storing %s: %s (%s)", response.url, why, flags)

    def _account(self, response: Response, outcome: str, item_url: str = "") -> None:
        """Tell the pending tracker how a listed article ended: "done", "item" or an error."""
        key = response.meta.get("news_article")
        if self.pending is None or key is None:
            return
        if outcome == "done":
            self.pending.done(key)
        elif outcome == "item":
            self.pending.item_for(key, item_url)
        else:
            self.pending.failed(key, outcome)

    def _identity(self, response: Response, page: str) -> Identity:
        """The URL the page is stored under: its declared canonical one when trusted
        (crawler/identity.py), so an AMP, mobile, print or campaign URL of a stored article
        adds no second row; the decision is counted under ``news/url/canonical/``."""
        identity = article_identity(
            response.url,
            declared_canonical(page),
            response.meta.get("redirect_urls", ()),
            self._is_listing,
        )
        self.crawler.stats.inc_value(f"news/url/canonical/{identity.decision}")
        return identity

    def _is_listing(self, url: str) -> bool:
        """Whether ``url`` (canonical) is a listing of the source, or a page the store
        remembers as fetched without an article (a front, a section, a tag page)."""
        if url in self._listing_urls:
            return True
        db = database_for(self.crawler).db
        no_article = "SELECT 1 FROM url_seen WHERE url = ? AND target IS NULL AND status = 200"
        return db.execute(no_article, [url]).fetchone() is not None

    def article_failed(self, failure: Failure) -> Failure | None:
        """Sort a failed article request: final (gone, blocked, known) or worth a later try.

        The failure is handed back, so Scrapy logs and counts it as it does without an errback
        (download errors, ``httperror/response_ignored_*``).
        """
        self._note_entry_failure(failure)
        request = getattr(failure, "request", None)
        key = request.meta.get("news_article") if request is not None else None
        if self.pending is None or key is None:
            return failure
        if over_size_limit(failure):
            # Its size will not change: retried by later runs it was downloaded again, up to
            # DOWNLOAD_MAXSIZE each time, NEWS_PENDING_MAX_ATTEMPTS times. A counted skip, not
            # an error: Scrapy's warning has said why, so the failure is not handed back.
            self.crawler.stats.inc_value("news/skip/too_large")
            self.pending.failed(key, "over DOWNLOAD_MAXSIZE", final=True)
            return None
        if failure.check(NotYet):
            self.pending.keep(key)
        elif failure.check(RunEnded):
            pass  # left open: the close records it "not fetched", no try spent
        elif failure.check(TransientIgnore):
            self.pending.failed(key, str(failure.value))
        elif failure.check(HttpError):  # an IgnoreRequest too: checked first
            status = failure.value.response.status
            if status in _TRANSIENT_STATUSES or status >= 500:
                self.pending.failed(key, f"HTTP {status}")
            else:
                # Gone (404, 410) or refused for good: a drop the run's summary names; it
                # was only in Scrapy's httperror stats.
                self.crawler.stats.inc_value(f"news/skip/http_{status}")
                self.pending.done(key)
        elif failure.check(IgnoreRequest):
            if forbidden_by_robots(failure):
                # A drop the run's summary names: only Scrapy's robotstxt/forbidden counted
                # it, so a feed whose articles robots.txt disallows said "ok; 0 dropped".
                self.crawler.stats.inc_value("news/skip/robots_txt")
            if request is not None and (forbidden_by_robots(failure) or failure.check(NotPublic)):
                self._refused_for_now(request)
            if str(failure.value).startswith("already stored"):
                wanted = self.listed.skipped_as_stored(key)
                if wanted is not None:
                    self._ask_again(wanted)
            self.pending.done(key)  # already stored, robots.txt, offsite, private address
        else:
            words = network_fault(failure.value, download_timeout(failure))
            why = words or f"{failure.type.__name__}: {failure.value}"
            self.pending.failed(key, why[:300])
        return failure

    def redirect_looped(self, request: scrapy.Request, **_: Any) -> None:
        """An article whose redirects lead back into their own chain (A → B → A).

        The dupefilter drops the request back to A, so REDIRECT_MAX_TIMES never ends the
        loop: the article stayed pending "not fetched" without spending an attempt, was asked
        again by every run for ever, and a run of it alone failed without a reason. It is a
        failed try now (given up after NEWS_PENDING_MAX_ATTEMPTS), counted and named.

        A redirect to a page asked for elsewhere in the run is no loop: the article is that
        page, and is stored when it is. Left open, it was kept pending "not fetched" and
        fetched again by the next run, where the page's own request, coming first, had it
        dropped again: "1 unfinished" every other run for a stored article.
        """
        key = request.meta.get("news_article")
        if key is None or not request.meta.get("redirect_urls"):
            return
        if request.url not in request.meta["redirect_urls"]:
            if self.pending is not None:
                self.pending.item_for(key, canonicalize_url(request.url))
            return
        self.crawler.stats.inc_value("news/skip/redirect_loop")
        self._note_entry_error(request, "a redirect loop")
        logger.warning("Not storing %s: its redirects lead back to %s", key, request.url)
        if self.pending is not None:
            self.pending.failed(key, "a redirect loop")

    def offsite_dropped(self, request: scrapy.Request, **_: Any) -> None:
        """A request outside the source's allowed_domains, which Scrapy's OffsiteMiddleware
        drops as it is scheduled: no errback, no request_dropped signal, a DEBUG line.

        An article listed on another host (or redirected there) stayed pending "not
        fetched", no try spent: "N unfinished" every run for ever, asked again and dropped
        again; a sitemap of an index there kept its place in the frontier. Now the article
        is a drop the summary names (news/skip/offsite) and the sitemap one not read.
        """
        offsite = self._offsite_filter()
        if offsite is None or request.dont_filter or request.meta.get("allow_offsite"):
            return
        if offsite.should_follow(request, self):
            return
        host = urlsplit(request.url).hostname or ""
        if host not in self._offsite_hosts:
            self._offsite_hosts.add(host)
            logger.warning(
                "Not fetching %s: %s is outside the source's allowed_domains (%s)",
                request.url,
                host,
                ", ".join(self.allowed_domains),
            )
        key = request.meta.get("news_article")
        if key is not None:
            self.crawler.stats.inc_value("news/skip/offsite")
            self._refused_for_now(request)
            if self.pending is not None:
                self.pending.done(key)
        elif request.meta.get("news_kind") == "sitemap":
            self.frontier.settled(request)
            self._not_read(request)

    def _offsite_filter(self) -> OffsiteMiddleware | None:
        """Scrapy's OffsiteMiddleware of this crawl, when the source binds its domains."""
        if not self.allowed_domains:
            return None
        return self._offsite_middleware

    @functools.cached_property
    def _offsite_middleware(self) -> OffsiteMiddleware | None:
        """Looked up once, on the first scheduled request: the engine is built after the
        spider, and the lookup scans every downloader middleware."""
        return self.crawler.get_downloader_middleware(OffsiteMiddleware)
