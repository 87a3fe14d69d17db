"""The egg ``scrapyd-deploy`` builds, imported as a Scrapyd node imports it: from the egg alone.

The Scrapyd tests (test_scrapyd.py) run their nodes in this checkout's environment, where the
project is also installed in development mode: a module missing from the egg was served from
the checkout there, and only a real node, which has the egg and the libraries, failed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.support.scrapyd_nodes import build_egg

PROBE = ROOT / "tests" / "support" / "egg_probe.py"


@pytest.fixture(scope="module")
def egg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_egg(
        tmp_path_factory.mktemp("egg"), '[sources.a]\nfeeds = ["http://127.0.0.1:9/f.xml"]\n'
    )


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
