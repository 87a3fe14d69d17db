"""benchmarks/pool_dispatch.py run as the docs run it, ``python -m``."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_the_benchmark_s_workers_get_its_stand_in() -> None:
    """Its stand-in for ``analyze`` was defined in its own ``__main__``, which no worker
    imports since the pool leaves the main module behind: every worker died unpickling it
    ("Can't get attribute 'answer' on <module '__main__'>") and the pool closed."""
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.pool_dispatch", "--pages", "2", "--workers", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.count("page sent as") == 4, run.stdout
