"""Credits a page sets apart from a byline under the headline: the writer's name after the
story's last paragraph, the ``rel="author"`` links of a page without ``<article>``, and a writer's
card that gives the role on a line of its own. Hand-made pages, each rule with a case it must
not fire on."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from pipelines.text.authors import article_authors, byline_near
from pipelines.text.extraction import parse_html
from pipelines.text.metadata import resolve_metadata
from pipelines.text.shapedcredits import closing_credit_near

URL = "https://news.example/wirtschaft/story-1.html"
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


def _closing(html: str) -> list[str]:
    return closing_credit_near(_headline(html))


def _authors(html: str) -> tuple[list[str], str | None]:
    tree = parse_html(html)
    assert tree is not None
    meta = resolve_metadata(tree, URL, fetched_at="2024-03-06T00:00:00Z")
    return meta.authors, meta.origin.get("authors")


@pytest.mark.parametrize(
    ("end", "credit"),
    [
        ("<p>(Juan Pérez)</p>", ["Juan Pérez"]),
        ("<p>（山田太郎）</p>", ["山田太郎"]),
        ("<p>Jane Doe / AFP</p>", ["Jane Doe"]),
        ("<p><b>Jane Doe</b>/dpa</p>", ["Jane Doe"]),
        ("<p><strong>Anh Minh</strong></p>", ["Anh Minh"]),
        # An empty box (an advertisement's slot) between the story and its credit.
        ('<div data-slot="ad"></div><p><strong>Anh Minh</strong></p>', ["Anh Minh"]),
        # The writer with the desk that edited the story: the names before it.
        ('<p>Jane Doe und <a href="/ueber-uns.html">Redaktion Example.ch</a></p>', ["Jane Doe"]),
        ("<p>Jane Doe and John Roe and the Example staff</p>", ["Jane Doe and John Roe"]),
    ],
)
def test_the_credit_after_the_storys_last_paragraph(end: str, credit: list[str]) -> None:
    assert _closing(_page(end=end)) == credit


@pytest.mark.parametrize(
    "end",
    [
        "",
        # A name alone in plain text: a signature, a heading or the page's next box as often.
        "<p>Jane Doe</p>",
        "<p><strong>Ähnliche Artikel zum Thema</strong> und mehr</p>",
        # A sentence in brackets, a date after the slash, an agency alone.
        "<p>(Die Redaktion hat den Text am Dienstag ergänzt.)</p>",
        "<p>Berlin / 03.05.2024</p>",
        "<p>(dpa)</p>",
        # A linked name: another story's card.
        '<p><a href="/other-story.html"><strong>Jane Doe</strong></a></p>',
        # Two people joined without a desk, a desk joined to a phrase.
        "<p>Jane Doe und John Roe</p>",
        "<p>Fragen und Antworten an die Redaktion</p>",
    ],
)
def test_no_credit_after_the_story(end: str) -> None:
    assert _closing(_page(end=end)) == []
    assert _authors(_page(end=end))[0] == []


def test_only_the_first_line_after_the_story_is_read() -> None:
    end = "<p>Mehr zum Thema im Newsletter der Redaktion.</p><p><strong>Jane Doe</strong></p>"
    assert _closing(_page(end=end)) == []


def test_the_closing_credit_is_stored_where_nothing_else_names_anyone() -> None:
    assert _authors(_page(end="<p><strong>Anh Minh</strong></p>")) == (["Anh Minh"], "closing")
    # A byline under the headline is nearer and wins.
    html = _page(header="<p>Von Max Muster</p>", end="<p>(Juan Pérez)</p>")
    assert _authors(html) == (["Max Muster"], "line")


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


def test_a_name_in_bold_with_more_after_it_is_a_boxs_heading() -> None:
    end = '<p><strong>Related Coverage</strong></p><p><a href="/other-story.html">Other</a></p>'
    assert _closing(_page(end=end)) == []
    # What follows shows nothing (a script, an empty box): the name ends the story.
    end = "<p><strong>Anh Minh</strong></p><div></div><script>var x = 1;</script>"
    assert _closing(_page(end=end)) == ["Anh Minh"]


def _post(footer: str) -> str:
    """A blog post: the text in a box of its own, then the post's footer."""
    return (
        f"<html><head><title>{TITLE}</title></head><body><div><h2>{TITLE}</h2>"
        f'<div class="entry-content">{STORY}</div>{footer}</div></body></html>'
    )


def _post_credit(html: str) -> list[str]:
    tree = parse_html(html)
    assert tree is not None
    return closing_credit_near(tree.find(".//h2"))


@pytest.mark.parametrize(
    ("footer", "credit"),
    [
        # The tags, then the writer and the day the post went up.
        (
            '<div><div><a rel="tag" href="/tag/rat">Stadtrat</a> <a href="/tag/geld">Geld</a>'
            "</div><div><span>Jane Doe </span> | 29.07.2006 um 14:26</div></div>",
            ["Jane Doe"],
        ),
        ("<div>Jane Doe | May 3, 2023 at 2:26 pm</div>", ["Jane Doe"]),
    ],
)
def test_a_post_footers_writer_and_day_after_the_storys_box(footer: str, credit: list[str]) -> None:
    assert _post_credit(_post(footer)) == credit


@pytest.mark.parametrize(
    "footer",
    [
        # A place and a day is a dateline; a name and a section, no day.
        "<div>Berlin | 29.07.2006</div>",
        "<div>Jane Doe | Politik</div>",
        "<div>Jane Doe | 29.07.2006 | Politik</div>",
        # A comment's header has the same form.
        '<div class="comments"><div>Jane Doe | 29.07.2006 um 14:26</div></div>',
        # Only the first line after the box is read: a heading comes before the comments.
        "<h3>3 Kommentare</h3><div>Jane Doe | 29.07.2006 um 14:26</div>",
        # Another story's card.
        '<a href="/other-story.html"><div>Jane Doe | 29.07.2006</div></a>',
    ],
)
def test_no_post_footer_credit(footer: str) -> None:
    assert _post_credit(_post(footer)) == []
