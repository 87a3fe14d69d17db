"""Short blocks of the article's body that trafilatura dropped between its paragraphs.

A story often gives a list between two of its paragraphs: the places a storm hit, the figures
of a budget, the steps of a procedure. trafilatura may drop such items (short lines among long
ones look like furniture to it) while keeping the paragraphs around them. Lists that are not the
article's text look different: "more on this topic", tags and share buttons are lists of links;
key-facts and product boxes, newsletter prompts and teasers sit in boxes of their own (aside,
figure, form) or around the text rather than inside it.

The same holds for short paragraphs set like the article's own: a line per place ("Region:
town, town"), an address, a one-line remark between two paragraphs. trafilatura drops them for
being short or link-dense; a box is wrapped in an element of its own or carries a class.

So the rule reads the page's body container (the element holding most of the paragraphs the
text has) and restores, only where they stand between two blocks the text has
(:func:`pipelines.text.gaps.missing_between`):

* the items of its own lists (children of the container itself: a box's list, a byline's, is
  wrapped) whose links hold less than a third of their text (:data:`LIST_LINK_SHARE`): a list
  of links, teasers or tags holds nearly all of its text in them, a list of the story's places
  or steps a link here and there;
* its own short paragraphs: children of the container itself, without a class, shorter than
  the prose the second opinion restores (:data:`pipelines.text.consensus.INSERT_MIN_CHARS`),
  lines of text (no picture or block inside: a teaser card is one), not entirely a link.
* its own section headings (``h2`` to ``h6``; the ``h1`` is the headline): children of the
  container holding no link text (a teaser's headline is one; an empty permalink anchor is
  not) and no picture or block, and not right over a list of links (:func:`titled_link_list`:
  that box's title), whatever their class and length (a question of an interview,
  a quotation set as a heading). trafilatura keeps a body's headings when the markup names
  the article's container; on a page whose markup does not (HTML5's ``<article>`` written as
  a ``<div>``, hashed CSS-in-JS class names, or none) its last resort takes the page's
  paragraphs and not its headings, classed or not.

A page built of components wraps each paragraph and heading in a ``<div>`` of its own
(beside it at most a label that is no block: "Article content"). The paragraphs' parents are
then those boxes, one paragraph each; so the element holding the boxes is read as a second
container, each box standing for its one block (:func:`_outermost_wrapper`).

Nothing the text holds already, even in part (trafilatura splits an element at its line
breaks and marks list items "- "), is put in again.

Measured on dev half A (129 pages): the bodies' unlinked lists are in trafilatura's text
already (none of their items was missing once the text's "- " marks are read); what comes
back is short paragraphs, four lines of places on one page, and nothing leaks.
With every class and id taken out and HTML5's sectioning elements renamed to ``<div>``
(``benchmarks/text_quality.py --plain-markup classes``), the headings bring back 14 must-keep
snippets of half A's realpages (85.2 % kept to 92.9 %) and 5 lost lines of the seeds, at the
cost of one must-drop line: a job ad's blurb under its heading, which the page leaks with its
markup intact too. trafilatura's last resort drops lists as well; lists of prose with a link
in them and headings with an empty anchor bring back 4 more (95.3 %) and nothing leaks. With
the markup intact nothing moves.
Round 22 (half A): the boxes of a component page, and headings of any class and length,
bring back 36 headings under ``--plain-markup classes`` (27 of the metadev bodies' section
headings; must-keep 95.3 % to 95.9 %) and 19 under ``tags`` (17 of them); every one is in
the text of the same page with its markup intact, where nothing moves.
Round 23 (half A): a body cut into chunks by advertisements (:func:`chunks`) is read whole,
and a box stands for its one block only beside a label (:func:`_labelled`; a video player's
title is not one). Under ``--plain-markup classes`` 32 more of the metadev bodies' section
headings come back (on four pages, token recall 0.996 to 0.997), none that the bodies lack;
under ``tags`` and with the markup intact nothing moves. The body's last paragraph left loose
in its container after an advertisement slot (:func:`loose_ending`) comes back on one metadev
page under ``classes`` (last paragraph present 95.7 % to 97.1 %); nothing else moves.

Round 37: before the first block the text has of the container, only prose comes back
(:func:`opening_prose`): the container's own paragraphs and headings that read as body text, a
standfirst set as the body's first heading, which trafilatura's fallback leaves out (under
``classes`` one datesA page gets its must-keep opening back; as they are and under ``tags``
no text changes; an excerpt of the first paragraphs joined in one block, which a metadev page
sets there, is not put in again).

Round 38 (half A): a page may set its paragraphs as ``<div>`` elements (text of their own
beside inline links), natively or with HTML5's elements written as divs; such a block maps to
its div (:func:`pipelines.text.templates.block_elements`), which votes for the body as a
``<p>`` does and is a landmark between which headings come back. A body whose first
paragraphs sit in the container and the rest in a box nested in it (or the reverse) is read
from the outer one (:func:`chunks`). Under ``--plain-markup classes`` one realpages page gets
back three section headings (one must-keep); as they are and under ``tags`` no text changes.

Round 42 (half A): a section heading over a list of prose that closes the body, after its
last paragraph the text has (:func:`closing_lists`), comes back; such a list is no gap between
two blocks. Under ``--plain-markup classes`` one realpages page gets its agenda back (two
must-keep snippets; realpages A kept 96.4 to 97.6 %, right 88.1 to 89.8 %) and a second page
a contact list whose lines the line rules drop as they do with the markup intact; as they are
and under ``tags`` no text changes.

The section heading right over the container's first paragraph the text has, as its own
child with nothing between (:func:`opening_heading`), comes back too: the body's first section
opens with it. Round 42, dev half A: under ``classes`` eight pages get it back (seven kept
after the rules, each a heading their text has as they are; one metadev body's heading); no
snippet figure moves; as they are and under ``tags`` no text changes.

Round 50: the key points a story opens with (:func:`opening_points`), a list of a few unlinked
lines between its headline and its first paragraph, come back before that paragraph: trafilatura
keeps them where the markup names the article's container, and its last resort drops them. Dev
half A, against the text before: under ``--plain-markup classes`` two datesA pages get their
three points back (datesA/labelled kept 98.5 to 99.0 %, right 92.7 to 93.8 %), under ``tags``
one of them; as they are no text changes; no other page of half A gets anything (a share bar,
a byline's list, a product's attributes, a gallery's captions, a list of teasers stay out).

What is restored passes the structure and cleaning rules after this stage, as every block
does. Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence

from lxml import etree

from pipelines.text import consensus, gaps
from pipelines.text.page import (
    BODY_MIN_CHARS,
    UNSHOWN,
    element_text,
    flat,
    in_box,
    shown_length,
    spaceless,
    text_length,
    unmarked,
)
from pipelines.text.structured import HEADING_TAGS

logger = logging.getLogger(__name__)

_HEADINGS = HEADING_TAGS
# Blocks of the body that stand on their own: paragraphs, headings, quotes, list items (the
# landmarks, and what may be restored).
_UNITS = frozenset({*_HEADINGS, "p", "blockquote", "li"})
# The body's own section headings; its <h1> is the headline, which the text does not repeat.
_SUBHEADINGS = frozenset(_HEADINGS[1:])
_LISTS = frozenset({"ul", "ol"})
# What a line of text does not hold: pictures, embeds and blocks.
_NOT_INLINE = ("img", "picture", "video", "iframe", "svg", "div", "figure", "table")
# The elements of the text's paragraphs that vote for the body: a ``<div>`` is one only where
# no paragraph element holds the block and the div holds text of its own
# (:func:`pipelines.text.templates.block_elements`), a page that sets its paragraphs as divs.
_VOTERS = frozenset({"p", "div"})
# A paragraph this short may be a label anywhere on the page; it does not vote for the body.
_VOTE_MIN_CHARS = 40
# A list of the body whose links hold less than this share of its text is the article's prose
# set as a list (a link here and there); a list of links holds nearly all of its text in them.
LIST_LINK_SHARE = 1 / 3
# A heading titles a box of links when the list right after it holds at least this many items,
# each of them at least LINKED_ITEM_SHARE the text of its links (a kicker may stand before the
# link: "<strong>Warnung:</strong> <a>Headline</a>").
LINK_LIST_MIN_ITEMS = 2
LINKED_ITEM_SHARE = 0.5
# A list closing the body after its last paragraph holds at least this many items: a heading
# over one line is a label's ("Contact", then an address).
CLOSING_LIST_MIN_ITEMS = 2
# The body container holds at least this many of the text's paragraphs: one is any box.
MIN_PARAGRAPHS = 2
# What a box of a component page holds beside its one block: a label ("Article content").
LABEL_MAX_CHARS = 20
# A chunk of the body sits beside its container or in a wrapper beside the container's own
# (a chunk and the advertisement after it in one box): its ancestor at most this many levels
# up holds the container too.
CHUNK_LEVELS = 2
# A story's key points before its body (:func:`opening_points`): a list of this many items,
# each a line of this many words or more ...
POINTS_MIN_ITEMS = 2
POINTS_MAX_ITEMS = 8
POINT_MIN_WORDS = 4
# ... with at most this much text between it and the body's first block (a caption, a byline),
# found at most this many levels above that block.
OPENING_GAP_MAX_CHARS = 300
OPENING_LEVELS = 4


def body(elements: Mapping[str, etree._Element], wrapped: bool = False) -> etree._Element | None:
    """The element with the most child paragraphs that are blocks of the text, or None when
    none has :data:`MIN_PARAGRAPHS` of them. ``elements``: each block of the text with the
    element that holds it (:func:`pipelines.text.templates.block_elements`). ``wrapped``: a
    paragraph in a ``<div>`` of its own counts as that box (:func:`_outermost_wrapper`)."""
    return _commonest(_paragraph_parents(elements, wrapped))


def _paragraph_parents(
    elements: Mapping[str, etree._Element], wrapped: bool, min_chars: int = _VOTE_MIN_CHARS
) -> Counter[etree._Element]:
    """How many of the text's paragraphs (with ``wrapped``, their boxes) each element is the
    parent of: what :func:`body` and :func:`chunks` read, counted once. ``min_chars``: the
    shortest paragraph that votes."""
    parents: Counter[etree._Element] = Counter()
    for text, element in elements.items():
        if element.tag in _VOTERS and len(text) >= min_chars:
            parent = (_outermost_wrapper(element) if wrapped else element).getparent()
            if parent is not None:
                parents[parent] += 1
    return parents


def _commonest(parents: Counter[etree._Element]) -> etree._Element | None:
    if not parents:
        return None
    container, count = parents.most_common(1)[0]
    return container if count >= MIN_PARAGRAPHS else None


def chunks(
    container: etree._Element, parents: Mapping[etree._Element, int]
) -> tuple[etree._Element, list[etree._Element]]:
    """The body's other chunks, with the element that holds them all (``container`` itself
    when there are none). A page that sets an advertisement or a video every few paragraphs
    cuts its body into chunks, each holding paragraphs and the section headings between them;
    the body container (:func:`body`) is only the chunk with the most paragraphs, and a
    heading in another chunk, or where one chunk ends and the next begins, is the body's as
    much. A chunk is the parent of :data:`MIN_PARAGRAPHS` paragraphs of the text too
    (``parents``: :func:`_paragraph_parents`), beside the container (its sibling) or, where
    each chunk sits in a wrapper of its own beside an advertisement, its cousin (at the
    container's depth, up to :data:`CHUNK_LEVELS` levels up). A box beside the body (a
    teaser list, a key-facts box) holds no two of the text's paragraphs. A chunk may also
    nest in the container or hold it (the body's first paragraphs in a box of their own, the
    rest after it): the element holding both is the outer one."""
    others = [
        parent
        for parent, count in parents.items()
        if count >= MIN_PARAGRAPHS and parent is not container
    ]
    outer = container.getparent()
    if outer is not None and outer in others:
        return outer, [outer]
    inner = [other for other in others if other.getparent() is container]
    if inner:
        return container, inner
    for levels in range(1, CHUNK_LEVELS + 1):
        ancestor = _up(container, levels)
        if ancestor is None or not others:
            break
        found = [other for other in others if _up(other, levels) is ancestor]
        if found:
            return ancestor, found
    return container, []


def _up(element: etree._Element | None, levels: int) -> etree._Element | None:
    """The element's ancestor ``levels`` levels up, None past the root."""
    for _ in range(levels):
        if element is None:
            return None
        element = element.getparent()
    return element


def _outermost_wrapper(unit: etree._Element) -> etree._Element:
    """The unit (a paragraph or heading), or the outermost ``<div>`` around it that holds no
    other unit: a page built of components gives each paragraph a box of its own
    (``<div><p>…</p></div>``, beside it at most a label that is no block of the text), and
    the body is the element holding those boxes beside its headings, not each box."""
    element = unit
    parent = element.getparent()
    while parent is not None and parent.tag == "div" and _sole_unit(parent) is unit:
        element, parent = parent, parent.getparent()
    return element


def _sole_unit(box: etree._Element) -> etree._Element | None:
    """The one paragraph, heading, quote or list item inside ``box``, None when it holds none
    or several."""
    units = box.iter(*_UNITS)
    first = next(units, None)
    return first if next(units, None) is None else None


def _own_blocks(container: etree._Element, wrapped: bool) -> Iterator[etree._Element]:
    """The container's children; with ``wrapped``, a ``<div>`` child holding a single unit
    stands for that unit (:func:`_outermost_wrapper`)."""
    for child in container:
        if wrapped and child.tag == "div":
            unit = _sole_unit(child)
            if unit is not None and _outermost_wrapper(unit) is child and _labelled(child, unit):
                yield unit
                continue
        yield child


def _labelled(box: etree._Element, unit: etree._Element) -> bool:
    """Whether ``box`` holds beside its one unit at most a label (:data:`LABEL_MAX_CHARS`):
    a component page's paragraph box ("Article content"). A player or a card with a heading
    in it holds more: its fallback message, its buttons ("Play Video", "Back to video")."""
    return len(element_text(box)) - len(element_text(unit)) <= LABEL_MAX_CHARS


def _linked(element: etree._Element) -> bool:
    return next(element.iter("a"), None) is not None


def _link_share(element: etree._Element) -> float:
    """The share of the element's characters that are the text of its links: an anchor
    without text (a heading's permalink target) counts for nothing."""
    text = element_text(element)
    if not text:
        return 0.0
    return sum(len(element_text(a)) for a in element.iter("a")) / len(text)


def titled_link_list(heading: etree._Element) -> list[etree._Element]:
    """The items of the list of links that ``heading`` titles: the list is the element right
    after it, with :data:`LINK_LIST_MIN_ITEMS` items or more, each mostly the text of its
    links (a box of teasers, "Exklusive Politik-Hintergründe – für Sie recherchiert" over
    linked headlines, whatever its words); empty when the heading is followed by anything
    else, or by a list of prose with a link here and there (the article's own)."""
    following = heading.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()  # past comments
    if following is None or following.tag not in _LISTS:
        return []
    items = list(following.iterchildren("li"))
    if len(items) < LINK_LIST_MIN_ITEMS or any(
        _link_share(item) < LINKED_ITEM_SHARE for item in items
    ):
        return []
    return items


def _a_line(paragraph: etree._Element) -> bool:
    """Whether the paragraph is a line of text (inline markup only): one that holds a picture
    or a block of its own (a teaser card's image and headline, an embed) is a box."""
    return next(paragraph.iter(*_NOT_INLINE), None) is None


def _candidates(
    container: etree._Element,
    known: Collection[etree._Element],
    blocks: Sequence[str],
    links: Collection[str],
    wrapped: bool = False,
) -> set[str]:
    """The texts the text (``blocks``) lacks of the container's own blocks: its children's
    short paragraphs without a class, its section headings (holding no link text) and
    the items of its child lists whose links hold little of their text (a box's paragraph,
    heading or list is wrapped or classed). Neither a link's whole text (a teaser's headline)
    nor one the text holds read without whitespace: trafilatura splits a paragraph
    at its line breaks and marks list items, the element's text joins them. ``known``: the
    elements of the text's blocks, which it has (most of the body's paragraphs)."""
    texts: list[str] = []
    for child in _own_blocks(container, wrapped):
        if child.tag == "p" and child not in known and not child.get("class"):
            # A paragraph whose own text is long is prose whatever its markup adds.
            if len(child.text or "") < consensus.INSERT_MIN_CHARS:
                text = element_text(child)
                if len(text) < consensus.INSERT_MIN_CHARS and _a_line(child):
                    texts.append(text)
        elif (
            child.tag in _SUBHEADINGS
            and child not in known
            and (not _linked(child) or not _link_share(child))
            and _a_line(child)
            and not titled_link_list(child)
        ):
            texts.append(element_text(child))
        elif child.tag in _LISTS and (not _linked(child) or _link_share(child) < LIST_LINK_SHARE):
            texts.extend(element_text(item) for item in child.iterchildren("li"))
    texts = [text for text in texts if text and text not in links]
    if not texts:
        return set()
    compact = spaceless("".join(blocks))
    # A list item's lines the text has in part (trafilatura keeps an item's first line, marked
    # "- ", and may drop the rest) are not missing either: missing is better than twice.
    parts = [part for block in blocks if len(part := unmarked(block)) >= gaps.PART_MIN_CHARS]
    return {
        text
        for text in texts
        if spaceless(text) not in compact and not any(part in text for part in parts)
    }


def missing_items(
    blocks: Sequence[str], elements: Mapping[str, etree._Element], links: Collection[str] = ()
) -> list[consensus.Insertion]:
    """The unlinked list items and own short paragraphs of the page's body (:func:`_candidates`)
    that ``blocks`` (the text) lacks, between two blocks it has, each to insert after the
    block the page shows before it. ``elements``: the text's blocks with their elements
    (:func:`body`); ``links``: the page's link texts."""
    known = set(elements.values())
    out: list[consensus.Insertion] = []
    taken: set[str] = set()
    # The paragraphs' own parent first; then the element holding their boxes, where a page
    # wraps each paragraph in a <div> of its own and sets its headings between the boxes.
    parents = [_paragraph_parents(elements, wrapped) for wrapped in (False, True)]
    containers = [_commonest(counts) for counts in parents]
    for at, container in enumerate(containers):
        if container is None or container in containers[:at]:
            continue
        # Only the children of the container (and of its sibling chunks) can be restored:
        # most pages are settled here, without reading the rest of the body.
        # A body in chunks is read from the element holding them: a heading that opens a
        # chunk stands between the last paragraph of the one before and its own.
        root, others = chunks(container, parents[at])
        candidates: set[str] = set()
        for chunk in (container, *others):
            candidates |= _candidates(chunk, known, blocks, links, wrapped=at > 0)
        candidates -= taken
        if not candidates:
            continue
        # The text's <div> paragraphs are landmarks too: on a page that sets its paragraphs
        # as divs they are most of the body.
        divs = {element for element in known if element.tag == "div"}
        units = [(text, text in candidates) for _, text in gaps.walk(root, _UNITS, divs)]
        found = [i for i in gaps.missing_between(blocks, units) if i.text not in taken]
        taken.update(i.text for i in found)
        out.extend(found)
    if containers[0] is not None:
        ending = loose_ending(blocks, containers[0], known)
        if ending is not None:
            out.append(ending)
        opening = [i for i in opening_prose(blocks, containers[0], known) if i.text not in taken]
        out.extend(opening)
        # A standfirst set as that heading is prose, restored above already.
        heading = opening_heading(blocks, containers[0], known, links)
        if heading is not None and heading.text not in taken | {i.text for i in opening}:
            out.append(heading)
    return out


def opening_heading(
    blocks: Sequence[str],
    container: etree._Element,
    known: Collection[etree._Element],
    links: Collection[str] = (),
) -> consensus.Insertion | None:
    """The section heading right over the first paragraph the text has of the container, as
    the container's own child: the body's first section opens with it. trafilatura's fallback
    takes the paragraphs and leaves it out; :func:`missing_items` restores headings between
    two blocks only. Only a line of text (no link, picture or block), not over a list of
    links, and only where nothing with text stands between it and that paragraph; to insert
    before that paragraph's block."""
    previous: etree._Element | None = None
    for child in container:
        if not isinstance(child.tag, str):
            continue
        if child in known:
            break
        if text_length(child):
            previous = child
    else:
        return None
    if (
        previous is None
        or previous.tag not in _SUBHEADINGS
        or _linked(previous)
        or not _a_line(previous)
    ):
        return None
    anchor, text = element_text(child), element_text(previous)
    if anchor not in blocks or text in links or spaceless(text) in spaceless("".join(blocks)):
        return None
    return consensus.Insertion(blocks.index(anchor) - 1, text)


def opening_prose(
    blocks: Sequence[str], container: etree._Element, known: Collection[etree._Element]
) -> list[consensus.Insertion]:
    """The prose the container opens with before the first block the text has of it: its own
    paragraphs and headings that read as body text (:func:`pipelines.text.consensus.prose`:
    long, ending as a sentence), no link in them and no block inside, each to insert before
    that block. A standfirst the page sets as the body's first heading ("Bernau (Barnim): Ein
    bisschen ungerecht ist es ja schon. ...") is left out by trafilatura's fallback, which
    takes the paragraphs; the second opinion only restores prose between two paragraphs the
    text has. A kicker, a byline or a date at the top is no prose; a box (a teaser card, a
    picture with its caption) holds a block or a link."""
    found: list[str] = []
    compact = spaceless("".join(blocks))
    for child in container:
        if child in known:
            anchor = element_text(child)
            if not found or anchor not in blocks:
                return []
            at = blocks.index(anchor)
            return [consensus.Insertion(at - 1, text) for text in found]
        if child.tag != "p" and child.tag not in _SUBHEADINGS:
            continue
        text = element_text(child)
        # Nothing the text holds even in part: an excerpt of the body's first paragraphs
        # joined in one block (a summary for the page's cards) is not put in before them.
        if (
            consensus.prose(text)
            and not _linked(child)
            and _a_line(child)
            and spaceless(text)[: gaps.PART_MIN_CHARS * 2] not in compact
        ):
            found.append(text)
    return []


def loose_ending(
    blocks: Sequence[str], container: etree._Element, known: Collection[etree._Element]
) -> consensus.Insertion | None:
    """The body's last paragraph when the page left it outside any element: text of the
    container itself after its last paragraph the text has, and the container's last text.
    An advertisement slot set into the last paragraph closes it (an HTML parser ends a ``<p>``
    at a ``<div>``), and its rest stands loose in the container, where trafilatura may not
    look without the container's name. Only prose (:func:`pipelines.text.consensus.prose`) the
    text lacks comes back, after the block of that paragraph: a box, a teaser or a credit
    after the body is an element of its own, never the container's own text."""
    # From the end back to the last paragraph the text has: most bodies end with it, or with
    # elements and no loose text, and are settled without reading any element's text.
    loose: list[str] = []
    trailing: list[etree._Element] = []
    last: etree._Element | None = None
    for child in reversed(container):
        if child.tail and child.tail.strip():
            loose.append(child.tail)
        if child in known:
            last = child
            break
        trailing.append(child)
    if last is None or not loose:
        return None
    # An element with text after that paragraph: the body goes on, or a box follows.
    if any(element_text(child) for child in trailing):
        return None
    loose.reverse()
    text = flat(" ".join(loose))
    if not consensus.prose(text) or text in "\n".join(blocks):
        return None
    anchor = element_text(last)
    return consensus.Insertion(blocks.index(anchor), text) if anchor in blocks else None


def closing_lists(
    blocks: Sequence[str], elements: Mapping[str, etree._Element], links: Collection[str] = ()
) -> list[consensus.Insertion]:
    """The section headings over lists of prose that close the body after its last paragraph
    the text has, each heading and each item to insert after that paragraph's block.

    The container's own children after that paragraph: pairs of a section heading (no link
    text, a line, not over a list of links) and the list right after it, with
    :data:`CLOSING_LIST_MIN_ITEMS` items or more whose links hold less than
    :data:`LIST_LINK_SHARE` of its text (a meeting's agenda, the steps of a procedure, the
    points a story sums up). trafilatura keeps them where the markup names the article's
    container; its last resort on a page whose markup does not takes the paragraphs only, and
    :func:`missing_items` restores only what stands between two blocks the text has. The first
    child with text that is no such pair ends the run: a box after the body (sharing, teasers,
    an author's note) is a ``<div>``, a related list is a list of links, a label over it is no
    section heading of the body's own. Each item is its own line, a nested list's items lines
    of their own, as trafilatura writes them."""
    # A short body (an event's host and moderator over its agenda) may have fewer than two
    # paragraphs long enough to vote, and a comment form's lines win the vote: then the
    # element holding the most of the text's paragraphs of any length is read too.
    known = set(elements.values())
    compact = spaceless("".join(blocks))
    tried: list[etree._Element] = []
    for min_chars in (_VOTE_MIN_CHARS, 1):
        container = _commonest(_paragraph_parents(elements, False, min_chars))
        if container is None or container in tried:
            continue
        tried.append(container)
        found = _closing_lists_of(container, known, blocks)
        if found is None:
            continue
        at, sections = found
        # Nothing the text has already: trafilatura marks the items it keeps "- ", and may
        # keep a heading alone (a short one may be a word of the text: looked for as a block).
        if any(
            heading in blocks or any(item in links or spaceless(item) in compact for item in items)
            for heading, items in sections
        ):
            return []
        return [
            consensus.Insertion(at, text)
            for heading, items in sections
            for text in (heading, *items)
        ]
    return []


def _closing_lists_of(
    container: etree._Element, known: Collection[etree._Element], blocks: Sequence[str]
) -> tuple[int, list[tuple[str, list[str]]]] | None:
    """The index of the block of the container's last paragraph the text has, and each
    heading with its list's items after it (:func:`closing_lists`); None when none follows."""
    children = [child for child in container if isinstance(child.tag, str)]
    last = max((i for i, child in enumerate(children) if child in known), default=None)
    if last is None:
        return None
    anchor = element_text(children[last])
    if anchor not in blocks:
        return None
    # Elements without text between the pairs (an empty anchor, a spacer) are passed over;
    # read lazily, as most bodies end with a box that ends the run.
    rest = (child for child in children[last + 1 :] if text_length(child))
    sections: list[tuple[str, list[str]]] = []
    for heading in rest:
        following = next(rest, None)
        if (
            following is None
            or heading.tag not in _SUBHEADINGS
            or following.tag not in _LISTS
            or _link_share(heading)
            or not _a_line(heading)
            or _link_share(following) >= LIST_LINK_SHARE
        ):
            break
        items = [line for item in following.iter("li") if (line := _item_line(item))]
        if len(items) < CLOSING_LIST_MIN_ITEMS:
            break
        sections.append((element_text(heading), items))
    return (blocks.index(anchor), sections) if sections else None


def _item_line(item: etree._Element) -> str:
    """A list item's own text, without the items of a list nested in it (lines of their own)."""
    pieces: list[str] = []

    def walk(element: etree._Element) -> None:
        pieces.append(element.text or "")
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _LISTS:
                walk(child)
            pieces.append(child.tail or "")

    walk(item)
    return flat("".join(pieces))


def body_region(elements: Mapping[str, etree._Element]) -> etree._Element | None:
    """The element holding the whole body: the container (:func:`body`), or the element
    holding it and the chunks an advertisement cut the body into (:func:`chunks`); None
    when no element holds :data:`MIN_PARAGRAPHS` of the text's paragraphs."""
    parents = _paragraph_parents(elements, False)
    container = _commonest(parents)
    return None if container is None else chunks(container, parents)[0]


def of_body(
    block: str, elements: Mapping[str, etree._Element], region: etree._Element | None
) -> bool:
    """Whether ``block`` is one of the body's: its element is inside ``region``
    (:func:`body_region`), or, where no element holds the body (its lines set between
    ``<br>``), it has a body paragraph's length."""
    if region is None:
        return len(block) >= BODY_MIN_CHARS
    element = elements.get(block)
    return element is not None and in_box(element, region)


def opening_points(
    blocks: Sequence[str], elements: Mapping[str, etree._Element], links: Collection[str] = ()
) -> list[consensus.Insertion]:
    """The key points a story opens with, set as a list right before its body, each item to
    insert before the first block the text has of the body.

    A story may sum itself up in a few bullet points between its headline and its first
    paragraph ("Elf Modelle sind empfehlenswert", "Dean Henderson has impressed while on loan").
    trafilatura keeps them where the markup names the article's container; its last resort on
    a page whose markup names nothing takes the paragraphs only, and :func:`missing_items`
    restores what stands between two blocks the text has, :func:`opening_prose` only prose.
    The list is the last one before the body's first block in the page (the first the text has
    inside :func:`body_region`), with at most :data:`OPENING_GAP_MAX_CHARS` of text between
    them (a picture's caption, a byline, a date), read up to :data:`OPENING_LEVELS` levels
    above that block. It has :data:`POINTS_MIN_ITEMS` to :data:`POINTS_MAX_ITEMS` items, each
    a line of :data:`POINT_MIN_WORDS` words or more without a link, a picture or a block in
    it: a share bar, a list of tags or teasers, a gallery's captions and a product's short
    attributes ("süß", "USA") are not. Nothing the text holds already comes back."""
    region = body_region(elements)
    if region is None:
        return []
    known = set(elements.values())
    first = next((element for element in region.iter() if element in known), None)
    if first is None:
        return []
    anchor = next((block for block, element in elements.items() if element is first), None)
    if anchor is None or anchor not in blocks:
        return []
    points = _points_before(first)
    if not points:
        return []
    compact = spaceless("".join(blocks))
    if any(point in links or spaceless(point) in compact for point in points):
        return []
    at = blocks.index(anchor) - 1
    return [consensus.Insertion(at, point) for point in points]


def _points_before(first: etree._Element) -> list[str]:
    """The items of the list of key points right before ``first`` (:func:`opening_points`),
    empty when the page shows something else there."""
    gap = 0
    for element in _backwards(first):
        # A list: the key points, or a share bar's or a byline's list, passed over as any
        # other short text.
        if element.tag in _LISTS:
            points = _points(element)
            if points:
                return points
        gap += shown_length(element)
        if gap > OPENING_GAP_MAX_CHARS:
            return []
    return []


def _backwards(first: etree._Element) -> Iterator[etree._Element]:
    """The page's blocks before ``first``, nearest first, read up to :data:`OPENING_LEVELS`
    levels above it: a box is read from its end, a list, a paragraph or a heading whole."""
    node = first
    for _ in range(OPENING_LEVELS + 1):
        for sibling in node.itersiblings(preceding=True):
            yield from _from_end(sibling)
        parent = node.getparent()
        if parent is None:
            return
        node = parent


def _from_end(element: etree._Element) -> Iterator[etree._Element]:
    """``element``'s blocks from its end: itself when it is a list, a paragraph, a heading or
    holds no element; a script's or a style sheet's text is none the page shows."""
    if not isinstance(element.tag, str) or element.tag in UNSHOWN:
        return
    if element.tag in _LISTS or element.tag in _UNITS or not len(element):
        yield element
        return
    for child in reversed(element):
        yield from _from_end(child)


def _points(listing: etree._Element) -> list[str]:
    """The items of ``listing`` when it reads as a story's key points, else empty. An item
    that is all the text of its link is the site's promotion set among them ("Here's how to
    help"), left out; the list's links hold less than :data:`LIST_LINK_SHARE` of its text."""
    items = list(listing.iterchildren("li"))
    if not items or len(items) > POINTS_MAX_ITEMS:
        return []
    if _linked(listing) and _link_share(listing) >= LIST_LINK_SHARE:
        return []
    points = []
    for item in items:
        text = element_text(item)
        if _linked(item) and _link_share(item) == 1:
            continue
        if len(text.split()) < POINT_MIN_WORDS or not _a_line(item):
            return []
        points.append(text)
    return points if len(points) >= POINTS_MIN_ITEMS else []
