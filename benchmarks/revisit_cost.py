"""What versions cost the store: writer time per article when it is new, re-fetched unchanged
and re-fetched changed, the size of the stored versions, and the revisit query.

Articles are synthetic (tests/support/faultserver.py paragraphs, 12 per article); a change adds
a correction paragraph. Each phase runs the store's own batch path (StorePipeline._write_batch)
on the writer's connection; the writer's CPU time per article is reported.

    python -m benchmarks.revisit_cost [--articles 2000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler
from sqlite_utils import Database

from crawler.items import Article
from crawler.storage import versions
from crawler.storage.database import SharedDatabase
from pipelines.store import StorePipeline, Written
from pipelines.text.fingerprint import content_hash, minhash_signature
from tests.support.faultserver import article_text

BATCH = 200
CORRECTION = "Korrektur: In einer früheren Fassung hieß es, die Abstimmung finde im Mai statt."


def _item(n: int, fetched_at: str, changed: bool) -> Article:
    text = "\n".join(
        article_text(f"artikel {n}", paragraphs=12) + ([CORRECTION] if changed else [])
    )
    return Article(
        url=f"https://bench.example/{n}",
        fetched_url=f"https://bench.example/{n}",
        source="bench",
        fetched_at=fetched_at,
        title=f"Bericht {n}",
        text=text,
        content_hash=content_hash(text),
        signature=minhash_signature(text),
        validators={"etag": f'"{n}"', "last_modified": None},
    )


def _write(store: StorePipeline, batch: list[Article], db: Database) -> list[Written]:
    return store._write_batch(batch, db)


def _phase(store: StorePipeline, database: SharedDatabase, items: list[Article]) -> dict[str, Any]:
    stats = MemoryStatsCollector(get_crawler())
    store.stats = stats
    for start in range(0, len(items), BATCH):
        batch = items[start : start + BATCH]
        written = database.write(partial(_write, store, batch)).result()
        for outcome, _, _ in written:
            stats.inc_value(f"news/store/{outcome}")
    us = stats.get_value("news/time/store_us", 0)
    outcomes = {k.rsplit("/", 1)[1]: v for k, v in stats.get_stats().items() if "store/" in k}
    return {"us_per_article": us / len(items), "outcomes": outcomes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    n = parser.parse_args().articles
    with tempfile.TemporaryDirectory() as tmp:
        database = SharedDatabase(Path(tmp) / "bench.db")
        store = StorePipeline(
            database, MemoryStatsCollector(get_crawler()), batch_size=BATCH, flush_seconds=60,
            dedup_threshold=0.5,
        )  # fmt: skip
        database.write(store._open_indexes).result()
        phases = [
            ("new", "2026-11-29T08:00:00+00:00", False),
            ("unchanged", "2026-11-29T12:00:00+00:00", False),
            ("changed", "2026-11-29T16:00:00+00:00", True),
        ]
        for name, when, changed in phases:
            items = [_item(i, when, changed) for i in range(n)]
            result = _phase(store, database, items)
            print(
                f"{name:>9}: {result['us_per_article']:7.0f} us of writer CPU per article  "
                f"{result['outcomes']}"
            )
        db = database.db
        whole = db.execute("SELECT sum(length(text)) FROM articles").fetchone()[0]
        v1 = db.execute("SELECT sum(length(text)) FROM article_versions WHERE version = 1")
        v2 = db.execute(
            "SELECT sum(length(coalesce(text, diff))), sum(diff IS NOT NULL) FROM article_versions"
            " WHERE version = 2"
        ).fetchone()
        print(
            f"versions: v1 texts {v1.fetchone()[0] / n:.0f} chars/article (whole); v2 "
            f"{v2[0] / n:.0f} chars/article stored, {v2[1]} of {n} as deltas; current texts "
            f"{whole / n:.0f} chars/article"
        )
        started = time.perf_counter()
        due = versions.due_for_revisit(
            db, "bench", first_since="2026-11-28T00:00:00+00:00",
            checked_before="2026-11-29T17:00:00+00:00", limit=1000,
        )  # fmt: skip
        ms = 1000 * (time.perf_counter() - started)
        print(f"revisit query: {len(due)} due of {n} in {ms:.1f} ms")
        database.close()


if __name__ == "__main__":
    main()
