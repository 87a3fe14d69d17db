"""A progress line for the person watching a crawl, every NEWS_PROGRESS_INTERVAL seconds.

Scrapy's LogStats says pages and items per minute once a minute; an operator wants to know
what was kept, what was thrown away and how long the rest will take. The line is logged at
INFO, so a cron run at ``-L WARNING`` stays quiet.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any, Self

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from scrapy.utils.asyncio import create_looping_call

from crawler.plural import plural
from crawler.runs.counts import BYTES_READ, BYTES_TOTAL, drop_counts
from crawler.sources import source_name
from crawler.storage.run_records import counted

logger = logging.getLogger(__name__)


def progress_line(stats: Mapping[str, Any], elapsed: float, queued: int | None) -> str:
    """One line: pages fetched, articles stored / copies / dropped, rate and, once a listing
    has been read (so the work ahead is known), what is queued and how long it should take;
    for a WARC ingestion, the records and bytes read instead of pages fetched.

    The rate is pages fetched per minute since the start; the ETA divides the requests
    waiting in the scheduler and the downloader by it.
    """
    fetched = counted(stats, "response_received_count")
    new = counted(stats, "news/store/new")
    updated = counted(stats, "news/store/updated")
    copies = counted(stats, "news/dedup/exact", "news/dedup/near")
    dropped = sum(drop_counts(stats).values())
    stored = (
        f"{plural(new + updated, 'article')} stored ({new} new, {updated} updated), "
        f"{plural(copies, 'copy', 'copies')}, {dropped} dropped"
    )
    if BYTES_TOTAL in stats and not fetched:
        return _warc_progress(stats, elapsed, stored)
    rate = fetched / elapsed * 60 if elapsed > 0 else 0.0
    line = f"{plural(fetched, 'page')} fetched, {stored}; {rate:.0f} pages/min"
    listings_read = counted(
        stats, "news/feed/parsed", "news/sitemap/urlset", "news/sitemap/sitemapindex"
    )
    if queued is not None and listings_read:
        line += f"; {queued} to fetch"
        if queued and rate > 0:
            line += f", about {_duration(queued / rate * 60)} left"
    return line


def _warc_progress(stats: Mapping[str, Any], elapsed: float, stored: str) -> str:
    """How far a WARC ingestion is: records read, the share of the archive's bytes and, from
    their rate, about how long the rest takes. It fetches nothing: its line said "0 pages
    fetched ... 0 pages/min" for hours, with no hint of how far into the files it was."""
    records = counted(stats, "news/warc/records")
    total, done = counted(stats, BYTES_TOTAL), counted(stats, BYTES_READ)
    rate = records / elapsed * 60 if elapsed > 0 else 0.0
    line = f"{plural(records, 'WARC record')} read"
    if total:
        line += f" ({min(done, total) / total:.0%} of {total / 1e6:.1f} MB)"
    line += f", {stored}; {rate:.0f} records/min"
    if total and done and elapsed > 0 and done < total:
        line += f", about {_duration((total - done) / (done / elapsed))} left"
    return line


def _duration(seconds: float) -> str:
    """A rough, readable duration: 45 s, 3 min, 1 h 20 min."""
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"


class Progress:
    def __init__(self, stats: StatsCollector, interval: float, crawler: Crawler) -> None:
        self.stats = stats
        self.interval = interval
        self.crawler = crawler
        self.started = time.monotonic()
        self.task: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        interval = crawler.settings.getfloat("NEWS_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        ext = cls(crawler.stats, interval, crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def queued(self) -> int | None:
        """Requests waiting in the scheduler plus those downloading; None if unknown."""
        engine = self.crawler.engine
        # A scheduler of another class (SCHEDULER) may not count what it holds.
        scheduler = engine.scheduler
        if scheduler is None or not hasattr(scheduler, "__len__"):
            return None
        return len(scheduler) + len(engine.downloader.active)

    def spider_opened(self, spider: Spider) -> None:
        self.started = time.monotonic()
        self.task = create_looping_call(self.log, spider)
        self.task.start(self.interval, now=False)

    def log(self, spider: Spider) -> None:
        line = progress_line(self.stats.get_stats(), time.monotonic() - self.started, self.queued())
        logger.info("%s: %s", source_name(spider), line, extra={"spider": spider})

    def spider_closed(self, spider: Spider) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
