"""Time and peak memory of every export format and of the browse pages on a large store.

    python -m benchmarks.browse_cost --rows 100000
    python -m benchmarks.browse_cost --rows 100000 --db /tmp/big.db   # keep the store

Builds a store of ``--rows`` synthetic articles (texts of a few hundred to 30,000 characters
in paragraphs, several sources and languages, authors, tags, dates of day and second
precision, some copies and some articles with earlier versions), then prints, as medians of
``--repeat`` runs: each ``scrapy export`` format's seconds and peak RSS (a fresh process
each), and the seconds of each browse page (search, filter, sort, a deep page, the article
page, the whole-result download) and the server's peak RSS after them. Not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.export_memory import WORDS as GERMAN
from crawler.storage.database import open_database, write_transaction

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [f"source{n:02d}" for n in range(12)]
LANGUAGES = ["de", "de", "de", "en", "en", "fr", "ar", "zh-cn", "ja"]
# Words of each language, a text's vocabulary: the German of export_memory and its like.
WORDS = {
    "de": [*GERMAN, "Wahl"],
    "en": ["the", "government", "report", "week", "said", "today", "new", "law", "election"],
    "fr": ["le", "la", "gouvernement", "rapport", "semaine", "dit", "nouvelle", "loi"],
    "ar": ["الحكومة", "تقرير", "الأسبوع", "قال", "اليوم", "جديد", "قانون", "الانتخابات"],
    "zh-cn": ["政府", "报告", "本周", "表示", "今天", "新的", "法律", "选举"],
    "ja": ["政府", "報告", "今週", "述べた", "今日", "新しい", "法律", "選挙"],
}
NAMES = ["Anna Schmidt", "John Doe", "Marie Curie", "أحمد علي", "王伟", "佐藤花子", "Lena Ek"]
BATCH = 2000

MEASURE = """
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
if proc.returncode:
    sys.exit(proc.stderr[-2000:])
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""


def _text(rng: random.Random, language: str) -> str:
    """Paragraphs of words: most texts 2,000-6,000 characters, a few up to 30,000."""
    size = min(30_000, int(rng.lognormvariate(8.1, 0.7)))
    words = WORDS[language]
    joiner = "" if language in ("zh-cn", "ja") else " "
    paragraphs, total = [], 0
    while total < size:
        paragraph = joiner.join(rng.choice(words) for _ in range(rng.randint(20, 80)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 1
    return "\n".join(paragraphs)


def _article(rng: random.Random, n: int) -> dict[str, Any]:
    language = rng.choice(LANGUAGES)
    source = SOURCES[n % len(SOURCES)]
    day = 1 + rng.randrange(700)
    precise = rng.random() < 0.8
    moment = time.gmtime(1_700_000_000 + day * 86400 + (rng.randrange(86400) if precise else 0))
    published = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", moment)
    authors = rng.sample(NAMES, rng.randint(0, 2))
    return {
        "url": f"https://{source}.example/{day}/article-{n}",
        "fetched_url": f"https://{source}.example/{day}/article-{n}?utm=1",
        "source": source,
        "title": f"{rng.choice(WORDS[language])} {n}: {rng.choice(WORDS[language])}",
        "authors": json.dumps(authors, ensure_ascii=False),
        "author": ", ".join(authors) or None,
        "published": published,
        "published_precision": "second" if precise else "day",
        "published_day": published[:10],
        "fetched_at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", moment),
        "language": language,
        "language_prob": 0.99,
        "language_expected": 1,
        "description": "Kurz gesagt: " + rng.choice(WORDS[language]),
        "sitename": source,
        "tags": json.dumps(rng.sample(["Politik", "Sport", "Welt", "Kultur"], 2)),
        "text": _text(rng, language),
        "meta_origin": json.dumps({"title": "h1", "authors": "jsonld", "published": "meta"}),
        "paywalled": int(rng.random() < 0.05),
        "content_hash": f"{n:032x}",
        "version": 1,
    }


def build(path: Path, rows: int, seed: int = 0) -> None:
    """A store of ``rows`` articles; 3 % are copies of the one before, 5 % have a version
    before the stored one."""
    rng = random.Random(seed)
    db = open_database(path)
    articles: list[dict[str, Any]] = []
    versions: list[dict[str, Any]] = []
    for n in range(rows):
        article = _article(rng, n)
        if articles and rng.random() < 0.03:
            article["duplicate_of"], article["similarity"] = articles[-1]["url"], 0.93
        if rng.random() < 0.05:
            article["version"] = 2
            versions.append(
                {
                    "url": article["url"],
                    "version": 1,
                    "fetched_at": article["fetched_at"],
                    "title": article["title"] + " (first)",
                    "published": article["published"],
                    "authors": article["authors"],
                    "text": article["text"][: len(article["text"]) // 2],
                    "content_hash": "0" * 32,
                }
            )
        articles.append(article)
        if len(articles) == BATCH:
            _store(db, articles, versions)
            articles, versions = [], []
    _store(db, articles, versions)
    db.close()


def _store(db: Any, articles: list[dict[str, Any]], versions: list[dict[str, Any]]) -> None:
    with write_transaction(db):
        if articles:
            db.table("articles").insert_all(articles)
        if versions:
            db.table("article_versions").insert_all(versions)


def median_of(repeat: int, run: Callable[[], tuple[float, float, int]]) -> tuple[float, float, int]:
    """The median seconds and CPU seconds, and the largest peak (KiB), of ``repeat`` runs."""
    runs = [run() for _ in range(repeat)]
    return (
        statistics.median(r[0] for r in runs),
        statistics.median(r[1] for r in runs),
        max(r[2] for r in runs),
    )


def export_run(db: Path, out: Path, *options: str) -> tuple[float, float, int]:
    """Seconds, CPU seconds and peak RSS (KiB) of one ``scrapy export`` process: the CPU
    time is the steadier figure on a machine other work shares."""
    command = [sys.executable, "-m", "scrapy", "export", str(out), "--overwrite", *options]
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, *command, "-s", f"NEWS_DB={db}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    peak, cpu = proc.stdout.split()
    return time.monotonic() - started, float(cpu), int(peak)


def fetch(url: str) -> tuple[float, int]:
    """Seconds to read the whole answer of ``url``, and its size in bytes."""
    started = time.monotonic()
    with urllib.request.urlopen(url, timeout=120) as answer:
        size = 0
        while chunk := answer.read(1 << 16):
            size += len(chunk)
    return time.monotonic() - started, size


@contextmanager
def serving(db: Path) -> Iterator[tuple[str, int]]:
    """A ``scrapy browse`` of ``db``: its address and process id, until the generator closes."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "browse", "-s", f"NEWS_DB={db}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if found is None:
            raise RuntimeError(f"scrapy browse said {line!r}")
        yield found.group(0), proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def peak_of(pid: int) -> int:
    """The peak resident memory (KiB) of a running process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def pages(db: Path) -> dict[str, str]:
    """The browse pages measured, by what they show; a deep page and an article taken from
    the store."""
    store = open_database(db)
    try:
        deep = store.execute(
            "select published, url from articles order by published desc, url desc "
            "limit 1 offset 40000"
        ).fetchone()
        article = store.execute("select url from articles where duplicate_of is not null limit 1")
        copy_url = article.fetchone()[0]
    finally:
        store.close()
    token = urllib.parse.quote(f"{deep[0]},{deep[1]}", safe="")
    name = db.stem
    return {
        "table, first page": f"/{name}/articles",
        "search": f"/{name}/articles?_search=Regierung",
        "search + source filter": f"/{name}/articles?_search=Regierung&source=source03",
        "filter: language": f"/{name}/articles?language=fr",
        "sort by title": f"/{name}/articles?_sort=title",
        "page after 40,000 rows": f"/{name}/articles?_next={token}",
        "article page": f"/-/article?url={urllib.parse.quote(copy_url, safe='')}",
        "download: search, CSV": "/-/download.csv?_search=Regierung",
        "download: source, JSON Lines": "/-/download.jsonl?source=source03",
        # The unique_articles view: Datasette pages a view by OFFSET, its _next a row count.
        "unique_articles, first page": f"/{name}/unique_articles",
        "unique_articles, page after 40,000 rows": f"/{name}/unique_articles?_next=40000",
        "unique_articles, page after 90,000 rows": f"/{name}/unique_articles?_next=90000",
        "download: unique_articles CSV": f"/{name}/unique_articles.csv",
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, help="the store to build, or to reuse if it is there")
    parser.add_argument(
        "--pages", action="store_true", help="the browse pages only, not the exports"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsloom-browse-") as tmp:
        db = args.db or Path(tmp) / "news.db"
        if not db.exists():
            started = time.monotonic()
            build(db, args.rows)
            print(f"built {args.rows} articles in {time.monotonic() - started:.0f} s", flush=True)
        print(f"store {db.stat().st_size / 1e6:.0f} MB", flush=True)
        for name, options in (
            ("jsonl", ()),
            ("csv", ()),
            ("csv", ("--spreadsheet",)),
            ("parquet", ()),
            ("jsonl", ("--versions",)),
            ("csv", ("--source", "source03", "--language", "de")),
            ("csv", ("--unique",)),
        ):
            if args.pages:
                break
            out = Path(tmp) / f"out.{name}"
            seconds, cpu, peak = median_of(args.repeat, partial(export_run, db, out, *options))
            label = " ".join((f"export .{name}", *options))
            print(
                f"{label:45} {seconds:6.1f} s ({cpu:5.1f} s CPU)  peak RSS {peak / 1024:5.0f} MB",
                flush=True,
            )
        with serving(db) as (base, pid):
            for label, path in pages(db).items():
                runs = [fetch(base + path) for _ in range(args.repeat)]
                seconds = statistics.median(r[0] for r in runs)
                size = f"  {runs[0][1] / 1e6:6.1f} MB" if label.startswith("download") else ""
                print(f"browse {label:42} {seconds:6.2f} s{size}", flush=True)
            print(f"browse server peak RSS {peak_of(pid) / 1024:.0f} MB", flush=True)
    # The parent's own peak, for scale: the store was built in this process.
    print(f"(this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
