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
    """(articles, rows in every table, bytes on disk, pages fetched) of the store after a
    checkpoint."""
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
        pages = conn.execute("SELECT coalesce(sum(pages_fetched), 0) FROM run_sources").fetchone()
    finally:
        conn.close()
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
    return int(articles), rows, size, int(pages[0])


def run(work: Path, egg: Path, sources_toml: Path, cores: list[int]) -> Result:
    store = work / f"store-{len(cores)}" / "news.db"
    store.parent.mkdir(parents=True)
    started: list[Node] = []
    try:
        for i, core in enumerate(cores):
            started.append(start_node(work / f"nodes-{len(cores)}" / f"n{i}", 2, cpus=[core]))
            started[-1].deploy(egg)
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
        cpu = sum(children_cpu(n) for n in started) - before
    finally:
        for node in started:
            node.stop()
    if done.returncode != 0:
        raise SystemExit(f"crawlall exited {done.returncode}")
    articles, rows, size, pages = store_figures(store)
    return Result(len(cores), articles, seconds, cpu, pages, rows, size)


def capacity(sources: int, per_day: float, one: Result) -> list[str]:
    """The model of docs/scale-out.md for ``sources`` feeds of ``per_day`` new articles each."""
    articles = sources * per_day
    requests = sources * POLLS_PER_DAY * LISTING_REQUESTS_PER_POLL + articles * (
        one.pages / one.articles
    )
    cpu = articles * one.cpu_seconds / one.articles
    writes = articles * one.rows / one.articles + sources * POLLS_PER_DAY  # + run_sources rows
    return [
        f"{sources:,} sources x {per_day:g} articles/day = {articles:,.0f} articles/day:",
        f"  requests/day {requests:,.0f} ({requests / 86_400:.1f}/s)",
        f"  extraction cores (busy all day) {cpu / 86_400:.2f}",
        f"  database rows written/s {writes / 86_400:.1f} (average)",
        f"  disk per day {articles * one.store_bytes / one.articles / 1e9:.2f} GB",
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
        one = run(work, egg, sources_toml, [0])
        two = run(work, egg, sources_toml, [0, 1])
        load_after = os.getloadavg()
    print(f"load average before {load[0]:.1f}, after {load_after[0]:.1f} ({os.cpu_count()} cores)")
    for r in (one, two):
        print(
            f"{r.nodes} node(s), one core each: {r.articles} articles in {r.seconds:.1f} s = "
            f"{r.rate:.2f} articles/s; job CPU {r.cpu_seconds:.1f} s "
            f"({r.cpu_seconds / r.articles * 1000:.0f} ms/article)"
        )
    print(f"two nodes / one node: {two.rate / one.rate:.2f}x (target >= 1.7x)")
    print(
        f"per article (one node): {one.cpu_seconds / one.articles * 1000:.0f} ms CPU, "
        f"{one.pages / one.articles:.2f} requests, {one.rows / one.articles:.1f} rows, "
        f"{one.store_bytes / one.articles / 1024:.1f} KiB on disk "
        f"({one.store_bytes / one.articles * 1e6 / 1e9:.1f} GB per million articles)"
    )
    for sources in (10_000, 100_000):
        for line in capacity(sources, args.per_day, one):
            print(line)


if __name__ == "__main__":
    main()
