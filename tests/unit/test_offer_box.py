"""The rest of a small box whose line the line rules dropped as an offer
(:func:`pipelines.text.offerbox.offer_box_blocks`): a newsletter's names, a pitch's promise."""

from __future__ import annotations

import pytest

from pipelines.text import templates
from pipelines.text.extraction import parse_html
from pipelines.text.offerbox import offer_box_blocks
from tests.support.prose import P1, P2, P3

OFFER = "Free and straight to your inbox"
MORNING = "In the morning: your own mix of topics"
EVENING = "After work: the day's briefing"


def _offers(html_body: str, blocks: list[str], dropped: list[tuple[str, str]]) -> set[str]:
    tree = parse_html(f"<html><body>{html_body}</body></html>")
    assert tree is not None
    # The elements are read before the line rules run: of the dropped lines too.
    elements = templates.block_elements(tree, [*blocks, *(line for line, _ in dropped)])
    return offer_box_blocks(elements, blocks, dropped)


def test_the_rest_of_a_newsletter_box_goes_with_its_dropped_line() -> None:
    box = (
        "<div><span>The newsletters of the paper</span>"
        f"<p>{OFFER}</p><p><b>In the morning</b>: your own mix of topics</p>"
        f"<p><b>After work</b>: the day's briefing</p><p><a href='/nl'>Subscribe</a></p></div>"
    )
    body = f"<div><p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p></div>"
    blocks = [P1, P2, MORNING, EVENING, P3]
    assert _offers(body, blocks, [(OFFER, "newsletter")]) == {MORNING, EVENING}


@pytest.mark.parametrize(
    ("html_body", "blocks", "dropped"),
    [
        # The line dropped among the body's paragraphs: its box is the body's container.
        (
            f"<div><p>{P1}</p><p>{OFFER}</p><p>{MORNING}</p><p>{P2}</p><p>{P3}</p></div>",
            [P1, MORNING, P2, P3],
            [(OFFER, "newsletter")],
        ),
        # A credit under a picture's caption is no offer: the caption is left to other rules.
        (
            f"<div><p>{P1}</p><div><img src='a.jpg'><p>{MORNING}</p><p>Photo: Jane Roe</p>"
            f"</div><p>{P2}</p></div>",
            [P1, MORNING, P2],
            [("Photo: Jane Roe", "credit")],
        ),
        # A block of a body paragraph's length in the small box is the article's.
        (
            f"<div><div><p>{OFFER}</p><p>{P1}</p></div><p>{P2}</p><p>{P3}</p></div>",
            [P1, P2, P3],
            [(OFFER, "newsletter")],
        ),
    ],
)
def test_what_shares_no_small_box_with_an_offer_stays(
    html_body: str, blocks: list[str], dropped: list[tuple[str, str]]
) -> None:
    assert _offers(html_body, blocks, dropped) == set()
