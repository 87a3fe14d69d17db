"""Issue 17: a body that ended early is never stored as an article.

Without Content-Length a body ends with the connection, and a reset half-way looks to the
client like a normal end (Twisted reports PotentialDataLoss, Scrapy flags the response
``partial``). A body shorter than its Content-Length with DOWNLOAD_FAIL_ON_DATALOSS off is
flagged ``dataloss``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support import faultserver as fs
from tests.support.harness import CrawlResult, articles, run_crawl

pytestmark = pytest.mark.e2e

PAGE = fs.article_html("abgeschnitten", paragraphs=fs.article_text("abgeschnitten", 12)).encode()
CASES = {
    "/reset-half": fs.close_delimited(PAGE, sent=len(PAGE) // 2),
    "/whole-no-length": fs.close_delimited(fs.article_html("ganz").encode()),
    "/short-of-length": fs.truncated(PAGE, sent=len(PAGE) // 2),
}


@dataclass
class PartialRun:
    server: fs.FaultServer
    result: CrawlResult
    stored: dict[str, dict]
    pending: dict[str, str]  # url -> error


@pytest.fixture(scope="module")
def partial_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PartialRun]:
    db = tmp_path_factory.mktemp("partial") / "news.db"
    with fs.fault_server() as srv:
        for path, behaviour in CASES.items():
            srv.route(path, behaviour)
        srv.route(
            "/feed.xml",
            fs.send(body=fs.rss(srv.base, list(CASES)), content_type="application/rss+xml"),
        )
        result = run_crawl(
            db,
            "-a", f"feed={srv.url('/feed.xml')}",
            "-s", "DOWNLOAD_FAIL_ON_DATALOSS=False",
        )  # fmt: skip
        conn = sqlite3.connect(db)
        try:
            pending = {r[0]: r[1] for r in conn.execute("select url, error from pending_articles")}
        finally:
            conn.close()
        yield PartialRun(srv, result, articles(db), pending)


def test_body_cut_by_a_reset_is_not_stored(partial_run: PartialRun) -> None:
    assert partial_run.server.url("/reset-half") not in partial_run.stored
    assert partial_run.result.stat("news/skip/partial") == 2


def test_body_short_of_its_length_is_not_stored(partial_run: PartialRun) -> None:
    assert partial_run.server.url("/short-of-length") not in partial_run.stored


def test_cut_bodies_are_kept_pending_for_a_later_run(partial_run: PartialRun) -> None:
    srv = partial_run.server
    assert partial_run.pending == {
        srv.url("/reset-half"): "the body ended early",
        srv.url("/short-of-length"): "the body ended early",
    }


def test_whole_document_without_length_is_stored(partial_run: PartialRun) -> None:
    assert partial_run.server.url("/whole-no-length") in partial_run.stored


def test_an_empty_answer_is_kept_pending_and_the_next_run_stores_the_article(
    tmp_path: Path,
) -> None:
    """A 200 with an empty body (an origin that failed behind its cache) holds no page: it was
    dropped as ``empty`` like a page without an article and skipped as seen by the next runs
    for NEWS_RECHECK_AFTER_HOURS, though the page answered by then; asked again only if a
    listing still named it a day later, the article of a busy feed was lost, each run "ok"."""
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        later = fs.send(body=fs.article_html("leer zuerst").encode())
        srv.route("/empty-then-page", fs.sequence(fs.send(body=b""), later))
        srv.route("/ok", fs.send(body=fs.article_html("gleich da").encode()))
        feed = fs.rss(srv.base, ["/empty-then-page", "/ok"])
        srv.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
        args = ("-a", f"feed={srv.url('/feed.xml')}", "-s", "NEWS_PENDING_BACKOFF_MINUTES=0")

        first = run_crawl(db, *args)
        assert first.returncode == 0, first.stderr[-3000:]
        assert first.stat("news/skip/empty_body") == 1
        assert "1 dropped (empty_body 1)" in first.stderr
        assert sorted(articles(db)) == [srv.url("/ok")]
        with sqlite3.connect(db) as conn:
            pending = conn.execute("select url, error, attempts from pending_articles").fetchall()
        assert pending == [(srv.url("/empty-then-page"), "the body was empty", 1)]

        second = run_crawl(db, *args)
        assert second.returncode == 0, second.stderr[-3000:]
        assert srv.hits["/empty-then-page"] == 2
        assert sorted(articles(db)) == [srv.url("/empty-then-page"), srv.url("/ok")]
        assert second.stat("news/store/new") == 1
