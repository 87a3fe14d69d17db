"""What a ``scrapy`` command imports before it does any work (benchmarks/startup.py).

Scrapy imports every module of ``COMMANDS_MODULE`` at each start to list the commands, so what
those modules import at their top is paid by every command: ``scrapy --help`` and ``scrapy
list`` as much as a crawl. The libraries checked here are the ones a command that opens no
store, or runs no crawl, has no use for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from crawler.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]

# Run as ``python -c``: the command's own entry point, with the modules it left loaded written
# to the file named by the first argument once it has exited (Scrapy ends with sys.exit).
_PROBE = """
import atexit, json, runpy, sys
out, watched, command = sys.argv[1], sys.argv[2].split(","), sys.argv[3:]
def write():
    with open(out, "w") as f:
        json.dump(sorted(m for m in watched if m in sys.modules), f)
atexit.register(write)
sys.argv = ["scrapy", *command]
runpy.run_module("scrapy", run_name="__main__", alter_sys=True)
"""


def loaded_by(tmp_path: Path, command: list[str], modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` the ``scrapy`` command ``command`` had imported when it exited;
    it must succeed."""
    out = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(out), ",".join(modules), *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8"))


# sqlite-utils imports numpy when it is installed: about 0.15 s of CPU together.
STORE_STACK = ("sqlite_utils", "numpy", "crawler.storage.schema")


def test_help_and_list_open_no_store_and_import_none_of_its_stack(tmp_path: Path) -> None:
    assert loaded_by(tmp_path, ["--help"], STORE_STACK) == []
    assert loaded_by(tmp_path, ["list"], STORE_STACK) == []


def test_the_probe_sees_what_a_command_imports(tmp_path: Path) -> None:
    # `scrapy runs` reads the store: without this the test above could pass on a probe that
    # records nothing.
    db = tmp_path / "news.db"
    open_database(db).close()
    assert loaded_by(tmp_path, ["runs", "-s", f"NEWS_DB={db}"], STORE_STACK) == sorted(STORE_STACK)


# What a crawl needs and a command that runs none does not: the spider's module and the
# libraries it reads pages with (about 0.15 s of CPU), the WARC writer.
CRAWL_STACK = ("crawler.spiders.news", "tldextract", "feedparser", "warcio")


def test_commands_that_crawl_nothing_import_no_spider(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    open_database(db).close()
    assert loaded_by(tmp_path, ["--help"], CRAWL_STACK) == []
    assert loaded_by(tmp_path, ["runs", "-s", f"NEWS_DB={db}"], CRAWL_STACK) == []
    # `scrapy list` loads the spiders to list them: the probe sees the spider's module.
    assert "crawler.spiders.news" in loaded_by(tmp_path, ["list"], CRAWL_STACK)


def test_a_crawl_without_a_library_of_its_spider_fails_before_it_opens_the_store(
    tmp_path: Path,
) -> None:
    # The spider's module is no longer imported with the command modules: a library it needs
    # that is missing must still stop the crawl at its start, named, not at the first page.
    db = tmp_path / "news.db"
    code = (
        "import runpy, sys\n"
        "sys.modules['feedparser'] = None\n"  # as if it were not installed
        "sys.argv = ['scrapy', *sys.argv[1:]]\n"
        "runpy.run_module('scrapy', run_name='__main__', alter_sys=True)\n"
    )
    crawl = ["crawl", "news", "-a", "url=http://127.0.0.1:9/a", "-s", f"NEWS_DB={db}"]
    done = subprocess.run(
        [sys.executable, "-c", code, *crawl, "-s", f"NEWS_LOG_DIR={tmp_path / 'logs'}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode != 0
    assert "feedparser" in done.stderr.splitlines()[-1]
    assert not db.exists()  # the store is opened before anything is fetched: neither happened
