"""Sign-up boxes: the text set around a form that asks the reader for an address or a name.

A newsletter box ("By signing up you consent to receive ...", "A welcome email is on its way"),
a registration prompt or a comment form is a small container that holds a ``<form>`` with a field
to type in. Markup with class names says "newsletter" or "signup", and trafilatura leaves such
boxes out; with hashed class names or none, the form itself still says what the box is. The box
is the form's largest ancestor whose text stays short: the pitch, the consent line and the
thank-you message around the form, not the page that holds it.

A search field is a form too, but its box holds no paragraph of the article. A page that wraps
everything in one ``<form>`` (older server frameworks) has a long form, which is no box.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from pipelines.text.page import flat, text_length

# A sign-up box's text: the pitch, the consent line, the messages shown after sending (the
# newsletter and sign-in boxes of dev half A: 150 to 600 characters).
BOX_MAX_CHARS = 1000
# A box that holds this share of the extracted text's characters is no box beside the article:
# a short article shares its container with its comment form.
_BOX_MAX_SHARE = 0.5
# The fields a reader types into: an address, a name, a comment. Hidden fields, buttons,
# checkboxes and radio buttons (a poll) alone make no sign-up.
_ENTRY_TYPES = frozenset({"text", "email"})


def _has_entry_field(form: etree._Element) -> bool:
    # iter() with tag names filters in C, several times faster than an XPath here.
    for field in form.iter("input", "textarea"):
        if field.tag == "textarea" or (field.get("type") or "text").lower() in _ENTRY_TYPES:
            return True
    return False


def form_boxes(tree: etree._Element) -> list[str]:
    """The texts (whitespace-collapsed) of the page's sign-up boxes: for each form with a field
    to type in, its largest ancestor whose text holds at most ``BOX_MAX_CHARS`` characters."""
    boxes: list[str] = []
    # iter() with a tag name filters in C; most pages have a form or two.
    for form in tree.iter("form"):
        if text_length(form) > BOX_MAX_CHARS or not _has_entry_field(form):
            continue  # no field to type in, or the page's content inside one form
        box = form
        for ancestor in form.iterancestors():
            # <body> holds the page: never read its length.
            if ancestor.tag in ("body", "html") or text_length(ancestor) > BOX_MAX_CHARS:
                break
            box = ancestor
        # Its elements' texts apart, so that a block's edges are word edges in it too.
        box_text = flat(" ".join(box.itertext()))
        if box_text:
            boxes.append(box_text)
    return boxes


def in_form_boxes(blocks: Sequence[str], boxes: Sequence[str]) -> set[str]:
    """The blocks that sit in one of ``boxes`` (:func:`form_boxes`), each box taken only when
    its blocks are under half of the text's characters."""
    if not boxes:
        return set()
    total = sum(map(len, blocks))
    out: set[str] = set()
    for box in boxes:
        inside = {block for block in blocks if _holds(box, block)}
        if inside and sum(map(len, inside)) < _BOX_MAX_SHARE * total:
            out |= inside
    return out


def _holds(box: str, block: str) -> bool:
    """Whether ``block`` is in ``box`` as whole words ("or" is not in "for")."""
    at = box.find(block)
    while at >= 0:
        end = at + len(block)
        cut_before = at > 0 and box[at - 1].isalnum() and block[0].isalnum()
        cut_after = end < len(box) and box[end].isalnum() and block[-1].isalnum()
        if not cut_before and not cut_after:
            return True
        at = box.find(block, at + 1)
    return False
