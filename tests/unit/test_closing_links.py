"""The blocks the text ends on that are mostly the text of their links (:func:`pipelines.text.
linkedend.closing_links`): the site's links under the story, read from the last block back."""

from __future__ import annotations

import pytest

from pipelines.text import templates
from pipelines.text.article import TextOptions, article_text
from pipelines.text.extraction import parse_html
from pipelines.text.linkedend import closing_links
from tests.support.prose import P1, P2, P3, TITLE, URL, story_tree

SECTION = "Harbour news"
SHOP = "Our boot shop"
CALL = "See the rain boots in our shop"
AUTHOR = "Jane Fisher"
MENU = "| About us | Our reporters | Advertise | Contact |"


def _closing(after: str, blocks: list[str]) -> list[str]:
    tree = story_tree(after)
    return closing_links(tree, templates.block_elements(tree, blocks), blocks, URL)


def test_a_linked_line_under_the_story_goes() -> None:
    # A section's link, then the site's shop button set as a paragraph that is all link, on
    # the page's host written out.
    shop = f"<a href='https://shop.example.org/boots'>{SHOP}</a>"
    after = f"<p><a href='/harbour'>{SECTION}</a></p><p>{shop}</p>"
    assert _closing(after, [P1, P2, P3, SECTION, SHOP]) == [SHOP, SECTION]


def test_a_row_of_links_with_its_separators_goes() -> None:
    # A footer's table row: four links and the bars between them (the separators are no
    # link text, and the row stays above the share).
    cells = "".join(
        f"<td><a href='/{n}'>{name}</a></td>"
        for n, name in enumerate(("About us", "Our reporters", "Advertise", "Contact"))
    )
    after = f"<table><tr>{cells}</tr></table>"
    blocks = [P1, P2, P3, MENU]
    tree = story_tree(after)
    elements = templates.block_elements(tree, blocks)
    assert elements[MENU].tag == "tr"
    assert closing_links(tree, elements, blocks, URL) == [MENU]


def test_a_short_link_no_element_holds_alone_goes() -> None:
    # "More" set inline after a line of text in a <br>-broken box: no element holds it alone.
    after = "<div>The harbour office opens at nine.<br><a href='/more'>More about it</a></div>"
    assert _closing(after, [P1, P2, P3, "More about it"]) == ["More about it"]


@pytest.mark.parametrize(
    ("after", "blocks"),
    [
        # A linked line inside the text: the story goes on under it.
        (f"<p><a href='/report'>{SECTION}</a></p><p>{P1}</p>", [P2, P3, SECTION, P1]),
        # A credit line that links its shop only: most of it is the story's own words.
        (
            "<p>Boots in the picture: <a href='/shop'>the outfitter</a></p>",
            [P1, P2, P3, "Boots in the picture: the outfitter"],
        ),
        # A link to another site: the story's reference (an event's page elsewhere).
        (
            f"<p><a href='https://events.example.net/regatta'>{SECTION}</a></p>",
            [P1, P2, P3, SECTION],
        ),
        # One link of a headline's length: a call the story makes, or a teaser.
        (f"<p><a href='/shop/boots'>{CALL}</a></p>", [P1, P2, P3, CALL]),
        # A document the story links as its source.
        (f"<p><a href='/files/report.pdf'>{SECTION}</a></p>", [P1, P2, P3, SECTION]),
        # A sentence of the story's own that it links whole.
        (
            "<p><a href='/qa'>Readers ask us most often what the ferry costs.</a></p>",
            [P1, P2, P3, "Readers ask us most often what the ferry costs."],
        ),
        # A whole sentence linked inline (a quoted comment that links itself) is no button.
        (
            "<div>She wrote back: <a href='/c/1'>the ferry was late again and nobody told us"
            " why</a></div>",
            [P1, P2, P3, "the ferry was late again and nobody told us why"],
        ),
    ],
)
def test_the_storys_own_lines_stay(after: str, blocks: list[str]) -> None:
    assert _closing(after, blocks) == []


def test_the_authors_credit_stays() -> None:
    # The author's name linked to the author's page on the site: the story's credit.
    tree = story_tree(f"<p><a href='/authors/jane-fisher'>{AUTHOR}</a></p>")
    blocks = [P1, P2, P3, AUTHOR]
    elements = templates.block_elements(tree, blocks)
    assert closing_links(tree, elements, blocks, URL) == [AUTHOR]
    assert closing_links(tree, elements, blocks, URL, [AUTHOR]) == []


def test_a_text_of_links_alone_keeps_them() -> None:
    links = f"<p><a href='/a'>{SECTION}</a></p><p><a href='/b'>{SHOP}</a></p>"
    html = f"<html><body>{links}</body></html>"
    tree = parse_html(html)
    assert tree is not None
    blocks = [SECTION, SHOP]
    assert closing_links(tree, templates.block_elements(tree, blocks), blocks, URL) == []


def test_article_text_drops_the_row_of_links_under_the_story_and_counts_it() -> None:
    # trafilatura keeps a table's row of links under the story (a lone linked paragraph it
    # drops itself, by its link density).
    cells = "".join(
        f"<td><a href='/{n}'>{name}</a></td>"
        for n, name in enumerate(("About us", "Our reporters", "Advertise"))
    )
    paragraphs = "".join(f"<p>{P1} {n}</p><p>{P2} {n}</p>" for n in range(3))
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div><h1>{TITLE}</h1>{paragraphs}"
        f"<p>{P3}</p><table><tr>{cells}</tr></table></div></body></html>"
    )
    result = article_text(html, URL, title_hint=TITLE)
    assert result is not None
    assert result.text.splitlines()[-1] == P3
    assert "Our reporters" not in result.text
    assert result.counts["text/structure/linked_end"] == 1
    # Without the structure rules the row is the text's last line: the rule took it.
    plain = article_text(html, URL, title_hint=TITLE, options=TextOptions(frozenset({"structure"})))
    assert plain is not None
    assert plain.text.splitlines()[-1] == "| About us | Our reporters | Advertise |"
