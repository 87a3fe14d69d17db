"""The per-page DEBUG messages are built only when DEBUG is written."""

from __future__ import annotations

import logging

import pytest
from scrapy import Spider
from scrapy.http import HtmlResponse, Request

from crawler.logformatter import QuietLogFormatter
from tests.unit.components import article


@pytest.fixture
def page() -> tuple[Request, HtmlResponse]:
    request = Request("https://example.org/a")
    return request, HtmlResponse(request.url, body=b"<html></html>", request=request)


def test_nothing_built_when_debug_is_refused(
    page: tuple[Request, HtmlResponse], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging.getLogger("scrapy.core.engine"), "level", logging.INFO)
    monkeypatch.setattr(logging.getLogger("scrapy.core.scraper"), "level", logging.INFO)
    logging.getLogger().manager._clear_cache()  # type: ignore[attr-defined]
    formatter, spider = QuietLogFormatter(), Spider("test")
    assert formatter.crawled(*page, spider) is None
    assert formatter.scraped(article(page[0].url), page[1], spider) is None
    assert formatter.dropped  # every other message is Scrapy's own


def test_scrapys_message_when_debug_is_written(
    page: tuple[Request, HtmlResponse], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging.getLogger("scrapy.core.engine"), "level", logging.DEBUG)
    monkeypatch.setattr(logging.getLogger("scrapy.core.scraper"), "level", logging.DEBUG)
    logging.getLogger().manager._clear_cache()  # type: ignore[attr-defined]
    formatter, spider = QuietLogFormatter(), Spider("test")
    crawled = formatter.crawled(*page, spider)
    assert crawled is not None and crawled["level"] == logging.DEBUG
    assert crawled["msg"].startswith("Crawled (%(status)s)") and crawled["args"]["status"] == 200
    scraped = formatter.scraped(article(page[0].url), page[1], spider)
    assert scraped is not None and scraped["level"] == logging.DEBUG
