"""The per-page DEBUG messages are built only when DEBUG is written."""

from __future__ import annotations

import logging

import pytest
from scrapy import Spider
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request
from scrapy.logformatter import LogFormatter, LogFormatterResult
from scrapy.utils.test import get_crawler

from crawler.logformatter import QuietLogFormatter
from tests.unit.components import article


@pytest.fixture
def page() -> tuple[Request, HtmlResponse]:
    request = Request("https://example.org/a")
    return request, HtmlResponse(request.url, body=b"<html></html>", request=request)


def _messages_at(level: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Set the loggers of Scrapy's 'Crawled' and 'Scraped from' messages to ``level``."""
    for name in ("scrapy.core.engine", "scrapy.core.scraper"):
        monkeypatch.setattr(logging.getLogger(name), "level", level)
    logging.getLogger().manager._clear_cache()  # type: ignore[attr-defined]


def test_nothing_built_when_debug_is_refused(
    page: tuple[Request, HtmlResponse], monkeypatch: pytest.MonkeyPatch
) -> None:
    _messages_at(logging.INFO, monkeypatch)
    formatter, spider = QuietLogFormatter(), Spider("test")
    assert formatter.crawled(*page, spider) is None
    assert formatter.scraped(article(page[0].url), page[1], spider) is None
    # The drop message keeps Scrapy's level (it reads the crawler's settings).
    crawled_spider = Spider.from_crawler(get_crawler(Spider), "test")
    item, reason = article(page[0].url), DropItem("no text")
    dropped = formatter.dropped(item, reason, page[1], crawled_spider)
    assert (
        dropped["level"] == LogFormatter().dropped(item, reason, page[1], crawled_spider)["level"]
    )
    assert dropped["msg"] and dropped["level"] >= logging.INFO


def _logged(result: LogFormatterResult) -> str:
    args = result["args"]
    assert isinstance(args, dict)
    return result["msg"] % args


def test_dropped_and_failed_items_are_named_by_url_not_dumped(
    page: tuple[Request, HtmlResponse],
) -> None:
    """A drop was logged with the whole item under it: every page without an article put a
    dump of all its fields (for a language drop, the article text) on the terminal."""
    formatter = QuietLogFormatter()
    spider = Spider.from_crawler(get_crawler(Spider), "test")
    item = article(page[0].url, text="Der ganze Text des Artikels")
    named = formatter.dropped(item, DropItem(f"too_short: {page[0].url}"), page[1], spider)
    assert _logged(named) == "Dropped: too_short: https://example.org/a"
    unnamed = formatter.dropped(item, DropItem("unexpected_language: fr"), page[1], spider)
    assert _logged(unnamed) == "Dropped: unexpected_language: fr (https://example.org/a)"
    failed = formatter.item_error(item, ValueError("boom"), page[1], spider)
    assert failed["level"] == logging.ERROR
    assert _logged(failed) == "Error processing https://example.org/a"


def test_scrapys_message_when_debug_is_written(
    page: tuple[Request, HtmlResponse], monkeypatch: pytest.MonkeyPatch
) -> None:
    _messages_at(logging.DEBUG, monkeypatch)
    formatter, spider = QuietLogFormatter(), Spider("test")
    crawled = formatter.crawled(*page, spider)
    assert crawled is not None and crawled["level"] == logging.DEBUG
    args = crawled["args"]
    assert isinstance(args, dict) and args["status"] == 200
    assert crawled["msg"].startswith("Crawled (%(status)s)")
    scraped = formatter.scraped(article(page[0].url), page[1], spider)
    assert scraped is not None and scraped["level"] == logging.DEBUG
