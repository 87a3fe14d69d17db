"""Article texts for the benchmarks: the seeds plus trafilatura's text of the saved real pages.

Reads the ``shared`` folder beside the repository (see notes); extraction takes a few seconds.
"""

from __future__ import annotations

from pathlib import Path

import trafilatura
from trafilatura.utils import decode_file

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def seed_texts() -> dict[str, str]:
    return {path.name: path.read_text("utf-8") for path in sorted((SHARED / "seeds").glob("*.txt"))}


def realpage_texts(min_chars: int = 250) -> dict[str, str]:
    """Extracted text of each saved page, keeping those long enough to count as articles."""
    texts = {}
    for path in sorted((SHARED / "realpages" / "html").glob("*.html")):
        html = decode_file(path.read_bytes())  # trafilatura guesses the charset
        text = trafilatura.extract(html)
        if text and len(text) >= min_chars:
            texts[path.name] = text
    return texts


def all_texts() -> dict[str, str]:
    return {**seed_texts(), **realpage_texts()}
