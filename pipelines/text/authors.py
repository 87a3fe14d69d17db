"""Where a page credits its authors in markup: byline markup near the headline, JSON-LD, the
``rel="author"`` links of the story's ``<article>``, and the credits of other things passed over.

The resolver (:mod:`pipelines.text.metadata`) asks them in this order, after the JSON-LD's authors
(:func:`jsonld_authors`): byline markup near the headline (:class:`Bylines`), a line near it that
opens with a lead word ("Von", "By", "Oleh": :func:`bylinelines.lead_byline_near`), a credit in the
text (:func:`bylinelines.credit_in_text`), a name shown only by its place beside the date, or on a
line of its own with the day the story went up or was filed
(:func:`shapedcredits.position_byline_near`, :func:`shapedcredits._posted_credit`,
:func:`shapedcredits._slashed_credit`), a line whose form alone credits writers
(:func:`shapedcredits.opening_credit_near`), a Korean credit line
(:func:`shapedcredits.korean_credit_near`), the ``rel="author"`` links of the headline's
``<article>`` (:func:`article_authors`) and the credit after the story's last paragraph
(:func:`shapedcredits.closing_credit_near`). They pass over the credits of other things: a teaser
card's (:func:`in_teaser`), a picture's (:func:`_in_caption_markup`), a newsletter sign-up's
(:func:`in_signup`), a menu's or a list of the site's authors (:func:`_in_author_list`), a reader's
comment or a related story's card under its linked title (:func:`_under_foreign_heading`).
trafilatura's author is stored only where the byline markup names the same people
(:func:`byline_markup_names`). Byline markup is told by the words of its classes and ids
(:data:`_BYLINE_CLASS`), less those of a picture, a role, a date or the writer's place
(:data:`_NOT_BYLINE_CLASS`), and by ``rel="author"``, ``itemprop="author"``, an ``<address>`` and
links to an author's page (:func:`_is_byline`).

The credits found without markup are apart, each module named for how it finds them: lines that open
with a lead word and credits in the text (:mod:`pipelines.text.bylinelines`), names read by their
form and place alone (:mod:`pipelines.text.shapedcredits`); the evidence that tells a dateline from
a second reporter is :mod:`pipelines.text.places`'. This module keeps what they share: which
elements are byline markup, which credits are another item's, the page's shown text.

What those credits say is read into names by :mod:`pipelines.text.names`.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain, islice
from typing import Any
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement

from pipelines.text.names import (
    CREDIT_LEAD,
    DIGIT,
    LONE_LEADS,
    NAME_SPLIT,
    PARTICLES,
    ROLES,
    SITE_CREDIT,
    form_words,
    label_key,
    without_accents,
)
from pipelines.text.structured import HEADING_TAGS, ancestors, collapse, loose, nearest, within

# Path segments of links to the site's sections: their texts are labels (a desk, a topic),
# never a person; so are the texts of navigation and footer links.
SECTION_PATHS = re.compile(
    r"/(?:categor(?:y|ies)|section|tags?|topics?|them(?:a|en)|ressort|rubrik|kategorie)/"
)


# Path segments of links to an author's own page: the link text is that person's name.
AUTHOR_PATHS = re.compile(
    # Think tanks and institutes call their authors experts ("/experts/444").
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autores?|journalist(?:en|s)?|profiles?|experts?)/"
    # A writer's page, and an editor's as German sites name their staff ("/redakteure/") and
    # Arabic and Hindi papers their writers ("/Editors/EditorNews/689/…", "/editor/jane-doe").
    r"|/(?:writers?|editors?|redakteur(?:e|in|innen)?)/"
    # A staff member's page ("/staff/jane-doe"), the editorial team's member as German sites
    # list them ("/redaktion/jane-doe"): a name, where the team's own page is a desk's label.
    r"|/(?:staff|redaktion)/[^/?#]"
    # A reporter's page, as Japanese and English papers name their staff ("/reporter/jdoe/").
    r"|/reporters?/"
    # A columnist's or contributor's page, and the writer's as Turkish ("/yazarlar/", writers),
    # Indonesian ("/penulis/") and Italian and Czech ("/autori/") sites path it.
    r"|/(?:columnists?|contributors?|yazarlar|yazar|penulis|autori)/[^/?#]"
    # An author's page by query: "/?author=3", the form WordPress and Squarespace link to
    # without pretty permalinks.
    r"|[?&]author=\w"
    # A member's page on a publishing platform, linked from the site itself: "/@jane.doe".
    r"|^/@[\w.-]+/?(?:[?#]|$)",
    re.I,
)


def section_labels(tree: HtmlElement, extra: Iterable[str | None] = ()) -> set[str]:
    """Keys (:func:`names.label_key`) of navigation and section-link texts and ``extra``
    sections.

    Navigation is a ``<nav>`` or a footer, and, on pages written before HTML5 named them, a
    menu: a list of links alone (:func:`_menu_links`)."""
    return SectionLabels(tree, extra).all()


# A link text this long is a headline or a sentence, never a section's label.
_LABEL_MAX_CHARS = 60


class SectionLabels:
    """The keys of :func:`section_labels`, asked one name at a time.

    A name is asked whether it is a label; the page's links are read once for their texts, but
    whether a navigation link is an author's (:func:`_is_byline`, several patterns on its
    attributes) or a menu's link leads to a writer's page is tested only for the links whose
    text has the key asked: a page has dozens of such links and a name or two to check."""

    def __init__(self, tree: HtmlElement, extra: Iterable[str | None] = ()) -> None:
        self._sure: set[str] = set()
        # {key: the links with that text, each with the test that rules it out as a label}
        self._pending: dict[str, list[tuple[HtmlElement, Callable[[HtmlElement], bool]]]] = {}
        # One walk over the page for the five tags: one each cost a walk over every node (3 %
        # more instructions for this reading on the generated site's pages, valgrind). A key
        # found sure after a pending link of the same text stays sure: the answers do not
        # depend on the order the links are met in.
        for element in tree.iter("a", "nav", "footer", "ul", "ol"):
            tag = element.tag
            if tag == "a":
                if SECTION_PATHS.search(element.get("href", "")):
                    self._add(_link_text(element))
            elif tag == "nav" or tag == "footer":
                # An article's own footer names its author (rel="author", a link to the
                # author's page, a link set in byline markup): that link is no label.
                in_block = partial(_footer_byline, element)
                for a in element.iter("a"):
                    self._add(_link_text(a), a, in_block)
            else:
                # A menu's link to a writer's page ("our columnists") is no label either.
                for link, text in _menu_links(element):
                    self._add(text, link, _author_link)
        self._sure.update(label_key(x) for x in extra if x)
        self._sure.discard("")

    def _add(
        self,
        text: str,
        link: HtmlElement | None = None,
        excluded: Callable[[HtmlElement], bool] | None = None,
    ) -> None:
        if len(text) >= _LABEL_MAX_CHARS:
            return
        key = label_key(text)
        if link is None or excluded is None:
            self._sure.add(key)
        elif key and key not in self._sure:
            self._pending.setdefault(key, []).append((link, excluded))

    def __contains__(self, key: object) -> bool:
        if key in self._sure:
            return True
        if not isinstance(key, str):
            return False
        links = self._pending.pop(key, ())
        if any(not excluded(link) for link, excluded in links):
            self._sure.add(key)
            return True
        return False

    def all(self) -> set[str]:
        """Every key, the pending links tested."""
        return self._sure | {
            key
            for key, links in self._pending.items()
            if any(not excluded(link) for link, excluded in links)
        }


def _footer_byline(block: HtmlElement, link: HtmlElement) -> bool:
    """Whether a link of a ``<nav>`` or footer ``block`` credits an author: byline markup itself
    (:func:`_is_byline`) or set in it below ``block`` ("<footer><span class="authors"><a
    href="/jane-doe_tag56/">Jane Doe</a>"): an article's footer that credits its writer by a
    link to a tag page of theirs. A desk's or section's link sits in the footer's menus, not in
    an author's markup; the footer's own class is not asked (a site's footer is no byline)."""
    if _is_byline(link):
        return True
    parent = link.getparent()
    while parent is not None and parent is not block:
        if _byline_markup(parent):
            return True
        parent = parent.getparent()
    return False


def _byline_markup(element: HtmlElement) -> bool:
    """An element that holds an author's credit by its ``rel``, ``itemprop`` or class (the
    tests of :func:`_is_byline` that read no link and no id)."""
    if _rel_author(element) or "author" in element.get("itemprop", "").casefold():
        return True
    classes = element.get("class", "")
    return bool(_BYLINE_CLASS.search(classes)) and not _NOT_BYLINE_CLASS.search(classes)


def _link_text(link: HtmlElement) -> str:
    """A link's text as ``text_content()`` reads it; a link of text alone, without the XPath
    call."""
    if not len(link):
        return link.text or ""
    return link.text_content()


# Roles of the people who edited a story, not wrote it, in a credit that labels each name.
_EDITOR_ROLES = frozenset(
    {"editor", "editora", "editore", "éditeur", "éditrice", "penyunting", "redaktur", "editör"}
)


# An editor's label before a name: "Editor:", "Редактор:", "Redaktion:", "Edited by", at the
# end of the text before the name. The colon or the "by" makes it a label: "Editor" alone
# before a name is as often the writer's title ("Senior Editor Jane Doe").
_EDITOR_LABEL = re.compile(
    r"(?<![^\W\d_])(?:(?:editor|editora|editore|éditeur|éditrice|penyunting|redaktur|editör|"
    r"редактор|редакторка|redaktion)\s*:|edited\s+by|bearbeitet\s+von|editado\s+por)\s*$",
    re.I,
)
# A role joined to the editor's in the same label ("Text und Redaktion:", "Writer/Editor:",
# "Author & Editor:"): the person credited wrote the story too.
_JOINED_ROLE = re.compile(
    r"(?:[&/+]|(?<![^\W\d_])(?:and|und|et|e|y|i|og|och|en|ve|dan|и|і|та))\s*$", re.I
)


def _editor_label(before: str) -> bool:
    """Whether the text before a name ends with an editor's label (:data:`_EDITOR_LABEL`) that
    credits no other role beside the editor's (:data:`_JOINED_ROLE`)."""
    match = _EDITOR_LABEL.search(before)
    return match is not None and not _JOINED_ROLE.search(before[: match.start()])


def _edited_by(element: HtmlElement) -> bool:
    """A name whose next element gives the role of an editor ("<h6>Jane Doe</h6>
    <h6>Editor</h6>"), or whose own element ends with that role on a line of its own ("<a
    href=/profile/…><h6>Jane Doe</h6><h6>Editor</h6></a>", the link to a profile that holds
    both), or that an editor's label stands before ("<p>Редактор: <a href=/editors/…>Jane
    Doe</a></p>", also a level further up, and not joined to a writer's role as in "Text und
    Redaktion:"): the person who checked the story, not the one who wrote it."""
    if _editor_label(_label_before(element, 2)[-40:]) or _listed_after_an_editor(element):
        return True
    label = element.getnext()
    if label is not None and isinstance(label.tag, str) and _editor_role(label.text_content()):
        return True
    if not len(element):
        return False
    lines = [t for t in element.itertext() if t.strip()]
    return len(lines) > 1 and _editor_role(lines[-1])


def _listed_after_an_editor(element: HtmlElement) -> bool:
    """Whether ``element`` follows, joined by what parts names only (:data:`NAME_SPLIT`: a comma,
    an "and"), a name of its kind that an editor's label stands before: the second editor of
    "Edited by <a>Jane Doe</a> and <a>John Roe</a>", whose own label is the first name's."""
    previous = next(element.itersiblings(etree.Element, preceding=True), None)
    if previous is None or previous.tag != element.tag:
        return False
    if not NAME_SPLIT.fullmatch(previous.tail or ""):
        return False
    return _editor_label(_label_before(previous, 2)[-40:]) or _listed_after_an_editor(previous)


def _editor_role(text: str) -> bool:
    return collapse(text).strip(" .,:;|-–—").casefold() in _EDITOR_ROLES


# schema.org's types for an organisation that are not named "…Organization": the subtypes of
# Organization (and theirs) as schema.org lists them. A CMS that types its author so names a
# company, a party, an office or a team, never a person.
_ORGANISATION_TYPES = frozenset(
    {
        "airline",
        "consortium",
        "corporation",
        "fundingscheme",
        "librarysystem",
        "localbusiness",
        "ngo",
        "onlinebusiness",
        "onlinestore",
        "performinggroup",
        "musicgroup",
        "theatergroup",
        "dancegroup",
        "politicalparty",
        "project",
        "researchproject",
        "fundingagency",
        "sportsteam",
        "workersunion",
        "collegeoruniversity",
        "school",
        "store",
    }
)


def _organisation(kinds: object) -> bool:
    """Whether a JSON-LD ``@type`` (a name, a URL or a list of them) is Organization or one of
    its subtypes: ``NewsMediaOrganization``, ``GovernmentOrganization``, ``Corporation``, also
    spelt the British way or written as ``https://schema.org/Corporation``."""
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        if not isinstance(kind, str):
            continue
        word = kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1].casefold()
        if "organization" in word or "organisation" in word or word in _ORGANISATION_TYPES:
            return True
    return False


def jsonld_authors(
    entity: dict[str, Any] | None, nodes: Iterable[dict[str, Any]] = ()
) -> tuple[list[str], list[str]]:
    """(person names, organisation names) of a JSON-LD entity's ``author``/``creator``.

    An author given as a reference (``{"@id": "…#/schema/person/…"}``, as SEO plugins write
    an ``@graph``) is the node of ``nodes`` with that ``@id``.
    """
    persons: list[str] = []
    orgs: list[str] = []
    if entity is None:
        return persons, orgs
    value = entity.get("author") or entity.get("creator")
    items = value if isinstance(value, list) else [value]
    by_id: dict[str, dict[str, Any]] | None = None
    for item in items:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            if by_id is None:
                by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
            item = by_id.get(item["@id"], item)
        if isinstance(item, str):
            persons.append(item)
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), None)
            if not isinstance(name, str):
                continue
            if "&" in name:
                # Some CMSs write HTML entities into JSON ("Jos&#xE9;"): the name is "José".
                name = html.unescape(name)
            if _organisation(item.get("@type")):
                orgs.append(name)
            else:
                persons.append(name)
    return persons, orgs


# Class and id words of byline markup: besides author/byline, the writer's role as themes name
# it ("post-writer", "reporter-name", "journalist", German "redakteur"). Not "firma": the
# signature in Spanish and Italian, the company in German, Polish and Czech.
_BYLINE_CLASS = re.compile(
    r"author|byline|autor|writer|reporter|journalist|redakteur"
    # "by" as a word of a class: "posted-by", "written_by", "ar_by", "by-line".
    r"|[_-]by(?![^\s_-])|(?<![^\s])by[_-]",
    re.I,
)


_NOT_BYLINE_CLASS = re.compile(
    r"avatar|image|img|photo|bio|social|follow|share|more|date|time|affiliation|role|job|position|"
    # Where the writer filed from ("byline-location"): a place, set beside the name.
    r"location|"
    # A comment's author ("comment-author vcard"), a teaser thumbnail's credit and the writer of
    # a quotation ("quote-writer").
    r"comment|thumb|quote",
    re.I,
)


# Containers of readers' comments: the names in them are commenters, not the article's authors.
COMMENTS = re.compile(r"comment|discussion|disqus", re.I)


# A blockquote holds someone else's words (a quotation, an embedded post) with their writer's
# name: never the article's byline.
OUTSIDE = frozenset(
    {"aside", "nav", "footer", "figure", "script", "style", "noscript", "form", "blockquote"}
)


def _candidates(top: HtmlElement, more: bool = False) -> list[HtmlElement]:
    """Elements under ``top``, in document order, whose rel, itemprop or class hints at an
    author or byline, and links to an author's page; with ``more``, also the rarer forms of
    :func:`_more_hint`.

    Found by substrings (a case-insensitive test is slow: "uthor", "utor", "yline" and "yLine"
    cover Author/author, Autor/autor, byline/Byline/ByLine); the exact test runs on the few
    they find. Tested in Python and written out: an XPath of nine ``contains()`` over every
    element cost three times as much, a loop over a tuple of the substrings a third more.
    """
    out = []
    for element in top.iterdescendants(etree.Element):
        get = element.get
        rel, itemprop, classes = get("rel"), get("itemprop"), get("class")
        if (
            (rel and "uthor" in rel)
            or (itemprop and "uthor" in itemprop)
            or (
                classes
                and (
                    "uthor" in classes
                    or "utor" in classes
                    or "yline" in classes
                    or "yLine" in classes
                )
            )
            or (more and _more_hint(element, classes))
        ):
            out.append(element)
        elif element.tag == "a":
            href = get("href")
            if href and _may_lead_to_author(href):
                out.append(element)
    return out


# Link addresses kept with their answer (:func:`_may_lead_to_author`): a site's pages repeat
# their menus' and footers' links, and each address is otherwise tested nineteen times.
_ADDRESS_CACHE = 4096


@functools.lru_cache(maxsize=_ADDRESS_CACHE)
def _may_lead_to_author(href: str) -> bool:
    """Whether a link's address may lead to an author's page (the substrings that
    :func:`_candidates` looks for; :data:`AUTHOR_PATHS` decides). A pure function of the
    address, so the last answers are kept: of the 82 links of a generated article, 92 % were
    asked on an article before (about 0.05 ms a page of the 0.24 ms the look costs)."""
    return (
        "/aut" in href
        or "author=" in href
        or "/journalist" in href
        or "/writer" in href
        or "/editor" in href
        or "/Editor" in href
        or "/redakteur" in href
        or "/reporter" in href
        or "/profile" in href
        or "/staff/" in href
        or "/redaktion/" in href
        or "/expert" in href
        or "/columnist" in href
        or "/contributor" in href
        or "/yazar" in href
        or "/penulis/" in href
        or href.startswith("/@")
        or href.startswith("#aut")
        or href.startswith("mailto:")
    )


def forget_kept_addresses() -> None:
    """Empty the kept answers of :func:`_may_lead_to_author`: a benchmark that reads the same
    pages round after round times each round as a crawl meets them, not from the kept ones."""
    _may_lead_to_author.cache_clear()


def _more_hint(element: HtmlElement, classes: str | None) -> bool:
    """Rarer byline markup: an ``<address>``, an author or byline id, a class naming the
    writer's role. Looked for only where the common forms found no byline: a second look at
    every element costs a pass over the page, the common forms' test a third more."""
    if element.tag == "address":
        return True
    if classes and (
        "_by" in classes
        or "-by" in classes
        or "by-" in classes
        or "by_" in classes
        or "riter" in classes
        or "eporter" in classes
        or "ournalist" in classes
        or "edakteur" in classes
    ):
        return True
    ident = element.get("id")
    return bool(ident) and ("uthor" in ident or "yline" in ident or "yLine" in ident)


def _rel_author(element: HtmlElement) -> bool:
    """Whether the element is marked ``rel="author"``: HTML's mark of its article's author."""
    return element.get("rel", "").casefold() == "author"


def _is_byline(element: HtmlElement) -> bool:
    if _byline_markup(element):
        return True
    if element.tag == "a" and AUTHOR_PATHS.search(element.get("href", "")):
        return True  # a link to the author's page: "von <a href="/autoren/…">Name</a>"
    if element.tag == "a" and (_author_anchor(element) or _mailed_author(element)):
        return True
    if element.tag == "address":
        # HTML's element for the contact of the article (or page) it sits in: its author. The
        # site's address in the footer is chrome, left out with the footer.
        return True
    ident = element.get("id", "")
    return (
        bool(_BYLINE_CLASS.search(ident))
        and not _NOT_BYLINE_CLASS.search(ident)
        and _unique_id(element, ident)
    )


# An in-page link to the author's note further down the page: journals link each name of
# their author list to that author's box ("By <a href="#author-0">Jane Doe</a>, …").
_AUTHOR_ANCHOR = re.compile(r"#(?:authors?|autor(?:en|in)?|auteurs?)(?:[-_]?\w*)$", re.I)


def _author_anchor(link: HtmlElement) -> bool:
    """A link to the author's note on the same page (:data:`_AUTHOR_ANCHOR`)."""
    return _AUTHOR_ANCHOR.match(link.get("href", "")) is not None


# The parts of an address's local part: "jane.doe", "jane_doe", "jane-doe".
_ADDRESS_PARTS = re.compile(r"[._+-]+")


# What ends the name in a mailed credit's text: a dash, a comma or a bar before the role.
_AFTER_NAME = re.compile(r"\s[-–—|]\s|,|\|")


# The most text a mailed credit's line holds beside its link: a role ("Journalist").
_MAILED_LINE = 30


def _mailed_author(link: HtmlElement) -> bool:
    """A ``mailto:`` link whose text is the name of the address's owner: "<a
    href="mailto:jane.doe@…">Jane Doe – Reporter</a>", the author box of sites that link their
    writers to no page of their own.

    The address must spell the name (its first and last word, or the first's initial and the
    last: "jdoe"), so that the newsroom's address, a tip line or a link whose text is the
    address itself ("Email the author", "tips@…") never reads as a person. And the link must
    be its line, a role beside it at most: a contact named in a sentence ("write to <a
    href=mailto:…>Jane Doe</a> to join") is someone the story mentions.
    """
    href = link.get("href", "")
    if href[:7].casefold() != "mailto:":
        return False
    shown = collapse(link.text_content())
    parent = link.getparent()
    if parent is not None and len(collapse(parent.text_content())) - len(shown) > _MAILED_LINE:
        return False
    local = unquote(href[7:]).strip().partition("@")[0]
    text = _AFTER_NAME.split(shown, maxsplit=1)[0]
    words = without_accents(text).casefold().split()
    if not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words):
        return False
    parts = _ADDRESS_PARTS.split(without_accents(local).casefold())
    first, last = words[0], words[-1]
    return (first in parts and last in parts) or "".join(parts) in (first + last, first[0] + last)


_SAME_ID = etree.XPath("//*[@id = $ident]")


def _unique_id(element: HtmlElement, ident: str) -> bool:
    """The only element of the page with this id, as HTML requires of an id: a theme that
    repeats one (``id="…-author"`` on each post of a blog's front page) marks the items of a
    list with it, each with its own author, none of them the page's byline.

    An id lxml will not pass to XPath (a control character or NUL, which a tree built from the
    raw markup keeps: :func:`pipelines.text.extraction.read_page` strips them, other callers may
    not) is counted by a walk of the page instead, with the same answer."""
    try:
        return len(_SAME_ID(element, ident=ident)) == 1
    except ValueError:  # "All strings must be XML compatible"
        same = 0
        for other in element.getroottree().iter():
            if other.get("id") == ident:
                same += 1
                if same > 1:
                    return False
        return same == 1


def _byline_text(element: HtmlElement) -> str:
    if element.tag == "a":
        spelled = _coded_author(element)
        if spelled:
            return spelled
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.get("itemprop") == "name" or re.search(r"\bname\b", child.get("class", "")):
            return collapse(child.get("content") or lines_text(child))
    return collapse(element.get("content") or _without_role_line(element, lines_text(element)))


def _without_role_line(element: HtmlElement, text: str) -> str:
    """``text`` (the element's) without the writer's role the element sets on a line of its
    own after the name: "<a href=/profile/…><h6>Jane Doe</h6><h6>Penulis</h6></a>" credits
    Jane Doe, the writer, as :func:`_edited_by` reads the editor's card of the same form. The
    elements' edge glues the two lines into one "name" of five words otherwise."""
    if not len(element):
        return text
    lines = [t for t in element.itertext() if t.strip()]
    if len(lines) < 2:
        return text
    role = collapse(lines[-1]).strip(" .,:;|-–—")
    if role.casefold() not in ROLES:
        return text
    head, found, tail = collapse(text).rpartition(role)
    return head if found and not tail.strip(" .,:;|-–—") else text


# A reporter's code, as German papers credit their staff ("jse", "kesm"): a few lower-case
# letters, no name's shape.
_CODE = re.compile(r"[a-z]{2,4}")


# The words of a person's name in the last segment of the path of an author's page:
# "/author/id_92437676/julian-seiferth.html" (a number, an id, an extension around them).
_NAME_SLUG = re.compile(r"/(?:[a-z]+_?\d+[/_-])?([a-z]{2,}(?:-[a-z]{2,}){1,3})(?:\.\w+)?/?$")


def _abbreviates(code: str, words: list[str]) -> bool:
    """Whether ``code`` is the start of the first word followed by the start of the last
    ("jse" for Julian Seiferth, "js" for Jane Smith), the form reporters' codes take."""
    first, last = words[0], words[-1]
    return any(
        first.startswith(code[:cut]) and last.startswith(code[cut:]) for cut in range(1, len(code))
    )


def _coded_author(link: HtmlElement) -> str:
    """The name a link to an author's page spells in its path when its text is the reporter's
    code that abbreviates it ("<a href=/author/id_1/julian-seiferth.html>jse</a>"), as the
    page writes the name elsewhere (a teaser's credit, the author's box); otherwise "".

    Both must hold: the code abbreviates the path's words (:func:`_abbreviates`), so that a
    path that names a desk or an account is no name; and the page shows the name in full, so
    that it is stored as the page writes it, never as a guess from the path."""
    code = link.text_content().strip()
    if not _CODE.fullmatch(code):
        return ""
    href = link.get("href", "")
    slug = _NAME_SLUG.search(href.split("?")[0].split("#")[0])
    if slug is None or not AUTHOR_PATHS.search(href):
        return ""
    words = slug.group(1).split("-")
    if not _abbreviates(code, words):
        return ""
    spelled = " ".join(words)
    family = words[-1].capitalize()
    for text in _SHOWN_TEXT(link, word=family):
        line = collapse(str(text))
        at = line.casefold().find(spelled)
        if at >= 0:
            return line[at : at + len(spelled)]
    return ""


def label_only(text: str | None) -> bool:
    """A byline element's text that is only its label: "Автор:", "By", "Von"."""
    label = (text or "").strip(" .,:;|-–—\n\t").casefold()
    return bool(label) and (label in ROLES or label in LONE_LEADS)


# Where an element starts or ends inside a byline's text, until the text is read.
_EDGE = "\x00"


_EDGE_IN_WORD = re.compile(rf"(?<=\w){_EDGE}+(?=\w)")


# A mark set in superscript after a name: the number, letter or sign of a note that gives the
# author's affiliation ("Jane Doe<sup>1,2</sup>", "John Roe<sup>*</sup>"), never part of a name.
_MARK = re.compile(r"\s*(?:[\d*†‡§a-z]{1,3}\s*,?\s*){1,4}")


def lines_text(element: HtmlElement) -> str:
    """The element's text with each line break as a comma and each element's edge between two
    letters as a space.

    A line break: "By Jane Doe<br>AP Writer" is a name and a role on two lines, not one "name"
    of five words. A note's mark in superscript (:data:`_MARK`) is left out: "Jane Doe 1". An
    edge: byline markup puts the parts of a credit in elements of their own and spaces them
    with style sheets, not with text ("<span>Jane</span><span>Doe</span>",
    a user name and "on" in a profile badge); the element's plain text glues them into one
    word ("JaneDoe"). Parts of one word are not set in elements of their own in bylines.
    Two links side by side with no text between them as a comma too: each leads to a page of
    its own, so each is an item of its own, as each author's link in a credit that a style
    sheet lays out as a list ("Von <a>Jane Doe</a><a>John Roe</a>"); no name is set in two.
    """
    if len(element) == 0:
        return element.text or ""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        parts.append(node.text or "")
        before: HtmlElement | None = None
        for child in node:
            if (
                child.tag == "a"
                and before is not None
                and before.tag == "a"
                and not (before.tail or "").strip()
            ):
                parts.append(", ")
            before = child
            if child.tag == "br":
                parts.append(", ")
            elif child.tag == "sup" and _MARK.fullmatch(child.text_content()):
                parts.append(_EDGE)  # a mark that points to the author's affiliation
            elif isinstance(child.tag, str):
                parts.append(_EDGE)
                walk(child)
                parts.append(_EDGE)
            parts.append(child.tail or "")

    walk(element)
    return _EDGE_IN_WORD.sub(" ", "".join(parts)).replace(_EDGE, "")


def _inside_excluded(element: HtmlElement, stop: HtmlElement | None, headline: HtmlElement) -> bool:
    """Inside chrome (aside, nav, figure …) or inside another item.

    An ``<article>`` that does not hold the headline is another item (a teaser, an embedded
    story) when the headline sits in an ``<article>`` of its own or when it is nested in one;
    a page whose headline is in a header outside any ``<article>`` keeps the story's byline
    in its ``<article>``.
    """
    headline_items = [a for a in headline.iterancestors() if a.tag == "article"]
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in OUTSIDE and not _article_part(ancestor, element, headline_items):
            return True
        if COMMENTS.search(ancestor.get("class", "")) or COMMENTS.search(ancestor.get("id", "")):
            return True
        if (
            ancestor.tag == "article"
            and not any(a is ancestor for a in headline_items)
            and (headline_items or within(ancestor, ("article",)))
        ):
            return True
    return False


# The parts of an article that HTML gives its author's credit: its footer ("information about
# its section such as who wrote it"), a box beside its text, the figure of the author's portrait.
_ARTICLE_PARTS = frozenset({"footer", "aside", "figure"})


def _article_part(part: HtmlElement, element: HtmlElement, items: list[HtmlElement]) -> bool:
    """Whether ``part`` (a footer, aside or figure) is a part of the headline's own article
    (``items``: the ``<article>`` elements around the headline, nearest first) that may hold its
    byline markup: inside that ``<article>``, the page's chrome is not. A figure's caption
    credits its picture with the same classes ("author", "autor") as a byline does, so there
    only the marks a picture's credit never carries count: ``rel=author``, an ``<address>``, a
    link to an author's page ("<figure><img><figcaption><address>Von <a rel=author>…")."""
    if part.tag not in _ARTICLE_PARTS or not items:
        return False
    if not any(a is items[0] for a in part.iterancestors()):
        return False
    for above in element.iterancestors():
        if above is part:
            break
        if above.tag == "a":
            return False  # a related story's card: the whole card links to that story
    if part.tag != "figure":
        # Byline markup only: a bare "By Jane Doe" line in a box is as often a teaser's.
        return _is_byline(element)
    return (
        _rel_author(element)
        or element.tag == "address"
        or within(element, ("address",))
        or (element.tag == "a" and bool(AUTHOR_PATHS.search(element.get("href", ""))))
    )


# A teaser card is small: its linked title, a credit, perhaps a date and a line of text.
_CARD_ELEMENTS = 60


_CARD_TEXT = 400


# Links that lead to no other item: an e-mail address, a phone number, a place on this page.
_NOT_PAGES = ("mailto:", "tel:", "#", "javascript:")


# A link that reads as another item's headline: a few words at least.
_TITLE_WORDS = 4


_TITLE_CHARS = 25


def _small_blocks(
    element: HtmlElement,
    headline: HtmlElement | None,
    levels: int,
    max_text: int,
    max_elements: int | None = None,
) -> Iterator[HtmlElement]:
    """The blocks around ``element``, up to ``levels`` ancestors, while each is small (fewer
    than ``max_elements`` elements if given, at most ``max_text`` characters) and apart from the
    headline (neither it nor a block holding it): the boxes a credit can belong to when it is
    another item's (:func:`in_teaser`, :func:`in_signup`). The elements are counted first, so
    a large container's text is never read."""
    # The list keeps the proxies alive: an id of a freed lxml proxy is reused by the next one.
    above = list(headline.iterancestors()) if headline is not None else []
    for block in ancestors(element, levels):
        if block is headline or any(a is block for a in above):
            return
        if max_elements is not None and (
            len(list(islice(block.iter(), max_elements))) >= max_elements
        ):
            return
        if len(block.text_content()) > max_text:
            return
        yield block


# How many boxes up from a credit its item's box is looked for (a teaser card, a sign-up box, a
# list of the site's authors): the credit's own element, its line and the item around them.
_ITEM_LEVELS = 3


def in_teaser(element: HtmlElement, headline: HtmlElement | None) -> bool:
    """Inside a teaser card: a small block, apart from the headline, that links to another
    page with a headline's words ("<a>Minden kisgyermeknek jár a játszótéri boldogság</a>
    <span class=author>Kovács Gábor</span>"). The credit there is that item's, not the page's.

    Only small blocks count (a few dozen elements, a few hundred characters), so the article's
    own byline beside its body text, whose links are in-text links, is never one. A card that
    is one link to another page, its title and credit inside, is one however deep the credit
    sits in it (:func:`_in_card_link`).
    """
    if _in_card_link(element, headline):
        return True
    for block in _small_blocks(element, headline, _ITEM_LEVELS, _CARD_TEXT, _CARD_ELEMENTS):
        for link in block.iter("a"):
            if link is element or any(a is link for a in element.iterancestors()):
                continue
            if any(e is element for e in link.iterdescendants()):
                continue
            if _is_byline(link):
                continue  # a co-author's name ("Jane Doe – Journalist i Paris"), no title
            if _title_link(link):
                return True
    return False


def _title_link(link: HtmlElement) -> bool:
    """A link to another page whose text reads as that item's headline (a few words at least):
    no author's page, no address, no place on this page."""
    href = link.get("href", "")
    if not href or AUTHOR_PATHS.search(href) or href.startswith(_NOT_PAGES):
        return False
    title = link.text_content().split()
    return len(title) >= _TITLE_WORDS and len(" ".join(title)) >= _TITLE_CHARS


def _in_card_link(element: HtmlElement, headline: HtmlElement | None) -> bool:
    """Inside a link to another page whose text beside the credit is a title: a teaser card
    written as one ``<a>`` around its picture, title and credit ("<a href=/news/…><h3>Minister
    quits over leaked memo</h3><p class=byline>Jane Doe</p></a>"). A link to the author's page
    around her name and photo, or one that holds the page's own headline, is none."""
    own = element.text_content()
    for link in element.iterancestors("a"):
        href = link.get("href", "")
        if not href or AUTHOR_PATHS.search(href) or href.startswith(_NOT_PAGES):
            continue
        if headline is not None and any(e is headline for e in link.iter()):
            continue
        title = link.text_content().replace(own, " ", 1).split()
        if len(title) >= _TITLE_WORDS and len(" ".join(title)) >= _TITLE_CHARS:
            return True
    return False


# A list of this many items that are each a link alone, with a short text, is a menu (the site's
# sections, a breadcrumb's steps are fewer) or a list of other stories: what older markup writes
# for a ``<nav>``. A credit's list of co-authors is shorter, or holds more than links.
_MENU_ITEMS = 5


_MENU_TEXT = 40


def only_child(element: HtmlElement) -> HtmlElement | None:
    """The element's one child when it holds nothing else (no text, no other element)."""
    if len(element) != 1 or (element.text and not element.text.isspace()):
        return None
    child = element[0]
    if child.tail and not child.tail.isspace():
        return None
    return child


def _menu_links(block: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """The links and their texts of a ``ul``/``ol`` that is a menu: at least
    :data:`_MENU_ITEMS` items, each of them a link and nothing else ("<li><a href=…>Politik
    </a></li>"); none for any other list. Read by the items' children, not their text: every
    list of the page is asked."""
    if len(block) < _MENU_ITEMS:
        return []
    links: list[tuple[HtmlElement, str]] = []
    for item in block:
        if item.tag != "li":
            continue
        link = only_child(item)
        # The link may sit in a wrapper of its own ("<li><div><a>…</a></div></li>").
        if link is not None and link.tag != "a":
            link = only_child(link)
        if link is None or link.tag != "a":
            return []
        text = (link.text if not len(link) else link.text_content()) or ""
        text = text.strip()
        if not text or len(text) > _MENU_TEXT:
            return []
        links.append((link, text))
    return links if len(links) >= _MENU_ITEMS else []


# A list linking to this many authors' pages is the site's list of its writers (a widget of
# "our authors", each with a count of articles), not one article's byline.
_AUTHOR_LIST = 4


def _in_author_list(element: HtmlElement, lists: dict[HtmlElement, bool] | None = None) -> bool:
    """Inside a list (``ul``/``ol``) of links to at least four authors' pages, or inside a menu
    (:func:`_menu_links`): a side menu's link to a columnist's page is no byline of this story.

    ``lists``: the lists already judged, by the caller that asks for many elements of one
    page: each list is read once, not once per item (a list of 6,000 "<li>Von …</li>" lines
    was read 6,000 times, time squared in its length).
    """
    for block in ancestors(element, _ITEM_LEVELS):
        if block.tag in ("ul", "ol"):
            if lists is not None and block in lists:
                return lists[block]
            pages = {
                a.get("href")
                for a in block.iter("a")
                if AUTHOR_PATHS.search(a.get("href", "")) and a.text_content().strip()
            }
            found = len(pages) >= _AUTHOR_LIST or bool(_menu_links(block))
            if lists is not None:
                lists[block] = found
            return found
    return False


# A sign-up box is small: its pitch, perhaps a signature, a field and a button.
_SIGNUP_TEXT = 400


# The fields a reader fills in: a box that holds one asks for an address (a newsletter's sign-up,
# a comment form), never credits the story.
_FIELDS = frozenset({"input", "textarea", "select"})


def in_signup(element: HtmlElement, headline: HtmlElement | None) -> bool:
    """Inside a small block, apart from the headline, that holds a field to fill in: a
    newsletter's sign-up signed by its editor ("<h3>Sign up for the Morning Brief</h3><p>By
    Jane Doe</p><form><input …></form>"), whose name credits the newsletter, not the story.

    A byline line in plain text is the only mark such a signature shares with the story's
    credit; the field beside it is what tells them apart. Only small blocks count (a few
    hundred characters), so a header that holds the headline, the byline and a search field is
    never one."""
    for block in _small_blocks(element, headline, _ITEM_LEVELS, _SIGNUP_TEXT):
        for field in block.iter(*_FIELDS):
            if field.get("type", "").casefold() != "hidden":
                return True
    return False


def credit_elsewhere(
    element: HtmlElement,
    headline: HtmlElement | None,
    lists: dict[HtmlElement, bool] | None = None,
) -> bool:
    """A credit of another item (a teaser) or of the site (a list of its authors);
    ``lists``: see :func:`_in_author_list`."""
    return in_teaser(element, headline) or _in_author_list(element, lists=lists)


def byline_near(headline: HtmlElement | None) -> list[str]:
    """Texts of byline markup nearest the headline (the article's own, not a teaser's): the
    writers' credits of :class:`Bylines`, which a caller that asks for the editors too reads
    once."""
    return Bylines(headline).texts()


# How many boxes up from the headline its byline is looked for: the header or the article
# around it, not the page's whole layout.
_BYLINE_LEVELS = 5


class Bylines:
    """The byline markup near one headline, read once for both questions the resolver asks of
    it: who wrote the story (the ``byline`` source) and whom it calls its editors (whether the
    JSON-LD's author is the CMS account of an editor). Each look over the page's elements (the
    common marks, then the rarer ones, :func:`_candidates`) is made once, when first needed."""

    def __init__(self, headline: HtmlElement | None) -> None:
        self._headline = headline
        self._looks: dict[bool, list[tuple[HtmlElement, bool]]] = {}
        self._texts: dict[bool, list[str]] = {}

    def _elements(self, headline: HtmlElement, more: bool) -> list[tuple[HtmlElement, bool]]:
        if more not in self._looks:
            top = (ancestors(headline, _BYLINE_LEVELS) or [headline])[-1]
            self._looks[more] = _byline_elements(headline, _candidates(top, more=more))
        return self._looks[more]

    def texts(self, editors: bool = False) -> list[str]:
        """:func:`byline_near`'s texts."""
        headline = self._headline
        if headline is None:
            return []
        if editors not in self._texts:
            self._texts[editors] = _byline_texts(
                headline, self._elements(headline, False), _BYLINE_LEVELS, editors
            ) or _byline_texts(headline, self._elements(headline, True), _BYLINE_LEVELS, editors)
        return self._texts[editors]


def _byline_elements(
    headline: HtmlElement, candidates: list[HtmlElement]
) -> list[tuple[HtmlElement, bool]]:
    """The byline elements among ``candidates`` that may be the article's, each with whether
    the credit labels it as an editor's (:func:`_edited_by`)."""
    found = [
        e
        for e in candidates
        if e.tag not in OUTSIDE
        and _is_byline(e)
        and not (len(e) == 0 and label_only(e.text))
        and not _site_credit(e)
        and not _photo_credit(e)
        and not _in_caption_markup(e)
    ]
    # The innermost byline elements only: an outer wrapper repeats its children's text (a
    # label alone, "Автор:", is not one: the name is in its sibling, inside the wrapper).
    # Teasers' credits and editors are left out after that, so that their wrapper does not
    # stand in.
    outer = {id(a) for e in found for a in e.iterancestors()}
    lists: dict[HtmlElement, bool] = {}
    return [
        (e, _edited_by(e))
        for e in found
        if id(e) not in outer
        and not credit_elsewhere(e, headline, lists)
        and not _under_foreign_heading(e, headline)
        and not _mailed_signature(e, headline)
    ]


def _mailed_signature(element: HtmlElement, headline: HtmlElement) -> bool:
    """A writer's address (:func:`_mailed_author`) in a newsletter's sign-up box: its
    editor's signature, which credits the newsletter, not the story (:func:`in_signup`)."""
    return element.get("href", "")[:7].casefold() == "mailto:" and in_signup(element, headline)


def _byline_texts(
    headline: HtmlElement,
    elements: list[tuple[HtmlElement, bool]],
    max_levels: int,
    editors: bool,
) -> list[str]:
    """Texts of the byline ``elements`` (:func:`_byline_elements`) nearest the headline, of the
    editors' elements with ``editors``."""
    chosen = _with_plain_coauthors([e for e, edited in elements if edited is editors])
    return nearest_texts(headline, chosen, _byline_text, lambda t: len(t) <= 200, max_levels)


# A picture's label before a name: "Photo by", "Foto:", "Bild:", "Photos de", in the languages
# the bylines are read in; at the end of the text before the name.
_PHOTO_LABEL = re.compile(
    r"(?<![^\W\d_])(?:photo(?:graph)?s?|fotos?|bild(?:er)?|pictures?|images?|zdjęcie|fotoğraf)"
    r"\s*(?:by|von|de|di|par|door|av|af|przez)?\s*:?\s*$",
    re.I,
)


def _photo_credit(element: HtmlElement) -> bool:
    """Byline markup whose line labels it as a picture's credit: "<span>Photo</span> by <a
    href=/authors/jane-doe>Jane Doe</a>", a photographer's link to the page the site keeps for
    each of its staff, the same link a writer's byline has. Read on the text that stands before
    the element in its parent."""
    return bool(_PHOTO_LABEL.search(_label_before(element, 1)[-40:]))


# Elements that end a line: the text on either side of one is not one word ("<h1>Minister
# resigns</h1><p>Edited by …" reads "resigns", then "Edited by").
_LINE_TAGS = frozenset(
    {*HEADING_TAGS, "p", "div", "section", "article", "header", "footer", "aside", "figure"}
    | {"ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "br", "hr"}
)


def _label_before(element: HtmlElement, levels: int) -> str:
    """The text that stands before ``element`` inside its ancestor ``levels`` up: a credit's
    label ("Foto:", "Editor:") set beside the name, or, where the name sits in an element of its
    own, around it. A line break stands where an element that ends a line does."""
    before = ""
    child = element
    for _ in range(levels):
        parent = child.getparent()
        if parent is None:
            break
        parts = [parent.text or ""]
        for sibling in parent:
            if sibling is child:
                break
            if isinstance(sibling.tag, str):
                parts.append(sibling.text_content())
                if sibling.tag in _LINE_TAGS:
                    parts.append("\n")
            parts.append(sibling.tail or "")
        if child.tag in _LINE_TAGS:
            parts.append("\n")
        before = "".join(parts) + before
        child = parent
    return before


# Classes of a picture's caption or frame: "media-caption", "ni-figure", "gallery-item".
_CAPTION_CLASS = re.compile(r"caption|figure|gallery|slideshow", re.I)


# How far up a credit's box is looked at: the caption, the picture's frame around it.
_CAPTION_LEVELS = 3


# A caption's sentence before the credit in one element: this long at least, closed by a full
# stop. A byline's words before the name are a label, a date or a short line.
_CAPTION_SENTENCE = re.compile(r"\S[^.!?]{60,}[.!?]\s*$")


# Or a caption's words without a stop ("Foto de familia de la segunda reunión del Grupo de
# Madrid"): this many at least, no digit (a date line's are shorter, or hold the date), last
# a name's or a sentence's end, not the lead of a credit ("… by", "Autor:"), nor a credit's
# own words ("By Jane Doe and John Roe <span class=source>Reuters</span>").
_CAPTION_WORDS = 6


def _in_caption_markup(element: HtmlElement) -> bool:
    """Byline markup inside a picture's caption that older markup writes as ``<div>``s, told
    by the caption's classes where ``<figure>`` would have told it ("<div class=ni-figure>
    <span class=author>EFE/ Jane Doe</span>"), or by the caption's sentence that the credit
    closes in one element ("<span>Rescuers search the rubble in Jabalia. <span
    class=author>EFE/ John Roe</span></span>"): it credits the photo, not the story."""
    if any(
        _CAPTION_CLASS.search(block.get("class", ""))
        for block in ancestors(element, _CAPTION_LEVELS)
    ):
        return True
    before = _text_before(element)
    if before is None:
        return False
    before = before.strip()
    lead = CREDIT_LEAD.match(before)
    if lead and not lead.group("before"):
        return False  # "By Jane Doe and …", not "Un grupo de palestinos …"
    if _CAPTION_SENTENCE.search(before):
        return True
    words = before.split()
    return (
        len(words) >= _CAPTION_WORDS
        and not DIGIT.search(before)
        and (words[-1][0].isupper() or words[-1][-1] in ".!?")
    )


def _site_credit(element: HtmlElement) -> bool:
    """A credit of the site, not the story: "Powered by <a class=powered-by-…>…</a>" at the
    foot of a page whose footer older markup writes as a ``<div>``, where only the words
    before the element tell it from a byline."""
    before = _text_before(element)
    if before is None:
        return False
    return bool(SITE_CREDIT.search(f"{before[-40:]} {(element.text or '')[:40]}"))


def _text_before(element: HtmlElement) -> str | None:
    """The text the element's parent sets right before it (the parent's own text, or the tail
    of the element before it): the words a credit's element follows. None for the root."""
    parent = element.getparent()
    if parent is None:
        return None
    previous = element.getprevious()
    return (parent.text if previous is None else previous.tail) or ""


# Inline elements a credit sets a co-author's plain name in, beside the linked ones.
_PLAIN_NAME_TAGS = frozenset({"span", "b", "strong", "em", "i"})


def _with_plain_coauthors(elements: list[HtmlElement]) -> list[HtmlElement]:
    """The byline elements, each author's link replaced by the line that holds it when that
    line names more people without a link: "Von <a rel=author>Jane Doe</a>, <span>John
    Roe</span> und <span>Erika Muster</span>" credits three, the links only those with an
    author's page (:func:`_plain_coauthors`)."""
    out: list[HtmlElement] = []
    lines: dict[HtmlElement, bool] = {}
    for element in elements:
        line = element.getparent()
        if line is not None and line.tag not in OUTSIDE and _author_link(element):
            if line not in lines:
                lines[line] = _plain_coauthors(line)
                if lines[line]:
                    out.append(line)
            if lines[line]:
                continue
        out.append(element)
    return out


def author_page(href: str) -> bool:
    """Whether a link's ``href`` leads to an author's own page (:data:`AUTHOR_PATHS`)."""
    return AUTHOR_PATHS.search(href) is not None


def _author_link(element: HtmlElement) -> bool:
    """A link to an author: ``rel=author`` or to an author's page."""
    return element.tag == "a" and (
        _rel_author(element) or bool(AUTHOR_PATHS.search(element.get("href", "")))
    )


# What parts two names of a list: a comma, an ampersand, a joiner ("und", "and").
JOINED = re.compile(r"[,&;]|(?<!\S)(?:und|and|et|y|e|en|og|och|i|ve|и)(?!\S)")


def _plain_coauthors(line: HtmlElement) -> bool:
    """Whether ``line`` is a credit of author links and names without a link, nothing else:
    its other children plain elements of a name's shape (:func:`name_shaped`), at least one,
    each child parted from the next by a comma or a joiner, its own text only a lead word,
    commas and joiners."""
    plain = 0
    for child in line:
        if not isinstance(child.tag, str):
            continue
        if _author_link(child):
            continue
        if (
            child.tag in _PLAIN_NAME_TAGS
            and not len(child)
            and name_shaped(collapse(child.text or ""))
        ):
            plain += 1
            continue
        return False
    if not plain or not all(JOINED.search(child.tail or "") for child in line[:-1]):
        return False  # "<a>Jane Doe</a><span>The Daily Planet</span>": one credit, no list
    between = " ".join([line.text or "", *(child.tail or "" for child in line)])
    words = between.replace(",", " ").replace("&", " ").split()
    return all(w.casefold() in LINE_WORDS or w.casefold() in LONE_LEADS for w in words)


def nearest_texts(
    headline: HtmlElement,
    elements: list[HtmlElement],
    text_of: Callable[[HtmlElement], str],
    accept: Callable[[str], bool],
    max_levels: int,
) -> list[str]:
    """Accepted texts of ``elements`` in the headline's nearest ancestor that holds any, leaving
    out those in chrome or in another item (:func:`_inside_excluded`)."""

    def collect(scope: HtmlElement) -> Iterator[str]:
        for element in elements:
            if not any(a is scope for a in element.iterancestors()):
                continue
            if _inside_excluded(element, scope, headline):
                continue
            text = text_of(element)
            if text and accept(text):
                yield text

    return nearest(headline, collect, max_levels)


HEADINGS = frozenset(HEADING_TAGS)


# Joiners and name particles: the only lower-case words a byline line holds.
LINE_WORDS = PARTICLES | {
    *("und", "and", "et", "y", "e", "en", "og", "och", "i", "a", "ve", "и"),
    *("ja", "és"),  # Finnish and Hungarian
}


# Headings over what is not the story: the readers' comments, in the plural or with a count
# ("Comments", "3 Kommentare", "Commentaires (12)") or as an invitation to reply, and the lists
# of other stories ("Most read", "Meistgelesen", "Lire aussi", "Related stories"), in the
# languages bylines are read in. Not the singular alone: "Kommentar", "Comment" is an opinion
# piece's label, set as a heading beside its headline, with the writer's credit after it.
_FOREIGN_HEADING = re.compile(
    r"(?:\d+\s+)?(?:"
    r"comments|(?:leser)?kommentare|commentaires|comentarios|commenti|komentarze|yorumlar|"
    r"reacties|reactions|responses|replies|leave a (?:reply|comment)|join the discussion|"
    r"diskutieren sie mit|"
    r"most (?:read|popular|viewed|shared)|trending(?: now)?|related(?: stories| articles| news)?|"
    r"recommended(?: for you)?|(?:read|see) (?:more|also)|also read|more (?:stories|news)|"
    r"top stories|latest news|you (?:may|might) also like|"
    r"meistgelesen(?:e artikel)?|am meisten gelesen|mehr zum thema|lesen sie auch|"
    r"das könnte sie auch interessieren|auch interessant|weitere artikel|ähnliche artikel|"
    r"les plus lus|le plus lu|(?:à )?lire aussi|sur le même sujet|articles similaires|"
    r"lo más leído|más leídas?|te puede interesar|noticias relacionadas|"
    r"i più letti|più letti|leggi anche|potrebbe interessarti|"
    r"meest gelezen|lees ook|gerelateerde artikelen|najczęściej czytane|czytaj (?:także|też)|"
    r"zobacz (?:także|też)|mest (?:lest|lästa|læste)|les også|læs også|läs också|mais lidas|"
    r"leia também|veja também"
    r")(?:\s*\(\d+\))?\s*:?",
    re.I,
)


def foreign_heading(heading: HtmlElement) -> bool:
    """A heading over the readers' comments or over a list of other stories: a line under it
    that opens "By" names a commenter or another story's writer ("<h3>2 Comments</h3><p>By Hans
    Meier</p>", "<h2>Meistgelesen</h2>…<p>Von Max Muster</p>"), which pages without class names
    show as the story's own credit is shown."""
    return bool(_FOREIGN_HEADING.fullmatch(collapse(heading.text_content()).strip()))


# How far up and back a byline's nearest heading is looked for (:func:`_under_foreign_heading`).
_HEADING_LEVELS = 4


_HEADING_SIBLINGS = 12


def _under_foreign_heading(element: HtmlElement, headline: HtmlElement) -> bool:
    """Whether the nearest heading before ``element``, among the earlier siblings of it and of
    its few nearest ancestors, is a :func:`foreign_heading`: a commenter's link to a profile
    under "Comments", another story's author link under "Most read"; or another item's title,
    a heading that is a link to another page (:func:`_linked_title`): "<h2><a href=/post/…>
    Senator Steps Down In April</a></h2><div class=by-date>By <a rel=author>Jane Doe</a>",
    a related story's card. The walk stops at the headline's own block: the story's byline
    there is the story's."""
    above = list(headline.iterancestors())
    for node in chain((element,), ancestors(element, _HEADING_LEVELS)):
        if node is headline or any(a is node for a in above):
            return False
        for sibling in islice(node.itersiblings(preceding=True), _HEADING_SIBLINGS):
            if sibling.tag in HEADINGS:
                return foreign_heading(sibling) or _linked_title(sibling, headline)
    return False


def _linked_title(heading: HtmlElement, headline: HtmlElement) -> bool:
    """A heading, not the page's headline nor around it, whose whole text is one link to
    another page with a headline's words (:func:`_title_link`): another item's title."""
    if heading is headline or any(e is headline for e in heading.iter()):
        return False
    links = list(heading.iter("a"))
    if len(links) != 1 or not _title_link(links[0]):
        return False
    return collapse(links[0].text_content()) == collapse(heading.text_content())


def byline_markup_names(
    tree: HtmlElement,
    names: Iterable[str],
    headline: HtmlElement | None = None,
    read: Callable[[list[str]], list[str]] | None = None,
) -> list[str]:
    """The names, where every one is written in byline markup of the page outside its chrome;
    none where one is not.

    The confirmation a weak source (trafilatura's author, read from any meta tag, any JSON-LD
    item or any byline-like element, a teaser's included) needs before it is stored: the same
    name in an element the page marks as its byline (``rel=author``, an author class, a link to
    an author page) that is not in a nav, aside, footer or figure, nor, when the ``headline`` is
    known, in readers' comments or in another item (a teaser's ``<article>``). A name the
    byline writes only in lower case ("Autor: asty//now") is a reporter's code there, even
    where the extractor capitalised it ("Asty").

    ``read``: how the caller reads names out of a credit. Given, every name must also be one
    that the byline's own text reads as a whole name: trafilatura joins a credit's parts and
    drops the punctuation between them ("Автор: Jane Doe" comes as "Автор Jane Doe", "Jane Doe
    | Outlet" as "Jane Doe; Outlet", a share bar's words after the name as part of it), so the
    label, the role, the outlet or the bar is written in the byline's words too, but the
    byline's text, read with its punctuation, does not name it. Each name is then given as the
    byline writes it where the two differ in punctuation alone: trafilatura drops an
    initial's stop ("Jane Q Doe" for "Jane Q. Doe").
    """
    elements = [e for e in _candidates(tree) if _is_byline(e)]
    if headline is None:
        kept = [e for e in elements if not within(e, OUTSIDE)]
    else:
        lists: dict[HtmlElement, bool] = {}
        kept = [
            e
            for e in elements
            if not _inside_excluded(e, None, headline) and not credit_elsewhere(e, headline, lists)
        ]
    texts = [_byline_text(e) for e in kept]
    looses = [loose(t) for t in texts]
    forms: list[list[str]] | None = None
    wanted = list(names)
    for name in wanted:
        key = loose(name)
        if not key:
            return []
        if not any(key in text for text in looses):
            if forms is None:
                forms = [form_words(t) for t in texts]
            words = form_words(name)
            if not words or not any(_written_in(words, form) for form in forms):
                return []
        lower = name.casefold()
        shown_lower = lower != name and any(lower in t for t in texts)
        if shown_lower and not any(lower in t.casefold() and lower not in t for t in texts):
            return []  # written in lower case only: a code or a user name
    if read is None or not wanted:
        return wanted
    shown: dict[tuple[str, ...], str] = {}
    for written in read(texts):
        written_words = tuple(form_words(written))
        shown.setdefault(written_words, written)
        shown.setdefault(written_words[::-1], written)
    out: list[str] = []
    for name in wanted:
        form = shown.get(tuple(form_words(name)))
        if form is None:
            return []  # in the byline's words, but not a name its text reads
        out.append(form if loose(form) == loose(name) else name)
    return out


def _written_in(words: list[str], text_words: list[str]) -> bool:
    """Whether the name's words stand together in the text's, in order or turned round, as
    catalogues and some bylines write a name ("Doe, Jane"). Together: "Jane Smith and John
    Doe" does not write "Jane Doe"."""
    n = len(words)
    runs = {tuple(text_words[i : i + n]) for i in range(len(text_words) - n + 1)}
    return tuple(words) in runs or tuple(reversed(words)) in runs


# Text nodes that hold a word, outside what a reader never sees (scripts, styles, the <head>).
_SHOWN_TEXT = etree.XPath(
    "//body//text()[contains(., $word)]"
    "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def shown_on_page(tree: HtmlElement, names: Iterable[str]) -> bool:
    """Whether any of the names is written somewhere a reader sees it (a word of it, at least).

    JSON-LD and meta tags are filled by the CMS; names in them that the page shows nowhere
    (not in a byline, not under a photo, not in a ticker entry) are often the account that
    uploaded the story, not its author. One name shown is enough: a ticker's JSON-LD lists
    every reporter, the page shows those of its latest entries.
    """
    for name in names:
        words = [w for w in name.split() if len(w) >= 3] or [name]
        for word in (words[0], words[-1]):
            # Also as bylines set it in capitals ("JANE DOE"), as the page writes a name the CMS
            # holds in capitals (a wire's "By JANE DOE, AP Sports Writer" shown as "Jane Doe")
            # and without its accents ("Jose" for "José"): the same name in another form.
            forms = (word, word.upper(), word.capitalize(), without_accents(word))
            if any(_SHOWN_TEXT(tree, word=w) for w in dict.fromkeys(forms)):
                return True
    return False


def name_shaped(text: str) -> bool:
    """Two to four capitalised words with nothing but letters, a name's particles between:
    "Jane Doe", "Anna-Lena van der Berg"; not a date, a phrase, a label ("Foto: …"), nor
    words in capitals ("LIVE UPDATES"), which cannot be told from a heading."""
    words = text.split()
    if not 2 <= len(words) - sum(w in PARTICLES for w in words) <= 4 or len(text) > 60:
        return False
    if words[0] in PARTICLES or words[-1] in PARTICLES:
        return False
    for word in words:
        if word in PARTICLES:
            continue
        if not word[0].isupper() or (len(word) > 2 and word.isupper()):
            return False
        if not word.replace("-", "").replace("'", "").replace("’", "").rstrip(".").isalpha():
            return False
    return True


# The most authors an article's ``rel="author"`` links may name: more are a list of the site's
# writers (a box of columnists), not one story's credit.
_ARTICLE_AUTHORS = 4


def article_authors(headline: HtmlElement | None) -> list[str]:
    """The names of the ``rel="author"`` links of the <article> that holds the headline, in
    page order, wherever in it they stand: HTML defines such a link as the author of its
    nearest <article>, and some pages set the credit far from the headline (a sidebar box of
    the writers with their roles) where no byline markup nearby names them. Where no <article>
    holds the headline (older markup, a theme of <div>s), those of the page outside any
    <article>: HTML defines a link in none as the author of the page itself.

    Only links to a page (not to a place on this one), outside a nested <article> (another
    story's card), a teaser, a list of the site's authors or the page's chrome, with a name's
    text; at most :data:`_ARTICLE_AUTHORS` distinct names."""
    if headline is None:
        return []
    article = next(headline.iterancestors("article"), None)
    scope = article if article is not None else headline.getroottree().find("body")
    if scope is None:
        return []
    names: list[str] = []
    links: list[HtmlElement] = []
    for link in scope.iter("a"):
        if not _rel_author(link) or not link.get("href", "").strip("#"):
            continue
        if next(link.iterancestors("article"), None) is not article:
            continue  # a nested article's (a card of another story), or another article's
        if within(link, OUTSIDE) or in_teaser(link, headline) or _in_author_list(link):
            continue
        name = collapse(link.text_content())
        if name and name not in names:
            names.append(name)
            links.append(link)
    if article is None and not _one_box(links):
        return []  # a byline here, cards of other stories with theirs in a list there
    return names if len(names) <= _ARTICLE_AUTHORS else []


# The most text of the box that holds a page's authors' links where no <article> holds them:
# their names and roles ("Jane Doe, Professor of Climate Science, Newcastle University").
_AUTHORS_BOX = 600


def _one_box(links: list[HtmlElement]) -> bool:
    """Whether the links stand in one small box (:data:`_AUTHORS_BOX`): the page's credit, not
    the byline of its story and those of the cards of others, which pages without <article>
    mark with the same ``rel="author"``."""
    if len(links) < 2:
        return True
    for box in links[0].iterancestors():
        if all(any(a is box for a in link.iterancestors()) for link in links[1:]):
            return len(collapse(box.text_content())) <= _AUTHORS_BOX
    return False
