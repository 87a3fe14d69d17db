"""The item pipelines in-process: built from plain values, fed Article items."""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler.exceptions import Unfinished
from crawler.extensions.pending import pending_for
from crawler.items import Article
from crawler.sources import Source
from crawler.storage.database import SharedDatabase
from pipelines.extract.pipeline import ExtractPipeline
from pipelines.extract.pool import PagePool
from pipelines.language_policy import LanguagePolicyPipeline
from pipelines.store import StorePipeline
from pipelines.text.fingerprint import content_hash, minhash_signature
from tests.conftest import DEMO_SITE
from tests.support.pooljobs import die_warming_up, echo, nothing
from tests.unit.components import article, crawler_for, run, store_for

GERMAN = Source(name="example", languages=("de",))


def test_pipelines_build_from_a_crawler(tmp_path: Path) -> None:
    crawler = crawler_for(GERMAN, NEWS_DB=str(tmp_path / "news.db"))
    extract = ExtractPipeline.from_crawler(crawler)
    assert extract.source is GERMAN and extract.min_text_chars == 250
    language = LanguagePolicyPipeline.from_crawler(crawler)
    assert language.source is GERMAN
    store = StorePipeline.from_crawler(crawler)
    assert store.database is extract.database
    assert store.database.path == str(tmp_path / "news.db")


def test_the_pool_preloads_the_modules_the_setting_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NEWS_WORKER_PRELOAD is what the workers' forkserver imports, whoever starts it: the
    pool set its own module whatever the setting said, while the extension that starts the
    server first (crawler/extensions/workerserver.py) read the setting."""
    from multiprocessing import forkserver

    server = forkserver._forkserver  # multiprocessing's one forkserver, which keeps the preload
    preloaded = getattr(server, "_preload_modules", None)
    monkeypatch.setattr(server, "_preload_modules", preloaded)  # put back at the end
    monkeypatch.setattr(forkserver, "ensure_running", lambda: None)  # the extension's start
    handed: list[list[str]] = []

    class Pool:
        def __init__(self, context: Any, **_: Any) -> None:
            handed.append(list(getattr(server, "_preload_modules", None) or []))

        def start(self) -> None:
            pass

    monkeypatch.setattr("pipelines.extract.pipeline.PagePool", Pool)
    for value in ("tests.support.pooljobs", "pipelines.extract.preload,tests.support.pooljobs", ""):
        extract = ExtractPipeline.from_crawler(
            crawler_for(NEWS_DB=str(tmp_path / "news.db"), NEWS_WORKER_PRELOAD=value)
        )
        monkeypatch.setattr(server, "_preload_modules", ["set before the pool opens"])
        extract.open_spider()
    assert handed == [
        ["tests.support.pooljobs"],
        ["pipelines.extract.preload", "tests.support.pooljobs"],
        [],
    ]


def new_extract() -> ExtractPipeline:
    crawler = crawler_for()
    assert crawler.stats is not None
    return ExtractPipeline(
        crawler.stats,
        None,
        GERMAN,
        workers=1,
        timeout=30.0,
        max_tasks=100,
        preload=["pipelines.extract.preload"],
        min_text_chars=250,
        keep_html=True,
        language_chars=1000,
        learn_min_articles=20,
        learn_min_share=0.3,
        learn_refresh_seconds=30.0,
        max_chars=1_000_000,
    )


@pytest.fixture(scope="module")
def extract() -> Iterator[ExtractPipeline]:
    pipeline = new_extract()
    pipeline.open_spider()
    yield pipeline
    pipeline.close_spider()


def test_the_pool_starts_off_the_reactor_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    threads: list[str] = []
    real_spawn = PagePool._spawn

    def slow_spawn(pool: PagePool) -> Any:
        threads.append(threading.current_thread().name)
        assert gate.wait(30)  # the forkserver importing the preload, made long
        return real_spawn(pool)

    monkeypatch.setattr(PagePool, "_spawn", slow_spawn)
    pipeline = new_extract()
    pipeline.open_spider()  # returns while the pool is still starting
    deadline = time.monotonic() + 10
    while not threads and time.monotonic() < deadline:
        time.sleep(0.01)
    assert threads == ["extract-pool"]
    pending = pipeline.process_item(article(html="<html><body><p>x</p></body></html>"))
    gate.set()
    with pytest.raises(DropItem, match=r"no_text|too_short"):  # awaited the pool, then judged
        run(pending)
    pipeline.close_spider()


def test_extract_fills_the_article_from_a_stored_page(extract: ExtractPipeline) -> None:
    html = (DEMO_SITE / "artikel-000.html").read_text("utf-8")
    item = article(html=html, hints={"published": "2024-11-01"})
    result = ItemAdapter(run(extract.process_item(item)))
    assert result["html"] is None  # released once the worker has it
    assert "Nordkorea" in result["text"] and "PREV" not in result["text"]
    assert result["language"] == "de"
    # The listing's day and the page's time agree: the time is kept, in UTC.
    assert result["published"] == "2024-11-01T07:30:00+00:00"
    assert result["published_precision"] == "minute"
    assert result["published_day"] == "2024-11-01"
    assert result["meta_origin"]["published"] == "meta"
    assert result["html_gz"] and result["content_hash"] and result["signature"]
    assert extract.stats.get_value("news/extract/ok") >= 1


def test_extract_counts_a_listing_date_that_contradicts_the_page(extract: ExtractPipeline) -> None:
    html = (DEMO_SITE / "artikel-000.html").read_text("utf-8")
    item = article(html=html, hints={"published": "2024-06-19T10:00:00+00:00"})
    result = ItemAdapter(run(extract.process_item(item)))
    assert result["published"] is None  # never a guess between the two
    assert extract.stats.get_value("news/meta/published_conflict") == 1
    assert result["meta_origin"]["published"] == "conflict"


def test_extract_counts_metadata_it_could_not_read(extract: ExtractPipeline) -> None:
    # extractor_meta's readers failed with a warning only: the stats now say how often
    # (news/meta/unreadable_dates alike, tests/unit/test_fuzz_pages.py).
    html = (DEMO_SITE / "artikel-000.html").read_text("utf-8")
    broken = '<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script></head>"
    run(extract.process_item(article(html=html)))
    assert extract.stats.get_value("news/meta/unreadable_jsonld") is None
    assert extract.stats.get_value("news/meta/unreadable_dates") is None
    result = ItemAdapter(run(extract.process_item(article(html=html.replace("</head>", broken)))))
    assert "Nordkorea" in result["text"]
    assert extract.stats.get_value("news/meta/unreadable_jsonld") == 1


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("", "empty"),
        ("<html><body><p>Kurz.</p></body></html>", "too_short"),
        ("<html><body><script>var a = 1;</script></body></html>", "no_text"),
        ("<html><body>" + "<p>x</p>" * 200_000 + "</body></html>", "too_large"),
    ],
)
def test_extract_drops_pages_without_an_article(
    extract: ExtractPipeline, html: str, reason: str
) -> None:
    with pytest.raises(DropItem, match=f"^{reason}: "):
        run(extract.process_item(article(html=html)))
    assert extract.stats.get_value(f"news/drop/{reason}") >= 1


@pytest.mark.parametrize(
    ("keep_others", "language", "expected"),
    [(False, "de", True), (True, "en", False), (False, None, None)],
)
def test_language_policy_flags_or_keeps(
    keep_others: bool, language: str | None, expected: bool | None
) -> None:
    crawler = crawler_for()
    source = Source(name="example", languages=("de",), keep_other_languages=keep_others)
    pipeline = LanguagePolicyPipeline(crawler.stats, source)
    item = ItemAdapter(pipeline.process_item(article(language=language)))
    assert item["language_expected"] is expected


def test_language_policy_takes_langdetects_chinese_as_the_zh_a_source_expects() -> None:
    """langdetect names Chinese "zh-cn" or "zh-tw"; a source that expects "zh" kept none of
    its articles: every one was dropped as unexpected_language."""
    crawler = crawler_for()
    source = Source(name="example", languages=("zh",))
    pipeline = LanguagePolicyPipeline(crawler.stats, source)
    for detected in ("zh-cn", "zh-tw", "zh"):
        assert ItemAdapter(pipeline.process_item(article(language=detected)))["language_expected"]
    with pytest.raises(DropItem, match=r"^unexpected_language: ja"):
        pipeline.process_item(article(language="ja"))


def test_language_policy_drops_unexpected_languages() -> None:
    crawler = crawler_for()
    pipeline = LanguagePolicyPipeline(crawler.stats, GERMAN)
    with pytest.raises(DropItem, match=r"^unexpected_language: en"):
        pipeline.process_item(article(language="en"))
    assert crawler.stats.get_value("news/drop/unexpected_language") == 1


def _text(n: int) -> str:
    return " ".join(f"Satz {i} über den Hafen von Rostock und die Werft." for i in range(n))


def _stored(text: str, url: str) -> Article:
    return article(
        url, text=text, content_hash=content_hash(text), signature=minhash_signature(text)
    )


def test_store_writes_batches_and_links_copies(store_url: str) -> None:
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for()
    store = store_for(database, crawler, batch_size=2)
    original, copy = _text(40), _text(40) + " Ein Satz mehr am Ende."

    async def feed() -> None:
        await store.process_item(_stored(original, "https://example.org/a"))
        await store.process_item(_stored(copy, "https://example.org/b"))  # fills the batch
        await store.process_item(_stored(_text(3), "https://example.org/c"))

    run(feed())
    store.close_spider()
    rows = {r["url"]: r for r in database.db.query("SELECT * FROM articles")}
    database.close()
    assert set(rows) == {f"https://example.org/{c}" for c in "abc"}
    assert rows["https://example.org/b"]["duplicate_of"] == "https://example.org/a"
    assert rows["https://example.org/a"]["duplicate_of"] is None
    assert crawler.stats.get_value("news/store/new") == 3
    assert crawler.stats.get_value("news/dedup/near") == 1


def test_an_unwritable_article_costs_only_itself(store_url: str) -> None:
    # A value the driver cannot bind (a lone surrogate in a title) raised out of the batch,
    # which was rolled back and dropped: the articles beside it were lost, and the crawl went
    # on as if they were stored. Now the batch is written again one article at a time.
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for()
    stopped: list[str] = []
    told: list[str] = []

    def unwritable(url: str, error: str) -> None:
        told.append(f"{url} {error}")

    store = store_for(database, crawler, batch_size=3, stop=stopped.append, unwritable=unwritable)
    bad = _stored(_text(5), "https://example.org/b")
    ItemAdapter(bad)["title"] = "Hafen \ud800 Rostock"

    async def feed() -> None:
        await store.process_item(_stored(_text(4), "https://example.org/a"))
        await store.process_item(bad)
        await store.process_item(_stored(_text(6), "https://example.org/c"))  # fills the batch
        await store.process_item(_stored(_text(7), "https://example.org/d"))

    run(feed())
    store.close_spider()
    urls = {r["url"] for r in database.db.query("SELECT url FROM articles")}
    database.close()
    assert urls == {f"https://example.org/{c}" for c in "acd"}
    assert crawler.stats.get_value("news/store/unwritable") == 1
    # The pending tracker hears of it alone, so that its retry spends an attempt.
    assert [t.split(" ")[0] for t in told] == ["https://example.org/b"]
    assert crawler.stats.get_value("news/store/new") == 3
    assert store.failure is None and stopped == []
    assert crawler.stats.get_value("news/fatal/store_failed") is None


def test_the_store_keeps_no_url_with_a_user_name_or_password(store_url: str) -> None:
    """A page's markup names URLs as written: an og:image carrying the image server's login
    (``https://user:password@cdn…``) was stored in ``articles.image`` as it was. Every URL
    field of an article is stored without its userinfo, counted per field, and the item
    (which a feed export writes) follows."""
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for()
    store = store_for(database, crawler, batch_size=1)
    item = _stored(_text(4), "https://example.org/a")
    adapter = ItemAdapter(item)
    adapter["image"] = "https://bob:s3cret@cdn.example.org/a.jpg"
    adapter["fetched_url"] = "https://bob@example.org/a?amp=1"
    clean = _stored(_text(5), "https://example.org/b")
    ItemAdapter(clean)["image"] = "https://cdn.example.org/b.jpg?by=x@y"

    async def feed() -> None:
        await store.process_item(item)
        await store.process_item(clean)

    run(feed())
    store.close_spider()
    rows = {r["url"]: r for r in database.db.query("SELECT * FROM articles")}
    pages = [r["fetched_url"] for r in database.db.query("SELECT fetched_url FROM pages")]
    database.close()
    assert rows["https://example.org/a"]["image"] == "https://cdn.example.org/a.jpg"
    assert rows["https://example.org/a"]["fetched_url"] == "https://example.org/a?amp=1"
    assert rows["https://example.org/b"]["image"] == "https://cdn.example.org/b.jpg?by=x@y"
    assert adapter["image"] == "https://cdn.example.org/a.jpg"
    assert "s3cret" not in repr(rows) + repr(pages) and "bob" not in repr(rows)
    stats = crawler.stats.get_stats()
    assert {k: v for k, v in stats.items() if "credentials_removed" in k} == {
        "news/store/credentials_removed/image": 1,
        "news/store/credentials_removed/fetched_url": 1,
    }


def test_the_store_tells_the_crawl_s_pending_tracker_of_an_unwritable_row(tmp_path: Path) -> None:
    crawler = crawler_for(GERMAN, NEWS_DB=str(tmp_path / "news.db"))
    store = StorePipeline.from_crawler(crawler)
    tracker = pending_for(crawler)
    assert tracker is not None
    url = "https://example.org/b"
    tracker.listed(url, url, {})
    tracker.item_for(url, url)
    store.unwritable(url, "ProgrammingError: surrogates not allowed")
    store.unwritable("https://example.org/unlisted", "ProgrammingError")  # no record: let be
    assert tracker.articles[url].state == "failed" and tracker.articles[url].tried
    assert "https://example.org/unlisted" not in tracker.articles


def test_store_failure_stops_the_crawl_and_fails_the_source(store_url: str) -> None:
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for()
    stopped: list[str] = []
    store = store_for(database, crawler, batch_size=10, stop=stopped.append)
    run(store.process_item(article(text=None)))  # NOT NULL text: the batch fails
    store.close_spider()
    database.close()
    assert store.failure is not None
    assert crawler.stats.get_value("news/store/failed") == 1
    assert crawler.stats.get_value("news/fatal/store_failed") == 1
    with pytest.raises(Unfinished, match=r"^db_error") as dropped:
        run(store.process_item(article()))
    assert not dropped.value.tried  # the database's failure, not the article's


def test_an_item_waiting_for_a_failing_batch_is_refused_as_the_database_s_failure(
    store_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # The item that filled the next batch while one was in flight awaited that batch, and its
    # failure was raised into the item: a traceback "Error processing …", and the article kept
    # pending as a failed try of its own, not retried before the full backoff.
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for()
    stopped: list[str] = []
    store = store_for(database, crawler, batch_size=2, stop=stopped.append)
    gate = threading.Event()
    database.write(lambda db: gate.wait(30))  # the writer busy: the next batch stays in flight

    async def feed() -> None:
        await store.process_item(article("https://example.org/a", text=None))  # NOT NULL text
        await store.process_item(article("https://example.org/b"))  # the batch goes in flight
        await store.process_item(article("https://example.org/c"))
        # Freed once the last item waits for the batch in flight, which then fails.
        asyncio.get_running_loop().call_soon(gate.set)
        await store.process_item(article("https://example.org/d"))

    with caplog.at_level(logging.ERROR):
        with pytest.raises(Unfinished, match=r"^db_error") as refused:
            run(feed())
        store.close_spider()
        gc.collect()
    stored = list(database.db.query("SELECT url FROM articles"))
    database.close()
    assert not refused.value.tried  # no attempt spent, as for every item after the failure
    assert stopped == ["db_error"]
    assert crawler.stats.get_value("news/store/failed") == 3  # the batch, then the refused item
    assert crawler.stats.get_value("news/drop/db_error") == 1
    assert stored == []
    assert "never retrieved" not in caplog.text


def test_a_batch_after_a_failed_one_whose_callback_has_not_run_is_not_written(
    store_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The writer had failed a batch, but its callback had not yet run on the reactor: the
    next item saw the batch done, handed the writer a new one, and a full disk failed that
    too. The run said "Database write failed … stopping the crawl" twice (a CI run of
    tests/e2e/faults/test_database.py). A finished batch is settled before the next goes."""
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for()
    stopped: list[str] = []
    store = store_for(database, crawler, batch_size=1, stop=stopped.append)

    async def feed() -> None:
        await store.process_item(article("https://example.org/a", text=None))  # NOT NULL text
        assert store._in_flight is not None
        store._in_flight[0].exception()  # the writer is done with it; its callback waits
        await store.process_item(article("https://example.org/b", text=None))

    with caplog.at_level(logging.ERROR):
        with pytest.raises(Unfinished, match=r"^db_error") as refused:
            run(feed())
        store.close_spider()
    database.close()
    assert not refused.value.tried
    assert stopped == ["db_error"]
    assert len([r for r in caplog.records if "Database write failed" in r.getMessage()]) == 1
    assert crawler.stats.get_value("news/fatal/store_failed") == 1


def _extract_on(pool: PagePool, stopped: list[str]) -> ExtractPipeline:
    """The pipeline over a pool of stand-in workers (tests/support/pooljobs.py)."""
    pipeline = new_extract()
    pipeline.stop = stopped.append
    pipeline.pool = pool
    pool.start()
    return pipeline


def _test_pool(**kwargs: Any) -> PagePool:
    options: dict[str, Any] = {"workers": 1, "timeout": 2.0, "work": echo, "init": nothing}
    return PagePool(multiprocessing.get_context("forkserver"), **{**options, **kwargs})


def test_pages_the_workers_cannot_finish_are_kept_pending_not_dropped() -> None:
    """A worker killed at the time limit or by the OOM killer says nothing about the page."""
    stopped: list[str] = []
    extract = _extract_on(_test_pool(), stopped)
    try:
        for url, reason in [
            ("https://example.org/slow", "timeout"),
            ("https://example.org/crash", "worker_died"),
            ("https://example.org/raise", "error"),
        ]:
            with pytest.raises(Unfinished, match=f"^{reason}: {url}") as caught:
                run(extract.process_item(article(url, html="<p>x</p>")))
            assert caught.value.tried  # the page had its try: one attempt spent
            assert extract.stats.get_value(f"news/drop/{reason}") == 1
        # Not one of them: a page without text is final.
        with pytest.raises(DropItem, match=r"^empty: ") as final:
            run(extract.process_item(article("https://example.org/e", html="")))
        assert not isinstance(final.value, Unfinished)
    finally:
        extract.close_spider()
    assert stopped == []
    assert extract.stats.get_value("news/fatal/extract_failed") is None


def test_a_stopped_pool_fails_the_source_and_keeps_its_pages_pending() -> None:
    """Every page was dropped as an "error", forgotten, and the run ended as a success."""
    stopped: list[str] = []
    extract = _extract_on(_test_pool(workers=2, init=die_warming_up), stopped)
    try:
        for url in ["https://example.org/a", "https://example.org/b"]:
            with pytest.raises(Unfinished, match=f"^pool_closed: {url}") as caught:
                run(extract.process_item(article(url, html="<p>x</p>")))
            assert not caught.value.tried  # never analysed: no attempt spent
    finally:
        extract.close_spider()
    assert stopped == ["extract_failed"]  # once
    assert extract.stats.get_value("news/fatal/extract_failed") == 1
    assert extract.stats.get_value("news/drop/pool_closed") == 2


def test_an_original_that_becomes_a_copy_hands_its_copies_to_its_own_original(
    store_url: str,
) -> None:
    """A stored original revised (or reprocessed) into a copy of another story: its copies
    named it still, so their duplicate_of pointed at a row that is a copy itself, and a join
    on duplicate_of found no original; they follow it to the story's original."""
    database = SharedDatabase(store_url, busy_timeout_ms=5_000)
    crawler = crawler_for()
    store = store_for(database, crawler, batch_size=1)
    wire, stub = _text(40), " ".join(f"Wort {i} eines anderen Berichts." for i in range(60))

    async def feed() -> None:
        await store.process_item(_stored(wire, "https://example.org/wire"))
        await store.process_item(_stored(stub, "https://example.org/a"))
        await store.process_item(_stored(stub + " Nachtrag.", "https://example.org/b"))
        # /a fetched again: its text is now the wire's story.
        revised = _stored(wire + " Aktualisiert.", "https://example.org/a")
        ItemAdapter(revised)["fetched_at"] = "2026-01-02T00:00:00+00:00"
        await store.process_item(revised)

    run(feed())
    store.close_spider()
    rows = {r["url"]: r["duplicate_of"] for r in database.db.query("SELECT * FROM articles")}
    database.close()
    assert rows == {
        "https://example.org/wire": None,
        "https://example.org/a": "https://example.org/wire",
        "https://example.org/b": "https://example.org/wire",
    }
