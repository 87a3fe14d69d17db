"""CPU per page of the extraction worker's one call, by stage, on a fixed page set.

    python -m benchmarks.worker_cost --pages 300 [--rounds 3] [--listings]

Generates the same local news site as benchmarks/throughput.py (tests/support/sitegen.py,
``--seed``), builds each page's ``PageJob`` as ``ExtractPipeline`` does (every stage on, HTML
kept), and runs ``analyze_page`` on every page in this one process. Prints, as the median of
``--rounds`` rounds, CPU milliseconds per page in all and per stage (the ``seconds`` the worker
reports), plus the cost of crossing the process boundary: pickling the job and the result
(pebble pickles both) and their sizes. ``--listings`` adds the site's section and service pages
(fronts a site crawl reaches), counted apart.

CPU is process time, so other load on the machine moves these figures far less than it moves
articles per second; unlike the crawl benchmark it leaves out Scrapy, downloads and the writer.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from pipelines.extract.worker import PageJob, analyze_page, warm_up
from tests.support.sitegen import generate_site


def load_pages(site: Path, n: int, seed: int, listings: bool) -> list[tuple[str, str, bool]]:
    """(url, html, is_listing) of the generated site's articles, then its listing pages."""
    manifest = generate_site(site, n, seed=seed)
    pages = [(a.url, (site / a.path).read_text(encoding="utf-8"), False) for a in manifest.articles]
    if listings:
        base = manifest.base_url.rstrip("/")
        for url in manifest.listing_urls:
            path = url.removeprefix(base).lstrip("/") or "index.html"
            file = site / path
            if file.is_dir():
                file = file / "index.html"
            if file.is_file():
                pages.append((url, file.read_text(encoding="utf-8"), True))
    return pages


def one_round(pages: list[tuple[str, str, bool]]) -> dict[str, float]:
    """Seconds of CPU (summed over pages) per measured quantity, for one pass."""
    spent: dict[str, float] = defaultdict(float)
    for url, html, is_listing in pages:
        job = PageJob(url=url, html=html, fetched_at="2026-01-01T00:00:00Z", keep_html=True)
        t0 = time.process_time()
        wire = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(wire)
        t1 = time.process_time()
        result = analyze_page(job)
        t2 = time.process_time()
        back = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(back)
        t3 = time.process_time()
        kind = "listing" if is_listing else "article"
        spent[f"{kind}/total"] += t2 - t1
        spent[f"{kind}/ipc"] += (t1 - t0) + (t3 - t2)
        spent[f"{kind}/bytes_in"] += len(wire)
        spent[f"{kind}/bytes_out"] += len(back)
        spent[f"{kind}/drop:{result.drop or 'stored'}"] += 1
        for stage, seconds in result.seconds.items():
            spent[f"{kind}/stage:{stage}"] += seconds
    return spent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--listings", action="store_true")
    args = parser.parse_args(argv)
    warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        pages = load_pages(Path(tmp), args.pages, args.seed, args.listings)
    analyze_page(PageJob(url=pages[0][0], html=pages[0][1]))  # imports and caches
    rounds = [one_round(pages) for _ in range(args.rounds)]
    counts = Counter(is_listing for _, _, is_listing in pages)
    for kind, n in (("article", counts[False]), ("listing", counts[True])):
        if not n:
            continue
        keys = sorted({k for r in rounds for k in r if k.startswith(f"{kind}/")})
        print(f"== {kind} pages: {n}, median of {args.rounds} rounds ==")
        for key in keys:
            values = [r.get(key, 0.0) / n for r in rounds]
            name = key.split("/", 1)[1]
            if name.startswith("drop:"):
                print(f"  {name:<22} {values[0] * n:8.0f} pages")
            elif name.startswith("bytes"):
                print(f"  {name:<22} {statistics.median(values) / 1000:8.1f} KB/page")
            else:
                print(f"  {name:<22} {statistics.median(values) * 1000:8.2f} ms CPU/page")


if __name__ == "__main__":
    main()
