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


# --- the lines of a <br>-broken box, which no element holds alone ---------------------------

SHORT = "Short of time to follow the housing market as closely as you would like?"
ROUNDUP = (
    "Get our weekly roundup in your inbox instead. Every Friday our editor picks three stories."
)
PROMO = "Watch more of our videos on Harbour TV!"
CHANNEL = "and live on cable channel 276"
VISIT = "Visit Harbour TV now"


def _br_offers(html_body: str, blocks: list[str], dropped: list[tuple[str, str]]) -> set[str]:
    """:func:`offer_box_blocks` with the text before the line rules: ``blocks`` and the
    dropped lines in the page's order."""
    tree = parse_html(f"<html><body>{html_body}</body></html>")
    assert tree is not None
    lines = [line for line, _ in dropped]
    before = sorted([*blocks, *lines], key=lambda block: html_body.find(block[:20]))
    elements = templates.block_elements(tree, before)
    return offer_box_blocks(elements, blocks, dropped, before)


def test_the_other_line_of_a_br_broken_pitch_goes_with_its_dropped_line() -> None:
    pitch = (
        f"<p><strong><em>{SHORT}</em></strong><br><em><a href='/nl'>"
        "Get our weekly roundup in your inbox instead.</a> Every Friday our editor picks three "
        "stories.</em></p>"
    )
    body = f"<div><p>{P1}</p><p>{P2}</p><p>{P3}</p>{pitch}</div>"
    assert _br_offers(body, [P1, P2, P3, SHORT], [(ROUNDUP, "newsletter")]) == {SHORT}


def test_a_br_broken_promo_and_its_link_go_with_its_dropped_line() -> None:
    # A video promotion between two paragraphs: two lines of one <div> and a linked banner.
    promo = f"<div><div>{PROMO}<br>{CHANNEL}</div><a href='/tv'>{VISIT}</a></div>"
    body = f"<div><p>{P1}</p>{promo}<p>{P2}</p><p>{P3}</p></div>"
    blocks = [P1, CHANNEL, VISIT, P2, P3]
    assert _br_offers(body, blocks, [(PROMO, "widget")]) == {CHANNEL, VISIT}


def test_a_body_paragraphs_line_beside_the_offer_makes_the_box_the_articles() -> None:
    # The story's paragraph and the offer are two lines of one <p>: the small box around them
    # holds a paragraph of the text, so it is the article's, and its short line stays.
    body = f"<div><p>{P3}</p><div><p>{P1}<br>{PROMO}</p><p>{CHANNEL}</p></div><p>{P2}</p></div>"
    assert _br_offers(body, [P3, P1, CHANNEL, P2], [(PROMO, "widget")]) == set()


def test_a_short_line_of_another_br_broken_paragraph_stays() -> None:
    body = (
        f"<div><p>{P1}</p><div><p>{PROMO}<br>{VISIT}</p></div><p>{P2}</p>"
        f"<p>Updated on Friday<br>{CHANNEL}</p><p>{P3}</p></div>"
    )
    blocks = [P1, VISIT, P2, "Updated on Friday", CHANNEL, P3]
    assert _br_offers(body, blocks, [(PROMO, "widget")]) == {VISIT}
