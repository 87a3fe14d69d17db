"""CPU per page of the line rules (pipelines/text/cleaning.py) on the dev sets' real texts.

    .venv/bin/python -m benchmarks.cleaning_cost [--rounds 7] [--texts FILE]

Extracts the article text of every realpages and metadev page once (trafilatura, as
``benchmarks.text_quality``'s ``today`` system does), then times :func:`drop_reasons` over all of
them, ``--rounds`` times, and prints the median and the spread of CPU milliseconds per page, with
the lines per page. Extraction is slow and the same for every version of the rules: ``--texts``
keeps the texts in a file (written when it is missing, read when it is there), so that runs of
two versions of the code can alternate on the very same input. Aggregates only: half B is held
out, and its pages are timed, never shown.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from benchmarks.text_quality import SHARED, load_metadev, load_realpages
from tests.support.corpus import require


def load_texts(cache: Path | None) -> list[tuple[str, str | None]]:
    """(extracted text, title) of every realpages and metadev page with a text."""
    if cache is not None and cache.is_file():
        return [(t, title) for t, title in json.loads(cache.read_text(encoding="utf-8"))]
    require(SHARED / "realpages", SHARED / "metadev")
    from pipelines.text.extraction import extract_article

    texts = []
    for case in [*load_realpages(SHARED), *load_metadev(SHARED)]:
        extracted = extract_article(case.html, case.url)
        if extracted is not None:
            texts.append((extracted.text.strip(), extracted.title or case.title))
    if cache is not None:
        cache.write_text(json.dumps(texts), encoding="utf-8")
    return texts


def one_round(texts: list[tuple[str, str | None]]) -> float:
    """CPU seconds of :func:`drop_reasons` over every text."""
    from pipelines.text.cleaning import drop_reasons, forget_kept_lines

    forget_kept_lines()  # every round meets the texts' lines as the first did
    t0 = time.process_time()
    for text, title in texts:
        drop_reasons(text, title=title)
    return time.process_time() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--texts", type=Path, help="cache of the extracted texts (JSON)")
    args = parser.parse_args()
    texts = load_texts(args.texts)
    one_round(texts)  # warm-up: the first pass fills the regex module's caches
    rounds = sorted(one_round(texts) * 1000 / len(texts) for _ in range(args.rounds))
    lines = sum(len(text.splitlines()) for text, _ in texts) / len(texts)
    print(
        f"drop_reasons: {statistics.median(rounds):.3f} ms/page (median of {args.rounds} rounds,"
        f" {rounds[0]:.3f}-{rounds[-1]:.3f}), {len(texts)} pages, {lines:.0f} lines/page"
    )


if __name__ == "__main__":
    main()
