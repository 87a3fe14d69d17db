"""The downloader: a closing crawl starts none of the requests waiting for a host's delay."""

from __future__ import annotations

import time
import warnings
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.core.downloader import Slot
from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.utils.test import get_crawler
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from crawler.downloader import PoliteDownloader
from crawler.exceptions import RunEnded, TransientIgnore
from crawler.revisit import REVISIT_META
from crawler.spiders.news import NewsSpider
from tests.unit.components import crawler_for


def _waiting(closing: bool) -> tuple[Slot, list[Failure]]:
    """A host asked a moment ago (the next request waits its 5 s delay) with one request
    queued, handed to the downloader of a crawl that is or is not closing."""
    crawler = get_crawler(Spider)
    crawler.engine = SimpleNamespace(  # type: ignore[assignment]
        _slot=SimpleNamespace(closing=Deferred() if closing else None)
    )
    slot = Slot(concurrency=1, delay=5.0, jitter=0)
    slot.lastseen = time.monotonic()
    answer: Deferred[Any] = Deferred()
    failures: list[Failure] = []
    answer.addErrback(failures.append)
    slot.queue.append((Request("https://e.org/a"), answer))
    PoliteDownloader(crawler)._process_queue(slot)
    slot.close()  # the delay's timer, if one was set
    return slot, failures


def test_a_closing_crawl_starts_no_queued_request() -> None:
    """Ctrl-C waited for every queued request, one host delay apart: 32 more pages over 12 s
    with a 0.3 s delay, minutes with a site's own delay."""
    slot, failures = _waiting(closing=True)
    assert not slot.queue
    assert len(failures) == 1 and failures[0].check(RunEnded)


def test_a_running_crawl_keeps_its_queued_request_for_the_delay() -> None:
    slot, failures = _waiting(closing=False)
    assert len(slot.queue) == 1 and failures == []


def test_an_article_the_closing_crawl_did_not_start_stays_open_for_the_close() -> None:
    """Left open, the close records it "not fetched" without spending one of its tries."""
    spider = NewsSpider.from_crawler(crawler_for(NEWS_DB=":memory:"), url="https://e.org/a")
    recorded: list[tuple[str, str]] = []
    spider.pending = SimpleNamespace(  # type: ignore[assignment]
        listed=lambda key, url, hints: None,
        failed=lambda key, error, **_: recorded.append((key, error)),
        done=lambda key: recorded.append((key, "done")),
    )
    request = spider.article_request("https://e.org/a", {})
    failure = Failure(RunEnded("the crawl is closing"))
    failure.request = request  # type: ignore[attr-defined]
    spider.article_failed(failure)
    assert recorded == []


@pytest.mark.parametrize(
    "error",
    [
        RunEnded("the crawl is closing"),
        # A host whose robots.txt could not be read, or asking for a long Retry-After, refused
        # the revisit for this run only.
        TransientIgnore("robots.txt of e.org unreachable (HTTP 503)"),
    ],
    ids=["closing", "passing_refusal"],
)
def test_a_revisit_not_asked_for_a_passing_reason_is_asked_again_next_run(
    error: Exception,
) -> None:
    """Counted "refused", it was marked checked and waited out its whole interval."""
    spider = NewsSpider.from_crawler(crawler_for(NEWS_DB=":memory:"), url="https://e.org/a")
    request = Request("https://e.org/a", meta={REVISIT_META: "https://e.org/a"})
    failure = Failure(error)
    failure.request = request  # type: ignore[attr-defined]
    spider.revisit_failed(failure)
    stats = spider.crawler.stats
    assert stats.get_value("news/revisit/failed") == 1
    assert stats.get_value("news/revisit/refused") is None


def test_a_host_s_slot_is_found_without_a_deprecation_warning() -> None:
    """Passing Scrapy's lookup the spider it no longer takes logged a ScrapyDeprecationWarning
    in every crawl."""
    downloader = PoliteDownloader(get_crawler(Spider))
    with warnings.catch_warnings():
        warnings.simplefilter("error", ScrapyDeprecationWarning)
        key, slot = downloader._get_slot(Request("https://e.org/a"))
    assert key == "e.org" and downloader.slots[key] is slot
    downloader.close()
