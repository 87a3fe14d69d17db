"""`scrapy reprocess`: stored pages through the same pipelines, without network."""

from __future__ import annotations

from tests.conftest import FAST, run_scrapy

VOLATILE = {"updated_at"}


def _rows(db) -> dict[str, dict]:
    return {
        r["url"]: {k: v for k, v in r.items() if k not in VOLATILE}
        for r in db.query("select * from articles")
    }


def test_reprocess_reproduces_the_rows_offline(site, crawl, tmp_path) -> None:
    run, db = crawl(*site.listing_crawl("-a", "source=fixture"))
    assert run.returncode == 0, run.stderr[-3000:]
    before = _rows(db)
    assert len(before) == 6
    # (looked up by prefix: tracking parameters are canonicalized by crawler/urls.py)
    heise = next(url for url in before if url.startswith(site.url("articles/heise.html")))
    with db.conn:
        db.execute("update articles set text = 'damaged', title = NULL, published = NULL")
    site.requests.clear()
    again = run_scrapy("reprocess", "-s", f"NEWS_DB={tmp_path / 'news.db'}", *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    assert site.requests == []  # no network
    after = _rows(db)
    assert after == before
    assert after[heise]["published"] == "2019-06-20T07:15:00+00:00"  # the feed's date, kept
    assert "'news/store/updated': 6" in again.stderr
    (row,) = db.query("select * from runs where command = 'reprocess'")
    assert row["exit_code"] == 0
    unknown = run_scrapy("reprocess", "nosuch", "-s", f"NEWS_DB={tmp_path / 'news.db'}")
    assert unknown.returncode == 2 and "nosuch" in unknown.stderr
