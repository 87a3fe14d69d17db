"""Builders for in-process component tests: a crawler, its stats, a database on disk."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar, cast

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler
from twisted.internet import task
from twisted.internet.interfaces import IReactorTime

from crawler.items import Article
from crawler.sources import Source
from crawler.spiderloader import spider_for
from crawler.storage.database import SharedDatabase
from pipelines.store import StorePipeline

T = TypeVar("T")


def crawler_for(source: Source | None = None, **settings: Any) -> Crawler:
    """A crawler with Newsloom's settings whose spider crawls ``source`` (not started)."""
    project = Settings()
    project.setmodule("crawler.settings")
    spidercls: type[Spider] = spider_for(source) if source is not None else Spider
    crawler = get_crawler(spidercls, settings_dict={**project.copy_to_dict(), **settings})
    crawler.spider = crawler._create_spider(**({} if source else {"name": "test"}))
    return crawler


def store_for(
    database: SharedDatabase, crawler: Crawler, batch_size: int, **options: Any
) -> StorePipeline:
    """An opened store writing batches of ``batch_size``; its timed flush never comes (its
    ``task.Clock`` moves only when a test advances it), so a test decides when batches are
    written. The clock is cast: mypy does not see that it provides the zope interface."""
    store = StorePipeline(
        database,
        crawler.stats,
        batch_size=batch_size,
        flush_seconds=60,
        dedup_threshold=0.5,
        clock=cast(IReactorTime, task.Clock()),
        **options,
    )
    run(store.open_spider())
    return store


def spider_of(crawler: Crawler) -> Spider:
    """The spider :func:`crawler_for` made (typed: ``Crawler.spider`` may be None)."""
    assert crawler.spider is not None
    return crawler.spider


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a component's coroutine to its end on the installed reactor's event loop.

    tests/conftest.py installs the asyncio reactor Newsloom crawls with; its loop is not
    running during a test, so a coroutine can be driven to completion on it.
    """
    from twisted.internet import reactor

    loop: asyncio.AbstractEventLoop = reactor._asyncioEventloop
    return loop.run_until_complete(coroutine)


def shared_database(tmp_path: Path) -> SharedDatabase:
    return SharedDatabase(tmp_path / "news.db", busy_timeout_ms=5_000)


def article(url: str = "https://example.org/a", **fields: Any) -> Article:
    values: dict[str, Any] = {
        "fetched_url": url,
        "source": "example",
        "fetched_at": "2026-01-01T00:00:00+00:00",
    }
    values.update(fields)
    return Article(url=url, **values)
