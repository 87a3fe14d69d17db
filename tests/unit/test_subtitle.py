"""The subtitle under the headline, which the extraction left out
(:mod:`pipelines.text.subtitle`)."""

from __future__ import annotations

import pytest

from pipelines.text import subtitle
from pipelines.text.extraction import parse_html
from pipelines.text.page import read_signals
from tests.support.prose import P1, P2, P3, TITLE

SUBTITLE = "The sea wall held for a decade, but not this time"


def _subtitle(under: str, blocks: list[str], names: tuple[str, ...] = ()) -> str | None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    html = (
        "<html><head><title>Storm on the coast</title></head><body>"
        f"<div><div><h1>{TITLE}</h1>{under}</div><div>{paragraphs}</div></div></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    headline = read_signals(tree, None, TITLE).headline
    assert headline is not None
    return subtitle.missing_subtitle(headline, blocks, names)


@pytest.mark.parametrize("tag", ["p", "h2", "div", "span"])
def test_the_line_after_the_headline_is_its_subtitle(tag: str) -> None:
    assert _subtitle(f"<{tag}>{SUBTITLE}</{tag}>", [P1, P2, P3]) == SUBTITLE


def test_the_subtitle_after_the_headlines_box_counts() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in (P1, P2))
    html = (
        f"<html><body><div><hgroup><span>Weather</span><h1>{TITLE}</h1></hgroup>"
        f"<p>{SUBTITLE}</p><div>{paragraphs}</div></div></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    headline = read_signals(tree, None, TITLE).headline
    assert subtitle.missing_subtitle(headline, [P1, P2], ()) == SUBTITLE


@pytest.mark.parametrize(
    ("under", "names"),
    [
        # the day and time, a reading time, a counter: figures outside a sentence
        ("<p>Stand: 26.04.2024, 20:44 Uhr</p>", ()),
        ("<div>Updated 2 hours ago by the desk</div>", ()),
        ("<p>08.03.2024, 18:59 Uhr • Lesezeit: 1 Minute</p>", ()),
        ("<p>Aktualisiert am Freitag um 10.15 Uhr von der Redaktion des Blattes</p>", ()),
        ("<p>Published on 12 March 2024 by the newsroom of the harbour towns</p>", ()),
        ("<p>Il 12/03 alle ore 9 la riunione del consiglio comunale sulla tramvia</p>", ()),
        ("<p>Tekst: Jan Kowalski, 12 marca 2024, godz. 10.30 w Warszawie</p>", ()),
        ("<p>Sport | 3 goals in 12 minutes for the harbour team tonight</p>", ()),
        ("<p>The vote: 12 for, 8 against, 3 abstentions, 2 absent today</p>", ()),
        # a picture counter written as a sentence: the gallery's, not the story's
        ("<p>Bildergalerie: 24 Bilder vom Hafenfest am Wochenende in der Altstadt</p>", ()),
        ("<p>Gallery: see all 15 photos of the storm damage along the coast road</p>", ()),
        ("<p>Galería de imágenes: las 12 fotos del temporal en la costa gallega</p>", ()),
        # the byline: the author's names
        ("<div>Kimberly Miller and Gareth McGrath</div>", ("Kimberly Miller", "Gareth McGrath")),
        # a kicker or a label: too few words
        ("<p>Weather and climate</p>", ()),
        # a link, a picture or a list there: a teaser, a figure, the site's menu
        (f"<p><a href='/other'>{SUBTITLE}</a></p>", ()),
        (f"<div><img src='/sea.jpg'>{SUBTITLE}</div>", ()),
        (f"<ul><li>{SUBTITLE}</li></ul>", ()),
        # a standfirst of a paragraph's length: the lead stage's
        (f"<p>{P1} {P2}</p>", ()),
    ],
    ids=[
        "date",
        "time-ago",
        "date-reading-time",
        "updated",
        "written-date",
        "numeric-date",
        "credit-date",
        "separator",
        "counter",
        "picture-counter-de",
        "picture-counter-en",
        "picture-counter-es",
        "byline",
        "kicker",
        "link",
        "picture",
        "list",
        "standfirst",
    ],
)
def test_what_else_stands_under_the_headline_is_no_subtitle(
    under: str, names: tuple[str, ...]
) -> None:
    assert _subtitle(under, [P1, P2, P3], names) is None


@pytest.mark.parametrize(
    "line",
    [
        "Fremont mom charged after powerful opioid kills son, 10 days shy of 2nd birthday",
        "Dem può contare su 288 voti, Trump su 222 secondo le ultime proiezioni",
        "Le gouvernement promet 3 milliards d'euros aux hôpitaux publics cette année",
        "Die Stadt baut bis Ende des Jahres 40 neue Wohnungen am alten Hafen",
    ],
)
def test_a_subtitle_that_is_a_sentence_may_cite_figures(line: str) -> None:
    assert _subtitle(f"<h2 class='subheadline'>{line}</h2>", [P1, P2, P3]) == line


def test_a_subtitle_the_text_has_is_not_put_in_again() -> None:
    assert _subtitle(f"<p>{SUBTITLE}</p>", [SUBTITLE, P1, P2, P3]) is None


def test_no_headline_no_subtitle() -> None:
    assert subtitle.missing_subtitle(None, [P1], ()) is None


def _in_headline(headline: str, title: str | None) -> str | None:
    """The subtitle of a page whose ``<h1>`` is ``headline``, the metadata's title ``title``."""
    paragraphs = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    html = (
        f"<html><body><div><div><h1>{headline}</h1></div>"
        f"<div>{paragraphs}</div></div></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    heading = tree.find(".//h1")
    assert heading is not None
    return subtitle.missing_subtitle(heading, [P1, P2, P3], (), title)


def test_a_headlines_second_line_under_the_title_is_its_subtitle() -> None:
    headline = f"<strong>{TITLE}.</strong><br>{SUBTITLE}."
    assert _in_headline(headline, f"{TITLE}.") == f"{SUBTITLE}."


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        # a headline broken in two for the layout: neither half is the title
        (f"Storm on the coast:<br>{SUBTITLE}", f"Storm on the coast: {SUBTITLE}"),
        # no title to tell the two lines apart
        (f"<strong>{TITLE}.</strong><br>{SUBTITLE}.", None),
        # the second line links elsewhere: a teaser, not the subtitle
        (f"{TITLE}<br><a href='/other'>{SUBTITLE}</a>", TITLE),
    ],
    ids=["one-headline", "no-title", "link"],
)
def test_a_headline_broken_otherwise_holds_no_subtitle(headline: str, title: str | None) -> None:
    assert _in_headline(headline, title) is None
