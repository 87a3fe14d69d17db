"""The revisit policy and the requests it makes: settings, per-source overrides, the window,
conditional headers, and the incremental skip that revisits pass."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.settings import Settings

from crawler.middlewares.incremental import IncrementalMiddleware
from crawler.revisit import REVISIT_META, RevisitPolicy
from crawler.sources import Source
from crawler.spiders.news import NewsSpider
from crawler.storage.database import SharedDatabase
from tests.unit.components import crawler_for, run

STORED = "https://e.org/politik/a"


def _settings(**values: object) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.setdict(values, priority="cmdline")
    return settings


def test_revisits_are_off_by_default_and_a_source_overrides_the_settings() -> None:
    assert not RevisitPolicy.for_source(_settings(), None).enabled
    on = _settings(NEWS_REVISIT_DAYS="2", NEWS_REVISIT_EVERY_HOURS="3")
    assert RevisitPolicy.for_source(on, None) == RevisitPolicy(2.0, 3.0, 1000)
    own = Source(name="s", feeds=("https://e.org/f",), revisit_days=5, revisit_every_hours=1)
    assert RevisitPolicy.for_source(_settings(), own) == RevisitPolicy(5, 1, 1000)
    opted_out = Source(name="s", feeds=("https://e.org/f",), revisit_days=0)
    assert not RevisitPolicy.for_source(on, opted_out).enabled


def test_the_window_is_first_fetch_and_last_check() -> None:
    policy = RevisitPolicy(days=2, every_hours=6, max_per_run=10)
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    assert policy.window(now) == ("2026-11-27T12:00:00+00:00", "2026-11-29T06:00:00+00:00")


def _stored(tmp_path: Path) -> str:
    db_path = tmp_path / "news.db"
    database = SharedDatabase(db_path)
    database.db.table("articles").insert(
        {"url": STORED, "source": "s", "fetched_at": "2026-11-29T00:00:00+00:00", "text": "t"}
    )
    database.db.table("article_checks").insert(
        {
            "url": STORED,
            "source": "s",
            "first_fetched_at": "2026-11-29T00:00:00+00:00",
            "checked_at": "2026-11-29T00:00:00+00:00",
            "etag": '"e1"',
            "last_modified": "Sat, 28 Nov 2026 10:00:00 GMT",
        }
    )
    database.db.conn.commit()
    database.close()
    return str(db_path)


def test_the_spider_asks_stored_articles_conditionally_and_the_skip_lets_them_pass(
    tmp_path: Path,
) -> None:
    db = _stored(tmp_path)
    source = Source(name="s", feeds=("https://e.org/f",), revisit_days=36500)
    crawler = crawler_for(source, NEWS_DB=db, NEWS_REVISIT_EVERY_HOURS=0)
    spider = crawler.spider
    assert isinstance(spider, NewsSpider)

    async def collect() -> list[Request]:
        return [r async for r in spider.start()]

    requests = run(collect())
    (revisit,) = [r for r in requests if r.meta.get(REVISIT_META)]
    assert revisit.url == STORED and revisit.meta["news_kind"] == "article"
    assert revisit.headers[b"If-None-Match"] == b'"e1"'
    assert revisit.meta["handle_httpstatus_list"] == [304]
    assert revisit.priority < 0 and revisit.dont_filter
    assert crawler.stats.get_value("news/revisit/requested") == 1

    incremental = IncrementalMiddleware(SharedDatabase(db), crawler.stats, recheck_hours=24.0)
    incremental.process_request(revisit)  # not skipped (IgnoreRequest) as "already stored"
    # The same URL named by a listing is still skipped: it is stored.
    with pytest.raises(IgnoreRequest, match="already stored"):
        incremental.process_request(Request(STORED, meta={"news_kind": "article"}))

    off = crawler_for(source, NEWS_DB=db, NEWS_REVISIT_EVERY_HOURS=0, NEWS_CONDITIONAL_GET=False)
    plain = off.spider
    assert isinstance(plain, NewsSpider)
    (unconditional,) = [r for r in run(_all(plain)) if r.meta.get(REVISIT_META)]
    assert b"If-None-Match" not in unconditional.headers


async def _all(spider: NewsSpider) -> list[Request]:
    return [r async for r in spider.start()]
