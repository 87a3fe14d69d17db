"""Where the article ends: the page's furniture after its body, told by structure alone.

Without class names to go by (hashed CSS-in-JS names, older markup, or none), trafilatura often
takes a wide cut of the page, and what it brings past the article is the site's own furniture:
the publisher's one-line description, a subscription pitch, a copyright and imprint line, a
"Powered by" credit, a last related headline. Their words differ on every site; their place
does not. They stand outside the element that holds the body's paragraphs, after it, and the
page shows a stretch of menus, teaser lists and share bars between the body and them, which
the extraction left out.

So the rule reads the body's container (the element with most of the text's paragraphs as
children, with the chunks an advertisement cuts it into: :func:`pipelines.text.inbody.body` and
:func:`pipelines.text.inbody.chunks`; on a page built of components, each paragraph in a box of
its own, the element holding the boxes: round 36, one datesA page under ``classes`` loses its
press council's line and slogan, no other text of half A changes) and, after the last block of
the text inside it, looks for the first block that sits outside it, after it in the page, and
follows a stretch of the page's text the extraction left out (since the block before it) of at
least :data:`GAP_MIN_CHARS` characters, :data:`GAP_LINK_SHARE` of them link text (or
:data:`GAP_MIN_LINKS` links or more, one every :data:`GAP_CHARS_PER_LINK` characters: teaser
cards link their headlines, not their blurbs and dates; round 37, under ``classes`` one datesA
page loses a login pitch and a newsletter box after three cards and three sponsored reports,
another a related story's blurb after a thread of comments; as they are and under ``tags`` no
text changes): the page went on to its menus and teasers there. That block and every one after
it are dropped, provided none of them is :data:`PROSE_MIN_CHARS` long or more (a thread of
readers' comments holds paragraphs of prose; a footer's lines are short), or only one is and
the stretch holds :data:`PROSE_GAP_MIN_CHARS` characters or more: one box of the site's own
prose (its description, a comment policy, a disclaimer) beyond its menus and teaser lists.
A block's prose is its text beside its element's links (:func:`_prose_blocks`): a footer's line
of legal links after the publisher's address is long only by them (round 39, dev half A under
``classes``: two datesA pages lose a licence line, such a line of links, a network's
description and its rights notice after a short menu; as they are and under ``tags`` no text
changes).
Round 36, dev half A, as they are and under ``tags`` no text changes; under ``classes`` three
datesA pages lose such a box and all it leaked (a comment policy, a network's copyright notice
under a countdown widget, a campaign's description), three realpages a promotion, a newsletter
box and a lone reader's comment after a job list; no expected text goes.

A line of a ``<br>``-broken paragraph, which no element holds alone, is placed by the element
that holds it (:func:`pipelines.text.page.holder_after`): counted as left-out text, a
donation pitch set so hid the links before it (on dev half A without class names this cut
blocks under four more pages' bodies: a donation pitch with the publisher's address, an
office address, a licence and "Powered by" line, a photo-rights note; no expected text).

Two limits keep it from cutting an article's own end:

- An article may go on after a box of links its CMS set inside it (its last short
  paragraphs, a signature, a correction note). A block after the container that sits in the
  article's own box goes on with the article, and the search for the furniture starts after
  the last such block (:func:`_continues`): the element holding it and the container is at
  most :data:`NEAR_LEVELS` levels above the container, and the block either close under that
  element or a sentence of the article's language (:func:`_sentence`: ending punctuation, six
  words or more, a quarter of them words of the body). A site's footer, newsletter box and
  tag list sit in the page's frame, further from the body.
- It is the fallback where the markup names nothing: the container, the blocks it would cut
  and every element between them and the element holding both carry no class or id but
  made-up ones (:func:`machine_made`: ``css-1x2y3z``, ``sc-aXb``, ``_3kd9f``). Where the
  page names its boxes, the rules that read class names decide, and the rule does nothing.

It reads no word list: its only words are the body's own, to tell the article's language.

Measured on dev half A (129 pages) against the text before it, page by page: as they are and
with HTML5's elements renamed (``benchmarks/text_quality.py --plain-markup tags``) no page's
text changes (their boxes carry readable names); with every class and id taken out
(``--plain-markup classes``) 35 blocks go on 21 pages, all the site's furniture: the site's
description under the body, "Kennen Sie schon unsere PLUS-Inhalte?", "Die WELT als ePaper
...", a publisher's imprint and copyright, "Powered by WordPress VIP", licence notes,
newsletter and donation prompts, "Kommentare sind geschlossen.", readers' comments. No
expected paragraph and no must-keep snippet goes. Left as they are: a stretch after the body
with little link text (an "about us" page going on in boxes of its own: 7 % link text), a
text that goes on with long paragraphs, furniture set in the article's own box (a donation
pitch two levels from the body that reads as a sentence), and the blocks before the body (a
standfirst often stands beyond a share bar, as furniture does).

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from lxml import etree

from pipelines.text import inbody
from pipelines.text.page import (
    children_on_the_way,
    element_text,
    holder_after,
    precedes,
    shown_length,
    unmarked,
)

# The stretch of page text left out before the block: at least this many characters (a
# photo credit, a date or a share button's label is less) ...
GAP_MIN_CHARS = 100
# ... and at least this share of them the text of links: menus, teaser lists, tag clouds. A
# page that goes on with boxes of its own text (an "about us" page: 7 % link text on dev
# half A) is not left there. On dev half A the stretches before a footer held 31 % to 88 %.
GAP_LINK_SHARE = 0.3
# ... or at least this many links, one every GAP_CHARS_PER_LINK characters or more often: a
# list of teaser cards, each a linked headline over a blurb and a date the card does not link,
# holds a link for every card but little of its text in them (round 37, dev half A without
# class names: three cards and three sponsored reports after the body, 13 links in 2,589
# characters, 15 % of them link text). The "about us" page above shows at most 3 links in
# 159 to 741 characters; a story's own box of related links holds a few.
GAP_MIN_LINKS = 10
GAP_CHARS_PER_LINK = 250
# Every block from the cut on is shorter than this: the prose the second opinion restores
# is at least 100 characters (:data:`pipelines.text.consensus.INSERT_MIN_CHARS`); a paragraph
# of 200 or more is a comment or the article going on, and then nothing is cut ...
PROSE_MIN_CHARS = 200
# ... but for one such block after a stretch of at least this many characters: a box of the
# site's own prose (its description, a comment policy, a disclaimer, a network's copyright
# notice) beyond its menus and teaser lists. Two paragraphs or more are a thread of comments
# (which a page may count as its text) or the article going on; one after a shorter stretch
# may be the article's next paragraph beyond an embedded post (on dev half A without class
# names: 100 characters of left-out text, 69 % of them links; the site's boxes stood 780 to
# 1300 characters after the body).
PROSE_GAP_MIN_CHARS = 300
# A block after the body goes on with the article when the element holding it and the body's
# container is at most this many levels above the container (and the block close under it).
NEAR_LEVELS = 2
# A block after the body is the article's sentence when it holds this many words or more ...
SENTENCE_MIN_WORDS = 6
# ... and at least this share of them are words of the body's text: on dev half A's expected
# bodies, 96 % of the short paragraphs that end as sentences share a quarter of their words
# with the rest of the body (90 % share 0.4).
LANGUAGE_SHARE = 0.25
# A block ending as a sentence does: a full stop, a question, an exclamation (also the wide
# forms of Chinese and Japanese), with closing quotes or brackets after it.
SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")
_WORDS = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+"
)
_SEGMENTS = re.compile(r"[-_:]+")
_LETTERS_DIGITS = re.compile(r"[^\W\d_]+|\d+")
_PIECES = re.compile(r"[^\W\d_][^\W\d_A-Z]*")
_VOWELS = re.compile(r"[aeiouyAEIOUY]")
_LINK_TEXT = etree.XPath("descendant-or-self::a//text()", smart_strings=False)
_LINKS_WITH_TEXT = etree.XPath("count(descendant-or-self::a[normalize-space()])")


def after_body(
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    region: etree._Element | None,
) -> set[str]:
    """The blocks of the text (``blocks``, in order) that are the page's furniture after the
    article's body. ``elements``: each block with the element that holds it
    (:func:`pipelines.text.templates.block_elements`); a block without one (trafilatura
    split or joined it) is placed by its neighbours. ``region``: the element holding the body
    (:func:`pipelines.text.inbody.body_region` of ``elements``), read once per page by the
    caller for this rule and :func:`pipelines.text.authorbox.author_box_notes`."""
    if region is None:
        # A page of components wraps each paragraph in a box: the boxes' element holds it.
        region = inbody.body(elements, wrapped=True)
    if region is None:
        return set()
    # Each ancestor of the region with its child on the way down: one walk up from a block's
    # element tells whether it lies inside the region, before it or after it.
    below = children_on_the_way(region)
    last = None
    for at in range(len(blocks) - 1, -1, -1):
        element = elements.get(blocks[at])
        if element is not None and _place(element, region, below) == 0:
            last = at
            break
    if last is None:
        return set()
    places = {
        at: _place(elements[blocks[at]], region, below)
        for at in range(last + 1, len(blocks))
        if blocks[at] in elements
    }
    # The article may go on past its container, after a box of links (its last short
    # paragraphs, a signature, a correction note): the furniture starts after the last block
    # that continues it, never before.
    rank = {ancestor: at for at, ancestor in enumerate(below)}
    body = " ".join(blocks[: last + 1])
    start = last
    for at in range(len(blocks) - 1, last, -1):
        if places.get(at) == 1 and _continues(blocks[at], elements[blocks[at]], rank, body):
            start = at
            break
    previous = None
    for at in range(start, -1, -1):
        if blocks[at] in elements:
            previous = elements[blocks[at]]
            break
    if previous is None:
        return set()
    for at in range(start + 1, len(blocks)):
        element = elements.get(blocks[at])
        place = places.get(at)
        if element is None:
            # A line of a ``<br>``-broken paragraph (a donation pitch, an address) has no
            # element of its own: it is placed by the element that holds it, else the stretch
            # before the next block would count its text as left out.
            element = _line_holder(blocks[at], previous)
            if element is None:
                continue
            place = _place(element, region, below)
        stretch = _left_out_links(previous, element) if place == 1 else 0
        if stretch:
            tail = blocks[at:]
            prose = _prose_blocks(tail, elements, element)
            if prose > 1 or (prose and stretch < PROSE_GAP_MIN_CHARS):
                return set()
            held = [element, *(elements[block] for block in tail if block in elements)]
            return set(tail) if _unnamed(region, held, rank) else set()
        previous = element
    return set()


def _prose_blocks(
    tail: Sequence[str], elements: Mapping[str, etree._Element], first: etree._Element
) -> int:
    """How many blocks of ``tail`` hold :data:`PROSE_MIN_CHARS` characters or more beside
    the text of their element's links: a reader's comment is prose with a linked name at
    most, a footer's line of links ("Imprint ~ Privacy Policy ~ Do Not Sell My Personal
    Information ~ Terms of Service") is long only by its links. ``first``: the element of
    the tail's first block; a line of a ``<br>``-broken paragraph is read in the element
    that holds it (:func:`_line_holder`), as :func:`after_body` places it."""
    count = 0
    element: etree._Element | None = first
    for block in tail:
        if len(block) < PROSE_MIN_CHARS:
            continue
        if block in elements:
            element = elements[block]
        elif element is not None:
            element = _line_holder(block, element)
        linked = 0
        if element is not None:
            linked = sum(len(t) for a in element.iter("a") if (t := element_text(a)) in block)
        count += len(block) - linked >= PROSE_MIN_CHARS
    return count


def _line_holder(block: str, previous: etree._Element) -> etree._Element | None:
    """The element of ``block``, a line of a ``<br>``-broken paragraph that no element holds
    alone: ``previous`` (the element of the block before it) where that holds the line, as it
    does for the paragraph's next lines, else the element after it that does
    (:func:`pipelines.text.page.holder_after`)."""
    line = unmarked(block)
    return previous if line in element_text(previous) else holder_after(line, previous)


def machine_made(token: str) -> bool:
    """Whether a class or id token is a name a program made up, which no rule reading class
    names can read: no piece of it is a word (:func:`_word_piece`). The pieces are its
    letters, split at ``-``, ``_`` and ``:`` and where lower case turns upper
    (``articleBody``: "article", "Body"); a segment that mixes letters and digits more than
    once (``1x2y3z``, ``3kd9f``, ``e1abc2d0``) is a hash, and its letters are no pieces.
    ``css-1x2y3z``, ``sc-aXb``, ``_3kd9f`` and ``jsx-2871234567`` are made up;
    ``entry-content``, ``articleBody``, ``post-1234`` and ``col-md-6`` are not."""
    for segment in _SEGMENTS.split(token):
        if len(_LETTERS_DIGITS.findall(segment)) > 2:
            continue
        if any(map(_word_piece, _PIECES.findall(segment))):
            return False
    return True


def _word_piece(piece: str) -> bool:
    """Three letters or more with a vowel, or three letters or more of a script beyond ASCII
    (generated names are ASCII): what a reader could take for a word or its abbreviation."""
    return len(piece) >= 3 and (not piece.isascii() or _VOWELS.search(piece) is not None)


def _named(element: etree._Element) -> bool:
    """Whether the element carries a class or id a rule could read (not only made-up ones)."""
    marks = f"{element.get('class') or ''} {element.get('id') or ''}".split()
    return not all(map(machine_made, marks))


def _unnamed(
    region: etree._Element,
    tail: Sequence[etree._Element],
    rank: Mapping[etree._Element, int],
) -> bool:
    """Whether the body's container and the blocks to cut, with every element between each
    and the element holding both, carry no readable class or id: where they do, the rules
    that read class names decide (the rule is the fallback where the markup names nothing).
    ``rank``: the region's ancestors, nearest first, each with how many levels above the
    region's parent it is."""
    top = -1
    for element in tail:
        node: etree._Element | None = element
        while node is not None and node not in rank:
            if _named(node):
                return False
            node = node.getparent()
        if node is not None:
            top = max(top, rank[node])
    return not any(_named(node) for node in (region, *list(rank)[:top]))


def _continues(
    block: str,
    element: etree._Element,
    rank: Mapping[etree._Element, int],
    body: str,
) -> bool:
    """Whether a block after the body's container goes on with the article rather than the
    site: it sits in the article's own box, the element holding it and the container at most
    :data:`NEAR_LEVELS` levels above the container, and either close under that element
    (:data:`NEAR_LEVELS` levels at most: the container's sibling box, where a CMS sets the
    paragraphs after an inserted box of links, a signature or a correction note) or reading
    as a sentence of the article's language (:func:`_sentence`). A site's footer, newsletter
    box or list of tags sits in the page's frame, levels away from the body.
    ``rank``: the container's ancestors, each with how many levels above its parent it is;
    ``body``: the text up to the last block inside the container."""
    for down, node in enumerate((element, *element.iterancestors())):
        if node in rank:
            if rank[node] >= NEAR_LEVELS:
                return False
            return down <= NEAR_LEVELS or _sentence(block, body)
    return False


def _sentence(block: str, body: str) -> bool:
    """Whether a block reads as a sentence of the article's language: it ends as a sentence
    does, holds :data:`SENTENCE_MIN_WORDS` words or more, and :data:`LANGUAGE_SHARE` of them
    are words of the body's own text (the small words of a language recur in every sentence
    of it). A footer's line is a name, a label, a copyright or a list of links."""
    if not SENTENCE_END.search(block):
        return False
    tokens = _tokens(block)
    if len(tokens) < SENTENCE_MIN_WORDS:
        return False
    words = _words(body)
    return sum(token in words for token in tokens) >= LANGUAGE_SHARE * len(tokens)


def _tokens(text: str) -> list[str]:
    """The words of a text, case-folded; each character of a script written without spaces
    (Chinese, Japanese) counts as one."""
    return _WORDS.findall(text.casefold())


@lru_cache(maxsize=1)
def _words(text: str) -> frozenset[str]:
    """The body's words, read once per page (and only where a block's place leaves the
    question open)."""
    return frozenset(_tokens(text))


def _place(
    element: etree._Element,
    region: etree._Element,
    below: Mapping[etree._Element, etree._Element],
) -> int:
    """0 when ``element`` lies inside ``region`` (or is it), 1 when it comes after it in the
    page, -1 before it or around it (a block that wraps the body is no footer). ``below``:
    the region's ancestors, each with its child that holds the region."""
    if element is region:
        return 0
    child = element
    for ancestor in element.iterancestors():
        if ancestor is region:
            return 0
        if ancestor in below:
            holding = below[ancestor]
            if holding is child:
                return -1  # the element holds the region
            return 1 if ancestor.index(holding) < ancestor.index(child) else -1
        child = ancestor
    return -1


def _left_out_links(previous: etree._Element, element: etree._Element) -> int:
    """The length of the page's text between the end of ``previous`` and the start of
    ``element`` (the stretch the extraction left out between two blocks it kept) when it
    holds at least :data:`GAP_MIN_CHARS` characters and reads as the page's links:
    :data:`GAP_LINK_SHARE` of them link text, or teaser cards (:func:`_teaser_links`); 0
    otherwise."""
    if not precedes(previous, element, holding=False):
        return 0
    chars, linked, links = _between(previous, element)
    if chars < GAP_MIN_CHARS:
        return 0
    return chars if linked >= GAP_LINK_SHARE * chars or _teaser_links(chars, links) else 0


def _teaser_links(chars: int, links: int) -> bool:
    """Whether a stretch of ``chars`` characters holding ``links`` links (each with text) is
    a list of teaser cards: :data:`GAP_MIN_LINKS` links or more, one every
    :data:`GAP_CHARS_PER_LINK` characters or more often. A card links its headline, not its
    blurb and date, so its link text is a small share of the stretch."""
    return links >= GAP_MIN_LINKS and chars <= GAP_CHARS_PER_LINK * links


def _between(first: etree._Element, second: etree._Element) -> tuple[int, int, int]:
    """Characters of text, of link text, and the number of links with text, after ``first``
    ends and before ``second`` starts (``first`` precedes ``second``; neither holds the
    other). Whole elements in between are measured in C
    (:func:`pipelines.text.page.text_length`); only the loose text beside them is read here."""
    path = {second, *second.iterancestors()}
    chars = linked = links = 0
    node = first
    while node is not None:
        chars += _loose(node.tail)
        for sibling in node.itersiblings():
            if sibling in path:
                more, more_linked, more_links = _before(sibling, second, path)
                return chars + more, linked + more_linked, links + more_links
            chars += shown_length(sibling) + _loose(sibling.tail)
            linked += _link_chars(sibling)
            links += _link_count(sibling)
        node = node.getparent()
    return chars, linked, links


def _before(
    box: etree._Element, second: etree._Element, path: set[etree._Element]
) -> tuple[int, int, int]:
    """Characters of text, of link text, and the number of links with text, inside ``box``
    before ``second`` starts (``path``: ``second`` and its ancestors)."""
    chars = linked = links = 0
    while box is not second:
        chars += _loose(box.text)
        for child in box:
            if child in path:
                box = child
                break
            chars += shown_length(child) + _loose(child.tail)
            linked += _link_chars(child)
            links += _link_count(child)
        else:
            break
    return chars, linked, links


def _link_chars(element: etree._Element) -> int:
    """The characters of the element's link text: its text nodes read in one call, as a box
    of links after the body (a footer, a menu) may hold hundreds of them."""
    if not isinstance(element.tag, str):
        return 0
    return sum(len(" ".join(text.split())) for text in _LINK_TEXT(element))


def _link_count(element: etree._Element) -> int:
    """How many links with text the element is or holds (an icon's empty link is none)."""
    if not isinstance(element.tag, str):
        return 0
    return int(_LINKS_WITH_TEXT(element))


def _loose(text: str | None) -> int:
    return len(" ".join(text.split())) if text else 0
