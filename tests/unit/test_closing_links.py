"""The blocks the text ends on that are mostly the text of their links (:func:`pipelines.text.
linkedend.closing_links`): the site's links under the story, read from the last block back; and
other stories' cards there (:func:`pipelines.text.linkedend.closing_cards`)."""

from __future__ import annotations

import pytest

from pipelines.text import templates
from pipelines.text.article import TextOptions, article_text
from pipelines.text.extraction import parse_html
from pipelines.text.linkedend import closing_cards, closing_links
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


# Another story's card under the story: its headline and its blurb, each linked to its page.
CARD_HEADLINE = "The bank that helps you think ahead"
CARD_BLURB = (
    "Most people know that their house, their cabin and their car need insurance to keep their"
    " finances in balance if things do not go to plan."
)


def _cards(after: str, blocks: list[str]) -> list[str]:
    tree = story_tree(after)
    return closing_cards(tree, templates.block_elements(tree, blocks), blocks, URL)


@pytest.mark.parametrize(
    "after",
    [
        # The blurb inside the card's link, the headline's link in a heading.
        f"<h2><a href='/bank-ahead'>{CARD_HEADLINE}</a></h2>"
        f"<a href='/bank-ahead'><p>{CARD_BLURB}</p></a>",
        # The headline's link a picture: the card's second link.
        f"<a href='/bank-ahead'><img src='/bank.jpg'></a><a href='/bank-ahead'><p>{CARD_BLURB}"
        "</p></a>",
        # Both linked inside their blocks, on the page's host written out.
        f"<h3><a href='https://example.org/bank-ahead'>{CARD_HEADLINE}</a></h3>"
        f"<p><a href='/bank-ahead'>{CARD_BLURB}</a></p>",
    ],
)
def test_another_storys_card_under_the_story_goes(after: str) -> None:
    blocks = [P1, P2, P3, CARD_HEADLINE, CARD_BLURB] if "<h" in after else [P1, P2, P3, CARD_BLURB]
    assert _cards(after, blocks) == blocks[:2:-1]
    # The rule for the site's links stops at the blurb, a sentence.
    tree = story_tree(after)
    assert closing_links(tree, templates.block_elements(tree, blocks), blocks, URL) == []


@pytest.mark.parametrize(
    "after",
    [
        # The headline and the blurb link to two pages: no card.
        f"<h2><a href='/bank-ahead'>{CARD_HEADLINE}</a></h2>"
        f"<p><a href='/other'>{CARD_BLURB}</a></p>",
        # The blurb is the story's own words, one phrase of it linked.
        f"<h2><a href='/bank-ahead'>{CARD_HEADLINE}</a></h2>"
        "<p>" + CARD_BLURB.replace("insurance", "<a href='/bank-ahead'>insurance</a>") + "</p>",
        # Both link to another site: the story's reference.
        f"<h2><a href='https://bank.example.net/'>{CARD_HEADLINE}</a></h2>"
        f"<a href='https://bank.example.net/'><p>{CARD_BLURB}</p></a>",
        # The blurb's page linked again only by a short button: no headline, no card.
        f"<p><a href='/bank-ahead'>More</a></p><a href='/bank-ahead'><p>{CARD_BLURB}</p></a>",
        # Both link to the page itself (an anchor of it).
        f"<h2><a href='{URL}#top'>{CARD_HEADLINE}</a></h2><a href='#top'><p>{CARD_BLURB}</p></a>",
    ],
)
def test_what_is_no_card_of_another_story_stays(after: str) -> None:
    assert _cards(after, [P1, P2, P3, CARD_HEADLINE, CARD_BLURB]) == []


def test_a_text_of_cards_alone_keeps_them() -> None:
    html = (
        f"<html><body><h2><a href='/bank-ahead'>{CARD_HEADLINE}</a></h2>"
        f"<a href='/bank-ahead'><p>{CARD_BLURB}</p></a></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    blocks = [CARD_HEADLINE, CARD_BLURB]
    assert closing_cards(tree, templates.block_elements(tree, blocks), blocks, URL) == []


def test_article_text_drops_the_card_under_the_story_and_counts_it() -> None:
    paragraphs = "".join(f"<p>{P1} {n}</p><p>{P2} {n}</p>" for n in range(3))
    card = (
        f"<h2><a href='/bank-ahead'>{CARD_HEADLINE}</a></h2>"
        f"<a href='/bank-ahead'><p>{CARD_BLURB}</p></a>"
    )
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div><h1>{TITLE}</h1>{paragraphs}"
        f"<p>{P3}</p>{card}</div></body></html>"
    )
    result = article_text(html, URL, title_hint=TITLE)
    assert result is not None
    assert CARD_BLURB not in result.text
    assert CARD_HEADLINE not in result.text
    assert result.text.splitlines()[-1] == P3
    # The teaser rules take the linked heading; the blurb they leave is this rule's.
    assert result.counts["text/structure/linked_card"] == 1
