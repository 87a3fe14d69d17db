"""Live blogs: a ticker of timestamped entries under one headline.

Most large publishers run them for elections, wars, matches and storms. Their markup differs from
site to site, but the page shows the same thing everywhere: under the headline (and often a box
of key points), entries each headed by the time of day they were posted ("11.04 Uhr: ...",
"14:32 ...", "9h15"), grouped under day headings, newest first. Two things go wrong with them:

* Text: trafilatura keeps the entries' paragraphs but may drop the short blocks between them (the
  entry headings, the day headings, a key-points list above the ticker): short lines among long
  ones look like furniture to it. :func:`missing_entries` puts back the headings and list items
  of the ticker's container that the extracted text lacks, in page order, between blocks the
  text has (what sits after the last or before the first is not the article's).
* Dates: the page shows its newest entry beside the headline and its ``dateModified`` moves
  with every entry, while its publication date is when the blog started: the
  ``LiveBlogPosting``'s ``datePublished`` or ``coverageStartTime``, no later than its oldest
  ``liveBlogUpdate``. The date resolver (:mod:`pipelines.text.metadata`) asks
  :func:`is_live_blog` before it reads a shown update as a contradiction, and
  :func:`declared_start` / :func:`entry_times` for the declared evidence.

The test a page must pass is cheap: one walk over its h2 to h6 headings, reading each one's
opening; a page is a ticker when at least :data:`MIN_ENTRIES` headings under one parent open
with a time of day. Everything here is a pure function of the parsed tree and strings.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from lxml import etree

from pipelines.text.consensus import Insertion
from pipelines.text.page import element_text
from pipelines.text.structured import entity_text, entity_types

logger = logging.getLogger(__name__)

# An entry's heading opens with the time of day it was posted: "11.04 Uhr:", "14:32", "9h15",
# "06.20 -". Not a longer number ("11.04.2024" is a date, "1.234" a figure).
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:h][0-5]\d(?![\d.,])")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# Three entries under one parent make a ticker: an ordinary article may head one or two
# sections with a time ("20:15 Uhr: Anpfiff"), a ticker has one heading per entry (the A half
# of the dev pages: tickers have 7 to 12, no other page more than one).
MIN_ENTRIES = 3
# The blocks of a ticker's container that stand on their own in the text: entry and day
# headings, paragraphs, list items (key points).
_UNITS = frozenset({*_HEADINGS, "p", "li"})
# What is restored when the text lacks it: headings and list items. Paragraphs are the
# second opinion's to restore (pipelines/text/consensus.py), with its rules for prose.
_RESTORED = frozenset({*_HEADINGS, "li"})
# A text this long found inside a block (or a block inside it) is that block's; shorter ones
# must equal a block.
_PART_MIN_CHARS = 20
# Boxes inside a ticker that are not its entries' text: pictures and their captions, embedded
# teasers and navigation, forms, buttons ("load more", share) and scripts.
_SKIPPED = frozenset(
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


def _opens_with_time(heading: etree._Element) -> bool:
    """Whether the heading's text opens with a time of day; its own text is read first, which
    settles most headings without reading their descendants."""
    own = (heading.text or "").lstrip()
    if own:
        return _CLOCK.match(own) is not None
    return _CLOCK.match(element_text(heading)) is not None


def ticker(tree: etree._Element) -> etree._Element | None:
    """The element holding a live ticker's entries, or None for any other page: the parent of
    at least :data:`MIN_ENTRIES` headings that open with a time of day."""
    parents: Counter[etree._Element] = Counter()
    for heading in tree.iter(*_HEADINGS):
        if _opens_with_time(heading):
            parent = heading.getparent()
            if parent is not None:
                parents[parent] += 1
    if not parents:
        return None
    container, entries = parents.most_common(1)[0]
    return container if entries >= MIN_ENTRIES else None


def _units(container: etree._Element) -> Iterator[tuple[str, str]]:
    """(tag, text) of the container's blocks in page order, outermost first; boxes of
    :data:`_SKIPPED` are passed over whole."""
    stack = list(reversed(container))
    while stack:
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag in _UNITS:
            text = element_text(element)
            if text:
                yield tag, text
            continue
        stack.extend(reversed(element))


def _find(text: str, blocks: Sequence[str], start: int) -> int | None:
    """The index of the first block from ``start`` on (else from the first) that holds
    ``text`` or is held by it (trafilatura may join a heading to its paragraph, or split a
    list item). A short text must be a whole block: "Live" or "Update" occur inside many
    sentences."""
    found = _find_from(text, blocks, start)
    return found if found is not None or not start else _find_from(text, blocks, 0)


def _find_from(text: str, blocks: Sequence[str], start: int) -> int | None:
    short = len(text) < _PART_MIN_CHARS
    for i in range(start, len(blocks)):
        block = blocks[i]
        if short:
            if block == text:
                return i
        elif text in block or (len(block) >= _PART_MIN_CHARS and block in text):
            return i
    return None


def _in_order(found: Sequence[int | None]) -> set[int]:
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


def missing_entries(
    blocks: Sequence[str], container: etree._Element, links: Collection[str] = ()
) -> list[Insertion]:
    """The ticker's headings and list items that ``blocks`` (the text) lacks, each to insert
    after the block the page shows before it.

    Only what sits between two blocks the text has is inserted: the text's first and last
    blocks bound the article, and what the container holds before or after them (a teaser
    list, "more on this topic") is not. A block that is entirely a link (``links``) is a
    teaser's headline, never restored; one the text has out of the page's order is neither
    restored nor a landmark (:func:`_in_order`).
    """
    units = list(_units(container))
    found: list[int | None] = []
    last = 0
    for _, text in units:
        index = _find(text, blocks, last)
        found.append(index)
        last = last if index is None else index
    landmarks = _in_order(found)
    out: list[Insertion] = []
    previous: int | None = None
    pending: list[str] = []
    for position, ((tag, text), index) in enumerate(zip(units, found, strict=True)):
        if position in landmarks:
            if previous is not None:
                out.extend(Insertion(previous, t) for t in pending)
            previous, pending = index, []
        elif index is None and tag in _RESTORED and text not in links:
            pending.append(text)
    return out


def declared(entity: dict[str, Any] | None) -> bool:
    """Whether the page's JSON-LD entity is a ``LiveBlogPosting``."""
    return entity is not None and "liveblogposting" in entity_types(entity)


def is_live_blog(entity: dict[str, Any] | None, tree: etree._Element) -> bool:
    """Whether the page is a live blog: declared so, or showing a ticker of entries."""
    return declared(entity) or ticker(tree) is not None


def declared_start(entity: dict[str, Any] | None) -> str | None:
    """When a declared live blog began, where it states no ``datePublished``: the start of
    its coverage (schema.org's ``coverageStartTime``)."""
    return entity_text(entity, "coverageStartTime") if declared(entity) else None


def entry_times(entity: dict[str, Any] | None) -> list[str]:
    """The publication times of a declared live blog's entries (``liveBlogUpdate``), as
    written; the blog cannot have started after the oldest of them."""
    if entity is None or not declared(entity):
        return []
    updates = entity.get("liveBlogUpdate")
    if isinstance(updates, dict):
        updates = [updates]
    if not isinstance(updates, list):
        return []
    return [
        text
        for update in updates
        if isinstance(update, dict) and (text := entity_text(update, "datePublished"))
    ]
