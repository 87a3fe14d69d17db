"""Credits a fallback reads when the source before it is missing: what an unseen site with the
same shape gets. Each rule refuses a name by general evidence (the byline's own punctuation, a
teaser card's link, a picture's caption, a writer's place), with the case it must not fire on."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from pipelines.text.authors import byline_markup_names, byline_near
from pipelines.text.bylinelines import lead_byline_near
from pipelines.text.extraction import Extracted, parse_html
from pipelines.text.metadata import resolve_metadata
from pipelines.text.names import name_parts

URL = "https://news.example/politik/minister-resigns.html"


def from_extractor(byline: str, author: str) -> tuple[list[str], list[str]]:
    """What the resolver stores from trafilatura's ``author`` on a page whose only credit is
    ``byline`` (an item without a headline the resolver anchors on, so no other source reads
    it), and what it left out."""
    html = (
        "<html><head></head><body><article><h3>Minister resigns</h3><p>Text.</p>"
        f'<div class="info">{byline}</div></article></body></html>'
    )
    tree = parse_html(html)
    assert tree is not None
    extracted = Extracted(text="Text.", title=None, author=author, date=None)
    meta = resolve_metadata(tree, URL, fetched_at="2024-03-06T00:00:00Z", extracted=extracted)
    return meta.authors, meta.skipped


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        # trafilatura drops the label's colon: the label comes through as a first name.
        ('<span class="author">Автор: Олеся Жуковень</span>', "Автор Олеся Жуковень"),
        # ... the bar before the outlet: the outlet comes through as a second author.
        ('<span class="author">Jane Doe | El Sol de México</span>', "Jane Doe; El Sol de México"),
        # ... and the role after the name: "Experte für …" as part of the name.
        ('<span class="author">Jane Doe, Senior Reporter</span>', "Jane Doe Senior"),
    ],
)
def test_an_extractor_name_the_bylines_own_text_does_not_read_is_refused(
    byline: str, author: str
) -> None:
    assert from_extractor(byline, author) == ([], ["authors_unconfirmed"])


def test_an_extractor_name_the_byline_reads_is_stored_as_the_byline_writes_it() -> None:
    byline = '<span class="author">Автор: Олеся Жуковень</span>'
    assert from_extractor(byline, "Олеся Жуковень") == (["Олеся Жуковень"], [])
    # trafilatura drops an initial's stop: the byline's form is kept.
    byline = '<span class="author">By Jane Q. Doe</span>'
    assert from_extractor(byline, "Jane Q Doe") == (["Jane Q. Doe"], [])


def test_byline_markup_names_reads_with_the_callers_reader() -> None:
    html = '<html><body><p class="byline">Von Jane Doe und John Roe, Redakteurin</p></body></html>'
    tree = parse_html(html)
    assert tree is not None

    def read(texts: list[str]) -> list[str]:
        return name_parts(texts)

    assert byline_markup_names(tree, ["John Roe", "Jane Doe"], read=read) == [
        "John Roe",
        "Jane Doe",
    ]
    # Written in the byline's words, but no name its text reads: the role glued to the name.
    assert byline_markup_names(tree, ["John Roe Redakteurin"]) == ["John Roe Redakteurin"]
    assert byline_markup_names(tree, ["John Roe Redakteurin"], read=read) == []


def headline_of(body: str) -> HtmlElement | None:
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert tree is not None
    return tree.find(".//h1")


def bylines(markup: str) -> list[str]:
    """The byline markup's texts that :func:`byline_near` reads under a headline."""
    return byline_near(headline_of(f"<div><h1>Minister resigns over budget row</h1>{markup}</div>"))


def test_two_authors_links_side_by_side_are_two_names() -> None:
    links = '<a href="/autoren/jane-doe">Jane Doe</a><a href="/autoren/john-roe">John Roe</a>'
    line = f"<div><h1>Minister resigns over budget row</h1><p>Von {links}</p></div>"
    assert lead_byline_near(headline_of(line)) == ["Von Jane Doe, John Roe"]
    # Text between two links joins them as the text says: one line, as written.
    line = line.replace("</a><a", "</a> und <a")
    assert lead_byline_near(headline_of(line)) == ["Von Jane Doe und John Roe"]


def test_a_credit_inside_a_teaser_cards_link_is_that_storys() -> None:
    card = (
        '<a href="/politik/opposition-demands-early-elections.html"><div><div><div>'
        "<h3>Opposition demands early elections</h3>"
        '<p class="card-byline">Max Muster</p></div></div></div></a>'
    )
    assert bylines(f'<p class="byline">Jane Doe</p>{card}') == ["Jane Doe"]
    # A link to the writer's own page around her photo and name is her credit.
    photo = (
        '<a href="/autoren/max-muster"><div><img src="/m.jpg"></div>'
        '<p class="card-byline">Max Muster</p></a>'
    )
    assert bylines(photo) == ["Max Muster"]


@pytest.mark.parametrize(
    "caption",
    [
        # The caption's class tells what <figure> would.
        '<div class="media-caption"><span class="author">EFE/ John Roe</span></div>',
        '<div class="ni-figure"><div><div><span class="author">John Roe</span></div></div></div>',
        # A caption's sentence, then the credit, in one element.
        "<div><span>Rescuers search the rubble of a building in the north of the city. "
        '<span class="author">EFE/ John Roe</span></span></div>',
        "<div><span>Family photo of the second meeting of the Madrid Group "
        '<span class="author">John Roe</span></span></div>',
    ],
)
def test_a_credit_in_a_pictures_caption_is_the_photographers(caption: str) -> None:
    assert bylines(f'<p class="byline">Jane Doe</p>{caption}') == ["Jane Doe"]


@pytest.mark.parametrize(
    ("byline", "texts"),
    [
        # A credit's own words before the outlet's element: no caption, the element is read.
        (
            '<div>By Jane Doe and John Roe Smith <span class="author">Reuters</span></div>',
            ["Reuters"],
        ),
        # A date line before the name, however long.
        (
            '<div>Published on Tuesday, 5 March 2024 at 10:00 <span class="author">Jane Doe</span>'
            "</div>",
            ["Jane Doe"],
        ),
    ],
)
def test_a_bylines_own_words_before_the_name_are_no_caption(byline: str, texts: list[str]) -> None:
    assert bylines(byline) == texts


def test_the_writers_place_in_the_byline_is_no_author() -> None:
    byline = (
        '<ul class="article-byline"><li><div class="byline-name">Jane Doe</div>'
        '<div class="byline-location">Madrid</div></li></ul>'
    )
    assert bylines(byline) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Jane Doe Experte für Kryptowährungen", ["Jane Doe"]),
        ("Jane Doe, Senior Expert", ["Jane Doe"]),
        ("Jane Doe und John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_an_expert_is_a_role(raw: str, names: list[str]) -> None:
    assert name_parts([raw]) == names
