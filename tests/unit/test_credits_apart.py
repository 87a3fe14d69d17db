"""Credits a page sets apart from a byline under the headline: the ``rel="author"`` links of a
page without ``<article>``, and a writer's card that gives the role on a line of its own.
Hand-made pages, each rule with a case it must not fire on."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from pipelines.text.authors import article_authors, byline_near
from pipelines.text.extraction import parse_html

TITLE = "Stadtrat beschließt neuen Haushalt für das kommende Jahr"
STORY = "".join(
    f"<p>{sentence * 3}</p>"
    for sentence in (
        "Der Stadtrat hat am Montag nach langer Debatte einen neuen Haushalt beschlossen. ",
        "Die Opposition kritisierte die Pläne scharf und kündigte weiteren Widerstand an. ",
        "Die Verwaltung will die ersten Projekte noch im Frühjahr ausschreiben lassen. ",
    )
)


def _page(header: str = "", end: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>{TITLE}</title></head><body><div><div><h1>{TITLE}</h1>{header}"
        f"</div><div>{STORY}{end}</div>{after}</div></body></html>"
    )


def _headline(html: str) -> HtmlElement | None:
    tree = parse_html(html)
    assert tree is not None
    return tree.find(".//h1")


AUTHORS_BOX = (
    "<div><h3>Authors</h3><ol>"
    '<li><a rel="author" href="/profiles/colin-manning-1">Colin Manning</a>'
    "<p>Research Associate in Climate Science</p></li>"
    '<li><a rel="author" href="/profiles/hayley-fowler-2">Hayley J. Fowler</a>'
    "<p>Professor of Climate Change Impacts</p></li></ol></div>"
)


def test_rel_author_links_of_a_page_without_article_credit_the_page() -> None:
    assert article_authors(_headline(_page(after=AUTHORS_BOX))) == [
        "Colin Manning",
        "Hayley J. Fowler",
    ]


def test_rel_author_links_far_apart_on_a_page_without_article_are_cards() -> None:
    # The story's credit under the headline, another story's below its text: no one box.
    header = '<p><a rel="author" href="/authors/uche-amako/">Uche Amako</a></p>'
    other = '<div><span><a rel="author" href="/authors/simon-briggs/">Simon Briggs</a></span></div>'
    assert article_authors(_headline(_page(header=header, after=other))) == []
    # Alone, the credit under the headline is the page's.
    assert article_authors(_headline(_page(header=header))) == ["Uche Amako"]


@pytest.mark.parametrize(
    ("lines", "credit"),
    [
        # The writer's role on the card's last line: the name before it is the credit.
        ("<h6>Isna Rifka Sri Rahayu</h6><h6>Penulis</h6>", ["Isna Rifka Sri Rahayu"]),
        # A last line that is no role stays in the name.
        ("<h6>Jane</h6><h6>Doe</h6>", ["Jane Doe"]),
    ],
)
def test_a_writers_card_with_the_role_on_a_line_of_its_own(lines: str, credit: list[str]) -> None:
    card = (
        f'<a href="https://people.example/profile/2484/jane.doe"><div><div>{lines}</div></div></a>'
    )
    assert byline_near(_headline(_page(header=f"<div>{card}</div>"))) == credit
