"""Dates after the fetch: a publisher's clock ahead, or a scheduled post listed early.

A date more than a day after the fetch (:data:`crawler.clock.FUTURE_SLACK`) is not the day a
page was published: it is not stored as ``published``, and the page is counted with its
reason (``news/meta/published_future``); the page itself is fetched and stored as any other.
"""

from __future__ import annotations

import pytest

from crawler.discovery.feeds import parse_feed
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = "2026-11-06T12:00:00+00:00"
URL = "https://news.example/city/harbour-closed.html"
BODY = "<h1>Harbour closed after the storm</h1>" + (
    "<p>" + "The harbour master closed the quay until the divers had checked it. " * 8 + "</p>"
)


def resolve(head: str = "", hints: dict[str, str] | None = None) -> PageMetadata:
    tree = parse_html(f"<html><head>{head}</head><body><article>{BODY}</article></body></html>")
    assert tree is not None
    return resolve_metadata(tree, URL, fetched_at=FETCHED, hints=hints)


def feed_hints(pub_date: str) -> dict[str, str]:
    """The hints a feed's one item dated ``pub_date`` gives its link."""
    item = f"<item><title>Harbour</title><link>{URL}</link><pubDate>{pub_date}</pubDate></item>"
    body = f'<rss version="2.0"><channel><title>F</title>{item}</channel></rss>'.encode()
    (link,) = parse_feed(body, "https://news.example/rss.xml", "application/rss+xml").links
    return dict(link.hints)


@pytest.mark.parametrize(
    "pub_date",
    [
        "Mon, 09 Nov 2026 08:00:00 +0000",  # three days ahead
        "Sun, 06 Nov 2039 08:00:00 +0000",  # a publisher's clock years ahead
        "Sun, 08 Nov 2026 00:00:00 +0000",  # a day two days ahead
    ],
)
def test_a_feed_date_ahead_of_the_fetch_is_counted_not_stored(pub_date: str) -> None:
    """It was left out without a word: no date, and no count that said why."""
    meta = resolve(hints=feed_hints(pub_date))
    assert meta.published is None
    assert meta.title == "Harbour closed after the storm"  # the page is read as any other
    assert "published_future" in meta.skipped


def test_a_feed_date_ahead_beside_the_pages_own_date_leaves_the_pages() -> None:
    head = '<meta property="article:published_time" content="2026-11-05T09:30:00+01:00">'
    meta = resolve(head, feed_hints("Mon, 09 Nov 2026 08:00:00 +0000"))
    assert (meta.published, meta.published_precision) == ("2026-11-05T08:30:00+00:00", "minute")
    assert meta.origin["published"] == "meta"
    assert "published_future" in meta.skipped


def test_a_page_declaring_a_date_ahead_is_counted() -> None:
    head = '<meta property="article:published_time" content="2026-11-10T09:30:00+01:00">'
    meta = resolve(head)
    assert meta.published is None
    assert "published_future" in meta.skipped


@pytest.mark.parametrize(
    "pub_date",
    [
        "Fri, 06 Nov 2026 20:00:00 +0000",  # later the same day: a scheduled post, in slack
        "Sat, 07 Nov 2026 11:00:00 +0000",  # within the day of slack
        "Sat, 07 Nov 2026 21:00:00 +1000",  # the day after, east of UTC: 11:00 UTC
    ],
)
def test_a_date_within_the_slack_is_stored_uncounted(pub_date: str) -> None:
    meta = resolve(hints=feed_hints(pub_date))
    assert meta.published is not None and meta.origin["published"] == "feed"
    assert "published_future" not in meta.skipped
