"""Scale-out figures: one and two Scrapyd nodes, each pinned to one core, on the same pages;
then the per-article costs and the capacity model of docs/scale-out.md.

    python -m benchmarks.scale_out --sources 6 --articles 30

Generates ``--sources`` news sites (tests/support/sitegen.py), each on its own loopback address
so each is its own host, builds the project's egg with those sources (scrapyd-deploy), and runs
``scrapy crawlall --scrapyd`` into a fresh SQLite store twice: with one node pinned to core 0
(``taskset``), and with two nodes pinned to cores 0 and 1. Articles/s is stored articles over
the run's wall time. CPU per article is the CPU time of the nodes' job processes (read from
each Scrapyd process's reaped children) over the stored articles; rows and bytes per article
come from the store. No delay and no autothrottle, as in benchmarks/throughput.py: the figures
are the machine's, not the politeness rules'.

Not a test: figures depend on the machine and on whatever else runs on it (the load average
is printed with them).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import psutil

from crawler.demo.server import serve_directory
from tests.conftest import ROOT
from tests.support.scrapyd_nodes import Node, build_egg, start_node
from tests.support.sitegen import generate_site

POLLS_PER_DAY = 96  # the README's cron line: every 15 minutes
LISTING_REQUESTS_PER_POLL = 2  # one feed (mostly 304 Not Modified) and robots.txt


@dataclass
class Result:
    nodes: int
    articles: int
    seconds: float
    cpu_seconds: float
    pages: int
    rows: int
    store_bytes: int

    @property
    def rate(self) -> float:
        return self.articles / self.seconds


def children_cpu(node: Node) -> float:
    times = psutil.Process(node.process.pid).cpu_times()
    return float(times.children_user + times.children_system)


def store_figures(path: Path) -> tuple[int, int, int, int]:
    """(articles, rows in every table, bytes on disk, article pages fetched) of the store
    after its two runs (crawl, then nothing new), checkpointed."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_")
        ]
        rows = sum(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        # Requests of the article pages: the first run's, less what the run that found
        # nothing new fetched (listings, robots.txt).
        first, idle = (
            conn.execute(
                "SELECT coalesce(sum(pages_fetched), 0) FROM run_sources WHERE run_id = ?", [r]
            ).fetchone()[0]
            for r in (1, 2)
        )
    finally:
        conn.close()
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
    return int(articles), rows, size, int(first) - int(idle)


def crawlall(store: Path, sources_toml: Path, started: list[Node]) -> tuple[float, float]:
    """Run ``crawlall --scrapyd`` on the nodes; (wall seconds, CPU seconds of their jobs)."""
    before = sum(children_cpu(n) for n in started)
    command = [
        sys.executable, "-m", "scrapy", "crawlall",
        "--scrapyd", ",".join(n.url for n in started),
        "-s", f"NEWS_DB={store}", "-s", f"NEWS_SOURCES={sources_toml}",
        "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "NEWS_WORKERS=1", "-s", "NEWS_SCRAPYD_POLL_SECONDS=0.3",
        "-L", "WARNING",
    ]  # fmt: skip
    t0 = time.perf_counter()
    done = subprocess.run(
        command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False
    )
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"crawlall exited {done.returncode}")
    return seconds, sum(children_cpu(n) for n in started) - before


def run(work: Path, egg: Path, sources_toml: Path, cores: list[int]) -> tuple[Result, float]:
    """The crawl on nodes pinned to ``cores``, and the CPU seconds of a second run that finds
    nothing new (what every poll of a source costs: a job's start, its listings, its rows)."""
    store = work / f"store-{len(cores)}" / "news.db"
    store.parent.mkdir(parents=True)
    started: list[Node] = []
    try:
        for i, core in enumerate(cores):
            started.append(start_node(work / f"nodes-{len(cores)}" / f"n{i}", 2, cpus=[core]))
            started[-1].deploy(egg)
        seconds, cpu = crawlall(store, sources_toml, started)
        _, idle_cpu = crawlall(store, sources_toml, started)
    finally:
        for node in started:
            node.stop()
    articles, rows, size, pages = store_figures(store)
    return Result(len(cores), articles, seconds, cpu, pages, rows, size), idle_cpu


@dataclass
class Costs:
    """Per-article and per-poll costs measured on one node."""

    poll_cpu: float  # CPU seconds of one source's job that finds nothing new
    article_cpu: float  # CPU seconds per stored article beyond that
    requests: float  # requests per stored article (the article page and its share of listings)
    rows: float  # database rows per article (articles, pages, FTS, signatures, buckets, …)
    bytes: float  # store bytes per article


def capacity(sources: int, per_day: float, costs: Costs) -> list[str]:
    """The model of docs/scale-out.md for ``sources`` feeds of ``per_day`` new articles each,
    each polled every 15 minutes as one Scrapyd job."""
    articles = sources * per_day
    polls = sources * POLLS_PER_DAY
    requests = polls * LISTING_REQUESTS_PER_POLL + articles * costs.requests
    poll_cores = polls * costs.poll_cpu / 86_400
    article_cores = articles * costs.article_cpu / 86_400
    writes = articles * costs.rows + polls  # + one run_sources row per poll
    return [
        f"{sources:,} sources x {per_day:g} articles/day = {articles:,.0f} articles/day, "
        f"{polls:,} polls/day:",
        f"  requests/day {requests:,.0f} ({requests / 86_400:.1f}/s)",
        f"  cores busy all day: {article_cores:.2f} for extraction and storing, "
        f"{poll_cores:.1f} for starting one job per poll",
        f"  database rows written/s {writes / 86_400:.1f} (average)",
        f"  disk {articles * costs.bytes / 1e9:.2f} GB/day",
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=6)
    parser.add_argument("--articles", type=int, default=30, help="articles per source")
    parser.add_argument(
        "--per-day", type=float, default=20.0, help="new articles per source and day (model)"
    )
    args = parser.parse_args(argv)
    if (os.cpu_count() or 1) < 2:
        raise SystemExit("needs two cores to pin two nodes")
    with tempfile.TemporaryDirectory(prefix="scale-out-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        lines = []
        for i in range(args.sources):
            folder = work / "sites" / f"s{i}"
            base = stack.enter_context(serve_directory(folder, host=f"127.0.0.{i + 2}"))
            manifest = generate_site(folder, args.articles, seed=100 + i, base_url=base)
            lines.append(f'[sources.s{i}]\nfeeds = ["{manifest.feed_url}"]\n')
        toml = "\n".join(lines)
        sources_toml = work / "sources.toml"
        sources_toml.write_text(toml, encoding="utf-8")
        egg = build_egg(work / "build", toml)
        load = os.getloadavg()
        one, idle_cpu = run(work, egg, sources_toml, [0])
        two, _ = run(work, egg, sources_toml, [0, 1])
        load_after = os.getloadavg()
    print(f"load average before {load[0]:.1f}, after {load_after[0]:.1f} ({os.cpu_count()} cores)")
    for r in (one, two):
        print(
            f"{r.nodes} node(s), one core each: {r.articles} articles in {r.seconds:.1f} s = "
            f"{r.rate:.2f} articles/s; job CPU {r.cpu_seconds:.1f} s "
            f"({r.cpu_seconds / r.articles * 1000:.0f} ms/article)"
        )
    print(f"two nodes / one node: {two.rate / one.rate:.2f}x (target >= 1.7x)")
    poll_cpu = idle_cpu / args.sources
    costs = Costs(
        poll_cpu=poll_cpu,
        article_cpu=max(0.0, one.cpu_seconds - idle_cpu) / one.articles,
        requests=one.pages / one.articles,
        rows=one.rows / one.articles,
        bytes=one.store_bytes / one.articles,
    )
    print(
        f"per poll of a source with nothing new (one job): {poll_cpu:.2f} s CPU; per article "
        f"beyond that: {costs.article_cpu * 1000:.0f} ms CPU, {costs.requests:.2f} requests, "
        f"{costs.rows:.1f} rows, {costs.bytes / 1024:.1f} KiB on disk "
        f"({costs.bytes * 1e6 / 1e9:.1f} GB per million articles)"
    )
    for sources in (10_000, 100_000):
        for line in capacity(sources, args.per_day, costs):
            print(line)


if __name__ == "__main__":
    main()
