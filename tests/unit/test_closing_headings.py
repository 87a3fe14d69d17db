"""The headings the text ends on, with nothing of theirs under them (:func:`pipelines.text.
structure.closing_headings`): the titles of boxes whose content was left out or dropped."""

from __future__ import annotations

import pytest

from pipelines.text import templates
from pipelines.text.extraction import parse_html
from pipelines.text.structure import closing_headings
from tests.support.prose import P1, P2, P3

JOBS = "Current vacancies in and around the district"
OFFERS = "Offers from our partners"


def _closing(after: str, blocks: list[str], walled: bool = False) -> list[str]:
    html = f"<html><body><div><p>{P1}</p><p>{P2}</p><p>{P3}</p>{after}</div></body></html>"
    tree = parse_html(html)
    assert tree is not None
    return closing_headings(tree, templates.block_elements(tree, blocks), blocks, walled)


def test_a_heading_the_text_ends_on_is_its_boxs_title() -> None:
    # A job board's widget under its heading, which the extraction left out.
    widget = f"<h4>{JOBS}</h4><div><script>board.load()</script></div>"
    assert _closing(widget, [P1, P2, P3, JOBS]) == [JOBS]
    # A box's heading over its sub-box's, read from the end back.
    boxes = f"<h3>{OFFERS}</h3><div><h4>{JOBS}</h4><iframe src='/jobs'></iframe></div>"
    assert _closing(boxes, [P1, P2, P3, OFFERS, JOBS]) == [JOBS, OFFERS]


def test_a_heading_put_back_after_the_elements_were_read_is_found_among_the_pages() -> None:
    html = f"<html><body><div><p>{P1}</p><p>{P2}</p><h4>{JOBS}</h4></div></body></html>"
    tree = parse_html(html)
    assert tree is not None
    blocks = [P1, P2, JOBS]
    elements = templates.block_elements(tree, blocks[:2])
    assert closing_headings(tree, elements, blocks) == [JOBS]


@pytest.mark.parametrize(
    ("after", "blocks", "walled"),
    [
        # The article's last section: its heading over a paragraph the text keeps.
        (f"<h3>{JOBS}</h3><p>{P1}</p>", [P2, P3, JOBS, P1], False),
        # A bold line is no heading: it may open a paragraph.
        (f"<p><b>{JOBS}</b></p>", [P1, P2, P3, JOBS], False),
        # A sentence set as a heading: a summary the extraction placed last.
        (
            "<h4>The council kept its promise.</h4>",
            [P1, P2, P3, "The council kept its promise."],
            False,
        ),
        # Behind a wall the text ends where the wall cuts it: the next section's heading.
        (f"<h2>{JOBS}</h2><div class='paywall'>Subscribe</div>", [P1, P2, P3, JOBS], True),
    ],
)
def test_a_heading_that_titles_the_articles_own_text_stays(
    after: str, blocks: list[str], walled: bool
) -> None:
    assert _closing(after, blocks, walled) == []


def test_a_text_of_headings_alone_keeps_them() -> None:
    html = f"<html><body><h2>{OFFERS}</h2><h3>{JOBS}</h3></body></html>"
    tree = parse_html(html)
    assert tree is not None
    blocks = [OFFERS, JOBS]
    assert closing_headings(tree, templates.block_elements(tree, blocks), blocks) == []
