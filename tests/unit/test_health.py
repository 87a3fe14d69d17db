"""Run health: the quality tally and the collapse flags `scrapy runs` shows."""

from __future__ import annotations

import pytest

from crawler.runs.health import QualityTally, collapse_flags

USUAL = {
    "outcome": "ok",
    "links_found": 20,
    "scraped": 10,
    "articles_dropped": 0,
    "median_text_len": 3000.0,
    "share_no_date": 0.0,
    "listings_not_modified": 0,
}


def test_quality_tally() -> None:
    tally = QualityTally()
    tally.add("x" * 100, "2024-01-01T00:00:00+00:00", None, "day")
    tally.add("x" * 300, None, "A")
    tally.add("x" * 200, "2024-01-02T10:00:00+00:00", "B", "minute", paywalled=True)
    assert tally.summary() == {
        "scraped": 3,
        "share_no_date": 0.333,
        "share_no_time": 0.667,
        "share_no_author": 0.333,
        "share_paywalled": 0.333,
        "median_text_len": 200.0,
        "meta_conflicts": 0,
    }
    assert QualityTally().summary()["median_text_len"] is None


@pytest.mark.parametrize(
    ("change", "flags"),
    [
        ({}, []),
        ({"median_text_len": 900.0}, ["length"]),
        ({"share_no_date": 0.8}, ["dates"]),
        ({"links_found": 0, "scraped": 0}, ["nothing"]),
        ({"links_found": 0, "scraped": 0, "listings_not_modified": 2}, []),  # 304s: nothing new
        ({"scraped": 0, "articles_dropped": 12}, ["nothing"]),
        # Every page re-fetched was the same (no row written), one dropped: no collapse.
        ({"scraped": 0, "articles_unchanged": 9, "articles_dropped": 1}, []),
        ({"scraped": 2, "median_text_len": 100.0}, []),  # too few articles to judge
    ],
)
def test_collapse_flags(change: dict, flags: list[str]) -> None:
    assert collapse_flags({**USUAL, **change}, [USUAL] * 4) == flags


def test_collapse_needs_history() -> None:
    assert collapse_flags({**USUAL, "median_text_len": 10.0}, []) == []


def test_a_reprocess_run_is_no_collapse_of_links() -> None:
    """A reprocess run reads no listing: its zero links were flagged ``nothing``, and pulled
    the usual count down so that a crawl finding no links went unflagged."""
    reprocess = {**USUAL, "links_found": 0, "command": "reprocess"}
    assert collapse_flags(reprocess, [USUAL] * 4) == []
    empty_crawl = {**USUAL, "links_found": 0, "scraped": 0, "command": "crawl"}
    assert collapse_flags(empty_crawl, [reprocess] * 3 + [USUAL] * 2) == ["nothing"]
