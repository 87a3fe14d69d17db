"""Running a crawl against the fault server and reading back what it did."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from sqlite_utils import Database

from crawler.storage.database import open_database
from tests.conftest import FAST, ROOT, ScrapyRun, scrapy_env, with_stats_dump
from tests.support import faultserver as fs

# Low limits so that every fault resolves in about a second; the production values are in
# crawler/settings.py and only scale these waits.
QUICK = (
    *FAST,
    "-s", "DOWNLOAD_TIMEOUT=2",
    "-s", "RETRY_TIMES=2",
    "-s", "REDIRECT_MAX_TIMES=3",
    "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "-s", "NEWS_DB_FLUSH_SECONDS=0.5",
    "-s", "NEWS_WORKERS=2",
    "-s", "LOGSTATS_INTERVAL=0",
)  # fmt: skip
_STAT_RE = re.compile(r"'([^'\n]+)': (-?\d+)[,}]")


@dataclass
class CrawlResult:
    returncode: int
    stderr: str
    seconds: float
    stats: dict[str, int] = field(default_factory=dict)
    # Measured with ``memory=True`` only (0 otherwise):
    peak_rss: int = 0  # bytes, the crawl process itself
    peak_tree_rss: int = 0  # bytes, the crawl process plus its extraction workers, summed

    def stat(self, key: str) -> int:
        return self.stats.get(key, 0)


def parse_stats(log: str) -> dict[str, int]:
    """The integer stats from Scrapy's closing "Dumping Scrapy stats" block."""
    _, sep, tail = log.rpartition("Dumping Scrapy stats:")
    return {k: int(v) for k, v in _STAT_RE.findall(tail)} if sep else {}


def crawl_command(db: Path, *args: str) -> list[str]:
    # The case's own arguments come last: a later -s wins over QUICK.
    return [sys.executable, "-m", "scrapy", "crawl", "news", *QUICK, "-s", f"NEWS_DB={db}", *args]


def start_crawl(db: Path, *args: str, log: Path) -> subprocess.Popen[bytes]:
    return start_command(crawl_command(db, *args), log=log)


def start_command(command: list[str], *, log: Path) -> subprocess.Popen[bytes]:
    """Start a command of the project (``crawl_command``, a ``scrapy crawlall``…) with its
    output in ``log``."""
    with log.open("wb") as out:
        return subprocess.Popen(
            command, cwd=ROOT, env=scrapy_env(), stdout=out, stderr=subprocess.STDOUT
        )


def finish(
    proc: subprocess.Popen[bytes],
    log: Path,
    started: float,
    *,
    timeout: float = 120,
    memory: bool = False,
) -> CrawlResult:
    """Wait for a started crawl; with ``memory``, polling the memory of its process tree
    meanwhile (``peak_rss``, ``peak_tree_rss``).

    Only the tests that check memory poll it: a poll lists every process of the machine to
    find the crawl's children, about 1.5 ms of CPU every 20 ms, 7 % of a core beside every
    crawl of every test that read nothing of it."""
    peak = peak_tree = 0
    deadline = started + timeout
    parent = psutil.Process(proc.pid)
    while proc.poll() is None:
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            raise TimeoutError(f"crawl ran longer than {timeout}s:\n{log.read_text()[-3000:]}")
        if not memory:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=max(deadline - time.monotonic(), 0))
            continue
        try:
            rss = parent.memory_info().rss
            tree = rss + sum(_rss(c) for c in parent.children(recursive=True))
        except psutil.NoSuchProcess:
            break
        peak, peak_tree = max(peak, rss), max(peak_tree, tree)
        time.sleep(0.02)
    proc.wait()
    text = log.read_text(encoding="utf-8", errors="replace")
    return CrawlResult(
        returncode=proc.returncode,
        stderr=text,
        seconds=time.monotonic() - started,
        stats=parse_stats(text),
        peak_rss=peak,
        peak_tree_rss=peak_tree,
    )


def _rss(proc: psutil.Process) -> int:
    try:
        return proc.memory_info().rss
    except psutil.NoSuchProcess:
        return 0


def run_crawl(
    db: Path, *args: str, timeout: float = 120, log_dir: Path | None = None, memory: bool = False
) -> CrawlResult:
    log = (log_dir or db.parent) / f"crawl-{time.monotonic_ns()}.log"
    started = time.monotonic()
    return finish(start_crawl(db, *args, log=log), log, started, timeout=timeout, memory=memory)


def articles(db: Path) -> dict[str, dict]:
    return {r["url"]: r for r in Database(db).query("select * from articles")}


def article_routes(
    srv: fs.FaultServer, n: int, prefix: str = "/a", delay: float = 0.0
) -> list[str]:
    paths = []
    for i in range(n):
        body = fs.send(body=fs.article_html(f"{prefix.strip('/')} {i}").encode())
        srv.route(f"{prefix}/{i}", fs.slow_headers(delay, body) if delay else body)
        paths.append(f"{prefix}/{i}")
    return paths


def finish_reason(result: CrawlResult) -> str | None:
    match = re.search(r"'finish_reason': '([^']+)'", result.stderr)
    return match.group(1) if match else None


# How long past its time budget a crawl may take to close, in the crawl's own clock (see
# elapsed_seconds): measured 0.02-0.3 s at a load of 6-13 on 2 cores, the rest is margin.
CLOSE_SECONDS = 15


def elapsed_seconds(result: CrawlResult | ScrapyRun, reason: str | None = None) -> float | None:
    """Scrapy's ``elapsed_time_seconds``: from the spider's opening to its close, in the
    crawl's own clock (not the test's, which a loaded machine puts behind or ahead of it).
    ``reason``: of the first crawl that closed for it, where the command ran several (crawlall
    runs its sources one after another, each dumping its own stats)."""
    for dump in result.stderr.split("Dumping Scrapy stats:")[1:]:
        stats = dump.split("}", 1)[0]
        if reason is not None and f"'finish_reason': '{reason}'" not in stats:
            continue
        match = re.search(r"'elapsed_time_seconds': ([0-9.]+)", stats)
        return float(match.group(1)) if match else None
    return None


def check_consistent(db: Path) -> int:
    """Integrity, and every committed article whole: its text, FTS row and stored page."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("select count(*) from articles").fetchone()[0]
        assert (
            conn.execute("select count(*) from articles where length(text) >= 250").fetchone()[0]
            == rows
        )
        assert conn.execute("select count(*) from articles_fts").fetchone()[0] == rows
        assert conn.execute("select count(*) from pages").fetchone()[0] == rows
        conn.execute("insert into articles_fts(articles_fts) values('integrity-check')")
        return rows
    finally:
        conn.close()


def etag_feed(srv: fs.FaultServer, paths: list[str], name: str = "/feed.xml") -> str:
    """An RSS feed with an ETag that answers 304 to a request carrying it."""
    body = fs.rss(srv.base, paths)

    def behave(h: fs.FaultHandler) -> None:
        if h.headers.get("If-None-Match") == '"v1"':
            h.head(304, [("ETag", '"v1"')])
            return
        fs.send(body=body, content_type="application/rss+xml", headers=[("ETag", '"v1"')])(h)

    srv.route(name, behave)
    return srv.url(name)


def damaged_database(path: Path) -> Path:
    """A Newsloom database cut off at half its length, as a full disk or a bad copy leaves
    it: SQLite answers "database disk image is malformed"."""
    db = open_database(path)
    db.execute("CREATE TABLE filler (x BLOB)")
    db.conn.executemany("INSERT INTO filler VALUES (randomblob(500))", [()] * 400)
    db.conn.commit()
    db.close()
    with path.open("r+b") as out:
        out.truncate(path.stat().st_size // 2)
    return path


def write_sources(path: Path, sources: dict[str, tuple[str, str]]) -> Path:
    """A sources.toml of one listing per source: ``{name: (key, url)}``, key ``feeds`` or
    ``sitemaps``."""
    tables = (f'[sources.{name}]\n{key} = ["{url}"]\n' for name, (key, url) in sources.items())
    path.write_text("".join(tables), encoding="utf-8")
    return path


def damaged_rows(path: Path, rows: int = 1500) -> Path:
    """A Newsloom database whose schema reads but whose stored articles and pages are damaged
    from 30 % to 90 % of the file (overwritten): opening it works, reading all rows fails
    with "database disk image is malformed"."""
    db = open_database(path)
    text = "Ein Satz über den Gemeinderat und die neue Straße am Bahnhof. " * 40
    urls = [f"https://a.example/{i}" for i in range(rows)]
    db.conn.executemany(
        "INSERT INTO articles (url, source, fetched_at, text) VALUES (?, 's', ?, ?)",
        [(url, "2026-03-01T00:00:00+00:00", text) for url in urls],
    )
    db.conn.executemany(
        "INSERT INTO pages (url, html_gz, fetched_at) VALUES (?, ?, ?)",
        [(url, text.encode(), "2026-03-01T00:00:00+00:00") for url in urls],
    )
    db.conn.commit()
    db.close()
    size = path.stat().st_size
    with path.open("r+b") as out:
        out.seek(size * 3 // 10)
        out.write(b"A" * (size * 9 // 10 - size * 3 // 10))
    return path


def read_number(db: Path, sql: str) -> int:
    """One number from a store a crawl is writing (read only); 0 before its schema exists."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # schema not created yet
    finally:
        conn.close()


def into_the_next_second() -> None:
    """Return once the clock reads a later second than it did at the call. Stored times are
    to the second (crawler/clock.py utc_iso): a row a finished run stored is then in an
    earlier second than any time a run started after this reads, which a fixed 1.1 s sleep
    made sure of by waiting a whole second more than the rest of the current one."""
    second = int(time.time())
    while int(time.time()) <= second:
        time.sleep(max(second + 1 - time.time(), 0.001))


def run_scrapy_forked(*command_lines: list[str]) -> list[ScrapyRun]:
    """Each of ``command_lines`` run as `scrapy ARGS` as ``run_scrapy`` runs it, one after
    the other, each in a process of its own forked from one that started Scrapy and the
    project once (tests/support/forked_commands.py).

    What that start wrote to standard error (a warning an import gives) opens each run's
    standard error, as it opens that of a command started on its own: printed once, in the
    process the runs are forked from, it was in none of them, and a test that reads a run's
    standard error (one line, no warning) passed over it."""
    lines = [with_stats_dump(args) for args in command_lines]
    with tempfile.TemporaryDirectory(prefix="forked-commands-") as folder:
        runner = subprocess.run(
            [sys.executable, "-m", "tests.support.forked_commands", folder],
            input=json.dumps(lines),
            cwd=ROOT,
            env=scrapy_env(),
            capture_output=True,
            text=True,
            timeout=60 + 30 * len(lines),
        )
    assert runner.returncode == 0, runner.stderr[-3000:]
    started = runner.stderr
    return [
        ScrapyRun(r["code"], r["stdout"], started + r["stderr"]) for r in json.loads(runner.stdout)
    ]
