"""The first line of a ``<br>``-broken block: read, found missing, put back before the next."""

from __future__ import annotations

from lxml import etree

from pipelines.text import firstline
from pipelines.text.article import TextOptions, article_text
from pipelines.text.consensus import Insertion
from pipelines.text.extraction import parse_html

PARAGRAPH = (
    "The river rose another forty centimetres overnight, and the fire brigade began to build a "
    "second wall of sandbags along the old harbour before the evening's peak."
)
SUBTITLE = (
    "<div>The flood in the old town<br/>Sandbags at the <b>harbour</b>"
    "<br/><br/>Schools stay shut<br/>Buses replace trains</div>"
)


def _tree(body: str) -> etree._Element:
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert tree is not None
    return tree


def _div(html: str) -> etree._Element:
    found = _tree(html).find(".//div")
    assert found is not None
    return found


def test_a_blocks_lines_are_split_at_its_line_breaks_up_to_its_first_block() -> None:
    assert firstline.lines(_div(SUBTITLE)) == [
        "The flood in the old town",
        "Sandbags at the harbour",
        "Schools stay shut",
        "Buses replace trains",
    ]
    # A paragraph inside ends the lines; a block that opens with markup or a break has no
    # first line of its own to lose.
    assert firstline.lines(_div("<div>One<br/>Two<p>A paragraph</p>Three</div>")) == ["One", "Two"]
    assert firstline.lines(_div("<div><br/>One<br/>Two</div>")) == []
    assert firstline.lines(_div("<div><p>One</p>Two<br/>Three</div>")) == []
    assert firstline.lines(_div("<div>One line, no break</div>")) == []


def test_the_first_line_comes_back_before_the_kept_lines() -> None:
    tree = _tree(f"<h1>Floods</h1>{SUBTITLE}<p>{PARAGRAPH}</p>")
    blocks = ["Sandbags at the harbour", "Schools stay shut", "Buses replace trains", PARAGRAPH]
    found = firstline.missing_first_lines(blocks, tree)
    assert found == [Insertion(-1, "The flood in the old town")]
    assert firstline.missing_first_lines([PARAGRAPH, *blocks], tree) == [
        Insertion(0, "The flood in the old town")
    ]


def test_without_enough_kept_lines_in_a_row_the_first_line_stays_out() -> None:
    tree = _tree(f"<h1>Floods</h1>{SUBTITLE}<p>{PARAGRAPH}</p>")
    # One kept line may be a headline shown twice; lines apart or out of order are not the
    # block trafilatura took; a line the text holds anywhere, or a link's text, is not missing.
    for blocks, links in (
        (["Sandbags at the harbour", PARAGRAPH], set()),
        (["Sandbags at the harbour", PARAGRAPH, "Schools stay shut"], set()),
        (["Schools stay shut", "Sandbags at the harbour", PARAGRAPH], set()),
        (
            [
                f"The flood in the old town: {PARAGRAPH}",
                "Sandbags at the harbour",
                "Schools stay shut",
            ],
            set(),
        ),
        (["Sandbags at the harbour", "Schools stay shut"], {"The flood in the old town"}),
    ):
        assert firstline.missing_first_lines(blocks, tree, links) == []


def test_the_article_gets_back_the_line_trafilatura_drops_before_a_break() -> None:
    html = (
        "<html><head><title>Floods</title></head><body><article><h1>Floods</h1>"
        f"{SUBTITLE}<p>{PARAGRAPH * 3}</p><p>{PARAGRAPH.replace('river', 'lake') * 3}</p>"
        "</article></body></html>"
    )
    without = article_text(
        html, "https://example.org/floods", options=TextOptions(disabled=frozenset({"firstline"}))
    )
    result = article_text(html, "https://example.org/floods")
    assert without is not None and result is not None
    assert "Sandbags at the harbour" in without.text
    assert "The flood in the old town" not in without.text
    lines = result.text.splitlines()
    assert lines.index("The flood in the old town") + 1 == lines.index("Sandbags at the harbour")
    assert result.counts["text/firstline/restored"] == 1
