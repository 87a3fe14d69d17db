"""The CPU-heavy work on one page, run in a worker process, off the reactor thread.

Everything here is a pure function of its input, so one call per page crosses the process
boundary once: parsing (once), the article text with the metadata it resolves on the way
(pipelines/text/article.py), language detection and fingerprinting. Only worker processes
import this module; the crawl process reaches it through pipelines/extract/workerloop.py.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from crawler.storage.pagecodec import pack_page
from pipelines.extract.jobs import PageJob, PageResult
from pipelines.text import language
from pipelines.text.article import TextOptions, article_text
from pipelines.text.cleaning import candidate_keys
from pipelines.text.extraction import read_page
from pipelines.text.fingerprint import content_hash, minhash_signature
from pipelines.text.metadata import ListingHints
from pipelines.text.pagetype import listing_reason
from pipelines.text.structured import gather, stored_form, well_formed_values

# Stages of the text pipeline summed into the crawl's timings: reading the page (parse,
# trafilatura, markup signals, second opinion), the metadata resolved between, and deciding
# about the blocks (every other stage).
_STAGE_TIMINGS = {
    "parse": "extract",
    "extract": "extract",
    "signals": "extract",
    "templates": "extract",
    "consensus": "extract",
    "metadata": "metadata",
}


def analyze_page(job: PageJob) -> PageResult:
    """Everything the crawl needs of one page, in one call.

    The page is parsed once, and whether it is a listing (a front, not an article) is decided
    on that tree before any text work: a listing costs the parse and the listing check, not
    the ~30 ms of extraction and cleaning (benchmarks/worker_cost.py --listings).
    """
    # CPU time, not wall time: a worker waiting for a core must not look slow.
    t0 = time.process_time()
    # The text every reader gets, lone surrogates read as U+FFFD (extraction.well_formed).
    html, tree = read_page(job.html, job.utf8)
    if tree is None:
        return PageResult(drop="no_text", seconds={"extract": time.process_time() - t0})
    t1 = time.process_time()
    facts = gather(tree, job.url)
    listing = listing_reason(facts, tree)
    t2 = time.process_time()
    seconds: dict[str, float] = {"extract": t1 - t0, "clean": 0.0, "metadata": t2 - t1}
    # What the page held past the caps of its reading (structured.MAX_LD_JSON_CHARS, …).
    capped = Counter(f"meta/{reason}" for reason in facts.skipped)
    if listing:
        # A listing is not an article: its text and metadata would describe no article.
        capped[f"meta/listing/{listing}"] += 1
        return PageResult(drop="listing", counts=dict(capped), seconds=seconds)
    disabled = {"consensus"} if not job.consensus else set()
    if not job.fast:
        disabled.add("fast")
    options = TextOptions(disabled=frozenset(disabled), explain=job.explain)
    hints = ListingHints.from_mapping(job.hints)
    article = article_text(
        html,
        job.url,
        title_hint=hints.title,
        strip_patterns=job.strip_patterns,
        learned=job.learned,
        options=options,
        tree=tree,
        facts=facts,
        fetched_at=job.fetched_at,
        hints=hints,
    )
    if article is None:
        return PageResult(drop="no_text", counts=dict(capped), seconds=seconds)
    for stage, spent in article.seconds.items():
        seconds[_STAGE_TIMINGS.get(stage, "clean")] += spent
    extracted, text, meta = article.extracted, article.text, article.metadata
    t2 = time.process_time()
    counts: Counter[str] = Counter(f"meta/{name}_conflict" for name in meta.conflicts)
    counts.update(f"meta/{name}_weak" for name in meta.weak)
    counts.update(f"meta/{reason}" for reason in meta.skipped)
    counts.update(article.counts)
    counts.update(capped)
    counts.update(extracted.counts)
    decisions = [(d.stage, d.reason, d.kept, d.block) for d in article.decisions]
    if not job.explain:
        decisions = []
    if len(text) < job.min_text_chars:
        return PageResult(
            drop="too_short", counts=dict(counts), seconds=seconds, decisions=decisions
        )
    line_keys = {**candidate_keys(article.raw), **article.template_keys}
    t3 = time.process_time()
    seconds["clean"] += t3 - t2
    detected = language.detect_language(
        text, fallback=extracted.language, max_chars=job.language_chars
    )
    t4 = time.process_time()
    seconds["language"] = t4 - t3
    if detected.reason:
        counts[f"language/{detected.reason}"] += 1
    fingerprint = content_hash(text), minhash_signature(text)
    t5 = time.process_time()
    seconds["fingerprint"] = t5 - t4
    # Compressed here, in the worker (crawler/storage/pagecodec.py says how and why).
    # The bytes the job came as, where the page was read as it came (not made well formed).
    utf8 = job.utf8 if html is job.html else None
    html_gz = pack_page(html, utf8) if job.keep_html else None
    seconds["compress"] = time.process_time() - t5
    return PageResult(
        # The page's text was made well formed where it entered (read_page), but a JSON
        # string escape ("\\udc00" in JSON-LD, read by our readers and trafilatura's) makes a
        # lone surrogate of valid text: in an author's name it made SQLite refuse the row. The
        # fields are checked once, here, where they leave the analysis, and given the form
        # every stored text has (no control characters, composed: structured.stored_form).
        # A text that form empties (a JSON-LD headline of control characters only) is no
        # text: stored "" beside the NULL of a page without one, the two read as one empty
        # field in a CSV export and as "" and null in JSON Lines.
        fields=_no_empty_texts(
            well_formed_values(
                {
                    "text": text,
                    "title": meta.title,
                    "authors": meta.authors,
                    "author": meta.author,
                    "published": meta.published,
                    "published_precision": meta.published_precision,
                    "published_day": meta.published_local_day,
                    "modified": meta.modified,
                    "meta_origin": meta.stored_origin,
                    "meta_conflicts": list(meta.conflicts),
                    "description": extracted.description,
                    "sitename": extracted.sitename,
                    "tags": extracted.tags,
                    "image": extracted.image,
                    "language": detected.language,
                    "language_prob": detected.probability,
                    "content_hash": fingerprint[0],
                    "signature": fingerprint[1],
                    "html_gz": html_gz,
                    "paywalled": article.paywalled,
                },
                stored_form,
            )
        ),
        counts=dict(counts),
        line_keys=line_keys,
        seconds=seconds,
        decisions=decisions,
    )


def _no_empty_texts(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with every empty text as None, the one way the store says "none"."""
    return {name: None if value == "" else value for name, value in fields.items()}


__all__ = ["PageJob", "PageResult", "analyze_page", "warm_up"]


# A small article that takes every stage: run once by :func:`warm_up`. Its address is one
# that courlan's quick host pattern cannot read (a port, as here, or a name of three letters
# or fewer, as cnn.com or bbc.co.uk), so courlan, reading the host for trafilatura's metadata,
# loads its public-suffix list (about 50 ms) here rather than on a worker's first such page.
_WARM_UP_WORDS = [
    "council",
    "budget",
    "school",
    "roads",
    "water",
    "parks",
    "library",
    "housing",
    "transport",
    "vote",
]
_WARM_UP_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><title>Budget agreed - Warm-up News</title>"
    "<meta name='author' content='Jane Doe'>"
    "<meta property='article:published_time' content='2026-01-01T10:00:00Z'>"
    "</head><body><nav><a href='/news/'>News</a></nav><article><h1>Budget agreed</h1>"
    "<p class='byline'>By <a href='/authors/jane-doe/'>Jane Doe</a></p>"
    + "".join(
        "<p>"
        + " ".join(f"{_WARM_UP_WORDS[(i * 7 + j) % len(_WARM_UP_WORDS)]}{j}" for j in range(40))
        + ".</p>"
        for i in range(6)
    )
    + "</article><footer><a href='/about/'>About</a></footer></body></html>"
)
WARM_UP_JOB = PageJob(
    url="http://localhost:8080/news/2026/01/01/budget-agreed.html",
    html=_WARM_UP_PAGE,
    fetched_at="2026-01-02T00:00:00Z",
    min_text_chars=0,
    keep_html=True,
)
_warm = False


def warm_up() -> None:
    """Load what each worker needs once, so the first page pays no import or profile cost.

    Beyond the language profiles, the first page through the text stack pays about 100 ms of
    lazy loading (resiliparse's first call, courlan's public-suffix list, compiled patterns).
    One page analysed here pays it; run in the forkserver (pipelines/extract/preload.py),
    every worker forked from it, replacements included, starts with it paid.
    """
    global _warm
    if _warm:
        return
    language.warm_up()
    analyze_page(WARM_UP_JOB)
    _warm = True
