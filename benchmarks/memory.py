"""Peak memory of one long Newsloom crawl, sampled over its whole process tree.

    python -m benchmarks.memory --pages 100000
    python -m benchmarks.memory --per-url          # seconds: bytes the main process keeps per URL

Generates a site of ``--pages`` articles (tests/support/sitegen.py, paragraphs not kept in the
manifest), serves it from a separate process on 127.0.0.1, crawls its sitemap index with
``scrapy crawl news`` and the local-host overrides of benchmarks/throughput.py, and prints the
tree's peak RSS (shared pages counted in each process) and PSS (shared pages split), and the
main process's RSS at each tenth of the run, so growth over the run is visible. Not a test.

``--per-url`` crawls nothing: it reads generated Google News sitemaps of 1,000 entries one
at a time through the news spider's ``parse_sitemap`` in this process and prints, from
tracemalloc, the bytes per listed URL while its request is queued and after its article is
accounted for (what the pending-articles tracker and the crawl's dupefilter keep for the rest
of the run), with the largest sources. Those
bytes times the URLs a run lists are its main-process growth, whatever the site.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

import psutil

from benchmarks.throughput import FAST, ROOT, count_rows, fmt_mb, run_crawl, start_server
from tests.support.sitegen import generate_site


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="keep site, database and log in this folder")
    parser.add_argument("--per-url", action="store_true", help="bytes kept per listed URL")
    args = parser.parse_args(argv)
    if args.per_url:
        per_url()
        return
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
        # A source's time budget (NEWS_SOURCE_TIME_BUDGET, 600 s by default) would stop a long
        # crawl part-way with its articles pending: this benchmark measures the whole crawl.
        overrides = [x for s in (*FAST, "NEWS_SOURCE_TIME_BUDGET=0") for x in ("-s", s)]
        processes = ProcessLog(exclude=server.pid)
        processes.start()
        run = run_crawl(
            ["crawl", "news", "-a", f"sitemap={manifest.sitemap_url}", "-s", f"NEWS_DB={db}",
             *overrides],
            ROOT,
            psutil.Process(server.pid),
            work / "news.log",
        )  # fmt: skip
        run.articles = count_rows(db)
        processes.stop.set()
        processes.join()
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
    processes.report()
    print(check_rows(db, [a.url for a in manifest.articles]))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


class ProcessLog(threading.Thread):
    """Every process of the crawl's tree, its RSS and PSS every ``interval`` seconds.

    Apart from the crawl's own monitor: it shows whether the workers grow over the run and
    whether they are replaced (a new pid), which one peak figure does not.
    """

    def __init__(self, exclude: int, interval: float = 30.0) -> None:
        super().__init__(daemon=True)
        self.exclude = exclude
        self.interval = interval
        self.stop = threading.Event()
        # pid -> its samples (seconds, rss, pss); the crawl is this process's other child.
        self.samples: dict[int, list[tuple[float, int, int]]] = {}
        self.roles: dict[int, str] = {}

    def run(self) -> None:
        t0 = time.monotonic()
        me = psutil.Process(os.getpid())
        while not self.stop.wait(self.interval):
            for child in me.children():
                if child.pid == self.exclude:
                    continue
                try:
                    tree = [child, *child.children(recursive=True)]
                except psutil.NoSuchProcess:
                    continue
                for proc in tree:
                    try:
                        full = proc.memory_full_info()
                        if proc.pid not in self.roles:
                            self.roles[proc.pid] = _role(proc, child.pid)
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        continue
                    now = time.monotonic() - t0
                    self.samples.setdefault(proc.pid, []).append((now, full.rss, full.pss))

    def report(self) -> None:
        """One line per process; the workers (one per NEWS_WORKER_MAX_TASKS pages) as one."""
        print(f"processes of the crawl (sampled every {self.interval:.0f} s): RSS / PSS")
        workers = [rows for pid, rows in self.samples.items() if self.roles[pid] == "worker"]
        for pid, rows in self.samples.items():
            if self.roles[pid] == "worker":
                continue
            (t_first, rss0, pss0), (t_last, rss1, pss1) = rows[0], rows[-1]
            peak = max(r[2] for r in rows)
            print(
                f"  {self.roles[pid]:10} pid {pid}: {t_first:.0f}s {fmt_mb(rss0)} / {fmt_mb(pss0)}"
                f" -> {t_last:.0f}s {fmt_mb(rss1)} / {fmt_mb(pss1)}; peak PSS {fmt_mb(peak)}"
            )
        if workers:
            rss = [r[1] for rows in workers for r in rows]
            pss = [r[2] for rows in workers for r in rows]
            print(
                f"  workers: {len(workers)} processes, RSS {fmt_mb(min(rss))}-{fmt_mb(max(rss))},"
                f" PSS {fmt_mb(min(pss))}-{fmt_mb(max(pss))}"
            )


def _role(proc: psutil.Process, main_pid: int) -> str:
    if proc.pid == main_pid:
        return "main"
    if proc.ppid() != main_pid:
        return "worker"  # forked by the forkserver
    cmdline = " ".join(proc.cmdline())
    return next((r for r in ("forkserver", "resource_tracker") if r in cmdline), "helper")


def check_rows(db: Path, listed: list[str]) -> str:
    """Stored rows against the listed URLs: none missing, none twice, nothing else."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        urls = [row[0] for row in conn.execute("SELECT url FROM articles")]
        pending_rows = conn.execute("SELECT count(*) FROM pending_articles").fetchone()[0]
    stored = set(urls)
    return (
        f"rows {len(urls)}, distinct URLs {len(stored)}, listed {len(listed)},"
        f" listed and stored {len(stored & set(listed))}, stored but not listed"
        f" {len(stored - set(listed))}, pending rows {pending_rows}"
    )


def _sitemap(k: int, entries: int) -> bytes:
    """A Google News sitemap of the shape sitegen writes (loc, news:title, dates)."""
    rows = "".join(
        f"<url><loc>http://127.0.0.1:8000/articles/2025/06/sitemap-{k}-story-number-{i}"
        f"-about-the-council-budget-and-what-it-means-{k * entries + i}.html</loc>"
        "<news:news><news:publication><news:name>Local</news:name>"
        "<news:language>de</news:language></news:publication>"
        f"<news:publication_date>2025-06-{1 + i % 28:02d}T08:{i % 60:02d}:00+02:00"
        "</news:publication_date>"
        f"<news:title>Stadtrat beschließt Haushalt {k}-{i}: was sich für Familien ändert"
        "</news:title></news:news><lastmod>2025-06-30T17:52:00+02:00</lastmod></url>"
        for i in range(entries)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + rows + "</urlset>"
    ).encode()


def per_url(sitemaps: int = 10, entries: int = 1000, warm_up: int = 5) -> None:
    """Bytes per listed URL: queued (request, pending record, dupefilter) and after.

    Sitemaps are read one at a time, as the crawl's frontier releases them, each request
    fingerprinted by the crawl's dupefilter and its article then accounted for. ``warm_up``
    sitemaps first fill the bounded caches (canonical URLs, 4,096 entries), which are not
    growth; "after" is what the next ``sitemaps`` leave behind, divided by their URLs.
    """
    from scrapy import Request
    from scrapy.http import XmlResponse
    from scrapy.utils.misc import build_from_crawler, load_object
    from scrapy.utils.reactor import install_reactor

    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    from crawler.extensions.pending import PendingArticles
    from crawler.spiders.news import NewsSpider
    from tests.unit.components import crawler_for

    crawler = crawler_for(NEWS_DB=":memory:")
    spider = NewsSpider.from_crawler(crawler, sitemap="http://127.0.0.1:8000/sitemap.xml")
    pending = spider.pending = PendingArticles.from_crawler(crawler)
    dupefilter = build_from_crawler(load_object(crawler.settings["DUPEFILTER_CLASS"]), crawler)
    print(f"dupefilter: {type(dupefilter).__module__}.{type(dupefilter).__name__}")

    def read(k: int) -> list[Request]:
        url = f"http://127.0.0.1:8000/sitemap-{k}.xml"
        request = Request(url, meta={"news_kind": "sitemap"})
        response = XmlResponse(url, body=_sitemap(k, entries), request=request)
        queued = list(spider.parse_sitemap(response))
        for article in queued:
            dupefilter.request_seen(article)
        return queued

    def finish(queued: list[Request]) -> None:
        # Each article accounted for (stored and read back, or dropped for a content
        # reason), as nearly all of a crawl's articles are.
        for article in queued:
            pending.done(article.meta["news_article"])
        queued.clear()

    # Traced from the start, so that what the caches evict after the warm-up counts as freed.
    tracemalloc.start()
    for k in range(warm_up):
        finish(read(k))
    gc.collect()
    before = tracemalloc.take_snapshot()
    for k in range(warm_up, warm_up + sitemaps - 1):
        finish(read(k))
    gc.collect()
    ahead = tracemalloc.take_snapshot()
    last = read(warm_up + sitemaps - 1)
    held = tracemalloc.take_snapshot()
    finish(last)
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    n = sitemaps * entries
    for label, snap, base, urls in (
        ("while queued (one sitemap's requests)", held, ahead, entries),
        ("kept after its article is accounted for", after, before, n),
    ):
        diff = snap.compare_to(base, "lineno")
        total = sum(d.size_diff for d in diff)
        print(f"per listed URL, {label}: {total / urls:.0f} bytes ({urls} URLs)")
        for d in diff[:6]:
            frame = d.traceback[0]
            where = frame.filename.rsplit("site-packages/", 1)[-1].replace(str(ROOT) + "/", "")
            print(f"  {d.size_diff / urls:6.0f}  {where}:{frame.lineno}")


if __name__ == "__main__":
    main()
