"""Peak memory of one long Newsloom crawl, sampled over its whole process tree.

    python -m benchmarks.memory --pages 100000
    python -m benchmarks.memory --per-url          # seconds: bytes the main process keeps per URL

Generates a site of ``--pages`` articles (tests/support/sitegen.py, paragraphs not kept in the
manifest), serves it from a separate process on 127.0.0.1, crawls its sitemap index with
``scrapy crawl news`` and the local-host overrides of benchmarks/throughput.py, and prints the
tree's peak RSS (shared pages counted in each process) and PSS (shared pages split), and the
main process's RSS at each tenth of the run, so growth over the run is visible. Not a test.

``--per-url`` crawls nothing: it reads 10 generated Google News sitemaps of 1,000 entries
each through the news spider's ``parse_sitemap`` in this process and prints, from tracemalloc,
the bytes per listed URL while its request is queued and after (what the pending-articles
tracker and Scrapy's dupefilter keep for the rest of the run), with the largest sources. Those
bytes times the URLs a run lists are its main-process growth, whatever the site.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import tempfile
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


def per_url(sitemaps: int = 10, entries: int = 1000) -> None:
    """Bytes per listed URL: queued (request, pending record, dupefilter) and after."""
    from scrapy import Request
    from scrapy.dupefilters import RFPDupeFilter
    from scrapy.http import XmlResponse
    from scrapy.utils.reactor import install_reactor

    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    from crawler.extensions.pending import PendingArticles
    from crawler.spiders.news import NewsSpider
    from tests.unit.components import crawler_for

    crawler = crawler_for(NEWS_DB=":memory:")
    spider = NewsSpider.from_crawler(crawler, sitemap="http://127.0.0.1:8000/sitemap.xml")
    spider._pending = PendingArticles.from_crawler(crawler)
    dupefilter = RFPDupeFilter.from_crawler(crawler)
    bodies = [_sitemap(k, entries) for k in range(sitemaps)]
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    queued: list[Request] = []
    for k, body in enumerate(bodies):
        url = f"http://127.0.0.1:8000/sitemap-{k}.xml"
        request = Request(url, meta={"news_kind": "sitemap"})
        queued.extend(spider.parse_sitemap(XmlResponse(url, body=body, request=request)))
    for request in queued:
        dupefilter.request_seen(request)
    n = len(queued)
    held = tracemalloc.take_snapshot()
    queued.clear()
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    for label, snap in (("while queued", held), ("after its request is done", after)):
        diff = snap.compare_to(before, "lineno")
        total = sum(d.size_diff for d in diff)
        print(f"per listed URL, {label}: {total / n:.0f} bytes ({n} URLs)")
        for d in diff[:6]:
            frame = d.traceback[0]
            where = frame.filename.rsplit("site-packages/", 1)[-1].replace(str(ROOT) + "/", "")
            print(f"  {d.size_diff / n:6.0f}  {where}:{frame.lineno}")


if __name__ == "__main__":
    main()
