"""Peak memory of ``scrapy export`` against archives of growing size: it must stay flat.

    python -m benchmarks.export_memory --rows 10000 100000

For each size, builds a database of that many articles (2,000 characters of text each,
generated), then runs ``scrapy export`` to JSON Lines and to Parquet in a fresh process and
prints its peak RSS and time. Bounded memory shows as the same peak for every size. Not a test.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.storage.database import open_database, write_transaction

ROOT = Path(__file__).resolve().parents[1]
WORDS = [
    "der",
    "die",
    "das",
    "Regierung",
    "Ukraine",
    "Kursk",
    "Bericht",
    "Woche",
    "sagte",
    "heute",
    "neue",
    "Gesetz",
]

MEASURE = """
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
if proc.returncode:
    sys.exit(proc.stderr[-2000:])
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def build(path: Path, rows: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    db = open_database(path)
    batch = []
    for n in range(rows):
        batch.append(
            {
                "url": f"https://bench.example/{n}",
                "source": f"s{n % 7}",
                "title": f"Artikel {n}",
                "published": f"2026-01-{1 + n % 28:02d}T10:00:00+01:00",
                "fetched_at": "2026-02-01T00:00:00+00:00",
                "language": "de",
                "tags": '["a", "b"]',
                "text": " ".join(rng.choice(WORDS) for _ in range(250))[:2000],
            }
        )
        if len(batch) == 5000:
            with write_transaction(db):
                db.table("articles").insert_all(batch)
            batch = []
    if batch:
        with write_transaction(db):
            db.table("articles").insert_all(batch)
    db.close()


def peak_export(db: Path, out: Path) -> tuple[int, float]:
    """Peak RSS (KiB) and seconds of one `scrapy export` process."""
    command = [sys.executable, "-m", "scrapy", "export", str(out), "-s", f"NEWS_DB={db}"]
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(proc.stdout.strip()), time.monotonic() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsloom-export-") as tmp:
        for rows in args.rows:
            db = Path(tmp) / f"news-{rows}.db"
            build(db, rows)
            size = db.stat().st_size / 1e6
            for suffix in ("jsonl", "parquet"):
                out = Path(tmp) / f"out-{rows}.{suffix}"
                peak, seconds = peak_export(db, out)
                written = out.stat().st_size / 1e6
                print(
                    f"{rows:>8} rows ({size:6.0f} MB db) -> {suffix:7}: peak RSS "
                    f"{peak / 1024:6.0f} MB, {seconds:5.1f} s, file {written:.0f} MB",
                    flush=True,
                )


if __name__ == "__main__":
    main()
