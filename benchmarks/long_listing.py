"""Memory and order of one very long feed, with and without NEWS_LISTING_MAX_ENTRIES.

    python -m benchmarks.long_listing --entries 200000 --budget 40

Serves an RSS feed of ``--entries`` items from the fault server (tests/support/faultserver.py;
every article answers 404 at once, so the cost measured is the listing's, not extraction's),
crawls it with ``scrapy crawl news`` twice, each stopped by NEWS_SOURCE_TIME_BUDGET: as before
issue 17 (no entry cap, Scrapy's LIFO queues) and with the defaults (NEWS_LISTING_MAX_ENTRIES,
FIFO queues). Prints the crawl process's peak RSS, the requests queued, the articles requested,
and the highest listing position among the first 100 requested (low: listing order; near the
end: the newest-first starvation). Not a test; figures depend on the machine's load.

feedparser reads the whole body on the reactor thread before the first entry is taken: with
200,000 entries (17 MB) that took about 170 s here, and the time budget fired only after it.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from tests.support import faultserver as fs
from tests.support.harness import run_crawl


def _requested_order(srv: fs.FaultServer) -> list[int]:
    times = [(t[0], int(p.rsplit("/", 1)[1])) for p, t in srv.times.items() if p.startswith("/a/")]
    return [n for _, n in sorted(times)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--budget", type=float, default=40.0, help="NEWS_SOURCE_TIME_BUDGET, s")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="newsloom-long-listing-"))
    lifo = ("-s", "SCHEDULER_MEMORY_QUEUE=scrapy.squeues.LifoMemoryQueue")
    for label, extra in (("before (no cap, LIFO)", ("-s", "NEWS_LISTING_MAX_ENTRIES=0", *lifo)),
                         ("after (defaults)", ())):  # fmt: skip
        with fs.fault_server() as srv:
            feed = fs.rss(srv.base, [f"/a/{i}" for i in range(args.entries)])
            srv.route("/feed.xml", fs.send(body=feed, content_type="application/rss+xml"))
            try:
                result = run_crawl(
                    work / f"{len(extra)}.db",
                    "-a", f"feed={srv.url('/feed.xml')}",
                    *extra,
                    "-s", f"NEWS_SOURCE_TIME_BUDGET={args.budget}",
                    "-s", "CONCURRENT_REQUESTS=32",
                    # 200,000 items are about 17 MB, over the 10 MiB default.
                    "-s", "DOWNLOAD_MAXSIZE=134217728",
                    "-s", "LOG_LEVEL=INFO",
                    timeout=args.budget * 4 + 120,
                    log_dir=work,
                    memory=True,
                )  # fmt: skip
            except TimeoutError:
                print(f"{label}: the crawl did not end within {args.budget * 4 + 120:.0f} s")
                continue
            order = _requested_order(srv)
        enqueued = re.search(r"'scheduler/enqueued': (\d+)", result.stderr)
        print(
            f"{label}: feed {len(feed) / 1e6:.1f} MB, {args.entries} entries; "
            f"peak RSS of the crawl process {result.peak_rss / 2**20:.0f} MB "
            f"(tree {result.peak_tree_rss / 2**20:.0f} MB); "
            f"{enqueued.group(1) if enqueued else '?'} requests queued; "
            f"{len(order)} articles requested in {result.seconds:.0f} s, "
            f"highest listing position among the first 100: {max(order[:100], default=-1)}",
            flush=True,
        )


if __name__ == "__main__":
    main()
