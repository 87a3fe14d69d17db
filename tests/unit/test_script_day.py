"""The one day a page's script data writes without a time under a key naming its publication
(``timeofday.data_days``): read where nothing else dates the page, only under the story's
headline and only where the data writes one such day; stored with its origin (``script_day``)
and counted (news/meta/published_script_day)."""

from __future__ import annotations

from datetime import UTC, datetime

from pipelines.extract.jobs import PageJob
from pipelines.extract.worker import analyze_page
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = datetime(2023, 11, 2, 12, 0, tzinfo=UTC)
URL = "https://news.example/city/fire-at-a-car-dealer"
TITLE = "Fire at a car dealer in the city centre causes heavy damage overnight"
BODY = "<p>" + "The fire brigade came with four engines and put the fire out by morning. " * 8
BODY += "</p>"


def _page(data: str, head: str = "", h1: str = TITLE) -> str:
    """A story whose template shows no date, and whose analytics data writes ``data``."""
    return (
        f"<html><head><title>{TITLE} | City News</title>{head}"
        f"<script>window.dataLayer = [{data}];</script></head><body>"
        f"<header><a href='/'>City News</a></header><main><article>"
        f"<h1>{h1}</h1>{BODY}</article></main></body></html>"
    )


def resolve(data: str, head: str = "", h1: str = TITLE) -> PageMetadata:
    html = _page(data, head, h1)
    return resolve_metadata(parse_html(html), URL, fetched_at=FETCHED, html=html)


def test_the_one_publication_day_of_the_data_dates_the_page() -> None:
    # Before: nothing declared, no date written out: no date.
    meta = resolve('{"page_type":"article","content_date_published":"2023-10-31"}')
    stored = (meta.published, meta.published_precision, meta.stored_origin.get("published"))
    assert stored == ("2023-10-31T00:00:00+00:00", "day", "script_day")
    assert "published_script_day" in meta.skipped


def test_two_days_of_the_data_date_nothing() -> None:
    data = '{"datePublished":"2023-10-31"},{"datePublished":"2023-10-20"}'
    meta = resolve(data)
    assert meta.published is None
    assert "published_script_day" not in meta.skipped


def test_an_update_day_dates_nothing() -> None:
    assert resolve('{"dateModified":"2023-10-31"}').published is None


def test_a_day_after_the_fetch_dates_nothing() -> None:
    assert resolve('{"datePublished":"2023-12-24"}').published is None


def test_a_declared_date_is_taken_first() -> None:
    head = '<meta property="article:published_time" content="2023-10-30T08:00:00+00:00">'
    meta = resolve('{"datePublished":"2023-10-31"}', head=head)
    assert meta.published == "2023-10-30T08:00:00+00:00"
    assert meta.stored_origin["published"] == "meta"
    assert "published_script_day" not in meta.skipped


def test_a_day_of_no_calendar_dates_nothing() -> None:
    # Found by fuzzing: "2023-13-08" (no month 13) raised ValueError out of resolve_metadata.
    for day in ("2023-13-08", "2023-02-30", "0000-00-00"):
        meta = resolve(f'{{"datePublished":"{day}"}}')
        assert meta.published is None
        assert "published_script_day" not in meta.skipped


def test_without_the_storys_headline_nothing() -> None:
    # A heading that is the site's name, not the story's: a front's data is no story's.
    meta = resolve('{"datePublished":"2023-10-31"}', h1="City News")
    assert meta.published is None


def test_the_worker_stores_and_counts_it() -> None:
    html = _page('{"content_date_published":"2023-10-31"}')
    result = analyze_page(PageJob(URL, html, fetched_at=FETCHED.isoformat(), min_text_chars=0))
    fields = result.fields
    stored = (result.drop, fields["published"], fields["meta_origin"].get("published"))
    assert stored == (None, "2023-10-31T00:00:00+00:00", "script_day")
    assert result.counts["meta/published_script_day"] == 1
