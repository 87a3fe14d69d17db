"""The site's header over the article: short blocks set before the headline, outside its box."""

from __future__ import annotations

import pytest

from pipelines.text import inbody, masthead, templates
from pipelines.text.extraction import parse_html
from pipelines.text.page import read_signals
from tests.support.prose import P1, P2, P3, TITLE

PITCH = "Help keep Coast News independent"
TAGLINE = "News from the coast: politics, business and sport"
KICKER = "Weather and climate"
DATE = "June 3, 2024"
# A standfirst the page sets over its headline: a body paragraph's length.
STANDFIRST = (
    "The storm that flooded the harbour road on Monday night was the worst in a decade, and "
    "the council says the sea wall will not hold another one."
)


def _page(header: str = "", over: str = "", under: str = "", after: str = "") -> str:
    """A page: the site's header (``header``), then the article's box: ``over`` its headline,
    the headline, ``under`` it, the body's paragraphs, then ``after`` them."""
    paragraphs = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    return (
        "<html><head><title>Storm on the coast</title></head><body>"
        f"<div><div><a href='/'>Coast News</a></div><div>{header}</div></div>"
        f"<div><div>{over}<h1>{TITLE}</h1>{under}<div>{paragraphs}</div>{after}</div></div>"
        "</body></html>"
    )


def _header(html: str, blocks: list[str]) -> set[str]:
    tree = parse_html(html)
    assert tree is not None
    signals = read_signals(tree, None, TITLE)
    elements = templates.block_elements(tree, blocks)
    region = inbody.body_region(elements)
    return masthead.before_headline(tree, elements, blocks, signals.headline, region)


@pytest.mark.parametrize("line", [PITCH, TAGLINE])
def test_a_short_block_of_the_sites_header_is_dropped(line: str) -> None:
    html = _page(header=f"<div><a href='/subscribe'>Subscribe</a><p>{line}</p></div>")
    assert _header(html, [line, P1, P2, P3]) == {line}


CAPTION = "Photo by Jane Doe, public domain."


def test_the_header_pictures_caption_is_dropped() -> None:
    html = _page(header=f"<div><img src='/sea.jpg'><p>{CAPTION}</p></div>")
    assert _header(html, [CAPTION, P1, P2]) == {CAPTION}


def test_a_list_of_linked_headlines_in_the_header_is_dropped_past_a_standfirst() -> None:
    # The text has the standfirst (of a body paragraph's length, under the headline) before
    # the header's list: the body starts with the first block inside its container.
    items = ["Lottery results announced for the weekend draw", "Markets close higher again"]
    links = "".join(f"<li><a href='#'>{item}</a></li>" for item in items)
    html = _page(header=f"<ul>{links}</ul>", under=f"<h2>{STANDFIRST}</h2>")
    blocks = [STANDFIRST, *(f"- {item}" for item in items), P1, P2, P3]
    assert _header(html, blocks) == {f"- {item}" for item in items}


# A magazine's description of itself, a paragraph's length, in a side tray beside the header.
ABOUT = (
    "Coast News is the magazine for everyone who lives by the sea: for the sailors, the "
    "fishers and the walkers, for those who came for a summer and stayed for good."
)


def test_a_paragraph_of_the_sites_header_is_dropped_whatever_its_length() -> None:
    html = _page(header=f"<div><a href='/about'>About</a><div><p>{ABOUT}</p></div></div>")
    assert _header(html, [ABOUT, P1, P2, P3]) == {ABOUT}


def test_a_line_of_two_words_may_be_any_menus() -> None:
    # "World news" in the header's menu, the first element with its text: the text may have
    # the line from the article's own list, which no text search tells apart.
    html = _page(header="<ul><li>World news</li></ul>")
    assert _header(html, ["World news", P1, P2, P3]) == set()


# --- what stays ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "blocks"),
    [
        # over the headline, but inside the box that holds the headline and the body
        ({"over": f"<p>{KICKER}</p>"}, [KICKER, P1, P2, P3]),
        ({"over": f"<p>{DATE}</p>"}, [DATE, P1, P2, P3]),
        # a standfirst of a body paragraph's length over the headline, in the article's box
        ({"over": f"<p>{STANDFIRST}</p>"}, [STANDFIRST, P1, P2, P3]),
        # under the headline, in the article's box
        ({"under": f"<p>{DATE}</p>"}, [DATE, P1, P2, P3]),
        # the header's line, but the text has it after a body paragraph: no header then
        ({"header": f"<p>{PITCH}</p>"}, [P1, PITCH, P2, P3]),
    ],
)
def test_the_articles_own_blocks_stay(parts: dict[str, str], blocks: list[str]) -> None:
    assert _header(_page(**parts), blocks) == set()


def test_no_headline_shown_no_header() -> None:
    html = _page(header=f"<p>{PITCH}</p>").replace(f"<h1>{TITLE}</h1>", "<h1>Coast News</h1>")
    assert _header(html, [PITCH, P1, P2, P3]) == set()


def test_a_headline_after_the_body_is_no_article_headline_to_read_from() -> None:
    # The title repeated in a box under the body (a sticky bar, a teaser of itself): the page's
    # order of headline and body is not the article's, and nothing is read.
    paragraphs = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    html = (
        f"<html><body><div><p>{PITCH}</p></div><div><div><div>{paragraphs}</div></div>"
        f"<div><h1>{TITLE}</h1></div></div></body></html>"
    )
    assert _header(html, [PITCH, P1, P2, P3]) == set()
