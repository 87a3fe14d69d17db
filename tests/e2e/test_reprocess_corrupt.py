"""Issue 17: reprocessing skips and counts a stored page it cannot read."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FAST, run_scrapy
from tests.support import faultserver as fs
from tests.support.harness import (
    article_routes,
    damaged_database,
    damaged_rows,
    parse_stats,
    run_crawl,
)
from tests.support.warcfiles import WarcFile, page, response


def test_reprocess_skips_and_counts_a_corrupt_page(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 5)
        first = run_crawl(db, "-a", "url=" + ",".join(srv.url(p) for p in paths))
    assert first.returncode == 0 and first.stat("news/store/new") == 5
    conn = sqlite3.connect(db)
    copies = conn.execute("select count(*) from articles where duplicate_of is not null")
    assert copies.fetchone()[0] == 0
    with conn:
        conn.execute("update pages set html_gz = x'00ff00ff' where url = ?", [srv.url(paths[1])])
        conn.execute(
            "update pages set html_gz = ? where url = ?",
            [zlib.compress(b"\xff\xfe\xfa"), srv.url(paths[3])],
        )
    conn.close()
    again = run_scrapy("reprocess", "-s", f"NEWS_DB={db}", *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "'news/reprocess/corrupt': 2" in again.stderr
    # The three good pages read to the rows stored: nothing to rewrite.
    assert "'news/store/unchanged': 3" in again.stderr


@pytest.mark.parametrize("damage", [damaged_database, damaged_rows], ids=["file", "rows"])
def test_reprocess_on_a_damaged_database_fails_in_one_line(
    tmp_path: Path, damage: Callable[[Path], Path]
) -> None:
    """A damaged file, or damaged rows behind a schema that reads, ended reprocess in a
    DatabaseError traceback; a crawl says it in one line and fails (exit 1), as the README's
    exit codes have it for reprocess too."""
    db = damage(tmp_path / "news.db")
    before = db.read_bytes()
    run = run_scrapy("reprocess", "-s", f"NEWS_DB={db}", *FAST)
    assert run.returncode == 1, run.stderr[-3000:]
    assert f"cannot read the database {db}: database disk image is malformed" in run.stderr
    assert "Traceback" not in run.stderr
    assert db.read_bytes() == before


def test_reprocess_skips_rows_with_a_damaged_time_or_hints(tmp_path: Path) -> None:
    """A NULL fetched_at reached the store's NOT NULL column and ended the run (exit 1) with
    the good articles batched beside it; garbled times and hints failed in the pipelines."""
    # Six unrelated stories: near copies of each other would be linked by MinHash in the order
    # the crawl happened to store them, and a reprocess that sees all of them may link the good
    # row to another original (a new similarity: "updated", not "unchanged").
    texts = [
        "The council met on Tuesday to discuss the budget for schools and roads.",
        "Fishermen in the northern harbour reported their best catch of herring in a decade.",
        "A new tram line opened downtown, carrying commuters from the station to the campus.",
        "The museum reopened its painting gallery after two years of careful restoration.",
        "Farmers expect an early harvest after a warm spring and plenty of April rain.",
        "The city orchestra announced a season of free concerts in the parks this summer.",
    ]
    archive = WarcFile()
    urls = [f"https://en.example/story-{i}" for i in range(6)]
    for i, url in enumerate(urls):
        body = f"Story {i}, number {i}. " + f"{texts[i]} " * 4
        archive.add(response(url, page(f"Council story {i}", [body])))
    warc = archive.write(tmp_path / "in.warc.gz")
    db = tmp_path / "news.db"
    first = run_scrapy("crawl", "news", "-a", f"warc={warc}", "-s", f"NEWS_DB={db}", *FAST)
    assert first.returncode == 0, first.stderr[-3000:]
    assert parse_stats(first.stderr)["news/store/new"] == 6
    damage = [
        ("fetched_at", None),
        ("fetched_at", "garbage"),
        ("fetched_at", "9999-12-31T23:59:59-05:00"),
        ("hints", "[1, 2]"),
        ("hints", '{"title": [1]}'),
    ]
    conn = sqlite3.connect(db)
    copies = conn.execute("select count(*) from articles where duplicate_of is not null")
    assert copies.fetchone()[0] == 0
    with conn:
        for url, (column, value) in zip(urls, damage, strict=False):
            conn.execute(f"update pages set {column} = ? where url = ?", [value, url])
    conn.close()
    again = run_scrapy("reprocess", "-s", f"NEWS_DB={db}", *FAST)
    assert again.returncode == 0, again.stderr[-3000:]
    stats = parse_stats(again.stderr)
    assert stats["news/reprocess/corrupt"] == 5, stats
    assert stats.get("news/store/unchanged") == 1, stats
    assert "Traceback" not in again.stderr
