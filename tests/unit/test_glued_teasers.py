"""A read-also capsule glued to a paragraph's opening: a teaser label and a linked headline set
inline at the start of a paragraph (:func:`pipelines.text.structure.glued_teasers`)."""

from __future__ import annotations

from lxml.html import fromstring

from pipelines.text.article import article_text
from pipelines.text.page import PageSignals, read_signals
from pipelines.text.structure import glued_teasers
from tests.support.prose import P1, P2, P3, TITLE, URL, storm_page

OTHER = "Ferry crews threaten strike over winter timetable"
REST = "Harbour master Ann Price said the quay would stay closed until the divers had checked it."


def _capsule(label: str, headline: str = OTHER) -> str:
    """The capsule as a page sets it: a floated ``<span>`` with no space before the text."""
    return (
        f"<span><span>{label}</span> <strong><a href='/ferry-strike'>{headline}</a></strong></span>"
    )


def _signals(paragraph: str) -> PageSignals:
    html = f"<html><body><div><p>{P1}</p><p>{paragraph}</p><p>{P2}</p></div></body></html>"
    return read_signals(fromstring(html), None)


def test_a_capsule_glued_to_a_paragraph_leaves_it() -> None:
    signals = _signals(_capsule("READ ALSO") + REST)
    block = f"READ ALSO {OTHER}{REST}"
    assert glued_teasers([P1, block, P2], signals) == {block: (f"READ ALSO {OTHER}", REST)}
    # With a colon after the label, in another language.
    signals = _signals(_capsule("Lesen Sie auch:") + REST)
    block = f"Lesen Sie auch: {OTHER} {REST}"
    assert glued_teasers([block], signals) == {block: (f"Lesen Sie auch: {OTHER}", REST)}


def test_the_text_keeps_the_paragraph_without_its_capsule() -> None:
    html = storm_page(f"<p>{_capsule('SEE ALSO')}{REST}</p>", P3)
    result = article_text(html, URL, title_hint=TITLE)
    assert result is not None
    assert REST in result.text.splitlines()
    assert OTHER not in result.text
    assert result.counts["text/structure/glued_teaser"] == 1


def test_a_paragraph_that_opens_with_a_label_word_stays() -> None:
    # "Read more" opening prose, with a link inside the sentence, not a headline after the label.
    prose = (
        "Read more about the storm in <a href='/storm'>the council's report on the sea wall"
        "</a>, which the mayor published on Tuesday."
    )
    block = (
        "Read more about the storm in the council's report on the sea wall, which the mayor "
        "published on Tuesday."
    )
    assert glued_teasers([block], _signals(prose)) == {}


def test_a_label_over_more_headlines_is_left_to_the_teaser_line_rule() -> None:
    more = "Islanders count the cost of the flood"
    signals = _signals(f"{_capsule('READ MORE')} | <a href='/flood'>{more}</a>")
    assert glued_teasers([f"READ MORE | {OTHER} | {more}"], signals) == {}


def test_a_paragraph_that_opens_with_a_link_and_no_label_stays() -> None:
    paragraph = f"<a href='/ferry-strike'>{OTHER}</a>: that was the headline. {REST}"
    block = f"{OTHER}: that was the headline. {REST}"
    assert glued_teasers([block], _signals(paragraph)) == {}
