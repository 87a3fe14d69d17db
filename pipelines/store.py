"""The ordered writer: batches articles into SQLite transactions.

Rows are committed every ``NEWS_DB_BATCH_SIZE`` articles or ``NEWS_DB_FLUSH_SECONDS``,
and once more in ``close_spider``, so a graceful stop (Ctrl-C, SIGTERM) loses nothing
scraped and a kill loses at most one uncommitted batch, which the next run fetches again.

Batches are written by one writer thread on its own connection: a 200-article batch takes a
third of a second (benchmarks/throughput.py), which on the reactor thread stalled every
download for that long. sqlite3 releases the GIL while SQLite works, so downloads go on.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import sqlite3
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, Self

import trafilatura
from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro
from sqlite_utils import Database
from twisted.internet import task

from crawler.extensions.database import DatabaseExtension, database_for
from crawler.storage.database import open_database, write_transaction
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


@functools.lru_cache(maxsize=8)
def upsert_sql(table: str, columns: tuple[str, ...], pk: str = "url") -> str:
    """``INSERT ... ON CONFLICT DO UPDATE`` for these columns, built once per column set.

    sqlite-utils' ``Table.upsert`` introspects the schema (eight queries) and opens a savepoint
    on every call: 1.4 ms of the 5.5 ms an article cost the writer (pyinstrument,
    benchmarks/storecost.py). The statement it runs is this one; sqlite3 caches it prepared.
    """
    names = ", ".join(f'"{c}"' for c in columns)
    values = ", ".join(f":{c}" for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != pk)
    return (
        f'INSERT INTO "{table}" ({names}) VALUES ({values}) '
        f'ON CONFLICT ("{pk}") DO UPDATE SET {updates}'
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
        self._writer: ThreadPoolExecutor | None = None
        self._writing: Future[None] | None = None
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
        database_for(self.crawler)  # opens and migrates the shared database, or fails here
        ext = self.crawler.get_extension(DatabaseExtension)
        assert ext is not None
        # Its own connection: the writer thread's transactions never mix with statements the
        # reactor thread runs on the shared one.
        self.db = open_database(ext.path, busy_timeout_ms=ext.busy_timeout_ms)
        # One thread, so batches commit one after another, in arrival order.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsloom-writer")
        self.dedup = DedupIndex(self.db, threshold=self.dedup_threshold)
        self.line_stats = LineStats(self.db)
        self._timer = task.LoopingCall(self._flush_if_due)
        self._timer.start(max(self.flush_seconds / 2, 0.1), now=False)

    def close_spider(self) -> None:
        self._closing = True
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        if self._writer is not None:
            self._writer.shutdown(wait=True)  # the batch in flight commits first
            self._writer = None
        if self.failure is None:
            self.flush()
        if self.db is not None:
            self.db.close()
            self.db = None

    async def process_item(self, item: Any) -> Any:
        if self.failure is not None:
            self.crawler.stats.inc_value("news/store/failed")
            raise DropItem(f"db_error: not stored, the database failed ({self.failure})")
        self.pending.append(item)
        if self._oldest is None:
            self._oldest = time.monotonic()
        # At most one batch in flight: when the writer is behind, items (and through Scrapy's
        # backpressure, downloads) wait for it instead of piling up in memory.
        while len(self.pending) >= self.batch_size and self.failure is None:
            if self._writing is not None and not self._writing.done():
                await asyncio.wrap_future(self._writing)
                continue
            self._submit()
        return item

    def _flush_if_due(self) -> None:
        due = self._oldest is not None and time.monotonic() - self._oldest >= self.flush_seconds
        if due and (self._writing is None or self._writing.done()):
            self._submit()

    def _submit(self) -> None:
        """Hand the pending batch to the writer thread."""
        if not self.pending or self._writer is None:
            return
        batch, self.pending, self._oldest = self.pending, [], None
        self._writing = self._writer.submit(self._write_batch_in_thread, batch)

    def _write_batch_in_thread(self, batch: list[Any]) -> None:
        try:
            self._write_batch(batch)
        except sqlite3.Error as exc:
            # Stopping the engine is the reactor's business.
            from twisted.internet import reactor

            reactor.callFromThread(self._fail, exc, len(batch))  # type: ignore[attr-defined]

    def flush(self) -> None:
        """Write every pending article now, in this thread (close_spider, after the writer)."""
        if not self.pending:
            return
        batch, self.pending, self._oldest = self.pending, [], None
        try:
            self._write_batch(batch)
        except sqlite3.Error as exc:
            self._fail(exc, len(batch))

    def _write_batch(self, batch: list[Any]) -> None:
        """One transaction: the batch is all or nothing; raises sqlite3.Error after rollback."""
        assert self.db is not None, "open_spider() opens the database"
        stats = self.crawler.stats
        # CPU time of this thread: wall time would count waits for the GIL and for other
        # processes, and the batch runs beside the reactor.
        started = time.thread_time()
        with write_transaction(self.db) as db:
            outcomes = [self._write(db, ItemAdapter(item)) for item in batch]
        # Counted after COMMIT, so a rolled-back batch never shows up as stored.
        for outcome, verdict in outcomes:
            stats.inc_value(f"news/store/{outcome}")
            stats.inc_value(f"news/dedup/{verdict}")
        stats.inc_value("news/store/batches")
        stats.inc_value("news/time/store_us", round((time.thread_time() - started) * 1_000_000))
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
        db.conn.execute(upsert_sql("articles", tuple(row)), row)
        # Each article counts once towards its source's line statistics, on first sight.
        line_keys = adapter.get("line_keys")
        if not exists and line_keys:
            self.line_stats.record_lines(row["source"], line_keys)
        html_gz = adapter.get("html_gz")
        if html_gz is not None:
            page = {
                "url": row["url"],
                "html_gz": html_gz,
                "fetched_url": row["fetched_url"],
                "fetched_at": row["fetched_at"],
                # The listing's hints, so `scrapy reprocess` decides as the crawl did.
                "hints": json.dumps(adapter.get("hints") or {}, ensure_ascii=False),
            }
            db.conn.execute(upsert_sql("pages", tuple(page)), page)
        return ("updated" if exists else "new"), verdict
