"""Issue 17: reprocessing skips and counts a stored page it cannot read."""

from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path

from tests.conftest import FAST, run_scrapy
from tests.support import faultserver as fs
from tests.support.harness import article_routes, run_crawl


def test_reprocess_skips_and_counts_a_corrupt_page(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 5)
        first = run_crawl(db, "-a", "url=" + ",".join(srv.url(p) for p in paths))
    assert first.returncode == 0 and first.stat("news/store/new") == 5
    conn = sqlite3.connect(db)
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
    assert "'news/store/updated': 3" in again.stderr
