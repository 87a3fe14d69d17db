"""Scrapy's deprecated TLS aliases are made before the engine starts, under a short stack.

Each alias calls ``inspect.stack()``, whose cost grows with the frames that have no source
file (the import machinery's) times the modules loaded; under the engine's start the three
calls met 19 such frames and cost about 0.1 s of CPU per crawl (crawler/runs/runner.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CODE = """
import inspect, json
import crawler.runs.runner as runner

machinery = []
stack = inspect.stack


def counted(*args, **kwargs):
    frames = stack(*args, **kwargs)[1:]  # the caller's stack, as it would have got it
    machinery.append(sum(1 for frame in frames if frame.filename.startswith("<frozen")))
    return frames


inspect.stack = counted
runner.import_tls_aliases()
from scrapy.core.downloader import contextfactory, tls

aliases = (
    tls.ScrapyClientTLSOptions,
    contextfactory.ScrapyClientContextFactory,
    contextfactory.AcceptableProtocolsContextFactory,
)
print(json.dumps({"machinery": machinery, "modules": [a.__module__ for a in aliases]}))
"""


def test_the_run_makes_the_tls_aliases_itself_under_a_short_stack() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _CODE], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    got = json.loads(out)
    # Three aliases, each made while the run imports its module (none before: the runner's
    # own imports leave both modules to it), each under one import's frames only (six of the
    # import machinery; under the engine's start, three imports deep, there were 16).
    assert len(got["machinery"]) == 3
    assert max(got["machinery"]) <= 6
    assert got["modules"] == [
        "scrapy.core.downloader.tls",
        "scrapy.core.downloader.contextfactory",
        "scrapy.core.downloader.contextfactory",
    ]
