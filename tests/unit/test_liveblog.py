"""Live blogs: the ticker test, its entries restored to the text, and the blog's start date."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime

import pytest

from pipelines.text import liveblog
from pipelines.text.article import TextOptions, article_text
from pipelines.text.consensus import Insertion, apply_insertions
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata
from tests.support.metadev import DEFAULT_DATA

FETCHED = datetime(2024, 7, 18, 12, 0, tzinfo=UTC)
ENTRY_1 = (
    "The river rose another forty centimetres overnight, and the fire brigade began to build "
    "a second wall of sandbags along the old harbour."
)
ENTRY_2 = (
    "The mayor asked residents of the lower town to move their cars to the car parks on the "
    "hill before the evening, when the peak is expected."
)
ENTRY_3 = (
    "Trains between the two stations are replaced by buses until further notice, the railway "
    "company said, because the embankment is being inspected."
)


def _ticker(entries: str) -> str:
    return (
        "<html><body><div id='ticker'>"
        "<p>Floods: the latest news in the ticker.</p>"
        "<h2>Key points</h2><ul><li>The river is still rising.</li><li>Schools stay shut.</li></ul>"
        f"{entries}"
        "<section><h3><a href='/other'>Read more: the storm last year</a></h3></section>"
        "</div></body></html>"
    )


ENTRIES = (
    "<h2>Thursday, 18 July</h2>"
    f"<h5>11.04 Uhr: Sandbags at the harbour</h5><p>{ENTRY_1}</p>"
    "<figure><figcaption>Sandbags at the harbour wall</figcaption></figure>"
    f"<h5>09:32 Cars to the hill</h5><p>{ENTRY_2}</p>"
    "<div class='share'><ul><li><a href='/share'>Share this entry</a></li></ul></div>"
    f"<h5>6h15 Buses replace trains</h5><p>{ENTRY_3}</p>"
    "<button>Load more entries</button>"
)


def test_a_ticker_is_three_headings_opening_with_a_time_under_one_parent() -> None:
    tree = parse_html(_ticker(ENTRIES))
    assert tree is not None
    container = liveblog.ticker(tree)
    assert container is not None and container.get("id") == "ticker"
    # Two timed headings are sections of an ordinary article; a date is no time of day.
    two = ENTRIES.replace("6h15 Buses", "Buses")
    dated = (
        ENTRIES.replace("11.04 Uhr:", "11.04.2024")
        .replace("09:32", "1.234")
        .replace("6h15", "Buses")
    )
    for html in (two, dated):
        tree = parse_html(_ticker(html))
        assert tree is not None
        assert liveblog.ticker(tree) is None


def test_missing_headings_and_key_points_come_back_between_the_texts_blocks() -> None:
    tree = parse_html(_ticker(ENTRIES))
    assert tree is not None
    container = liveblog.ticker(tree)
    assert container is not None
    blocks = ["Floods: the latest news in the ticker.", ENTRY_1, ENTRY_2, ENTRY_3]
    links = {"Read more: the storm last year", "Share this entry"}
    found = liveblog.missing_entries(blocks, container, links)
    assert apply_insertions(blocks, found) == [
        "Floods: the latest news in the ticker.",
        "Key points",
        "The river is still rising.",
        "Schools stay shut.",
        "Thursday, 18 July",
        "11.04 Uhr: Sandbags at the harbour",
        ENTRY_1,
        "09:32 Cars to the hill",
        ENTRY_2,
        "6h15 Buses replace trains",
        ENTRY_3,
    ]
    # What sits before the text's first block or after its last is not the article's.
    found = liveblog.missing_entries([ENTRY_1, ENTRY_2], container)
    assert found == [Insertion(0, "09:32 Cars to the hill")]


def test_a_heading_the_text_has_is_not_restored_twice() -> None:
    tree = parse_html(_ticker(ENTRIES))
    assert tree is not None
    container = liveblog.ticker(tree)
    assert container is not None
    blocks = [ENTRY_1, "09:32 Cars to the hill", ENTRY_2, ENTRY_3]
    assert liveblog.missing_entries(blocks, container, {"Share this entry"}) == [
        Insertion(2, "6h15 Buses replace trains")
    ]
    # A long block found further down than it stands on the page (a key point the text holds
    # as an entry's paragraph) is no anchor: the headings above it that the text has are not
    # restored a second time.
    key_point = ENTRY_3
    moved = ENTRIES.replace("<h2>Thursday", f"<ul><li>{key_point}</li></ul><h2>Thursday")
    tree = parse_html(_ticker(moved))
    assert tree is not None
    container = liveblog.ticker(tree)
    assert container is not None
    blocks = [
        "Floods: the latest news in the ticker.",
        "Key points",
        "11.04 Uhr: Sandbags at the harbour",
        ENTRY_1,
        "09:32 Cars to the hill",
        ENTRY_2,
        ENTRY_3,
    ]
    restored = [i.text for i in liveblog.missing_entries(blocks, container, {"Share this entry"})]
    assert "11.04 Uhr: Sandbags at the harbour" not in restored
    assert "09:32 Cars to the hill" not in restored


def test_a_short_key_point_the_text_has_as_a_list_item_is_not_restored_twice() -> None:
    # trafilatura marks the items it keeps "- "; a key point shorter than a part
    # (gaps.PART_MIN_CHARS) must still be found as the whole block it is.
    container = liveblog.ticker(parse_html(_ticker(ENTRIES)))
    assert container is not None
    key_points = ["Key points", "- The river is still rising.", "- Schools stay shut."]
    heads = ["Thursday, 18 July", "11.04 Uhr: Sandbags at the harbour"]
    blocks = [*key_points, *heads, ENTRY_1, "09:32 Cars to the hill", ENTRY_2, ENTRY_3]
    found = liveblog.missing_entries(blocks, container, {"Share this entry"})
    assert found == [Insertion(7, "6h15 Buses replace trains")]


NZZ = DEFAULT_DATA / "pages" / "ch" / "NZZ_2024_07_18.html.gz"


@pytest.mark.skipif(not NZZ.is_file(), reason="the dev pages live in ../shared, beside the clone")
def test_a_real_tickers_entry_and_day_headings_are_kept_in_page_order() -> None:
    html = gzip.decompress(NZZ.read_bytes()).decode("utf-8")
    url = "https://www.nzz.ch/international/ld.1759794"
    result = article_text(html, url)
    assert result is not None
    lines = result.text.splitlines()
    headings = [line for line in lines if re.match(r"\d{1,2}\.\d\d Uhr: ", line)]
    assert len(headings) == 12
    # In the page's order, each right before its entry's first paragraph.
    assert lines.index(headings[0]) < lines.index(headings[1])
    assert lines[lines.index(headings[0]) + 1].startswith("Bei einem mutmasslich israelischen")
    assert result.counts["text/liveblog/restored"] >= 12
    # Without the ticker rule the body's rule puts back its classed headings too: both are off.
    off = TextOptions(disabled=frozenset({"liveblog", "inbody"}))
    without = article_text(html, url, options=off)
    assert without is not None
    assert not any(line in without.text.splitlines() for line in headings)


def _page(ld: Mapping[str, object], body: str) -> str:
    return (
        f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
        f"<body>{body}</body></html>"
    )


def _resolve(html: str) -> PageMetadata:
    tree = parse_html(html)
    assert tree is not None
    return resolve_metadata(tree, "https://news.example/live/floods", fetched_at=FETCHED)


HEADER = (
    "<article><header><h1>Floods: the latest news</h1>"
    '<time datetime="2024-07-18T09:08:27Z">18 July 2024, 11:08</time></header>'
)
BLOG_LD = {
    "@type": "NewsArticle",
    "headline": "Floods: the latest news",
    "url": "https://news.example/live/floods",
    "datePublished": "2024-07-15T07:53:36+02:00",
    "dateModified": "2024-07-18T11:08:27+02:00",
}


def test_a_ticker_showing_its_newest_entry_keeps_the_blogs_start() -> None:
    ticker = _resolve(_page(BLOG_LD, HEADER + ENTRIES + "</article>"))
    assert ticker.published == "2024-07-15T05:53:36+00:00"
    assert ticker.origin["published"] == "jsonld"
    assert ticker.conflicts == []
    # An ordinary story showing only its update beside the headline stays a conflict.
    story = _resolve(_page(BLOG_LD, HEADER + f"<p>{ENTRY_1}</p></article>"))
    assert story.published is None and story.conflicts == ["published"]


def test_a_declared_live_blog_starts_at_its_coverage_start_and_not_after_its_entries() -> None:
    live = dict(
        BLOG_LD,
        **{"@type": "LiveBlogPosting", "coverageStartTime": "2024-07-15T06:00:00+02:00"},
    )
    del live["datePublished"]
    meta = _resolve(_page(live, HEADER + f"<p>{ENTRY_1}</p></article>"))
    assert meta.published == "2024-07-15T04:00:00+00:00"
    assert meta.conflicts == []
    # Declared as a live blog, the shown update is no contradiction either.
    declared = dict(BLOG_LD, **{"@type": "LiveBlogPosting"})
    assert _resolve(_page(declared, HEADER + "</article>")).published == "2024-07-15T05:53:36+00:00"
    # A "start" two days after an entry of its own is the newest update: no date.
    updates = [
        {"@type": "BlogPosting", "headline": "Sandbags", "datePublished": t}
        for t in ("2024-07-18T09:00:00+02:00", "2024-07-13T08:00:00+02:00")
    ]
    stamped = dict(declared, datePublished="2024-07-18T11:08:27+02:00", liveBlogUpdate=updates)
    meta = _resolve(_page(stamped, HEADER + "</article>"))
    assert meta.published is None and "published" in meta.conflicts
    # Entries after the start are what a live blog has.
    later = dict(declared, liveBlogUpdate=updates[:1])
    assert _resolve(_page(later, HEADER + "</article>")).published == "2024-07-15T05:53:36+00:00"
