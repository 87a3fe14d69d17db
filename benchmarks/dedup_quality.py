"""Near-duplicate quality per threshold and shingle size, and lookup cost vs archive size.

Cases are generated from the article texts (seeds + trafilatura output of the saved pages):

positives (must be found as copies of their source)
  headline   first line replaced, last paragraph swapped for a syndication trailer
  added      one paragraph from another article (at most 25 % of the words) inserted
  removed    one middle paragraph removed
  words      every 25th word replaced (4 % of the words)
  mixed      headline + trailer, and every 40th word replaced
negatives (must not be found)
  distinct   each article against all the others
  quoted     article B with one or two paragraphs of article A inserted (at most 25 % of A's
             words), looked up excluding B itself: it must not match A

Run from the repository root:  .venv/bin/python -m benchmarks.dedup_quality
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from crawler.storage import schema
from pipelines.index.copies import DedupIndex
from pipelines.text.fingerprint import content_hash, minhash_signature
from tests.support.corpus import TEXT_FOLDERS, all_texts, require

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
SHINGLE_SIZES = (3, 4, 5)
TRAILER = (
    "This story was first published by our partner agency and is republished with permission. "
    "All rights reserved. Follow us for more news and subscribe to our newsletter."
)


@dataclass(frozen=True)
class Case:
    kind: str
    text: str
    source: str | None  # the original it must match, None for negatives
    exclude: str | None = None  # the query's own original, for quoted-paragraph negatives


def paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def replace_words(text: str, every: int, vocabulary: list[str], rng: random.Random) -> str:
    words = text.split(" ")
    for index in range(every // 2, len(words), every):
        words[index] = rng.choice(vocabulary)
    return " ".join(words)


def make_cases(corpus: dict[str, str]) -> Iterator[Case]:
    rng = random.Random(0)
    names = list(corpus)
    vocabulary = sorted(
        {word for text in corpus.values() for word in text.split() if word.isalpha()}
    )
    for position, name in enumerate(names):
        paras = paragraphs(corpus[name])
        other = corpus[names[(position + 1) % len(names)]]
        other_paras = paragraphs(other)
        if len(paras) >= 3:
            middle = len(paras) // 2
            headline = ["Breaking: " + " ".join(reversed(paras[0].split()))]
            yield Case("headline", "\n".join([*headline, *paras[1:-1], TRAILER]), name)
            # A paragraph is "added" only if it is small beside the article (at most 25 % of
            # its words); a larger insertion makes a different article.
            words = len(corpus[name].split())
            small = [p for p in other_paras if len(p.split()) <= words * 0.25]
            if small:
                added = rng.choice(small)
                yield Case("added", "\n".join([*paras[:middle], added, *paras[middle:]]), name)
            yield Case("removed", "\n".join(paras[:middle] + paras[middle + 1 :]), name)
            mixed = replace_words("\n".join(paras[1:-1]), 40, vocabulary, rng)
            yield Case("mixed", "\n".join([*headline, mixed, TRAILER]), name)
        yield Case("words", replace_words(corpus[name], 25, vocabulary, rng), name)
        # Quoted-paragraph negative: this article's paragraphs quoted inside the next one.
        total_words = len(corpus[name].split())
        quotable = [p for p in paras if len(p.split()) <= total_words * 0.25]
        if len(quotable) >= 2 and len(other_paras) >= 2:
            quoted = rng.sample(quotable, 2)
            while sum(len(p.split()) for p in quoted) > total_words * 0.25:
                quoted.pop()
            half = len(other_paras) // 2
            text = "\n".join([*other_paras[:half], *quoted, *other_paras[half:]])
            yield Case("quoted", text, None, exclude=names[(position + 1) % len(names)])
        yield Case("distinct", corpus[name], None, exclude=name)


def evaluate(corpus: dict[str, str], cases: list[Case], k: int) -> None:
    originals = {name: minhash_signature(text, k=k) for name, text in corpus.items()}
    queries = [minhash_signature(case.text, k=k) for case in cases]
    print(f"\nshingle size k={k}")
    print(f"{'threshold':>9} {'precision':>9} {'recall':>7}  misses / false matches by kind")
    for threshold in THRESHOLDS:
        db = Database(memory=True)
        schema.apply(db)
        index = DedupIndex(db, threshold=threshold)
        for name, signature in originals.items():
            index.add(name, signature)
        true_pos = false_pos = false_neg = 0
        errors: dict[str, int] = {}
        for case, signature in zip(cases, queries, strict=True):
            match = index.find(signature, exclude=case.exclude)
            if case.source is not None and match is not None and match.url == case.source:
                true_pos += 1
                continue
            if match is not None:
                false_pos += 1
            if case.source is not None:
                false_neg += 1
            if match is not None or case.source is not None:
                errors[case.kind] = errors.get(case.kind, 0) + 1
        precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
        recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
        print(f"{threshold:9.2f} {precision:9.3f} {recall:7.3f}  {errors}")


def timed_lookups(index: DedupIndex, signatures: list[bytes]) -> float:
    """Median microseconds per find() over the given signatures."""
    durations = []
    for signature in signatures:
        start = time.perf_counter()
        index.find(signature)
        durations.append(time.perf_counter() - start)
    return statistics.median(durations) * 1e6


def lookup_cost(corpus: dict[str, str], sizes: tuple[int, ...] = (1_000, 10_000, 50_000)) -> None:
    """find() time with the corpus stored among random filler signatures (random uint32 values
    are what the MinHash of unrelated texts looks like), in a database file."""
    rng = np.random.default_rng(0)
    real = {name: minhash_signature(text) for name, text in corpus.items()}
    misses = [minhash_signature(text[::-1]) for text in corpus.values()]
    print("\nlookup cost (threshold 0.5, database file, median of", len(real), "lookups each)")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            db = Database(Path(tmp) / f"dedup-{size}.db")
            schema.apply(db)
            index = DedupIndex(db, threshold=0.5)
            fillers = rng.integers(0, 2**32, size=(size - len(real), 128), dtype=np.uint32)
            with db.atomic():
                for number, values in enumerate(fillers.astype("<u4")):
                    index.add(f"filler-{number}", values.tobytes())
                for name, signature in real.items():
                    index.add(name, signature)
            hit_us = timed_lookups(index, list(real.values()))
            miss_us = timed_lookups(index, misses)
            print(f"  {size:>6} signatures: hit {hit_us:7.1f} µs, miss {miss_us:7.1f} µs", end="")
            # With the file memory-mapped, page reads are not system calls: what remains is
            # the per-lookup work of the index itself.
            db.execute("PRAGMA mmap_size = 1073741824")
            timed_lookups(index, list(real.values()))
            hit_us = timed_lookups(index, list(real.values()))
            miss_us = timed_lookups(index, misses)
            print(f"; memory-mapped and warm: hit {hit_us:7.1f} µs, miss {miss_us:7.1f} µs")
            db.close()


def signature_cost(corpus: dict[str, str], repeats: int = 5) -> None:
    """Microseconds per article for the content hash and the MinHash signature."""
    texts = list(corpus.values())
    words = statistics.median(len(text.split()) for text in texts)
    for label, function in (
        ("content_hash", content_hash),
        ("minhash_signature", minhash_signature),
    ):
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            for text in texts:
                function(text)
            best = min(best, time.perf_counter() - start)
        print(f"{label}: {best / len(texts) * 1e6:.0f} µs per article (median {words:.0f} words)")


def main() -> None:
    require(*TEXT_FOLDERS)
    corpus = all_texts()
    signature_cost(corpus)
    cases = list(make_cases(corpus))
    counts: dict[str, int] = {}
    for case in cases:
        counts[case.kind] = counts.get(case.kind, 0) + 1
    print(f"{len(corpus)} articles, {len(cases)} cases: {counts}")
    for k in SHINGLE_SIZES:
        evaluate(corpus, cases, k)
    lookup_cost(corpus)


if __name__ == "__main__":
    main()
