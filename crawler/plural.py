"""Counts as a person reads them: "1 article saved", "2 articles saved"."""

from __future__ import annotations


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``count`` and its noun: ``noun`` for one, else ``nouns`` (``noun`` + "s" unless
    given: "copy", "copies"). The run summary said "1 articles saved", "1 pages"."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"
