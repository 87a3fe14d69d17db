"""Extraction and text analysis in a pool of worker processes.

Scrapy runs callbacks and pipelines on one thread: trafilatura there would stall every
download. Each page goes to a worker process once (pipelines/extract/pool.py); the reactor
only awaits the result. A page that takes longer than ``NEWS_EXTRACT_TIMEOUT`` has its worker
killed; that page, like one whose worker died, is kept pending for a later run.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from typing import Self

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.exceptions import Unfinished
from crawler.extensions.database import database_for
from crawler.sources import Source, source_of
from crawler.stop import stop_crawl
from crawler.storage.database import SharedDatabase
from pipelines.extract.jobs import PageJob, WorkerError
from pipelines.extract.pool import PagePool, PageTimeout, PoolClosed, WorkerDied
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
        preload: Sequence[str],
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
        stop: Callable[[str], None] = lambda reason: None,
    ) -> None:
        self.stats = stats
        self.database = database
        self.source = source
        self.workers = workers or os.cpu_count() or 1
        self.timeout = timeout
        self.max_tasks = max_tasks
        self.preload = list(preload)
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
        self.stop = stop
        self.pool: PagePool | None = None
        self._learned: dict[str, tuple[float, frozenset[str]]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        s = crawler.settings
        return cls(
            crawler.stats,
            database_for(crawler),
            source_of(crawler.spider),
            workers=s.getint("NEWS_WORKERS"),
            timeout=s.getfloat("NEWS_EXTRACT_TIMEOUT"),
            max_tasks=s.getint("NEWS_WORKER_MAX_TASKS"),
            preload=s.getlist("NEWS_WORKER_PRELOAD"),
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
            stop=functools.partial(stop_crawl, crawler),
        )

    def open_spider(self) -> None:
        # forkserver: workers do not inherit the reactor, its sockets or its threads. The
        # preload only takes effect if this process has not started its forkserver yet; the
        # extension that starts it earlier (crawler/extensions/workerserver.py) reads the
        # same setting, so the workers start from the same state either way.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(self.preload)
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
        """A page that holds no article: final."""
        self.stats.inc_value(f"news/extract/{reason}")
        self.stats.inc_value(f"news/drop/{reason}")
        return DropItem(f"{reason}: {url}", log_level=logging.getLevelName(level))

    def _unfinished(self, reason: str, url: str, *, tried: bool = True) -> Unfinished:
        """A page the workers could not finish, whatever it holds: kept pending.

        A worker killed at the time limit on a loaded machine, by the OOM killer, or an
        exception in the analysis says nothing about the page, so dropping it for good lost
        the article (round 20); a later run tries it again, up to NEWS_PENDING_MAX_ATTEMPTS.
        """
        self.stats.inc_value(f"news/extract/{reason}")
        self.stats.inc_value(f"news/drop/{reason}")
        if self.explain:
            # Explain is run to show this page's decisions: without them it did not do its
            # job. It said "explain: ok" and exited 0, no decision logged.
            logger.error("explain %s: not analysed (%s), so no decision to show", url, reason)
            self.stats.inc_value("news/fatal/not_explained")
        return Unfinished(f"{reason}: {url}", tried=tried)

    def _pool_failed(self, url: str, exc: PoolClosed) -> Unfinished:
        """No page can be analysed any more: the source fails and the crawl stops.

        Each page then was dropped as an "error" and forgotten, and the run ended as a
        success with nothing stored (round 20). Its pages never had their try: they stay
        pending without spending an attempt, and the next run analyses them.
        """
        if not self.stats.get_value("news/fatal/extract_failed"):
            logger.error("The extraction workers stopped (%s); stopping the crawl", exc)
            self.stats.inc_value("news/fatal/extract_failed")
            self.stop("extract_failed")
        return self._unfinished("pool_closed", url, tried=False)

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
            raise self._unfinished("timeout", url) from None
        except WorkerDied as exc:
            raise self._unfinished("worker_died", f"{url} ({exc})") from None
        except WorkerError as exc:
            logger.error("Extraction failed on %s:\n%s", url, exc.trace)
            raise self._unfinished("error", f"{url} ({exc.name})") from None
        except PoolClosed as exc:
            raise self._pool_failed(url, exc) from None
        except Exception as exc:
            logger.exception("Extraction failed on %s", url)
            raise self._unfinished("error", f"{url} ({type(exc).__name__})") from None
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
            if self.explain:
                # The crawl's verdict, which the blocks above led to: explain once stored a page
                # too short for a crawl, with no threshold, and said "1 new".
                why = (
                    f" (its text is shorter than NEWS_MIN_TEXT_CHARS, {self.min_text_chars})"
                    if result.drop == "too_short"
                    else ""
                )
                logger.info("explain %s: dropped, no article stored: %s%s", url, result.drop, why)
            raise self._drop(result.drop, url)
        stats.inc_value("news/extract/ok")
        if self.explain:
            # The metadata too: a wrong date or author is what a user most often asks about.
            got = result.fields
            logger.info(
                "explain %s: title=%r published=%s authors=%s language=%s paywalled=%s; from %s",
                url,
                got.get("title"),
                got.get("published"),
                got.get("authors"),
                got.get("language"),
                got.get("paywalled"),
                got.get("meta_origin"),
            )
        # The listing's title, date and author were candidates of the worker's resolver.
        fields = dict(result.fields)
        for key, value in fields.items():
            adapter[key] = value
        adapter["line_keys"] = result.line_keys
        return item
