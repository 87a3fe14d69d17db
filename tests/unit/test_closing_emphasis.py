"""The short lines the text ends on set wholly in bold or italic (:func:`pipelines.text.
emphasisend.closing_emphasis`): a sign-off, a credit, a pointer under the story,
read from the last block back."""

from __future__ import annotations

from pipelines.text import templates
from pipelines.text.emphasisend import MAX_CHARS, closing_emphasis
from pipelines.text.extraction import parse_html
from tests.support.prose import P1, P2, P3, assert_dropped_at_end, story_tree


def _closing(after: str, blocks: list[str]) -> list[str]:
    """What the rule takes from ``blocks`` read on the story with ``after`` under it."""
    elements = templates.block_elements(story_tree(after), blocks)
    return closing_emphasis(elements, blocks)


# A sign-off, the line under it, a credit, a pointer to the print edition: lines that go;
# a label announcing what follows: one that stays.
SIGN_OFF = "Jane Fisher, reporter of the Harbour Gazette"
WRITE = "Write to the author: jane.fisher@example.org"
CREDIT = "From reports by our partner station"
POINTER = "More in today's print edition"
LABEL = "More on the storm and the ferry:"


def test_a_bold_sign_off_and_the_line_under_it_go() -> None:
    after = f"<p><strong>{SIGN_OFF}</strong></p><p><b>Write to the author: <a href='mailto:x'>"
    after += "jane.fisher@example.org</a></b></p>"
    assert _closing(after, [P1, P2, P3, SIGN_OFF, WRITE]) == [WRITE, SIGN_OFF]


def test_an_italic_credit_and_a_nested_pointer_go() -> None:
    # The pointer's words in <em> inside <strong>: emphasis however deep, no plain character.
    after = f"<p><em>{CREDIT}</em></p><p><strong><em>{POINTER}</em></strong></p>"
    assert _closing(after, [P1, P2, P3, CREDIT, POINTER]) == [POINTER, CREDIT]


def test_a_line_announcing_what_follows_stays() -> None:
    # Ending with a colon, it announces a list or a statement that may be the story's.
    assert _closing(f"<p><b>{LABEL}</b></p>", [P1, P2, P3, LABEL]) == []


def test_a_closing_italic_sentence_stays() -> None:
    # An interview's credit written as a sentence is the story's.
    line = "The interview was conducted by Jane Fisher."
    assert _closing(f"<p><em>{line}</em></p>", [P1, P2, P3, line]) == []


def test_a_line_with_plain_words_stays() -> None:
    # Only its name in bold: the line is in the body's type.
    after = "<p><strong>Jane Fisher</strong> reports from the harbour</p>"
    assert _closing(after, [P1, P2, P3, "Jane Fisher reports from the harbour"]) == []


def test_a_bold_list_item_stays() -> None:
    # A list the story closes on, its names in bold: items of the story, not lines of the site.
    after = "<ul><li><b>Harbour master: Tom Reed</b></li></ul>"
    assert _closing(after, [P1, P2, P3, "Harbour master: Tom Reed"]) == []


def test_a_long_emphasized_line_stays() -> None:
    line = "A" + " harbour" * (MAX_CHARS // 8)
    assert len(line) > MAX_CHARS
    assert _closing(f"<p><i>{line}</i></p>", [P1, P2, P3, line]) == []


def test_the_run_stops_at_the_story_s_last_paragraph() -> None:
    # A bold line before the story's last paragraph is inside the text: not the run's.
    tree = parse_html(
        f"<html><body><div><p>{P1}</p><p><b>{CREDIT}</b></p><p>{P2}</p>"
        f"<p><b>{SIGN_OFF}</b></p></div></body></html>"
    )
    assert tree is not None
    blocks = [P1, CREDIT, P2, SIGN_OFF]
    assert closing_emphasis(templates.block_elements(tree, blocks), blocks) == [SIGN_OFF]


def test_a_text_of_emphasized_lines_alone_keeps_them() -> None:
    tree = parse_html(f"<html><body><p><b>{CREDIT}</b></p><p><i>{LABEL}</i></p></body></html>")
    assert tree is not None
    blocks = [CREDIT, LABEL]
    assert closing_emphasis(templates.block_elements(tree, blocks), blocks) == []


def test_article_text_drops_the_sign_off_counts_it_and_explains_it() -> None:
    assert_dropped_at_end(f"<p><strong>{SIGN_OFF}</strong></p>", SIGN_OFF, "emphasis_end")
