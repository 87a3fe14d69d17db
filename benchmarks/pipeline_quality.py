"""Quality of what the real crawl stores: boilerplate left, text kept, duplicates, language.

Builds tests/support/quality_site.py's site in a temporary folder (the five German seed pages,
the English and French authored pages, ``--generated`` pages of tests/support/sitegen.py, and
copies of every one of them: syndicated with a changed headline, a paragraph added, words
changed, exact; plus articles that only quote two paragraphs of a German or English original),
serves it on 127.0.0.1 and runs ``python -m scrapy crawl news`` twice into one database: run 1
takes the originals, run 2 (another source label) the copies. Then it reads the stored rows:

  residual boilerplate  rows holding any must-drop line of their page          target 0
  paragraphs kept       share of the pages' article lines found in the rows   target >= 99 %
  dedup precision       duplicate_of links that name the right original       target 1.0
  dedup recall          copies linked to their original                       target >= 0.95
  language accuracy     rows whose language is the page's                     target 100 %

An "exact" copy of a generated page is that page byte for byte, its canonical link included,
on the same host: it is stored as its original's row (crawler/identity.py), which the figures
count as a row stored and a copy found.

Run from the repository root:  .venv/bin/python -m benchmarks.pipeline_quality
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlite_utils import Database

from crawler.demo.server import serve_directory
from tests.support.quality_site import (
    COPY_KINDS,
    Page,
    build_site,
    missing_lines,
    residual_lines,
)

ROOT = Path(__file__).resolve().parents[1]
# No politeness delay against our own local server.
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO")


def crawl(feed: str, source: str, db: Path) -> tuple[list[str], int, float]:
    """Run one crawl as a user would; returns (command, exit code, seconds)."""
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"feed={feed}"]
    command += ["-a", f"source={source}", "-s", f"NEWS_DB={db}", *FAST]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
    return command, proc.returncode, time.perf_counter() - t0


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f} % ({part} of {whole})" if whole else "n/a"


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def report(
    pages: list[Page],
    rows: dict[str, dict],
    base: str,
    verbose: bool,
    aliases: dict[str, str] | None = None,
) -> bool:
    """Print the figures; True when every target is met.

    ``aliases`` (``url_seen``: a URL to the row it leads to): a copy whose canonical link names
    its original on the same site is stored as that row (crawler/identity.py), no row of its
    own; it counts as stored and as a copy found when the row is its original's.
    """
    by_url = {f"{base}/{p.path}": p for p in pages}
    stored = [(url, page, rows[url]) for url, page in by_url.items() if url in rows]
    aliases = aliases or {}
    merged = [
        page
        for url, page in by_url.items()
        if url not in rows
        and page.kind in COPY_KINDS
        and aliases.get(url) == f"{base}/{page.original}"
        and aliases[url] in rows
    ]
    print(
        f"rows stored: {len(stored)} of {len(pages)} pages"
        + (f"; {len(merged)} copies stored as their original's row" if merged else "")
    )

    residual = [(page, residual_lines(page, row["text"])) for _, page, row in stored]
    dirty = [(page, lines) for page, lines in residual if lines]
    checked = sum(len(set(page.drop)) for _, page, _ in stored)
    print(
        f"rows with residual boilerplate: {len(dirty)} of {len(stored)} "
        f"({checked} must-drop lines checked) -- target 0: {_verdict(not dirty)}"
    )
    for page, lines in dirty[: None if verbose else 10]:
        print(
            f"    {page.path}: {lines[0][:100]!r}" + (f" (+{len(lines) - 1})" if lines[1:] else "")
        )

    total = sum(len(page.keep) for _, page, _ in stored)
    lost = [(page, missing_lines(page, row["text"])) for _, page, row in stored]
    lost_n = sum(len(lines) for _, lines in lost)
    kept_ok = total > 0 and (total - lost_n) / total >= 0.99
    print(f"paragraphs kept: {_pct(total - lost_n, total)} -- target >= 99 %: {_verdict(kept_ok)}")
    for page, lines in [x for x in lost if x[1]][: None if verbose else 10]:
        print(
            f"    {page.path}: lost {lines[0][:100]!r}"
            + (f" (+{len(lines) - 1})" if lines[1:] else "")
        )

    links = [(page, row) for _, page, row in stored if row["duplicate_of"]]
    right = [
        (page, row)
        for page, row in links
        if page.kind in COPY_KINDS and row["duplicate_of"] == f"{base}/{page.original}"
    ]
    copies = [(page, row) for _, page, row in stored if page.kind in COPY_KINDS]
    precision = len(right) / len(links) if links else 1.0
    n_copies = len(copies) + len(merged)
    recall = (len(right) + len(merged)) / n_copies if n_copies else 0.0
    print(
        f"dedup precision: {precision:.3f} ({len(right)} right of {len(links)} links) "
        f"-- target 1.0: {_verdict(precision == 1.0)}"
    )
    print(
        f"dedup recall: {recall:.3f} ({len(right) + len(merged)} of {n_copies} copies"
        + (f", {len(merged)} of them stored as their original's row" if merged else "")
        + f") -- target >= 0.95: {_verdict(recall >= 0.95)}"
    )
    found = Counter(page.kind for page, _ in right) + Counter(page.kind for page in merged)
    per_kind = Counter(page.kind for page, _ in copies) + Counter(page.kind for page in merged)
    print("    by kind: " + ", ".join(f"{k} {found[k]}/{per_kind[k]}" for k in COPY_KINDS))
    negatives = [(p, r) for _, p, r in stored if p.kind not in COPY_KINDS]
    wrong = [(p, r) for p, r in negatives if r["duplicate_of"]]
    print(
        f"    non-duplicates linked: {len(wrong)} of {len(negatives)} "
        f"(originals {sum(p.kind == 'original' for p, _ in negatives)}, "
        f"quoting articles {sum(p.kind == 'quoted' for p, _ in negatives)})"
    )
    for page, row in [*wrong, *[(p, r) for p, r in links if (p, r) not in right]][:10]:
        print(f"    wrong link: {page.path} -> {row['duplicate_of']} ({row['similarity']})")
    missed = [(p, r) for p, r in copies if (p, r) not in right]
    for page, row in missed[: None if verbose else 10]:
        print(f"    missed: {page.kind} {page.path} -> {row['duplicate_of']}")
    sims = sorted(row["similarity"] for _, row in right)
    if sims:
        print(
            f"    similarity of found copies: min {sims[0]:.3f} median {sims[len(sims) // 2]:.3f}"
        )

    correct = [(p, r) for _, p, r in stored if r["language"] == p.lang]
    langs = Counter(p.lang for _, p, _ in stored)
    good = Counter(p.lang for p, _ in correct)
    print(
        f"language accuracy: {_pct(len(correct), len(stored))} -- target 100 %: "
        f"{_verdict(len(correct) == len(stored))}; "
        + ", ".join(f"{lang} {good[lang]}/{n}" for lang, n in sorted(langs.items()))
    )
    probs = sorted(r["language_prob"] or 0.0 for _, _, r in stored)
    if probs:
        print(f"    language_prob: min {probs[0]:.4f} median {probs[len(probs) // 2]:.4f}")
    for page, row in [(p, r) for _, p, r in stored if r["language"] != p.lang][:10]:
        print(f"    wrong language: {page.path} {row['language']} (expected {page.lang})")
    return (
        len(stored) + len(merged) == len(pages)
        and not dirty
        and bool(kept_ok)
        and precision == 1.0
        and recall >= 0.95
        and len(correct) == len(stored)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=100, help="sitegen pages to add")
    parser.add_argument("--seed", type=int, default=0, help="sitegen seed")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    print(
        "command: "
        + shlex.join(
            [
                sys.executable,
                "-m",
                "benchmarks.pipeline_quality",
                *(argv if argv is not None else sys.argv[1:]),
            ]
        )
    )
    with tempfile.TemporaryDirectory(prefix="pipeline-quality-") as tmp:
        root, db = Path(tmp) / "site", Path(tmp) / "news.db"
        root.mkdir()
        with serve_directory(root) as base:
            site = build_site(root, base, generated=args.generated, seed=args.seed)
            kinds = Counter(p.kind for p in site.pages)
            langs = Counter(p.lang for p in site.pages if p.kind == "original")
            print(
                f"site: {kinds['original']} originals ("
                + ", ".join(f"{n} {lang}" for lang, n in sorted(langs.items()))
                + f"; {args.generated} from sitegen), copies: "
                + ", ".join(f"{k} {kinds[k]}" for k in COPY_KINDS)
                + f"; non-duplicates quoting an original: {kinds['quoted']}"
            )
            ok = True
            for label, feed, source in (
                ("run 1", site.feed_a, "paper"),
                ("run 2", site.feed_b, "wire"),
            ):
                command, code, seconds = crawl(feed, source, db)
                print(f"{label}: {shlex.join(command)}  -> exit {code} in {seconds:.1f} s")
                ok = ok and code == 0
        store = Database(db)
        rows = {r["url"]: r for r in store.query("SELECT * FROM articles")}
        seen = store.query("SELECT url, target FROM url_seen WHERE target IS NOT NULL")
        aliases = {r["url"]: r["target"] for r in seen}
        ok = report(site.pages, rows, base, args.verbose, aliases) and ok
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
