"""What the MinHash fingerprint costs: CPU per text, and what its imports add to each process.

Prints
  fingerprint   median CPU microseconds of one ``minhash_signature`` over 2,000 texts (windows
                of paragraphs cut from the seeds and the saved real pages, so lengths vary)
  layout        CPU milliseconds of one uncached ``lsh_layout`` (the crawl process pays it once)
  imports       for the crawl process's and a worker's imports, in a fresh interpreter: CPU
                seconds (median of 5), RSS and PSS after import, and whether scipy was loaded

Run from the repository root:  .venv/bin/python -m benchmarks.fingerprint_cost
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from pipelines.index.copies import lsh_layout
from pipelines.text.fingerprint import NUM_PERM, minhash_signature
from tests.support.corpus import TEXT_FOLDERS, all_texts, require

ROOT = Path(__file__).resolve().parents[1]
TEXTS = 2000
# What each kind of process imports before its first article (as in benchmarks/warc_ingest.py).
PROCESSES = {
    "crawl process": "crawler.spiders.news, pipelines.extract.pipeline, pipelines.store",
    "worker preload": "pipelines.extract.preload",
}
_PROBE = """
import time, sys, json
t0 = time.process_time()
import {modules}
cpu = time.process_time()
memory = {{}}
with open("/proc/self/smaps_rollup") as rollup:
    for line in rollup:
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss"):
            memory[key] = int(rest.split()[0])
print(json.dumps({{"cpu": cpu, "rss_kb": memory["Rss"], "pss_kb": memory["Pss"],
                  "scipy": "scipy" in sys.modules, "datasketch": "datasketch" in sys.modules}}))
"""


def sample_texts(count: int, seed: int = 12) -> list[str]:
    """``count`` texts of varied length: random runs of paragraphs of the corpus texts."""
    rng = random.Random(seed)
    corpus = [[line for line in text.split("\n") if line.strip()] for text in all_texts().values()]
    texts = []
    for _ in range(count):
        paragraphs = rng.choice(corpus)
        start = rng.randrange(len(paragraphs))
        end = rng.randrange(start, len(paragraphs)) + 1
        texts.append("\n".join(paragraphs[start:end]))
    return texts


def fingerprint_us(texts: list[str]) -> tuple[float, float]:
    """Median and mean CPU microseconds of one signature."""
    minhash_signature("warm up the caches")
    costs = []
    for text in texts:
        t0 = time.process_time()
        minhash_signature(text)
        costs.append(time.process_time() - t0)
    return statistics.median(costs) * 1e6, statistics.fmean(costs) * 1e6


def probe(modules: str, repeat: int = 5) -> dict[str, float]:
    """Median figures of ``repeat`` fresh interpreters importing ``modules``."""
    path = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _PROBE.format(modules=modules)],
                cwd=ROOT, env=env, check=True, capture_output=True, text=True,
            ).stdout
        )
        for _ in range(repeat)
    ]  # fmt: skip
    return {
        key: statistics.median(run[key] for run in runs)
        for key in ("cpu", "rss_kb", "pss_kb", "scipy", "datasketch")
    }


def main() -> None:
    require(*TEXT_FOLDERS)
    texts = sample_texts(TEXTS)
    words = statistics.median(len(text.split()) for text in texts)
    median, mean = fingerprint_us(texts)
    print(f"fingerprint: {TEXTS} texts (median {words:.0f} words), {NUM_PERM} permutations")
    print(f"  CPU per signature: median {median:.0f} us, mean {mean:.0f} us")
    t0 = time.process_time()
    layout = lsh_layout.__wrapped__(0.5, NUM_PERM)
    layout_ms = (time.process_time() - t0) * 1e3
    print(f"layout: lsh_layout(0.5, {NUM_PERM}) = {layout}, {layout_ms:.1f} ms CPU")
    print("imports (fresh interpreter, median of 5):")
    for name, modules in PROCESSES.items():
        figures = probe(modules)
        print(
            f"  {name:15s} CPU {figures['cpu']:.2f} s  RSS {figures['rss_kb'] / 1024:.1f} MB"
            f"  PSS {figures['pss_kb'] / 1024:.1f} MB  scipy loaded: {bool(figures['scipy'])}"
            f"  datasketch loaded: {bool(figures['datasketch'])}"
        )


if __name__ == "__main__":
    main()
