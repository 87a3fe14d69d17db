"""The ordered writer: batches articles into SQLite transactions.

Rows are committed every ``NEWS_DB_BATCH_SIZE`` articles or ``NEWS_DB_FLUSH_SECONDS``,
and once more in ``close_spider``, so a graceful stop (Ctrl-C, SIGTERM) loses nothing
scraped and a kill loses at most one uncommitted batch, which the next run fetches again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from datetime import UTC, datetime
from typing import Any, Self

import trafilatura
from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro
from sqlite_utils import Database
from twisted.internet import task

from crawler.extensions.database import database_for
from crawler.storage.database import write_transaction
from pipelines.boilerplate import LineStats
from pipelines.dedup import DedupIndex

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
    """Dedup decisions and writes, in arrival order, inside each batch's write transaction.

    Deciding inside the transaction that holds SQLite's write lock means two processes (a cron
    run and a manual run) can never both take the same story for an original.
    """

    def __init__(
        self, crawler: Crawler, *, batch_size: int, flush_seconds: float, dedup_threshold: float
    ) -> None:
        self.crawler = crawler
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self.dedup_threshold = dedup_threshold
        self.dedup: DedupIndex | None = None
        self.line_stats: LineStats | None = None
        self.pending: list[Any] = []
        self.db: Database | None = None
        self._timer: task.LoopingCall | None = None
        self._oldest: float | None = None
        self._closing = False
        # The first write failure (disk full, read-only or vanished file); the crawl then stops.
        self.failure: sqlite3.Error | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(
            crawler,
            batch_size=crawler.settings.getint("NEWS_DB_BATCH_SIZE"),
            flush_seconds=crawler.settings.getfloat("NEWS_DB_FLUSH_SECONDS"),
            dedup_threshold=crawler.settings.getfloat("NEWS_DEDUP_THRESHOLD"),
        )

    def open_spider(self) -> None:
        self.db = database_for(self.crawler)
        self.dedup = DedupIndex(self.db, threshold=self.dedup_threshold)
        self.line_stats = LineStats(self.db)
        self._timer = task.LoopingCall(self._flush_if_due)
        self._timer.start(max(self.flush_seconds / 2, 0.1), now=False)

    def close_spider(self) -> None:
        self._closing = True
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self.flush()

    def process_item(self, item: Any) -> Any:
        if self.failure is not None:
            self.crawler.stats.inc_value("news/store/failed")
            raise DropItem(f"db_error: not stored, the database failed ({self.failure})")
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
        outcomes: list[tuple[str, str]] = []
        try:
            with write_transaction(self.db) as db:
                outcomes = [self._write(db, ItemAdapter(item)) for item in batch]
        except sqlite3.Error as exc:
            self._fail(exc, len(batch))
            return
        # Counted after COMMIT, so a rolled-back batch never shows up as stored.
        for outcome, verdict in outcomes:
            stats.inc_value(f"news/store/{outcome}")
            stats.inc_value(f"news/dedup/{verdict}")
        stats.inc_value("news/store/batches")
        logger.debug("Committed %d articles", len(batch))

    def _fail(self, exc: sqlite3.Error, lost: int) -> None:
        """Stop the crawl: fetching on while nothing can be stored would only lose more.

        The transaction was rolled back, so no article is half-written; the batch's pages
        are fetched again by the next run. The finish reason "db_error" makes the run fail.
        """
        self.failure = exc
        self.crawler.stats.inc_value("news/store/failed", lost)
        logger.error(
            "Database write failed (%s: %s); %d articles not stored; stopping the crawl",
            type(exc).__name__,
            exc,
            lost,
        )
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        if not self._closing and self.crawler.engine is not None:
            self._closing = True
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="db_error"))

    def _link_duplicate(self, row: dict[str, Any], signature: bytes | None) -> str:
        """Fill duplicate_of/similarity from the stored history and index the signature.

        Returns the verdict: "original", "exact" or "near".
        """
        assert self.dedup is not None
        match = None
        if signature is not None:
            match = self.dedup.find(signature, row["content_hash"], exclude=row["url"])
        # A re-crawled original may match a copy of itself, which leads back to it.
        if match is not None and match.url != row["url"]:
            row["duplicate_of"] = match.url
            row["similarity"] = round(match.similarity, 4)
            verdict = "exact" if match.exact else "near"
        else:
            row["duplicate_of"] = None
            row["similarity"] = None
            verdict = "original"
        if signature is not None:
            self.dedup.add(row["url"], signature)
        return verdict

    def _write(self, db: Database, adapter: ItemAdapter) -> tuple[str, str]:
        """Upsert one article (and its page); returns ("new" | "updated", dedup verdict)."""
        assert self.line_stats is not None
        row = article_row(adapter)
        exists = db.execute("SELECT 1 FROM articles WHERE url = ?", [row["url"]]).fetchone()
        verdict = self._link_duplicate(row, adapter.get("signature"))
        db.table("articles").upsert(row, pk="url")
        # Each article counts once towards its source's line statistics, on first sight.
        line_keys = adapter.get("line_keys")
        if not exists and line_keys:
            self.line_stats.record_lines(row["source"], line_keys)
        html_gz = adapter.get("html_gz")
        if html_gz is not None:
            db.table("pages").upsert(
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
        return ("updated" if exists else "new"), verdict
