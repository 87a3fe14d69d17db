"""Peak memory of one long Newsloom crawl, sampled over its whole process tree.

    python -m benchmarks.memory --pages 100000

Generates a site of ``--pages`` articles (tests/support/sitegen.py, paragraphs not kept in the
manifest), serves it from a separate process on 127.0.0.1, crawls its sitemap index with
``scrapy crawl news`` and the local-host overrides of benchmarks/throughput.py, and prints the
tree's peak RSS (shared pages counted in each process) and PSS (shared pages split), and the
main process's RSS at each tenth of the run, so growth over the run is visible. Not a test.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import psutil

from benchmarks.throughput import FAST, ROOT, count_rows, fmt_mb, run_crawl, start_server
from tests.support.sitegen import generate_site


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="keep site, database and log in this folder")
    args = parser.parse_args(argv)
    work = Path(args.keep or tempfile.mkdtemp(prefix="newsloom-memory-"))
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    site.mkdir(parents=True)
    server, base_url = start_server(site)
    try:
        manifest = generate_site(
            site, args.pages, seed=args.seed, base_url=base_url, keep_paragraphs=False
        )
        print(f"site: {args.pages} articles at {base_url} (work folder {work})", flush=True)
        db = work / "news.db"
        overrides = [x for s in FAST for x in ("-s", s)]
        run = run_crawl(
            ["crawl", "news", "-a", f"sitemap={manifest.sitemap_url}", "-s", f"NEWS_DB={db}",
             *overrides],
            ROOT,
            psutil.Process(server.pid),
            work / "news.log",
        )  # fmt: skip
        run.articles = count_rows(db)
    finally:
        server.terminate()
        server.wait()
    usage = run.usage
    print(f"articles stored: {run.articles} of {args.pages} in {run.elapsed:.0f} s "
          f"({run.rate:.1f} articles/s)")  # fmt: skip
    print(
        f"peak tree RSS (summed): {fmt_mb(usage.peak_rss)}; peak tree PSS: {fmt_mb(usage.peak_pss)}"
    )
    samples = usage.main_rss
    if samples:
        tenths = [samples[min(len(samples) - 1, i * len(samples) // 10)] for i in range(10)]
        trend = ", ".join(f"{t:.0f}s {fmt_mb(rss)}" for t, rss in [*tenths, samples[-1]])
        print(f"main-process RSS over the run: {trend}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
