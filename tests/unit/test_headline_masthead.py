"""An <h1> that is the site's masthead (its logo and motto, the tab title's site part) is never
the headline: the title, the heading the byline and the dates are looked for beside, and the
count of such pages; and the <h1>s the rule must leave as they are."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml.html import HtmlElement

from pipelines.text.extraction import Extracted, parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata
from pipelines.text.titles import title_opening
from tests.unit.test_headline_without_h1 import heading, page

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://werkstatt.example/blog/fremde-zeichnungen-aufraeumen"
MOTTO = "Planung . Zeichnung . Schulung"
HEAD = "Fremde Zeichnungen"
SECOND = "Ein Ablaufplan für den Umgang mit fremden Dateien im Büro"
TAB = f"{HEAD} - {SECOND} | Werkstatt 7 - {MOTTO}"
MASTHEAD = f'<header><h1><img src="/logo.png" alt="Werkstatt 7"><span>{MOTTO}</span></h1></header>'
STORY = (
    f"<article><header><h2>{HEAD} <span>{SECOND}</span></h2></header>"
    "<dl><dt>Datum</dt><dd>12.01.2017</dd></dl>"
    + "<p>"
    + "Wer fremde Zeichnungen übernimmt, holt sich oft deren Ballast mit ins Haus. " * 6
    + "</p></article>"
)


def resolve(tree: HtmlElement, guess: str | None = None) -> PageMetadata:
    extracted = Extracted("text", date=guess) if guess else None
    return resolve_metadata(tree, URL, fetched_at=FETCHED, extracted=extracted)


def test_a_masthead_h1_is_not_the_title() -> None:
    meta = resolve(page(MASTHEAD + STORY, TAB))
    assert meta.title == f"{HEAD} - {SECOND}"
    assert meta.origin["title"] == "html_title"
    assert "h1_masthead" in meta.skipped


def test_the_dates_are_read_beside_the_heading_under_a_masthead_h1() -> None:
    tree = page(MASTHEAD + STORY, TAB)
    found = heading(tree, TAB, URL)
    assert found is not None and found.tag == "h2"
    # The day the extractor read is the one the page shows after its headline.
    assert resolve(tree, guess="2017-01-12").published == "2017-01-12T00:00:00+00:00"


def test_an_h1_that_is_the_headline_stays_under_a_tab_with_the_site_part() -> None:
    body = f"<h1>{HEAD} - {SECOND}</h1>{STORY}"
    meta = resolve(page(body, TAB))
    assert meta.title == f"{HEAD} - {SECOND}"
    assert meta.origin["title"] == "h1"
    assert "h1_masthead" not in meta.skipped


def test_a_short_post_title_after_a_longer_site_name_stays_the_headline() -> None:
    # "Site name | Post": the <h1> is the tab title's last part, yet no other heading shows
    # the part before it: it is the post's title.
    tab = f"Werkstatt 7 - {MOTTO} | Kurz notiert"
    body = "<h1>Kurz notiert</h1><p>" + "Ein kurzer Eintrag über den Tag im Büro. " * 6 + "</p>"
    meta = resolve(page(body, tab))
    assert meta.title == "Kurz notiert"
    assert "h1_masthead" not in meta.skipped


def test_title_opening_is_the_start_a_heading_shows() -> None:
    assert title_opening(TAB, f"{HEAD} {SECOND}") == f"{HEAD} - {SECOND}"
    assert title_opening(TAB, HEAD) is None  # more text after it than before
    assert title_opening(TAB, "Werkstatt 7") is None


def test_an_h1_the_page_declares_as_its_title_stays_under_a_site_name_heading() -> None:
    # "Site name | Post" with the site's name set as a heading of its own: the <h1> is the tab
    # title's last part and another heading shows the longer part before it, yet the page
    # declares the <h1>'s words as its title (og:title): it is the post's headline.
    site = f"Werkstatt 7 - {MOTTO}"
    tab = f"{site} | Kurz notiert"
    html = (
        f'<html><head><title>{tab}</title><meta property="og:title" content="Kurz notiert">'
        f"</head><body><header><h2>{site}</h2></header><h1>Kurz notiert</h1><p>"
        + "Ein kurzer Eintrag über den Tag im Büro. " * 6
        + "</p></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    meta = resolve(tree)
    assert meta.title == "Kurz notiert"
    assert "h1_masthead" not in meta.skipped
