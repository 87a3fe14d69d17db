"""The egg ``scrapyd-deploy`` builds, imported as a Scrapyd node imports it: from the egg alone.

The checkout's environment has the project installed in development mode: a module missing
from the egg was served from the checkout there, and only a real node, which has the egg and
the libraries, failed. The nodes of these tests and of test_scrapyd.py run on a Python without
the project (tests/support/scrapyd_nodes.py ``node_python``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.demo.server import serve_directory
from crawler.runs.outcome import EXIT_OK
from crawler.storage.database import open_database
from tests.conftest import ROOT
from tests.support.scrapyd_nodes import PROJECT, api, build_egg, start_node
from tests.support.sitegen import SiteManifest, generate_site

PROBE = ROOT / "tests" / "support" / "egg_probe.py"
ARTICLES = 4


@dataclass
class Built:
    """A generated news site, served, and the egg built from a project whose sources are it."""

    egg: Path
    site: SiteManifest
    sources_toml: Path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    root = tmp_path_factory.mktemp("egg")
    (root / "site").mkdir()
    with serve_directory(root / "site") as base:
        site = generate_site(root / "site", ARTICLES, seed=7, base_url=base)
        toml = f'[sources.site]\nfeeds = ["{site.feed_url}"]\n'
        (root / "sources.toml").write_text(toml, encoding="utf-8")
        yield Built(build_egg(root / "build", toml), site, root / "sources.toml")


@pytest.fixture(scope="module")
def egg(built: Built) -> Path:
    return built.egg


def probe(egg: Path, *args: str, env: dict[str, str] | None = None) -> dict:
    """What tests/support/egg_probe.py reports of ``egg``."""
    done = subprocess.run(
        [sys.executable, str(PROBE), str(egg), str(ROOT), *args],
        cwd=egg.parent,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict = json.loads(done.stdout.splitlines()[-1])
    return report


@pytest.fixture(scope="module")
def imported(egg: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """What importing every module of a freshly built egg gave (the fork server's preload among
    them, which keeps its files in the cache folder: a temporary one)."""
    return probe(egg, env={"XDG_CACHE_HOME": str(tmp_path_factory.mktemp("cache"))})


def test_every_module_of_the_project_imports_from_the_egg_alone(imported: dict) -> None:
    """``pipelines/extract`` and ``pipelines/index`` had no ``__init__.py``: packaged, but as
    folders a zipped egg cannot import from, so every job on a node ended in "No module named
    'pipelines.extract'"."""
    project = sum(1 for _ in (ROOT / "crawler").rglob("*.py")) + sum(
        1 for _ in (ROOT / "pipelines").rglob("*.py")
    )
    assert imported["modules"] == project
    assert imported["failed"] == {}
    assert imported["elsewhere"] == []


def test_the_egg_s_modules_import_from_their_bytecode(imported: dict) -> None:
    """An egg of sources alone had every job compile the project's modules anew, in its crawl
    process and again in its extraction workers' fork server (``zipimport`` reads bytecode only
    beside the source, and writes none): about 0.2 s of CPU per process (setup.py
    ``EggWithBytecode``)."""
    assert imported["modules"] > 0
    assert imported["compiled"] == 0


def test_the_fork_server_from_the_egg_keeps_its_patterns_for_the_next_job(
    egg: Path, tmp_path: Path
) -> None:
    """The fork server keeps the text stack's compiled patterns from one start to the next
    beside its bytecode, which inside an egg cannot be written: every job on a node compiled
    about 650 patterns anew, 0.4 s of CPU. From an egg they are kept in the cache folder."""
    cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    first = probe(egg, "preload", env=cache)
    assert Path(first["kept"]) == tmp_path / "cache" / "newsloom"
    second = probe(egg, "preload", env=cache)
    assert first["parsed"] > 300
    assert second["parsed"] < first["parsed"] / 10, (first, second)


def test_a_node_with_the_egg_alone_runs_a_crawl_into_the_store(
    built: Built, tmp_path: Path
) -> None:
    """A crawl job on a node whose Python has the libraries and the egg, not the checkout: the
    import test above proves the modules load, not that a job runs (files read at run time,
    code that takes the package for a folder, the extraction workers' fork server)."""
    store = tmp_path / "news.db"
    node = start_node(tmp_path / "node")
    try:
        node.deploy(built.egg)  # runs `scrapy list` on the node
        listed = api(node.url, f"listspiders.json?project={PROJECT}")["spiders"]
        assert "site" in listed, listed
        settings = {
            "NEWS_DB": store,
            "NEWS_SOURCES": built.sources_toml,
            "AUTOTHROTTLE_ENABLED": False,
            "DOWNLOAD_DELAY": 0,
            "NEWS_WORKERS": 1,
            "NEWS_SCRAPYD_POLL_SECONDS": 0.3,
        }
        command = [sys.executable, "-m", "scrapy", "crawlall", "--scrapyd", node.url]
        command += [a for name, v in settings.items() for a in ("-s", f"{name}={v}")]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )
        jobs = node.jobs()
    finally:
        node.stop()
    logs = "\n".join(p.read_text() for p in (tmp_path / "node").rglob("*.log"))
    assert done.returncode == EXIT_OK, done.stderr[-3000:] + logs[-3000:]
    assert [job["spider"] for job in jobs["finished"]] == ["site"], jobs
    assert "Traceback" not in logs, logs[-3000:]
    with closing(open_database(store)) as db:
        rows = list(db.query("SELECT url, title, text, language, published FROM articles"))
        (run,) = db.query("SELECT command, exit_code FROM runs")
    expected = {a.url: a for a in built.site.articles}
    assert {row["url"] for row in rows} == set(expected)
    for row in rows:
        assert row["title"] == expected[row["url"]].title
        assert row["language"] == expected[row["url"]].language
        assert row["published"] and len(row["text"]) > 200
    assert run == {"command": "crawlall", "exit_code": EXIT_OK}
