"""The metadata benchmark's ``--why``: why a page's date is missing or wrong, and what it holds."""

from datetime import UTC, datetime

import pytest

from benchmarks.date_why import Why, WhyTally, why
from pipelines.text.extraction import extract_from_tree, parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata
from tests.support.metadev import Case

FETCHED = datetime(2024, 6, 1, tzinfo=UTC)


def _case(html: str, date: str | None, url: str = "https://news.example/story") -> Case:
    return Case("x.html", url, "news.example", "en", html, FETCHED, date=date, date_only=True)


def _resolved(case: Case) -> PageMetadata:
    tree = parse_html(case.html)
    assert tree is not None
    extracted = extract_from_tree(tree, case.html, case.url)
    return resolve_metadata(
        tree, case.url, fetched_at=case.fetched_at, extracted=extracted, html=case.html
    )


# A declared publication the URL's full date contradicts: the resolver refuses both.
CONFLICT = (
    "<html><head><title>Rain</title>"
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rain falls",'
    ' "datePublished": "2024-05-20T10:00:00+02:00"}</script></head>'
    "<body><article><h1>Rain falls</h1><p>"
    + "It rained all day in the valley and the river rose. " * 20
    + "</p></article></body></html>"
)


def test_a_conflict_names_its_origins_and_the_one_writing_the_truths_day() -> None:
    case = _case(CONFLICT, "2024-05-03", "https://news.example/2024/05/03/rain-falls")
    meta = _resolved(case)
    assert meta.published is None and "published" in meta.conflicts
    found = why(case, meta, "missing")
    assert found.reason == "conflict"
    assert {"jsonld", "url"} <= found.present
    assert "url" in found.truthful and "jsonld" not in found.truthful
    # The page writes the truth's day only in its address.
    assert found.place == "nowhere"


def test_a_page_without_any_date_has_no_candidate() -> None:
    html = "<html><body><h1>Rain falls</h1><p>" + "It rained. " * 40 + "</p></body></html>"
    case = _case(html, "2024-05-03")
    found = why(case, _resolved(case), "missing")
    assert found == Why("no candidate", frozenset(), frozenset(), "nowhere")


def test_a_wrong_date_is_told_by_its_origin() -> None:
    case = _case(CONFLICT, "2024-05-03")
    meta = _resolved(case)
    assert meta.origin.get("published") == "jsonld"
    found = why(case, meta, "wrong")
    assert found.reason == "wrong from jsonld"
    assert found.truthful == frozenset()


@pytest.mark.parametrize(
    ("time", "truthful"),
    [
        # A <time> far from the headline, in the footer, still counts as present (the
        # extractor may read it too).
        ('<footer><time datetime="2024-05-03">3 May</time></footer>', True),
        ('<footer><time datetime="2024-04-01">1 April</time></footer>', False),
    ],
)
def test_a_time_anywhere_is_evidence(time: str, truthful: bool) -> None:
    html = f"<html><body><h1>Rain falls</h1><p>{'It rained. ' * 40}</p>{time}</body></html>"
    case = _case(html, "2024-05-03")
    found = why(case, PageMetadata(), "missing")
    assert "time" in found.present
    assert ("time" in found.truthful) is truthful
    assert found.truthful <= {"time", "extractor"}
    assert found.reason == "dropped"


def test_the_tally_counts_reasons_origins_and_reach() -> None:
    tally = WhyTally.empty()
    tally.add(Why("weak", frozenset({"extractor"}), frozenset({"extractor"}), "attribute"))
    tally.add(Why("weak", frozenset({"extractor", "time"}), frozenset(), "nowhere"))
    tally.add(Why("conflict", frozenset({"jsonld"}), frozenset(), "below the h1"))
    lines = tally.lines()
    assert lines[0] == "    weak: 2 pages, truth's day in a candidate on 1"
    assert lines[1] == "      origins (present/truth's day): time 1/0, extractor 2/1"
    assert lines[2] == "      truth's day written: attribute 1, nowhere 1"
    assert lines[3] == "    conflict: 1 pages, truth's day in a candidate on 0"
