"""Requests a first and a second run send to the fixture site, from the server's own log.

    python benchmarks/incremental_requests.py

Serves a copy of tests/fixtures/site on 127.0.0.1, crawls its RSS feed and news sitemap twice
into a temporary database and prints what the server saw each time.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.demo.server import serve_directory  # noqa: E402
from tests.conftest import FAST, _render, copy_fixture_site  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        copy_fixture_site(root)
        log: list = []
        with serve_directory(root, request_log=log) as base:
            _render(root, base)
            args = [
                sys.executable, "-m", "scrapy", "crawl", "news",
                "-a", f"feed={base}/rss.xml", "-a", f"sitemap={base}/news_sitemap.xml",
                "-s", f"NEWS_DB={tmp}/news.db", *FAST, "-s", "LOG_LEVEL=WARNING",
            ]  # fmt: skip
            for label in ("first run", "second run"):
                log.clear()
                proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
                kinds = Counter(
                    "listing" if p.endswith(".xml") else "robots" if p == "/robots.txt" else "page"
                    for _, p, _ in log
                )
                conditional = sum(1 for _, _, h in log if "If-Modified-Since" in h)
                print(
                    f"{label}: exit {proc.returncode}, {len(log)} requests "
                    f"({kinds['robots']} robots.txt, {kinds['listing']} listings, "
                    f"{kinds['page']} linked pages; {conditional} conditional)"
                )


if __name__ == "__main__":
    main()
