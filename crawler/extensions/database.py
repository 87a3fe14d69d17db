"""One :class:`SharedDatabase` per crawl, shared by the components that need it."""

from __future__ import annotations

from typing import Self

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.storage.database import SharedDatabase


class DatabaseExtension:
    """Holds the crawl's database and closes it once nothing can write any more.

    It closes on ``engine_stopped``, after every pipeline's ``close_spider`` and every
    ``spider_closed`` handler, so a component may still submit its last writes there.
    """

    def __init__(self, database: SharedDatabase) -> None:
        self.database = database

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ext = cls(SharedDatabase.from_settings(crawler.settings))
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def engine_stopped(self) -> None:
        self.database.close()


def database_for(crawler: Crawler) -> SharedDatabase:
    """The crawl's shared database; components call this in ``from_crawler``."""
    ext = crawler.get_extension(DatabaseExtension)
    if ext is None:
        raise RuntimeError(
            "crawler.extensions.database.DatabaseExtension must be enabled in EXTENSIONS"
        )
    return ext.database
