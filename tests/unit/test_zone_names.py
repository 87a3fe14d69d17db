"""A page's date written in a zone name of several offsets or of none ("IST": India, Ireland or
Israel; "CST" in ISO 8601: US Central or China; "BST"; a military letter) keeps the day it
writes, counted ``news/meta/published_zone_unread``, as the same date in a feed does: no time
guessed in one of the zones it may mean. It gave no date at all."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.clock import parse_timestamp
from crawler.discovery.feeds import parse_feed
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = "2026-11-06T12:00:00+00:00"
BASE = "https://news.example"


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        # A name of several zones, late in the evening: the day written, whichever zone.
        ("2026-11-04T23:30:00 IST", ("2026-11-04T00:00:00+00:00", "day", True)),
        ("2026-11-04T01:30:00 CST", ("2026-11-04T00:00:00+00:00", "day", True)),
        ("2026-11-04 10:30 BST", ("2026-11-04T00:00:00+00:00", "day", True)),
        ("2026-11-04T00:00:00 IST", ("2026-11-04T00:00:00+00:00", "day", True)),
        # RFC 2822's form: email.utils leaves a name it does not know naive, a wall time that
        # took the zone the page states elsewhere.
        ("Wed, 04 Nov 2026 23:30:00 IST", ("2026-11-04T00:00:00+00:00", "day", True)),
        ("Wed, 04 Nov 2026 10:00:00 Y", ("2026-11-04T00:00:00+00:00", "day", True)),
        # Near misses: names of one offset keep their time, in either form.
        ("2026-11-04T10:30:00 CET", ("2026-11-04T09:30:00+00:00", "minute", False)),
        ("Wed, 04 Nov 2026 10:30:00 CET", ("2026-11-04T09:30:00+00:00", "minute", False)),
        ("Wed, 04 Nov 2026 10:30:00 EST", ("2026-11-04T15:30:00+00:00", "minute", False)),
    ],
)
def test_a_zone_name_is_its_offset_or_the_day(written: str, stored: tuple[str, str, bool]) -> None:
    stamp = parse_timestamp(written)
    assert stamp is not None
    assert (stamp.iso(), stamp.precision if stamp.aware else "day", stamp.zone_unread) == stored


def test_words_after_a_time_are_no_zone() -> None:
    """Zone names are written in capitals, of one letter or three to five: "14:30 Uhr"
    (o'clock) is still no timestamp."""
    assert parse_timestamp("2024-03-05 14:30 Uhr") is None
    assert parse_timestamp("2024-03-05T14:30:00 ist") is None
    # A "Z" typed twice (a dev page's JSON-LD) is no zone name either.
    assert parse_timestamp("2020-01-10T00:59:47ZZ") is None


def _page(content: str) -> lxml.html.HtmlElement:
    tree = parse_html(
        f'<html lang="en"><head><meta property="article:published_time" content="{content}">'
        "</head><body><article><h1>Harbour closed after the storm</h1><p>"
        + "The harbour master closed the quay until the divers had checked it. " * 8
        + "</p></article></body></html>"
    )
    assert tree is not None
    return tree


def _resolved(meta: PageMetadata) -> tuple[str | None, str | None, str | None]:
    return meta.published, meta.published_precision, meta.published_local_day


def _listed(written: str, url: str) -> tuple[PageMetadata, int]:
    """A page without a date of its own, listed by a feed whose item is dated ``written``: what
    is stored of the feed's date, and how many of the feed's dates had a zone left unread."""
    item = f"<item><title>Harbour</title><link>{url}</link><pubDate>{written}</pubDate></item>"
    body = f'<rss version="2.0"><channel><title>F</title>{item}</channel></rss>'.encode()
    result = parse_feed(body, f"{BASE}/rss.xml", "application/rss+xml")
    bare = lxml.html.fromstring("<html><body><article><h1>H</h1><p>Words.</p></article></html>")
    listed = resolve_metadata(bare, url, fetched_at=FETCHED, hints=result.links[0].hints)
    assert listed.origin.get("published") == "feed"
    return listed, result.unread_zones


@pytest.mark.parametrize(
    "written",
    [
        "Wed, 04 Nov 2026 23:30:00 IST",
        "Wed, 04 Nov 2026 01:15:00 BST",
        "2026-11-04T23:30:00 IST",
        "Wed, 04 Nov 2026 10:00:00 Y",
    ],
)
def test_a_page_and_a_feed_keep_the_same_day_of_a_name_of_several_zones(written: str) -> None:
    url = f"{BASE}/city/harbour.html"
    page = resolve_metadata(_page(written), url, fetched_at=FETCHED)
    assert _resolved(page) == ("2026-11-04T00:00:00+00:00", "day", "2026-11-04")
    assert "published_zone_unread" in page.skipped
    listed, unread = _listed(written, url)
    assert unread == 1
    assert _resolved(listed) == _resolved(page)


@pytest.mark.parametrize(
    "written",
    [
        "Wed, 04 Nov 2026 10:00:00 -0000",
        "2026-11-04T10:00:00-00:00",
        # Glued to the time: a feed read it as UTC, a page as a wall time (its day only), each
        # by a rule of its own; one rule reads both now (crawler.clock.rfc822_moment).
        "Wed, 04 Nov 2026 10:00:00-0000",
        "Wed, 04 Nov 2026 10:00-0000",
        # The comment RFC 5322 allows after the zone.
        "Wed, 04 Nov 2026 10:00:00 -0000 (UTC)",
    ],
)
def test_minus_zero_is_utc_on_a_page_as_in_a_feed(written: str) -> None:
    """RFC 5322's "-0000" (and RFC 3339's "-00:00"): the time in UTC, the sender's own zone
    unsaid. A feed read it so; a page's RFC 2822 date was left a wall time by email.utils,
    its day only (or the zone the page states elsewhere)."""
    url = f"{BASE}/city/harbour.html"
    page = resolve_metadata(_page(written), url, fetched_at=FETCHED)
    assert _resolved(page) == ("2026-11-04T10:00:00+00:00", "minute", "2026-11-04")
    listed, unread = _listed(written, url)
    assert unread == 0
    assert _resolved(listed) == _resolved(page)


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        (
            "Wed Nov 04 2026 23:30:00 GMT-0500 (Eastern Standard Time)",
            ("2026-11-05T04:30:00+00:00", "minute", "2026-11-04"),
        ),
        (
            "Wed Nov 04 2026 00:30:00 GMT+0100 (Mitteleuropäische Normalzeit)",
            ("2026-11-03T23:30:00+00:00", "minute", "2026-11-04"),
        ),
        (
            "Wed Nov 04 2026 10:00:00 GMT+0000",
            ("2026-11-04T10:00:00+00:00", "minute", "2026-11-04"),
        ),
    ],
)
def test_javascripts_date_string_keeps_its_offset(
    written: str, stored: tuple[str, str, str]
) -> None:
    """JavaScript's Date string, which scripts write into pages and feeds: email.utils read its
    time but not the offset glued to "GMT", and left a wall time of the wrong zone (or none, past
    64 characters with a long zone name in brackets)."""
    stamp = parse_timestamp(written)
    assert stamp is not None and stamp.aware
    assert stamp.iso() == stored[0]
    url = f"{BASE}/city/harbour.html"
    page = resolve_metadata(_page(written), url, fetched_at=FETCHED)
    assert _resolved(page) == stored
    listed, unread = _listed(written, url)
    assert unread == 0
    assert _resolved(listed) == stored
