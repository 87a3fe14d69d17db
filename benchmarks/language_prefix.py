"""How much text does language detection need? Full text vs bounded samples.

For each article text (seeds + trafilatura output of the saved real pages) detects the language
on the whole text, then on bounded samples: the first N characters ("prefix") and N/2 from the
start plus N/2 from the middle ("head+middle"). Prints, per sample size, the agreement with the
full-text answer and the mean milliseconds per article, then the disagreements.

Then accuracy against labels: the pages of ../shared/metadev (truth.jsonl states each page's
language; no language rule was tuned on them) through the text pipeline, detected on the whole
text and on each prefix size, right / wrong against the label (pages with no text left out).

Run from the repository root:  .venv/bin/python -m benchmarks.language_prefix
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable

from pipelines.text.article import article_text
from pipelines.text.language import detect_language, sample_text, warm_up
from tests.support.corpus import all_texts
from tests.support.metadev import DEFAULT_DATA, load_cases

SIZES = (200, 300, 500, 1000, 2000, 4000)
REPEATS = 3


def head_middle(text: str, size: int) -> str:
    if len(text) <= size:
        return text
    half = size // 2
    middle = len(text) // 2
    return sample_text(text, half) + " " + sample_text(text[middle:], half)


def timed(texts: list[str], make_sample: Callable[[str], str]) -> tuple[list[str | None], float]:
    """Languages found and mean ms per article (best of REPEATS, to damp scheduler noise)."""
    best = float("inf")
    languages: list[str | None] = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        languages = []
        for text in texts:
            sample = make_sample(text)
            languages.append(detect_language(sample, max_chars=len(sample) + 1).language)
        best = min(best, time.perf_counter() - start)
    return languages, best / len(texts) * 1000


def main() -> None:
    corpus = all_texts()
    names, texts = list(corpus), list(corpus.values())
    warm_up()
    full, full_ms = timed(texts, lambda text: text)
    lengths = sorted(len(text) for text in texts)
    print(f"{len(texts)} articles, median {lengths[len(lengths) // 2]} chars, max {lengths[-1]}")
    print("full-text languages:", dict(collections.Counter(full).most_common()))
    print(f"{'sample':<20} {'agree %':>8} {'ms/article':>11}")
    print(f"{'full text':<20} {100.0:8.1f} {full_ms:11.2f}")
    disagreements: dict[str, list[str]] = collections.defaultdict(list)
    for size in SIZES:
        samplers: dict[str, Callable[[str], str]] = {
            f"prefix {size}": lambda text, size=size: sample_text(text, size),
            f"head+middle {size}": lambda text, size=size: head_middle(text, size),
        }
        for label, sampler in samplers.items():
            found, ms = timed(texts, sampler)
            agree = sum(a == b for a, b in zip(found, full, strict=True))
            print(f"{label:<20} {100 * agree / len(texts):8.1f} {ms:11.2f}")
            for name, got, want in zip(names, found, full, strict=True):
                if got != want:
                    disagreements[label].append(f"{name}: {got} (full: {want})")
    print("\ndisagreements:")
    for label, rows in disagreements.items():
        print(f"  {label}: {'; '.join(rows)}")
    labelled_accuracy()


def labelled_accuracy() -> None:
    """Right answers against the metadev labels, full text and per prefix size."""
    if not (DEFAULT_DATA / "truth.jsonl").is_file():
        print(f"\n(no labelled pages: {DEFAULT_DATA} is absent)")
        return
    labelled: list[tuple[str, str, str]] = []  # name, label, pipeline text
    for case in load_cases(DEFAULT_DATA):
        if case.name.startswith("dates/"):
            continue  # no language label: the dates set states only the date
        article = article_text(case.html, case.url)
        if article is not None and article.text.strip():
            labelled.append((case.name, case.language, article.text))
    texts = [text for _, _, text in labelled]
    print(f"\nmetadev pages with a language label and text: {len(labelled)}")
    print(f"{'sample':<20} {'right':>6} {'of':>4} {'ms/article':>11}  wrong")
    rows: list[tuple[str, Callable[[str], str]]] = [("full text", lambda text: text)]
    rows += [(f"prefix {n}", lambda text, n=n: sample_text(text, n)) for n in SIZES]
    for label, sampler in rows:
        found, ms = timed(texts, sampler)
        wrong = [
            f"{name} {got} (label {want})"
            for (name, want, _), got in zip(labelled, found, strict=True)
            if got != want
        ]
        right = len(labelled) - len(wrong)
        print(f"{label:<20} {right:6d} {len(labelled):4d} {ms:11.2f}  {'; '.join(wrong)}")


if __name__ == "__main__":
    main()
