"""Boxes set among the article's paragraphs, each titled by a heading of its own."""

from __future__ import annotations

import pytest

from pipelines.text import sidebox, templates
from pipelines.text.article import article_text
from pipelines.text.extraction import parse_html
from tests.support.prose import P1, P2, P3, TITLE, URL, storm_page

FACT = "The sea wall was built in 1911 and last repaired in 1987, after the great flood."
MORE = "Four towns along the coast share the cost of its upkeep with the county council."


def _side(html: str, blocks: list[str]) -> set[str]:
    tree = parse_html(html)
    assert tree is not None
    return sidebox.side_boxes(templates.block_elements(tree, blocks), blocks)


def _page(box: str, *, before: str = "") -> str:
    return f"<html><body><div>{before}<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p></div></body></html>"


def test_a_titled_box_among_the_body_paragraphs_is_a_side_box() -> None:
    box = f"<div><h2>The sea wall</h2><div><p>{FACT}</p><p>{MORE}</p></div></div>"
    blocks = [P1, P2, "The sea wall", FACT, MORE, P3]
    assert _side(_page(box), blocks) == {"The sea wall", FACT, MORE}


def test_a_short_label_may_stand_before_the_heading() -> None:
    # "Weitere Informationen" for a screen reader, then the box's heading.
    box = f"<div><span>More information</span><h3>The sea wall</h3><p>{FACT}<br>{MORE}</p></div>"
    blocks = [P1, P2, FACT, MORE, P3]
    assert _side(_page(box), blocks) == {FACT, MORE}


@pytest.mark.parametrize(
    "box",
    [
        # No heading: a wrapper of the article's own paragraphs (an advertisement's chunk).
        f"<div><p>{FACT}</p><p>{MORE}</p></div>",
        # A paragraph before the heading: a chunk of the body that goes on under a subheading.
        f"<div><p>{FACT}</p><h2>The sea wall</h2><p>{MORE}</p></div>",
        # A heading alone: no box of paragraphs.
        "<div><h2>The sea wall</h2></div>",
        # The article's own section heading and paragraph, children of the container.
        f"<h2>The sea wall</h2><p>{FACT}</p>",
        # A box with an <h1> is the story's.
        f"<div><h1>The sea wall</h1><p>{FACT}</p></div>",
    ],
    ids=["no-heading", "paragraph-first", "heading-only", "section", "h1"],
)
def test_other_boxes_and_sections_stay(box: str) -> None:
    blocks = [P1, P2, "The sea wall", FACT, MORE, P3]
    assert _side(_page(box), blocks) == set()


def test_a_box_above_the_first_paragraph_is_the_header() -> None:
    box = f"<div><h2>The sea wall</h2><p>{FACT}</p></div>"
    html = f"<html><body><div>{box}<p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>"
    assert _side(html, [FACT, P1, P2, P3]) == set()


def test_a_box_larger_than_the_article_around_it_holds_the_article() -> None:
    long = " ".join([P1, P2, P3] * 2)
    box = f"<div><h2>The Sunday letter</h2><p>{long}</p><p>{FACT}</p></div>"
    assert _side(_page(box), [P1, P2, long, FACT, P3]) == set()


@pytest.mark.parametrize(("told", "appendix"), [(10, True), (9, False)])
def test_a_box_larger_than_the_article_after_the_story_told_in_full_is_an_appendix(
    told: int, appendix: bool
) -> None:
    # A report of ten paragraphs, then the speech it reports on in full: however long, the
    # speech is no part of the report. With a paragraph less before it, the box may still
    # hold the story, as above.
    story = [f"{P1} {n}" if n % 2 else f"{P2} {n}" for n in range(told)]
    # Fewer paragraphs than the story (which the container holds), more text.
    speech = [f"{FACT} {MORE} {FACT} {MORE} {n}" for n in range(8)]
    box = "<div><h2>The speech in full</h2><div>" + "".join(f"<p>{p}</p>" for p in speech)
    html = (
        "<html><body><div>" + "".join(f"<p>{p}</p>" for p in story) + box + "</div></div>"
        f"<p>{P3}</p></div></body></html>"
    )
    blocks = [*story, "The speech in full", *speech, P3]
    found = _side(html, blocks)
    assert found == ({"The speech in full", *speech} if appendix else set())
    assert not found & {*story, P3}


def test_a_container_of_few_paragraphs_is_a_landing_page() -> None:
    # Two paragraphs of a body's length and sections each a heading over a line.
    html = (
        f"<html><body><div><p>{P1}</p><p>{P2}</p>"
        f"<div><h2>Our programmes</h2><p>{FACT}</p></div></div></body></html>"
    )
    assert _side(html, [P1, P2, FACT]) == set()


def test_article_text_drops_the_side_box_without_class_names() -> None:
    box = f"<div><h2>The sea wall in figures</h2><div><p>{FACT}</p><p>{MORE}</p></div></div>"
    result = article_text(storm_page(box, P3), URL, title_hint=TITLE)
    assert result is not None
    assert P3 in result.text
    assert f"{P2} 2" in result.text
    assert FACT not in result.text
    assert MORE not in result.text
    assert result.counts["text/structure/side_box"] >= 1
