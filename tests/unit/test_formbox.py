"""Sign-up boxes: the text around a form with a field to type in is not the article's."""

from __future__ import annotations

from lxml import etree

from pipelines.text import formbox
from pipelines.text.extraction import parse_html

PITCH = "Get a dash of perspective along with the trending news of the day."
CONSENT = "By signing up you consent to receive the above newsletter."
THANKS = "A welcome email is on its way."
PARAGRAPH = (
    "The council voted on Tuesday to close the old bridge for repairs, and the ferry will run "
    "every twenty minutes until the work is done in the spring."
)
SIGNUP = (
    f"<div><div><p>{PITCH}</p><form><input type='email' name='e'><button>Sign up</button>"
    f"</form><div>{CONSENT}</div></div><div>{THANKS}</div></div>"
)


def _tree(body: str) -> etree._Element:
    tree = parse_html(f"<html><body>{body}</body></html>")
    assert tree is not None
    return tree


def test_a_newsletter_box_is_the_forms_widest_short_ancestor() -> None:
    tree = _tree(f"<div><p>{PARAGRAPH * 8}</p>{SIGNUP}</div>")
    assert formbox.form_boxes(tree) == [f"{PITCH} Sign up {CONSENT} {THANKS}"]


def test_its_blocks_are_dropped_and_the_articles_kept() -> None:
    tree = _tree(f"<div><p>{PARAGRAPH * 8}</p>{SIGNUP}</div>")
    blocks = [PARAGRAPH * 8, PITCH, CONSENT, THANKS]
    assert formbox.in_form_boxes(blocks, formbox.form_boxes(tree)) == {PITCH, CONSENT, THANKS}


def test_forms_without_a_field_to_type_in_and_page_wide_forms_are_no_boxes() -> None:
    poll = "<div><p>Which do you prefer?</p><form><input type='radio' name='a'></form></div>"
    wrapped = f"<form><input type='text' name='q'><p>{PARAGRAPH * 8}</p></form>"
    assert formbox.form_boxes(_tree(poll + wrapped)) == []


def test_a_box_that_holds_most_of_the_text_is_the_article() -> None:
    # A short article that shares its container with its comment form.
    short = "The bridge closes on Monday."
    tree = _tree(f"<div><p>{short}</p><form><textarea name='c'></textarea></form></div>")
    assert formbox.in_form_boxes([short], formbox.form_boxes(tree)) == set()


def test_a_block_counts_only_as_whole_words_of_the_box() -> None:
    tree = _tree("<div><p>Subscribe for updates</p><form><input name='e'></form></div>")
    boxes = formbox.form_boxes(tree)
    assert formbox.in_form_boxes(["or", PARAGRAPH * 2], boxes) == set()
    assert formbox.in_form_boxes(["Subscribe", PARAGRAPH * 2], boxes) == {"Subscribe"}
