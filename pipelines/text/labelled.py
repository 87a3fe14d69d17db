"""Boxes a heading labels as page furniture ("Über den Autor", "Related"), and tag lines.

A page whose markup names no box (no ``<aside>``, ``<section>`` or class names such as
"comments" or "author-box") still titles its boxes for the reader, with words. A heading whose
text is such a label (:func:`pipelines.text.cleaning.heading_label`) titles the box that holds
it: the smallest element around the heading that holds more than the heading's own text. What
that box shows from the heading on is the furniture's: the comments, the author's biography,
the teasers, the donation appeal. The extraction keeps these blocks when nothing else in the
markup sets them apart from the article.

Where the markup sets no heading, the box's first text may still be its label: a block of a
label's length that a box rule reads as a wall, a pitch, a newsletter or a share bar ("This
content is reserved for subscribers" in a ``<div>``), when it opens the smallest box around
it and nothing of that box under it is a paragraph of prose. Read-also and author labels count
only as headings: in a paragraph of their own, cleaning drops them with the line under them.

A box that also holds the text's first body paragraph is the article's own container (a page
may set its comments or a related list right among the paragraphs): the label then bounds
nothing, and no block is dropped for it. Only labels after the first body paragraph are read,
but for a newsletter's or a donation's offer, which a page may set between the headline and the
body as well: its box above the body holds no headline and no paragraph of prose.

The links of a tag or category line carry a label of their own, ``rel="tag"``: a block that
is nothing but such links (:func:`tag_lines`) is the page's tag list, with or without the
class names that usually set it apart. A block of a few words and a colon followed by nothing
but two links or more (:func:`label_link_lines`: "Search author on: PubMed Google Scholar",
"Themen: Klima, Energie") is a line of links under its label, whatever the label's words.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence

from lxml import etree

from pipelines.text.bodyend import PROSE_MIN_CHARS
from pipelines.text.cleaning import heading_label
from pipelines.text.page import (
    BODY_MIN_CHARS,
    LABEL_MAX_CHARS,
    element_before,
    element_text,
    flat,
    holder_after,
    precedes,
    text_length,
    unmarked,
)
from pipelines.text.structured import HEADING_TAGS

_HEADINGS = HEADING_TAGS
# The kinds of label read only as a heading: set in a paragraph of its own, a read-also label
# is cleaning's, which drops it with the headline under it.
_HEADING_KINDS = frozenset({"author", "teaser", "further"})
# The kinds of box a heading titles above the body as well: a newsletter's or a donation's
# offer set under the headline ("Subscribe to our newsletter") is no kicker of the story, which
# "Kommentar" or "Mehr zum Thema" over the headline may be.
_BEFORE_KINDS = frozenset({"newsletter", "support"})
# A box whose text exceeds its heading's by this little holds nothing but the heading (a
# counter, an icon's letter): the box is the next element up.
_HEADING_SLACK_CHARS = 3
# A block without an element of its own (a line of a ``<br>``-broken paragraph) is matched by
# its text only from this length: a short one ("Antworten", "Teilen") may be any box's.
_SHORT_BLOCK_CHARS = 15
# A box of furniture is small beside an article: an author's note, a few teasers, a form. A
# labelled element holding more is a column that holds the article too (on dev half A the
# largest labelled box read held 2,600 characters; a page's main column held 14,000).
BOX_MAX_CHARS = 3000
_STRING = etree.XPath("string()")
# A line of tags: links joined by these, at most this long.
_TAG_SEPARATOR_RE = re.compile(r"\s*[,|·•]\s*")
TAG_LINE_MAX_CHARS = 600
_MIN_TAGS = 2
_TAG_REL = "tag"
# A line of a label and links ("Search author on: PubMed Google Scholar", "Themen: Klima,
# Energie"): the label a few words before a colon, what follows the colon nothing but the
# text of at least _MIN_TAGS links and what joins them.
_LINK_LINE_LABEL_MAX_WORDS = 4
_LINK_LINE_MAX_CHARS = 200
_LINK_JOINERS = " ,|·•/;"


def _box(heading: etree._Element) -> etree._Element | None:
    """The smallest element around ``heading`` holding more than its text; None at the
    page's body (a heading alone there titles no box)."""
    own = text_length(heading)
    box = heading.getparent()
    while box is not None and box.tag not in ("body", "html"):
        if text_length(box) > own + _HEADING_SLACK_CHARS:
            return box
        box = box.getparent()
    return None


def _text_from(heading: etree._Element, box: etree._Element) -> str:
    """The text of ``box`` from ``heading`` on, in the page's order (whitespace-collapsed):
    the heading, then what follows it at every level up to the box."""
    parts = [str(_STRING(heading))]
    node = heading
    while node is not box:
        parts.append(node.tail or "")
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                parts.append(str(_STRING(sibling)))
            parts.append(sibling.tail or "")
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return flat("".join(parts))


def furniture_blocks(
    tree: etree._Element, elements: Mapping[str, etree._Element], blocks: Sequence[str]
) -> dict[str, str]:
    """{block: the label's kind} for the blocks (whitespace-collapsed) that a box titled by a
    furniture label shows from its heading on, or that are its headings. ``elements``: each
    block's element (:func:`pipelines.text.templates.block_elements`).

    Only labels after the text's first body paragraph count: furniture follows the article,
    while a label over it may be the article's kicker ("Kommentar" over an opinion piece,
    whose box holds the headline and the standfirst). A newsletter's or a donation's label
    (:data:`_BEFORE_KINDS`) counts above the body too, where its box holds no ``<h1>``."""
    # The first body paragraph an element holds: a photo's caption set in a <span> may be
    # the text's first block of a paragraph's length, and no element holds it alone. A text
    # without one (a poem, a song's lyrics: short lines only) has no body to follow: only the
    # offers that count above the body are read, as they are there.
    first = next((elements[b] for b in blocks if len(b) >= BODY_MIN_CHARS and b in elements), None)
    first_text = element_text(first) if first is not None else None
    out: dict[str, str] = {}
    for element, opening in _labels(tree, elements, blocks, first):
        if text_length(element) > LABEL_MAX_CHARS:
            continue
        after = first is not None and precedes(first, element, holding=True)
        # Above the body only a heading of a box may title it; the <h1> is the headline.
        if not after and (opening or element.tag == "h1"):
            continue
        label = element_text(element)
        kind = heading_label(label)
        if kind is None or (not after and kind not in _BEFORE_KINDS):
            continue
        box = _box(element)
        if box is None or text_length(box) > BOX_MAX_CHARS:
            continue
        # Above the body, a box that holds the headline is the story's header.
        if not after and next(box.iter("h1"), None) is not None:
            continue
        shown_box = element_text(box)
        if (first_text is not None and first_text in shown_box) or (
            opening and not shown_box.startswith(label)
        ):
            continue
        following = _following(element, box)
        found: dict[str, str] = {}
        shown: str | None = None
        for block in blocks:
            if block in out:
                continue
            at = elements.get(block)
            if at is not None:
                # The block's first element: a copy of the block in the article (a related
                # headline the body links to as well) comes first and keeps the block.
                if at in following:
                    found[block] = kind
                continue
            # A line of a ``<br>``-broken paragraph has no element of its own: its text.
            text = unmarked(block)
            if len(text) >= _SHORT_BLOCK_CHARS:
                shown = _text_from(element, box) if shown is None else shown
                if text in shown:
                    found[block] = kind
        # A label that is no heading titles a box of short lines only: a paragraph of prose
        # under it is the article's, which a wall or a pitch may open inside its container.
        if (opening or not after) and any(len(block) >= PROSE_MIN_CHARS for block in found):
            continue
        out.update(found)
    return out


def _labels(
    tree: etree._Element,
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    first: etree._Element | None,
) -> Iterator[tuple[etree._Element, bool]]:
    """The elements that may title a box, each with whether it must open it: the page's
    headings, then the text's blocks after ``first`` (the first body paragraph) of a label's
    length that a box rule reads (:data:`_HEADING_KINDS` aside) and that no heading holds: a
    ``<div>`` or ``<p>`` reading "This content is reserved for subscribers" over the pitch,
    where the markup sets no heading; last, such a label the text left out, set right before
    one of its short blocks. Such a label titles its box only when its text opens the box's; a
    heading titles the box wherever it stands in it."""
    for heading in tree.iter(*_HEADINGS):
        yield heading, False
    if first is None:
        # No body: a label that is no heading opens a box only after it.
        return
    for block in blocks:
        if len(block) > LABEL_MAX_CHARS or heading_label(block) in (None, *_HEADING_KINDS):
            continue
        element = elements.get(block)
        if element is None:
            # Set in a <div> or <span>: the first element after the body that shows the label.
            element = holder_after(block, first)
            if element is None or element_text(element) != block:
                continue
        if element.tag not in _HEADINGS:
            yield element, True
    # A label the extraction left out, set right before a short block it kept: "This content
    # is reserved for subscribers" in a <div> over the pitch's lines.
    shown = set(blocks)
    for block in blocks:
        element = elements.get(block)
        # A label over prose titles nothing (see furniture_blocks): not looked for there.
        if element is None or len(block) >= PROSE_MIN_CHARS:
            continue
        label = element_before(element)
        if (
            label is None
            or label.tag in _HEADINGS
            or text_length(label) > LABEL_MAX_CHARS
            or (text := element_text(label)) in shown
            or heading_label(text) in (None, *_HEADING_KINDS)
        ):
            continue
        yield label, True


def _following(heading: etree._Element, box: etree._Element) -> set[etree._Element]:
    """The heading and the elements of ``box`` after it, in the page's order."""
    out: set[etree._Element] = set()
    for element in box.iter():
        if element is heading or out:
            out.add(element)
    return out


def tag_lines(
    elements: Mapping[str, etree._Element], blocks: Sequence[str], links: Collection[str]
) -> set[str]:
    """The blocks that are nothing but the page's tags: two or more links joined by commas,
    pipes or dots (``rel="tag"`` on every link of the block's element, the microformat a
    CMS writes for category and keyword links). Without class names ("post-tags") the
    extraction takes such a line for a short paragraph under the headline."""
    out: set[str] = set()
    for block in blocks:
        if len(block) > TAG_LINE_MAX_CHARS:
            continue
        text = unmarked(block)
        first = _TAG_SEPARATOR_RE.search(text)
        # The words before the first comma a link's: most blocks are prose and end here.
        if first is None or text[: first.start()] not in links:
            continue
        parts = [part for part in _TAG_SEPARATOR_RE.split(text) if part]
        if len(parts) < _MIN_TAGS or not all(part in links for part in parts):
            continue
        element = elements.get(block)
        if element is None:
            continue
        anchors = list(element.iter("a"))
        if len(anchors) >= _MIN_TAGS and all(
            _TAG_REL in (a.get("rel") or "").split() for a in anchors
        ):
            out.add(block)
    return out


def label_link_lines(elements: Mapping[str, etree._Element], blocks: Sequence[str]) -> set[str]:
    """The blocks that are a label and nothing but links after it: a few words ending with a
    colon, then two or more links joined by spaces, commas, pipes or dots ("Search author on:
    PubMed Google Scholar", "Themen: Klima, Energie", "Partager : Facebook | X"), whatever
    the label's words. A share bar's, a topic list's or an author's search links; a line of
    the article names what it links to in words of its own between the links."""
    out: set[str] = set()
    for block in blocks:
        if len(block) > _LINK_LINE_MAX_CHARS:
            continue
        text = unmarked(block)
        label, colon, rest = text.partition(":")
        if not colon or not rest.strip() or len(label.split()) > _LINK_LINE_LABEL_MAX_WORDS:
            continue
        element = elements.get(block)
        if element is None:
            continue
        anchors = [t for a in element.iter("a") if (t := element_text(a))]
        if len(anchors) < _MIN_TAGS or any(label.strip() in t for t in anchors):
            continue
        for anchor in anchors:
            rest = rest.replace(anchor, " ", 1)
        if not rest.strip(_LINK_JOINERS):
            out.add(block)
    return out
