"""What the scheduled crawl tells its operator about hosts that fail at the network level.

One `scrapy crawlall` over a host that refuses connections, one that accepts them and never
answers its feed, one whose article pages never answer, and a healthy one: the exit code,
the summary's line per source and `scrapy runs --json` say which failed and why, in words.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.conftest import run_scrapy
from tests.support import faultserver as fs
from tests.support.harness import QUICK, article_routes, articles, write_sources

pytestmark = pytest.mark.e2e

# Longer than the whole crawl: a host that accepted the connection and says nothing.
_SILENT = 600


def _closed_port() -> int:
    """A port of 127.0.0.1 nothing listens on: a connection to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_network_faults_are_named_in_words_per_source(tmp_path: Path) -> None:
    """They were named by Scrapy's exception classes: "none of 1 entry URL(s) answered
    (first: DownloadTimeoutError from URL)", "robots.txt of HOST unreachable
    (DownloadConnectionRefusedError)", an article's "DownloadTimeoutError: Getting URL took
    longer than 2.0 seconds." in the summary, `scrapy runs` and its pending row."""
    db = tmp_path / "news.db"
    with fs.fault_server() as silent, fs.fault_server() as stalling, fs.fault_server() as ok:
        silent.route("/feed.xml", fs.slow_headers(_SILENT, fs.send(404)))
        paths = [f"/a/{i}" for i in range(2)]
        for path in paths:
            stalling.route(path, fs.slow_headers(_SILENT, fs.send(404)))
        stalling.route("/feed.xml", fs.send(body=fs.rss(stalling.base, paths)))
        good = article_routes(ok, 2)
        ok.route("/feed.xml", fs.send(body=fs.rss(ok.base, good)))
        down = f"127.0.0.1:{_closed_port()}"
        sources = write_sources(
            tmp_path / "sources.toml",
            {
                "down": ("feeds", f"http://{down}/feed.xml"),
                "silent": ("feeds", silent.url("/feed.xml")),
                "stalling": ("feeds", stalling.url("/feed.xml")),
                "fine": ("feeds", ok.url("/feed.xml")),
            },
        )
        common = ("-s", f"NEWS_SOURCES={sources}", "-s", f"NEWS_DB={db}")
        run = run_scrapy("crawlall", *QUICK, *common, timeout=240)
        runs = run_scrapy("runs", "--json", "-n", "1", *common)
    assert run.returncode == 3, run.stderr[-3000:]  # partly failed
    lines = {
        line.split(":", 2)[1].strip(): line
        for line in run.stderr.splitlines()
        if line.startswith("newsloom: ") and line.count(":") >= 2
    }
    no_answer = "no answer within 2 s (DOWNLOAD_TIMEOUT)"
    assert f"robots.txt of {down} unreachable (connection refused)" in lines["down"]
    assert f"(first: {no_answer} from {silent.url('/feed.xml')})" in lines["silent"]
    assert f"all 2 article page(s) it asked for failed (first: {no_answer})" in lines["stalling"]
    assert lines["fine"].startswith("newsloom: fine: ok;")
    assert "Error" not in "".join(lines.values())
    assert runs.returncode == 0, runs.stderr
    (record,) = [json.loads(line) for line in runs.stdout.splitlines() if line.strip()]
    failures = {s["source"]: s["failure"] for s in record["sources"]}
    assert "(connection refused)" in failures["down"]
    assert no_answer in failures["silent"] and no_answer in failures["stalling"]
    assert failures["fine"] is None
    assert articles(db).keys() == {ok.url(p) for p in good}
