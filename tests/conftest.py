"""Shared fixtures: a local fixture news site on 127.0.0.1 and a way to run Scrapy on it."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from scrapy.utils.reactor import install_reactor, is_reactor_installed
from sqlite_utils import Database

from crawler.demo.server import serve_directory
from crawler.storage import schema

# The same examples on every run, with no time limit per example: a loaded CI machine must not
# turn a property test red by chance. New examples come from editing the strategies, not luck.
hypothesis_settings.register_profile("newsloom", derandomize=True, deadline=None)
hypothesis_settings.load_profile("newsloom")

# In-process component tests run on the reactor Newsloom crawls with (crawler/settings.py).
if not is_reactor_installed():
    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SITE = FIXTURES / "site"
DEMO_SITE = ROOT / "crawler" / "demo" / "site"


E2E = ROOT / "tests" / "e2e"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/e2e is an e2e test (`pytest -m "not e2e"` leaves them out)."""
    for item in items:
        if item.path.is_relative_to(E2E):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture
def db() -> Iterator[Database]:
    """A migrated in-memory database."""
    database = Database(memory=True)
    schema.apply(database)
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
    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    # path -> crawler.demo.server.Route: special answers (errors, redirects, delays).
    routes: dict = field(default_factory=dict)

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def paths(self, method: str = "GET") -> list[str]:
        return [p for m, p, _ in self.requests if m == method]


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
    log: list[tuple[str, str, dict[str, str]]] = []
    routes: dict = {}
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


def run_scrapy(*args: str, cwd: Path = ROOT, timeout: float = 120) -> ScrapyRun:
    """Run the scrapy command in a subprocess, as a user or cron would."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "default"}
    if "NEWS_TERMINAL_DUMPS=True" not in args:
        args = (*args, "-s", "NEWS_TERMINAL_DUMPS=True")  # tests read the closing stats
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return ScrapyRun(proc.returncode, proc.stdout, proc.stderr)


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


@pytest.fixture
def crawl(tmp_path: Path):
    """crawl(*args) runs `scrapy crawl` into a fresh database and returns (run, db)."""
    db_path = tmp_path / "news.db"

    def _crawl(*args: str, db: Path = db_path) -> tuple[ScrapyRun, Database]:
        run = run_scrapy("crawl", *args, "-s", f"NEWS_DB={db}", *FAST)
        return run, Database(db)

    return _crawl
