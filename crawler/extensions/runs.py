"""Records each crawl in ``run_sources``: outcome, counts and quality signals.

The commands (crawl, crawlall, demo, reprocess) open a run row and pass its id in
``NEWS_RUN_ID``; a crawler started some other way (a script) records a run of its own.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from sqlite_utils import Database

from crawler.ops import records
from crawler.ops.outcome import source_outcome
from crawler.ops.quality import QualityTally
from crawler.storage.database import open_database

logger = logging.getLogger(__name__)

# Our DropItem messages start with "reason: …"; others are counted by exception class.
_REASON_RE = re.compile(r"^([a-z][a-z0-9_]*):")


class RunRecorder:
    def __init__(self, crawler: Crawler, db_path: str, busy_timeout_ms: int, run_id: int | None):
        self.crawler = crawler
        self.db_path = db_path
        self.busy_timeout_ms = busy_timeout_ms
        self.run_id = run_id
        self.own_run = run_id is None
        self.source = ""
        self.dropped: Counter[str] = Counter()
        self.quality = QualityTally()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        s = crawler.settings
        run_id = s.getint("NEWS_RUN_ID") or None
        ext = cls(crawler, s.get("NEWS_DB"), s.getint("NEWS_DB_BUSY_TIMEOUT_MS"), run_id)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        return ext

    def _open(self) -> Database:
        return open_database(self.db_path, busy_timeout_ms=self.busy_timeout_ms)

    def spider_opened(self, spider: Spider) -> None:
        source = getattr(spider, "news_source", None)
        self.source = source.name if source is not None else spider.name
        db = self._open()
        try:
            if self.run_id is None:
                self.run_id = records.start_run(db, "crawl", [self.source], None)
            records.source_started(db, self.run_id, self.source)
        finally:
            db.close()

    def item_scraped(self, item: Any) -> None:
        adapter = ItemAdapter(item)
        self.quality.add(adapter.get("text"), adapter.get("published"), adapter.get("author"))

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        match = _REASON_RE.match(str(exception))
        self.dropped[match.group(1) if match else type(exception).__name__] += 1

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.run_id is None:
            return
        stats = {**self.crawler.stats.get_stats(), "finish_reason": reason}
        outcome = source_outcome(self.source, stats)
        self.crawler.stats.set_value("news/run/outcome", "ok" if outcome.ok else "failed")
        row = records.source_row(stats, outcome, self.dropped, self.quality.summary())
        db = self._open()
        try:
            records.source_finished(db, self.run_id, self.source, row)
            if self.own_run:
                records.finish_run(db, self.run_id, 0 if outcome.ok else 1)
        finally:
            db.close()
        if not outcome.ok:
            logger.error("Source %s failed: %s", self.source, outcome.reason)
