"""Time trafilatura.extract on generated news pages in one process.

    python -m benchmarks.extract_speed -n 300

Prints the median and 90th percentile milliseconds per page and pages per second, so the
extraction stage can be sized (worker count) against the crawl rate.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import trafilatura

from tests.support.sitegen import generate_site


def time_extraction(site: Path, n: int, seed: int) -> list[float]:
    """Seconds per page, pages read into memory first so disk I/O is not measured."""
    manifest = generate_site(site, n, seed=seed)
    pages = [(a.url, (site / a.path).read_text(encoding="utf-8")) for a in manifest.articles]
    trafilatura.extract(pages[0][1], url=pages[0][0])  # warm-up: imports and caches
    times = []
    for url, page in pages:
        t0 = time.perf_counter()
        trafilatura.extract(page, url=url)
        times.append(time.perf_counter() - t0)
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--pages", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        times = time_extraction(Path(tmp), args.pages, args.seed)
    times.sort()
    median = statistics.median(times)
    p90 = times[int(len(times) * 0.9) - 1]
    print(
        f"trafilatura {trafilatura.__version__}: {len(times)} pages, median "
        f"{median * 1000:.1f} ms/page, p90 {p90 * 1000:.1f} ms, "
        f"{len(times) / sum(times):.1f} pages/s (one process)"
    )


if __name__ == "__main__":
    main()
