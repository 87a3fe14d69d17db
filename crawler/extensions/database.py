"""One database connection per crawl, shared by the components that need it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Self

from scrapy import signals
from scrapy.crawler import Crawler
from sqlite_utils import Database

from crawler.storage.database import open_database

logger = logging.getLogger(__name__)


class DatabaseExtension:
    """Opens the database lazily, on first use, and closes it after the pipelines have flushed.

    Pipelines open before ``spider_opened`` fires, so the connection is created by whichever
    component asks first; ``spider_closed`` fires after every pipeline's ``close_spider``.
    """

    def __init__(self, path: str, busy_timeout_ms: int) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._db: Database | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ext = cls(
            crawler.settings.get("NEWS_DB"),
            crawler.settings.getint("NEWS_DB_BUSY_TIMEOUT_MS"),
        )
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    @property
    def db(self) -> Database:
        if self._db is None:
            logger.info("Opening database %s", Path(self.path).resolve())
            self._db = open_database(self.path, busy_timeout_ms=self.busy_timeout_ms)
        return self._db

    def spider_closed(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def database_for(crawler: Crawler) -> Database:
    """The crawl's shared connection; components call this instead of opening their own."""
    ext = crawler.get_extension(DatabaseExtension)
    if ext is None:
        raise RuntimeError(
            "crawler.extensions.database.DatabaseExtension must be enabled in EXTENSIONS"
        )
    return ext.db
