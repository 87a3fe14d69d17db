"""WARC ingestion throughput against the CPU limit, beside trafilatura alone on the same records.

    python -m benchmarks.warc_ingest --records 500 --runs 3

Generates ``--records`` article pages (tests/support/sitegen.py, ~80 KB each) and writes them
as a CC-NEWS-like WARC (request and response records, one gzip member each). On those records
it measures, in one run:

(a) the reader alone: FastWARC and warcio iterating the file and reading every response body
    (CPU ms per response record), and our read + decode into Articles (crawler/warc/);
(b) ``trafilatura.extract`` alone, in this process (CPU ms per page);
(c) the pipeline's per-article CPU cost, and from it the CPU limit ``cores x 1000 / cost``
    articles/s (what the machine could do if every core did nothing but that work). The
    pipeline is what a page goes through after it is read: extraction, cleaning, metadata,
    language, fingerprints and compression (``analyze_page``, in the extraction workers),
    copy detection and storage (StorePipeline's batch, on the writer thread). It is measured
    as the crawl pays it: the crawl's own item pipelines, built by their ``from_crawler`` from
    the project's settings, take the archive's Articles (as the WARC reader decodes them) at
    most NEWS_WARC_IN_FLIGHT at a time, outside Scrapy's engine; the workers are the crawl's
    pool (forkserver with the preload, NEWS_WORKERS processes, replaced every
    NEWS_WORKER_MAX_TASKS pages) and count their CPU per stage (``news/time/*_us``, 98-99 % of
    the call), the writer counts its thread's CPU (``news/time/store_us``). Neither the pool's
    IPC nor Scrapy's item path is in the cost: they are what ingestion adds to the pipeline.
    ``--standalone`` also times analyze_page in this process, the way the limit was first
    measured: that figure differs from the workers' by a few to 25 % either way, with the
    machine's load and the process's heap (this process holds every page, the workers one);
(d) ``scrapy crawl news -a warc=FILE`` into a fresh database, ``--runs`` times: articles/s over
    the process's whole elapsed time (start-up and close included) and CPU ms per article of
    the process tree, split into the crawl process and the extraction workers (and, within
    the workers, the time analyze_page's stages counted themselves), and the share of the
    workers' samples (process state, every 0.2 s) in which they slept waiting for a page: other
    load leaves a worker runnable, so that share is the pool's own starvation on any machine;
(e) the same on a one-article archive: the fixed cost of a run, taken out of (d) for the
    marginal rate, and the CPU of the imports it is mostly made of (each in a fresh
    interpreter): the crawl process's stack and the workers' preload, which the forkserver
    imports beside it (crawler/extensions/workerserver.py).

The ratio (d) / limit is what the issue's ">= 0.8x the CPU limit" target is judged on (cores x
the per-article cost of (c)); trafilatura alone (b) is printed beside it. The marginal ratio
says what a large file (a CC-NEWS file holds tens of thousands of records) would approach.
Medians over runs are printed. Not a test: figures move with whatever else runs on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import forkserver
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import psutil
import trafilatura
from scrapy.settings import Settings

from benchmarks.storecost import _Stats
from benchmarks.throughput import count_rows, parse_stats, run_crawl
from crawler.extensions.database import DatabaseExtension
from crawler.items import Article
from crawler.settings import NEWS_LANGUAGE_CHARS, NEWS_MIN_TEXT_CHARS
from crawler.storage.database import SharedDatabase
from crawler.warc.ingest import RecordFilter, Skip, entry_article
from crawler.warc.reader import WarcEntry, read_records
from pipelines.extract.pipeline import ExtractPipeline
from pipelines.extract.worker import PageJob, analyze_page, warm_up
from pipelines.language_policy import LanguagePolicyPipeline
from pipelines.store import StorePipeline
from tests.support.sitegen import generate_site
from tests.support.warcfiles import WarcFile, request, response, warcinfo

ROOT = Path(__file__).resolve().parents[1]
CORES = psutil.cpu_count() or 1
# The worker's own stage timings (news/time/<stage>_us): analyze_page's CPU as it ran in the pool.
WORKER_STAGES = ("extract", "clean", "metadata", "language", "fingerprint", "compress")


def build_warc(folder: Path, records: int) -> tuple[Path, list[tuple[str, str]]]:
    """A WARC of ``records`` generated article pages; returns it and the (url, html) pairs."""
    site = folder / "site"
    manifest = generate_site(site, records, base_url="https://news.example.org")
    warc = WarcFile()
    warc.add(warcinfo())
    pages = []
    for article in manifest.articles:
        body = (site / article.path).read_bytes()
        warc.add(request(article.url))
        warc.add(response(article.url, body))
        pages.append((article.url, body.decode("utf-8")))
    return warc.write(folder / "news.warc.gz"), pages


def standalone_analyze(pages: list[tuple[str, str]]) -> float:
    """CPU ms per article of analyze_page called in this process, results discarded."""
    warm_up()
    jobs = [
        PageJob(
            url=u,
            html=h,
            min_text_chars=NEWS_MIN_TEXT_CHARS,
            keep_html=True,
            language_chars=NEWS_LANGUAGE_CHARS,
        )
        for u, h in pages
    ]

    def run() -> None:
        for job in jobs:
            analyze_page(job)

    return cpu_ms_per(len(jobs), run, 1)


def cpu_ms_per(items: int, work: Callable[[], object], repeat: int = 3) -> float:
    """Median CPU milliseconds per item of ``work()`` over ``repeat`` rounds."""
    rounds = []
    for _ in range(repeat):
        t0 = time.process_time()
        work()
        rounds.append(time.process_time() - t0)
    return statistics.median(rounds) * 1000 / items


# What a run imports before its first article: the crawl process's stack and the workers' preload
# (the forkserver imports it beside the crawl's imports, crawler/extensions/workerserver.py).
IMPORTS = {
    "crawl process": "crawler.spiders.news, pipelines.extract.pipeline, pipelines.store",
    "worker preload": "pipelines.extract.preload",
}


def import_cpu(modules: str, repeat: int = 3) -> float:
    """Median CPU seconds of a fresh interpreter importing ``modules`` (start-up included)."""
    code = f"import {modules}; import time; print(time.process_time())"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rounds = [
        float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                             capture_output=True, text=True).stdout.split()[-1])
        for _ in range(repeat)
    ]  # fmt: skip
    return statistics.median(rounds)


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    for record in ArchiveIterator(
        str(path), record_types=WarcRecordType.response, auto_decode="all"
    ):
        record.reader.read()
        n += 1
    return n


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                record.content_stream().read()
                n += 1
    return n


def read_articles(path: Path) -> list[Article]:
    """The Articles the WARC spider hands its item pipelines (no filters, source by host)."""
    articles = []
    for entry in read_records(path):
        if isinstance(entry, WarcEntry):
            try:
                articles.append(entry_article(entry, RecordFilter(), None))
            except Skip:
                continue
    return articles


@dataclass
class PipelineCost:
    """What the crawl's item pipelines spent on the archive's articles, run as in a crawl."""

    stored: int  # articles the store wrote
    analyze: float  # CPU seconds the extraction workers counted inside analyze_page
    workers: float  # CPU seconds of the worker processes: analyze_page, IPC, pool loop, starts
    store: float  # CPU seconds of the writer thread: copy detection and storage

    def ms(self, seconds: float) -> float:
        return seconds * 1000 / self.stored

    @property
    def per_article(self) -> float:
        """The pipeline's CPU ms per article: extraction to storage, without the pool's IPC."""
        return self.ms(self.analyze + self.store)


def _forkserver_pid() -> int | None:
    """The running forkserver's pid: a private attribute of multiprocessing, read defensively."""
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    return pid if isinstance(pid, int) else None


def _forkserver_children_cpu() -> float:
    """CPU seconds of the forkserver's finished children: the extraction workers it forked.

    The forkserver reaps its children, so their CPU lands in its ``children_*`` times once
    they exit (when the pool replaces or stops them).
    """
    pid = _forkserver_pid()
    if pid is None:
        return 0.0
    times = psutil.Process(pid).cpu_times()
    return times.children_user + times.children_system


def pipeline_cost(articles: list[Article], folder: Path) -> PipelineCost:
    """Run ``articles`` through ITEM_PIPELINES' extraction, language and store stages.

    The components are built by their own ``from_crawler`` from the project's settings, so the
    pool is the crawl's (forkserver with the workers' preload, NEWS_WORKERS processes, replaced
    every NEWS_WORKER_MAX_TASKS pages) and the store writes on its writer thread into a fresh
    database; items enter at most NEWS_WARC_IN_FLIGHT at a time, as the WARC reader feeds them.
    What is left out is Scrapy's engine and the WARC reading: the crawl process's own costs.
    """
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("NEWS_DB", str(folder / "pipeline.db"), priority="cmdline")
    database = SharedDatabase.from_settings(settings)
    stats = _Stats()
    crawler: Any = SimpleNamespace(
        settings=settings,
        stats=stats,
        spider=None,
        # The shared database is the one extension the stages get: asked for the pending
        # tracker or the run recorder, the store got this namespace and called them on it.
        get_extension=lambda cls: (
            SimpleNamespace(database=database) if cls is DatabaseExtension else None
        ),
    )
    stages = [
        cls.from_crawler(crawler)
        for cls in (ExtractPipeline, LanguagePolicyPipeline, StorePipeline)
    ]
    workers = settings.getint("NEWS_WORKERS") or CORES
    bound = settings.getint("NEWS_WARC_IN_FLIGHT") or 8 * workers

    async def through(item: Article, room: asyncio.Semaphore) -> None:
        async with room:
            for stage in stages:
                result = stage.process_item(item)
                if inspect.isawaitable(result):
                    await result

    async def run() -> None:
        # The store's open_spider is a coroutine (it awaits its writer thread): called and
        # not awaited, its indexes were never bound and every batch failed.
        for stage in stages:
            if hasattr(stage, "open_spider"):
                opened = stage.open_spider()
                if inspect.isawaitable(opened):
                    await opened
        room = asyncio.Semaphore(bound)
        await asyncio.gather(*(through(a, room) for a in articles))

    before = _forkserver_children_cpu()
    asyncio.run(run())
    for stage in stages:
        if hasattr(stage, "close_spider"):
            stage.close_spider()
    database.close()
    # The forkserver reaps the stopped workers on SIGCHLD: their CPU is counted once it has.
    deadline = time.monotonic() + 5
    server = _forkserver_pid()
    while server and psutil.Process(server).children() and time.monotonic() < deadline:
        time.sleep(0.05)
    return PipelineCost(
        stored=int(stats.values.get("news/store/new", 0)),
        analyze=sum(stats.values.get(f"news/time/{s}_us", 0.0) for s in WORKER_STAGES) / 1e6,
        workers=_forkserver_children_cpu() - before,
        store=stats.values.get("news/time/store_us", 0.0) / 1e6,
    )


@dataclass
class IngestRun:
    """One ``scrapy crawl news -a warc=`` run into a fresh database, as measured from outside."""

    stored: int  # rows in the articles table afterwards
    wall: float  # seconds from the process start to its exit: imports and pool start included
    cpu: float  # CPU seconds of the whole process tree, extraction workers included
    main_cpu: float  # the crawl process alone: reactor, reading, Scrapy, writer thread
    used: float  # share of the machine's cores the tree had over the run
    busy: float  # share of the machine's cores busy, whatever process used them
    full: float  # share of the run the reader waited because the pipelines were full
    starved: float  # share of the workers' samples in which they slept, waiting for a page
    worker_stages: float  # CPU seconds the workers counted inside analyze_page's stages

    @property
    def rate(self) -> float:
        return self.stored / self.wall

    def ms(self, seconds: float) -> float:
        return seconds * 1000 / self.stored


def run_ingest(warc: Path, workdir: Path, index: int) -> IngestRun:
    """One ingestion into a fresh database; its stats come from the run's own log file."""
    db = workdir / f"ingest-{index}.db"
    log_path = workdir / f"ingest-{index}.log"
    log_dir = workdir / f"logs-{index}"
    args = [
        "crawl", "news", "-a", f"warc={warc}", "-s", f"NEWS_DB={db}",
        "-s", f"NEWS_LOG_DIR={log_dir}", "-s", "LOGSTATS_INTERVAL=3600",
    ]  # fmt: skip
    run = run_crawl(args, ROOT, None, log_path)
    usage = run.usage
    articles = count_rows(db)
    if not articles or not usage.cpu:
        raise RuntimeError(f"ingestion stored nothing:\n{log_path.read_text()[-3000:]}")
    # Scrapy dumps its stats into the run's log file only (crawler/runs/logfile.py).
    stats = parse_stats("".join(p.read_text() for p in sorted(log_dir.glob("*.log"))))
    wall = usage.wall
    return IngestRun(
        stored=articles,
        wall=wall,
        cpu=usage.cpu,
        main_cpu=usage.main_cpu,
        used=usage.cpu / (wall * CORES),
        busy=usage.machine_busy,
        full=stats.get("news/warc/waited_ms", 0.0) / 1000 / wall,
        starved=usage.workers_waiting,
        worker_stages=sum(stats.get(f"news/time/{s}_us", 0.0) for s in WORKER_STAGES) / 1e6,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=500, help="article records (500)")
    parser.add_argument("--runs", type=int, default=3, help="ingestion runs (3)")
    parser.add_argument(
        "--standalone",
        action="store_true",
        help="also time analyze_page in this process, the way the limit used to be measured",
    )
    opts = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="warc-bench-") as tmp:
        workdir = Path(tmp)
        warc, pages = build_warc(workdir, opts.records)
        n = len(pages)
        size_mb = warc.stat().st_size / 1e6
        print(f"{n} article records, {size_mb:.1f} MB gzipped, {CORES} cores")

        fast = cpu_ms_per(n, lambda: read_fastwarc(warc))
        slow = cpu_ms_per(n, lambda: read_warcio(warc))
        ours = cpu_ms_per(n, lambda: len(read_articles(warc)))
        print(f"reader    fastwarc {fast:.3f} | warcio {slow:.3f} ms CPU per response record")
        print(f"reader    read + decode into Articles (crawler/warc) {ours:.3f} ms CPU/article")

        trafilatura.extract(pages[0][1], url=pages[0][0])
        alone = cpu_ms_per(n, lambda: [trafilatura.extract(h, url=u) for u, h in pages], 1)
        print(
            f"trafilatura alone         {alone:6.2f} ms CPU/article = {1000 / alone:5.1f}/s a core"
        )

        # The pipeline's cost as the crawl pays it (PipelineCost says what is counted).
        paid = pipeline_cost(read_articles(warc), workdir)
        cost = paid.per_article
        limit = CORES * 1000 / cost
        print(
            f"pipeline per article      {cost:6.2f} ms CPU = analyze_page in the pool"
            f" {paid.ms(paid.analyze):.2f} + writer {paid.ms(paid.store):.2f} ({paid.stored}"
            f" stored; worker processes in all {paid.ms(paid.workers):.2f})"
        )
        print(f"  -> CPU limit {CORES} x {1000 / cost:.1f} = {limit:.1f} articles/s")
        if opts.standalone:
            alone_cost = standalone_analyze(pages)
            print(f"  analyze_page in this process instead: {alone_cost:.2f} ms CPU/article")

        # A one-article archive: the fixed cost of a run (imports, worker pool start, close).
        small, _ = build_warc(workdir / "one", 1)
        fixed = [run_ingest(small, workdir, 100 + i) for i in range(opts.runs)]
        fixed_s = statistics.median(r.wall for r in fixed)
        fixed_cpu = statistics.median(r.cpu for r in fixed)
        print(f"fixed cost of a run (1 article): {fixed_s:.1f} s elapsed, {fixed_cpu:.1f} s CPU")
        print(
            "  of which imports, CPU s: "
            + "; ".join(f"{name} {import_cpu(mods):.2f}" for name, mods in IMPORTS.items())
        )

        results = [run_ingest(warc, workdir, i) for i in range(opts.runs)]
        for i, r in enumerate(results, 1):
            print(
                f"ingest run {i}: {r.stored} stored in {r.wall:.1f} s, {r.rate:5.1f} articles/s ="
                f" {r.rate / limit:4.2f}x the limit; {r.ms(r.cpu):6.2f} ms CPU/article (process"
                f" tree: main {r.ms(r.main_cpu):.2f}, workers {r.ms(r.cpu - r.main_cpu):.2f} of"
                f" which analyze_page {r.ms(r.worker_stages):.2f}); the tree had {r.used:4.0%}"
                f" of the cores, the machine was {r.busy:4.0%} busy; pipelines full"
                f" {r.full:4.0%} of the run; workers waiting for a page in {r.starved:4.1%}"
                " of their samples"
            )
        rate = statistics.median(r.rate for r in results)
        ms = statistics.median(r.ms(r.cpu) for r in results)
        print(
            f"median: ingestion {rate:.1f} articles/s, {ms:.2f} ms CPU/article; "
            f"CPU limit {limit:.1f}/s -> {rate / limit:.2f}x (target >= 0.80x); "
            f"trafilatura alone {CORES * 1000 / alone:.1f}/s on {CORES} cores"
        )
        # Marginal figures: the fixed cost of a run taken out.
        extra = n - 1
        m_rate = statistics.median(extra / max(r.wall - fixed_s, 1e-9) for r in results)
        m_ms = statistics.median((r.cpu - fixed_cpu) * 1000 / extra for r in results)
        print(
            f"marginal (fixed cost taken out): {m_rate:.1f} articles/s = {m_rate / limit:.2f}x"
            f" the limit, {m_ms:.2f} ms CPU/article"
        )
        # Arithmetic, not a measurement: a file the size of a CC-NEWS file (about 1 GB) of
        # these records, the fixed cost once and every further article at the marginal rate.
        big = round(1e9 / (warc.stat().st_size / n))
        big_rate = big / (fixed_s + big / m_rate)
        print(
            f"arithmetic for a 1 GB file of these records ({big} articles): {fixed_s:.1f} s +"
            f" {big} / {m_rate:.1f} -> {big_rate:.1f} articles/s ="
            f" {big_rate / limit:.2f}x the limit"
        )
        # Arithmetic, not a measurement: the rate if the tree had every core to itself.
        print(
            f"projection with the cores to ourselves: {CORES} x 1000 / {m_ms:.2f} ="
            f" {CORES * 1000 / m_ms:.1f} articles/s = {cost / m_ms:.2f}x the limit"
            f" (beyond the pipeline: reading, Scrapy's item path, the pool's IPC)"
        )


if __name__ == "__main__":
    main()
