"""The text benchmark's ``--leak-shapes``: each miss classified by structure, counts only."""

import pytest

from benchmarks.leak_shapes import Page, Shapes, classify, holder, page_shapes
from benchmarks.text_quality import Case, case_misses, flat
from pipelines.text.extraction import parse_html

BODY = [
    "First paragraph of the story, long enough to vote for its container here.",
    "Second paragraph of the story, long enough to vote for its container too.",
    "Read also: Another story about the same thing",
    "Third paragraph of the story, long enough to vote for its container again.",
    "Fourth paragraph of the story, long enough to vote for its container again.",
    "Copyright Example",
]
HTML = (
    "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
    "<article><h1>Title</h1><div class='story'>"
    f"<p>{BODY[0]}</p><p>{BODY[1]}</p>"
    "<p>Read also: <a href='/x'>Another story about the same thing</a></p>"
    f"<p>{BODY[3]}</p><p>{BODY[4]}</p></div></article>"
    "<aside class='related-box'><ul><li><a href='/y'>Teaser headline elsewhere</a></li></ul>"
    "</aside>"
    "<footer><p>Copyright Example</p><p><b>Copyright Example</b></p></footer>"
    "<script>var x = 'Secret in script';</script></body></html>"
)


def page(text: str = "\n".join(BODY), added: tuple[tuple[str, str], ...] = ()) -> Page:
    raw = "\n".join(line for line in text.splitlines() if not added or line != added[0][0])
    return Page(parse_html(HTML), text, raw, "en", flat, added)


def test_a_label_glued_to_its_linked_headline_inside_the_body() -> None:
    shape = classify("Read also:", "leaked", page())
    assert shape["ancestor"] == "none" and shape["marked"] == set()
    assert shape["container"] == "inside"
    assert shape["links"] == "mostly"  # the headline's link is most of the paragraph
    assert shape["place"] == "between (stored)"
    assert shape["line"] == "part of line" and shape["line/block"] == "same"
    assert shape["full stop"] == "no" and shape["source"] == "extraction"
    assert shape["block tag"] == "p" and shape["emphasis"] == "no"
    assert shape["class word"] == "none" and shape["words"] == "1-3"
    assert shape["repeated"] == "no" and shape["language"] == "en"


def test_a_repeated_footer_line_outside_the_body() -> None:
    shape = classify("Copyright Example", "leaked", page())
    assert shape["ancestor"] == "footer" and shape["container"] == "outside"
    assert shape["place"] == "last 3 blocks (stored)" and shape["line"] == "whole line"
    assert shape["repeated"] == "yes" and shape["links"] == "none"


def test_a_lost_teaser_is_read_in_the_extraction_and_by_its_boxes() -> None:
    shape = classify("Teaser headline elsewhere", "lost", page())
    assert shape["place"] == "not in extraction"
    assert shape["ancestor"] == "a" and shape["marked"] == {"a", "list", "aside"}
    assert shape["class word"] == "related" and shape["container"] == "outside"
    assert shape["line"] == "n/a" and shape["source"] == "n/a"


def test_a_snippet_only_a_script_or_no_element_holds() -> None:
    assert classify("Secret in script", "lost", page())["ancestor"] == "script"
    assert classify("Nowhere on the page", "lost", page())["ancestor"] == "not in markup"


def test_a_block_a_stage_added_is_counted_under_that_stage() -> None:
    added = (("First paragraph of the story, long enough to vote for its container here.", "lead"),)
    shape = classify("First paragraph of the story", "kept", page(added=added))
    assert shape["source"] == "lead" and shape["place"] == "first block (stored)"
    assert shape["full stop"] == "yes"


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError):
        classify("Read also:", "found", page())


def test_holder_is_the_innermost_element() -> None:
    tree = parse_html(HTML)
    assert tree is not None
    element = holder(tree, "Another story", flat)
    assert element is not None and element.tag == "a"
    assert holder(tree, "Copyright Example", flat).tag == "p"  # type: ignore[union-attr]


def test_the_table_counts_and_never_shows_a_snippet() -> None:
    shapes = Shapes()
    for kind, shape in page_shapes(
        page(), ["Read also:", "Copyright Example"], ["Teaser headline elsewhere"], [], ["Third"]
    ):
        shapes.add(kind, shape)
    assert shapes.totals == {"leaked": 2, "lost": 1, "kept": 1}
    lines = shapes.lines()
    table = "\n".join(lines)
    for snippet in ("Read also", "Copyright", "Teaser", "Third"):
        assert snippet not in table
    row = next(line for line in lines if line.split()[:2] == ["ancestor", "footer"])
    assert row.split()[2:] == ["1", "0", "0", "0"]
    merged = Shapes()
    merged.merge(shapes)
    merged.merge(shapes)
    assert merged.totals["leaked"] == 4


def test_case_misses_sorts_snippets_as_the_figures_do() -> None:
    case = Case(
        "blind",
        "p.html",
        "https://example.org/a",
        HTML,
        keep=["First paragraph", "Not there"],
        drop=["Read also:", "Never shown"],
        lead="Missing lead",
    )
    misses = case_misses(case, "\n".join(BODY))
    assert misses.leaked == ["Read also:"] and misses.lost == ["Not there"]
    assert misses.no_lead == ["Missing lead"] and misses.kept == ["First paragraph"]
    body = [{"kind": "paragraph", "text": BODY[0]}]
    metadev = Case("metadev", "m.html", "https://example.org/m", HTML, body=body)
    assert case_misses(metadev, BODY[0]).kept == [BODY[0][:80]]
    assert case_misses(metadev, BODY[1]).no_lead == [BODY[0][:80]]
