"""CPU per page of the extraction worker's one call, by stage, on a fixed page set.

    python -m benchmarks.worker_cost --pages 300 [--rounds 3] [--listings]
    python -m benchmarks.worker_cost --dev [--rounds 2]          # the dev sets' real pages
    python -m benchmarks.worker_cost --digest before.json   # identity check, see below
    python -m benchmarks.worker_cost --against before.json

Generates the same local news site as benchmarks/throughput.py (tests/support/sitegen.py,
``--seed``), builds each page's ``PageJob`` as ``ExtractPipeline`` does (every stage on, HTML
kept), and runs ``analyze_page`` on every page in this one process. Prints, as the median of
``--rounds`` rounds, CPU milliseconds per page in all and per stage (the ``seconds`` the worker
reports), plus the cost of crossing the process boundary: pickling the job and the result
(the pool pickles both) and their sizes. ``--listings`` adds the site's section and service pages
(fronts a site crawl reaches), counted apart.

``--dev`` times the same call on the real pages of the dev sets in ../shared instead (realpages,
metadev, the seeds), whose markup costs more than the generated site's: CPU per page by set
and half, in all and per stage, aggregates only (half B is held out). Lazily built caches
(dateparser's per-language patterns, first filled by a page no earlier reader dates) make the
first round dearer: the last round is printed, and the first round's total beside it.

``--digest FILE`` writes a digest of ``analyze_page``'s whole result (fields, counts, line
keys; not the timings) for every page of the dev sets in ../shared (realpages, metadev with its
dates set, the seeds) and the generated site; ``--against FILE`` recomputes them and prints how
many pages differ per set and half. A change meant to save CPU without changing any output
(every figure of text_quality and metadata_quality stays as it was) must print 0 everywhere.
Only half-A pages are named: half B is held out.

CPU is process time, so other load on the machine moves these figures far less than it moves
articles per second; unlike the crawl benchmark it leaves out Scrapy, downloads and the writer.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from pipelines.extract.worker import PageJob, analyze_page, warm_up
from pipelines.text.authors import forget_kept_addresses
from pipelines.text.cleaning import forget_kept_lines
from pipelines.text.structured import forget_kept_keys
from tests.support.sitegen import generate_site

# Every dev page is analysed as fetched on this day (the metadev pages bring their own).
_FETCHED_AT = "2026-01-01T00:00:00Z"


def load_pages(site: Path, n: int, seed: int, listings: bool) -> list[tuple[str, str, bool]]:
    """(url, html, is_listing) of the generated site's articles, then its listing pages."""
    manifest = generate_site(site, n, seed=seed)
    pages = [(a.url, (site / a.path).read_text(encoding="utf-8"), False) for a in manifest.articles]
    if listings:
        base = manifest.base_url.rstrip("/")
        for url in manifest.listing_urls:
            path = url.removeprefix(base).lstrip("/") or "index.html"
            file = site / path
            if file.is_dir():
                file = file / "index.html"
            if file.is_file():
                pages.append((url, file.read_text(encoding="utf-8"), True))
    return pages


def _forget_kept_answers() -> None:
    """Empty the text stages' kept answers (lines' families, compare keys, link addresses):
    every round meets the pages as the first did, as a crawl meets them."""
    forget_kept_lines()
    forget_kept_keys()
    forget_kept_addresses()


def one_round(pages: list[tuple[str, str, bool]]) -> dict[str, float]:
    """Seconds of CPU (summed over pages) per measured quantity, for one pass."""
    spent: dict[str, float] = defaultdict(float)
    _forget_kept_answers()
    for url, html, is_listing in pages:
        job = PageJob(url=url, html=html, fetched_at="2026-01-01T00:00:00Z", keep_html=True)
        t0 = time.process_time()
        wire = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(wire)
        t1 = time.process_time()
        result = analyze_page(job)
        t2 = time.process_time()
        back = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(back)
        t3 = time.process_time()
        kind = "listing" if is_listing else "article"
        spent[f"{kind}/total"] += t2 - t1
        spent[f"{kind}/ipc"] += (t1 - t0) + (t3 - t2)
        spent[f"{kind}/bytes_in"] += len(wire)
        spent[f"{kind}/bytes_out"] += len(back)
        spent[f"{kind}/drop:{result.drop or 'stored'}"] += 1
        for stage, seconds in result.seconds.items():
            spent[f"{kind}/stage:{stage}"] += seconds
    return spent


def dev_jobs(pages: int, seed: int) -> list[tuple[str, str, PageJob]]:
    """(set, half, job) for every dev page and ``pages`` generated ones (half "-": not tuned)."""
    from benchmarks.text_quality import SHARED, load_realpages, load_seeds
    from tests.support.metadev import half_of, load_cases

    jobs: list[tuple[str, str, PageJob]] = []
    for case in load_realpages(SHARED):
        jobs.append(("realpages", case.half, PageJob(case.url, case.html, fetched_at=_FETCHED_AT)))
    if (SHARED / "metadev" / "truth.jsonl").is_file():
        for meta in load_cases(SHARED / "metadev"):
            fetched = meta.fetched_at.isoformat() if meta.fetched_at else _FETCHED_AT
            job = PageJob(meta.url, meta.html, fetched_at=fetched)
            jobs.append(("metadev", half_of(meta.host), job))
    for case in load_seeds():
        jobs.append(("seeds", "S", PageJob(case.url, case.html, fetched_at=_FETCHED_AT)))
    with tempfile.TemporaryDirectory() as tmp:
        for url, html, _ in load_pages(Path(tmp), pages, seed, listings=True):
            jobs.append(("generated", "-", PageJob(url, html, fetched_at=_FETCHED_AT)))
    for _, _, job in jobs:
        job.keep_html = True
    return jobs


def result_digest(job: PageJob) -> str:
    """A digest of everything ``analyze_page`` returns for ``job`` except its timings."""
    result = analyze_page(job)
    fields = sorted((k, repr(v)) for k, v in result.fields.items())
    body = repr(
        (result.drop, fields, sorted(result.counts.items()), sorted(result.line_keys.items()))
    )
    return hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def digests(pages: int, seed: int) -> dict[str, list[str]]:
    """{"set half url": [digest, set, half]} for :func:`dev_jobs`."""
    return {
        f"{kind} {half} {job.url}": [result_digest(job), kind, half]
        for kind, half, job in dev_jobs(pages, seed)
    }


def compare(before: dict[str, list[str]], now: dict[str, list[str]]) -> int:
    """Print the pages whose result changed, per set and half; return how many changed."""
    changed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for key, (digest, kind, half) in now.items():
        total[f"{kind}/{half}"] += 1
        if before.get(key, [None])[0] != digest:
            changed[f"{kind}/{half}"] += 1
            if half in ("A", "S", "-"):
                print(f"  changed: {key}")
    for group in sorted(total):
        print(f"  {group:<14} {changed[group]:4d} of {total[group]:4d} pages changed")
    missing = len(set(before) - set(now))
    if missing:
        print(f"  {missing} pages of the digest file not analysed now")
    return sum(changed.values()) + missing


def dev_rounds(rounds: int, seed: int) -> None:
    """Print CPU ms per page of ``analyze_page`` on the dev sets, per set and half."""
    jobs = [(f"{kind}/{half}", job) for kind, half, job in dev_jobs(0, seed)]
    groups = Counter(group for group, _ in jobs)
    first: dict[str, float] = defaultdict(float)
    last: dict[str, float] = defaultdict(float)
    for round_no in range(rounds):
        last = defaultdict(float)
        _forget_kept_answers()
        for group, job in jobs:
            t0 = time.process_time()
            result = analyze_page(job)
            last[f"{group} total"] += time.process_time() - t0
            for stage, seconds in result.seconds.items():
                last[f"{group} {stage}"] += seconds
        if round_no == 0:
            first = last
    print(f"== dev pages, round {rounds} of {rounds} (first round's total in brackets) ==")
    for group in sorted(groups):
        n = groups[group]
        stages = "  ".join(
            f"{key.split(' ', 1)[1]} {last[key] / n * 1000:.2f}"
            for key in sorted(last)
            if key.startswith(f"{group} ") and not key.endswith(" total")
        )
        total = last[f"{group} total"] / n * 1000
        print(
            f"  {group:<12} {n:4d} pages  total {total:6.2f} ms CPU/page "
            f"[{first[f'{group} total'] / n * 1000:.2f}]  {stages}"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--listings", action="store_true")
    parser.add_argument("--dev", action="store_true", help="time the dev sets' pages instead")
    parser.add_argument("--digest", type=Path, help="write the identity digests to this file")
    parser.add_argument("--against", type=Path, help="compare with digests written before")
    args = parser.parse_args(argv)
    warm_up()
    if args.dev:
        dev_rounds(args.rounds, args.seed)
        return
    if args.digest or args.against:
        now = digests(args.pages, args.seed)
        if args.digest:
            args.digest.write_text(json.dumps(now, indent=0, sort_keys=True), encoding="utf-8")
            print(f"{len(now)} digests written to {args.digest}")
        if args.against:
            before = json.loads(args.against.read_text(encoding="utf-8"))
            changed = compare(before, now)
            print(f"{changed} of {len(now)} pages changed")
            raise SystemExit(1 if changed else 0)
        return
    with tempfile.TemporaryDirectory() as tmp:
        pages = load_pages(Path(tmp), args.pages, args.seed, args.listings)
    analyze_page(PageJob(url=pages[0][0], html=pages[0][1]))  # imports and caches
    rounds = [one_round(pages) for _ in range(args.rounds)]
    counts = Counter(is_listing for _, _, is_listing in pages)
    for kind, n in (("article", counts[False]), ("listing", counts[True])):
        if not n:
            continue
        keys = sorted({k for r in rounds for k in r if k.startswith(f"{kind}/")})
        print(f"== {kind} pages: {n}, median of {args.rounds} rounds ==")
        for key in keys:
            values = [r.get(key, 0.0) / n for r in rounds]
            name = key.split("/", 1)[1]
            if name.startswith("drop:"):
                print(f"  {name:<22} {values[0] * n:8.0f} pages")
            elif name.startswith("bytes"):
                print(f"  {name:<22} {statistics.median(values) / 1000:8.1f} KB/page")
            else:
                print(f"  {name:<22} {statistics.median(values) * 1000:8.2f} ms CPU/page")


if __name__ == "__main__":
    main()
