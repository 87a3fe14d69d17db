"""The lighter naive baseline for benchmarks/throughput.py: the least a news crawler does.

The sitemap spider's callback calls ``trafilatura.extract`` (text only, metadata off) and
langdetect, drops texts whose exact hash it has seen, and an item pipeline inserts the rows
into SQLite, committing every 100. All in one process, on the reactor thread. This is the
floor Newsloom's CPU per article is held against (issue: throughput).

Run it outside the project folder so Scrapy's defaults apply, not Newsloom's settings::

    scrapy runspider benchmarks/naive_light_spider.py -a sitemap=URL -s NAIVE_DB=light.db
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from typing import Any, Self

import trafilatura
from langdetect import DetectorFactory, detect
from langdetect.lang_detect_exception import LangDetectException
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.spiders import SitemapSpider

DetectorFactory.seed = 0
COMMIT_EVERY = 100


class BatchedSQLitePipeline:
    """INSERTs committed every ``COMMIT_EVERY`` rows and once at the end."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.conn: sqlite3.Connection | None = None
        self.uncommitted = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.settings.get("NAIVE_DB", "light.db"))

    def open_spider(self) -> None:
        self.conn = sqlite3.connect(self.path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS articles (url TEXT PRIMARY KEY, language TEXT, text TEXT)"
        )

    def close_spider(self) -> None:
        if self.conn is not None:
            self.conn.commit()
            self.conn.close()

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        assert self.conn is not None
        self.conn.execute("INSERT OR REPLACE INTO articles VALUES (:url, :language, :text)", item)
        self.uncommitted += 1
        if self.uncommitted >= COMMIT_EVERY:
            self.conn.commit()
            self.uncommitted = 0
        return item


class LightNaiveSpider(SitemapSpider):
    name = "naive-light"

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """Store through this baseline's one pipeline (a class-level ``custom_settings`` would
        redeclare the attribute Scrapy types on ``Spider``)."""
        super().update_settings(settings)
        settings.set("ITEM_PIPELINES", {BatchedSQLitePipeline: 900}, priority="spider")

    def __init__(self, sitemap: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sitemap_urls = [sitemap]
        self.seen: set[bytes] = set()

    def parse(self, response: Response) -> Iterator[dict[str, Any]]:
        text = trafilatura.extract(response.text, url=response.url, include_comments=False)
        if not text:
            return
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        if digest in self.seen:
            return
        self.seen.add(digest)
        try:
            language = detect(text)
        except LangDetectException:
            language = None
        yield {"url": response.url, "language": language, "text": text}
