"""Test-only extension: a database that can grow by a few pages only, as on a full disk.

SQLite answers a write past ``PRAGMA max_page_count`` with SQLITE_FULL, "database or disk is
full", the same error a full disk gives; this reaches it without root or a small filesystem.
"""

from __future__ import annotations

import json
from typing import Self

from scrapy import signals
from scrapy.crawler import Crawler
from sqlite_utils import Database

from crawler.extensions.database import database_for
from crawler.settings import EXTENSIONS


class PageLimit:
    def __init__(self, crawler: Crawler, spare_pages: int) -> None:
        self.crawler = crawler
        self.spare_pages = spare_pages

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ext = cls(crawler, crawler.settings.getint("FAULT_SPARE_PAGES", 8))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        return ext

    def spider_opened(self) -> None:
        # The cap is per connection: set it on the writer's, where the articles are written.
        database_for(self.crawler).write(self._cap).result()

    def _cap(self, db: Database) -> None:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + self.spare_pages}")


def settings_args(spare_pages: int) -> tuple[str, ...]:
    """``-s`` arguments that add PageLimit beside the project's own extensions."""
    extensions = {**EXTENSIONS, "tests.support.diskfull.PageLimit": 20}
    return ("-s", f"EXTENSIONS={json.dumps(extensions)}", "-s", f"FAULT_SPARE_PAGES={spare_pages}")
