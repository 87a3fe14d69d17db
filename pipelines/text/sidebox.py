"""Boxes set among the article's paragraphs, each titled by a heading of its own.

A page sets its fact boxes, a document in full, the "more on this" box and a newsletter's
offer right among the article's paragraphs: in the element that holds the paragraphs (the
body's container, :func:`pipelines.text.inbody.body`), a ``<div>`` of its own that opens with
a heading and holds paragraphs under it ("What else is in the King's Speech?", "Ukraine-
Geflüchtete in Hessen"). Class names ("factbox", "infobox") tell such a box where the page
has them (:mod:`pipelines.text.structure`); a page whose names say nothing still shows the
box by its place: the article's own paragraphs are children of the container, its own
section headings stand between them, and the box's heading and paragraphs sit one level
down, in the box.

A box larger than the paragraphs the container holds itself is no side box beside the
article: it may hold the article (the container's paragraphs being a lead and a few lines
around it). A container holding fewer than three paragraphs of a body's length itself is a
landing page's, its sections each a heading over a line or two. A box above the container's
first paragraph is the story's header, and one that holds an ``<h1>`` the headline's. On dev
half A (all three markup modes), no box of this shape held a paragraph of an expected body.

Round 42: a box larger than the article is still a side box where the container has told the
story before it in :data:`_TOLD_BEFORE_PARAGRAPHS` paragraphs of a body's length: the box is
then an appendix (a speech in full after the report on it), not the story. On dev half A
under ``classes`` one metadev page loses a transcript of 36 paragraphs (its token precision
0.418 to 1.0, metadev A F1 0.988 to 0.994); as they are and under ``tags`` nothing changes,
and under ``classes`` no other page's side boxes change.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from lxml import etree

from pipelines.text.inbody import body
from pipelines.text.page import BODY_MIN_CHARS, element_text, text_length, unmarked
from pipelines.text.structured import HEADING_TAGS

# The elements a box is written as (after a rewrite without HTML5's elements, all ``<div>``).
_BOX_TAGS = frozenset({"div", "section", "aside"})
_SUBHEADINGS = tuple(tag for tag in HEADING_TAGS if tag != "h1")
# The container holds at least this many paragraphs of a body's length itself: an article's
# run of paragraphs, not a landing page's sections, each a heading over a line or two.
_MIN_OWN_PARAGRAPHS = 3
# A box larger than the article is no side box (it may hold the article), unless the container
# has told the story before it in at least this many paragraphs of a body's length: then the
# box is an appendix, however long (a speech or a ruling in full after the report on it).
_TOLD_BEFORE_PARAGRAPHS = 10
# A block without an element of its own (a line of a ``<br>``-broken paragraph) is matched by
# its text only from this length: a short one ("Mehr", "Teilen") may be any box's.
_SHORT_BLOCK_CHARS = 15


def _titled(box: etree._Element) -> bool:
    """Whether ``box`` opens with a heading (a short label may stand before it) and holds a
    paragraph under it, and no ``<h1>``."""
    first = next(box.iter("h1", *_SUBHEADINGS, "p"), None)
    return (
        first is not None
        and first.tag != "h1"
        and first.tag != "p"
        and next(box.iter("p"), None) is not None
        and next(box.iter("h1"), None) is None
    )


def side_boxes(elements: Mapping[str, etree._Element], blocks: Sequence[str]) -> set[str]:
    """The blocks (whitespace-collapsed) shown in a side box among the body's paragraphs (see
    the module docstring). ``elements``: each block's first element
    (:func:`pipelines.text.templates.block_elements`)."""
    container = body(elements)
    if container is None:
        return set()
    # The text of the paragraphs the container holds itself: the article around the boxes.
    own = [b for b in blocks if (e := elements.get(b)) is not None and e.getparent() is container]
    article = sum(map(len, own))
    if sum(len(b) >= BODY_MIN_CHARS for b in own) < _MIN_OWN_PARAGRAPHS:
        return set()
    first = min((container.index(elements[b]) for b in own if elements[b].tag == "p"), default=0)
    # Where each of the container's own paragraphs of a body's length stands in it.
    told = sorted(container.index(elements[b]) for b in own if len(b) >= BODY_MIN_CHARS)
    boxes = [
        child
        for at, child in enumerate(container[first + 1 :], first + 1)
        if child.tag in _BOX_TAGS
        and _titled(child)
        and (text_length(child) < article or bisect_left(told, at) >= _TOLD_BEFORE_PARAGRAPHS)
    ]
    if not boxes:
        return set()
    inside = {element for box in boxes for element in box.iter()}
    texts: list[str] | None = None
    out: set[str] = set()
    for block in blocks:
        element = elements.get(block)
        if element is not None:
            if element in inside:
                out.add(block)
            continue
        # A line of a ``<br>``-broken paragraph has no element of its own: its text.
        text = unmarked(block)
        if len(text) >= _SHORT_BLOCK_CHARS:
            texts = [element_text(box) for box in boxes] if texts is None else texts
            if any(text in shown for shown in texts):
                out.add(block)
    return out
