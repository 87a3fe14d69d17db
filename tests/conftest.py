"""Shared fixtures: a local fixture news site on 127.0.0.1 and a way to run Scrapy on it."""

from __future__ import annotations

import compileall
import gzip
import importlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pytest
from hypothesis import settings as hypothesis_settings
from scrapy.utils.reactor import install_reactor, is_reactor_installed
from sqlite_utils import Database

from crawler.demo.server import RequestLog, Route, serve_directory
from crawler.storage import schema
from crawler.storage.database import open_database
from tests.support import postgres

# The same examples on every run, with no time limit per example: a loaded CI machine must not
# turn a property test red by chance. New examples come from editing the strategies, not luck.
hypothesis_settings.register_profile("newsloom", derandomize=True, deadline=None)
hypothesis_settings.load_profile("newsloom")

# In-process component tests run on the reactor Newsloom crawls with (crawler/settings.py).
if not is_reactor_installed():
    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")

# A shell script that starts the suite in the background (`make test &` under `sh`) starts it
# with SIGINT ignored, and every process started from here inherits that: the scrapy processes
# the Ctrl-C tests interrupt went on as if nothing was sent and the tests failed. Each test
# process takes Python's own handler back, so the processes it starts get the default.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SITE = FIXTURES / "site"
DEMO_SITE = ROOT / "crawler" / "demo" / "site"


E2E = ROOT / "tests" / "e2e"
# What the scrapy processes the tests start import from this checkout.
_SUBPROCESS_PACKAGES = (ROOT / "crawler", ROOT / "pipelines", ROOT / "tests" / "support")


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """Write the bytecode of the checkout's modules once, before any test starts a process.

    Under ``PYTHONDONTWRITEBYTECODE`` (set in the shells of the machines the suite and CI run
    on) Python reads bytecode but never writes it: every ``scrapy`` process a test started
    compiled Newsloom's modules from source, in the process and again in its extraction
    workers' fork server, about 0.2 s of CPU each time (docs/performance.md, the bytecode
    note), over a thousand times a run. ``compileall`` writes the files whatever that variable
    says, as ``benchmarks/throughput.py`` does for its crawls. Once, in the main process: xdist
    starts its workers after this hook. A checkout whose bytecode cannot be written (read-only)
    still runs every test, from source."""
    if hasattr(session.config, "workerinput"):
        return
    for package in _SUBPROCESS_PACKAGES:
        compileall.compile_dir(package, quiet=2)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: one worker more than the CPUs this process may run on.

    The tests spend part of their time waiting (a scrapy process starting, a server
    answering, a killed run noticed), so one worker per CPU left the CPUs of a 2-core machine
    13.8 % idle on average, and a third worker filled them (2.8 % idle): the whole suite took
    667 s with two workers and 559 s with three in one checkout (README, Development)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return cpus + 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/e2e is an e2e test (`pytest -m "not e2e"` leaves them out).

    The tests marked ``long`` run first, in their collection order. xdist's worksteal gives
    each worker a contiguous part of this order and an idle worker takes the end of another's
    queue, so a long test left at the end kept one worker busy for minutes while the other had
    nothing left; and a module whose tests it split between the workers (the Scrapyd tests)
    started its module fixtures (nodes, sites, egg) once on each."""
    for item in items:
        if item.path.is_relative_to(E2E):
            item.add_marker(pytest.mark.e2e)
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


def _default_store_state() -> tuple[int, int] | None:
    """Size and change time of the store a crawler opens with the default ``NEWS_DB``
    (relative to the working folder), or None when there is none."""
    path = Path.cwd() / "news.db"
    if not path.exists():
        return None
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


@pytest.fixture(scope="session", autouse=True)
def _no_test_writes_the_default_store() -> Iterator[None]:
    """Tests keep their stores in their own temporary folders: a test that builds a crawler
    with the default ``NEWS_DB`` would write into the user's own ``news.db`` (the demo's) in
    the working folder."""
    before = _default_store_state()
    yield
    after = _default_store_state()
    if after != before:
        raise AssertionError(
            f"a test created or changed {Path.cwd() / 'news.db'}: give its crawler a NEWS_DB "
            "under tmp_path"
        )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a throwaway PostgreSQL server, started once per session (tests/support/
    postgres.py); the tests that need it skip when PostgreSQL is not installed."""
    if postgres.binaries() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    with postgres.cluster() as url:
        yield url


@pytest.fixture(scope="session")
def postgres_template(postgres_server: str) -> str:
    """The name of a migrated database that each test's database copies."""
    url = postgres.fresh_database(postgres_server)
    open_database(url).close()
    return url.rsplit("/", 1)[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """NEWS_DB of an empty store, once per backend: a SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "news.db")
    return postgres.fresh_database(
        request.getfixturevalue("postgres_server"), request.getfixturevalue("postgres_template")
    )


@pytest.fixture
def sqlite_db() -> Iterator[Database]:
    """A migrated in-memory SQLite database, for tests of SQLite itself (query plans)."""
    database = Database(memory=True)
    schema.apply(database)
    yield database
    database.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A migrated database, once per backend: SQLite in memory, a fresh PostgreSQL database."""
    if request.param == "sqlite":
        database = Database(memory=True)
        schema.apply(database)
    else:
        url = postgres.fresh_database(
            request.getfixturevalue("postgres_server"), request.getfixturevalue("postgres_template")
        )
        database = open_database(url)
    yield database
    database.close()


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """The five seed articles (German, with residual boilerplate), keyed by their number."""
    return {
        path.name[:3]: path.read_text("utf-8")
        for path in sorted((FIXTURES / "cleaning" / "seeds").glob("*.txt"))
    }


@dataclass
class Site:
    """A copy of tests/fixtures/site served on an ephemeral port, with its request log."""

    root: Path
    base: str
    requests: RequestLog = field(default_factory=list)
    # path -> Route: special answers (errors, redirects, delays).
    routes: dict[str, Route] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def paths(self, method: str = "GET") -> list[str]:
        return [p for m, p, _ in self.requests if m == method]

    def listing_crawl(self, *extra: str) -> tuple[str, ...]:
        """``scrapy crawl`` arguments for the news spider on the site's feed and sitemap."""
        feed, sitemap = self.url("rss.xml"), self.url("news_sitemap.xml")
        return ("news", "-a", f"feed={feed}", "-a", f"sitemap={sitemap}", *extra)


def _render(root: Path, base: str) -> None:
    """Write the server's real address into the listings that need absolute URLs."""
    for path in root.rglob("*.xml"):
        path.write_text(path.read_text(encoding="utf-8").replace("{{BASE}}", base), "utf-8")
    for src in root.rglob("*.xml.src"):
        data = src.read_text(encoding="utf-8").replace("{{BASE}}", base).encode()
        src.with_name(src.name.removesuffix(".src") + ".gz").write_bytes(gzip.compress(data))
        src.unlink()


def copy_fixture_site(root: Path) -> None:
    """tests/fixtures/site into ``root``, with the demo's five seed-based pages in articles/."""
    shutil.copytree(SITE, root)
    for page in DEMO_SITE.glob("artikel-*.html"):
        shutil.copy(page, root / "articles" / page.name)


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    root = tmp_path / "site"
    copy_fixture_site(root)
    log: RequestLog = []
    routes: dict[str, Route] = {}
    with serve_directory(root, request_log=log, routes=routes) as base:
        _render(root, base)
        yield Site(root=root, base=base, requests=log, routes=routes)


@pytest.fixture
def expected() -> dict[str, dict]:
    return json.loads((SITE / "expected.json").read_text(encoding="utf-8"))


@dataclass
class ScrapyRun:
    returncode: int
    stdout: str
    stderr: str


def as_scrapy(text: str) -> str:
    """``text`` with the scrapy command our hints name written ``scrapy``: they name it as the
    user can type it, which is the venv's path when the tests' PATH does not hold the venv."""
    return re.sub(r"`\S*/scrapy ", "`scrapy ", text)


def scrapy_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a project command a test starts: the user's (``extra``: variables
    the user has set beside it), this checkout on the path, every warning shown."""
    return {**os.environ, **(extra or {}), "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "default"}


def with_stats_dump(args: Sequence[str]) -> tuple[str, ...]:
    """``args`` with the closing stats dumped to the terminal, where the tests read them."""
    if "NEWS_TERMINAL_DUMPS=True" in args:
        return tuple(args)
    return (*args, "-s", "NEWS_TERMINAL_DUMPS=True")


def run_scrapy(
    *args: str, cwd: Path = ROOT, timeout: float = 120, env: dict[str, str] | None = None
) -> ScrapyRun:
    """Run the scrapy command in a subprocess, as a user or cron would (``env``: variables
    the user has set beside ours)."""
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", *with_stats_dump(args)],
        cwd=cwd,
        env=scrapy_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return ScrapyRun(proc.returncode, proc.stdout, proc.stderr)


def start_browse(db: Path) -> tuple[subprocess.Popen[str], str]:
    """``scrapy browse`` of ``db`` started in a subprocess, and the URL it printed (without
    the trailing slash); the caller stops the process."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "browse", "-s", f"NEWS_DB={db}"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("Browsing"):
        proc.kill()
        _, err = proc.communicate(timeout=20)
        raise AssertionError(line + err)
    url = line.split(" at ", 1)[1].split()[0]
    assert url.startswith("http://127.0.0.1:"), line
    return proc, url.rstrip("/")


# Local crawls need no politeness delay; every test run uses these. Tests read the closing
# stats from stderr, where NEWS_TERMINAL_DUMPS keeps them.
FAST = (
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "LOG_LEVEL=INFO",
    "-s",
    "NEWS_TERMINAL_DUMPS=True",
)


class Crawl(Protocol):
    """The ``crawl`` fixture: ``scrapy crawl`` with ``args`` into ``db`` (the test's fresh
    database unless given), and the finished run with the database it wrote."""

    def __call__(self, *args: str, db: Path = ...) -> tuple[ScrapyRun, Database]: ...


@pytest.fixture
def crawl(tmp_path: Path) -> Crawl:
    """crawl(*args) runs `scrapy crawl` into a fresh database and returns (run, db)."""
    db_path = tmp_path / "news.db"

    def _crawl(*args: str, db: Path = db_path) -> tuple[ScrapyRun, Database]:
        run = run_scrapy("crawl", *args, "-s", f"NEWS_DB={db}", *FAST)
        return run, Database(db)

    return _crawl


@pytest.fixture
def parsed_patterns(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """The pattern texts ``re`` parses while the test runs, in order: a pattern compiled, or
    read for its parts, from its text. re's own cache is emptied before and after, so that every
    ``re.compile`` reaches the parser."""
    seen: list[object] = []
    # re's parser module by name: the type stubs know it only as the deprecated sre_parse.
    parser = importlib.import_module("re._parser")
    parse = parser.parse

    def counted(pattern: Any, flags: int = 0) -> Any:
        seen.append(pattern)
        return parse(pattern, flags)

    monkeypatch.setattr(parser, "parse", counted)
    re.purge()
    yield seen
    re.purge()
