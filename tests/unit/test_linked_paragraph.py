"""A lone linked headline between the story's paragraphs (:func:`pipelines.text.linkedpara.
linked_paragraphs`): a read-also of the site's without its label, in any language."""

from __future__ import annotations

import pytest

from pipelines.text import templates
from pipelines.text.extraction import parse_html
from pipelines.text.linkedpara import linked_paragraphs
from tests.support.prose import (
    P1,
    P2,
    P3,
    assert_dropped_over_body,
    assert_kept_over_body,
    short_story,
)

PAGE = "https://example.org/news/storm-on-the-coast"

_html = short_story


def _taken(middle: str, line: str, url: str = PAGE) -> list[str]:
    """What the rule takes from the story with ``middle`` (whose text is ``line``) after P1."""
    tree = parse_html(_html(middle))
    assert tree is not None
    blocks = [P1, line, P2, P3]
    return linked_paragraphs(tree, templates.block_elements(tree, blocks), blocks, url)


# Read-alsos without a label, as sites of several languages write them.
HEADLINES = [
    (
        "<p><strong><a href='/stars/anna-und-tom-getrennt'>{}</a></strong></p>",
        "Anna und Tom haben sich nach zehn Jahren getrennt",
    ),
    (
        "<p><b><a href='https://www.example.org/politique/le-maire-demissionne'>{}</a></b></p>",
        "Le maire de la ville annonce sa démission surprise",
    ),
    (
        "<p><a href='//example.org/sociedad/el-puerto-cierra'>{}</a></p>",
        "El puerto cierra por el temporal durante tres días",
    ),
    (
        "<p><a href='/kraj/burmistrz-zapowiada-remont'><b>{}</b></a></p>",
        "Burmistrz zapowiada remont falochronu przed zimą",
    ),
    (
        "<p><strong><a href='https://news.example.org/cronaca/traghetto-fermo'>{}</a></strong></p>",
        "Il traghetto resta fermo in porto per la tempesta",
    ),
]


@pytest.mark.parametrize(("markup", "line"), HEADLINES)
def test_a_lone_linked_headline_of_the_site_goes(markup: str, line: str) -> None:
    assert _taken(markup.format(line), line) == [line]


def test_a_bullet_before_the_link_is_no_word_of_its_own() -> None:
    line = "» Burmistrz zapowiada remont falochronu przed zimą"
    markup = f"<div>» <a href='/kraj/burmistrz-zapowiada-remont'>{line[2:]}</a></div>"
    assert _taken(markup, line) == [line]


LINE = "Ferry company orders two new boats for the island route"
LINKED = f"<p><strong><a href='/business/ferry-orders-boats'>{LINE}</a></strong></p>"


@pytest.mark.parametrize(
    "href",
    [
        "https://other.example.net/ferry-orders-boats",  # a source the reporter cites
        "#ferries",  # an anchor on the page
        "/news/storm-on-the-coast/",  # the page itself
        "/reports/ferry-orders-boats.pdf",  # a document
        "mailto:desk@example.org",
    ],
)
def test_a_link_that_is_no_other_page_of_the_site_stays(href: str) -> None:
    assert _taken(f"<p><strong><a href='{href}'>{LINE}</a></strong></p>", LINE) == []


def test_a_linked_sentence_stays() -> None:
    # A story may link a whole sentence of its own.
    line = "The ferry company has ordered two new boats for the island route."
    assert _taken(f"<p><a href='/business/ferry-orders-boats'>{line}</a></p>", line) == []


def test_a_paragraph_with_its_own_words_around_a_link_stays() -> None:
    line = f"Earlier this year: {LINE}"
    markup = f"<p>Earlier this year: <a href='/business/ferry-orders-boats'>{LINE}</a></p>"
    assert _taken(markup, line) == []


def test_a_short_link_and_a_long_passage_stay() -> None:
    short = "Ferry timetable"
    assert _taken(f"<p><a href='/ferry'>{short}</a></p>", short) == []
    passage = " ".join(["the ferry ran again"] * 6)
    assert _taken(f"<p><a href='/ferry'>{passage}</a></p>", passage) == []


def test_a_linked_list_item_stays() -> None:
    assert (
        _taken(f"<ul><li><a href='/business/ferry-orders-boats'>{LINE}</a></li></ul>", LINE) == []
    )


def test_a_linked_headline_without_prose_on_both_sides_stays() -> None:
    tree = parse_html(_html(LINKED))
    assert tree is not None
    blocks = [LINE, P1, P2, P3]
    elements = templates.block_elements(tree, blocks)
    assert linked_paragraphs(tree, elements, blocks, PAGE) == []
    # Two of them in a row: a list of teasers, which other rules read.
    assert linked_paragraphs(tree, elements, [P1, LINE, LINE, P2], PAGE) == []


def test_the_text_pipeline_drops_it_and_counts_it() -> None:
    assert_dropped_over_body(_html(LINKED), LINE, "linked_paragraph")


def test_the_text_pipeline_keeps_a_linked_sentence() -> None:
    line = "The ferry company has ordered two new boats for the island route."
    html = _html(f"<p><a href='/business/ferry-orders-boats'>{line}</a></p>")
    assert_kept_over_body(html, line, "linked_paragraph")


def test_a_linked_headline_that_closes_a_section_goes() -> None:
    # The story goes on under the next section's heading.
    heading = "What the harbour master says"
    tree = parse_html(_html(f"{LINKED}<h2>{heading}</h2>"))
    assert tree is not None
    blocks = [P1, LINE, heading, P2, P3]
    elements = templates.block_elements(tree, blocks)
    assert linked_paragraphs(tree, elements, blocks, PAGE) == [LINE]
    # Its first paragraph may announce a quote with a colon.
    announcing = P2.removesuffix(".") + ", and the harbour master said:"
    assert linked_paragraphs(tree, elements, [P1, LINE, heading, announcing], PAGE) == [LINE]
    # No prose after the heading: the text's end, another rule's.
    assert linked_paragraphs(tree, elements, [P1, LINE, heading], PAGE) == []


def test_a_card_with_its_picture_inside_a_paragraph_stays() -> None:
    card = (
        "<p><article><a href='/business/ferry-orders-boats'><img src='/boats.jpg' alt=''>"
        f"<p><b>{LINE}</b></p></a></article></p>"
    )
    assert _taken(card, LINE) == []


def test_a_heading_listed_first_in_a_table_of_contents_is_still_a_heading() -> None:
    # The heading's text is first an entry of the page's contents, whose element the block
    # maps to: the heading is read by the page's headings.
    heading = "What the harbour master says"
    html = _html(f"{LINKED}<h2>{heading}</h2>").replace(
        "<h1>", f"<ul><li><a href='#master'>{heading}</a></li></ul><h1>"
    )
    tree = parse_html(html)
    assert tree is not None
    blocks = [P1, LINE, heading, P2]
    elements = templates.block_elements(tree, blocks)
    assert linked_paragraphs(tree, elements, blocks, PAGE) == [LINE]
