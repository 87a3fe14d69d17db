"""Article texts for the benchmarks: the seeds plus trafilatura's text of the saved real pages.

Reads the ``shared`` folder beside the repository (see notes); extraction takes a few seconds.
"""

from __future__ import annotations

from pathlib import Path

import trafilatura
from trafilatura.utils import decode_file

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
# What :func:`all_texts` reads.
TEXT_FOLDERS = (SHARED / "seeds", SHARED / "realpages" / "html")


def require(
    *folders: Path, hint: str = "the benchmarks read ../shared beside the repository"
) -> None:
    """Stop a benchmark at once, naming what is missing, when the dev data it reads is absent.

    A benchmark run on a clone without ``../shared`` would otherwise sample an empty corpus and
    fail deep inside (an ``IndexError`` from ``random.choice``, a division by zero), after seconds
    of work, with nothing saying why.
    """
    missing = [folder.resolve() for folder in folders if not folder.is_dir()]
    if missing:
        names = ", ".join(str(folder) for folder in missing)
        raise SystemExit(f"no dev data at {names} ({hint})")


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
