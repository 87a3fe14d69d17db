"""How much text does language detection need? Full text vs bounded samples.

For each article text (seeds + trafilatura output of the saved real pages) detects the language
on the whole text, then on bounded samples: the first N characters ("prefix") and N/2 from the
start plus N/2 from the middle ("head+middle"). Prints, per sample size, the agreement with the
full-text answer and the mean milliseconds per article, then the disagreements.

Then accuracy against labels: the pages of ../shared/metadev (truth.jsonl states each page's
language; no language rule was tuned on them) through the text pipeline, detected on the whole
text and on each prefix size, right / wrong against the label (pages with no text left out).

Then the random walks: langdetect runs 7 walks per text and averages them; fewer walks, or
stopping once the first walks all end on one language (``AGREE``), cost less. For each setting,
at the default prefix: agreement with 7 walks on the texts above, and right / wrong against the
metadev labels, half A with its misses named, half B (held out) as counts only. The dates set's
pages are counted apart, against the language they declare (a weaker label).

Run from the repository root:  .venv/bin/python -m benchmarks.language_prefix [--walks-only]
"""

from __future__ import annotations

import collections
import sys
import time
from collections.abc import Callable
from functools import partial

from pipelines.text import language
from pipelines.text.article import article_text
from pipelines.text.language import detect_language, sample_text, warm_up
from tests.support.corpus import TEXT_FOLDERS, all_texts, require
from tests.support.metadev import DEFAULT_DATA, half_of, load_cases

SIZES = (200, 300, 500, 1000, 2000, 4000)
REPEATS = 3
# (walks, agree): langdetect's own first, then cheaper settings.
WALKS = ((7, 0), (5, 0), (4, 0), (3, 0), (2, 0), (1, 0), (7, 2), (7, 3))


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
    if "--walks-only" in sys.argv[1:]:
        walks()
        return
    require(*TEXT_FOLDERS)
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
            f"prefix {size}": partial(sample_text, max_chars=size),
            f"head+middle {size}": partial(head_middle, size=size),
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
    rows += [(f"prefix {n}", partial(sample_text, max_chars=n)) for n in SIZES]
    for label, sampler in rows:
        found, ms = timed(texts, sampler)
        wrong = [
            f"{name} {got} (label {want})"
            for (name, want, _), got in zip(labelled, found, strict=True)
            if got != want
        ]
        right = len(labelled) - len(wrong)
        print(f"{label:<20} {right:6d} {len(labelled):4d} {ms:11.2f}  {'; '.join(wrong)}")
    walks()


def _detect_all(texts: list[str], trials: int, agree: int) -> tuple[list[str | None], float]:
    """Languages at the default prefix with ``trials`` walks and ``agree``; CPU ms per text
    (best of REPEATS)."""
    language.TRIALS, language.AGREE = trials, agree
    try:
        best = float("inf")
        found: list[str | None] = []
        for _ in range(REPEATS):
            start = time.process_time()
            found = [detect_language(text).language for text in texts]
            best = min(best, time.process_time() - start)
    finally:
        language.TRIALS, language.AGREE = 7, 0
    return found, best / max(len(texts), 1) * 1000


def walks() -> None:
    """Fewer random walks against langdetect's 7 (see the module docstring)."""
    warm_up()
    corpus = list(all_texts().values())
    labelled: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
    if (DEFAULT_DATA / "truth.jsonl").is_file():
        for case in load_cases(DEFAULT_DATA):
            declared = case.name.startswith("dates/")
            if declared and case.language == "?":
                continue
            article = article_text(case.html, case.url)
            if article is None or not article.text.strip():
                continue
            group = ("declared " if declared else "truth ") + half_of(case.host)
            labelled[group].append((case.name, case.language, article.text))
    groups = sorted(labelled)
    reference, _ = _detect_all(corpus, 7, 0)
    print(f"\nrandom walks at a {language.DEFAULT_MAX_CHARS}-character prefix")
    header = " ".join(f"{g + f' ({len(labelled[g])})':>17}" for g in groups)
    print(f"{'walks/agree':<12} {'ms/text':>8} {'same as 7':>10} {header}")
    misses: dict[str, set[str]] = collections.defaultdict(set)
    for trials, agree in WALKS:
        found, ms = _detect_all(corpus, trials, agree)
        same = sum(a == b for a, b in zip(found, reference, strict=True))
        cells = []
        for group in groups:
            rows = labelled[group]
            got, _ = _detect_all([text for _, _, text in rows], trials, agree)
            right = sum(g == want for g, (_, want, _) in zip(got, rows, strict=True))
            cells.append(f"{right:>17}")
            if group.endswith("A"):  # never name a held-out page
                misses[f"{trials}/{agree}"] |= {
                    f"{name}: {g} (label {want})"
                    for g, (name, want, _) in zip(got, rows, strict=True)
                    if g != want
                }
        print(f"{f'{trials}/{agree}':<12} {ms:8.2f} {same:>6}/{len(corpus):<3} {' '.join(cells)}")
    reference_misses = misses.pop("7/0", set())
    print("\nhalf A misses with 7 walks:")
    for miss in sorted(reference_misses):
        print(f"  {miss}")
    for setting, found_misses in misses.items():
        changed = sorted(found_misses ^ reference_misses)
        print(f"{setting}: {'; '.join(changed) if changed else 'the same misses'}")


if __name__ == "__main__":
    main()
