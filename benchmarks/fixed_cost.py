"""The fixed CPU cost of one crawl: start-up and shutdown of the whole process tree.

    python -m benchmarks.fixed_cost [--pages 1,20] [--runs 5] [--against OTHER_CHECKOUT]

Generates the throughput benchmark's site (tests/support/sitegen.py, seed 0), serves it from a
separate process on 127.0.0.1, and runs ``scrapy crawl news`` over a sitemap of its first N
articles, for each N of ``--pages``, ``--runs`` times. With ``--against``, the same crawls run
from another checkout too (the code before a change), alternating the order each round, so a
machine whose speed drifts weighs on both.

Each crawl runs under a child subreaper (Linux's ``PR_SET_CHILD_SUBREAPER``): the processes the
crawl leaves behind when it exits (the workers' fork server, multiprocessing's resource tracker)
are re-parented to it and waited for, so their CPU (user + sys) is counted to its end, as a
sampling monitor (benchmarks/throughput.py) cannot: the fork server's last tenths of a second
come after the crawl process has gone. Printed per crawl and as medians: the whole tree, the
crawl process alone, and the rest (the fork server with the workers it waited for, the resource
tracker). CPU seconds, not wall time: other jobs on the machine do not move them much. Each
checkout's own modules are compiled to bytecode first, as the throughput benchmark's are
(``compile_bytecode``): a deployment does not compile them from source at every start.

Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_PR_SET_CHILD_SUBREAPER = 36


def reap(out: Path, command: list[str]) -> None:
    """Run ``command`` as this process's child, wait for every process of its tree, and write
    the CPU seconds of the tree and of the command's own process to ``out`` (JSON)."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")
    with out.with_suffix(".log").open("wb") as log:
        root = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        own, code = 0.0, None
        while True:
            try:
                pid, status, usage = os.wait4(-1, 0)
            except ChildProcessError:
                break
            if pid == root.pid:
                own, code = usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)
                root.returncode = code
    tree = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = tree.ru_utime + tree.ru_stime
    out.write_text(json.dumps({"code": code, "total": total, "main": own}), encoding="utf-8")


def crawl(checkout: Path, sitemap: str, db: Path) -> dict[str, float]:
    """One crawl from ``checkout`` into a fresh ``db``; its tree's CPU and articles stored."""
    from benchmarks.throughput import FAST

    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(db.parent / "logs", ignore_errors=True)
    overrides = [x for s in FAST for x in ("-s", s)]
    scrapy = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sitemap={sitemap}"]
    out = db.with_suffix(".json")
    reaper = [sys.executable, __file__, "--reap", str(out), "--"]
    # The reaper is this file, whichever checkout the crawl runs from; it imports nothing of it.
    subprocess.run(
        [*reaper, *scrapy, "-s", f"NEWS_DB={db}", *overrides],
        cwd=checkout,
        env={**os.environ, "PYTHONPATH": str(checkout)},
        check=True,
    )
    result = json.loads(out.read_text(encoding="utf-8"))
    if result["code"] != 0:
        raise RuntimeError(f"the crawl from {checkout} failed; see {out.with_suffix('.log')}")
    with sqlite3.connect(db) as con:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    return {"total": result["total"], "main": result["main"], "articles": articles}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="1,20", help="comma-separated crawl sizes")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another checkout to alternate with")
    parser.add_argument("--reap", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("command", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.reap:
        reap(args.reap, args.command)
        return
    from benchmarks.throughput import compile_bytecode, few_pages_sitemap, start_server
    from tests.support.sitegen import generate_site

    checkouts = {"this": ROOT}
    if args.against:
        checkouts["against"] = args.against.resolve()
    for checkout in checkouts.values():
        compile_bytecode(checkout)
    sizes = [int(x) for x in args.pages.split(",") if x.strip()]
    work = Path(tempfile.mkdtemp(prefix="newsloom-fixed-"))
    site = work / "site"
    site.mkdir()
    server, base_url = start_server(site)
    runs: dict[tuple[str, int], list[dict[str, float]]] = {}
    try:
        manifest = generate_site(site, max(sizes) + 5, seed=0, base_url=base_url)
        sitemaps = {}
        for n in sizes:
            url = few_pages_sitemap(site, manifest, n)
            (site / f"sitemap-first-{n}.xml").write_bytes((site / "sitemap-few.xml").read_bytes())
            sitemaps[n] = url.replace("sitemap-few.xml", f"sitemap-first-{n}.xml")
        order = list(checkouts)
        for r in range(args.runs):
            for n in sizes:
                for label in order if r % 2 == 0 else order[::-1]:
                    one = crawl(checkouts[label], sitemaps[n], work / f"{label}-{n}" / "news.db")
                    runs.setdefault((label, n), []).append(one)
                    print(
                        f"{label} {n} pages: tree {one['total']:.2f} s, crawl process"
                        f" {one['main']:.2f} s, {one['articles']} articles",
                        flush=True,
                    )
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
    print(
        "\nmedian CPU s per crawl: the tree = the crawl process + the rest (fork server, workers,"
        " resource tracker)"
    )
    for (label, n), got in sorted(runs.items()):
        total = statistics.median(g["total"] for g in got)
        own = statistics.median(g["main"] for g in got)
        rest = statistics.median(g["total"] - g["main"] for g in got)
        each = ", ".join(f"{g['total']:.2f}" for g in got)
        print(
            f"{label:>8} {n:>4} pages: tree {total:.2f}  crawl process {own:.2f}  rest {rest:.2f}"
            f"  (tree per run: {each})"
        )


if __name__ == "__main__":
    main()
