"""Records each crawl in ``run_sources``: outcome, counts and quality signals.

The commands (crawl, crawlall, demo, reprocess) open a run row and pass its id in
``NEWS_RUN_ID``; a crawler started some other way (a script) records a run of its own.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.extensions.feedexport import FeedExporter
from scrapy.statscollectors import StatsCollector

from crawler.extensions.database import database_for
from crawler.runs.counts import drop_counts
from crawler.runs.health import QualityCounter, QualityTally
from crawler.runs.outcome import run_exit_code, source_outcome
from crawler.sources import source_name
from crawler.storage import run_records as records
from crawler.storage.database import SharedDatabase, database_errors

logger = logging.getLogger(__name__)


class RunRecorder(QualityCounter):
    """``database`` is looked up when the spider opens: extensions are built one after another,
    so the DatabaseExtension may not exist yet when this one is."""

    def __init__(
        self,
        stats: StatsCollector,
        database: Callable[[], SharedDatabase],
        run_id: int | None,
        feeds: Callable[[], bool] = lambda: False,
    ):
        self.stats = stats
        self.database = database
        self.run_id = run_id
        self.own_run = run_id is None
        self.source = ""
        self.quality = QualityTally()
        self.feeds = feeds
        self.closed_as: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if crawler.settings.getbool("NEWS_DRY_RUN"):
            # A dry run records no run (its rows would be rolled back, a PostgreSQL id spent).
            raise NotConfigured
        run_id = crawler.settings.getint("NEWS_RUN_ID") or None
        ext = cls(
            crawler.stats,
            functools.partial(database_for, crawler),
            run_id,
            lambda: crawler.get_extension(FeedExporter) is not None,
        )
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.feed_exporter_closed, signal=signals.feed_exporter_closed)
        return ext

    def spider_opened(self, spider: Spider) -> None:
        self.source = source_name(spider)
        self.run_id = self.database().write(self._open_rows).result()

    def _open_rows(self, db: Any) -> int:
        run_id = self.run_id
        if run_id is None:
            run_id = records.start_run(db, "crawl", [self.source], None)
        records.source_started(db, run_id, self.source)
        return run_id

    def row_written(self, item: Any) -> None:
        """Count an article whose row the store committed (pipelines/store.py tells): the
        run's shares describe the rows it wrote, not a revisit's page found unchanged or a
        fetch older than the stored one, which leave the table as it was."""
        adapter = ItemAdapter(item)
        self.quality.add(
            adapter.get("text"),
            adapter.get("published"),
            adapter.get("author"),
            precision=adapter.get("published_precision"),
            paywalled=adapter.get("paywalled"),
            conflicts=len(adapter.get("meta_conflicts") or ()),
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.feeds():
            # A crawl's -O file is written as the spider closes, beside this handler: its
            # failure (a full disk at the last bytes) came after the row said "ok".
            self.closed_as = reason
            return
        self.close(reason)

    def feed_exporter_closed(self) -> None:
        if self.closed_as is not None:
            self.close(self.closed_as)

    def close(self, reason: str) -> None:
        """Write the source's row with its outcome, from the crawl's closing stats."""
        if self.run_id is None or not self.source:
            # Never opened: the crawl raised while it opened (a full disk refusing the store's
            # first commit), and Scrapy closes it as 'shutdown'. The runner reports it with
            # what it raised; this said 'Source  failed: stopped by Ctrl-C or SIGTERM'.
            return
        run_id = self.run_id
        stats = {**self.stats.get_stats(), "finish_reason": reason}
        outcome = source_outcome(self.source, stats)
        row = records.source_row(stats, outcome.failure, drop_counts(stats), self.quality.summary())

        def close_rows(db: Any) -> None:
            records.source_finished(db, run_id, self.source, row)
            if self.own_run:
                records.finish_run(db, run_id, run_exit_code([outcome]))

        try:
            self.database().write(close_rows).result()
        except database_errors(OSError) as exc:
            # Unmarked, the runner writes the row from the same stats once the crawl is over
            # (crawler/runs/runner.py). Marked before the write, a failed write left the row
            # "running" for ever, with a traceback from the signal handler.
            logger.warning("Run row of %s not written at its close: %s", self.source, exc)
        else:
            self.stats.set_value("news/run/outcome", "ok" if outcome.ok else "failed")
        if not outcome.ok:
            # A stop the operator asked for is no error; the closing summary says what to do.
            level = logging.WARNING if reason == "shutdown" else logging.ERROR
            logger.log(level, "Source %s failed: %s", self.source, outcome.reason)
