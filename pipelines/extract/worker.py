"""The CPU-heavy work on one page, run in a worker process, off the reactor thread.

Everything here is a pure function of its input, so one call per page crosses the process
boundary once: extraction, cleaning, language detection and fingerprinting.
"""

from __future__ import annotations

import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipelines.index.boilerplate import candidate_keys
from pipelines.text import language
from pipelines.text.article import TextOptions, article_text
from pipelines.text.fingerprint import content_hash, minhash_signature


@dataclass
class PageJob:
    url: str
    html: str
    title_hint: str | None = None
    min_text_chars: int = 250
    strip_patterns: tuple[str, ...] = ()
    learned: frozenset[str] = frozenset()
    keep_html: bool = False
    language_chars: int = language.DEFAULT_MAX_CHARS
    consensus: bool = True
    explain: bool = False


@dataclass
class PageResult:
    """Article fields, or ``drop`` naming why the page holds no article.

    ``counts`` are stat increments (``clean/<family>``, ``language/<reason>``) for the crawl's
    stats; ``line_keys`` are the candidate lines of the uncleaned text, for learned boilerplate;
    ``seconds`` is the time spent per stage, so a crawl's stats show where worker time goes;
    ``decisions`` (with ``explain``) are (stage, reason, kept, block) for every text block.
    """

    drop: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    line_keys: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    decisions: list[tuple[str, str, bool, str]] = field(default_factory=list)


# Stages of the text pipeline summed into the crawl's two text timings: reading the page
# (parse, trafilatura, markup signals, second opinion) and deciding about its blocks.
_EXTRACT_STAGES = frozenset({"parse", "extract", "signals", "templates", "consensus"})


def analyze_page(job: PageJob) -> PageResult:
    # CPU time, not wall time: a worker waiting for a core must not look slow. Five calls
    # per page cost a few microseconds.
    options = TextOptions(
        disabled=frozenset() if job.consensus else frozenset({"consensus"}), explain=job.explain
    )
    article = article_text(
        job.html,
        job.url,
        title_hint=job.title_hint,
        strip_patterns=job.strip_patterns,
        learned=job.learned,
        options=options,
    )
    seconds: dict[str, float] = {"extract": 0.0, "clean": 0.0}
    if article is None:
        return PageResult(drop="no_text", seconds=seconds)
    t1 = time.process_time()
    for stage, spent in article.seconds.items():
        seconds["extract" if stage in _EXTRACT_STAGES else "clean"] += spent
    extracted, text = article.extracted, article.text
    counts: Counter[str] = Counter(article.counts)
    decisions = [(d.stage, d.reason, d.kept, d.block) for d in article.decisions]
    if not job.explain:
        decisions = []
    if len(text) < job.min_text_chars:
        return PageResult(
            drop="too_short", counts=dict(counts), seconds=seconds, decisions=decisions
        )
    line_keys = {**candidate_keys(article.raw), **article.template_keys}
    t2 = time.process_time()
    seconds["clean"] += t2 - t1
    detected = language.detect_language(
        text, fallback=extracted.language, max_chars=job.language_chars
    )
    t3 = time.process_time()
    seconds["language"] = t3 - t2
    if detected.reason:
        counts[f"language/{detected.reason}"] += 1
    fingerprint = content_hash(text), minhash_signature(text)
    t4 = time.process_time()
    seconds["fingerprint"] = t4 - t3
    # Compressed here, in the worker. Level 3 takes half the CPU of level 6 (0.85 against
    # 1.7 ms on generated 80 KB pages) for 8 % more bytes (benchmarks/throughput.py notes).
    html_gz = zlib.compress(job.html.encode("utf-8"), 3) if job.keep_html else None
    seconds["compress"] = time.process_time() - t4
    return PageResult(
        fields={
            "text": text,
            "title": extracted.title,
            "author": extracted.author,
            "published": extracted.date,
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
        counts=dict(counts),
        line_keys=line_keys,
        seconds=seconds,
        decisions=decisions,
    )


def warm_up() -> None:
    """Load what each worker needs once, so the first page pays no import or profile cost."""
    language.warm_up()
