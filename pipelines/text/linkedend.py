"""Where the text ends on the site's links: the blocks after the story's last one that are
links to the site's own pages and little else.

A story's paragraphs are its own sentences, with a link inside one at most; the blocks a page
sets under the story, which the extraction sometimes takes with it, are the site's: a link to
the section ("Local News") or the archive, a comment counter, a row of the footer's menu, a
login or "more" button. Their words differ on every site and in every language; their form
does not. Such a block is (almost) all link text, it is no sentence, and its links lead to
the site's own pages. The rules for lists of links (:mod:`pipelines.text.teasercards`,
:mod:`pipelines.text.labelled`) read a run of them or a label over them; a single linked line
under the story, or a few, escaped them.

So the text's closing blocks are read from the last one back, and each such block goes, up to
the first that is not one: the story's last paragraph stops the run, and a linked line inside
the text (a source, a document) stays, as something of the story follows it. A text made only
of such blocks keeps them (there is no story to end). Each test below keeps a line a story may
close on:

- at least :data:`LINKED_SHARE` of the block's text is link text: a credit line that links
  its shop or magazine holds less;
- no sentence (closed by ".", "!", "?", "…"): a story may link a whole sentence of its own,
  a reader's question or "read this in Turkish here" (dev half A labels three such sentences
  as the story's);
- every link of it stays on the page's site (a relative address, the page's host or one of
  its domain) and none is a document: a link to another site (an event's page elsewhere) or
  to a file (a report as PDF) is the story's reference, which dev half A labels as the
  story's too (a call to an event's page on a social network);
- a block of one link is shorter than a headline (:data:`pipelines.text.page.HREF_MIN_WORDS`
  words): a button's or a section's label; a linked phrase of a headline's length is a call
  the story makes or a teaser, which the rules for teasers judge. A row of several links (a
  menu's) may be longer;
- it holds none of the authors' names: a credit linked to its author's page is the story's.

A block that no element holds alone (a link set inline after a line of text) is read by the
first link whose text it is.

Where the extraction keeps such lines is a page that names few of its boxes: on dev half A
(realpages/A and datesA/labelled) the rule takes, as they are, a section's "Local News", a
comment counter's "0" and a footer's row of menu links (two pages of one site); under
``--plain-markup tags`` also an archive's name; under ``--plain-markup classes`` also "More
Information", a login link, a blog's label link and its feed link. No must-keep snippet, no
expected body item; the must-drop snippets it takes are none (the labels name none of these
lines). On datesA/fresh-tune and metadev/A, not read for the rule, it takes nothing. Two
first versions lost a must-keep snippet of a held-out page (realpages/B, as they are and
under ``tags``; which one was not read): the link share alone, and the share with the
sentence and the site tests. Not at the text's other end: there the same form is a story's
opening sentence that links its source (two must-keep snippets of dev half A).

Other stories' cards the text ends on (:func:`closing_cards`) are read the same way, from the
last block back: a card's blurb is a paragraph, a sentence or more, which the test above keeps,
but the whole of it is a link (or inside one) to another page of the site, and the page links
that page again from a headline or a picture: a card links its story twice. A story links a
phrase or a sentence, never a paragraph of its own that the page also sets as a headline. On
dev half A (round 62) it takes, as the pages are, an advertorial's card under a story (its
headline, a must-drop snippet, and its blurb, on datesA/fresh-held) and one block of a realpages/A
page (no snippet labelled); under ``--plain-markup classes`` one block more on datesB/tune.
No must-keep snippet and no expected body item goes; no held-out figure moves.

Pure functions of the parsed tree and strings.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree

from pipelines.text.page import (
    DOCUMENT_RE,
    HREF_MIN_WORDS,
    element_text,
    loose_key,
    same_site,
    unmarked,
)

# A block is the site's link when at least this share of its element's text is link text.
# A credit line under a post that links its shop or its magazine holds 60 % or less (dev half
# A); a section's or a menu's link and a button holds all of it, a footer's row of links with
# its separators 92 % or more.
LINKED_SHARE = 0.8
# A sentence's close, a closing quote or bracket after it allowed.
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”»)\]]?$")
# The text of links, a link inside a link (which parsers nest) once.
_LINK_TEXT = etree.XPath("descendant-or-self::a[not(ancestor::a)]//text()")


def _link_share(element: etree._Element) -> float:
    """The share of ``element``'s text (whitespace collapsed) that is the text of its links."""
    text = element_text(element)
    if not text:
        return 0.0
    linked = sum(len(" ".join(t.split())) for t in _LINK_TEXT(element))
    return linked / len(text)


def own_page(href: str, url: str) -> bool:
    """``href`` (a link on the page at ``url``) leads to a page of the same site: relative, or
    on the page's host or a host of its domain (with or without "www."); no document file."""
    try:
        target, page = urlsplit(href.strip()), urlsplit(url)
    except ValueError:
        return False
    if target.scheme not in ("", "http", "https") or DOCUMENT_RE.search(target.path):
        return False
    return not target.netloc or same_site(target.hostname or "", page.hostname or "")


def _site_link(block: str, element: etree._Element, url: str) -> bool:
    """``element`` (``block``'s) is mostly the text of links that all lead to the site's own
    pages: a row of several (a menu's), or one shorter than a headline (a button's label)."""
    anchors = [a for a in element.iter("a") if element_text(a)]
    if not anchors or (len(anchors) == 1 and len(block.split()) >= HREF_MIN_WORDS):
        return False
    return (
        all(own_page(a.get("href") or "", url) for a in anchors)
        and _link_share(element) >= LINKED_SHARE
    )


def _target(href: str, url: str) -> str | None:
    """The page ``href`` (a link on the page at ``url``) leads to, as an absolute address
    without its fragment, when that is another page of the site; None otherwise."""
    href = href.strip()
    if not href or not own_page(href, url):
        return None
    target = urldefrag(urljoin(url, href))[0].rstrip("/")
    return None if target == urldefrag(url)[0].rstrip("/") else target


def _card_target(element: etree._Element, url: str) -> tuple[str, etree._Element] | None:
    """Where ``element`` links as a whole, when that is another page of the site, with the
    link: the link around it (a blurb set inside its card's link), or its one link when at
    least :data:`LINKED_SHARE` of its text is link text. None otherwise: a block of the
    story's own words, links to several pages, another site, or the page itself."""
    link = next(element.iterancestors("a"), None)
    if link is None:
        links = [a for a in element.iter("a") if element_text(a)]
        if len({a.get("href") for a in links}) != 1 or _link_share(element) < LINKED_SHARE:
            return None
        link = links[0]
    target = _target(link.get("href") or "", url)
    return None if target is None else (target, link)


def closing_links(
    tree: etree._Element,
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    url: str,
    names: Collection[str] = (),
) -> list[str]:
    """The blocks that end ``blocks`` (the text after the line rules) and are links to the
    site's own pages, no sentence, last first, up to the first that is not; none when every
    block is.

    ``elements``: each block's element (:func:`pipelines.text.templates.block_elements`);
    ``url``: the page's address, which tells the site's links from the others; ``names``: the
    authors' names, whose credit (a name linked to its author's page) is the story's."""
    keys = [loose_key(name) for name in names if loose_key(name)]
    anchors: dict[str, etree._Element] | None = None
    out: list[str] = []
    for block in reversed(blocks):
        if _SENTENCE_END_RE.search(block) or any(key in loose_key(block) for key in keys):
            break
        element = elements.get(block)
        if element is None:
            if anchors is None:
                anchors = {}
                for a in tree.iter("a"):
                    anchors.setdefault(element_text(a), a)
            element = anchors.get(unmarked(block))
        if element is None or not _site_link(unmarked(block), element, url):
            break
        out.append(block)
    return out if len(out) < len(blocks) else []


def closing_cards(
    tree: etree._Element,
    elements: Mapping[str, etree._Element],
    blocks: Sequence[str],
    url: str,
) -> list[str]:
    """The blocks of other stories' cards that end ``blocks``, last first, up to the first
    block that is none; none when every block is one.

    A card links its story's page twice or more: from its headline and from its blurb or its
    picture. So a block is a card's when it is linked as a whole to another page of the site
    (inside the link, or all link text: :func:`_card_target`) and the page links that page
    again, outside the block, from a headline (:data:`HREF_MIN_WORDS` words or more) or a
    picture. A story links a phrase or a sentence to another page, never a paragraph of its
    own that the page also sets as a headline; :func:`closing_links` stops at a blurb, a
    sentence, or a linked phrase of a headline's length, and the teaser rules read a card by
    its heading's markup, which may leave its blurb behind."""
    index: dict[str, list[etree._Element]] | None = None
    out: list[str] = []
    for block in reversed(blocks):
        element = elements.get(block)
        found = None if element is None else _card_target(element, url)
        if found is None:
            break
        target, link = found
        if index is None:
            index = {}
            for a in tree.iter("a"):
                if (page := _target(a.get("href") or "", url)) is not None:
                    index.setdefault(page, []).append(a)
        others = [a for a in index.get(target, ()) if a is not link and not _inside(a, element)]
        if not any(
            len(element_text(a).split()) >= HREF_MIN_WORDS or next(a.iter("img"), None) is not None
            for a in others
        ):
            break
        out.append(block)
    return out if len(out) < len(blocks) else []


def _inside(node: etree._Element, element: etree._Element) -> bool:
    """Whether ``node`` is ``element`` or one of its descendants."""
    return node is element or any(parent is element for parent in node.iterancestors())
