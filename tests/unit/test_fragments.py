"""Pieces of one line of the page, set as lines of their own by the extraction, joined again."""

from __future__ import annotations

from lxml import etree

from pipelines.text import fragments
from pipelines.text.extraction import parse_html

# A Japanese paragraph as a blog writes it: a <div>'s own text with <strong> in it, no space
# between the pieces.
GLUED = (
    "<div>7月11日に開催された<strong>JRA競走</strong>では、<strong>18頭</strong>"
    "が優勝しました。<br/>次の行です。</div>"
)
PIECES = ["7月11日に開催された", "JRA競走", "では、", "18頭", "が優勝しました。"]
LINE = "7月11日に開催されたJRA競走では、18頭が優勝しました。"


def _page(body: str) -> str:
    return f"<html><body>{body}</body></html>"


def _tree(body: str) -> etree._Element:
    tree = parse_html(_page(body))
    assert tree is not None
    return tree


def _glued(
    blocks: list[str], body: str, elements: dict[str, etree._Element] | None = None
) -> list[fragments.Join]:
    """``glued_pieces`` of ``blocks`` on a page of ``body``."""
    return fragments.glued_pieces(blocks, elements or {}, _page(body), _tree(body))


def test_the_pages_lines_end_at_blocks_and_breaks_and_read_through_inline_markup() -> None:
    tree = _tree(f"<h1>Title</h1>{GLUED}<p>One <a href='/x'>link</a> here</p><script>x=1</script>")
    assert fragments.page_lines(tree) == ["Title", LINE, "次の行です。", "One link here"]


def test_pieces_of_one_line_glued_on_the_page_are_joined() -> None:
    blocks = ["Title", *PIECES, "次の行です。"]
    joins = _glued(blocks, f"<h1>Title</h1>{GLUED}")
    assert joins == [fragments.Join(LINE, tuple(PIECES))]
    assert fragments.rejoin(blocks, joins) == ["Title", LINE, "次の行です。"]
    # A run ends at a block some element holds whole.
    tree = _tree(GLUED)
    held = {"では、": tree}
    assert _glued(PIECES, GLUED, held) == [
        fragments.Join("7月11日に開催されたJRA競走", tuple(PIECES[:2])),
        fragments.Join("18頭が優勝しました。", tuple(PIECES[3:])),
    ]


def test_lines_of_their_own_and_pieces_with_a_space_between_stay() -> None:
    # Two paragraphs written without whitespace between them are glued in the page's text,
    # but each is a whole line of the page.
    assert (
        _glued(["第一段落です。", "第二段落です。"], "<p>第一段落です。</p><p>第二段落です。</p>")
        == []
    )
    # Lines a <br> breaks are lines of the page.
    assert _glued(["Street 1", "Town"], "<div>Street 1<br/>Town</div>") == []
    # Pieces the page spaces read the same either way: left as they are.
    spaced = "<div>The mayor of <strong>Berlin</strong> said so.</div>"
    assert _glued(["The mayor of", "Berlin", "said so."], spaced) == []
    # A piece that is a whole line of the page elsewhere ends the run before it.
    assert (
        _glued(["Mayor of", "Berlin"], "<h2>Berlin</h2><div>Mayor of<strong>Berlin</strong></div>")
        == []
    )
    assert _glued(["One block"], GLUED) == []


def test_rejoin_leaves_other_blocks_in_place() -> None:
    join = fragments.Join("ab", ("a", "b"))
    assert fragments.rejoin(["x", "a", "b", "a", "y"], [join]) == ["x", "ab", "a", "y"]
    assert fragments.rejoin(["x", "y"], []) == ["x", "y"]
