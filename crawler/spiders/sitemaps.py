"""The news spider's sitemaps: urlsets read into requests for their articles, and the
sitemaps an index names held (crawler/backpressure.py) and sent as the queue drains, within
NEWS_SITEMAP_MAX_DEPTH and NEWS_SITEMAP_MAX_COUNT, in the order that reads them all over the
runs; those read in full kept as read (crawler/storage/sitemap_reads.py)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

import scrapy
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.clock import now_iso
from crawler.discovery import Link
from crawler.discovery.sitemaps import parse_sitemap
from crawler.extensions.database import database_for
from crawler.runs.outcome import FATAL_PREFIX
from crawler.spiders.articles import ARTICLE_PRIORITY, ArticlePages
from crawler.spiders.failures import failure_reason
from crawler.spiders.listings import SPIDER_LOGGER, count_skipped
from crawler.storage import sitemap_reads
from crawler.storage.database import database_errors
from crawler.urls import canonicalize_url

logger = logging.getLogger(SPIDER_LOGGER)

# A held sitemap is released when the queue runs low: it goes first, to refill it in time.
_HELD_LISTING_PRIORITY = ARTICLE_PRIORITY + 1

# On the request for a sitemap an index names: its sitemap_reads.Child (canonical URL, lastmod).
_CHILD_META = "news_sitemap_child"


def sitemap_maxsize(download_maxsize: int, protocol_maxsize: int) -> int:
    """The bytes a sitemap may have: the protocol's size, or DOWNLOAD_MAXSIZE when that is
    larger or 0 (no limit)."""
    if download_maxsize <= 0:
        return 0
    return max(download_maxsize, protocol_maxsize)


def _reads_pruned(index: str, pruned: Future[int]) -> None:
    """Say what a prune of the reads of ``index`` did; one that failed loses nothing (the
    rows stay, and the next full read of the index prunes them)."""
    exc = pruned.exception()
    if exc is not None:
        logger.warning("Sitemaps %s no longer names not forgotten yet: %s", index, exc)
    elif pruned.result():
        logger.debug("Forgot %d sitemaps %s no longer names", pruned.result(), index)


class SitemapReading(ArticlePages):
    """Sitemaps and sitemap indexes read into article requests and held sitemaps."""

    # Bounds (from_crawler sets them from NEWS_SITEMAP_MAX_*; 0: none).
    sitemap_max_depth = 0
    sitemap_max_count = 0
    # Set by NewsSpider.__init__ (crawler/spiders/news.py), where each is said.
    _sitemaps_requested: int
    _sitemaps_asked: set[str]
    _sitemaps_read: set[str]
    _children_read: dict[sitemap_reads.Child, tuple[str, ...]]
    _open_indexes: dict[str, tuple[sitemap_reads.Child, set[str]]]

    def sitemap_request(self, url: str, depth: int) -> scrapy.Request:
        """A sitemap the source names (``depth`` 0): counted against NEWS_SITEMAP_MAX_COUNT at
        once (an index's are counted as they are sent, _counted), its depth kept for
        NEWS_SITEMAP_MAX_DEPTH."""
        self._sitemaps_requested += 1
        request = self.listing_request(url, "sitemap", self.parse_sitemap)
        self._sitemaps_asked.add(canonicalize_url(request.url))
        request.meta["news_sitemap_depth"] = depth
        return request

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        # Settled once all its entries are out: Scrapy queues a callback's requests as it
        # iterates, so settling first let the next sitemap be released into a queue that
        # looked empty. The next one is released by refill, or when the crawl idles.
        try:
            yield from self._read_sitemap(response)
            self._child_read(response)
        finally:
            self.frontier.settled(response.request)  # type: ignore[arg-type]

    def _read_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        unpacked = self._listing_body(response, "sitemap")
        if unpacked is None:
            return
        body, whole = unpacked
        stats = self.crawler.stats
        result = parse_sitemap(body, response.url)
        if result.kind == "invalid" and not whole:
            self._cut_before_first_entry(response, "sitemap")
            return
        if result.kind == "invalid":
            stats.inc_value("news/sitemap/invalid")
            self._unusable_listing(response, "sitemap", body)
            return
        self._entry_ok(response)
        stats.inc_value(f"news/sitemap/{result.kind}")
        if not (whole and result.complete):
            self._cut_off(response, "sitemap", len(result.links))
        count_skipped(stats, "sitemap", response.url, result.skipped)
        if result.kind == "sitemapindex":
            # An index names its sitemaps, not their articles: it stays the same (a static
            # file without <lastmod>) while they gain articles. Its validator kept, its 304
            # left every sitemap unasked and their new articles unfound, each run "ok".
            # Read in full each run, it costs its sitemaps' own 304s when they did not change.
            self.incomplete_listings.add(response.url)
            children = self._found(result.links)
            if whole and result.complete:
                self._prune_reads(response, children)
            yield from self._child_sitemaps(response, children, whole and result.complete)
            return
        stats.inc_value("news/sitemap/links", len(result.links))
        for link in self._take_entries(response, self._found(result.links)):
            yield self.article_request(link.url, link.hints, response)

    def _child_read(self, response: Response) -> None:
        """A sitemap whose entries are all out (a 304 to its validators counts: they were
        kept from a full read): read, unless it was read in part. One an index names is kept
        as read, and the indexes that name it are told. Only once the callback has given its
        last entry: a run stopped while its entries were still being queued had not handed
        the rest to article_request, so nothing keeps them pending."""
        request = response.request
        if request is None:
            return
        urls = (request.url, response.url)
        if not self.incomplete_listings.isdisjoint(urls):
            return
        child = request.meta.get(_CHILD_META)
        if child is not None:
            self._children_read[child] = urls
            self.crawler.stats.inc_value("news/sitemap/children_read")
            self._keep_read(child)
        self._read_in_full(child.url if child is not None else canonicalize_url(request.url))

    def _keep_read(self, child: sitemap_reads.Child) -> None:
        """Keep ``child`` as read with the next checkpoint of the pending articles, in the
        transaction that keeps its unfinished entries pending (crawler/extensions/pending.py).
        Kept at the close only, a run killed (a `timeout` shorter than the run, the OOM
        killer) kept none: a source killed every run read the same first sitemaps for ever.
        Not once a write of the run failed, nor without the pending articles' account, as at
        the close (record_children, which keeps it again then)."""
        if self._unrecordable():
            return
        assert self.pending is not None
        self.pending.with_checkpoint(
            functools.partial(
                sitemap_reads.record, source=self.source_name, children=[child], now=now_iso()
            )
        )

    def _unrecordable(self) -> bool:
        """Whether no sitemap may be kept as read: a write of the run failed (its articles
        may be lost, and their sitemaps are read again), or nothing keeps the unfinished
        articles pending (an EXTENSIONS setting turned the account off)."""
        stats = self.crawler.stats.get_stats()
        return self.pending is None or any(k.startswith(FATAL_PREFIX) for k in stats)

    def record_children(self, reason: str) -> None:
        """Keep the sitemaps of an index read in full this run as read (sitemap_reads), so
        that the next runs read the others first under NEWS_SITEMAP_MAX_COUNT.

        Whatever the close's reason: each of their entries went through article_request, and
        the close has kept those not finished pending. Not when a write of the run failed
        (its articles may be lost, and their sitemaps are read again), nor for a sitemap
        read in part (failed, cut off, entries left over): they are read again first. Most
        were kept already as the run went (_keep_read): kept again, at the close's time.
        """
        if self._unrecordable():
            return
        incomplete = self.incomplete_listings
        read = [c for c, urls in self._children_read.items() if incomplete.isdisjoint(urls)]
        if not read:
            return
        now = now_iso()
        try:
            database_for(self.crawler).write(
                functools.partial(
                    sitemap_reads.record, source=self.source_name, children=read, now=now
                )
            ).result()
        except database_errors(OSError) as exc:
            # Nothing lost: those sitemaps are read again by the next run.
            logger.warning(
                "Sitemaps read this run not recorded (%s); the next run reads them again", exc
            )
            return
        logger.debug("Recorded %d sitemaps read in full (reason %s)", len(read), reason)

    def _child_sitemaps(
        self,
        response: Response,
        links: list[Link],
        whole: bool,
        depth: int | None = None,
        lister: str = "Sitemap index",
    ) -> Iterator[scrapy.Request]:
        """The sitemaps an index names, within the depth and count bounds (counted when hit).

        They are held (ListingFrontier) and yielded as the queue has room for their entries,
        each counted against NEWS_SITEMAP_MAX_COUNT as it goes (_counted). An index read
        ``whole`` waits for its sitemaps to be read (_index_read). ``depth``: theirs, one
        below the index's without it; ``lister``: what named them, as the warnings say it.
        """
        stats = self.crawler.stats
        if depth is None:
            depth = int(response.meta.get("news_sitemap_depth", 0)) + 1
        if self.sitemap_max_depth and depth > self.sitemap_max_depth:
            stats.inc_value("news/sitemap/too_deep", len(links))
            self.incomplete_listings.add(response.url)
            logger.warning(
                "Sitemap index %s is nested %d deep; not following its %d sitemaps "
                "(NEWS_SITEMAP_MAX_DEPTH)",
                response.url,
                depth,
                len(links),
            )
            return
        # The index itself and the indexes above it: an index naming one of them (itself, or
        # two indexes naming each other) was downloaded again, a big one at a big cost.
        above = {
            canonicalize_url(url)
            for url in (response.url, *response.meta.get("news_listing_parents", ()))
        }
        named: set[str] = set()
        index = canonicalize_url(response.url)
        children: list[tuple[Link, sitemap_reads.Child]] = []
        for link in links:
            # A child sitemap whose lastmod is older than max_age_days lists only older
            # articles: not downloaded at all.
            if self._too_old(link.hints):
                stats.inc_value("news/sitemap/child_too_old")
                continue
            key = canonicalize_url(link.url)
            if key in above:
                stats.inc_value("news/sitemap/loop")
                logger.warning(
                    "Sitemap index %s names %s, %s; not read again",
                    response.url,
                    link.url,
                    "itself" if key == index else "an index above it",
                )
                continue
            if key in named:
                # Named again: each copy took a place under NEWS_SITEMAP_MAX_COUNT, and an
                # index naming one sitemap many times left its other sitemaps unread.
                stats.inc_value("news/sitemap/repeated")
                continue
            named.add(key)
            lastmod = link.hints.get("lastmod")
            children.append(
                (link, sitemap_reads.Child(key, str(lastmod) if lastmod else None, index))
            )
        known = self._reads_of(children)
        if whole:
            self._open_index(response, index, [c for _, c in children], known)
        # Asked for already this run (the source names it, or another index does): read once,
        # its articles asked once. The source's own was downloaded again under the index;
        # another index's was dropped by the dupefilter after it took a place under
        # NEWS_SITEMAP_MAX_COUNT, and an index waiting for it was never read.
        to_ask = [(link, c) for link, c in children if c.url not in self._sitemaps_asked]
        if len(to_ask) < len(children):
            stats.inc_value("news/sitemap/asked_already", len(children) - len(to_ask))
        for link, child in self._within_count(response, to_ask, known, lister):
            self._sitemaps_asked.add(child.url)
            request = self.listing_request(link.url, "sitemap", self.parse_sitemap)
            request.meta["news_sitemap_depth"] = depth
            request.meta["news_listing_parents"] = (
                *response.meta.get("news_listing_parents", ()),
                response.url,
            )
            request.meta[_CHILD_META] = child
            request.dont_filter = False
            request.priority = _HELD_LISTING_PRIORITY
            request.errback = self.listing_failed
            self.frontier.hold(request, depth)
        yield from self._release()

    def _reads_of(
        self, children: list[tuple[Link, sitemap_reads.Child]]
    ) -> dict[str, sitemap_reads.Read]:
        """The rows of an index's sitemaps (sitemap_reads), under NEWS_SITEMAP_MAX_COUNT."""
        if not self.sitemap_max_count or not children:
            return {}
        return sitemap_reads.reads(
            database_for(self.crawler).db, self.source_name, (c.url for _, c in children)
        )

    def _open_index(
        self,
        response: Response,
        index: str,
        children: list[sitemap_reads.Child],
        known: dict[str, sitemap_reads.Read],
    ) -> None:
        """An index read whole (``index``, its canonical URL), named by an index itself: it is
        read once each of its sitemaps that may hold entries not read yet
        (sitemap_reads.changed) is read in full this run (_index_read). Never kept as read, a
        nested index went first in every run under NEWS_SITEMAP_MAX_COUNT, however long ago
        all it names was read."""
        request = response.request
        own = request.meta.get(_CHILD_META) if request is not None else None
        if own is None:
            return
        unread = {
            c.url
            for c in children
            if sitemap_reads.changed(c, known.get(c.url)) and c.url not in self._sitemaps_read
        }
        self._open_indexes[index] = (own, unread)
        if not unread:
            self._index_read(index)

    def _index_read(self, index: str, child: str | None = None) -> None:
        """``child`` of the open ``index`` was read in full: the index is read once none is
        left, and the index above it is told in turn."""
        entry = self._open_indexes.get(index)
        if entry is None:
            return
        own, unread = entry
        unread.discard(child or "")
        if unread:
            return
        del self._open_indexes[index]
        # No URLs to check at the close: an index's own stay among the incomplete listings
        # (its validators are never kept); a sitemap of it read in part kept it open.
        self._children_read[own] = ()
        self.crawler.stats.inc_value("news/sitemap/indexes_read")
        self._keep_read(own)
        self._read_in_full(own.url)

    def _read_in_full(self, sitemap: str) -> None:
        """``sitemap`` (its canonical URL) was read in full this run: every open index that
        names it is told, not only the one its request came from. A sitemap two indexes
        name is asked for once, and the other index waited for it for ever: never read,
        it went first in every run under NEWS_SITEMAP_MAX_COUNT."""
        self._sitemaps_read.add(sitemap)
        waiting = [i for i, (_, unread) in self._open_indexes.items() if sitemap in unread]
        for index in waiting:
            self._index_read(index, sitemap)

    def _within_count(
        self,
        response: Response,
        children: list[tuple[Link, sitemap_reads.Child]],
        known: dict[str, sitemap_reads.Read],
        lister: str,
    ) -> list[tuple[Link, sitemap_reads.Child]]:
        """The sitemaps of an index (or robots.txt: ``lister``) to hold this run, within
        NEWS_SITEMAP_MAX_COUNT, in the order to read them.

        Those that may hold entries not read yet go first (crawler/storage/sitemap_reads.py),
        whether they all fit or not: the bound is counted as they go (_counted), and an index
        of indexes fits where its sitemaps do not. Those past the room left are left for the
        next runs (counted, said; the index is read in full again). Taken in the index's
        order, every run read the same first sitemaps, and the articles of the others were
        never fetched.
        """
        if not self.sitemap_max_count:
            return children
        listed = [child for _, child in children]
        order = sitemap_reads.reading_order(listed, known)
        room = max(self.sitemap_max_count - self._sitemaps_requested, 0)
        if len(children) > room:
            self._left_for_later(
                response,
                "news/sitemap/children_deferred",
                len(children) - room,
                f"{lister} %s names %d sitemaps; %d read this run "
                "(NEWS_SITEMAP_MAX_COUNT=%d), the other %d left for the next runs",
                len(children),
                room,
                self.sitemap_max_count,
            )
        return [children[place] for place in order[:room]]

    def _counted(self, released: list[scrapy.Request]) -> list[scrapy.Request]:
        """Held sitemaps released to go, each counted against NEWS_SITEMAP_MAX_COUNT as it
        goes. Counted when an index named them, an index of indexes spent every place on
        indexes, which name no article: an index of 1000 monthly indexes had its articles
        never read, every run "ok". Once the bound is reached, the sitemaps still held are
        left for the next runs (counted, said; the indexes that named them are read again)."""
        bound = self.sitemap_max_count
        if not bound:
            return released
        out: list[scrapy.Request] = []
        for place, request in enumerate(released):
            if self._sitemaps_requested >= bound:
                self._left_held([*released[place:], *self.frontier.drain()])
                break
            self._sitemaps_requested += 1
            out.append(request)
        return out

    def _left_held(self, requests: list[scrapy.Request]) -> None:
        """Held sitemaps the bound left for the next runs: counted, said, and the
        indexes that named them read in full again by the next run."""
        for request in requests:
            self.frontier.settled(request)
            self._not_read(request)
        self.crawler.stats.inc_value("news/sitemap/children_deferred", len(requests))
        logger.warning(
            "%d sitemaps named by sitemap indexes left for the next runs "
            "(NEWS_SITEMAP_MAX_COUNT=%d reached)",
            len(requests),
            self.sitemap_max_count,
        )

    def _prune_reads(self, response: Response, links: list[Link]) -> None:
        """Delete the rows of the sitemaps this index, read whole, no longer names
        (sitemap_reads.prune): a site naming a sitemap per day left a row for every day it
        was ever read. Not for an index cut off, which may name more than was read."""
        named = [canonicalize_url(link.url) for link in links]
        pruned = database_for(self.crawler).write(
            functools.partial(
                sitemap_reads.prune,
                source=self.source_name,
                index=canonicalize_url(response.url),
                named=named,
            )
        )
        pruned.add_done_callback(functools.partial(_reads_pruned, response.url))

    def _queued(self) -> int:
        """Requests waiting in the scheduler (0 before the engine runs, as in unit tests)."""
        try:
            scheduler = self.crawler.engine.scheduler
        except RuntimeError:  # Crawler.engine raises until the crawl starts
            return 0
        return len(scheduler) if scheduler is not None else 0  # type: ignore[arg-type]

    def _release(self) -> list[scrapy.Request]:
        """The held sitemaps the scheduler has room for now; the scheduler is asked only
        while some are held, since refill runs for every request that leaves it."""
        return self._counted(self.frontier.release(self._queued())) if self.frontier.held else []

    def refill(self, request: scrapy.Request, **_: Any) -> None:
        """A request left the scheduler: send held sitemaps if the queue ran low."""
        if self.frontier.held:
            for held in self._release():
                self.crawler.engine.crawl(held)

    def listing_dropped(self, request: scrapy.Request, **_: Any) -> None:
        """A released sitemap the dupefilter dropped (named twice) leaves room for the next."""
        self.frontier.settled(request)

    def release_held(self) -> None:
        """Keep the crawl open while sitemaps are held; send what fits."""
        held = self._counted(self.frontier.idle())
        if not held:
            return
        for request in held:
            self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def listing_failed(self, failure: Failure) -> Failure:
        """A held sitemap that got no usable answer leaves room for the next; Scrapy logs it.

        The index that named it is read again by the next run (_not_read), which asks for it
        again; the sitemaps it read answer 304 then.
        """
        request = getattr(failure, "request", None)
        if request is not None:
            self.frontier.settled(request)
            self._not_read(request)
            # Scrapy logs an ignored 404 at INFO: a sitemap of the index gone, its articles
            # with it, showed nowhere in a cron run at -L WARNING, the source "ok".
            self.crawler.stats.inc_value("news/sitemap/failed")
            parents = request.meta.get("news_listing_parents", ())
            logger.warning(
                "Sitemap %s%s not read: %s; the next run asks for it again",
                request.url,
                f" (in {parents[-1]})" if parents else "",
                failure_reason(failure),
            )
        return failure
