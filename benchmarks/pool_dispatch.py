"""The crawl process's CPU per page for handing pages to the extraction workers and back.

    python -m benchmarks.pool_dispatch --pages 3000

Generates ``--pages`` article pages (tests/support/sitegen.py) and sends each through the
extraction pool (pipelines/extract/pool.py) to workers that answer at once with a result of a
real result's shape, so what is measured is only the dispatch: pickling the job, the pipes, the
dispatcher thread, unpickling the result and waking the asyncio loop. Prints the crawl process's
CPU ms per page (all its threads) with the page sent as its UTF-8 bytes (what the spider
hands over for a valid UTF-8 page) and as decoded text (the pickle encodes it anew).

Not a test: figures depend on the machine and on whatever else runs on it.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import resource
import tempfile
import time
from pathlib import Path

from pipelines.extract.jobs import PageJob
from pipelines.extract.pool import PagePool
from tests.support.pooljobs import nothing, sized
from tests.support.sitegen import generate_site


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _measure(pool: PagePool, pages: list[tuple[str, bytes]], as_bytes: bool) -> float:
    await pool.run(PageJob(url="warm-up", html=""))
    limit = asyncio.Semaphore(64)  # about the items Scrapy keeps in its pipelines

    async def one(url: str, body: bytes) -> None:
        # Decoded as the spider decodes it: counted in both variants.
        async with limit:
            html = body.decode("utf-8")
            await pool.run(PageJob(url=url, html=html, utf8=body if as_bytes else None))

    started = _cpu()
    await asyncio.gather(*(one(url, body) for url, body in pages))
    return (_cpu() - started) / len(pages) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsloom-pool-") as tmp:
        site = Path(tmp)
        manifest = generate_site(site, args.pages, seed=0, base_url="http://127.0.0.1:1")
        pages = [(a.url, (site / a.path).read_bytes()) for a in manifest.articles]
    size = sum(len(body) for _, body in pages) / len(pages)
    context = multiprocessing.get_context("forkserver")
    print(f"{len(pages)} pages of {size / 1000:.0f} kB on average, {args.workers} workers")
    for as_bytes in (True, False, True, False):
        pool = PagePool(
            context, workers=args.workers, timeout=60, max_tasks=500, work=sized, init=nothing
        )
        pool.start()
        wall = time.monotonic()
        try:
            ms = asyncio.run(_measure(pool, pages, as_bytes))
        finally:
            pool.close(timeout=30)
        label = "UTF-8 bytes " if as_bytes else "decoded text"
        print(
            f"page sent as {label}: crawl process {ms:.3f} ms CPU per page"
            f" (with the decode), {time.monotonic() - wall:.1f} s wall"
        )


if __name__ == "__main__":
    main()
