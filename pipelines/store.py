"""The ordered writer: batches articles into SQLite transactions.

Rows are committed every ``NEWS_DB_BATCH_SIZE`` articles or ``NEWS_DB_FLUSH_SECONDS``,
and once more in ``close_spider``, so a graceful stop (Ctrl-C, SIGTERM) loses nothing
scraped and a kill loses at most one uncommitted batch, which the next run fetches again.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime
from typing import Any, Self

import trafilatura
from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from sqlite_utils import Database
from twisted.internet import task

from crawler.extensions.database import DatabaseExtension
from crawler.storage.database import write_transaction

logger = logging.getLogger(__name__)

# Bumped when cleaning, language or dedup rules change in a way that alters stored rows.
PIPELINE_VERSION = "1"
EXTRACTOR_VERSION = f"trafilatura {trafilatura.__version__}"

ARTICLE_COLUMNS = (
    "url",
    "source",
    "title",
    "author",
    "published",
    "fetched_at",
    "fetched_url",
    "language",
    "language_prob",
    "language_expected",
    "description",
    "sitename",
    "tags",
    "image",
    "text",
    "content_hash",
    "duplicate_of",
    "similarity",
)


def article_row(adapter: ItemAdapter) -> dict[str, Any]:
    row = {col: adapter.get(col) for col in ARTICLE_COLUMNS}
    row["tags"] = json.dumps(row["tags"] or [], ensure_ascii=False)
    if row["language_expected"] is not None:
        row["language_expected"] = int(row["language_expected"])
    row["updated_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    row["extractor_version"] = EXTRACTOR_VERSION
    row["pipeline_version"] = PIPELINE_VERSION
    return row


class StorePipeline:
    def __init__(self, crawler: Crawler, *, batch_size: int, flush_seconds: float) -> None:
        self.crawler = crawler
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self.pending: list[Any] = []
        self.db: Database | None = None
        self._timer: task.LoopingCall | None = None
        self._oldest: float | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(
            crawler,
            batch_size=crawler.settings.getint("NEWS_DB_BATCH_SIZE"),
            flush_seconds=crawler.settings.getfloat("NEWS_DB_FLUSH_SECONDS"),
        )

    def open_spider(self) -> None:
        ext = self.crawler.get_extension(DatabaseExtension)
        self.db = ext.db
        self._timer = task.LoopingCall(self._flush_if_due)
        self._timer.start(max(self.flush_seconds / 2, 0.1), now=False)

    def close_spider(self) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self.flush()

    def process_item(self, item: Any) -> Any:
        self.pending.append(item)
        if self._oldest is None:
            self._oldest = time.monotonic()
        if len(self.pending) >= self.batch_size:
            self.flush()
        return item

    def _flush_if_due(self) -> None:
        if self._oldest is not None and time.monotonic() - self._oldest >= self.flush_seconds:
            self.flush()

    def flush(self) -> None:
        """Write every pending article in one transaction; the batch is all or nothing."""
        if not self.pending:
            return
        assert self.db is not None, "open_spider() opens the database"
        batch, self.pending, self._oldest = self.pending, [], None
        stats = self.crawler.stats
        with write_transaction(self.db) as db:
            for item in batch:
                self._write(db, ItemAdapter(item))
        stats.inc_value("news/store/batches")
        logger.debug("Committed %d articles", len(batch))

    def _write(self, db: Database, adapter: ItemAdapter) -> None:
        row = article_row(adapter)
        exists = db.execute("SELECT 1 FROM articles WHERE url = ?", [row["url"]]).fetchone()
        db["articles"].upsert(row, pk="url")
        self.crawler.stats.inc_value("news/store/updated" if exists else "news/store/new")
        html_gz = adapter.get("html_gz")
        if html_gz is not None:
            db["pages"].upsert(
                {
                    "url": row["url"],
                    "html_gz": html_gz,
                    "fetched_url": row["fetched_url"],
                    "fetched_at": row["fetched_at"],
                    # The listing's hints, so `scrapy reprocess` decides as the crawl did.
                    "hints": json.dumps(adapter.get("hints") or {}, ensure_ascii=False),
                },
                pk="url",
            )
