"""Writer cost per article against archives of growing size (used by benchmarks/throughput.py).

The archive is filled in bulk SQL with synthetic rows: real article texts (so the FTS index is
realistic), random content hashes and random MinHash signatures with their LSH buckets. Then
``measured`` new articles go through StorePipeline's own batch path (dedup find + add, upsert
into articles and pages, line statistics), in batches, and the time per article is reported.
Tiers are cumulative: each is measured on an archive of that many articles (plus the rounds
already written for it), and the measured articles stay (the next fill tops up to the next
tier).

    python -m benchmarks.storecost crawl.db --stored 1000,10000,100000
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import psutil

from crawler.items import article_columns
from crawler.storage.database import SharedDatabase, open_database, write_transaction
from pipelines.index.boilerplate import LineStats
from pipelines.index.copies import DedupIndex
from pipelines.store import StorePipeline
from pipelines.text.cleaning import candidate_keys

BATCH = 200  # NEWS_DB_BATCH_SIZE's default
# Rounds per tier; the best is kept because other processes on the machine only add time.
ROUNDS = 3
_FILL_CHUNK = 5000


@dataclass
class StoreCost:
    stored: int
    measured: int  # articles written per round
    batch_size: int
    ms_per_article: float  # CPU time, best of ROUNDS: what a busy machine adds is left out
    wall_ms_per_article: float  # wall time of that same round
    fill_seconds: float
    peak_rss: int


class _Stats:
    def __init__(self) -> None:
        self.values: dict[str, float] = {}

    def inc_value(self, key: str, count: float = 1, start: float = 0) -> None:
        self.values[key] = self.values.get(key, start) + count


class _PeakRss(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.proc = psutil.Process()
        self.peak = self.proc.memory_info().rss
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.1):
            self.peak = max(self.peak, self.proc.memory_info().rss)


def load_samples(source_db: Path, limit: int = 1000) -> list[dict[str, Any]]:
    """Stored articles of a crawl, with their compressed pages: realistic rows to write."""
    conn = sqlite3.connect(source_db)
    conn.row_factory = sqlite3.Row
    cols = ", ".join(f"a.{c}" for c in article_columns())
    rows = conn.execute(
        f"SELECT {cols}, p.html_gz FROM articles a LEFT JOIN pages p USING (url) LIMIT ?",
        (limit,),
    ).fetchall()
    conn.close()
    samples = []
    for row in rows:
        item = dict(row)
        item["tags"] = json.loads(item["tags"] or "[]")
        item["line_keys"] = candidate_keys(item["text"])
        samples.append(item)
    return samples


def _random_signature(rng: np.random.Generator) -> bytes:
    return rng.integers(0, 2**32, size=128, dtype=np.uint32).astype("<u4").tobytes()


def fill(db_path: Path, start: int, stop: int, texts: list[str], rng: np.random.Generator) -> None:
    """Add synthetic articles ``start``..``stop``-1 in bulk (FTS triggers and all)."""
    db = open_database(db_path)
    index = DedupIndex(db)
    for lo in range(start, stop, _FILL_CHUNK):
        hi = min(stop, lo + _FILL_CHUNK)
        articles, signatures = [], []
        buckets: list[tuple[int, int, str]] = []
        for i in range(lo, hi):
            url = f"https://fill.invalid/{i}"
            signature = _random_signature(rng)
            articles.append(
                (
                    url,
                    f"source-{i % 10}",
                    f"Title {i}",
                    "2025-01-01T00:00:00+00:00",
                    "2025-01-01T00:00:00+00:00",
                    url,
                    "de",
                    texts[i % len(texts)],
                    rng.bytes(16).hex(),
                )
            )
            signatures.append((url, signature))
            buckets.extend((b, k, url) for b, k in enumerate(index._buckets(signature)))
        with write_transaction(db):
            db.conn.executemany(
                "INSERT INTO articles (url, source, title, published, fetched_at, fetched_url,"
                " language, text, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                articles,
            )
            db.conn.executemany("INSERT INTO dedup_signatures VALUES (?, ?)", signatures)
            db.conn.executemany("INSERT INTO dedup_buckets VALUES (?, ?, ?)", buckets)
    db.close()


def prepared_writes(
    store: str | Path, samples: list[dict[str, Any]], n: int, tag: str, rng: np.random.Generator
) -> tuple[Any, StorePipeline, list[dict[str, Any]]]:
    """An open store, a StorePipeline writing into it and ``n`` new articles to write."""
    db = open_database(store)
    stats: Any = _Stats()
    pipeline = StorePipeline(
        SharedDatabase(store), stats, batch_size=BATCH, flush_seconds=3600, dedup_threshold=0.5
    )
    pipeline.dedup = DedupIndex(db)
    pipeline.line_stats = LineStats(db)
    items = []
    for i in range(n):
        item = dict(samples[i % len(samples)])
        item["url"] = f"https://bench.invalid/{tag}/{i}"
        item["content_hash"] = rng.bytes(16).hex()
        item["signature"] = _random_signature(rng)
        items.append(item)
    return db, pipeline, items


def write_batches(db: Any, pipeline: StorePipeline, items: list[dict[str, Any]]) -> None:
    """StorePipeline's batches, without the writer thread: each is written in this thread."""
    for lo in range(0, len(items), BATCH):
        with write_transaction(db):
            pipeline._write_batch(items[lo : lo + BATCH], db)


def time_writes(
    db_path: Path, samples: list[dict[str, Any]], n: int, tag: str, rng: np.random.Generator
) -> tuple[float, float]:
    """CPU and wall seconds per article for ``n`` new articles through StorePipeline's path."""
    db, pipeline, items = prepared_writes(db_path, samples, n, tag, rng)
    t0, c0 = time.perf_counter(), time.process_time()
    write_batches(db, pipeline, items)
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    db.close()
    return cpu / n, wall / n


def snapshot(db_path: Path, target: Path) -> None:
    """A consistent copy of the archive (SQLite's backup API, WAL included)."""
    target.unlink(missing_ok=True)
    with sqlite3.connect(db_path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def measure_store_cost(
    source_db: Path,
    folder: Path,
    tiers: list[int],
    measured: int = 400,
    snapshot_tiers: tuple[int, ...] = (),
) -> list[StoreCost]:
    """Writer cost at each tier; archives of ``snapshot_tiers`` are kept as
    ``archive-<tier>.db`` in ``folder`` (taken before that tier's rounds)."""
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "archive.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    samples = load_samples(source_db)
    texts = [s["text"] for s in samples]
    rng = np.random.default_rng(0)
    results = []
    filled = total = 0  # synthetic rows; all rows (synthetic + measured)
    monitor = _PeakRss()
    monitor.start()
    for tier in sorted(tiers):
        if tier < total:
            raise ValueError(f"tiers must be at least {measured * ROUNDS} apart: {tiers}")
        t0 = time.perf_counter()
        fill(db_path, filled, filled + tier - total, texts, rng)
        filled += tier - total
        fill_seconds = time.perf_counter() - t0
        if tier in snapshot_tiers:
            snapshot(db_path, folder / f"archive-{tier}.db")
        rounds = [
            time_writes(db_path, samples, measured, f"{tier}-{r}", rng) for r in range(ROUNDS)
        ]
        cpu, wall = min(rounds)
        results.append(
            StoreCost(tier, measured, BATCH, cpu * 1000, wall * 1000, fill_seconds, monitor.peak)
        )
        total = tier + measured * ROUNDS
    monitor.done.set()
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source_db", type=Path, help="a crawl's database: texts to write")
    parser.add_argument("--stored", default="1000,10000,100000")
    parser.add_argument("--folder", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")))
    args = parser.parse_args(argv)
    tiers = [int(x) for x in args.stored.split(",")]
    for cost in measure_store_cost(args.source_db, args.folder / "storecost", tiers):
        print(cost)


if __name__ == "__main__":
    main()
