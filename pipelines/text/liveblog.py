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

import logging
import re
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from lxml import etree

from pipelines.text import gaps
from pipelines.text.consensus import Insertion
from pipelines.text.page import element_text
from pipelines.text.structured import HEADING_TAGS, entity_text, entity_types

logger = logging.getLogger(__name__)

# An entry's heading opens with the time of day it was posted: "11.04 Uhr:", "14:32", "9h15",
# "06.20 -". Not a longer number ("11.04.2024" is a date, "1.234" a figure).
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:h][0-5]\d(?![\d.,])")
_HEADINGS = HEADING_TAGS[1:]
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
    timed = (heading for heading in tree.iter(*_HEADINGS) if _opens_with_time(heading))
    return gaps.commonest_parent(timed, MIN_ENTRIES)


def _units(container: etree._Element) -> Iterator[tuple[str, str]]:
    """(tag, text) of the container's blocks in page order (:func:`pipelines.text.gaps.walk`)."""
    for element, text in gaps.walk(container, _UNITS):
        yield element.tag, text


def missing_entries(
    blocks: Sequence[str], container: etree._Element, links: Collection[str] = ()
) -> list[Insertion]:
    """The ticker's headings and list items that ``blocks`` (the text) lacks, each to insert
    after the block the page shows before it.

    Only what sits between two blocks the text has is inserted: the text's first and last
    blocks bound the article, and what the container holds before or after them (a teaser
    list, "more on this topic") is not. A block that is entirely a link (``links``) is a
    teaser's headline, never restored; one the text has out of the page's order is neither
    restored nor a landmark (:func:`pipelines.text.gaps.in_order`).
    """
    units = [(text, tag in _RESTORED and text not in links) for tag, text in _units(container)]
    return gaps.missing_between(blocks, units)


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
