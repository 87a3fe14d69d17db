"""Teasers the extraction kept: cards' blurbs without their headlines, lists of headlines.

A list of teasers (related stories, more from the region, job offers beside a science article)
sets each story as a card: a small box with a heading that links to the story and a sentence or
two under it. With class names the box says "teaser" or "related" and trafilatura leaves it out;
with hashed class names or none, trafilatura drops the linked heading (mostly link text) and keeps
the blurb, which then reads as a paragraph of the article. The card itself still shows what it
is: the blurb's element and a linked heading of a headline's length share a box that holds little
more than the two of them. An article's own paragraph under a linked subheading sits in the body's
container, which holds far more.

One card alone may be an author's box or an interview's info box; cards come in lists, so only a
run of at least two blurbs in a row of the text counts, or a card that is an item of a list
itself (a list of one teaser set among the body's paragraphs: its box, or the box around it, an
``<li>``), or one that shows a linked picture (the story's or the video's thumbnail, inside a
link; an author's portrait beside a note links nowhere). Round 36, dev half A: under
``--plain-markup classes`` one metadev page loses a listed teaser's blurb between its
paragraphs (token F1 0.969 to 0.997), two datesA pages a video card's blurb between theirs,
one datesA page a community box's label and a city portal's page two of its teasers' blurbs;
as they are and under ``tags`` no text changes.

A list of teasers without blurbs is a list of linked headlines: after the story, each item of
it nearly all one link, it is the site's, whatever its box is called
(:func:`closing_link_list`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from lxml import etree

from pipelines.text import inbody
from pipelines.text.names import CJK_CHAR
from pipelines.text.page import element_text, text_length

# A card's blurb: a sentence or two; a longer block is read as the article's.
BLURB_MAX_CHARS = 400
# What a card's box holds beside the blurb: the headline, a date, a location, a label.
_CARD_EXTRA_CHARS = 300
# Ancestors of the blurb's element looked at for the card's box (the blurb sits in a <div>
# beside the heading, or one level further in).
_CARD_LEVELS = 3
# A headline has a few words; "By Name" over an article's first paragraph is a byline.
_HEADLINE_MIN_WORDS = 4
# A heading is the link's when the link's text is nearly all of it (an arrow or a label aside).
_LINKED_SHARE = 0.8
_RUN_MIN = 2
# A linked headline in a list: its link's text at least this long (a menu's entries, a tag
# list's words are shorter), and a list of them after the body at least this many items.
_HEADLINE_MIN_CHARS = 20
_LIST_RUN_MIN = 3
_HEADINGS_XP = etree.XPath(".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
_LINKS_XP = etree.XPath(".//a[@href]")
_IN_LINK_XP = etree.XPath("boolean(ancestor::a[@href])")
_LINKED_PICTURE_XP = etree.XPath("boolean(.//a//img | .//a//picture)")


def _linked_heading(heading: etree._Element) -> bool:
    """Whether ``heading`` is a headline that links to a story: inside a link, or nearly all
    of its text a link's."""
    text = element_text(heading)
    if len(text.split()) < _HEADLINE_MIN_WORDS:
        return False
    if _IN_LINK_XP(heading):
        return True
    links = [element_text(link) for link in _LINKS_XP(heading)]
    if sum(map(len, links)) >= _LINKED_SHARE * len(text):
        return True
    return _repeats_link(text, links)


def _repeats_link(text: str, links: Sequence[str]) -> bool:
    """Whether the heading's words beside its links only repeat them: a card may print its
    headline twice, once as text and once as the link (for a hover effect or a screen reader),
    and then the link holds half the heading's text."""
    linked = {word for link in links for word in link.split()}
    return bool(linked) and all(word in linked for word in text.split())


def _small_boxes(
    first: etree._Element | None, block: str, lengths: dict[etree._Element, int]
) -> Iterator[etree._Element]:
    """``first`` and its ancestors, :data:`_CARD_LEVELS` elements at most, while each holds
    little more than ``block`` (:data:`_CARD_EXTRA_CHARS`): the boxes a card may be.
    ``lengths`` caches the boxes' text lengths: the blocks of one body share their
    container."""
    node = first
    for _ in range(_CARD_LEVELS):
        if node is None:
            return
        length = lengths.get(node)
        if length is None:
            length = lengths[node] = text_length(node)
        if length > len(block) + _CARD_EXTRA_CHARS:
            return
        yield node
        node = node.getparent()


def _card_box(
    element: etree._Element, block: str, lengths: dict[etree._Element, int]
) -> etree._Element | None:
    """The small box with a linked headline that ``element`` (holding ``block``) sits in, if
    any."""
    for box in _small_boxes(element.getparent(), block, lengths):
        for heading in _HEADINGS_XP(box):
            if element in heading.iterancestors() or heading in element.iterancestors():
                continue
            if heading is not element and _linked_heading(heading):
                return box
    return None


def _pictured(box: etree._Element, block: str, lengths: dict[etree._Element, int]) -> bool:
    """Whether the card shows a linked picture: its box, or a box around it that holds little
    more than the card, holds a picture inside a link (the story's thumbnail)."""
    return any(_LINKED_PICTURE_XP(node) for node in _small_boxes(box, block, lengths))


def _listed(box: etree._Element) -> bool:
    """Whether the card is an item of a list (the box, or the box around it, is an ``<li>``):
    a list of teasers, however short; an author's or an interview's box is no list item."""
    parent = box.getparent()
    return box.tag == "li" or (parent is not None and parent.tag == "li")


def card_blurbs(elements: Mapping[str, etree._Element], blocks: Sequence[str]) -> set[str]:
    """The blocks that are teaser cards' blurbs, in runs of at least two blocks in a row.
    ``elements``: each block's element (:func:`pipelines.text.templates.block_elements`, which
    also maps a block to the ``<div>`` whose own text it is: the date and blurb of cards set in
    ``<div>`` elements only, which a page without class names leaves around the article)."""
    lengths: dict[etree._Element, int] = {}
    boxes: list[etree._Element | None] = []
    for block in blocks:
        element = elements.get(block)
        boxes.append(
            _card_box(element, block, lengths)
            if element is not None and len(block) <= BLURB_MAX_CHARS
            else None
        )
    out: set[str] = set()
    start = 0
    while start < len(blocks):
        box = boxes[start]
        if box is None:
            start += 1
            continue
        end = start
        while end < len(blocks) and boxes[end] is not None:
            end += 1
        if end - start >= _RUN_MIN or _listed(box) or _pictured(box, blocks[start], lengths):
            out.update(blocks[start:end])
        start = end
    return out


def _linked_item(item: etree._Element) -> bool:
    """Whether the list item ``item`` is a linked headline: one link holds nearly all of its
    text (:data:`_LINKED_SHARE`; a date, a "photo" label or a counter may stand beside it) and
    that text has a headline's length (:data:`_HEADLINE_MIN_CHARS`, so that a menu's or a tag
    list's one-word entries are not read as headlines, in any script), measured by
    :func:`_width`: a Japanese headline of fifteen characters is no menu entry.

    Round 43, dev half A, with the width: under ``--plain-markup tags`` and ``classes`` one
    datesA/fresh-tune page loses fifty linked Japanese headlines (each fifteen characters or
    so and a "photo" label) in five lists after the body; as they are no text changes (the
    lists' class names had them left out)."""
    text = len(element_text(item))
    links = [element_text(link) for link in _LINKS_XP(item)]
    longest = max(map(len, links), default=0)
    width = max(map(_width, links), default=0)
    return width >= _HEADLINE_MIN_CHARS and longest >= _LINKED_SHARE * text


def _width(text: str) -> int:
    """The length of ``text`` with each character of a script written without spaces (CJK
    ideographs, kana, hangul) counted twice: such a character carries a word's part that
    takes two or more letters in a spaced script, and a Japanese headline of fifteen
    characters says what an English one says in thirty."""
    return len(text) + len(CJK_CHAR.findall(text))


def _last_of_body(
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    region: etree._Element | None,
) -> int | None:
    """The index of the text's last block of the body (:func:`inbody.of_body`); None if none
    is."""
    return next(
        (
            at
            for at in range(len(blocks) - 1, -1, -1)
            if inbody.of_body(blocks[at], elements, region)
        ),
        None,
    )


def closing_link_list(
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    region: etree._Element | None,
) -> set[str]:
    """The blocks of a list of linked headlines after the body: a run of at least
    :data:`_LIST_RUN_MIN` blocks in a row, after the text's last block inside ``region`` (the
    element holding the body, :func:`pipelines.text.inbody.body_region`), that are items of one
    list, each a linked headline (:func:`_linked_item`); on a page where no element holds the
    body's paragraphs (its lines set between ``<br>``), after the text's last block of a body
    paragraph's length. Whatever the box is called ("Related", "Latest", a heading in any
    language, or none), such a list after the story is the site's teasers; the article's own
    list of links stands among its paragraphs, where the body's container holds the text's
    blocks after it. ``elements``: each block's element
    (:func:`pipelines.text.templates.block_elements`, which maps a list item's block to its
    ``<li>``).

    Round 39, dev half A, with the list items mapped to their ``<li>``: as the pages are and
    under ``--plain-markup tags`` one datesA page (fresh-tune) loses the ten linked headlines
    of its "latest" box after a body set in ``<br>`` lines, and with it the box's heading,
    which then closes the text; under ``classes`` no text changes. No snippet's figure
    moves."""
    last = _last_of_body(elements, blocks, region)
    if last is None:
        return set()
    out: set[str] = set()
    start = last + 1
    while start < len(blocks):
        first = elements.get(blocks[start])
        if first is None or first.tag != "li" or not _linked_item(first):
            start += 1
            continue
        parent = first.getparent()
        end = start + 1
        while end < len(blocks):
            element = elements.get(blocks[end])
            if element is None or element.getparent() is not parent or not _linked_item(element):
                break
            end += 1
        if end - start >= _LIST_RUN_MIN:
            out.update(blocks[start:end])
        start = end
    return out
