"""The moment an attribute beside the headline writes as a Unix time (pipelines/text/epochs.py):
read where nothing else dates the page, only beside the story's headline and outside other items,
only from attributes named as a date or time that is no update, and only where they name one day;
stored with its origin (``epoch``) and counted (news/meta/published_epoch)."""

from __future__ import annotations

from datetime import UTC, datetime

from pipelines.extract.jobs import PageJob
from pipelines.extract.worker import analyze_page
from pipelines.text.epochs import epoch_beside_the_headline
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/city/harbour-crane-returns"
TITLE = "The old harbour crane returns to the quay after two years of repairs"
# 2024-03-05T09:30:00Z
SECONDS = "1709631000"
BODY = "<p>" + "The crane was taken down for repairs two winters ago and is back now. " * 8 + "</p>"


def _page(meta_line: str, head: str = "", above: str = "") -> str:
    """A story whose template shows its date line by script: ``meta_line`` under the headline,
    ``above`` over it."""
    return (
        f"<html><head><title>{TITLE} | City News</title>{head}</head><body>"
        f"<header><a href='/'>City News</a></header><main><article>"
        f"<div class='story-header'>{above}<h1>{TITLE}</h1><div class='meta'>{meta_line}</div>"
        f"</div>{BODY}</article></main></body></html>"
    )


def resolve(meta_line: str, head: str = "", above: str = "") -> PageMetadata:
    html = _page(meta_line, head, above)
    return resolve_metadata(parse_html(html), URL, fetched_at=FETCHED, html=html)


def test_an_empty_date_element_with_milliseconds_dates_the_page() -> None:
    # Before: nothing declared, no date written out: no date.
    meta = resolve(f"<span class='published-ago' data-date='{SECONDS}000'></span>")
    assert meta.published == "2024-03-05T00:00:00+00:00"
    assert meta.published_precision == "day"
    assert meta.stored_origin["published"] == "epoch"
    assert "published_epoch" in meta.skipped


def test_seconds_in_a_custom_element_above_the_headline() -> None:
    above = f"<div class='date'><dateformat time='{SECONDS}' mode='abs'></dateformat></div>"
    assert resolve("", above=above).published == "2024-03-05T00:00:00+00:00"


def test_a_teasers_moment_dates_nothing() -> None:
    teaser = f"<li><a href='/other'>Other story <span data-date='{SECONDS}'></span></a></li>"
    meta = resolve(f"<ul>{teaser}</ul>")
    assert meta.published is None
    assert "published_epoch" not in meta.skipped


def test_an_update_moment_dates_nothing() -> None:
    meta = resolve(f"<span data-updated-time='{SECONDS}'></span>")
    assert meta.published is None


def test_two_days_beside_the_headline_date_nothing() -> None:
    line = f"<span data-date='{SECONDS}'></span><span data-timestamp='1709200000'></span>"
    assert resolve(line).published is None


def test_an_id_is_no_moment() -> None:
    # Ten digits, but before 2000: an id, not a date.
    assert resolve("<span data-time='0912345678'></span>").published is None


def test_a_declared_date_is_taken_first() -> None:
    head = '<meta property="article:published_time" content="2024-03-05T08:00:00+00:00">'
    meta = resolve(f"<span data-date='{SECONDS}'></span>", head=head)
    assert meta.published == "2024-03-05T08:00:00+00:00"
    assert meta.stored_origin["published"] == "meta"
    assert "published_epoch" not in meta.skipped


def test_no_headline_no_moment() -> None:
    assert epoch_beside_the_headline(None) is None


def test_the_worker_stores_and_counts_it() -> None:
    html = _page(f"<span class='published-ago' data-date='{SECONDS}000'></span>")
    result = analyze_page(PageJob(URL, html, fetched_at=FETCHED.isoformat(), min_text_chars=0))
    assert result.drop is None
    assert result.fields["published"] == "2024-03-05T00:00:00+00:00"
    assert result.fields["meta_origin"]["published"] == "epoch"
    assert result.counts["meta/published_epoch"] == 1
