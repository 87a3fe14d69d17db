"""The CPU-heavy work on one page, run in a worker process, off the reactor thread.

Everything here is a pure function of its input, so one call per page crosses the process
boundary once: extraction, cleaning, language detection and hashing.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

from pipelines.text.extraction import extract_article


@dataclass
class PageJob:
    url: str
    html: str
    min_text_chars: int = 250
    strip_patterns: tuple[str, ...] = ()
    learned: frozenset[str] = frozenset()
    keep_html: bool = False


@dataclass
class PageResult:
    """Extracted fields, or ``drop`` naming why the page holds no article."""

    drop: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)


def analyze_page(job: PageJob) -> PageResult:
    extracted = extract_article(job.html, job.url)
    if extracted is None:
        return PageResult(drop="no_text")
    text = extracted.text.strip()
    if len(text) < job.min_text_chars:
        return PageResult(drop="too_short")
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
            # Compressed here, in the worker: zlib costs about a millisecond per page.
            "html_gz": zlib.compress(job.html.encode("utf-8"), 6) if job.keep_html else None,
        }
    )


def warm_up() -> None:
    """Load what each worker needs once, so the first page pays no import cost."""
    import trafilatura  # noqa: F401
