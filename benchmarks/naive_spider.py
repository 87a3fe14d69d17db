"""The naive baseline for benchmarks/throughput.py: everything inside the Scrapy callback.

This is how a first Scrapy news project is usually written: the sitemap spider calls
trafilatura (with metadata, as Newsloom does) and langdetect (on the full text) in its
callback, on the reactor thread, and an item pipeline inserts each article into SQLite with
one INSERT and one COMMIT per item. No cleaning, no dedup, no process pool.

Run it outside the project folder so Scrapy's defaults apply, not Newsloom's settings::

    scrapy runspider benchmarks/naive_spider.py -a sitemap=URL -s NAIVE_DB=naive.db
"""

from __future__ import annotations

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
from trafilatura.settings import Document

DetectorFactory.seed = 0


class SQLitePipeline:
    """One INSERT and one COMMIT per article, as tutorials show."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.conn: sqlite3.Connection | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.settings.get("NAIVE_DB", "naive.db"))

    def open_spider(self) -> None:
        self.conn = sqlite3.connect(self.path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS articles (url TEXT PRIMARY KEY, title TEXT,"
            " author TEXT, published TEXT, language TEXT, text TEXT)"
        )

    def close_spider(self) -> None:
        if self.conn is not None:
            self.conn.close()

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        assert self.conn is not None
        self.conn.execute(
            "INSERT OR REPLACE INTO articles VALUES (:url, :title, :author, :published,"
            " :language, :text)",
            item,
        )
        self.conn.commit()
        return item


class NaiveNewsSpider(SitemapSpider):
    name = "naive"

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """Store through this baseline's one pipeline (a class-level ``custom_settings`` would
        redeclare the attribute Scrapy types on ``Spider``)."""
        super().update_settings(settings)
        settings.set("ITEM_PIPELINES", {SQLitePipeline: 900}, priority="spider")

    def __init__(self, sitemap: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sitemap_urls = [sitemap]

    def parse(self, response: Response) -> Iterator[dict[str, Any]]:
        doc = trafilatura.bare_extraction(
            response.text, url=response.url, with_metadata=True, include_comments=False
        )
        if not isinstance(doc, Document) or not doc.text:
            return
        try:
            language = detect(doc.text)
        except LangDetectException:
            language = None
        yield {
            "url": response.url,
            "title": doc.title,
            "author": doc.author,
            "published": doc.date,
            "language": language,
            "text": doc.text,
        }
