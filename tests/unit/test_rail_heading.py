"""The heading of a rail of other stories' links among the story's paragraphs
(:func:`pipelines.text.railheading.rail_headings`): left alone once the extraction dropped the
links, whatever its words and class names."""

from __future__ import annotations

import pytest

from pipelines.text import templates
from pipelines.text.extraction import parse_html
from pipelines.text.railheading import rail_headings
from tests.support.prose import (
    P1,
    P2,
    P3,
    assert_dropped_over_body,
    assert_kept_over_body,
    short_story,
    storm_page,
)

PAGE = "https://example.org/news/storm-on-the-coast"

_html = short_story


def _taken(middle: str, line: str, blocks: list[str] | None = None) -> set[str]:
    """What the rule takes from the story with ``middle`` (whose heading is ``line``) after
    P1, the text holding ``blocks`` (P1, the heading, P2, P3 unless given)."""
    tree = parse_html(_html(middle))
    assert tree is not None
    blocks = blocks if blocks is not None else [P1, line, P2, P3]
    return rail_headings(tree, templates.block_elements(tree, blocks), blocks, PAGE)


def _links(*headlines: str, before: str = "") -> str:
    """A row of cards, each a link to another story (``before`` its kicker or time)."""
    return "".join(
        f"<div>{before}<a href='/story/{n}'>{headline}</a></div>"
        for n, headline in enumerate(headlines)
    )


HEADLINES = (
    "Ferry company orders two new boats for the island route",
    "Lifeboat crew rescues three sailors off the headland",
    "New bridge to the islands opens a year late",
)

# Rails as component libraries and content systems write them, in several languages.
RAILS = [
    # A heading inside its wrappers, an empty ad slot, then the row of cards.
    (
        "<div><div><section><h2>{}</h2></section></div><div></div>"
        f"<div><div>{_links(*HEADLINES)}</div></div></div>",
        "Most read in Celebrity",
    ),
    # A label in a <div> of its own over cards, each a time and a linked headline.
    (
        f"<div><div>{{}}</div><div>{_links(*HEADLINES, before='<div>09:21</div>')}</div></div>",
        "Dernières actus",
    ),
    # A bold paragraph over a list of linked headlines.
    (
        "<p><strong><em>{}</em></strong></p><ul>"
        + "".join(
            f"<li><strong><a href='/s/{n}'>{h}</a></strong></li>" for n, h in enumerate(HEADLINES)
        )
        + "</ul>",
        "Mehr zu diesem Thema:",
    ),
    (
        f"<aside><h3>{{}}</h3><script>load()</script><div>{_links(*HEADLINES)}</div></aside>",
        "Más leídas",
    ),
    (f"<div><h4>{{}}</h4><div>{_links(*HEADLINES[:2])}</div></div>", "Najczęściej czytane"),
]


@pytest.mark.parametrize(("markup", "line"), RAILS)
def test_the_heading_of_a_rail_the_text_left_out_goes(markup: str, line: str) -> None:
    assert _taken(markup.format(line), line) == {line}


@pytest.mark.parametrize(
    "rail",
    [
        # A heading the extraction keeps between the paragraphs.
        "<p><b>{}</b></p><div>{}</div>",
        # One the extraction drops with the links, which the paragraphs' rule puts back.
        "<h2>{}</h2><div>{}</div>",
    ],
)
def test_the_text_pipeline_drops_it_and_counts_it(rail: str) -> None:
    line = "Most read in Celebrity"
    html = storm_page(rail.format(line, _links(*HEADLINES)), P3)
    assert_dropped_over_body(html, line, "rail_heading")


@pytest.mark.parametrize(
    ("markup", "line"),
    [
        # Its links come by script: the page as fetched shows an empty box.
        (
            "<div><div>{}</div><div id='liked'></div><script>fill('liked')</script></div>",
            "Tendencia en Facebook",
        ),
        ("<div><section><h3>{}</h3></section><div></div></div>", "Meistgelesen im Ressort"),
        # One linked headline under it.
        (f"<div><h2>{{}}</h2><div>{_links(HEADLINES[0])}</div></div>", "Most read in News"),
        (f"<div><div>{{}}</div><ul><li>{_links(HEADLINES[1])}</li></ul></div>", "Les plus lus :"),
    ],
)
def test_a_rails_title_goes_over_one_headline_or_none(markup: str, line: str) -> None:
    assert _taken(markup.format(line), line) == {line}


def test_a_rails_title_over_prose_stays() -> None:
    # A story's section may be called so.
    line = "Tendencias en el mercado"
    assert _taken(f"<h2>{line}</h2><p>{P3}</p>", line) == set()
    assert _taken(f"<div><h2>{line}</h2><div><p>{P3}</p></div></div>", line) == set()
    # Past an empty ad slot.
    assert _taken(f"<h2>{line}</h2><div></div><p>{P3}</p>", line) == set()


@pytest.mark.parametrize(
    "line", ["Tendencias en el mercado", "Latest news on the strike", "Tendances de la saison"]
)
def test_a_storys_section_over_one_related_link_stays(line: str) -> None:
    # Words that title a trending or latest rail title a story's section too: over the one
    # related link a CMS sets under a section's heading, the heading is the story's. Only a
    # tally's title (most read, most viewed) is a rail over one headline.
    related = f"<div><a href='/story/9'>{HEADLINES[0]}</a></div>"
    assert _taken(f"<h2>{line}</h2>{related}<p>{P3}</p>", line) == set()


def test_a_rail_listing_the_story_itself_still_goes() -> None:
    # A rail of the latest stories lists the story too: its headline is the page's <h1>.
    line = "Latest news"
    rail = f"<div><div>{line}</div><div>{_links('Storm on the coast', *HEADLINES)}</div></div>"
    assert _taken(rail, line, ["Storm on the coast", P1, line, P2, P3]) == {line}


def test_a_heading_over_the_storys_own_list_that_the_text_keeps_stays() -> None:
    line = "Where to find help"
    listed = "".join(f"<li><a href='/help/{n}'>{h}</a></li>" for n, h in enumerate(HEADLINES))
    rail = f"<h2>{line}</h2><ul>{listed}</ul>"
    assert _taken(rail, line, [P1, line, f"- {HEADLINES[0]}", P2, P3]) == set()
    # Its items kept as blocks of their own elements.
    items = [f"- {h}" for h in HEADLINES]
    assert _taken(rail, line, [P1, line, *items, P2, P3]) == set()


def test_a_heading_over_prose_stays() -> None:
    line = "What the harbour master says"
    prose = f"<h2>{line}</h2><p>{P3} See <a href='/a'>the harbour</a> and <a href='/b'>map</a>.</p>"
    assert _taken(prose, line) == set()
    assert_kept_over_body(storm_page(prose, P3), line, "rail_heading")


@pytest.mark.parametrize(
    ("markup", "line"),
    [
        # One link is no rail: a source under its label.
        (f"<div><div>{{}}</div><div>{_links(HEADLINES[0])}</div></div>", "Source"),
        # A heading closing a sentence is the story's own question.
        (f"<div><div>{{}}</div><div>{_links(*HEADLINES)}</div></div>", "Who pays for it?"),
        # A long line is a paragraph, not a heading.
        (f"<div><div>{{}}</div><div>{_links(*HEADLINES)}</div></div>", " ".join(["word"] * 12)),
        # A paragraph of links is the story's: a picture's credit after its closing line.
        (
            "<p>{}</p><p>Picture: <a href='/p/1'>Lots of toy bricks on a table</a> by "
            "<a href='/u/2'>Jane Doe</a>, licence <a href='/l'>Creative Commons by</a></p>",
            "No research without freedom",
        ),
        # Links of a word or two are a menu or tags, no headlines.
        (
            "<div><div>{}</div><div><a href='/a'>Sport</a> <a href='/b'>Weather</a>"
            " <a href='/c'>Local news</a></div></div>",
            "Topics",
        ),
        # An embedded post under a list article's heading: its links lead to its network.
        (
            "<h2>{}</h2><div><blockquote><a href='https://social.example.net/p/1'>View this"
            " post on the network</a><p>Our favourite wall</p><a href='https://social.example"
            ".net/u/2'>A post shared by a travel club</a></blockquote></div>",
            "5. Dating apps",
        ),
        # The story's source line over its share buttons, which lead to the page itself.
        (
            "<p>{}</p><div><ul><li><a href='/news/storm-on-the-coast/?share=facebook'>Click"
            " to share on Facebook</a></li><li><a href='/news/storm-on-the-coast/?share=x'>"
            "Click to share on X</a></li></ul></div>",
            "Harbour Times / Agencies",
        ),
        # Nothing follows the heading in its box: no rail it titles.
        ("<div><h3>{}</h3></div>", "In pictures"),
    ],
)
def test_what_is_no_rail_heading_stays(markup: str, line: str) -> None:
    assert _taken(markup.format(line), line) == set()
