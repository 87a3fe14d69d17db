"""CPU per article into SQLite and into PostgreSQL on one node (issue 14: within 1.3x).

Two measurements, each on both stores:

- a crawl of a generated news site (tests/support/sitegen.py) served from 127.0.0.1: the CPU
  of the crawl's whole process tree (reactor, extraction workers) per stored article, plus, for
  PostgreSQL, the CPU of the server's processes during the crawl (on one node the server shares
  the machine, so its work is part of what an article costs);
- the writer path alone (StorePipeline's batches: copy lookup and index, upserts of the article
  and its page, line statistics), as benchmarks/storecost.py measures it, on the crawl's own
  rows written again under new URLs, best of three rounds.

The PostgreSQL cluster is a throwaway one (tests/support/postgres.py) with its durable defaults
(fsync on); SQLite runs as Newsloom opens it (WAL, synchronous=NORMAL).

    python -m benchmarks.pgcost --pages 300
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import psutil
import psycopg

from benchmarks.storecost import load_samples, prepared_writes, write_batches
from benchmarks.throughput import FAST, ROOT, count_rows, run_crawl, start_server
from tests.support.postgres import cluster, fresh_database
from tests.support.sitegen import generate_site

ROUNDS = 3


def server_cpu(url: str) -> float:
    """CPU seconds used so far by the PostgreSQL server: the postmaster, its live processes and
    the processes that have ended (reaped children)."""
    with psycopg.connect(url) as conn:
        pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]  # type: ignore[index]
        postmaster = psutil.Process(pid).parent()
    assert postmaster is not None
    times = postmaster.cpu_times()
    total = times.user + times.system + times.children_user + times.children_system
    for child in postmaster.children():
        try:
            t = child.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += t.user + t.system
    return total


def count_pg_rows(url: str) -> int:
    with psycopg.connect(url) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])  # type: ignore[index]


def write_path(
    store: str, samples: list[dict[str, Any]], n: int, tag: str, server: str | None
) -> tuple[float, float, float]:
    """(client CPU, server CPU, wall) seconds per article for ``n`` articles written in
    StorePipeline's batches into ``store``."""
    db, pipeline, items = prepared_writes(store, samples, n, tag, np.random.default_rng(1))
    s0 = server_cpu(server) if server else 0.0
    t0, c0 = time.perf_counter(), time.process_time()
    write_batches(db, pipeline, items)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    s1 = server_cpu(server) if server else 0.0
    db.close()
    return cpu / n, (s1 - s0) / n, wall / n


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--writes", type=int, default=1000, help="articles per writer round")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="keep the site and databases in this folder")
    parser.add_argument(
        "--writer-only", type=Path, metavar="DB", help="skip the crawls: write this crawl's rows"
    )
    args = parser.parse_args(argv)
    if args.writer_only:
        with cluster(durable=True) as server_url:
            writer_path(server_url, load_samples(args.writer_only), args.writes, args.writer_only)
        return
    work = Path(args.keep or tempfile.mkdtemp(prefix="newsloom-pgcost-"))
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    for old in work.glob("*.db*"):
        old.unlink()
    site.mkdir(parents=True)
    web, base_url = start_server(site)
    try:
        with cluster(durable=True) as server_url:
            manifest = generate_site(site, args.pages, seed=args.seed, base_url=base_url)
            overrides = [x for s in FAST for x in ("-s", s)]
            srv = psutil.Process(web.pid)
            lite = work / "news.db"
            pg = fresh_database(server_url)
            print(f"site: {args.pages} articles; work folder {work}", flush=True)
            crawls = {}
            for name, store in (("sqlite", str(lite)), ("postgresql", pg)):
                s0 = server_cpu(server_url) if name == "postgresql" else 0.0
                crawl_args = ["crawl", "news", "-a", f"sitemap={manifest.sitemap_url}"]
                run = run_crawl(
                    [*crawl_args, "-s", f"NEWS_DB={store}", *overrides],
                    ROOT,
                    srv,
                    work / f"{name}.log",
                )
                s1 = server_cpu(server_url) if name == "postgresql" else 0.0
                run.articles = count_rows(lite) if name == "sqlite" else count_pg_rows(pg)
                crawls[name] = (run, s1 - s0)
                per = run.usage.cpu / max(run.articles, 1) * 1000
                srv_per = (s1 - s0) / max(run.articles, 1) * 1000
                print(
                    f"crawl into {name:<10}: {run.articles} articles, {run.rate:5.1f} articles/s;"
                    f" CPU {per:6.2f} ms/article (crawl tree) + {srv_per:5.2f} (database server)"
                    f" = {per + srv_per:6.2f} ms/article",
                    flush=True,
                )
            (lr, _), (pr, ps) = crawls["sqlite"], crawls["postgresql"]
            lite_cpu = lr.usage.cpu / max(lr.articles, 1)
            pg_cpu = (pr.usage.cpu + ps) / max(pr.articles, 1)
            print(f"crawl CPU per article, PostgreSQL / SQLite: {pg_cpu / lite_cpu:5.2f} x")

            writer_path(server_url, load_samples(lite), args.writes, work / "writes.db")
    finally:
        web.terminate()
        web.wait()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def writer_path(server_url: str, samples: list[dict[str, Any]], n: int, folder: Path) -> None:
    """Print the writer path's CPU per article into a new SQLite file and PostgreSQL database."""
    costs = {}
    lite = folder.parent / "writes.db" if folder.suffix == ".db" else folder
    for suffix in ("", "-wal", "-shm"):
        Path(f"{lite}{suffix}").unlink(missing_ok=True)
    for name in ("sqlite", "postgresql"):
        store = str(lite) if name == "sqlite" else fresh_database(server_url)
        server = server_url if name == "postgresql" else None
        rounds = [write_path(store, samples, n, f"{r}", server) for r in range(ROUNDS)]
        client, srv_cpu, wall = min(rounds, key=lambda r: r[0] + r[1])
        costs[name] = client + srv_cpu
        print(
            f"writer path into {name:<10}: {client * 1000:5.2f} ms CPU/article"
            f" + {srv_cpu * 1000:5.2f} server = {(client + srv_cpu) * 1000:5.2f};"
            f" wall {wall * 1000:5.2f} ms/article (best of {ROUNDS} x {n})",
            flush=True,
        )
    print(
        "writer CPU per article, PostgreSQL / SQLite:"
        f" {costs['postgresql'] / costs['sqlite']:5.2f} x"
    )


if __name__ == "__main__":
    main()
