"""The CPU-heavy work on one page, run in a worker process, off the reactor thread.

Everything here is a pure function of its input, so one call per page crosses the process
boundary once: extraction, cleaning, language detection and fingerprinting.
"""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipelines.boilerplate import candidate_keys
from pipelines.text import language
from pipelines.text.cleaning import clean_with_counts
from pipelines.text.extraction import extract_article
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


@dataclass
class PageResult:
    """Article fields, or ``drop`` naming why the page holds no article.

    ``counts`` are stat increments (``clean/<family>``, ``language/<reason>``) for the crawl's
    stats; ``line_keys`` are the candidate lines of the uncleaned text, for learned boilerplate.
    """

    drop: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    line_keys: dict[str, str] = field(default_factory=dict)


def analyze_page(job: PageJob) -> PageResult:
    extracted = extract_article(job.html, job.url)
    if extracted is None:
        return PageResult(drop="no_text")
    raw = extracted.text.strip()
    title = extracted.title or job.title_hint
    text, dropped = clean_with_counts(
        raw, title=title, extra_patterns=job.strip_patterns, learned=job.learned
    )
    counts: Counter[str] = Counter({f"clean/{family}": n for family, n in dropped.items()})
    if len(text) < job.min_text_chars:
        return PageResult(drop="too_short", counts=dict(counts))
    detected = language.detect_language(
        text, fallback=extracted.language, max_chars=job.language_chars
    )
    if detected.reason:
        counts[f"language/{detected.reason}"] += 1
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
            "page_language": extracted.language,
            "language": detected.language,
            "language_prob": detected.probability,
            "content_hash": content_hash(text),
            "signature": minhash_signature(text),
            # Compressed here, in the worker: zlib costs about a millisecond per page.
            "html_gz": zlib.compress(job.html.encode("utf-8"), 6) if job.keep_html else None,
        },
        counts=dict(counts),
        line_keys=candidate_keys(raw),
    )


def warm_up() -> None:
    """Load what each worker needs once, so the first page pays no import or profile cost."""
    language.warm_up()
