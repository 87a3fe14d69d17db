"""Blocks of the page the extracted text lacks, between two blocks it has.

trafilatura keeps an article's paragraphs but may drop the short blocks between them (a ticker's
entry headings, a list of the places or figures a story gives): short lines among long ones look
like furniture to it. A stage that knows which blocks of a container are the article's (a live
ticker's, :mod:`pipelines.text.liveblog`; a body's own short blocks, :mod:`pipelines.text.inbody`)
hands them here in page order; :func:`missing_between` finds which of them the text has (the
landmarks) and returns the restorable ones it lacks, each to insert after the landmark above it.

Only what sits between two landmarks is inserted: the text's first and last blocks bound the
article, and what the container holds before or after them (a teaser list, "more on this
topic") is not. Everything here is a pure function of the parsed tree and strings.
"""

from __future__ import annotations

import bisect
import logging
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence

from lxml import etree

from pipelines.text.consensus import Insertion
from pipelines.text.page import element_text, unmarked

logger = logging.getLogger(__name__)

# Boxes inside a container that are not its text: pictures and their captions, embedded
# teasers and navigation, forms, buttons ("load more", share), scripts, and links.
BOXES = frozenset(
    {
        "figure",
        "figcaption",
        "aside",
        "nav",
        "form",
        "button",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "footer",
        "a",
    }
)
# A text this long found inside a block (or a block inside it) is that block's; shorter ones
# must equal a block.
PART_MIN_CHARS = 20


def commonest_parent(children: Iterable[etree._Element], minimum: int) -> etree._Element | None:
    """The element that is the parent of most of ``children``, when it is the parent of at
    least ``minimum`` of them: the container of a ticker's entries, or of a body's paragraphs."""
    parents: Counter[etree._Element] = Counter()
    for child in children:
        parent = child.getparent()
        if parent is not None:
            parents[parent] += 1
    if not parents:
        return None
    container, count = parents.most_common(1)[0]
    return container if count >= minimum else None


def walk(
    container: etree._Element,
    units: Collection[str],
    also: Collection[etree._Element] = (),
) -> Iterator[tuple[etree._Element, str]]:
    """(element, text) of the container's blocks whose tag is in ``units``, in page order,
    outermost first (a unit's descendants are its text); :data:`BOXES` are passed over whole,
    and so are units without text. ``also``: elements that are units whatever their tag (the
    ``<div>`` paragraphs of the text, :func:`pipelines.text.templates.block_elements`)."""
    stack = list(reversed(container))
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str) or tag in BOXES:
            continue
        if tag in units or element in also:
            text = element_text(element)
            if text:
                yield element, text
            continue
        stack.extend(reversed(element))


def find(text: str, blocks: Sequence[str], start: int) -> int | None:
    """The index of the first block from ``start`` on (else from the first) that holds
    ``text`` or is held by it (trafilatura may join a heading to its paragraph, or split a
    list item). A short text must be a whole block, read without its list-item mark
    (:func:`unmarked`): "Live" or "Update" occur inside many sentences."""
    found = _find_from(text, blocks, start)
    return found if found is not None or not start else _find_from(text, blocks, 0)


def _find_from(text: str, blocks: Sequence[str], start: int) -> int | None:
    short = len(text) < PART_MIN_CHARS
    for i in range(start, len(blocks)):
        block = blocks[i]
        if short:
            if text in (block, unmarked(block)):
                return i
        elif text in block or (len(block) >= PART_MIN_CHARS and block in text):
            return i
    return None


def in_order(found: Sequence[int | None]) -> set[int]:
    """The positions of the longest run of ``found`` indices that never go back (patience
    sorting): the units that stand in the text in the page's order. A key point that repeats
    an entry's sentence is found far down the text; taken as a landmark it would put the
    headings between it and that entry out of order, or in twice."""
    tails: list[int] = []  # the smallest last index of a run of each length
    tail_at: list[int] = []  # where in ``found`` that run ends
    before: dict[int, int] = {}  # each position's predecessor in its run
    for position, index in enumerate(found):
        if index is None:
            continue
        length = bisect.bisect_right(tails, index)
        if length:
            before[position] = tail_at[length - 1]
        if length == len(tails):
            tails.append(index)
            tail_at.append(position)
        else:
            tails[length], tail_at[length] = index, position
    kept: set[int] = set()
    position_or_none = tail_at[-1] if tail_at else None
    while position_or_none is not None:
        kept.add(position_or_none)
        position_or_none = before.get(position_or_none)
    return kept


def missing_between(blocks: Sequence[str], units: Sequence[tuple[str, bool]]) -> list[Insertion]:
    """The restorable ``units`` ((text, restorable) in page order) that ``blocks`` (the text)
    lacks and that stand between two units it has in order, each to insert after the block
    of the unit above it. A unit the text has out of the page's order is neither restored nor
    a landmark (:func:`in_order`)."""
    found: list[int | None] = []
    last = 0
    held: dict[int, str] = {}
    for text, _ in units:
        index = find(text, blocks, last)
        if index is not None and held.get(index) == text:
            # The page prints a paragraph twice and the text keeps it once: the repeat is
            # no landmark, else what stands between the two would move up to the first.
            index = None
        elif index is not None:
            held.setdefault(index, text)
        found.append(index)
        last = last if index is None else index
    landmarks = in_order(found)
    out: list[Insertion] = []
    previous: int | None = None
    pending: list[str] = []
    for position, ((text, restorable), index) in enumerate(zip(units, found, strict=True)):
        if position in landmarks:
            if previous is not None:
                out.extend(Insertion(previous, t) for t in pending)
            previous, pending = index, []
        elif index is None and restorable:
            pending.append(text)
    return out
