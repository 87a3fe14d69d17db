"""Extraction and text analysis in a pool of worker processes.

Scrapy runs callbacks and pipelines on one thread: trafilatura there would stall every
download. Each page goes to a worker process once (pipelines/extract/pool.py); the reactor
only awaits the result. A page that takes longer than ``NEWS_EXTRACT_TIMEOUT`` has its worker
killed and is dropped.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from typing import Self

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.extensions.database import database_for
from crawler.sources import Source, source_of
from crawler.storage.database import SharedDatabase
from pipelines.extract.jobs import PageJob, WorkerError
from pipelines.extract.pool import PagePool, PageTimeout, WorkerDied
from pipelines.index.boilerplate import LineStats

logger = logging.getLogger(__name__)


class ExtractPipeline:
    def __init__(
        self,
        stats: StatsCollector,
        database: SharedDatabase | None = None,
        source: Source | None = None,
        *,
        workers: int,
        timeout: float,
        max_tasks: int,
        min_text_chars: int,
        keep_html: bool,
        language_chars: int,
        learn_min_articles: int,
        learn_min_share: float,
        learn_refresh_seconds: float,
        max_chars: int = 0,
        consensus: bool = True,
        fast: bool = True,
        explain: bool = False,
    ) -> None:
        self.stats = stats
        self.database = database
        self.source = source
        self.workers = workers or os.cpu_count() or 1
        self.timeout = timeout
        self.max_tasks = max_tasks
        self.min_text_chars = min_text_chars
        self.keep_html = keep_html
        self.language_chars = language_chars
        self.learn_min_articles = learn_min_articles
        self.learn_min_share = learn_min_share
        self.learn_refresh_seconds = learn_refresh_seconds
        self.max_chars = max_chars
        self.consensus = consensus
        self.fast = fast
        self.explain = explain
        self.pool: PagePool | None = None
        self._learned: dict[str, tuple[float, frozenset[str]]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        s = crawler.settings
        assert crawler.stats is not None
        return cls(
            crawler.stats,
            database_for(crawler),
            source_of(crawler.spider),
            workers=s.getint("NEWS_WORKERS"),
            timeout=s.getfloat("NEWS_EXTRACT_TIMEOUT"),
            max_tasks=s.getint("NEWS_WORKER_MAX_TASKS"),
            min_text_chars=s.getint("NEWS_MIN_TEXT_CHARS"),
            keep_html=s.getbool("NEWS_KEEP_HTML"),
            language_chars=s.getint("NEWS_LANGUAGE_CHARS"),
            learn_min_articles=s.getint("NEWS_LEARN_MIN_ARTICLES"),
            learn_min_share=s.getfloat("NEWS_LEARN_MIN_SHARE"),
            learn_refresh_seconds=s.getfloat("NEWS_LEARN_REFRESH_SECONDS"),
            max_chars=s.getint("NEWS_EXTRACT_MAX_CHARS"),
            consensus=s.getbool("NEWS_TEXT_CONSENSUS"),
            fast=s.getbool("NEWS_TEXT_FAST"),
            explain=s.getbool("NEWS_EXPLAIN"),
        )

    def open_spider(self) -> None:
        # forkserver: workers do not inherit the reactor, its sockets or its threads. The
        # preload only takes effect if this process has not started its forkserver yet.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipelines.extract.preload"])
        self.pool = PagePool(
            context, workers=self.workers, timeout=self.timeout, max_tasks=self.max_tasks
        )
        self.pool.start()

    def close_spider(self) -> None:
        if self.pool is not None:
            self.pool.close(timeout=self.timeout + 10)
            self.pool = None

    def learned_for(self, source: str) -> frozenset[str]:
        """The source's learned boilerplate keys, re-read from the database now and then."""
        if self.database is None:
            return frozenset()
        now = time.monotonic()
        cached = self._learned.get(source)
        if cached is None or now - cached[0] >= self.learn_refresh_seconds:
            stats = LineStats(
                self.database.db,
                min_articles=self.learn_min_articles,
                min_share=self.learn_min_share,
            )
            cached = (now, frozenset(stats.learned_for(source)))
            self._learned[source] = cached
        return cached[1]

    def _drop(self, reason: str, url: str, level: int = logging.INFO) -> DropItem:
        self.stats.inc_value(f"news/extract/{reason}")
        self.stats.inc_value(f"news/drop/{reason}")
        return DropItem(f"{reason}: {url}", log_level=logging.getLevelName(level))

    async def process_item(self, item: object) -> object:
        adapter = ItemAdapter(item)
        html = adapter.get("html")
        url = adapter["url"]
        if not html:
            raise self._drop("empty", url)
        hints = adapter.get("hints") or {}
        source = self.source
        if self.max_chars and len(html) > self.max_chars:
            # Checked here, in the reactor, for free: a worker would spend its whole time limit.
            raise self._drop("too_large", f"{url} ({len(html)} characters)", logging.WARNING)
        job = PageJob(
            url=adapter["fetched_url"],
            html=html,
            hints=dict(hints),
            fetched_at=adapter.get("fetched_at"),
            min_text_chars=self.min_text_chars,
            strip_patterns=source.strip_patterns if source else (),
            learned=self.learned_for(adapter["source"]),
            keep_html=self.keep_html,
            language_chars=self.language_chars,
            consensus=self.consensus,
            fast=self.fast,
            explain=self.explain,
            utf8=adapter.get("html_utf8"),
        )
        # The worker has its copy; queued items stay small.
        adapter["html"] = None
        adapter["html_utf8"] = None
        assert self.pool is not None, "open_spider() starts the pool"
        try:
            result = await self.pool.run(job)
        except PageTimeout:
            raise self._drop("timeout", url, logging.WARNING) from None
        except WorkerDied as exc:
            raise self._drop("worker_died", f"{url} ({exc})", logging.WARNING) from None
        except WorkerError as exc:
            logger.error("Extraction failed on %s:\n%s", url, exc.trace)
            raise self._drop("error", f"{url} ({exc.name})", logging.WARNING) from None
        except Exception as exc:
            logger.exception("Extraction failed on %s", url)
            raise self._drop("error", f"{url} ({type(exc).__name__})", logging.WARNING) from None
        for stage, reason, kept, block in result.decisions:
            logger.info(
                "explain %s: %s by %s (%s): %s",
                url,
                "kept" if kept else "dropped",
                stage,
                reason,
                block,
            )
        stats = self.stats
        for key, n in result.counts.items():
            stats.inc_value(f"news/{key}", n)
        for stage, seconds in result.seconds.items():
            stats.inc_value(f"news/time/{stage}_us", round(seconds * 1_000_000))
        if result.drop:
            raise self._drop(result.drop, url)
        stats.inc_value("news/extract/ok")
        if self.explain:
            logger.info("explain %s: paywalled=%s", url, result.fields.get("paywalled"))
        # The listing's title, date and author were candidates of the worker's resolver.
        fields = dict(result.fields)
        for key, value in fields.items():
            adapter[key] = value
        adapter["line_keys"] = result.line_keys
        return item
