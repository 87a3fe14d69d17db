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

A box written as one ``<br>``-broken element ("Short of time?", then "Get our weekly roundup
instead.") holds lines no element holds alone, neither the dropped one nor the others. Each such
line is placed by the innermost element after the element of the block before it whose text
holds it (:func:`_holders`), and the box is looked for from there as from any line's element; a
body paragraph set as a line of the box still makes it the article's. Round 39, dev half A: as
they are, under ``tags`` and ``classes`` a newsletter pitch's question closing a datesA story
and a video channel's promotion (its second line and its linked banner) among another's
paragraphs go; under ``tags`` and ``classes`` also a donation box's slogan and button on a
realpages page. No expected text, no must-keep snippet goes.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from lxml import etree

from pipelines.text.page import BODY_MIN_CHARS, holder_after, text_length

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
    before: Sequence[str] = (),
) -> set[str]:
    """The blocks of ``blocks`` (the text after the line rules) that share a small box with a
    line cleaning dropped as an offer. ``elements``: each block with the element that holds
    it (:func:`pipelines.text.templates.block_elements`); ``dropped``: the lines cleaning
    dropped with their family; ``before``: the text before the line rules, in order, where a
    line no element holds alone is looked for after the block before it (:func:`_holders`)."""
    offers = [line for line, family in dropped if family in OFFER_FAMILIES]
    if not offers:
        return set()
    holders = _holders(elements, before, {*offers, *blocks})
    boxes = []
    for line in offers:
        element = holders.get(line)
        box = _box(element, len(line)) if element is not None else None
        if box is not None:
            boxes.append(box)
    if not boxes:
        return set()
    short: list[tuple[str, set[etree._Element]]] = []
    for block in blocks:
        element = holders.get(block)
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


def _holders(
    elements: Mapping[str, etree._Element],
    before: Sequence[str],
    wanted: Collection[str],
) -> dict[str, etree._Element]:
    """The element of each of ``wanted`` (blocks and dropped lines): its own
    (``elements``), or, for a line of a ``<br>``-broken box that no element holds alone
    ("Short of time?" over "Get our weekly roundup instead."), the innermost element after
    the element of the nearest block before it in ``before`` whose text holds the line
    (:func:`pipelines.text.page.holder_after`)."""
    out = {block: elements[block] for block in wanted if block in elements}
    previous: etree._Element | None = None
    for block in before:
        element = elements.get(block)
        if element is None and previous is not None and block in wanted and block not in out:
            found = holder_after(block, previous)
            if found is not None:
                out[block] = found
        previous = element if element is not None else previous
    return out
