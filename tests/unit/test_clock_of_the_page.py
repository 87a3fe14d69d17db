"""The one time of day a page's date lines show beside the day found without one, anywhere in
its text (published._clock_of_the_page), where no line beside the headline shows one: a blog's
byline at the story's end, in each language whose press keeps one zone. Never where two times
or a line of the day alone are shown, from an update's line, a sentence, an event's hours or a
comment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.text.extraction import parse_html
from pipelines.text.metadata import PageMetadata, resolve_metadata

FETCHED = datetime(2024, 3, 6, 12, 0, tzinfo=UTC)
URL = "https://news.example/blog/story-1.html"
HEADLINE = "<h1>Elektromobilität, der neue Trend</h1>"
# The day the page declares, without its time.
DAY = '<meta property="article:published_time" content="2013-05-03">'
# Longer than the reach of the date line read after the headline.
BODY = (
    "<p>" + "Was früher schnelle und laute Autos waren, das sind heute leise Wagen. " * 12 + "</p>"
)


def resolve(end: str, lang: str = "de") -> PageMetadata:
    page = f"<html lang='{lang}'><head>{DAY}</head><body><article>{HEADLINE}{BODY}{end}</article>"
    tree = parse_html(f"{page}</body></html>")
    assert tree is not None
    return resolve_metadata(tree, URL, fetched_at=FETCHED)


@pytest.mark.parametrize(
    ("end", "lang", "published"),
    [
        ("<p>Von Christian am 03.05.2013, 11:51 | 0 Meinungen</p>", "de", "09:51"),
        ("<p>Gespeichert von rasos am 3. Mai 2013 - 11:51</p>", "de", "09:51"),
        ("<p>Dieser Artikel wurde am 3. Mai 2013 um 11:51 geschrieben</p>", "de", "09:51"),
        ("<p>Peter Grimm</p><p>/ 03.05.2013 / 11:51 /</p>", "de", "09:51"),
        ("<p>Scritto da Marco il 3 maggio 2013 alle 11:51</p>", "it", "09:51"),
        ("<p>Opublikowano 3 maja 2013 o godz. 11:51</p>", "pl", "09:51"),
        ("<p>Julkaistu 3.5.2013 klo 11.51</p>", "fi", "08:51"),
        ("<p>2013. 05. 03. 11:51</p>", "hu", "09:51"),
    ],
)
def test_the_one_time_shown_beside_the_day_anywhere(end: str, lang: str, published: str) -> None:
    meta = resolve(end, lang)
    assert meta.published == f"2013-05-03T{published}:00+00:00"


@pytest.mark.parametrize(
    "end",
    [
        # Two times beside the day: a comment's of the same day, a teaser's.
        "<p>Von Christian am 03.05.2013, 11:51</p><p>Antwort von Lena am 03.05.2013, 18:20</p>",
        # The day shown alone elsewhere: a time beside it in a credit is another thing's.
        "<p>03.05.2013</p><p>Radio aktuell, 03.05.2013, 10:05 Uhr;</p>",
        # An update's line.
        "<p>Aktualisiert am 03.05.2013, 11:51</p>",
        # An event's hours.
        "<p>Infoabend am 03.05.2013, 18:00 bis 20:00 Uhr</p>",
        # A sentence of the story, longer than a date line.
        "<p>Die Ladesäule am Marktplatz wurde am 03.05.2013 um 11:51 Uhr von der Bürgermeisterin"
        " feierlich eröffnet, wie die Stadt mitteilte.</p>",
        # A comment.
        "<div class='comment'><p>Lena am 03.05.2013, 18:20</p></div>",
    ],
)
def test_no_time_where_the_page_shows_none_of_its_own(end: str) -> None:
    meta = resolve(end)
    assert meta.published == "2013-05-03T00:00:00+00:00"
    assert meta.published_precision == "day"


def test_no_time_in_a_language_of_several_zones() -> None:
    meta = resolve("<p>Publicado el 3 de mayo de 2013 a las 11:51</p>", "es")
    assert meta.published_precision == "day"
