"""The garbage collector while a crawl starts and while it runs (crawler/runs/collector.py)."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.commandline import crawls_here


def test_a_crawl_starts_without_the_collector_and_runs_with_it(tmp_path: Path) -> None:
    """The collector's passes over what a crawl's start-up builds (Scrapy, Twisted, the store,
    about 1,100 modules) cost about 0.09 s of CPU per crawl, a tenth of the crawl process's
    start. It is off until the engine starts; then the start-up's objects are frozen and the
    collector runs as before, over what the crawl makes."""
    from tests.support import faultserver as fs
    from tests.support.gcprobe import settings_args
    from tests.support.harness import article_routes, run_crawl

    probe = tmp_path / "gc.json"
    with fs.fault_server() as srv:
        paths = article_routes(srv, 2, prefix="/a")
        result = run_crawl(
            tmp_path / "news.db",
            "-a",
            "url=" + ",".join(srv.url(p) for p in paths),
            *settings_args(probe),
        )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(probe.read_text(encoding="utf-8"))
    assert seen["opened_enabled"] is False
    assert seen["crawling_enabled"] is True
    assert seen["crawling_frozen"] > 10_000


def test_only_a_command_that_crawls_here_pauses_the_collector() -> None:
    assert crawls_here(["scrapy", "crawl", "news", "-a", "feed=x"])
    assert crawls_here(["newsloom", "crawlall", "-L", "INFO"])
    assert crawls_here(["scrapy", "demo"])
    assert not crawls_here(["scrapy", "crawlall", "--scrapyd", "http://n:6800"])
    assert not crawls_here(["scrapy", "export", "out.jsonl"])
    assert not crawls_here(["scrapy", "browse"])
    assert not crawls_here(["scrapy"])
