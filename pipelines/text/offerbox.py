"""The rest of a small box whose line the line rules dropped as the site's offer.

A newsletter box, a login or subscription pitch, an app's or a comment form's box holds one line
the line rules of :mod:`pipelines.text.cleaning` know ("kostenlos und direkt in Ihr Postfach",
"Jetzt registrieren") and a few lines of its own that no word list can know: the newsletters'
names and what each brings ("Am Morgen: Ihr individueller Themenmix"), the offer's promise.
Those lines read as short paragraphs of the article. Where the markup names the box, the
extraction leaves it out; written with ``<div>`` and no names it takes it in.

The box shows what they are: the dropped line and they share a small element that holds no
paragraph of the text, while the article's own short paragraphs share the body's container with
its long ones. So, for each line cleaning dropped as one of the offer families
(:data:`OFFER_FAMILIES`), the rule takes the nearest element above it that holds more text than
the line, at most :data:`BOX_LEVELS` levels up, and, when that element holds at most
:data:`BOX_MAX_CHARS` characters and no block of the text of
:data:`pipelines.text.page.BODY_MIN_CHARS` or more, drops the other blocks of the text inside
it. Families that sit beside the article's own lines (a credit under a caption, a dateline over
the lead, a source line under the story, a copyright line) are not offers and mark nothing.

Round 38, dev half A: as they are no text changes; under ``tags`` a datesA page loses two
newsletters' names, another a newsletter's prompt; under ``classes`` that prompt, a poll
widget's question and results, a newsletter box's lines on a fresh-tune page and an account's
pitch on a metadev page (token F1 0.982 to 0.987). No expected text, no must-keep snippet goes.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from lxml import etree

from pipelines.text.page import BODY_MIN_CHARS, text_length

# The families of :mod:`pipelines.text.cleaning` whose lines are a box's offer or prompt.
OFFER_FAMILIES = frozenset(
    {"account", "app", "comments", "cookie", "form", "newsletter", "paywall", "support", "widget"}
)
# An offer's box is small: its title, a line or three, a button (the newsletter box of dev half
# A: 190 characters; a login pitch's: 170). A larger element is a column holding other things.
BOX_MAX_CHARS = 500
# The box is the line's parent or grandparent (a line in a <span> of its own inside the box).
BOX_LEVELS = 2


def offer_box_blocks(
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    dropped: Iterable[tuple[str, str]],
) -> set[str]:
    """The blocks of ``blocks`` (the text after the line rules) that share a small box with a
    line cleaning dropped as an offer. ``elements``: each block with the element that holds
    it (:func:`pipelines.text.templates.block_elements`); ``dropped``: the lines cleaning
    dropped with their family."""
    boxes = []
    for line, family in dropped:
        if family not in OFFER_FAMILIES:
            continue
        element = elements.get(line)
        box = _box(element, len(line)) if element is not None else None
        if box is not None:
            boxes.append(box)
    if not boxes:
        return set()
    short: list[tuple[str, set[etree._Element]]] = []
    for block in blocks:
        element = elements.get(block)
        if element is None:
            continue
        ancestors = set(element.iterancestors())
        if len(block) >= BODY_MIN_CHARS:
            # A box holding a paragraph of the text is the article's container, however short.
            boxes = [box for box in boxes if box not in ancestors]
        else:
            short.append((block, ancestors))
    return {block for block, ancestors in short if any(box in ancestors for box in boxes)}


def _box(element: etree._Element, chars: int) -> etree._Element | None:
    """The nearest element above ``element`` (holding a line of ``chars`` characters) that
    holds more text than the line, if it is a small box (:data:`BOX_MAX_CHARS`)."""
    node = element
    for _ in range(BOX_LEVELS):
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return None
        length = text_length(node)
        if length > chars:
            return node if length <= BOX_MAX_CHARS else None
    return None
