"""The bounds on a page's worst-case CPU (benchmarks/worst_cost.py) give the answers of the
plain tests they replace, on either side of each size threshold."""

from __future__ import annotations

import gc
import json

import pytest
from trafilatura import load_html

from pipelines.text import dateowner, templates
from pipelines.text.consensus import Insertion, insertions
from pipelines.text.extraction import parse_html
from pipelines.text.headline import story_facts
from pipelines.text.page import beside_pictures
from pipelines.text.scriptdata import script_story
from pipelines.text.structured import collapse, gather, within

PROSE = [
    "The council voted on Tuesday to rebuild the old bridge over the river before winter.",
    "Engineers found cracks in two of its pillars during an inspection in the spring.",
    "Traffic will use a temporary crossing further north while the work goes on.",
    "Shop owners near the bridge fear losing customers during the long closure.",
    "The regional government has promised to pay for half of the expected costs.",
    "A public meeting about the plans is set for the first Monday of next month.",
]


def test_within_looks_at_ancestors_only() -> None:
    tree = load_html("<html><body><ul><li><a href='/x'><b>x</b></a></li></ul></body></html>")
    assert tree is not None
    bold = tree.find(".//b")
    link = tree.find(".//a")
    assert within(bold, ("a",)) and within(bold, frozenset({"li", "nav"}))
    assert not within(link, ("a",))  # its own tag is not an ancestor's
    assert not within(bold, ("aside", "blockquote"))


def _linked_heading_page(entries: int) -> str:
    """A live blog whose entries are left open (each nested in the one before), with a linked
    heading in every third entry."""
    return "<html><body>" + "".join(
        f"<div><time datetime='2026-03-02T10:{i % 60:02d}:00+01:00'>10:{i % 60:02d}</time>"
        + (f"<h3><a href='/s/{i}'>Story {i}</a></h3>" if i % 3 == 0 else "")
        + f"<p>{PROSE[i % len(PROSE)]}</p>"
        for i in range(entries)
    )


@pytest.mark.parametrize("large_box_chars", [0, dateowner._LARGE_BOX_CHARS])
def test_a_box_holds_a_linked_heading_as_its_search_says(
    monkeypatch: pytest.MonkeyPatch, large_box_chars: int
) -> None:
    # 0: every box is read from the page's set of holders; the default: only large ones.
    monkeypatch.setattr(dateowner, "_LARGE_BOX_CHARS", large_box_chars)
    tree = load_html(_linked_heading_page(150))
    assert tree is not None
    boxes = list(tree.iter("html", "div", "body", "p", "h3"))
    answers = [dateowner._holds_linked_heading(b, b.text_content()) for b in boxes]
    assert answers == [bool(dateowner._LINKED_HEADING(b)) for b in boxes]
    assert any(answers) and not all(answers)


def test_a_pages_linked_headings_are_forgotten_with_its_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dateowner, "_LARGE_BOX_CHARS", 0)
    tree = parse_html(_linked_heading_page(30))  # the worker's page: its root
    assert tree is not None and tree.getroottree().getroot() is tree
    box = tree.find(".//div")
    assert dateowner._holds_linked_heading(box, box.text_content())
    assert len(dateowner._HOLDERS) == 1
    del tree, box
    gc.collect()
    assert len(dateowner._HOLDERS) == 0


@pytest.mark.parametrize(
    "text",
    [
        "",
        "short",
        "x" * 400,
        "x" * 401,
        " \n\t " * 500 + "x" * 300,  # long, but short once collapsed
        "word " * 80,  # 400 once collapsed (the trailing space goes)
        "word " * 81,
        "\u00ad" * 900 + "y" * 300,  # invisible characters are no text
        ("a\u200b" * 150 + "\n" * 2000) + "b" * 200,
    ],
)
def test_longer_than_is_the_collapsed_length(text: str) -> None:
    assert dateowner._longer_than(text, 400) is (len(collapse(text)) > 400)


def test_blocks_trafilatura_has_as_they_are_insert_nothing() -> None:
    assert insertions(PROSE, PROSE) == []
    # A second-opinion block inside a paragraph of the text: nothing to insert either.
    assert insertions(PROSE, [*PROSE[:3], PROSE[3][:90], *PROSE[4:]]) == []


def test_a_paragraph_trafilatura_skipped_is_still_inserted() -> None:
    missing = (
        "A paragraph the first extraction left out, though it sits between two of its own "
        "and reads as a sentence of the report."
    )
    found = insertions([PROSE[0], PROSE[1], PROSE[2]], [PROSE[0], PROSE[1], missing, PROSE[2]])
    assert found == [Insertion(1, missing)]


CAPTION = "The old bridge over the river, seen from the east bank."
PHOTO = "<img src='/bridge.jpg' width='1200'>"


def test_short_blocks_of_a_long_body_are_no_captions_and_a_caption_still_is() -> None:
    short = [f"Line {i} of a long list of short paragraphs." for i in range(300)]
    body = "".join(f"<p>{line}</p>" for line in short)
    html = f"<html><body><div><div>{PHOTO}</div><p>{CAPTION}</p></div>{body}</body></html>"
    blocks = [CAPTION, *short]
    tree = load_html(html)
    assert beside_pictures(templates.block_elements(tree, blocks), blocks) == {CAPTION}


def test_a_large_state_gives_the_one_record_named_by_the_page() -> None:
    url = "https://news.example/politik/minister-resigns-1234"
    title = "Minister resigns after the budget vote"
    teasers = [
        {"title": f"Minister resigns? Budget {i}", "url": f"/politik/other-{i}",
         "publishedAt": "2024-03-01T08:00:00+01:00", "tags": [[{"a": i}], []]}
        for i in range(400)
    ]  # fmt: skip
    record = {"title": title, "publishedAt": "2024-03-05T08:30:00+01:00"}
    # The record comes first: the needles are looked for in its first few places only.
    state = {"props": {"story": {"nested": record}, "single": [record], "related": teasers}}
    html = (
        f"<html><head><script type='application/json'>{json.dumps(state)}</script></head>"
        f"<body><h1>{title}</h1><p>{PROSE[0]}</p></body></html>"
    )
    tree = parse_html(html)
    assert tree is not None
    facts = gather(tree, url)
    # The same record twice (a list of one object, and an object's value): one record each
    # time, so two: nothing is taken; the 400 teasers never count.
    assert script_story(tree, facts, facts.h1).published is None
    state["props"].pop("single")
    html = html.replace(html[html.index("{") : html.index("</script>")], json.dumps(state))
    tree = parse_html(html)
    assert tree is not None
    assert script_story(tree, gather(tree, url), facts.h1).published == record["publishedAt"]


def test_many_short_h1s_lose_only_the_ones_naming_a_section_above_the_page() -> None:
    # A list of events: many short <h1>s and many links, read once for all of them.
    url = "https://news.example/termine/kultur/konzert-am-see-2024"
    menu = "".join(f"<a href='/termine/{s}'>{s.title()}</a>" for s in ("kultur", "sport"))
    events = "".join(f"<h1>Konzert {i}</h1><a href='/e/{i}'>Konzert {i}</a>" for i in range(60))
    html = f"<html><body>{menu}<h1>Kultur</h1><h1>Sport</h1>{events}</body></html>"
    tree = parse_html(html)
    assert tree is not None
    kept = story_facts(gather(tree, url), tree)
    # "Kultur" names a section above the page; "Sport" links to no step of its path; the
    # events link to pages of their own.
    assert kept.h1 == ["Sport", *(f"Konzert {i}" for i in range(60))]
