"""The dev set's comparison rules (tests/support/metadev.py) that the metadata benchmark reports."""

from __future__ import annotations

import pytest

from tests.support.metadev import Found, judge_authors


def found(*names: str) -> Found:
    return Found(title=None, authors=list(names), published=None)


@pytest.mark.parametrize(
    ("stored", "truth", "verdict"),
    [
        (["Max Kolter"], ["Dr. Max Kolter"], "right"),  # an academic title is not the name
        (["Anna Beispiel"], ["Prof. Dr. Anna Beispiel"], "right"),
        (["Von Max Muster"], ["Max Muster"], "right"),
        (["J. Smith"], ["John Smith"], "right"),
        (["Max Kolter"], ["Max Kolter", "Erika Muster"], "partial"),
        (["Drake Bell"], ["Max Kolter"], "wrong"),  # "Dr" inside a word is no title
        ([], ["Max Kolter"], "missing"),
    ],
)
def test_judge_authors(stored: list[str], truth: list[str], verdict: str) -> None:
    assert judge_authors(found(*stored), truth) == verdict
