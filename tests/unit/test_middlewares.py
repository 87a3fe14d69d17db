"""The downloader middlewares in-process: requests and responses built by hand."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request, Spider
from scrapy.core.downloader import Downloader
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import DropItem, IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.test import get_crawler

from crawler.clock import utc_iso
from crawler.exceptions import Unfinished
from crawler.middlewares.addresses import PrivateAddressMiddleware
from crawler.middlewares.conditional import ConditionalGetMiddleware
from crawler.middlewares.incremental import IncrementalMiddleware
from crawler.middlewares.metarefresh import (
    SCANNED_CHARS,
    QuickMetaRefreshMiddleware,
    head_bytes_rule_out,
    head_text,
    may_refresh,
)
from crawler.middlewares.politeness import ContactUserAgentMiddleware
from crawler.middlewares.retryafter import RetryAfterMiddleware
from crawler.sources import Source
from crawler.storage.database import SharedDatabase, write_transaction
from tests.unit.components import article, crawler_for, run, spider_of

ARTICLE = {"news_kind": "article"}
DAY = timedelta(days=1)


@pytest.fixture
def database(store_url: str) -> Iterator[SharedDatabase]:
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    yield database
    database.close()


def test_private_addresses_are_refused_unless_trusted() -> None:
    crawler = crawler_for()
    guard = PrivateAddressMiddleware(crawler.stats, frozenset({("127.0.0.1", 8000)}))
    run(guard.process_request(Request("http://127.0.0.1:8000/feed.xml")))  # named by the user
    with pytest.raises(IgnoreRequest, match=r"non-public address 10\.0\.0\.7"):
        run(guard.process_request(Request("http://10.0.0.7/admin")))
    run(guard.process_request(Request("http://93.184.216.34/page")))
    assert crawler.stats.get_value("news/blocked/private_address") == 1


def test_address_guard_trusts_the_hosts_a_source_names() -> None:
    source = Source(name="local", feeds=("http://127.0.0.1:8000/feed.xml",))
    guard = PrivateAddressMiddleware.from_crawler(crawler_for(source))
    # Host and port: another service on the same host is not trusted.
    assert guard.trusted == frozenset({("127.0.0.1", 8000)})


def _incremental(
    database: SharedDatabase, refetch_after_days: float | None = None
) -> IncrementalMiddleware:
    crawler = crawler_for()
    return IncrementalMiddleware(
        database, crawler.stats, recheck_hours=24.0, refetch_after_days=refetch_after_days
    )


def _store(database: SharedDatabase, url: str) -> None:
    """An article row for ``url``, fetched now."""
    with write_transaction(database.db):
        database.db.table("articles").insert(
            {"url": url, "source": "s", "fetched_at": utc_iso(datetime.now(UTC)), "text": "t"}
        )


def test_incremental_skips_stored_and_recently_seen_urls(database: SharedDatabase) -> None:
    now = datetime(2026, 1, 10, tzinfo=UTC)
    with write_transaction(database.db):
        database.db.table("articles").insert(
            {"url": "https://e.org/a", "source": "s", "fetched_at": utc_iso(now), "text": "t"}
        )
        seen: list[dict[str, Any]] = [
            {"url": "https://e.org/old", "target": "https://e.org/a", "status": None},
            {"url": "https://e.org/x", "status": 404, "fetched_at": utc_iso(now)},
            {
                "url": "https://e.org/y",
                "status": 404,
                "fetched_at": utc_iso(now - timedelta(days=2)),
            },
        ]
        database.db.table("url_seen").upsert_all(seen, pk="url")
    mw = _incremental(database)
    assert mw.decide("https://e.org/a", now) == "stored"
    assert mw.decide("https://e.org/old", now) == "stored"  # a redirect to a stored article
    assert mw.decide("https://e.org/x", now) == "seen"
    assert mw.decide("https://e.org/y", now) is None  # seen too long ago: checked again
    assert mw.decide("https://e.org/new", now) is None
    refetching = _incremental(database, refetch_after_days=1)
    assert refetching.decide("https://e.org/a", now + DAY * 2) is None
    with pytest.raises(IgnoreRequest, match="already stored"):
        mw.process_request(Request("https://e.org/a?utm_source=rss", meta=ARTICLE))
    assert mw.stats.get_value("news/incremental/skip_stored") == 1


def test_a_new_article_url_costs_the_reactor_one_read(tmp_path: Path) -> None:
    """Every listed article is asked of the store on the reactor thread: a URL the store knows
    nothing of took four queries (its alias, its row, its last verdict, its pending row)."""
    database = SharedDatabase(str(tmp_path / "news.db"), busy_timeout_ms=5_000)
    try:
        mw = _incremental(database)
        statements: list[str] = []
        database.db.conn.set_trace_callback(statements.append)
        assert mw.process_request(Request("https://e.org/new?utm_source=rss", meta=ARTICLE)) is None
        database.db.conn.set_trace_callback(None)
        assert [s.split()[0].upper() for s in statements] == ["SELECT"]
    finally:
        database.close()


def test_an_entry_page_already_stored_counts_as_answered(database: SharedDatabase) -> None:
    """Rerunning ``scrapy crawl news -a url=…`` on stored pages failed the run ("none of 1
    entry URL(s) answered", exit 1) though nothing went wrong: the page was done before."""
    _store(database, "https://e.org/a")
    mw = _incremental(database)
    with pytest.raises(IgnoreRequest):
        mw.process_request(Request("https://e.org/a", meta={**ARTICLE, "news_entry": True}))
    assert mw.stats.get_value("news/entry/ok") == 1
    with pytest.raises(IgnoreRequest):  # found in a listing: not an entry the user named
        mw.process_request(Request("https://e.org/a", meta=ARTICLE))
    assert mw.stats.get_value("news/entry/ok") == 1


def test_a_named_page_that_held_no_article_is_asked_again(database: SharedDatabase) -> None:
    """Dropped once (say, for its language), a page named again with ``-a url=`` was skipped
    for a day, whatever the user changed: the run said "ok", 0 pages."""
    with write_transaction(database.db):
        seen = {"url": "https://e.org/x", "status": 200, "fetched_at": utc_iso(datetime.now(UTC))}
        database.db.table("url_seen").upsert(seen, pk="url")
    mw = _incremental(database)
    mw.process_request(Request("https://e.org/x", meta={**ARTICLE, "news_entry": True}))
    with pytest.raises(IgnoreRequest, match="already seen"):  # found in a listing: skipped
        mw.process_request(Request("https://e.org/x", meta=ARTICLE))


def test_incremental_remembers_redirects_and_pages_without_articles(
    database: SharedDatabase,
) -> None:
    mw = _incremental(database)
    request = Request(
        "https://e.org/final", meta={**ARTICLE, "redirect_urls": ["https://e.org/short"]}
    )
    mw.process_response(request, HtmlResponse("https://e.org/final", body=b"<html></html>"))
    pdf = Response("https://e.org/doc", headers={"Content-Type": "application/pdf"})
    mw.process_response(Request("https://e.org/doc", meta=ARTICLE), pdf)
    busy = Response("https://e.org/busy", status=503)
    mw.process_response(Request("https://e.org/busy", meta=ARTICLE), busy)  # transient: forgotten
    database.write(lambda db: None).result()  # the writer has done what came before
    rows = {r["url"]: r for r in database.db.query("SELECT * FROM url_seen")}
    assert rows["https://e.org/short"]["target"] == "https://e.org/final"
    assert rows["https://e.org/doc"]["status"] == 200
    assert "https://e.org/busy" not in rows


def test_incremental_remembers_redirects_that_reached_no_answer(database: SharedDatabase) -> None:
    """A redirect to a page this run asks for itself (dropped as a duplicate) or to a stored
    article (skipped) got no answer here: it was not remembered, and every run fetched the
    redirecting link again. A loop (A → B → A) is no alias."""
    _store(database, "https://e.org/a")
    mw = _incremental(database)
    to_listed = {**ARTICLE, "redirect_urls": ["https://e.org/old?utm_source=x"]}
    mw.request_dropped(Request("https://e.org/listed", meta=to_listed))
    with pytest.raises(IgnoreRequest, match="already stored"):
        mw.process_request(
            Request("https://e.org/a", meta={**ARTICLE, "redirect_urls": ["https://e.org/go"]})
        )
    loop = {**ARTICLE, "redirect_urls": ["https://e.org/x", "https://e.org/y"]}
    mw.request_dropped(Request("https://e.org/x", meta=loop))
    mw.request_dropped(Request("https://e.org/feed", meta={"redirect_urls": ["https://e.org/f"]}))
    database.write(lambda db: None).result()  # the writer has done what came before
    rows = {r["url"]: r["target"] for r in database.db.query("SELECT * FROM url_seen")}
    assert rows == {
        "https://e.org/old": "https://e.org/listed",
        "https://e.org/go": "https://e.org/a",
    }
    assert mw.decide("https://e.org/go", datetime.now(UTC)) == "stored"


def test_incremental_does_not_mark_pages_dropped_unfinished(database: SharedDatabase) -> None:
    """Marked as seen, a page whose worker ran out of time was skipped by its pending retry."""
    mw = _incremental(database)
    mw.item_dropped(article("https://e.org/slow"), Unfinished("timeout: https://e.org/slow"))
    mw.item_dropped(article("https://e.org/empty"), DropItem("no_text: https://e.org/empty"))
    database.write(lambda db: None).result()  # the writer has done what came before
    rows = {r["url"] for r in database.db.query("SELECT url FROM url_seen")}
    assert rows == {"https://e.org/empty"}
    assert mw.decide("https://e.org/slow", datetime.now(UTC)) is None  # fetched again


def test_incremental_marks_the_url_fetched_when_a_page_under_its_canonical_url_drops(
    database: SharedDatabase,
) -> None:
    """An AMP view that held no article says nothing of its canonical page (crawler/
    identity.py): before, the canonical URL was marked seen and skipped for a day."""
    mw = _incremental(database)
    amp = "https://e.org/amp/story"
    mw.item_dropped(article("https://e.org/story", fetched_url=amp), DropItem("too_short"))
    database.write(lambda db: None).result()
    assert {r["url"] for r in database.db.query("SELECT url FROM url_seen")} == {amp}
    assert mw.decide("https://e.org/story", datetime.now(UTC)) is None


def test_incremental_follows_a_redirect_to_an_alias_of_a_stored_article(
    database: SharedDatabase,
) -> None:
    """A short link redirected to an AMP page the store keeps as an alias of its canonical
    URL: before, the chain ended at the AMP URL and every run fetched the link again."""
    _store(database, "https://e.org/story")
    with write_transaction(database.db):
        database.db.table("url_seen").upsert_all(
            [
                {"url": "https://e.org/s/1", "target": "https://e.org/amp/story"},
                {"url": "https://e.org/amp/story", "target": "https://e.org/story"},
            ],
            pk="url",
        )
    assert _incremental(database).decide("https://e.org/s/1", datetime.now(UTC)) == "stored"


def test_conditional_get_sends_stored_validators_and_saves_new_ones(
    database: SharedDatabase,
) -> None:
    crawler = crawler_for()
    mw = ConditionalGetMiddleware(database, crawler.stats, "example")
    feed = {"news_kind": "feed"}
    first = Request("https://e.org/feed.xml", meta=feed)
    mw.process_request(first)
    assert b"If-None-Match" not in first.headers
    answer = Response(
        "https://e.org/feed.xml",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 Jan 2025 00:00:00 GMT"},
    )
    mw.process_response(first, answer)
    mw.spider_closed(spider_of(crawler), "shutdown")  # an interrupted run saves nothing
    assert database.db.table("listing_validators").count == 0
    mw.spider_closed(spider_of(crawler), "finished")
    again = Request("https://e.org/feed.xml", meta=feed)
    mw.process_request(again)
    assert again.headers[b"If-None-Match"] == b'"v1"'
    assert crawler.stats.get_value("news/listing/conditional") == 1
    # Another kind or another source reading the same URL never read it: asked in full.
    other = ConditionalGetMiddleware(database, crawler.stats, "other")
    for mw_, meta in ((mw, {"news_kind": "sitemap"}), (other, feed)):
        unread = Request("https://e.org/feed.xml", meta=meta)
        mw_.process_request(unread)
        assert b"If-None-Match" not in unread.headers
    article = Request("https://e.org/a", meta=ARTICLE)
    mw.process_request(article)
    assert b"If-None-Match" not in article.headers


def test_migration_drops_validators_no_reader_owns(database: SharedDatabase) -> None:
    """A row stored per URL only does not say which source or kind read it: the upgrade drops
    it (that listing is read in full once) and the next run's validators are keyed by reader."""
    from crawler.storage import schema

    db = database.db
    # Back to the schema before m084: validators per URL, one stored.
    db.execute("DROP TABLE listing_validators")
    db.table("listing_validators").create(
        {"url": str, "etag": str, "last_modified": str, "updated_at": str}, pk="url"
    )
    db.table("listing_validators").insert({"url": "https://e.org/feed.xml", "etag": '"v1"'})
    db.execute(
        f"DELETE FROM {schema.MIGRATIONS_TABLE} WHERE name = 'm083_listing_validators_by_reader'"
    )
    assert schema.pending(db) == ["m083_listing_validators_by_reader"]
    schema.apply(db)
    assert db.table("listing_validators").pks == ["source", "kind", "url"]
    assert db.table("listing_validators").count == 0
    mw = ConditionalGetMiddleware(database, crawler_for().stats, "example")
    request = Request("https://e.org/feed.xml", meta={"news_kind": "feed"})
    mw.process_request(request)
    assert b"If-None-Match" not in request.headers


def _downloader() -> Downloader:
    """Scrapy's downloader with its default settings, to name the slots."""
    return Downloader(get_crawler(Spider))


def test_retry_after_beyond_the_limit_leaves_the_host_alone() -> None:
    crawler = crawler_for()
    # A host past the limit is left alone before any slot is paused: the downloader only
    # names the slot, none is made or held.
    downloader = _downloader()
    mw = RetryAfterMiddleware(
        crawler.stats, lambda: downloader, lambda: spider_of(crawler), max_wait=60
    )
    request = Request("https://busy.example/a")
    answer = Response(request.url, status=429, headers={"Retry-After": "3600"})
    with pytest.raises(IgnoreRequest, match="Retry-After 3600"):
        mw.process_response(request, answer)
    with pytest.raises(IgnoreRequest, match="stay away"):
        mw.process_request(Request("https://busy.example/b"))
    mw.process_request(Request("https://other.example/"))  # other hosts are not held
    plain = Response(request.url, status=503)
    assert mw.process_response(Request("https://other.example/"), plain) is plain
    assert crawler.stats.get_value("news/retry_after/gave_up") == 1
    assert downloader.slots == {}


def test_retry_after_holds_the_download_slot_a_request_names() -> None:
    """A request's own download_slot meta is the downloader's key: the slot it names is left
    alone, whatever host a later request of that slot goes to."""
    crawler = crawler_for()
    downloader = _downloader()
    mw = RetryAfterMiddleware(
        crawler.stats, lambda: downloader, lambda: spider_of(crawler), max_wait=60
    )
    shared = {"download_slot": "publisher"}
    request = Request("https://one.example/a", meta=shared)
    answer = Response(request.url, status=429, headers={"Retry-After": "3600"})
    with pytest.raises(IgnoreRequest, match="Retry-After 3600"):
        mw.process_response(request, answer)
    with pytest.raises(IgnoreRequest, match="publisher asked us to stay away"):
        mw.process_request(Request("https://two.example/b", meta=shared))
    mw.process_request(Request("https://two.example/c"))  # its own slot, not held
    assert crawler.stats.get_value("news/retry_after/skipped_blocked") == 1


@pytest.mark.parametrize("value", [b"\xb2", b"1\xb9", b"3\xb3"])
def test_a_retry_after_of_other_digits_is_no_delay(value: bytes) -> None:
    """Retry-After's delay is ASCII digits (RFC 9110); a header byte that decodes to another
    digit (0xB2 is "²" in latin-1, which isdigit() accepts and float() refuses) raised
    ValueError out of the middleware: a traceback, and the page failed instead of retried.
    Such a value is invalid, the 429 left to RetryMiddleware as one without Retry-After."""
    crawler = crawler_for()
    downloader = _downloader()
    mw = RetryAfterMiddleware(
        crawler.stats, lambda: downloader, lambda: spider_of(crawler), max_wait=60
    )
    request = Request("https://busy.example/a")
    answer = Response(request.url, status=429, headers={"Retry-After": value})
    assert mw.process_response(request, answer) is answer
    assert crawler.stats.get_value("news/retry_after/waited") is None
    # The near miss: ASCII digits are a delay, and the request is retried after it.
    plain = Response(request.url, status=429, headers={"Retry-After": b"2"})
    retry = mw.process_response(request, plain)
    assert isinstance(retry, Request) and retry.url == request.url
    assert crawler.stats.get_value("news/retry_after/waited") == 1


def test_a_retry_after_given_up_is_said_once(caplog: pytest.LogCaptureFixture) -> None:
    """The retries spent, RetryAfterMiddleware gave up and said so, and RetryMiddleware after
    it did it again: two "Gave up retrying" ERRORs per page, each counted in the run's errors."""
    crawler = crawler_for(RETRY_TIMES=2)
    downloader = _downloader()
    after = RetryAfterMiddleware(
        crawler.stats, lambda: downloader, lambda: spider_of(crawler), max_wait=60
    )
    plain = RetryMiddleware.from_crawler(crawler)
    request = Request("https://busy.example/a", meta={"retry_times": 2})
    answer = Response(request.url, status=503, headers={"Retry-After": "1"}, request=request)
    # Responses go through the middlewares from the downloader out: this one first.
    handed_on = after.process_response(request, answer)
    assert isinstance(handed_on, Response)
    assert plain.process_response(request, handed_on) is answer
    assert crawler.stats.get_value("retry/max_reached") == 1
    assert caplog.text.count("Gave up retrying") == 1
    # The near miss: a 503 without Retry-After is RetryMiddleware's, given up once too.
    other = Request("https://busy.example/b", meta={"retry_times": 2})
    bare = Response(other.url, status=503, request=other)
    handed_on = after.process_response(other, bare)
    assert isinstance(handed_on, Response)
    assert plain.process_response(other, handed_on) is bare
    assert crawler.stats.get_value("retry/max_reached") == 2


def test_user_agent_carries_the_contact() -> None:
    crawler = crawler_for(NEWS_CONTACT="ops@example.org")
    mw = ContactUserAgentMiddleware.from_crawler(crawler)
    request = Request("https://e.org/")
    mw.process_request(request)
    agent = request.headers.get(b"User-Agent")
    assert agent is not None and agent.decode().endswith("contact: ops@example.org")


def test_refusal_says_how_to_allow_the_host_and_adhoc_allow_hosts_works(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from crawler.sources import adhoc_source

    crawler = crawler_for()
    guard = PrivateAddressMiddleware(crawler.stats, frozenset())
    with pytest.raises(IgnoreRequest):
        run(guard.process_request(Request("http://10.0.0.7/admin")))
    assert "allow_hosts in sources.toml" in caplog.text
    assert "-a allow_hosts=10.0.0.7" in caplog.text
    source = adhoc_source(feed="https://example.org/feed.xml", allow_hosts="10.0.0.7")
    trusted = PrivateAddressMiddleware.from_crawler(crawler_for(source))
    run(trusted.process_request(Request("http://10.0.0.7/admin")))  # not refused


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.7:8080/a",
        "https://10.0.0.7:8443/a",
        "https://10.0.0.7/a",
        "http://box/a",
        "http://[fd00::7]:8080/a",
        "http://[fd00::7]/a",
    ],
)
def test_the_refusals_advice_followed_lets_the_page_through(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A host on another port than the scheme's: the warning said "-a allow_hosts=HOST",
    which trusts ports 80 and 443 only, so the page stayed refused with the advice taken."""
    from crawler.sources import adhoc_source

    async def private(host: str) -> str:
        return "10.0.0.7"

    guard = PrivateAddressMiddleware(crawler_for().stats, frozenset(), resolve=private)
    with pytest.raises(IgnoreRequest):
        run(guard.process_request(Request(url)))
    advice = re.search(r"-a allow_hosts=(\S+) to an ad-hoc run", caplog.text)
    assert advice is not None, caplog.text
    source = adhoc_source(feed="https://example.org/feed.xml", allow_hosts=advice[1])
    trusted = PrivateAddressMiddleware.from_crawler(crawler_for(source))
    trusted.resolve = private
    run(trusted.process_request(Request(url)))  # not refused


@pytest.mark.parametrize(
    ("head", "redirects"),
    [
        ('<meta http-equiv="refresh" content="0; url=/moved">', True),
        ("<META HTTP-EQUIV='Refresh' CONTENT='1;URL=/moved'>", True),
        ('<meta http-equiv="refresh" content="600; url=/moved">', False),  # past the max delay
        ('<meta name="description" content="no redirect here">', False),
        ('<noscript><meta http-equiv="refresh" content="0; url=/moved"></noscript>', False),
    ],
)
def test_quick_meta_refresh_redirects_as_scrapy_does(head: str, redirects: bool) -> None:
    crawler = crawler_for()
    quick = QuickMetaRefreshMiddleware.from_crawler(crawler)
    scrapy_own = MetaRefreshMiddleware.from_crawler(crawler)
    body = f"<html><head>{head}</head><body><p>text</p></body></html>".encode()
    request = Request("https://example.org/a")
    answers = [
        mw.process_response(request, HtmlResponse(request.url, body=body, request=request))
        for mw in (quick, scrapy_own)
    ]
    assert [isinstance(answer, Request) for answer in answers] == [redirects, redirects]
    if redirects:
        assert answers[0].url == answers[1].url == "https://example.org/moved"


def _enabled_middleware(crawler: Crawler, order: int) -> Any:
    """The downloader middleware the crawl's settings enable at ``order``, built as Scrapy
    builds it."""
    (path,) = [
        path
        for path, at in crawler.settings.getwithbase("DOWNLOADER_MIDDLEWARES").items()
        if at == order
    ]
    return build_from_crawler(load_object(path), crawler)


@pytest.mark.parametrize(
    "location", ["javascript:alert(1)", "mailto:desk@example.org", "about:blank", "http://"]
)
def test_a_redirect_to_no_http_url_is_not_followed(
    location: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Scrapy built the redirected request before checking its scheme: a Location such as
    "javascript:…" made Request raise ValueError out of the redirect middleware, a traceback
    and an error, and the article was kept pending to fail so again. Not followed now: the
    3xx is the answer, counted and named."""
    crawler = crawler_for()
    redirects = _enabled_middleware(crawler, 600)
    request = Request("https://example.org/a", meta=ARTICLE)
    moved = Response(request.url, status=302, headers={"Location": location}, request=request)
    assert redirects.process_response(request, moved) is moved
    assert crawler.stats.get_value("news/redirect/not_followed") == 1
    assert f"Not following the redirect of {request.url} (HTTP 302)" in caplog.text
    # The near miss: an http(s) target is followed.
    other = Response(request.url, status=302, headers={"Location": "/b"}, request=request)
    followed = redirects.process_response(request, other)
    assert isinstance(followed, Request) and followed.url == "https://example.org/b"
    assert crawler.stats.get_value("news/redirect/not_followed") == 1


def test_a_redirect_not_followed_is_logged_without_its_target_s_password(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An ftp:// target with a ``user:password@`` was named as written in the warning, so the
    password went into the run's log file. The target is named without it."""
    crawler = crawler_for()
    redirects = _enabled_middleware(crawler, 600)
    request = Request("https://example.org/a", meta=ARTICLE)
    location = "ftp://reader:s3cret@files.example.org/a.pdf"
    moved = Response(request.url, status=302, headers={"Location": location}, request=request)
    assert redirects.process_response(request, moved) is moved
    assert crawler.stats.get_value("news/redirect/not_followed") == 1
    assert "to ftp://files.example.org/a.pdf: not an http(s) URL" in caplog.text
    assert "s3cret" not in caplog.text


def test_a_meta_refresh_to_no_http_url_is_not_followed() -> None:
    """The same for a page whose meta refresh names "javascript:…": the page is read as it is."""
    crawler = crawler_for()
    quick = QuickMetaRefreshMiddleware.from_crawler(crawler)
    head = '<meta http-equiv="refresh" content="0; url=javascript:void(0)">'
    body = f"<html><head>{head}</head><body><p>text</p></body></html>".encode()
    request = Request("https://example.org/a")
    page = HtmlResponse(request.url, body=body, request=request)
    assert quick.process_response(request, page) is page
    assert crawler.stats.get_value("news/redirect/not_followed") == 1


def test_quick_meta_refresh_skips_pages_without_the_word() -> None:
    assert not may_refresh('<html><head><meta charset="utf-8"><title>x</title></head>')
    assert may_refresh('<html><head><meta http-equiv="REFRESH" content="0;url=/b">')
    # Beyond Scrapy's scanned head a refresh is ignored by both.
    assert not may_refresh("<html>" + " " * 5000 + '<meta http-equiv="refresh">')


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "gb18030", "cp1252"])
@pytest.mark.parametrize("filler", ["x", "ü", "語", "\U0001f600"])
def test_head_text_holds_the_scanned_characters_of_the_text(encoding: str, filler: str) -> None:
    """The decoded head agrees with Scrapy's whole-page text over the scanned characters."""
    seen = []
    # The word "refresh" well inside, just inside and beyond the scanned characters.
    for width in (SCANNED_CHARS - 200, SCANNED_CHARS - 80, SCANNED_CHARS + 100):
        text = (
            f'<html><head><meta charset="{encoding}">'
            + filler * width
            + '<meta http-equiv="refresh" content="0;url=/b"></head>'
            + "<body>"
            + "y" * 40_000
            + "</body></html>"
        )
        body = text.encode(encoding, errors="replace")
        response = HtmlResponse("https://example.org/a", body=body)
        head = head_text(response)
        assert head[:SCANNED_CHARS] == response.text[:SCANNED_CHARS]
        assert may_refresh(head) == may_refresh(response.text)
        seen.append(may_refresh(head))
    assert seen == [True, True, False]


@pytest.mark.parametrize(
    ("encoding", "bom", "decided"),
    [
        ("utf-8", b"", True),
        ("utf-8", b"\xef\xbb\xbf", True),
        ("cp1252", b"", True),
        ("latin-1", b"", True),
        ("ascii", b"", True),
        ("gb18030", b"", False),  # ASCII bytes can be a character's second byte
        ("utf-16", b"", False),
        ("cp1252", b"\xff\xfe", False),  # a UTF-16 BOM decides before the declared charset
    ],
)
@pytest.mark.parametrize("filler", ["x", "ü", "語", "\U0001f600"])
@pytest.mark.parametrize("word", ["refresh", "REFRESH", "ReFrEsH"])
def test_head_bytes_rule_out_only_pages_whose_text_lacks_the_word(
    encoding: str, bom: bytes, decided: bool, filler: str, word: str
) -> None:
    """The bytes rule a page out only where its text's scanned head lacks the word; in UTF-8,
    cp1252 and Latin-1 they do so without decoding, in other encodings they leave it to
    :func:`head_text`."""
    outcomes = []
    # Well inside and just inside the scanned characters, and beyond the bytes that can hold
    # them in any encoding (a page that has the word between the two is not ruled out).
    for width in (SCANNED_CHARS - 200, SCANNED_CHARS - 80, 4 * SCANNED_CHARS + 100):
        text = (
            "<html><head>"
            + filler * width
            + f'<meta http-equiv="{word}" content="0;url=/b"></head>'
            + "<body>"
            + "y" * 40_000
            + "</body></html>"
        )
        codec = "utf-16-le" if bom == b"\xff\xfe" else encoding
        body = bom + text.encode(codec, errors="replace")
        response = HtmlResponse("https://example.org/a", body=body, encoding=encoding)
        ruled_out = head_bytes_rule_out(response)
        assert not (ruled_out and may_refresh(response.text))
        outcomes.append(ruled_out)
    assert outcomes == [False, False, decided]


def test_quick_meta_refresh_passes_a_utf8_page_without_the_word_undecoded() -> None:
    """A UTF-8 page whose bytes lack the word is passed on before anything decodes it; a page
    shorter than the scanned head was decoded whole for the check, Scrapy's text built."""
    crawler = crawler_for()
    quick = QuickMetaRefreshMiddleware.from_crawler(crawler)
    body = ("<html><head><title>ü</title></head><body>" + "z" * 2_000 + "</body></html>").encode()
    request = Request("https://example.org/a")
    response = HtmlResponse(request.url, body=body, request=request, encoding="utf-8")
    assert quick.process_response(request, response) is response
    assert response._cached_ubody is None  # Scrapy's text was never built
