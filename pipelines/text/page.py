"""What the parsed page says about its own blocks: links, captions, bylines, lead, wall markup.

trafilatura returns paragraphs without their markup (its XML keeps links only when asked, and
asking changes the text it extracts). The decisions that need markup ("this block is entirely a
link", "this is a caption", "this is the standfirst") are made by looking the block's text up in
sets read here, once per page, from the same lxml tree that trafilatura is given.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import unicodedata
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from lxml import etree

from pipelines.text.headline import shows_key
from pipelines.text.structured import (
    HEADING_TAGS,
    LdJsonText,
    alnum_key,
    collapse,
    loose,
    read_ld_json,
    within,
)

# Class or id words of a standfirst. Matched against the whole attribute, case-insensitively,
# at word boundaries of CSS naming (``article__lead``, ``c-summary__intro``, ``leadText``).
_LEAD_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:lead|leadtext|lead-text|intro|introduction|standfirst|summary|dek|excerpt"
    r"|subtitle|subline|strapline|preface|abstract|vorspann|einleitung|teaser-?text|shorttext"
    r"|chapo|chapeau|entradilla|sottotitolo|epigraph|lede|description|article-desc)"
    r"(?:$|[\s_-]|text|__text)",
    re.I,
)
# The class words that mark an element as wall, byline or lead container. One alternation
# of literals without groups: Python's regex engine then scans it several times faster than a
# grouped or case-insensitive pattern (2 against 4-6 ms a page over every class attribute).
_MARK_KINDS = {
    "wall": "paywall pay-wall piano regwall access-wall subscriber premium-content locked metered",
    "byline": "byline author autor credit copyright caption bildunterschrift",
    "lead": "lead intro standfirst summary dek excerpt subtitle subline strapline preface"
    " abstract vorspann einleitung teaser shorttext chapo chapeau entradilla sottotitolo"
    " epigraph lede desc",
    "box": "infobox info-box factbox fact-box infokasten",
}
_KIND_OF = {word: kind for kind, words in _MARK_KINDS.items() for word in words.split()}
_MARKS_RE = re.compile("|".join(sorted(map(re.escape, _KIND_OF), key=len, reverse=True)))
# The elements a standfirst the page classes as such is set in: a paragraph or a box of its
# own (``<p class="lead">``, ``<div class="intro">``, ``<section class="article-lead">``), a
# subheading (``<h2 class="dek">``, ``<h3 class="subtitle">``) or a run of text
# (``<span class="standfirst">``). Not a ``<header>`` (it holds the headline too), a figure's
# parts (a caption), a list, a link or a table.
_LEAD_TAGS = frozenset({"p", "div", "section", "h2", "h3", "span"})
# Containers whose text is never the article's lead: navigation, page footer, sidebars, forms.
_NOT_LEAD = frozenset({"a", "nav", "footer", "aside", "form", "li", "button", "figcaption"})
_FREE_RE = re.compile(r"[\"']isAccessibleForFree[\"']\s*:\s*[\"']?(false|true)", re.I)
# A link this long (headline, date and blurb in one <a>) is a teaser card.
CARD_MIN_WORDS = 10
# Link texts of this many words or more have their href kept: a headline's length.
HREF_MIN_WORDS = 4
# A link's path to a file, not a page: a document the story links as its source (a report as
# PDF, a table) is the story's, not the site's furniture.
DOCUMENT_RE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|csv|zip)$", re.IGNORECASE)
LEAD_MIN_CHARS = 40
# The rendered description holds at least this much of the description's opening.
_DESCRIPTION_MATCH_CHARS = 60
# A dateline before the rendered description ("Berlin. ", "PARIS (AFP) – "): short, closed by
# a full stop, colon, dash or parenthesis.
_DATELINE_RE = re.compile(r"^[^.:]{2,30}(?:[.:]|\)?\s?[–—-])$")
LEAD_MAX_CHARS = 1200
# A standfirst candidate whose links hold this share of its text is a box of teasers.
_LEAD_LINKED_SHARE = 0.5
# A wall's pitch box is small; an element this long classed "paywall" holds the article (the
# part shown before the wall).
WALL_BOX_MAX_CHARS = 1000
# An image's alt text this long describes the picture; shorter ones are names and labels
# ("Logo", "Foto: dpa") that a short body line may equal.
_ALT_MIN_WORDS = 4


# libxml2 concatenates an element's text in C, several times faster than joining itertext().
# A plain str: lxml's default "smart" result is a second string built around the first, which
# nothing here reads (element_text runs for every block element and link of a page).
_STRING = etree.XPath("string()", smart_strings=False)


def element_text(element: etree._Element) -> str:
    """All text of ``element``, whitespace-collapsed as :func:`flat` does."""
    if not len(element):
        # No child nodes: its text is all there is (most links and paragraphs), and reading
        # it costs a fraction of an XPath call.
        return flat(element.text or "")
    return flat(str(_STRING(element)))


class PageHeadings:
    """The page's ``<h1>``-``<h6>`` by the text they show, read on the first lookup: where the
    rules look for the element of a block put back after the blocks' elements were read (a
    heading that :mod:`pipelines.text.inbody` restores between the paragraphs)."""

    def __init__(self, tree: etree._Element) -> None:
        self._tree = tree
        self._by_text: dict[str, etree._Element] | None = None

    def get(self, text: str) -> etree._Element | None:
        """The first heading showing exactly ``text``, or None."""
        if self._by_text is None:
            self._by_text = {}
            for heading in self._tree.iter(*HEADING_TAGS):
                self._by_text.setdefault(element_text(heading), heading)
        return self._by_text.get(text)


_LENGTH = etree.XPath("string-length(normalize-space())")


def text_length(element: etree._Element) -> int:
    """The length of the text of ``element`` with its whitespace collapsed, counted in C
    without building the string: a bound to check before reading a container's text."""
    return int(_LENGTH(element))


def children_on_the_way(element: etree._Element) -> dict[etree._Element, etree._Element]:
    """Each ancestor of ``element``, nearest first, with its child that holds ``element``: one
    walk up tells, for any other element, under which ancestor the two part and in what order."""
    below: dict[etree._Element, etree._Element] = {}
    child = element
    for ancestor in element.iterancestors():
        below[ancestor] = child
        child = ancestor
    return below


def in_box(element: etree._Element, box: etree._Element) -> bool:
    """Whether ``element`` is ``box`` or stands inside it: the body's container and the boxes
    around a block are asked about by identity, as lxml hands out one proxy per node."""
    return element is box or any(a is box for a in element.iterancestors())


def precedes(first: etree._Element, second: etree._Element, *, holding: bool) -> bool:
    """Whether ``first`` starts before ``second`` in the page: compared under their closest
    common ancestor, by the places of the children that hold each. ``holding``: the answer
    where ``first`` holds ``second`` (it starts first, but a box around a block is no block
    before it for a reader who asks what the page sets ahead)."""
    below = children_on_the_way(first)
    child = second
    for ancestor in second.iterancestors():
        if ancestor is first:
            return holding
        if ancestor in below:
            return ancestor.index(below[ancestor]) < ancestor.index(child)
        child = ancestor
    return False


def holder_after(line: str, after: etree._Element) -> etree._Element | None:
    """The innermost element after ``after`` in the page (neither holding the other) whose
    text holds ``line``: the element of a line no element holds alone. None where the line
    spans elements (trafilatura joined their texts) or is not found after ``after``."""
    if not line:
        return None
    for node in (after, *after.iterancestors()):
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and line in element_text(sibling):
                return _innermost(line, sibling)
    return None


def _innermost(line: str, box: etree._Element) -> etree._Element:
    """The deepest element of ``box`` (or ``box``) whose text holds ``line``."""
    while True:
        inner = next((c for c in box if isinstance(c.tag, str) and line in element_text(c)), None)
        if inner is None:
            return box
        box = inner


# How trafilatura's text marks a list item: "- item".
ITEM_MARK = "- "


def unmarked(block: str) -> str:
    """A block of the text without trafilatura's list-item mark (:data:`ITEM_MARK`): the
    page's ``<li>`` holds the item's text alone."""
    return block.removeprefix(ITEM_MARK)


def flat(text: str) -> str:
    """Whitespace collapsed; zero-width characters and soft hyphens removed (:func:`collapse`).

    Composed (NFC): a page may write "ü" as "u" and a combining diaeresis, which looks the
    same but matches no search, marker rule or copy of the word written the usual way.
    """
    if text.isascii():
        # collapse()'s own path for ASCII, without its test for invisible characters: nothing
        # to compose or remove but a control character (element_text calls this for every link
        # and block element of a page).
        collapsed = " ".join(text.split())
        return collapsed if collapsed.isprintable() else collapse(collapsed)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return collapse(text)


def spaceless(text: str) -> str:
    """``text`` without any whitespace: the form in which a block is looked for in an element's
    text or in the text's other blocks. The extraction joins and breaks lines where the markup
    has a ``<br>`` or an inline tag, and the element's text spaces them otherwise, so only the
    characters themselves compare."""
    return "".join(text.split())


def same_site(host: str, own: str) -> bool:
    """``host`` (a link's) belongs to the site of ``own`` (the page's host): the same host, or
    one of its domain, with or without "www."."""
    host, own = host.removeprefix("www."), own.removeprefix("www.")
    return bool(own) and (host == own or host.endswith("." + own) or own.endswith("." + host))


def loose_key(text: str) -> str:
    """Compare key for headlines, titles and repeated lines: case, punctuation and spacing do
    not matter (a kicker in a ``<span>`` inside the ``<h1>`` reads without the space the
    extracted line has).

    The key of :func:`pipelines.text.structured.alnum_key`, built without a call per
    character: every block of every page is keyed for the line rules."""
    return alnum_key(text)


# The opening of a long text that :func:`loose_key_in` reads first.
_KEY_PROBE_CHARS = 64


def loose_key_in(text: str, keys: Collection[str]) -> bool:
    """Whether ``loose_key(text)`` is one of ``keys`` (short ones: headlines, names), reading
    only the opening of a long text where no key starts as it does.

    Case folding and the filter read character by character, so the key of a text is the key of
    its opening followed by the key of the rest: a key equal to the whole starts with the
    opening's. A body paragraph asked whether it is the author's name or the headline (most
    blocks of most pages) is so answered from its first words, not from every character."""
    if not keys:
        return False
    if len(text) > _KEY_PROBE_CHARS:
        head = loose_key(text[:_KEY_PROBE_CHARS])
        if not any(key.startswith(head) for key in keys):
            return False
    return loose_key(text) in keys


@dataclass
class PageSignals:
    """Block texts (whitespace-collapsed) that the markup classifies."""

    links: set[str] = field(default_factory=set)
    cards: list[str] = field(default_factory=list)  # long link texts: teaser cards
    # {link text: its first link's href} for link texts of a headline's length or more: where
    # a linked headline leads (another page of the site, a document, another site).
    hrefs: dict[str, str] = field(default_factory=dict)
    captions: set[str] = field(default_factory=set)
    # The alt texts of the page's images: a block that repeats one is the picture's caption.
    alts: set[str] = field(default_factory=set)
    bylines: set[str] = field(default_factory=set)
    headlines: set[str] = field(default_factory=set)  # loose keys of the <h1> texts
    lead_by_class: str | None = None
    # The element ``lead_by_class`` is set in (``"p"``, ``"section"``, ...): counted per kind.
    lead_class_tag: str | None = None
    lead_by_description: str | None = None
    # The prose block set right after the headline, in the headline's own box: the standfirst
    # of a page that marks it neither by class nor by a rendered description.
    lead_by_position: str | None = None
    # The heading that shows the page's title (:func:`article_headline`), None where none does.
    headline: etree._Element | None = None
    # The kicker link the headline's heading opens with ("Crime and Public Safety"), read
    # apart from the headline (:func:`heading_kicker`); None where it has none.
    headline_kicker: str | None = None
    wall_markup: bool = False
    # The texts of small boxes classed as a wall: the wall's own pitch ("Access the most recent
    # journalism", "Subscribe to read on"), not the article.
    wall_boxes: list[str] = field(default_factory=list)
    # The texts of fact boxes ("infobox", "factbox" classes): background set beside the
    # article (figures, a book's details, a document in full), not its paragraphs.
    info_boxes: list[str] = field(default_factory=list)
    accessible_for_free: bool | None = None
    # JSON-LD scripts that hold an ``articleBody``: parsed only when the extracted text is
    # short enough for the body to matter (:func:`article_body`).
    body_scripts: list[str] = field(default_factory=list)


_AUTHOR_BOX_RE = re.compile(r"author|byline|autor|bio\b|profile|teaser-list|related|comment")
# A picture's box: the description of an image in a gallery or carousel is its caption, however
# its class is named ("detail-img__description", "CarouselSlide-infoDescription"). CSS words.
_MEDIA_BOX_RE = re.compile(
    r"(?:^|[\s_-])(?:gallery|carousel\w*|slide|slides|slideshow|lightbox|img|image|photo|picture)"
    r"(?:$|[\s_-])",
    re.I,
)


def _excluded(element: etree._Element) -> bool:
    """Inside navigation, a footer, a link, a list; or inside an author box (a description
    can be the author's biography), a list of teasers or a picture's box (a gallery's image
    description). The classes of <body> describe the page ("has-comments", "author-archive"),
    not a box, and are not looked at."""
    if _in_media_box(element):
        return True
    for a in element.iterancestors():
        if a.tag in ("body", "html"):
            break
        if a.tag in _NOT_LEAD or _AUTHOR_BOX_RE.search(a.get("class", "").lower()):
            return True
    return False


def _in_media_box(element: etree._Element) -> bool:
    """In a figure or a picture's box, up to the article: the classes of <article> and
    <main> describe the page ("has-image"), not a box. A box that holds the page's headline
    is the article too (a page without <article> classes its <div> so): a picture's box
    has a caption, not the headline."""
    if _MEDIA_BOX_RE.search(element.get("class", "")):
        return True
    for a in element.iterancestors():
        if a.tag in ("article", "main", "body", "html"):
            return False
        if a.tag == "figure" or _MEDIA_BOX_RE.search(a.get("class", "")):
            return a.tag == "figure" or a.find(".//h1") is None
    return False


def _in_article(element: etree._Element, headline: etree._Element | None) -> bool:
    return (
        within(element, ("article", "main"))
        or _in_article_header(element, headline)
        or _under_headline(element, headline)
    )


def _in_article_header(element: etree._Element, headline: etree._Element | None) -> bool:
    """Inside a ``<header>`` that is the article's: one that holds the headline or comes
    after it. A ``<header>`` set before the headline without it, outside ``<article>`` and
    ``<main>``, is the site's banner: its row classed "subline" holds the site's slogan, not
    the story's standfirst (round 38, a datesA page of dev half A as it is). Where no heading
    shows the page's title, the headline is the page's ``<h1>``: a ``<header>`` without one,
    before one, is the banner."""
    header = next(element.iterancestors("header"), None)
    if header is None:
        return False
    if headline is None:
        return next(header.iter("h1"), None) is not None or not _FOLLOWING_H1_XP(header)
    if headline is header:
        return True
    return header in headline.iterancestors() or precedes(headline, header, holding=True)


# The standfirst and the headline share a box this close above the standfirst.
_HEADLINE_BOX_LEVELS = 3
_PRECEDING_H1_XP = etree.XPath("preceding::h1[1]")
_FOLLOWING_H1_XP = etree.XPath("boolean(following::h1)")
_PICTURE_XP = etree.XPath("boolean(.//img | .//picture | .//video)")


def _under_headline(element: etree._Element, headline: etree._Element | None) -> bool:
    """Set under the page's headline, in the box that holds both: the article's header as a
    page without ``<article>`` or ``<header>`` writes it (``<div><h1>…</h1><p class="lead">``).
    A box of teasers elsewhere on the page has no ``<h1>`` of its own above its excerpts.
    ``headline``: the heading that shows the page's title (:func:`article_headline`); where
    none does, the headline is the last ``<h1>``: one with another after it is the site's
    name, and the box beside it the site's motto. A box holding a picture is the lead
    picture's (a ``<figure>`` classed "lead" written as a ``<div>``), its text the caption."""
    if _PICTURE_XP(element):
        return False
    if headline is None:
        found = _PRECEDING_H1_XP(element)
        if not found or _FOLLOWING_H1_XP(element):
            return False
        headline = found[0]
    boxes = [
        box
        for box in itertools.islice(element.iterancestors(), _HEADLINE_BOX_LEVELS)
        if box.tag not in ("body", "html")
    ]
    for box in itertools.islice(headline.iterancestors(), _HEADLINE_BOX_LEVELS):
        if box in boxes:
            return _after(headline, element, box)
    return False


def _after(first: etree._Element, second: etree._Element, box: etree._Element) -> bool:
    """Whether ``second`` comes after ``first`` in ``box``, which holds both."""
    return _child_holding(box, first) < _child_holding(box, second)


def _child_holding(box: etree._Element, element: etree._Element) -> int:
    """The place in ``box`` of its child that is or holds ``element``."""
    while (parent := element.getparent()) is not box and parent is not None:
        element = parent
    return box.index(element)


# Containers a heading of the article's own is never in: links, navigation, sidebars, footers.
_NOT_HEADLINE = frozenset({"a", "nav", "aside", "footer", "figcaption", "button"})
# The first JSON-LD ``headline`` string of a script (most pages declare their article first).
_DECLARED_HEADLINE_RE = re.compile(r'"headline"\s*:\s*("(?:[^"\\]|\\.)*")')


def declared_headline(script: str) -> str | None:
    """The first ``headline`` a JSON-LD script declares, None when it holds none."""
    match = _DECLARED_HEADLINE_RE.search(script)
    if match is None:
        return None
    try:
        value = json.loads(match.group(1), strict=False)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def article_headline(
    h1s: Sequence[etree._Element], tree: etree._Element, titles: Sequence[str]
) -> etree._Element | None:
    """The heading that is the article's headline by its text, None where none shows a title.

    It shows one of ``titles`` (the page's title as its metadata gives it, then its JSON-LD
    headline: the first title a heading shows decides) and is none of the site's: not a link
    or in one, not in navigation, a sidebar or a footer, not an item of a list of links (a
    breadcrumb may end in the headline set as an ``<h1>``). Of such ``<h1>`` the last (a
    sticky bar may repeat the headline above it; a teaser's or a caption's ``<h1>`` after the
    article shows no title); where no ``<h1>`` shows a title, the one ``<h2>`` that does (an
    ``<hgroup>`` of kicker and headline under a breadcrumb's ``<h1>``, a theme that keeps
    ``<h1>`` for the site's name or a box's heading). Two such ``<h2>`` leave it unknown."""
    keys = [key for key in map(loose, titles) if key]
    if not keys:
        return None
    own = [(h, loose(_headline_words(h))) for h in h1s if _own_heading(h)]
    for key in keys:
        found = [h for h, shown in own if shows_key(shown, key)]
        if found:
            return found[-1]
    h2s = [(h, loose(_headline_words(h))) for h in tree.iter("h2")]
    for key in keys:
        found = [h for h, shown in h2s if shows_key(shown, key) and _own_heading(h)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


# A kicker link is a section's name ("Crime and Public Safety", "Politik"): this many words at most.
_KICKER_WORDS = 5
# Separators a kicker may end in or stand before the headline with ("Sport | Headline").
_KICKER_SEPARATORS = " |:·•»/–—-"
_KICKER_SPACE = _KICKER_SEPARATORS + "\n\t\r\xa0"
_TEXT_PIECES_XP = etree.XPath("descendant::text()")


def heading_kicker(heading: etree._Element) -> tuple[str, str] | None:
    """The kicker link a heading opens with and the headline after it, None where the heading
    holds no link or its links are more.

    Many themes write the section's name into the headline's heading as a link to the section's
    front ("<h1><a href="/news/crime/">Crime | </a><span>Headline</span></h1>"): the heading
    holds a link, yet it is the page's headline, read without the kicker. It is one where its
    links are only its first words (:data:`_KICKER_WORDS` at most) and words of its own follow
    outside them; a heading that is a link, sits in one, or whose links stand after or between
    its words is a teaser of another story, or the site's."""
    if next(heading.iterancestors("a"), None) is not None:
        return None
    kicker: list[str] = []
    rest: list[str] = []
    for piece in _TEXT_PIECES_XP(heading):
        words = piece.strip(_KICKER_SPACE)
        if not words:
            continue
        owner = piece.getparent() if not piece.is_tail else piece.getparent().getparent()
        if _in_link(owner, heading):
            if rest:
                return None  # a link after the heading's own words
            kicker.append(words)
        else:
            rest.append(piece)
    words = " ".join(kicker).split()
    if not rest or not words or len(words) > _KICKER_WORDS:
        return None
    if any(not a.get("href") for a in heading.iter("a")):
        return None
    return " ".join(words), flat("".join(rest)).lstrip(_KICKER_SPACE)


def _in_link(element: etree._Element | None, heading: etree._Element) -> bool:
    """Whether ``element`` (in ``heading``) is a link or in one."""
    while element is not None and element is not heading:
        if element.tag == "a":
            return True
        element = element.getparent()
    return False


def _headline_words(heading: etree._Element) -> str:
    """The heading's text as a headline: without the kicker link it opens with
    (:func:`heading_kicker`)."""
    if next(heading.iter("a"), None) is None:
        return element_text(heading)
    split = heading_kicker(heading)
    return element_text(heading) if split is None else split[1]


def _own_heading(heading: etree._Element) -> bool:
    """A heading of the page's own content: not a link (but for a kicker link it opens with,
    :func:`heading_kicker`), nor in the site's furniture or in a list of links
    (:func:`article_headline`)."""
    if _LINKED_XP(heading) and heading_kicker(heading) is None:
        return False
    for a in heading.iterancestors():
        if a.tag in _NOT_HEADLINE:
            return False
        if a.tag == "li":
            return not _in_link_list(a)
        if a.tag in ("body", "html"):
            break
    return True


def _in_link_list(item: etree._Element) -> bool:
    """Another item of ``item``'s list is one link and nothing else: a menu or a breadcrumb,
    not a list whose items are the page's columns (the article in one, a sidebar in the next).
    """
    parent = item.getparent()
    if parent is None:
        return False
    for other in parent:
        if other is item or other.tag != "li":
            continue
        links = other.findall(".//a")
        if len(links) == 1 and element_text(links[0]) == element_text(other) != "":
            return True
    return False


def _headline_box(heading: etree._Element) -> etree._Element:
    """The box the headline stands for among its siblings: the heading, or, where nothing
    follows it in its box and the box holds no more than a kicker besides (an ``<hgroup>``
    or its ``<div>``), that box."""
    box = heading
    for _ in range(2):
        if any(isinstance(e.tag, str) for e in box.itersiblings()):
            break
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if len(element_text(parent)) - len(element_text(box)) >= LEAD_MIN_CHARS:
            break
        box = parent
    return box


def _description_element(tree: etree._Element, description: str) -> str | None:
    """The text of the visible block that renders the page's description, if one does."""
    probe = flat(description)
    if len(probe) < LEAD_MIN_CHARS:
        return None
    # Descriptions are often cut with an ellipsis: look for their first words only, then make
    # sure the block renders more of it than a shared opening (a caption repeating the
    # description's first question is not the lead).
    head = probe[:32]
    whole = probe.rstrip(".…").rstrip()
    longer = whole[:_DESCRIPTION_MATCH_CHARS]
    body = tree.find("body")
    if body is None:
        return None
    for element in _description_holders(body, head):
        if element.tag in ("script", "style", "template", "noscript"):
            continue
        if _excluded(element) or element.tag in _NOT_LEAD or _picture_caption(element):
            continue
        text = element_text(element)
        at = text.find(longer)
        if at < 0 or (at and not _DATELINE_RE.match(text[:at].rstrip())):
            continue
        if element.tag in _INLINE and whole not in text:
            continue  # a bold opening of the paragraph that renders the description
        if LEAD_MIN_CHARS <= len(text) <= LEAD_MAX_CHARS:
            return text
    return None


def _picture_caption(element: etree._Element) -> bool:
    """Whether ``element`` is the caption of a picture in a box of their own: its box holds the
    picture's block (a picture and no text) and it, nothing else. The ``<figure>`` and
    ``<figcaption>`` of a page written with ``<div>`` (``--plain-markup``): a caption that
    repeats the description's opening is not the standfirst (round 37, the fresh pool: a
    header picture's caption under ``classes`` became the lead, its credit with it)."""
    box = element.getparent()
    if box is None:
        return False
    blocks = [child for child in box if isinstance(child.tag, str)]
    if len(blocks) != 2 or blocks[1] is not element:
        return False
    picture = blocks[0]
    return picture.tag in ("img", "picture") or (
        bool(_PICTURE_XP(picture)) and not element_text(picture)
    )


def _description_holders(body: etree._Element, head: str) -> Iterator[etree._Element]:
    """The blocks whose text holds ``head`` (a description's opening): the parents of the text
    nodes holding it, past inline markup (and the inline element itself where that block holds
    blocks), then the paragraphs holding it. A link or a bold
    word inside the description's opening splits it across text nodes ("In 2024, <a>Athena
    Advisers</a> recorded ..."): the paragraph's text still reads as one. The caller stops
    at the first block it accepts, so most pages never read the paragraphs.

    Each node is first asked for the longest word of ``head`` as it is: normalize-space()
    changes only runs of whitespace, so a text that holds ``head`` once normalized holds each
    of its words unchanged, and the cheaper test rules out most nodes before the page's every
    text is normalized (the same nodes either way; a tenth to a quarter less time)."""
    word = max(head.split(" "), key=len)
    for node in _TEXT_HOLDING_XP(body, s=head, w=word):
        holder = element = node.getparent()
        while element is not None and element.tag in _INLINE:
            element = element.getparent()
        if element is not None:
            yield element
        if holder is not element and holder is not None and _holds_blocks(element):
            # A box of blocks, the standfirst in a <span> of its own beside the byline's
            # <div>: the box is no standfirst (the caller's tests), the <span> may be.
            yield holder
    # Paragraphs only: a <div>'s text is every block inside it, and reading all of them would
    # cost more than the rest of this function.
    yield from _PARAGRAPH_HOLDING_XP(body, s=head, w=word)


def _holds_blocks(element: etree._Element | None) -> bool:
    """Whether ``element`` has a block element among its children (:data:`_BLOCK_CHILDREN`)."""
    return element is not None and any(
        isinstance(c.tag, str) and c.tag in _BLOCK_CHILDREN for c in element
    )


def _in_teaser_card(element: etree._Element) -> bool:
    """The excerpt of a teaser card: its parent or grandparent is a small box holding one
    other heading, and that heading is a link (or sits in one). A standfirst stands beside
    an unlinked headline."""
    ancestor = element
    for _ in range(2):
        ancestor = ancestor.getparent()
        if ancestor is None:
            return False
        headings = _HEADINGS_XP(ancestor)
        if len(headings) != 1 or len(element_text(ancestor)) > _CARD_MAX_CHARS:
            continue  # a card is small: one headline and its excerpt
        if _LINKED_XP(headings[0]) and element not in headings[0].iterancestors():
            return True
    return False


def _class_lead(
    candidates: list[etree._Element], headline: etree._Element | None
) -> tuple[str, str] | None:
    """The first standfirst-classed block inside the article or its header, not a card's: its
    text and its element's name (:data:`_LEAD_TAGS`).

    Round 49, dev half A: a standfirst in a ``<section>`` classed as the lead (a Polish page of
    the tune set, lead missing as it is) comes back as it is; a ``<section class="lead-story">``
    (a fresh-tune page: the top story's box, headline and byline in it) would have become the
    lead, and no box holding an ``<h1>`` is one now, which also takes a dated header box off a
    tune page. Under ``tags`` and ``classes`` no text of half A changes."""
    for element in candidates:
        if _excluded(element) or not _in_article(element, headline) or _in_teaser_card(element):
            continue
        # A container of several paragraphs is the article body, not its lead; one that holds
        # a page's headline is the story's box (a ``<section class="lead-story">``: the top
        # story, headline, byline and all).
        if len(element.xpath(".//p")) > 1 or next(element.iter("h1"), None) is not None:
            continue
        text = flat(_shown_string(element))
        if LEAD_MIN_CHARS <= len(text) <= LEAD_MAX_CHARS and not _mostly_links(element, text):
            return text, element.tag
    return None


# A standfirst follows the headline within this many sibling elements: a kicker, a date line or
# a share bar may sit between them.
_HEADLINE_SIBLINGS = 3
# A row of metadata beside the headline ("erstellt: 01. April 2025 | Kommentare: 0",
# "Published: 5 hours ago | Written by ..."), not a sentence: fields split by a separator.
_FIELD_SEPARATOR_RE = re.compile(r"[|•·]")
# A sibling of the headline with this much raw text (whitespace and all) is a box of the page:
# a standfirst is at most LEAD_MAX_CHARS, and this leaves room for the indenting of its markup.
_BOX_RAW_CHARS = 4 * LEAD_MAX_CHARS
# Block elements inside a <div> that make it a container of blocks rather than one block.
_BLOCK_CHILDREN = frozenset(
    {"div", "p", "ul", "ol", "table", "figure", "h2", "h3", "h4", "h5", "h6", "blockquote"}
)


def _position_lead(headline: etree._Element | None) -> str | None:
    """The first block of prose among the headline's next siblings: the standfirst as a page
    with no lead class (or none kept: hashed class names) writes it beside its ``<h1>``
    (``<div><h1>…</h1><p>…</p>``). ``headline``: the box of the article's headline
    (:func:`article_headline`, :func:`_headline_box`), else the page's last ``<h1>`` where it
    is no link and in no box a lead is never in. Shorter blocks before it (a kicker, a date, a
    byline) are passed over; the first longer one must be a single block of the article's own
    prose, or there is no lead: a picture, a list, a box of several longer blocks, a link or a
    teaser card is not one, nor a row of fields split by separators (a date, a section, a
    byline), nor lines broken by ``<br>`` (an address, a list of points: the text may hold them
    line by line). A sentence set as an ``<h2>`` there is the standfirst as the page's
    subheading. A box of blocks there is the header's row of details when one block in it
    is prose and every other one short (:func:`_boxed_lead`)."""
    if headline is None:
        return None
    siblings = (e for e in headline.itersiblings() if isinstance(e.tag, str))
    for element in itertools.islice(siblings, _HEADLINE_SIBLINGS):
        # The raw text first: collapsing whitespace only shortens it. The sibling may be a box
        # holding the whole body: one this long is no short kicker, whatever its whitespace,
        # and it ends the search without being collapsed.
        raw = _shown_string(element)
        if len(raw) < LEAD_MIN_CHARS:
            continue
        if len(raw) > _BOX_RAW_CHARS:
            return None
        text = flat(raw)
        if len(text) < LEAD_MIN_CHARS:
            continue
        if element.tag in _DETAIL_BOXES and _holds_blocks(element):
            return _boxed_lead(element, element_text(headline))
        return text if _prose_block(element, text) else None
    return None


def _prose_block(element: etree._Element, text: str) -> bool:
    """Whether ``element`` (its text ``text``, at least LEAD_MIN_CHARS) is one block of the
    article's own prose, as a standfirst is: no picture, list, box of blocks, link, line
    broken by ``<br>`` or row of fields (:func:`_position_lead`)."""
    return not (
        element.tag not in ("p", "div", "span", "h2")
        or len(text) > LEAD_MAX_CHARS
        or _PICTURE_XP(element)
        or _holds_blocks(element)
        or next(element.iter("br"), None) is not None
        or _mostly_links(element, text)
        or _FIELD_SEPARATOR_RE.search(text)
    )


# The boxes a page sets its header's details in: the box after the headline, and the boxes
# inside it down to this many levels.
_DETAIL_BOXES = frozenset({"div", "section"})
_DETAIL_DEPTH = 3
_DETAIL_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A standfirst in a box of details speaks of the headline's subject: it shares this many words
# with it, each of at least this many letters, compared by their opening letters (a crude stem
# across languages: "Inflows" and "inflow" match, "Taxes" and "taxing" do not).
_TOPIC_SHARED_WORDS = 2
_TOPIC_WORD_CHARS = 5
_WORD_RE = re.compile(r"[^\W\d_]+")


def _boxed_lead(box: etree._Element, headline: str) -> str | None:
    """The standfirst set in a box of the article's header between the headline and the body,
    beside the byline and the date line
    (``<h1>…</h1><div><div><a>Author</a></div><div>Standfirst …</div><div>6 May</div></div>``):
    the one block of prose in it, each other block shorter than a standfirst can be (a name,
    a date, a counter of comments). A box holding two longer blocks holds the body or a box of
    paragraphs; one holding a picture, a picture's caption; one titled by a heading, a box of
    its own (an author's, a side box); one with a linked headline, a teaser card; one with
    text of its own outside its blocks, no row of details. Then there is no lead. The block
    must also share words with ``headline`` (:func:`_shares_topic`): a box of details may
    hold a notice of the site's of a standfirst's length (a disclosure, an author's note),
    which speaks of no subject of the story's.

    Round 62, dev half A: a fresh-held page sets its standfirst in such a box (the author's
    link over it, the date and the comments' link under it), its lead missing as it is; it
    comes back, and no other text of half A changes, as it is or under ``tags`` and
    ``classes``. Without the shared words, one page of the held-out sets gained a line
    labelled as boilerplate (aggregate figures only, the page not read); with them, none."""
    if _PICTURE_XP(box):
        return None
    found: str | None = None
    for block in _detail_blocks(box, _DETAIL_DEPTH):
        if block is None:
            return None  # text outside the box's blocks
        if block.tag in _DETAIL_HEADINGS and len(element_text(block)) < LEAD_MIN_CHARS:
            return None  # the title of a box of its own
        if any(len(element_text(a).split()) >= HREF_MIN_WORDS for a in block.iter("a")):
            return None  # a linked headline: a teaser card
        text = flat(_shown_string(block))
        if len(text) < LEAD_MIN_CHARS:
            continue
        if found is not None or not _prose_block(block, text):
            return None
        found = text
    return found if found is not None and _shares_topic(found, headline) else None


def _topic_keys(text: str) -> set[str]:
    """The opening letters of the longer words of ``text``, case-folded."""
    return {
        word.casefold()[:_TOPIC_WORD_CHARS]
        for word in _WORD_RE.findall(text)
        if len(word) >= _TOPIC_WORD_CHARS
    }


def _shares_topic(text: str, headline: str) -> bool:
    """Whether ``text`` shares :data:`_TOPIC_SHARED_WORDS` longer words with ``headline``."""
    return len(_topic_keys(text) & _topic_keys(headline)) >= _TOPIC_SHARED_WORDS


def _detail_blocks(box: etree._Element, depth: int) -> Iterator[etree._Element | None]:
    """The blocks inside ``box``, in order: its children, and inside those that are boxes of
    blocks theirs, down to ``depth`` levels; None where the box has text of its own between
    them (:data:`LEAD_MIN_CHARS` or more: a block of prose no element holds)."""
    loose = len(flat(box.text or ""))
    for child in box:
        loose += len(flat(child.tail or ""))
        if not isinstance(child.tag, str) or child.tag in UNSHOWN:
            continue
        if depth > 1 and child.tag in _DETAIL_BOXES and _holds_blocks(child):
            yield from _detail_blocks(child, depth - 1)
        else:
            yield child
    if loose >= LEAD_MIN_CHARS:
        yield None


# Elements whose text the page does not show: a page builder sets each block's style sheet
# (or a script) inside the block's box, beside the text it styles.
UNSHOWN = ("script", "style", "template")
_SHOWN_TEXT_XP = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::template)]",
    smart_strings=False,
)


def shown_length(element: etree._Element) -> int:
    """The characters of text the element shows: a comment's and a script's are none."""
    if not isinstance(element.tag, str):
        return 0
    return text_length(element) - sum(map(text_length, element.iter(*UNSHOWN)))


def _shown_string(element: etree._Element) -> str:
    """The raw text of ``element`` as the page shows it: without the text of a style sheet, a
    script or a template inside it. A standfirst's box may hold its own ``<style>`` (round 38,
    a datesA page: the subtitle's box opens with its CSS, which became the lead's text)."""
    if next(element.iter(*UNSHOWN), None) is None:
        return str(_STRING(element))
    return "".join(_SHOWN_TEXT_XP(element))


def _mostly_links(element: etree._Element, text: str) -> bool:
    """Most of ``text`` (the element's) is the text of its links: a list of teasers or a
    ticker's latest headlines in a box classed "summary" or "teaser", not a standfirst, which
    is the article's own sentence (a link inside it at most). Link density, the oldest sign
    of boilerplate."""
    linked = sum(len(element_text(a)) for a in element.iter("a"))
    return linked >= _LEAD_LINKED_SHARE * len(text)


# Inline markup inside a block: a text node in it belongs to the block around it.
_INLINE = frozenset({"span", "strong", "b", "em", "i"})
_TEXT_HOLDING_XP = etree.XPath(".//text()[contains(., $w)][contains(normalize-space(.), $s)]")
_PARAGRAPH_HOLDING_XP = etree.XPath(".//p[contains(., $w)][contains(normalize-space(.), $s)]")
# The class attribute values (strings that know their element: ``getparent()``).
_CLASSES_XP = etree.XPath("//body//*/@class", smart_strings=True)
_UNSEEN = "unseen"
_CARD_MAX_CHARS = 800
_HEADINGS_XP = etree.XPath(".//*[self::h2 or self::h3 or self::h4 or self::h5]")
# The heading is a link: it holds one or sits in one.
_LINKED_XP = etree.XPath("boolean(.//a[@href] | ancestor::a[@href])")
_JSONLD_XP = etree.XPath("//script[@type='application/ld+json']/text()")


def _false(value: object) -> bool:
    return value is False or (isinstance(value, str) and value.strip().lower() == "false")


def _ld_json(script: str) -> LdJsonText:
    """The script's readings: those :func:`pipelines.text.structured.gather` made, else made
    here (a caller that gave no texts: the page's scripts read by an XPath)."""
    return script if isinstance(script, LdJsonText) else read_ld_json(script)


def _accessibility(script: str) -> tuple[bool | None, bool]:
    """(the article's own ``isAccessibleForFree``, whether a ``hasPart`` is walled) of one
    JSON-LD script; None when the article does not say. Read strictly (control characters
    in a string, comment markers or other whitespace than JSON's make it broken)."""
    read = _ld_json(script)
    if not read.strict:
        # Broken JSON-LD is common; its first declaration is the best reading there is.
        match = _FREE_RE.search(script)
        return (match.group(1).lower() == "true" if match else None), False
    data = read.value
    free: bool | None = None
    part = False
    stack: list[tuple[object, bool]] = [(data, False)]
    while stack:
        node, in_part = stack.pop()
        if isinstance(node, list):
            stack.extend((item, in_part) for item in node)
        elif isinstance(node, dict):
            if "isAccessibleForFree" in node:
                walled = _false(node["isAccessibleForFree"])
                if in_part:
                    part |= walled
                elif free is not False:
                    free = not walled
            for key, value in node.items():
                if isinstance(value, dict | list):
                    stack.append((value, in_part or key == "hasPart"))
    return free, part


# Tags that end a paragraph inside an articleBody that carries markup (some sites put HTML there).
_BODY_BREAK_RE = re.compile(r"<(?:br|/p|/div|/h[1-6]|/li|/blockquote)\b[^>]*>", re.I)
_BODY_TAG_RE = re.compile(r"<[a-zA-Z/!][^>]*>")


def _article_bodies(script: str) -> set[str]:
    """Every ``articleBody`` string of one JSON-LD script (none when it does not parse as it
    is, less its comment markers: :attr:`pipelines.text.structured.LdJsonText.lenient`)."""
    read = _ld_json(script)
    if not read.lenient:
        return set()
    bodies: set[str] = set()
    stack: list[object] = [read.value]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            body = node.get("articleBody")
            if isinstance(body, str) and body.strip():
                bodies.add(body)
            stack.extend(v for v in node.values() if isinstance(v, dict | list))
    return bodies


def article_body(signals: PageSignals) -> list[str]:
    """The page's JSON-LD ``articleBody`` as paragraphs; empty when it declares none, or
    several different ones (a list of articles, none of them this page's own)."""
    bodies: set[str] = set()
    for script in signals.body_scripts:
        bodies |= _article_bodies(script)
    return body_paragraphs(bodies.pop()) if len(bodies) == 1 else []


def body_paragraphs(body: str) -> list[str]:
    """An ``articleBody`` as whitespace-collapsed paragraphs: split at its line breaks and at
    the paragraph ends of any markup in it, tags and entities removed."""
    if "<" in body:
        body = _BODY_TAG_RE.sub(" ", _BODY_BREAK_RE.sub("\n", body))
    if "&" in body:
        body = html.unescape(body)
    return [line for line in map(flat, body.splitlines()) if line]


# A label over a teaser: a few words in a paragraph or heading of its own, over a block of a
# headline's size.
_LABEL_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
LABEL_MAX_CHARS = 40
HEADLINE_MAX_CHARS = 200


def _previous_element(element: etree._Element) -> etree._Element | None:
    """The element before ``element`` among its siblings, past comments and processing
    instructions (lxml's ``etree.Element`` as the tag keeps elements only)."""
    return next(element.itersiblings(etree.Element, preceding=True), None)


def labels_before(elements: Mapping[str, etree._Element], blocks: Sequence[str]) -> dict[str, str]:
    """{block: the short text the page sets right before it} for the headline-sized blocks
    (no closing full stop) whose element (``elements``, from
    :func:`pipelines.text.templates.block_elements`) follows a paragraph or heading of a
    label's length: "Lesen Sie auch:" over a teaser headline, which an extraction may drop
    while it keeps the headline. Only the extracted blocks' own neighbours are read."""
    out: dict[str, str] = {}
    for block in blocks:
        element = elements.get(block)
        if element is None or len(block) > HEADLINE_MAX_CHARS or block.endswith("."):
            continue
        previous = _previous_element(element)
        if previous is not None and previous.tag in _LABEL_TAGS:
            text = element_text(previous)
            if text and len(text) <= LABEL_MAX_CHARS:
                out[block] = text
    return out


# An author box's note under the name: a role or a line of biography, not a paragraph.
AUTHOR_NOTE_MAX_CHARS = 300
# A name shown in full has two to four words.
_NAME_MIN_WORDS = 2
_NAME_MAX_WORDS = 4
# How many boxes up from a block the element before it is looked for: a note set in a list of
# its own under the name (``<span>name</span><ol><li><p>note``) opens two boxes.
_BEFORE_LEVELS = 3


def under_author_name(
    elements: Mapping[str, etree._Element], blocks: Sequence[str], names: Collection[str]
) -> set[str]:
    """The short blocks whose element follows one that holds nothing but one of ``names``
    (the byline's authors): the note of an author box ("Redakteur in der Wirtschaft."), set
    under the name's link where class names no longer say "author", also where the note
    opens a box of its own under the name (:func:`element_before`). Only the extracted
    blocks' own neighbours are read."""
    out: set[str] = set()
    if not names:
        return out
    # A credit read as "Last, First" comes split at its comma into one-word names ("Brazil;
    # Rachel"): a name the page shows in full whose words are all of these is the author's.
    words = {name for name in names if " " not in name}
    for block in blocks:
        element = elements.get(block)
        if element is None or len(block) > AUTHOR_NOTE_MAX_CHARS:
            continue
        previous = element_before(element)
        if previous is None:
            continue
        shown = element_text(previous)
        if shown in names or (
            len(shown) <= LABEL_MAX_CHARS
            and _NAME_MIN_WORDS <= len(shown.split()) <= _NAME_MAX_WORDS
            and set(shown.split()) <= words
        ):
            out.add(block)
    return out


def element_before(element: etree._Element) -> etree._Element | None:
    """The element the page sets right before ``element``: its previous sibling, or, for an
    element that opens its box, the box's previous sibling (:data:`_BEFORE_LEVELS` up)."""
    for _ in range(_BEFORE_LEVELS):
        previous = _previous_element(element)
        if previous is not None:
            return previous
        parent = element.getparent()
        if parent is None or (parent.text or "").strip():
            return None  # the box's own text comes first
        element = parent
    return None


# A picture's caption is a sentence or a few; a block longer than this beside a picture is the
# article's own paragraph set around an inline image ...
PICTURE_CAPTION_MAX_CHARS = 300
# ... unless it closes with the photo's credit in brackets ("(AP Photo/Name)", "(Foto: Name)"),
# as a wire photo's caption does after naming everyone in the picture, the place and the date:
# then up to this length. Round 43, dev half A under ``--plain-markup classes``: two such
# captions of one datesA page, 368 and 404 characters, in the picture's own box; a body
# paragraph closes with no credit. Without the credit, 450 took a held-out paragraph beside a
# picture in every markup mode.
CREDITED_CAPTION_MAX_CHARS = 450
_CLOSING_CREDIT_RE = re.compile(
    r"\((?:[^()]*[\s/])?(?:fotos?|photos?|bild(?:er)?|credits?|quelle|fuente|©)[\s/:][^()]*\)\s*$",
    re.I,
)
# The box of a picture and its caption holds beside the caption only a little text of its own:
# the photo credit, a slide counter ("12 of 12 |"), a button's label ("Read More").
_PICTURE_BOX_SLACK_CHARS = 60
# How many boxes up from the block's element the picture may sit: a caption is wrapped in a
# <span> or two and a box for the slide's text beside the picture's own box.
_PICTURE_BOX_LEVELS = 5
# A box of more children than this is a container (the article's body, a list), read no further
# without counting its text.
_PICTURE_BOX_CHILDREN = 8
_PICTURE_TAGS = frozenset({"img", "picture", "video"})
# Pictures narrower than this (by their declared width) are icons, avatars and logos.
PHOTO_MIN_WIDTH = 200
# A photo credit on a line of its own: a credit word and a colon, "Photo by", or the sign.
_CREDIT_RE = re.compile(
    r"(?:©|\(c\)|(?:fotos?|photos?|bild(?:er)?|credits?|quelle|fuente|zdroj)(?:\s*:|\s+by\s))",
    re.I,
)


def beside_pictures(elements: Mapping[str, etree._Element], blocks: Sequence[str]) -> set[str]:
    """The caption-sized blocks whose element shares a small box with a picture that has no
    text of its own: the box that holds the picture and next to it nothing but the block (and
    a credit or a slide counter). A ``<figure>`` and its ``<figcaption>`` say so by name; a
    page whose markup has only ``<div>`` and no class names still sets the caption in the
    picture's box. Not a caption: a paragraph that holds an inline image itself, a box with
    the article's further paragraphs beside the picture, a paragraph beside a picture that is
    captioned in its own box already, a quotation (a ``<blockquote>`` that sets its speaker's
    portrait beside the quote), and a link's text (a teaser card's picture and headline,
    which the rules for links decide)."""
    out: set[str] = set()
    # The body's paragraphs share their boxes: each box's length, and how many children it
    # has (which lxml counts one by one: per block of a long body, that grew with its length
    # squared), is counted once.
    lengths: dict[etree._Element, int] = {}
    children: dict[etree._Element, int] = {}
    for block in blocks:
        element = elements.get(block)
        if element is None or len(block) > CREDITED_CAPTION_MAX_CHARS:
            continue
        if len(block) > PICTURE_CAPTION_MAX_CHARS and not _CLOSING_CREDIT_RE.search(block):
            continue
        if element.tag == "a":
            continue
        if _PICTURE_XP(element):
            # A slide of a gallery set as a list item: the item holds the picture and, in a
            # paragraph of its own, the caption, which is read in its own box. A paragraph
            # that holds an inline image itself holds the text too, and stays. Round 43, dev
            # half A: under ``classes`` one datesA page loses its gallery's five captions,
            # under ``tags`` another a family photo's caption; as they are no text changes.
            element = _innermost(unmarked(block), element)
            if _PICTURE_XP(element):
                continue
        limit = len(block) + _PICTURE_BOX_SLACK_CHARS
        box = element.getparent()
        for _ in range(_PICTURE_BOX_LEVELS):
            # A quotation set beside its speaker's portrait is the article's, not a caption.
            if box is None or box.tag in ("a", "blockquote", "body", "html"):
                break
            count = children.get(box)
            if count is None:
                count = children[box] = len(box)
            if count > _PICTURE_BOX_CHILDREN:
                break
            length = lengths.get(box)
            if length is None:
                length = lengths[box] = text_length(box)
            if length > limit:
                break
            if _PICTURE_XP(box):
                if _uncaptioned_picture(box):
                    out.add(block)
                break
            box = box.getparent()
    return out


def _uncaptioned_picture(box: etree._Element) -> bool:
    """Whether a child of ``box`` that is or holds a photo has no caption of its own: no
    text, or only the photo's credit ("Foto: Name, Agentur"), with its caption beside it."""
    for child in box:
        if not isinstance(child.tag, str):
            continue
        if (child.tag in _PICTURE_TAGS or _PICTURE_XP(child)) and _photo(child):
            length = text_length(child)
            if not length or (
                length <= _PICTURE_BOX_SLACK_CHARS and _CREDIT_RE.match(element_text(child))
            ):
                return True
    return False


def _photo(element: etree._Element) -> bool:
    """Whether ``element`` is or holds a picture larger than an icon: an icon, an avatar or a
    logo beside a text (a feature box, a team member's role, a reader's comment) has no
    caption, and the page declares its small width."""
    images = [element] if element.tag == "img" else element.iter("img")
    for image in images:
        width = image.get("width", "")
        if not width.isdigit() or int(width) >= PHOTO_MIN_WIDTH:
            return True
    # A <picture> or <video> without an <img> of a declared small width.
    return element.tag != "img" and element.find(".//img") is None


# The words of a link to the rest of a story, in the languages of the marker rules: the read-more
# link under a teaser card's blurb here, and the one closing a blurb's last sentence
# (:mod:`pipelines.text.structure`), each with words of its own beside these.
READ_MORE_WORDS = (
    r"mehr|mehr lesen|weiterlesen|more|read more|continue reading|lire (?:la )?suite"
    r"|en savoir plus|leer más|seguir leyendo|leggi(?: tutto| di più)?|continua a leggere"
    r"|ler mais|leia mais|lees (?:meer|verder)|meer|czytaj (?:dalej|więcej)|więcej"
    # And in the other languages news sites are written in: "Läs mer", "Lue lisää", "Číst dál",
    # "Olvass tovább", "Citește mai mult", "Devamını oku", "Читать далее", "Читати далі",
    # "Διαβάστε περισσότερα", "続きを読む", "더보기", "阅读全文", "اقرأ المزيد",
    # "Baca selengkapnya", "Xem thêm".
    r"|läs mer|læs mere|les mer|lue lisää|čtěte (?:dál|více)|číst dál|čítajte ďalej"
    r"|olvass tovább|tovább olvasom|cite[șş]te mai mult|devamını oku|читать далее|подробнее"
    r"|читати далі|детальніше|διαβάστε περισσότερα|続きを読む|더보기|阅读全文|閱讀全文"
    r"|اقرأ المزيد|(?:baca )?selengkapnya|xem thêm|đọc tiếp"
)
# The link to the story under a teaser card's blurb: "Mehr erfahren", "weiter", "Read more ›",
# alone or before the story's headline ("weiter Chemische Verbindungen").
_MORE_LABEL_RE = re.compile(
    rf"^(?:{READ_MORE_WORDS}|mehr erfahren|weiter|zum artikel|learn more|saiba mais)"
    r"(?:\s?[›»→>]+)?(?:\s|$)",
    re.I,
)
MORE_LINK_MAX_CHARS = 100
# A card's blurb is a sentence or a few; a body paragraph is this long at least.
_BLURB_MAX_CHARS = 600
BODY_MIN_CHARS = 120


def more_link(text: str) -> bool:
    """A read-more link's text, alone or before the story's headline."""
    return len(text) <= MORE_LINK_MAX_CHARS and _MORE_LABEL_RE.match(text) is not None


# A text holds the page's menus and link lists when this many of its blocks are entirely the
# text of a link, and they are this share of its blocks at least. On dev half A with every class
# and id taken out, trafilatura's fast text took a whole page (menus, archive lists, comment
# threads) three times: 83, 238 and over a thousand linked blocks, 40 to 83 % of the blocks. With
# the markup as it is (or HTML5's elements as <div>) no fast text had more than 5 such blocks.
NAVIGATION_MIN_LINKS = 20
NAVIGATION_LINK_SHARE = 0.3


def holds_navigation(blocks: Sequence[str], links: Collection[str]) -> bool:
    """Whether ``blocks`` (an extracted text) are largely the page's links, each a block of
    its own: menus, archive lists, tag clouds, a comment thread's reply links. Link density,
    read over the whole text: an article may hold a few such blocks (a list of sources, a
    teaser), never mostly them, and a page whose markup names none of its boxes is taken
    whole by an extraction that looks for them by name."""
    # A list item's block carries trafilatura's mark; its link's text does not.
    linked = sum(1 for block in blocks if block in links or unmarked(block) in links)
    return linked >= NAVIGATION_MIN_LINKS and linked >= NAVIGATION_LINK_SHARE * len(blocks)


def _next_element(element: etree._Element) -> etree._Element | None:
    """The element after ``element`` among its siblings, past comments and processing
    instructions."""
    return next(element.itersiblings(etree.Element), None)


def before_more_links(elements: Mapping[str, etree._Element], blocks: Sequence[str]) -> set[str]:
    """The blurb-sized blocks at the end of the text whose element, or a box holding nothing
    else, the page follows with a read-more link ("Mehr erfahren", "weiter ..."): a teaser
    card's blurb, the card's link to the story set under it. Read from the last block back,
    up to the first block of a body paragraph's length that is no such blurb (cards inside
    the article are no concern of this rule), and only those blocks' own neighbours."""
    out: set[str] = set()
    for block in reversed(blocks):
        element = elements.get(block)
        if element is not None and len(block) <= _BLURB_MAX_CHARS and _more_linked(element, block):
            out.add(block)
        elif len(block) >= BODY_MIN_CHARS:
            break
    return out


def _more_linked(element: etree._Element, block: str) -> bool:
    """Whether the page follows ``element`` (the block's), or the box around it when the box
    holds only the block, with a read-more link."""
    for _ in range(2):
        following = _next_element(element)
        if following is not None:
            # The link first: finding one is cheaper than reading the element's text.
            return (following.tag == "a" or following.find(".//a") is not None) and more_link(
                element_text(following)
            )
        parent = element.getparent()
        if parent is None or element_text(parent) != block:
            return False
        element = parent
    return False


# The kind (:data:`_KIND_OF`) of each class string read so far, or None: kept across the pages a
# worker reads, since a site sets the same class strings on every page (43 distinct ones a page
# of the generated site, nearly all of them its template's). Emptied when full.
_CLASS_KINDS: dict[str, str | None] = {}
_CLASS_KINDS_MAX = 8192


def _class_kind(classes: str) -> str | None:
    """The kind of box ``classes`` (a class attribute's value) marks, kept in
    :data:`_CLASS_KINDS`."""
    match = _MARKS_RE.search(classes.lower())
    kind = _KIND_OF[match.group()] if match else None
    if len(_CLASS_KINDS) >= _CLASS_KINDS_MAX:
        _CLASS_KINDS.clear()
    # A plain str: the attribute's own string holds its element, and with it the whole page.
    _CLASS_KINDS[str(classes)] = kind
    return kind


def read_signals(
    tree: etree._Element,
    description: str | None,
    title: str | None = None,
    ld_json: Sequence[str] | None = None,
    tab_title: str = "",
) -> PageSignals:
    """Read the page's block classes once; ``tree`` is not modified. ``title``: the page's
    title as its metadata gives it (a headline that shows it is the article's). ``ld_json``:
    the texts of the page's JSON-LD scripts where the caller has read them
    (:attr:`pipelines.text.structured.PageFacts.ld_json_texts`), else read here.
    ``tab_title``: the page's ``<title>`` less the site's name, asked after ``title`` and the
    JSON-LD headline: a title read from og:title may set a kicker before the headline that the
    page's heading leaves out ("Weather warning: Storm floods the harbour" over an ``<h1>`` of
    the headline alone), and with no headline known the rules that place blocks by it (the
    site's header over it: :mod:`pipelines.text.masthead`) do nothing. Round 39, dev half A: as
    they are, under ``tags`` and ``classes`` a datesA page loses its banner's slogan, set
    before its headline; no other text changes."""
    signals = PageSignals()
    for a in tree.iter("a"):
        text = element_text(a)
        if text:
            signals.links.add(text)
            spaces = text.count(" ")
            if spaces >= HREF_MIN_WORDS - 1:
                signals.hrefs.setdefault(text, a.get("href") or "")
                if spaces >= CARD_MIN_WORDS - 1:
                    signals.cards.append(text)
    h1s = []
    # One walk for the three tags, which are few on a page (the links, many, have theirs): each
    # walk of a real page's tree costs about as much as reading what these three find.
    for element in tree.iter("figcaption", "img", "h1"):
        tag = element.tag
        if tag == "img":
            alt = element.get("alt")
            if alt and alt.count(" ") >= _ALT_MIN_WORDS - 1:
                signals.alts.add(flat(alt))
        elif tag == "h1":
            h1s.append(element)
            key = loose_key(element_text(element))
            if key:
                signals.headlines.add(key)
        else:
            text = element_text(element)
            if text:
                signals.captions.add(text)
    lead_candidates = []
    # One pass over the class attributes. A page repeats the same few hundred class strings
    # on thousands of elements, and a site on every page: each distinct string is searched
    # once (:data:`_CLASS_KINDS`).
    kinds = _CLASS_KINDS
    for classes in _CLASSES_XP(tree):
        kind = kinds.get(classes, _UNSEEN)
        if kind is _UNSEEN:
            kind = _class_kind(classes)
        if kind is None:
            continue
        element = classes.getparent()
        if kind == "wall":
            signals.wall_markup = True
            text = element_text(element)
            if len(text) <= WALL_BOX_MAX_CHARS:
                signals.wall_boxes.append(text)
        elif kind == "box":
            text = element_text(element)
            if text:
                signals.info_boxes.append(text)
        elif kind == "byline" and len(element) < 8:
            text = element_text(element)
            if text and len(text) <= 300:
                signals.bylines.add(text)
        elif kind == "lead" and element.tag in _LEAD_TAGS and _LEAD_CLASS_RE.search(classes):
            lead_candidates.append(element)
    titles = [title] if title else []
    declared: str | None = None
    for script in _JSONLD_XP(tree) if ld_json is None else ld_json:
        if declared is None and "headline" in script:
            # The first script that declares a headline: a later one may be another article's.
            declared = declared_headline(script) or ""
            if declared and declared != title:
                titles.append(declared)
        if "articleBody" in script:
            signals.body_scripts.append(script)
        if not _FREE_RE.search(script):
            continue
        free, part_walled = _accessibility(script)
        if free is not None:
            signals.accessible_for_free = free and signals.accessible_for_free is not False
        # A wall on part of the page (hasPart: an e-mail or subscription box) is wall markup,
        # not a declaration that the article is walled.
        signals.wall_markup |= part_walled
    if description:
        signals.lead_by_description = _description_element(tree, description)
    if tab_title and tab_title not in titles:
        titles.append(tab_title)
    headline = signals.headline = article_headline(h1s, tree, titles)
    if headline is not None and _LINKED_XP(headline):
        split = heading_kicker(headline)
        signals.headline_kicker = split[0] if split is not None else None
    class_lead = _class_lead(lead_candidates, headline)
    if class_lead is not None:
        signals.lead_by_class, signals.lead_class_tag = class_lead
    if signals.lead_by_class is None and signals.lead_by_description is None:
        if headline is not None:
            signals.lead_by_position = _position_lead(_headline_box(headline))
        elif h1s and not (_excluded(h1s[-1]) or _LINKED_XP(h1s[-1])):
            signals.lead_by_position = _position_lead(h1s[-1])
    return signals
