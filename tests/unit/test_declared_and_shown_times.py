"""The declared publication instant against the time the page shows its readers beside that
day (timeofday.against_the_shown_time): one moment in two zones, an update declared as the
publication, a wall time declared in UTC, or two moments nothing tells apart (the day stays)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/politics/story-1.html"
HEADLINE = "<h1>Minister resigns after the budget vote</h1>"
BODY = "<p>" + "The minister left office after a long night of talks in parliament. " * 12 + "</p>"


def declared(published: str, modified: str | None = None) -> str:
    entity = {
        "@type": "NewsArticle",
        "headline": "Minister resigns after the budget vote",
        "datePublished": published,
    }
    if modified:
        entity["dateModified"] = modified
    return f'<script type="application/ld+json">{json.dumps(entity)}</script>'


def resolve(head: str, lines: str, lang: str = "en") -> PageMetadata:
    page = f"<html lang='{lang}'><head>{head}</head><body><article><div>{HEADLINE}"
    tree = parse_html(f"{page}{lines}</div>{BODY}</article></body></html>")
    assert tree is not None
    return resolve_metadata(tree, URL, fetched_at=FETCHED)


def test_a_declared_update_gives_way_to_the_earlier_time_shown_in_a_named_zone() -> None:
    # The CMS declares its last save (the update the page shows) as the publication.
    meta = resolve(
        declared("2023-11-08T20:14:24Z", "2023-11-08T20:14:24Z"),
        "<p>Published 8th Nov 2023, 18:58 GMT</p><p>Updated 8th Nov 2023, 20:14 GMT</p>",
    )
    assert meta.published == "2023-11-08T18:58:00+00:00"
    assert meta.skipped == ["published_time_shown"]


def test_a_wall_time_declared_in_utc_is_read_in_the_zone_the_page_names() -> None:
    meta = resolve(
        declared("2023-11-09T05:30:01Z"), "<p>Published November 9, 2023 5:30AM (EST)</p>"
    )
    assert meta.published == "2023-11-09T10:30:00+00:00"


@pytest.mark.parametrize(
    ("published", "line", "lang"),
    [
        # The declared instant shown in the site's zone.
        ("2025-09-09T12:55:06Z", "<p>09.09.2025, 14:55 Uhr</p>", "de"),
        # Shown in the zone it names, rounded up to the next minute.
        ("2023-11-08T18:57:40Z", "<p>Published 8th Nov 2023, 18:58 GMT</p>", "en"),
        # A zone's winter name on a day of its summer time: an hour after the declared.
        ("2023-11-02T15:08:40Z", "<p>2 de noviembre de 2023 11:08 EST</p>", "es"),
        # The declared UTC clock shown: a page that shows UTC or a wall time declared as UTC.
        ("2020-05-16T12:36:50Z", "<p>16/05/2020, 12:36</p>", "es"),
        # A time in a story's sentence is no date line.
        (
            "2023-11-08T20:14:24Z",
            "<p>The vote on 8th Nov 2023, 18:58 GMT, was the last one the minister won in the"
            " chamber before he resigned.</p>",
            "en",
        ),
    ],
)
def test_a_shown_time_of_the_declared_moment_keeps_it(published: str, line: str, lang: str) -> None:
    meta = resolve(declared(published), line, lang)
    assert meta.published == resolve(declared(published), "", lang).published
    assert meta.published_precision != "day"
    assert "published_time_shown" not in meta.skipped
    assert "published_time_unshown" not in meta.skipped


def test_a_shown_time_of_the_declared_update_keeps_the_publication() -> None:
    # The page shows only its update's time beside the day: no evidence against the publication.
    meta = resolve(
        declared("2023-11-03T06:55:04Z", "2023-11-03T07:33:10Z"), "<p>Fri Nov 3 2023 - 07:33</p>"
    )
    assert meta.published == "2023-11-03T06:55:04+00:00"


def test_two_moments_nothing_tells_apart_leave_the_day() -> None:
    # A wall time minutes off the declared instant: in no zone a whole quarter hour away.
    meta = resolve(declared("2020-01-13T13:37:49Z"), "<p>January 13, 2020 / 1:39 PM</p>")
    assert meta.published == "2020-01-13T00:00:00+00:00"
    assert meta.published_precision == "day"
    assert meta.skipped == ["published_time_unshown"]


def test_a_later_time_shown_in_a_named_zone_is_the_pages_statement() -> None:
    meta = resolve(declared("2020-01-13T13:37:49Z"), "<p>Published January 13, 2020, 17:02 GMT</p>")
    assert meta.published == "2020-01-13T17:02:00+00:00"


@pytest.mark.parametrize(
    ("published", "published_after"),
    [
        # "IST" is India's, Ireland's summer or Israel's time: the declared +05:30 tells which;
        # the declared is the update's ("Last Updated: … 9:27 PM IST").
        ("2020-09-24T21:27:32+05:30", "2020-09-24T15:43:00+00:00"),
        # Declared in an offset the name does not mean: the time is not read, the day stays.
        ("2020-09-24T21:27:32+03:00", "2020-09-24T00:00:00+00:00"),
    ],
)
def test_a_zone_name_of_several_zones_is_read_in_the_one_the_page_states(
    published: str, published_after: str
) -> None:
    line = "<p>First Published: September 24, 2020, 9:13 PM IST</p>"
    assert resolve(declared(published), line).published == published_after


_LAST_SAVE = "2024-03-05T21:27:32+05:30"


def test_the_publication_labelled_at_the_storys_end_beats_a_declared_last_save() -> None:
    # The CMS declares its last save as the publication; the line under the headline shows it
    # as the update, the story's end labels the first publication in the same zone (IST).
    unlabelled = resolve(
        declared(_LAST_SAVE, _LAST_SAVE),
        "<p><strong>Last Updated:</strong> March 5, 2024, 9:27 PM IST</p>",
    )
    tree = parse_html(
        f"<html lang='en'><head>{declared(_LAST_SAVE, _LAST_SAVE)}</head><body><article><div>"
        f"{HEADLINE}<p><strong>Last Updated:</strong> March 5, 2024, 9:27 PM IST</p></div>"
        f"{BODY}</article><ul><li><strong>First Published:</strong> March 5, 2024, 9:13 PM IST"
        "</li></ul></body></html>"
    )
    assert tree is not None
    labelled = resolve_metadata(tree, URL, fetched_at=FETCHED)
    assert (labelled.published, labelled.published_precision) == (
        "2024-03-05T15:43:00+00:00",
        "minute",
    )
    # Without the labelled publication nothing tells the declared moment from another.
    assert unlabelled.published == "2024-03-05T15:57:32+00:00"
