"""Two declared publications that disagree (JSON-LD's ``datePublished`` and a ``date`` meta tag),
and the date line the page shows its readers under the headline: where the line writes one of
the two days and nothing beside the headline the other's, that one dates the page (``meta_origin``
``shown``, counted as news/meta/published_shown); else the date stays empty as a conflict."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from pipelines.extract.jobs import PageJob
from pipelines.extract.worker import analyze_page
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata
from tests.support.prose import P1, P2, P3

FETCHED = datetime(2024, 3, 20, 12, 0, tzinfo=UTC)
URL = "https://paper.example/nature/island-goats-removed"
TITLE = "The goats that ate an island bare are being taken off it at last"
BODY = "".join(f"<p>{text}</p>" for text in (P1, P2, P3) * 3)
# The first version's moment, declared in JSON-LD and as article:published_time.
FIRST = "2024-03-01T09:48:24Z"
# The moment a `date` meta tag names: the story put out again three days later.
AGAIN = "2024-03-04T09:22:36Z"


def _page(line: str, beside: str = "") -> str:
    """A story declaring ``FIRST`` in JSON-LD and ``AGAIN`` in a ``date`` meta tag, ``line``
    under its headline and ``beside`` in the block around the headline, before it."""
    entity = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "datePublished": FIRST,
    }
    return (
        f"<html><head><title>{TITLE}</title>"
        f"<script type='application/ld+json'>{json.dumps(entity)}</script>"
        f"<meta property='article:published_time' content='{FIRST}'>"
        f"<meta name='date' content='{AGAIN}'></head><body>"
        "<header><a href='/'>The Paper</a></header><main><article>"
        f"<div class='story-head'>{beside}<h1>{TITLE}</h1><p class='deck'>{line}</p></div>"
        f"{BODY}</article></main></body></html>"
    )


def resolve(line: str, beside: str = "") -> PageMetadata:
    html = _page(line, beside)
    return resolve_metadata(parse_html(html), URL, fetched_at=FETCHED, html=html)


def test_the_line_that_shows_the_tags_day_dates_the_page_by_the_tag() -> None:
    # Before: the two declared days disagreed, the date stayed empty (a conflict).
    meta = resolve("Monday, 4 March 2024")
    assert meta.published == "2024-03-04T09:22:36+00:00"
    assert meta.stored_origin["published"] == "shown"
    assert "published_shown" in meta.skipped
    assert "published" not in meta.conflicts


def test_the_line_that_shows_the_first_day_dates_the_page_by_json_ld() -> None:
    meta = resolve("Friday, 1 March 2024")
    assert meta.published == "2024-03-01T09:48:24+00:00"
    assert meta.stored_origin["published"] == "shown"


def test_a_line_labelled_as_the_update_chooses_nothing() -> None:
    meta = resolve("Updated 4 March 2024")
    assert meta.published is None
    assert meta.stored_origin["published"] == "conflict"
    assert "published_shown" not in meta.skipped


def test_a_page_that_shows_both_days_chooses_nothing() -> None:
    first = "<span class='kicker'>First published 1 March 2024</span>"
    meta = resolve("4 March 2024", beside=first)
    assert meta.published is None
    assert meta.stored_origin["published"] == "conflict"


def test_a_line_of_a_third_day_chooses_nothing() -> None:
    assert resolve("Thursday, 7 March 2024").published is None


def test_without_a_date_line_the_two_stay_a_conflict() -> None:
    meta = resolve("Rangers and volunteers worked through the winter")
    assert meta.published is None
    assert meta.stored_origin["published"] == "conflict"


def test_the_worker_stores_and_counts_it() -> None:
    html = _page("Monday, 4 March 2024")
    result = analyze_page(PageJob(URL, html, fetched_at=FETCHED.isoformat(), min_text_chars=0))
    assert result.drop is None
    assert result.fields["published"] == "2024-03-04T09:22:36+00:00"
    assert result.fields["meta_origin"]["published"] == "shown"
    assert result.counts["meta/published_shown"] == 1
