"""The dev set's comparison rules (tests/support/metadev.py) that the metadata benchmark reports."""

from __future__ import annotations

import dataclasses
import json
from urllib.parse import urlsplit

import pytest

from benchmarks.metadata_quality import _refusals
from tests.support.metadev import (
    REALPAGE_LABELS,
    Case,
    Found,
    half_of,
    judge_authors,
    judge_issue_authors,
    judge_labelled_authors,
    load_author_labels,
    text_half_of,
)


def found(*names: str) -> Found:
    return Found(title=None, authors=list(names), published=None)


@pytest.mark.parametrize(
    ("stored", "truth", "verdict"),
    [
        (["Max Kolter"], ["Dr. Max Kolter"], "right"),  # an academic title is not the name
        (["Anna Beispiel"], ["Prof. Dr. Anna Beispiel"], "right"),
        (["Von Max Muster"], ["Max Muster"], "right"),
        (["J. Smith"], ["John Smith"], "right"),
        (["Timothy Nerozzi"], ["Timothy H.J. Nerozzi"], "right"),  # middle initials left out
        (["Timothy Nerozzi"], ["Timothy Harold Nerozzi"], "right"),
        (["Timothy Nerozzi"], ["Timothy Harold James Nerozzi"], "wrong"),
        (["Max Kolter"], ["Max Kolter", "Erika Muster"], "partial"),
        (["Drake Bell"], ["Max Kolter"], "wrong"),  # "Dr" inside a word is no title
        ([], ["Max Kolter"], "missing"),
    ],
)
def test_judge_authors(stored: list[str], truth: list[str], verdict: str) -> None:
    assert judge_authors(found(*stored), truth) == verdict


def case(*truth: str, sites: tuple[str, ...] = ("Example News",)) -> Case:
    return Case(
        name="x",
        url="https://example-news.com/a",
        host="example-news.com",
        language="en",
        html="",
        fetched_at=None,
        authors=list(truth),
        sites=sites,
    )


@pytest.mark.parametrize(
    ("stored", "truth", "verdict"),
    [
        ([], ["Example News"], "right"),  # the site's name: nothing is what the issue asks
        (["Example News"], ["Example News"], "wrong"),
        ([], ["AFP"], "right"),  # an agency
        (["AFP"], ["AFP"], "wrong"),
        (["Jane Doe"], ["Redaktion Example"], "wrong"),  # a desk's page: any name is wrong
        (["Jane Doe"], ["Jane Doe", "dpa"], "right"),  # persons exact, the agency left out
        (["Jane Doe", "dpa"], ["Jane Doe", "dpa"], "partial"),  # the agency stored
        ([], ["Jane Doe", "dpa"], "missing"),
        (["John Roe"], ["Jane Doe"], "wrong"),
        (["박준석", "김태연"], ["박준석 기자 외 1명"], "right"),  # X and one unnamed other
        (["박준석"], ["박준석 기자 외 1명"], "partial"),  # the other one missing
        (["박준석", "김태연", "홍길동"], ["박준석 기자 외 1명"], "partial"),  # one too many
        (["홍길동"], ["홍길동 기자"], "right"),  # the role word is no part of the name
    ],
)
def test_judge_issue_authors(stored: list[str], truth: list[str], verdict: str) -> None:
    assert judge_issue_authors(found(*stored), case(*truth)) == verdict


@pytest.mark.parametrize(
    ("stored", "labels", "verdict"),
    [
        ([], [], "right"),  # the page names nobody and nothing was stored
        (["Example News"], [], "wrong"),  # anything stored where nobody is named
        (["Jane Doe"], ["Jane Doe"], "right"),
        (["Jane Doe"], ["Jane Doe", "John Roe"], "partial"),
        ([], ["Jane Doe"], "missing"),
        (["John Roe"], ["Jane Doe"], "wrong"),
    ],
)
def test_judge_labelled_authors(stored: list[str], labels: list[str], verdict: str) -> None:
    assert judge_labelled_authors(found(*stored), labels) == verdict


def test_author_labels_hold_persons_of_half_a_only() -> None:
    labels = load_author_labels()
    assert labels, "the labels file is empty"
    for page, names in labels.items():
        assert page.startswith("dates/"), page
        assert isinstance(names, list) and all(isinstance(n, str) and n for n in names), page


def test_realpage_labels_name_pages_both_benchmarks_tune_on() -> None:
    labels = load_author_labels(REALPAGE_LABELS)
    rows = json.loads(REALPAGE_LABELS.read_text(encoding="utf-8"))["pages"]
    assert len(labels) == len(rows) > 0
    for row in rows:
        host = urlsplit(row["url"]).hostname or ""
        host = host.removeprefix("www.")
        assert row["page"].startswith("realpages/"), row["page"]
        assert half_of(host) == "A" and text_half_of(host) == "A", row["page"]
        names = row["authors"]
        assert isinstance(names, list) and all(isinstance(n, str) and n for n in names), row


# A dates/ page: its truth is a day.
DATED = dataclasses.replace(case(), date="2024-03-05", date_only=True)


def test_each_refused_candidate_is_judged_as_if_stored() -> None:
    refused = [
        ("conflict", "jsonld", "2024-03-01T10:00:00+00:00"),
        ("conflict", "url", "2024-03-05T00:00:00+00:00"),
    ]
    assert list(_refusals(DATED, refused)) == [
        ("conflict", "jsonld", "wrong"),
        ("conflict", "url", "right"),
    ]


def test_a_candidate_refused_twice_on_one_page_counts_once() -> None:
    weak = ("weak", "extractor", "2024-03-05T00:00:00+00:00")
    assert list(_refusals(DATED, [weak, weak])) == [("weak", "extractor", "right")]
    assert list(_refusals(DATED, [])) == []
