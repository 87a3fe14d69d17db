"""End-to-end throughput, CPU use, memory and storage cost, side by side in one run.

    python -m benchmarks.throughput --pages 2000

Generates a local news site of ``--pages`` articles (tests/support/sitegen.py), serves it from a
separate process on 127.0.0.1, then measures on the same pages:

(a) ``trafilatura.extract`` alone, in this process, one page after another (pages/s);
(b) the naive Scrapy baseline (benchmarks/naive_spider.py): trafilatura with metadata +
    langdetect on the full text in the callback, one INSERT+COMMIT per item;
(b') the lighter naive baseline (benchmarks/naive_light_spider.py): ``trafilatura.extract``
    without metadata + langdetect + exact-hash dedup in the callback, commits every 100 rows;
(c) Newsloom end to end: ``scrapy crawl news -a sitemap=...`` with every stage on.

(b), (b') and (c) run with the same overrides (no delay, no autothrottle, 16 requests per domain,
robots.txt obeyed), and from bytecode, as their libraries and a deployed Newsloom run
(:func:`compile_bytecode`). CPU and memory are sampled from each crawl's process tree with psutil;
per-stage shares come from the crawl's ``news/time/*`` stats. Finally the writer path
(dedup lookup + index + upsert + line stats, in batches as in StorePipeline) is timed against
databases pre-filled with ``--stored`` synthetic articles.

``--rounds N`` runs the three crawls N times instead, alternating their order (lighter
naive, Newsloom, heavier naive; then heavier, Newsloom, lighter), and prints every round and
the median and spread of the paired ratios: each Newsloom run against the naive runs just
before and after it, so a machine whose speed drifts weighs on both sides of every ratio. Each
round also crawls ``--few`` pages with Newsloom and the lighter naive design, which splits the
CPU per article into a fixed cost per crawl (start-up, shutdown) and a marginal cost per page.

Not a test: figures depend on the machine and on whatever else runs on it.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import trafilatura

from benchmarks.storecost import ROUNDS, StoreCost, measure_store_cost
from tests.support.sitegen import SiteManifest, generate_site

ROOT = Path(__file__).resolve().parents[1]
CORES = psutil.cpu_count() or 1
# The politeness overrides both crawls share: the server is local, so only CPU limits them.
FAST = (
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS=32",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "ROBOTSTXT_OBEY=True",
    "LOG_LEVEL=INFO",
    "LOGSTATS_INTERVAL=3600",
)
WORKER_STAGES = ("extract", "clean", "metadata", "language", "fingerprint", "compress")


@dataclass
class Sample:
    """The tree at one moment, for the timeline."""

    at: float  # seconds since the crawl process started
    cpu: dict[int, tuple[str, float]]  # pid -> (role, CPU seconds so far)
    waiting: int  # extraction workers sleeping (waiting for a page, or for the pool)
    # Threads of the tree that are running or runnable, by role: what the tree could use now
    # on idle cores, whatever other processes take of them.
    runnable: dict[str, int]


def _runnable_threads(pid: int) -> int:
    """Threads of ``pid`` in state R (running or waiting for a core), from /proc."""
    count = 0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat", "rb") as stat:
                # The state follows the command name, which is in parentheses.
                count += stat.read().rsplit(b")", 1)[1].split()[0] == b"R"
        except (OSError, IndexError):
            continue
    return count


@dataclass
class TreeUsage:
    """CPU seconds and memory of a process tree, sampled while it runs."""

    wall: float = 0.0
    cpu: float = 0.0  # every process of the tree, including workers that exited
    main_cpu: float = 0.0  # the root process alone (the reactor thread and its helpers)
    peak_rss: int = 0  # the tree's largest summed RSS (shared pages counted in each process)
    peak_pss: int = 0  # the same with shared pages split between their processes
    main_rss: list[tuple[float, int]] = field(default_factory=list)  # (seconds, bytes)
    machine_busy: float = 0.0  # share of all cores busy, whatever process used them
    # Extraction workers (the forkserver's children) seen at each sample, and of those the ones
    # sleeping: waiting for a page (or for the pool to start or replace them). Load from other
    # processes leaves a worker runnable, not sleeping, so this share is the pool's starvation.
    worker_samples: int = 0
    worker_waiting: int = 0
    # With --timeline, one Sample per sample.
    samples: list[Sample] = field(default_factory=list)
    monitor_cpu: float = 0.0  # the sampling thread's own CPU, taken from the same cores

    @property
    def workers_waiting(self) -> float:
        return self.worker_waiting / self.worker_samples if self.worker_samples else 0.0


def _forkservers(procs: list[psutil.Process]) -> set[int]:
    servers = set()
    for proc in procs:
        try:
            if any("forkserver" in part for part in proc.cmdline()):
                servers.add(proc.pid)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return servers


def _worker_pids(procs: list[psutil.Process], servers: set[int] | None = None) -> set[int]:
    """The extraction workers among ``procs``: the children of the pool's forkserver."""
    if servers is None:
        servers = _forkservers(procs)
    pids = set()
    for proc in procs:
        try:
            if proc.ppid() in servers:
                pids.add(proc.pid)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return pids


class TreeMonitor(threading.Thread):
    """Samples a process and its descendants every ``interval`` seconds.

    CPU times and states are read at every sample; memory (PSS) about once a second: the
    kernel walks every page table of a process for it, about 2.4 ms of CPU per process (for
    a crawl tree of five processes, read every 0.2 s, 6 % of a core taken from the crawl).
    """

    def __init__(self, pid: int, interval: float = 0.2, timeline: bool = False) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval = interval
        self.timeline = timeline
        self.cpu_by_pid: dict[int, float] = {}
        self.usage = TreeUsage()
        self._stop_event = threading.Event()
        self._memory_every = max(1, round(1.0 / interval))
        self._count = 0

    def run(self) -> None:
        t0 = time.monotonic()
        own0 = time.thread_time()
        psutil.cpu_percent(None)
        while not self._stop_event.is_set():
            self._sample(time.monotonic() - t0)
            self._stop_event.wait(self.interval)
        self.usage.machine_busy = psutil.cpu_percent(None) / 100
        self.usage.monitor_cpu = time.thread_time() - own0

    def _sample(self, now: float) -> None:
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        rss = pss = 0
        memory = self._count % self._memory_every == 0
        self._count += 1
        servers = _forkservers(procs)
        workers = _worker_pids(procs, servers)
        seen: dict[int, tuple[str, float]] = {}
        runnable: dict[str, int] = {}
        waiting = 0
        for proc in procs:
            try:
                with proc.oneshot():
                    times = proc.cpu_times()
                    full = proc.memory_full_info() if memory else None
                    status = proc.status()
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            self.cpu_by_pid[proc.pid] = times.user + times.system
            if proc.pid in workers:
                self.usage.worker_samples += 1
                self.usage.worker_waiting += status == psutil.STATUS_SLEEPING
                waiting += status == psutil.STATUS_SLEEPING
            if self.timeline:
                role = (
                    "main"
                    if proc.pid == self.root.pid
                    else "worker"
                    if proc.pid in workers
                    else "forkserver"
                    if proc.pid in servers
                    else "other"
                )
                seen[proc.pid] = (role, times.user + times.system)
                runnable[role] = runnable.get(role, 0) + _runnable_threads(proc.pid)
            if proc.pid == self.root.pid:
                self.usage.main_cpu = times.user + times.system
            if full is None:
                continue
            rss += full.rss
            pss += getattr(full, "pss", full.rss)
            if proc.pid == self.root.pid:
                self.usage.main_rss.append((now, full.rss))
        self.usage.peak_rss = max(self.usage.peak_rss, rss)
        self.usage.peak_pss = max(self.usage.peak_pss, pss)
        if self.timeline:
            self.usage.samples.append(Sample(now, seen, waiting, runnable))

    def finish(self) -> TreeUsage:
        self._stop_event.set()
        self.join()
        self.usage.cpu = sum(self.cpu_by_pid.values())
        return self.usage


@dataclass
class CrawlRun:
    usage: TreeUsage
    stats: dict[str, float]
    articles: int
    server_cpu: float

    @property
    def elapsed(self) -> float:
        """Scrapy's own engine time: start-up imports and pool start are left out of both."""
        return self.stats.get("elapsed_time_seconds") or self.usage.wall

    @property
    def rate(self) -> float:
        return self.articles / self.elapsed


_STAT_RE = re.compile(r"'([^']+)': (-?[0-9.]+(?:e-?[0-9]+)?)[,}]")


def parse_stats(log: str) -> dict[str, float]:
    """The numeric stats Scrapy dumps when the spider closes."""
    dump = log.rsplit("Dumping Scrapy stats:", 1)[-1]
    return {k: float(v) for k, v in _STAT_RE.findall(dump)}


def run_log(db: Path, since: float) -> Path | None:
    """The log file a Newsloom run wrote beside ``db`` (``logs/``) after ``since`` (epoch s).

    Newsloom sends Scrapy's closing stats to that file, not to the terminal.
    """
    logs = [p for p in (db.parent / "logs").glob("*.log") if p.stat().st_mtime >= since]
    return max(logs, key=lambda p: p.stat().st_mtime, default=None)


def run_crawl(
    args: list[str],
    cwd: Path,
    server: psutil.Process | None,
    log_path: Path,
    db: Path | None = None,
    timeline: bool = False,
) -> CrawlRun:
    """Run a scrapy command, sampling its process tree; return usage and closing stats.

    ``server`` is the local site's process, whose CPU is reported apart (None: no server).
    ``db``: a Newsloom crawl's database, beside which its run log (with the stats) is written.
    """
    started = time.time()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server_cpu0 = sum(server.cpu_times()[:2]) if server else 0.0
    t0 = time.monotonic()
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "scrapy", *args], cwd=cwd, env=env, stdout=log, stderr=log
        )
        monitor = TreeMonitor(proc.pid, 0.25 if timeline else 0.2, timeline)
        monitor.start()
        proc.wait()
    usage = monitor.finish()
    usage.wall = time.monotonic() - t0
    text = log_path.read_text()
    if proc.returncode != 0:
        raise RuntimeError(f"scrapy {' '.join(args)} failed; see {log_path}")
    log_file = run_log(db, started) if db is not None else None
    stats = parse_stats(log_file.read_text() if log_file else text)
    server_cpu = sum(server.cpu_times()[:2]) - server_cpu0 if server else 0.0
    return CrawlRun(usage, stats, 0, server_cpu)


@dataclass
class Slice:
    """CPU used by each kind of process of a crawl tree between two samples."""

    start: float
    end: float
    cpu: dict[str, float]  # role -> CPU seconds in the slice
    workers: int  # extraction workers alive at the slice's end
    waiting: int  # of those, sleeping (waiting for a page, or for the pool)
    runnable: dict[str, int]  # runnable threads by role at the slice's end

    @property
    def cores(self) -> float:
        return sum(self.cpu.values()) / max(self.end - self.start, 1e-9)


ROLES = ("main", "forkserver", "worker", "other")


def timeline(usage: TreeUsage) -> list[Slice]:
    """Per-sample CPU of the tree by role. A process first seen in a slice started in it, so
    all its CPU so far counts there (the first slice holds Python's start-up)."""
    slices = []
    before: dict[int, float] = {}
    last = 0.0
    for sample in usage.samples:
        cpu = dict.fromkeys(ROLES, 0.0)
        for pid, (role, total) in sample.cpu.items():
            cpu[role] += total - before.get(pid, 0.0)
            before[pid] = total
        workers = sum(role == "worker" for role, _ in sample.cpu.values())
        slices.append(Slice(last, sample.at, cpu, workers, sample.waiting, sample.runnable))
        last = sample.at
    return slices


def print_timeline(usage: TreeUsage, cores: int = CORES) -> None:
    """Where the crawl tree left cores idle: phases, then every slice.

    Start-up runs until the workers first use a quarter of a core together, the tail after
    they last do. On a shared machine the CPU shares say little; what the tree asked for does:
    the threads it had runnable at each sample (``one runnable``: the seconds with at most one,
    a single-core phase whatever the load) and the workers all asleep (waiting for pages).
    ``lost`` is cores x seconds minus the tree's CPU seconds. The process's last moments after
    the final sample are in the wall time but in no slice.
    """
    slices = timeline(usage)
    if not slices:
        return
    busy = [i for i, s in enumerate(slices) if s.cpu["worker"] >= 0.25 * (s.end - s.start)]
    first, final = (busy[0], busy[-1]) if busy else (len(slices), len(slices) - 1)
    phases = (
        ("start-up", slices[:first]),
        ("steady", slices[first : final + 1]),
        ("tail", slices[final + 1 :]),
    )
    print(f"\n== Crawl tree CPU over time ({cores} cores; one slice per sample) ==")
    for name, part in phases:
        if not part:
            print(f"{name:<9} none")
            continue
        wall = part[-1].end - part[0].start
        cpu = {r: sum(s.cpu[r] for s in part) for r in ROLES}
        total = sum(cpu.values())
        one = sum(s.end - s.start for s in part if sum(s.runnable.values()) <= 1)
        starved = sum(s.end - s.start for s in part if s.workers and s.waiting == s.workers)
        print(
            f"{name:<9} {part[0].start:6.2f}-{part[-1].end:6.2f} s = {wall:5.2f} s: tree"
            f" {total:5.2f} CPU s = {total / max(wall, 1e-9) / cores:4.0%} of {cores} cores,"
            f" lost {cores * wall - total:5.2f} core-s; one runnable thread or none"
            f" {one:5.2f} s; every worker waiting {starved:5.2f} s; CPU s by role: "
            + ", ".join(f"{r} {cpu[r]:.2f}" for r in ROLES if cpu[r] > 0.005)
        )
    print(f"after the last sample: {usage.wall - slices[-1].end:4.2f} s (process exit)")
    print("  from     to  cores |  main fserv worker other | runnable m/f/w | workers(waiting)")
    for s in slices:
        dt = max(s.end - s.start, 1e-9)
        run = "/".join(str(s.runnable.get(r, 0)) for r in ("main", "forkserver", "worker"))
        print(
            f"{s.start:6.2f} {s.end:6.2f} {s.cores:5.2f} | "
            + " ".join(f"{s.cpu[r] / dt:5.2f}" for r in ROLES)
            + f" | {run:>14} | {s.workers}({s.waiting})"
        )


def count_rows(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def trafilatura_alone(site: Path, manifest: SiteManifest) -> float:
    """Pages/s of plain ``trafilatura.extract`` in this one process, pages read beforehand."""
    pages = [(a.url, (site / a.path).read_text(encoding="utf-8")) for a in manifest.articles]
    trafilatura.extract(pages[0][1], url=pages[0][0])  # imports and caches
    t0 = time.process_time()
    for url, html in pages:
        trafilatura.extract(html, url=url)
    return len(pages) / (time.process_time() - t0)


def run_naive(
    spider: str,
    db: Path,
    sitemap_url: str,
    overrides: list[str],
    work: Path,
    server: psutil.Process,
    label: str,
) -> CrawlRun:
    """One naive baseline (``benchmarks/<spider>``) over the sitemap, into its own database."""
    run = run_crawl(
        [
            "runspider",
            str(ROOT / "benchmarks" / spider),
            "-a",
            f"sitemap={sitemap_url}",
            "-s",
            f"NAIVE_DB={db}",
            *overrides,
        ],
        work,
        server,
        db.with_suffix(".log"),
    )
    run.articles = count_rows(db)
    print(f"{label}: {run.rate:.1f} articles/s", flush=True)
    return run


# The checkout's own packages, whose bytecode :func:`compile_bytecode` writes.
_PACKAGES = ("crawler", "pipelines", "benchmarks")


def compile_bytecode(checkout: Path) -> None:
    """Write the bytecode of ``checkout``'s own modules before its crawls are measured.

    A deployed Newsloom (an installed package, Scrapyd's egg) runs from bytecode compiled once,
    as the libraries that every design here imports from site-packages do. A shell that sets
    ``PYTHONDONTWRITEBYTECODE`` (the benchmark machine's shells do, and the crawls inherit it) has
    Python read bytecode but never write it: every crawl compiled Newsloom's own modules from
    source, in the crawl process and again in the workers' fork server, about 0.2 s of CPU a
    crawl (docs/performance.md, rounds 45 and 52) that no deployment pays, and the naive
    designs' one module each. ``compileall`` writes the files whatever that variable says.

    A checkout whose bytecode cannot be written (a read-only one) stops the benchmark with an
    error: its crawls would compile from source, and their figures, the cost left out above,
    would be compared with another's as if they were not.
    """
    for package in _PACKAGES:
        if not compileall.compile_dir(checkout / package, quiet=1):
            raise SystemExit(
                f"cannot write the bytecode of {checkout / package} (read-only?): its crawls would"
                " compile it from source, a cost the figures are meant to leave out"
            )


def start_server(site: Path) -> tuple[subprocess.Popen[str], str]:
    """The static server in its own process, so its CPU is not the crawl's."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawler.demo.server", str(site), "--keep-alive"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def fmt_mb(n: float) -> str:
    return f"{n / 1e6:.0f} MB"


def report(
    pages: int,
    traf_rate: float,
    naive: CrawlRun,
    light: CrawlRun,
    news: CrawlRun,
    store: list[StoreCost],
    prefilled: list[tuple[int, CrawlRun]],
) -> None:
    ideal = CORES * traf_rate
    print(f"\n== Throughput ({pages} generated pages, {CORES} cores) ==")
    print(f"trafilatura.extract alone, one process (CPU time) : {traf_rate:7.1f} pages/s")
    print(f"ideal ({CORES} cores x trafilatura alone)              : {ideal:7.1f} pages/s")
    crawls = (
        ("naive Scrapy, heavier (metadata)", naive),
        ("naive Scrapy, lighter (text only)", light),
        ("Newsloom end to end", news),
    )
    for name, run in crawls:
        u = run.usage
        print(
            f"{name:<36}: {run.rate:7.1f} articles/s  ({run.articles} articles in"
            f" {run.elapsed:.1f} s); CPU {u.cpu / max(run.articles, 1) * 1000:5.1f} ms/article"
            f" over all its processes; {u.cpu / u.wall / CORES:4.0%} of {CORES} cores busy"
        )
    print(f"Newsloom / naive heavier (articles/s): {news.rate / naive.rate:7.2f} x")
    print(f"Newsloom / naive lighter (articles/s): {news.rate / light.rate:7.2f} x")
    cpu_news = news.usage.cpu / max(news.articles, 1)
    cpu_light = light.usage.cpu / max(light.articles, 1)
    print(f"Newsloom / naive lighter (CPU per article): {cpu_news / cpu_light:7.2f} x")
    # Other processes on a shared machine slow both crawls; work per CPU-second does not move.
    for name, run in (("naive", naive), ("lighter naive", light), ("Newsloom", news)):
        print(
            f"{name} articles per CPU-second of its process tree: "
            f"{run.articles / run.usage.cpu:5.1f}"
        )
    print(f"Newsloom / ideal                    : {news.rate / ideal:7.2f}")
    # A projection, not a measurement: what the CPU cost per article allows on idle cores. The
    # naive crawl is one thread; Newsloom spreads over the cores, its main process on one.
    naive_cap = naive.articles / naive.usage.cpu
    news_cap = min(
        CORES * news.articles / news.usage.cpu, news.articles / max(news.usage.main_cpu, 1e-9)
    )
    print(
        f"projection from CPU cost on {CORES} idle cores: naive {naive_cap:.0f}/s, Newsloom"
        f" {news_cap:.0f}/s, ratio {news_cap / naive_cap:.2f} x"
    )

    print("\n== CPU and memory during the crawls ==")
    for name, run in (("naive", naive), ("light", light), ("newsloom", news)):
        u = run.usage
        util = u.cpu / u.wall / CORES
        print(
            f"{name:<9} crawl tree CPU {u.cpu:6.1f} s over {u.wall:5.1f} s wall ="
            f" {util:4.0%} of {CORES} cores (main process {u.main_cpu / u.wall:4.0%} of one"
            f" core); server {run.server_cpu / u.wall / CORES:4.0%}; whole machine busy"
            f" {u.machine_busy:4.0%}; peak tree PSS {fmt_mb(u.peak_pss)}"
            f" (RSS summed: {fmt_mb(u.peak_rss)}); the monitor's own CPU"
            f" {u.monitor_cpu / u.wall:4.1%} of one core"
        )
    trend = news.usage.main_rss
    if trend:
        marks = [trend[min(len(trend) - 1, int(len(trend) * q))] for q in (0.1, 0.25, 0.5, 0.75)]
        marks.append(trend[-1])
        print(
            "newsloom main-process RSS over the crawl: "
            + ", ".join(f"{t:.0f}s {fmt_mb(r)}" for t, r in marks)
        )

    print("\n== Where Newsloom's CPU goes (share of the crawl tree's CPU time) ==")
    stages = {s: news.stats.get(f"news/time/{s}_us", 0) / 1_000_000 for s in WORKER_STAGES}
    worker_cpu = news.usage.cpu - news.usage.main_cpu
    store_s = news.stats.get("news/time/store_us", 0) / 1_000_000
    rows = [(f"worker: {s}", v) for s, v in stages.items()]
    rows.append(("worker: IPC, pickling, idle overhead", worker_cpu - sum(stages.values())))
    rows.append(("main: writer thread (dedup + writes)", store_s))
    rows.append(("main: Scrapy, download, parse, dispatch", news.usage.main_cpu - store_s))
    for name, seconds in rows:
        per = seconds / max(news.articles, 1) * 1000
        print(f"{name:<42} {seconds / news.usage.cpu:5.1%}  {per:6.2f} ms/article")

    print("\n== Writer cost per article vs articles already stored ==")
    for cost in store:
        print(
            f"{cost.stored:>7} stored: {cost.ms_per_article:6.3f} ms CPU/article, wall"
            f" {cost.wall_ms_per_article:6.3f} ms (best of {ROUNDS} x {cost.measured} articles,"
            f" batches of {cost.batch_size}; filled in {cost.fill_seconds:.1f} s)"
        )
    if len(store) > 1:
        ratio = store[-1].ms_per_article / store[0].ms_per_article
        print(f"writer CPU ratio {store[-1].stored} / {store[0].stored} stored: {ratio:.2f}")
    if len(prefilled) > 1:
        print(f"\n== Whole crawl of the {pages} pages into a pre-filled archive ==")
        for tier, run in prefilled:
            store_ms = run.stats.get("news/time/store_us", 0) / 1000 / run.articles
            if not run.articles:
                print(f"{tier:>7} stored: no article stored; see news-{tier}.log")
                continue
            print(
                f"{tier:>7} stored: {run.usage.cpu / run.articles * 1000:6.2f} ms CPU/article"
                f" (crawl tree), {run.rate:6.1f} articles/s, main process"
                f" {run.usage.main_cpu / run.articles * 1000:5.2f} ms/article, store"
                f" {store_ms:5.2f} ms/article, peak tree PSS {fmt_mb(run.usage.peak_pss)}"
            )
        (lo, first), (hi, last) = prefilled[0], prefilled[-1]
        if not (first.articles and last.articles):
            return
        ratio = (last.usage.cpu / last.articles) / (first.usage.cpu / first.articles)
        print(f"crawl CPU per article ratio {hi} / {lo} stored: {ratio:.2f}")


def run_newsloom(
    sitemap_url: str,
    db: Path,
    server: psutil.Process,
    work: Path,
    label: str,
    with_timeline: bool = False,
) -> CrawlRun:
    """``scrapy crawl news`` over ``sitemap_url`` into a fresh ``db``."""
    overrides = [x for s in FAST for x in ("-s", s)]
    args = ["crawl", "news", "-a", f"sitemap={sitemap_url}", "-s", f"NEWS_DB={db}"]
    news = run_crawl(
        [*args, *overrides], ROOT, server, db.with_suffix(".log"), db, timeline=with_timeline
    )
    news.articles = count_rows(db)
    print(f"{label}: {news.rate:.1f} articles/s", flush=True)
    return news


def newsloom_crawl(
    manifest: SiteManifest, db: Path, server: psutil.Process, work: Path, with_timeline: bool
) -> CrawlRun:
    """(c): ``scrapy crawl news`` over the sitemap into a fresh ``db``."""
    return run_newsloom(manifest.sitemap_url, db, server, work, "(c) newsloom", with_timeline)


def report_newsloom(news: CrawlRun, with_timeline: bool) -> None:
    """``--newsloom-only``: the crawl's own figures, without the baselines to compare with."""
    u = news.usage
    print(
        f"\nNewsloom: {news.articles} articles in {u.wall:.1f} s (process life;"
        f" Scrapy's elapsed {news.elapsed:.1f} s); CPU {u.cpu / max(news.articles, 1) * 1000:.1f}"
        f" ms/article; tree {u.cpu:.1f} CPU s = {u.cpu / u.wall / CORES:4.0%} of {CORES} cores"
        f" (main process {u.main_cpu / u.wall:4.0%} of one core); workers waiting in"
        f" {u.workers_waiting:4.0%} of their samples; peak tree PSS {fmt_mb(u.peak_pss)};"
        f" the monitor's own CPU {u.monitor_cpu / u.wall:4.1%} of one core"
    )
    if with_timeline:
        print_timeline(u)


def few_pages_sitemap(site: Path, manifest: SiteManifest, count: int) -> str:
    """A sitemap of the site's first ``count`` articles (same entries as its news sitemaps)."""
    first = (site / manifest.news_sitemaps[0].rsplit("/", 1)[1]).read_text(encoding="utf-8")
    head, _, rest = first.partition("<url>")
    entries = ["<url>" + e for e in rest.split("<url>")][:count]
    body = "".join(entries)
    if not body.rstrip().endswith("</urlset>"):
        body += "</urlset>\n"
    (site / "sitemap-few.xml").write_text(head + body, encoding="utf-8")
    return f"{manifest.base_url}/sitemap-few.xml"


def fresh_db(path: Path) -> Path:
    """``path`` with no database (nor WAL files) left from an earlier run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


@dataclass
class Round:
    """One round of ``--rounds``: each crawler over all pages, and over the few pages."""

    light: CrawlRun
    heavy: CrawlRun
    news: CrawlRun
    light_few: CrawlRun
    news_few: CrawlRun

    @staticmethod
    def cpu_ms(run: CrawlRun) -> float:
        return run.usage.cpu / max(run.articles, 1) * 1000

    @staticmethod
    def split(full: CrawlRun, few: CrawlRun) -> tuple[float, float]:
        """(fixed CPU s per crawl, marginal CPU ms per article) from the two crawl sizes."""
        extra = max(full.articles - few.articles, 1)
        marginal = (full.usage.cpu - few.usage.cpu) / extra
        return few.usage.cpu - marginal * few.articles, marginal * 1000

    def ratios(self) -> dict[str, float]:
        """The paired ratios of this round (Newsloom over the naive run beside it)."""
        marginal_news = self.split(self.news, self.news_few)[1]
        marginal_light = self.split(self.light, self.light_few)[1]
        return {
            "CPU/article vs lighter (target <= 1)": self.cpu_ms(self.news)
            / self.cpu_ms(self.light),
            "marginal CPU/article vs lighter": marginal_news / marginal_light,
            "articles/s vs lighter (target >= 2)": self.news.rate / self.light.rate,
            "articles/s vs heavier (target >= 2.5)": self.news.rate / self.heavy.rate,
            "cores busy, Newsloom (target >= 0.9)": self.news.usage.cpu
            / self.news.usage.wall
            / CORES,
        }


def run_rounds(
    site: Path,
    manifest: SiteManifest,
    server: psutil.Process,
    work: Path,
    rounds: int,
    few: int,
) -> list[Round]:
    """``rounds`` x (lighter naive, Newsloom, heavier naive), the order reversed every round,
    each round preceded by the few-page crawls of Newsloom and the lighter naive design."""
    overrides = [x for s in FAST for x in ("-s", s)]
    few_url = few_pages_sitemap(site, manifest, few)
    done = []
    for k in range(1, rounds + 1):
        folder = work / f"round-{k}"
        light_few = run_naive(
            "naive_light_spider.py",
            fresh_db(folder / "light-few.db"),
            few_url,
            overrides,
            work,
            server,
            f"round {k}: lighter naive, {few} pages",
        )
        news_few = run_newsloom(
            few_url,
            fresh_db(folder / "few" / "news.db"),
            server,
            work,
            f"round {k}: Newsloom, {few} pages",
        )
        order = [("naive_light_spider.py", "lighter naive"), ("naive_spider.py", "heavier naive")]
        if k % 2 == 0:
            order.reverse()

        def naive(spider: str, label: str, folder: Path = folder, k: int = k) -> CrawlRun:
            db = fresh_db(folder / f"{spider.removesuffix('.py')}.db")
            return run_naive(
                spider, db, manifest.sitemap_url, overrides, work, server, f"round {k}: {label}"
            )

        first = naive(*order[0])
        news = run_newsloom(
            manifest.sitemap_url, fresh_db(folder / "news.db"), server, work, f"round {k}: Newsloom"
        )
        second = naive(*order[1])
        runs = {order[0][0]: first, order[1][0]: second}
        done.append(
            Round(runs["naive_light_spider.py"], runs["naive_spider.py"], news, light_few, news_few)
        )
    return done


def report_rounds(rounds: list[Round], pages: int, few: int) -> None:
    """Every round's figures, then the median and spread of each paired ratio."""
    print(f"\n== Paired rounds ({len(rounds)} x {pages} pages, {CORES} cores; order alternates) ==")
    print(
        "round | CPU ms/article: light heavy newsloom | articles/s: light heavy newsloom |"
        " newsloom cores | fixed CPU s (light, newsloom) | marginal ms/article (light, newsloom)"
    )
    for k, r in enumerate(rounds, start=1):
        (fix_l, marg_l), (fix_n, marg_n) = (
            Round.split(r.light, r.light_few),
            Round.split(r.news, r.news_few),
        )
        print(
            f"{k:5} | {Round.cpu_ms(r.light):21.1f} {Round.cpu_ms(r.heavy):5.1f}"
            f" {Round.cpu_ms(r.news):8.1f} | {r.light.rate:17.1f} {r.heavy.rate:5.1f}"
            f" {r.news.rate:8.1f} | {r.news.usage.cpu / r.news.usage.wall / CORES:13.0%}"
            f" | {fix_l:12.2f} {fix_n:8.2f}      | {marg_l:18.2f} {marg_n:8.2f}"
        )
    print(
        f"few-page crawls ({few} pages): CPU s light "
        + ", ".join(f"{r.light_few.usage.cpu:.2f}" for r in rounds)
        + "; Newsloom "
        + ", ".join(f"{r.news_few.usage.cpu:.2f}" for r in rounds)
    )
    print("paired ratio (Newsloom / the naive run beside it): median [min .. max], per round")
    for name in rounds[0].ratios():
        values = [r.ratios()[name] for r in rounds]
        print(
            f"  {name:<40} {statistics.median(values):5.2f} [{min(values):5.2f} .."
            f" {max(values):5.2f}]  " + " ".join(f"{v:.2f}" for v in values)
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--stored",
        default="1000,10000,100000",
        help="comma-separated archive sizes for the writer cost (empty: skip)",
    )
    parser.add_argument("--keep", type=Path, help="keep site, databases and logs in this folder")
    parser.add_argument(
        "--timeline",
        action="store_true",
        help="print Newsloom's crawl tree CPU per 0.25 s sample, by process role",
    )
    parser.add_argument(
        "--newsloom-only",
        action="store_true",
        help="run only Newsloom's crawl (no baselines, no archive tiers): its figures alone",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=0,
        help="run the three crawls this many times in alternating order and print the median"
        " and spread of the paired ratios (0: one run of each, as before)",
    )
    parser.add_argument(
        "--few",
        type=int,
        default=20,
        help="with --rounds: pages of the small crawls that measure the fixed cost per crawl",
    )
    args = parser.parse_args(argv)
    compile_bytecode(ROOT)
    work = Path(args.keep or tempfile.mkdtemp(prefix="newsloom-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    site.mkdir()
    server, base_url = start_server(site)
    try:
        manifest = generate_site(site, args.pages, seed=args.seed, base_url=base_url)
        print(f"site: {args.pages} articles at {base_url} (work folder {work})", flush=True)
        srv = psutil.Process(server.pid)
        if args.newsloom_only:
            news_db = work / "news.db"
            news = newsloom_crawl(manifest, news_db, srv, work, args.timeline)
            report_newsloom(news, args.timeline)
            return
        traf_rate = trafilatura_alone(site, manifest)
        print(f"(a) trafilatura alone: {traf_rate:.1f} pages/s", flush=True)
        overrides = [x for s in FAST for x in ("-s", s)]
        naive_db, light_db, news_db = work / "naive.db", work / "light.db", work / "news.db"
        for path in (naive_db, light_db, news_db):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        rounds: list[Round] = []
        if args.rounds > 0:
            rounds = run_rounds(site, manifest, srv, work, args.rounds, args.few)
            naive, light, news = rounds[0].heavy, rounds[0].light, rounds[0].news
            news_db = work / "round-1" / "news.db"
        else:
            # The naive spiders run from the work folder: no scrapy.cfg there, so Scrapy's defaults.
            naive, light = (
                run_naive(spider, db, manifest.sitemap_url, overrides, work, srv, label)
                for spider, db, label in (
                    ("naive_spider.py", naive_db, "(b) naive"),
                    ("naive_light_spider.py", light_db, "(b') lighter naive"),
                )
            )
            news = newsloom_crawl(manifest, news_db, srv, work, args.timeline)
        tiers = sorted(int(x) for x in args.stored.split(",") if x.strip())
        ends = (tiers[0], tiers[-1]) if tiers else ()
        store = measure_store_cost(news_db, work / "store", tiers, snapshot_tiers=ends)
        # The same crawl again into archives that already hold the smallest and largest tier
        # (the server keeps running: the pages carry its port in their URLs).
        prefilled: list[tuple[int, CrawlRun]] = []
        for tier in ends if len(tiers) > 1 else ():
            db = work / "store" / f"archive-{tier}.db"
            run = run_crawl(
                [
                    "crawl",
                    "news",
                    "-a",
                    f"sitemap={manifest.sitemap_url}",
                    "-s",
                    f"NEWS_DB={db}",
                    *overrides,
                ],
                ROOT,
                srv,
                work / f"news-{tier}.log",
                db,
            )
            run.articles = int(run.stats.get("news/store/new", 0))
            prefilled.append((tier, run))
            print(f"(d) newsloom into {tier} stored: {run.rate:.1f} articles/s", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
        if args.newsloom_only and args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    report(args.pages, traf_rate, naive, light, news, store, prefilled)
    if rounds:
        print("(the figures above are round 1's)")
        report_rounds(rounds, args.pages, args.few)
    if args.timeline:
        print_timeline(news.usage)
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
