"""What indexing the character pairs of unspaced scripts costs (crawler/storage/unspaced.py).

Writes the same generated corpus through the store pipeline's row and statement
(``article_row``, ``upsert_sql``) in batches of 200 into fresh SQLite stores: as before the
pairs (the schema up to m084, ``search_pairs`` left out of the row), as before but with FTS5's
``trigram`` tokenizer (the other way to find words inside a run), and with the pairs; prints
bytes per article and articles per CPU second (best of the rounds) of each.
The corpus is made of real texts: the lines of the German seed articles and of the Japanese,
Korean and Chinese pages of ../shared, each article 30 lines drawn at random from one of the
two, so every text differs; ``--cjk`` is the share of CJK articles.

    python -m benchmarks.search_pairs_cost --articles 2000 --cjk 0.5
"""

from __future__ import annotations

import argparse
import gzip
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import trafilatura
from itemadapter import ItemAdapter
from sqlite_utils import Database
from trafilatura.utils import decode_file

from crawler.items import Article
from crawler.storage import schema
from crawler.storage.unspaced import has_unspaced
from pipelines.store import article_row, upsert_sql
from tests.support.corpus import SHARED, require, seed_texts

BATCH = 200
# Pages of ../shared with CJK text: the Japanese and Korean news pages of metadev, and the
# Chinese page of realpages.
CJK_PAGES = ("metadev/pages/jp/*.html.gz", "metadev/pages/kr/*.html.gz", "realpages/html/*zh*")


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if len(line) > 20]


def _sentences() -> tuple[list[str], list[str]]:
    """Lines of spaced text (the German seeds) and of CJK text (trafilatura's text of the
    pages above)."""
    spaced = [line for text in seed_texts().values() for line in _lines(text)]
    cjk = []
    for pattern in CJK_PAGES:
        for path in sorted(SHARED.glob(pattern)):
            data = path.read_bytes()
            html = decode_file(gzip.decompress(data) if path.suffix == ".gz" else data)
            cjk += _lines(trafilatura.extract(html) or "")
    return spaced, [line for line in cjk if has_unspaced(line)]


def corpus(articles: int, cjk_share: float, seed: int = 1) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    spaced, cjk = _sentences()
    rows = []
    for n in range(articles):
        pool = cjk if rng.random() < cjk_share else spaced
        lines = [rng.choice(pool) for _ in range(30)]
        item = Article(
            url=f"https://bench.example/{n}",
            fetched_url=f"https://bench.example/{n}",
            source="bench",
            fetched_at="2026-03-01T09:00:00+00:00",
            title=lines[0][:60],
            text="\n".join(lines),
        )
        rows.append(article_row(ItemAdapter(item)))
    return rows


# The stores compared: as before the pairs, with FTS5's trigram tokenizer instead of
# unicode61 (substrings of three characters or more), with the pairs.
MODES = ("without pairs", "trigram", "with pairs")


def write(rows: list[dict[str, Any]], path: Path, mode: str) -> float:
    """Write ``rows`` into a new store at ``path``; the CPU seconds the writes took (the
    machine's other processes only add wall time)."""
    db = Database(path)
    db.enable_wal()
    pairs = mode == "with pairs"
    if pairs:
        schema.apply(db)
    else:
        schema.migrations.apply(db, stop_before="m085_search_pairs")
        schema.add_article_columns(db)
        rows = [{k: v for k, v in row.items() if k != "search_pairs"} for row in rows]
    if mode == "trigram":
        db.table("articles").enable_fts(
            ["title", "text"],
            fts_version="FTS5",
            create_triggers=True,
            tokenize="trigram",
            replace=True,
        )
    start = time.process_time()
    for at in range(0, len(rows), BATCH):
        with db.atomic():
            for row in rows[at : at + BATCH]:
                if pairs:
                    # The pairs are computed on the writer's path: count that time too.
                    row = row | {"search_pairs": schema.search_pairs(row["title"], row["text"])}
                db.conn.execute(upsert_sql("articles", tuple(row)), row)
    seconds = time.process_time() - start
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("VACUUM")
    db.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--cjk", type=float, default=0.5, help="share of CJK articles")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    require(SHARED / "seeds", SHARED / "metadev" / "pages", SHARED / "realpages" / "html")
    rows = corpus(args.articles, args.cjk)
    print(f"{args.articles} articles, {args.cjk:.0%} CJK, batches of {BATCH}")
    best = dict.fromkeys(MODES, float("inf"))
    size = dict.fromkeys(MODES, 0)
    for _ in range(args.rounds):  # the modes take turns, so a busy spell hits each alike
        for mode in MODES:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "news.db"
                best[mode] = min(best[mode], write(rows, path, mode))
                size[mode] = path.stat().st_size
    for mode in MODES:
        print(
            f"{mode:13}: {size[mode] / args.articles:8.0f} bytes/article"
            f"  {args.articles / best[mode]:8.0f} articles/s of CPU"
        )


if __name__ == "__main__":
    main()
