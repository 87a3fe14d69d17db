"""Keeps account of every article a listing yields, so that none is lost between runs.

Each article request from a feed or sitemap ends in one of three ways: stored (a committed
row), dropped for a counted content reason (not HTML, too short, 404, a private address…),
or unfinished (a 503 after retries, a timeout, a cut body, a failed write, or a run that
ended before reaching it). Unfinished ones are written to ``pending_articles`` when the
crawl closes, and the spider requests them again in a later run whatever the listing says
(crawler/storage/pending.py has the rules).

"Stored" is read back from the database at close, not taken from the pipeline's word: an
article handed to the writer but lost with a failed final flush stays pending.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Self

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from sqlite_utils import Database

from crawler.extensions.database import database_for
from crawler.sources import source_of
from crawler.storage import pending
from crawler.storage.database import SharedDatabase, database_errors


def now_utc() -> datetime:
    return datetime.now(UTC)


logger = logging.getLogger(__name__)


@dataclass(slots=True)
class _Article:
    """One listed article; a long crawl holds 100,000 of these, so it is kept small.

    Slots, no set per article (most have one item URL or none), and the listing's hints as
    the JSON they are recorded as (one ASCII string, not a dict of strings): about 45 % less per
    article than a dataclass with a dict and a set (docs/performance.md).
    """

    fetch_url: str
    hints_json: str  # "" for no hints
    state: str = "open"  # open, done, failed, keep (a pending row left as it is)
    error: str = ""
    tried: bool = True
    aliases: tuple[str, ...] = ()  # canonical URLs of its items


class PendingArticles:
    def __init__(
        self,
        database: Callable[[], SharedDatabase],
        stats: StatsCollector,
        *,
        backoff_minutes: float,
        max_attempts: int,
    ) -> None:
        # Looked up on first use: the crawl's database is an extension built beside this one.
        self.database = database
        self.stats = stats
        self.backoff_minutes = backoff_minutes
        self.max_attempts = max_attempts
        self.articles: dict[str, _Article] = {}
        self.by_item: dict[str, str] = {}  # item URL -> the listed article's key

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        s = crawler.settings
        assert crawler.stats is not None
        ext = cls(
            functools.partial(database_for, crawler),
            crawler.stats,
            backoff_minutes=s.getfloat("NEWS_PENDING_BACKOFF_MINUTES"),
            max_attempts=s.getint("NEWS_PENDING_MAX_ATTEMPTS"),
        )
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    # --- what the spider reports -----------------------------------------------------------

    def listed(self, key: str, fetch_url: str, hints: dict[str, Any]) -> None:
        """An article request was made for ``key`` (canonical URL)."""
        if key not in self.articles:
            # Most listed URLs are canonical already: one string for both, not two.
            self.articles[key] = _Article(
                key if fetch_url == key else fetch_url,
                json.dumps(hints) if hints else "",
            )

    def done(self, key: str) -> None:
        if key in self.articles:
            self.articles[key].state = "done"

    def keep(self, key: str) -> None:
        if key in self.articles:
            self.articles[key].state = "keep"

    def failed(self, key: str, error: str, *, tried: bool = True) -> None:
        article = self.articles.get(key)
        if article is not None and article.state != "done":
            article.state, article.error, article.tried = "failed", error, tried

    def item_for(self, key: str, item_url: str) -> None:
        """The page of ``key`` became an item with this (canonical) URL."""
        article = self.articles.get(key)
        if article is not None:
            item_url = key if item_url == key else item_url  # one string, not two equal ones
            if item_url not in article.aliases:
                article.aliases = (*article.aliases, item_url)
            self.by_item[item_url] = key

    def due(self, source: str) -> list[pending.Due]:
        return list(pending.due(self.database().db, source, now_utc(), self.backoff_minutes))

    # --- signals ---------------------------------------------------------------------------

    def item_dropped(self, item: Any, exception: BaseException) -> None:
        key = self.by_item.get(ItemAdapter(item).get("url") or "")
        if key is None:
            return
        if str(exception).startswith("db_error:"):
            self.failed(key, "not stored: the database failed", tried=False)
        else:
            self.done(key)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        source = source_of(spider)
        if source is None:
            return
        stats = self.stats
        try:
            db = self.database().db
            resolved: list[str] = []
            failures: list[pending.Failure] = []
            for key, article in self.articles.items():
                if article.state == "keep":
                    continue
                if article.state == "done" or _stored(db, key, article.aliases):
                    resolved.append(key)
                    continue
                if article.state == "failed":
                    error, tried = article.error, article.tried
                elif article.aliases:
                    error, tried = f"fetched but not stored (run ended: {reason})", False
                else:
                    error, tried = f"not fetched: the run ended ({reason})", False
                hints = json.loads(article.hints_json) if article.hints_json else {}
                failures.append(pending.Failure(key, article.fetch_url, hints, error, tried))
            recorded = given_up = 0
            if resolved or failures:
                # Waited for: the database closes when the engine stops, right after this.
                recorded, given_up = (
                    self.database()
                    .write(
                        functools.partial(
                            pending.settle,
                            source=source.name,
                            resolved=resolved,
                            failures=failures,
                            now=now_utc(),
                            backoff_minutes=self.backoff_minutes,
                            max_attempts=self.max_attempts,
                        )
                    )
                    .result()
                )
            open_rows, given_up_rows = pending.counts(db, source.name)
        except database_errors(OSError) as exc:
            # The listings' validators are not kept either (news/fatal/…), so the next run
            # reads them in full and finds these articles again.
            stats.inc_value("news/fatal/pending_not_saved")
            logger.error("Pending articles of %s not recorded: %s", source.name, exc)
            return
        if recorded:
            stats.inc_value("news/pending/added", recorded)
            logger.warning("%d articles of %s not finished; kept pending", recorded, source.name)
        if given_up:
            stats.inc_value("news/pending/given_up", given_up)
            logger.warning(
                "%d articles of %s given up after %d tries",
                given_up,
                source.name,
                self.max_attempts,
            )
        stats.set_value("news/pending/open", open_rows)
        stats.set_value("news/pending/given_up_total", given_up_rows)


def _stored(db: Database, key: str, aliases: tuple[str, ...]) -> bool:
    """Whether a row for the article (or a page it redirected to) is committed."""
    for url in dict.fromkeys((key, *aliases)):
        if db.execute("SELECT 1 FROM articles WHERE url = ?", [url]).fetchone():
            return True
    target = db.execute("SELECT target FROM url_seen WHERE url = ?", [key]).fetchone()
    return bool(
        target
        and target[0]
        and db.execute("SELECT 1 FROM articles WHERE url = ?", [target[0]]).fetchone()
    )


def pending_for(crawler: Crawler) -> PendingArticles | None:
    return crawler.get_extension(PendingArticles)
