"""Where a page credits its authors: byline markup near the headline, a lead line, a reporters'
credit in the text, JSON-LD, and the evidence that tells a dateline from a second reporter.

The resolver (:mod:`pipelines.text.metadata`) asks them in this order, after the JSON-LD's
authors (:func:`jsonld_authors`): byline markup near the headline (:class:`Bylines`), a line
near it that opens with a lead word ("Von", "By", "Oleh": :func:`lead_byline_near`), a credit
in the text (:func:`credit_in_text`), a name shown only by its place beside the date, or on a
line of its own with the day the story went up or was filed (:func:`position_byline_near`,
:func:`_posted_credit`, :func:`_slashed_credit`), a line whose form alone credits writers
(:func:`opening_credit_near`), a Korean credit line (:func:`korean_credit_near`), the
``rel="author"`` links of the headline's ``<article>`` (:func:`article_authors`) and the credit
after the story's last paragraph (:func:`closing_credit_near`). They pass over the credits of
other things: a teaser card's (:func:`_in_teaser`), a picture's (:func:`_in_caption_markup`), a
newsletter sign-up's (:func:`_in_signup`), a menu's or a list of the site's authors
(:func:`_in_author_list`), a reader's comment (:func:`_under_foreign_heading`). trafilatura's
author is stored only where the byline markup names the same people
(:func:`byline_markup_names`). Byline markup is told by the words of its classes and ids
(:data:`_BYLINE_CLASS`), less those of a picture, a role, a date or the writer's place
(:data:`_NOT_BYLINE_CLASS`), and by ``rel="author"``, ``itemprop="author"``, an ``<address>``
and links to an author's page (:func:`_is_byline`).

What those credits say is read into names by :mod:`pipelines.text.names`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Any
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement

from pipelines.text.dates import MONTH_NAMES, WEEKDAYS, shown_days
from pipelines.text.names import (
    CJK,
    CJK_CHAR,
    CREDIT_LEAD,
    DIGIT,
    EDITOR_LABEL,
    LONE_LEADS,
    NAME_SPLIT,
    PARTICLES,
    ROLES,
    SITE_CREDIT,
    WHEN_LABEL_AFTER,
    WIRE_MATERIAL,
    desk_credit,
    form_words,
    label_key,
    name_parts,
    without_accents,
)
from pipelines.text.structured import HEADING_TAGS, ancestors, collapse, loose, nearest, within

# Path segments of links to the site's sections: their texts are labels (a desk, a topic),
# never a person; so are the texts of navigation and footer links.
_SECTION_PATHS = re.compile(
    r"/(?:categor(?:y|ies)|section|tags?|topics?|them(?:a|en)|ressort|rubrik|kategorie)/"
)

# Path segments of links to an author's own page: the link text is that person's name.
_AUTHOR_PATHS = re.compile(
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
                if _SECTION_PATHS.search(element.get("href", "")):
                    self._add(_link_text(element))
            elif tag == "nav" or tag == "footer":
                # An article's own footer names its author (rel="author", a link to the
                # author's page): that link is no label.
                for a in element.iter("a"):
                    self._add(_link_text(a), a, _is_byline)
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


def _edited_by(element: HtmlElement) -> bool:
    """A name whose next element gives the role of an editor ("<h6>Jane Doe</h6>
    <h6>Editor</h6>"), or whose own element ends with that role on a line of its own ("<a
    href=/profile/…><h6>Jane Doe</h6><h6>Editor</h6></a>", the link to a profile that holds
    both): the person who checked the story, not the one who wrote it."""
    label = element.getnext()
    if label is not None and isinstance(label.tag, str) and _editor_role(label.text_content()):
        return True
    if not len(element):
        return False
    lines = [t for t in element.itertext() if t.strip()]
    return len(lines) > 1 and _editor_role(lines[-1])


def _editor_role(text: str) -> bool:
    return collapse(text).strip(" .,:;|-–—").casefold() in _EDITOR_ROLES


# The properties and meta tags in which a page states where its story was written: schema.org's
# article location and dateline, the geo and Dublin Core vocabularies, Open Graph's locality.
_PLACE_PROPERTIES = ("contentLocation", "locationCreated", "dateline")
_PLACE_META = ("geo.placename", "og:locality", "dcterms.spatial", "dc.coverage.spatial")
# What follows the place of a dateline opening a paragraph of the story: an agency in brackets, a
# date after a comma, a dash or a full stop: "BERLIN (dpa) - ", "NEW YORK, May 3 (Reuters) - ",
# "WASHINGTON, May 3 — ", "Berlin - ", "Berlin. " (German regional papers).
_AFTER_PLACE = (
    r"(?:\s*\([^()\n]{1,30}\)\s*[–—:-]|,\s[^\n()–—]{0,25}\d[^\n()–—]{0,10}"
    r"(?:\([^()\n]{1,30}\))?\s*[–—-]|\s*[–—-]|\.)\s"
)
# The place is a few words; whether each is capitalised is tested after (:func:`_place_words`).
_TEXT_DATELINE = re.compile(
    rf"(?P<place>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){{0,3}}?){_AFTER_PLACE}"
)
# The same in capitals anywhere on the page ("BERLIN –" before a paragraph the extractor left
# out): no colon after the place alone, which is how transcripts label a speaker ("JANE DOE:").
_CAPITALS_DATELINE = re.compile(_AFTER_PLACE)
# Lower-case words inside a place's name: "Frankfurt am Main", "Rio de Janeiro".
_PLACE_PARTICLES = PARTICLES | {"am", "an", "im", "upon", "on", "sur", "sul", "nad", "na"}
# Elements of the page marked as the story's dateline.
_DATELINE_ELEMENTS = etree.XPath(
    # By their attributes: a third cheaper than testing each element's class.
    "//@class[contains(., 'ateline')]/.. | //@itemprop[. = 'dateline']/.."
)
_PAGE_TEXT = etree.XPath(
    "//body//text()[starts-with(normalize-space(.), $place)]"
    "[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def _place_words(text: str) -> bool:
    """A place's form: capitalised words, lower-case particles between them, no digits."""
    words = text.split()
    return (
        bool(words)
        and not DIGIT.search(text)
        and all(
            w[0].isupper() or (0 < i < len(words) - 1 and w in _PLACE_PARTICLES)
            for i, w in enumerate(words)
        )
    )


def _stated_places(entity: dict[str, Any] | None, meta: dict[str, list[str]]) -> list[str]:
    """The places the page's article entity and meta tags (:data:`_PLACE_META`) state."""
    values: list[Any] = [v for name in _PLACE_META for v in meta.get(name, ())]
    for key in _PLACE_PROPERTIES if entity else ():
        value = entity.get(key) if entity else None
        values.extend(value if isinstance(value, list) else [value])
    out: list[str] = []
    for value in values:
        if isinstance(value, dict):
            address = value.get("address")
            locality = address.get("addressLocality") if isinstance(address, dict) else None
            value = [value.get("name"), locality]
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                out.extend(_place_parts(text))
    return out


def _place_parts(text: str) -> list[str]:
    """The parts of a stated place: "BEIRUT, Lebanon", "Berlin (dpa)" each name two."""
    return [p.strip() for p in re.split(r"[,;()/]", text) if p.strip()]


class Places:
    """Where the page says its story was written: the evidence that reads "Jane Doe, Berlin"
    as a reporter and her dateline, not as two people.

    A credit's part after the name is a place when the page states that place itself: the
    article's JSON-LD location or dateline (``entity``) and the geo meta tags (``meta``, see
    :func:`_stated_places`), a dateline opening one of the story's first paragraphs (``text``),
    an element marked as the dateline, or the words in capitals as a dateline anywhere on the
    page. Without such evidence the part stays a name: a one-word name after a full one is as
    often a second reporter or the truth's own form ("Jane Doe, Sweidah"). Read only when a
    credit has such a part, once for each, the page's tree only when the cheaper evidence does
    not tell.
    """

    def __init__(
        self,
        tree: HtmlElement | None = None,
        text: str | None = None,
        entity: dict[str, Any] | None = None,
        meta: dict[str, list[str]] | None = None,
    ) -> None:
        self._tree = tree
        self._text = text
        self._entity = entity
        self._meta = meta or {}
        self._keys: set[tuple[str, ...]] | None = None
        self._asked: dict[str, bool] = {}
        self._walked = False

    def _read(self) -> set[tuple[str, ...]]:
        """The stated places and those of the datelines opening the story's first lines."""
        places = _stated_places(self._entity, self._meta)
        for line in (self._text or "").split("\n", 4)[:4]:
            line = line.strip()
            match = _TEXT_DATELINE.match(line)
            if match and WHEN_LABEL_AFTER.match(line, match.end("place")):
                # "John Plunkett. Updated November 3rd, 2023": a credit and the day the story
                # went up; a dateline's place opens the story's sentence.
                continue
            if match and _place_words(match.group("place")):
                places.append(match.group("place"))
        return {tuple(form_words(p)) for p in places} - {()}

    def _marked(self) -> set[tuple[str, ...]]:
        """The places that open the page's dateline elements ("BERLIN, May 3"); one that is
        an author's box too ("byline-dateline") opens with the reporter."""
        places = set()
        for element in _DATELINE_ELEMENTS(self._tree) if self._tree is not None else ():
            if _AUTHOR_BOX.search(element.get("class", "")):
                continue
            first = _place_parts(collapse(element.text_content()))[:1]
            if first and _place_words(first[0]):
                places.add(tuple(form_words(first[0])))
        return places

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if name not in self._asked:
            self._asked[name] = self._says(name)
        return self._asked[name]

    def _says(self, name: str) -> bool:
        """Whether the page says ``name`` is a place, from the cheapest evidence on."""
        if self._keys is None:
            self._keys = self._read()
        key = tuple(form_words(name))
        if key in self._keys:
            return True
        if self._tree is None or not _place_words(name):
            return False
        if not self._walked:
            self._walked = True
            self._keys |= self._marked()
        if key in self._keys:
            return True
        capitals = name.upper()
        return any(
            _capitals_dateline(node, capitals) for node in _PAGE_TEXT(self._tree, place=capitals)
        )


# Class words of the boxes that present a reporter ("author-bio", "byline", "profile"): a name
# in capitals with a dash there opens a biography, not a dateline.
_AUTHOR_BOX = re.compile(r"uthor|utor|yline|writer|reporter|journalist|bio|profil", re.I)
# A dateline opens a paragraph of the story: this much running text follows it.
_DATELINE_PARAGRAPH = 40


def _capitals_dateline(node: Any, capitals: str) -> bool:
    """Whether a text node that opens with ``capitals`` is a dateline: the place, its dateline
    punctuation (in the node or just after its element: "<b>BERLIN</b> (dpa) –") and a
    paragraph after it, outside an author's box (which sets "JANE DOE – Reporter …" so)."""
    parent = node.getparent()
    if parent is None:
        return False
    block = parent if node.is_text else parent.getparent()
    rest = str(node).lstrip()[len(capitals) :]
    if not rest.strip() and node.is_text:
        rest, block = parent.tail or "", parent.getparent()
    if block is None or not _CAPITALS_DATELINE.match(rest):
        return False
    if any(_AUTHOR_BOX.search(e.get("class", "")) for e in (block, *ancestors(block, 3))):
        return False
    return len(collapse(block.text_content())) >= len(capitals) + _DATELINE_PARAGRAPH


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
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and "organization" in k.casefold() for k in kinds):
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
_COMMENTS = re.compile(r"comment|discussion|disqus", re.I)
# A blockquote holds someone else's words (a quotation, an embedded post) with their writer's
# name: never the article's byline.
_OUTSIDE = frozenset(
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
            if href and (
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
            ):
                out.append(element)
    return out


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
    if _rel_author(element):
        return True
    if "author" in element.get("itemprop", "").casefold():
        return True
    if element.tag == "a" and _AUTHOR_PATHS.search(element.get("href", "")):
        return True  # a link to the author's page: "von <a href="/autoren/…">Name</a>"
    if element.tag == "a" and (_author_anchor(element) or _mailed_author(element)):
        return True
    if element.tag == "address":
        # HTML's element for the contact of the article (or page) it sits in: its author. The
        # site's address in the footer is chrome, left out with the footer.
        return True
    classes = element.get("class", "")
    if _BYLINE_CLASS.search(classes) and not _NOT_BYLINE_CLASS.search(classes):
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
    list with it, each with its own author, none of them the page's byline."""
    return len(_SAME_ID(element, ident=ident)) == 1


def _byline_text(element: HtmlElement) -> str:
    if element.tag == "a":
        spelled = _coded_author(element)
        if spelled:
            return spelled
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if child.get("itemprop") == "name" or re.search(r"\bname\b", child.get("class", "")):
            return collapse(child.get("content") or _lines_text(child))
    return collapse(element.get("content") or _without_role_line(element, _lines_text(element)))


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
    if slug is None or not _AUTHOR_PATHS.search(href):
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


def _label_only(text: str | None) -> bool:
    """A byline element's text that is only its label: "Автор:", "By", "Von"."""
    label = (text or "").strip(" .,:;|-–—\n\t").casefold()
    return bool(label) and (label in ROLES or label in LONE_LEADS)


# Where an element starts or ends inside a byline's text, until the text is read.
_EDGE = "\x00"
_EDGE_IN_WORD = re.compile(rf"(?<=\w){_EDGE}+(?=\w)")


# A mark set in superscript after a name: the number, letter or sign of a note that gives the
# author's affiliation ("Jane Doe<sup>1,2</sup>", "John Roe<sup>*</sup>"), never part of a name.
_MARK = re.compile(r"\s*(?:[\d*†‡§a-z]{1,3}\s*,?\s*){1,4}")


def _lines_text(element: HtmlElement) -> str:
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
        if ancestor.tag in _OUTSIDE and not _article_part(ancestor, element, headline_items):
            return True
        if _COMMENTS.search(ancestor.get("class", "")) or _COMMENTS.search(ancestor.get("id", "")):
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
        or (element.tag == "a" and bool(_AUTHOR_PATHS.search(element.get("href", ""))))
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
    another item's (:func:`_in_teaser`, :func:`_in_signup`). The elements are counted first, so
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


def _in_teaser(element: HtmlElement, headline: HtmlElement | None, levels: int = 3) -> bool:
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
    for block in _small_blocks(element, headline, levels, _CARD_TEXT, _CARD_ELEMENTS):
        for link in block.iter("a"):
            if link is element or any(a is link for a in element.iterancestors()):
                continue
            if any(e is element for e in link.iterdescendants()):
                continue
            href = link.get("href", "")
            if not href or _AUTHOR_PATHS.search(href) or href.startswith(_NOT_PAGES):
                continue
            if _is_byline(link):
                continue  # a co-author's name ("Jane Doe – Journalist i Paris"), no title
            title = link.text_content().split()
            if len(title) >= _TITLE_WORDS and len(" ".join(title)) >= _TITLE_CHARS:
                return True
    return False


def _in_card_link(element: HtmlElement, headline: HtmlElement | None) -> bool:
    """Inside a link to another page whose text beside the credit is a title: a teaser card
    written as one ``<a>`` around its picture, title and credit ("<a href=/news/…><h3>Minister
    quits over leaked memo</h3><p class=byline>Jane Doe</p></a>"). A link to the author's page
    around her name and photo, or one that holds the page's own headline, is none."""
    own = element.text_content()
    for link in element.iterancestors("a"):
        href = link.get("href", "")
        if not href or _AUTHOR_PATHS.search(href) or href.startswith(_NOT_PAGES):
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


def _only_child(element: HtmlElement) -> HtmlElement | None:
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
        link = _only_child(item)
        # The link may sit in a wrapper of its own ("<li><div><a>…</a></div></li>").
        if link is not None and link.tag != "a":
            link = _only_child(link)
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


def _in_author_list(
    element: HtmlElement, levels: int = 3, lists: dict[HtmlElement, bool] | None = None
) -> bool:
    """Inside a list (``ul``/``ol``) of links to at least four authors' pages, or inside a menu
    (:func:`_menu_links`): a side menu's link to a columnist's page is no byline of this story.

    ``lists``: the lists already judged, by the caller that asks for many elements of one
    page: each list is read once, not once per item (a list of 6,000 "<li>Von …</li>" lines
    was read 6,000 times, time squared in its length).
    """
    for block in ancestors(element, levels):
        if block.tag in ("ul", "ol"):
            if lists is not None and block in lists:
                return lists[block]
            pages = {
                a.get("href")
                for a in block.iter("a")
                if _AUTHOR_PATHS.search(a.get("href", "")) and a.text_content().strip()
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


def _in_signup(element: HtmlElement, headline: HtmlElement | None, levels: int = 3) -> bool:
    """Inside a small block, apart from the headline, that holds a field to fill in: a
    newsletter's sign-up signed by its editor ("<h3>Sign up for the Morning Brief</h3><p>By
    Jane Doe</p><form><input …></form>"), whose name credits the newsletter, not the story.

    A byline line in plain text is the only mark such a signature shares with the story's
    credit; the field beside it is what tells them apart. Only small blocks count (a few
    hundred characters), so a header that holds the headline, the byline and a search field is
    never one."""
    for block in _small_blocks(element, headline, levels, _SIGNUP_TEXT):
        for field in block.iter(*_FIELDS):
            if field.get("type", "").casefold() != "hidden":
                return True
    return False


def _elsewhere(
    element: HtmlElement,
    headline: HtmlElement | None,
    lists: dict[HtmlElement, bool] | None = None,
) -> bool:
    """A credit of another item (a teaser) or of the site (a list of its authors);
    ``lists``: see :func:`_in_author_list`."""
    return _in_teaser(element, headline) or _in_author_list(element, lists=lists)


def byline_near(
    headline: HtmlElement | None, max_levels: int = 5, *, editors: bool = False
) -> list[str]:
    """Texts of byline markup nearest the headline (the article's own, not a teaser's).

    With ``editors``, the names the credit labels as the story's editors (:func:`_edited_by`)
    instead of its writers. A caller that asks both reads :class:`Bylines` once.
    """
    return Bylines(headline, max_levels).texts(editors)


class Bylines:
    """The byline markup near one headline, read once for both questions the resolver asks of
    it: who wrote the story (the ``byline`` source) and whom it calls its editors (whether the
    JSON-LD's author is the CMS account of an editor). Each look over the page's elements (the
    common marks, then the rarer ones, :func:`_candidates`) is made once, when first needed."""

    def __init__(self, headline: HtmlElement | None, max_levels: int = 5) -> None:
        self._headline = headline
        self._max_levels = max_levels
        self._looks: dict[bool, list[tuple[HtmlElement, bool]]] = {}
        self._texts: dict[bool, list[str]] = {}

    def _elements(self, headline: HtmlElement, more: bool) -> list[tuple[HtmlElement, bool]]:
        if more not in self._looks:
            top = (ancestors(headline, self._max_levels) or [headline])[-1]
            self._looks[more] = _byline_elements(headline, _candidates(top, more=more))
        return self._looks[more]

    def texts(self, editors: bool = False) -> list[str]:
        """:func:`byline_near`'s texts."""
        headline = self._headline
        if headline is None:
            return []
        if editors not in self._texts:
            self._texts[editors] = _byline_texts(
                headline, self._elements(headline, False), self._max_levels, editors
            ) or _byline_texts(headline, self._elements(headline, True), self._max_levels, editors)
        return self._texts[editors]


def _byline_elements(
    headline: HtmlElement, candidates: list[HtmlElement]
) -> list[tuple[HtmlElement, bool]]:
    """The byline elements among ``candidates`` that may be the article's, each with whether
    the credit labels it as an editor's (:func:`_edited_by`)."""
    found = [
        e
        for e in candidates
        if e.tag not in _OUTSIDE
        and _is_byline(e)
        and not (len(e) == 0 and _label_only(e.text))
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
        and not _elsewhere(e, headline, lists)
        and not _under_foreign_heading(e, headline)
        and not _mailed_signature(e, headline)
    ]


def _mailed_signature(element: HtmlElement, headline: HtmlElement) -> bool:
    """A writer's address (:func:`_mailed_author`) in a newsletter's sign-up box: its
    editor's signature, which credits the newsletter, not the story (:func:`_in_signup`)."""
    return element.get("href", "")[:7].casefold() == "mailto:" and _in_signup(element, headline)


def _byline_texts(
    headline: HtmlElement,
    elements: list[tuple[HtmlElement, bool]],
    max_levels: int,
    editors: bool,
) -> list[str]:
    """Texts of the byline ``elements`` (:func:`_byline_elements`) nearest the headline, of the
    editors' elements with ``editors``."""
    chosen = _with_plain_coauthors([e for e, edited in elements if edited is editors])
    return _nearest_texts(headline, chosen, _byline_text, lambda t: len(t) <= 200, max_levels)


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
    parent = element.getparent()
    if parent is None:
        return False
    before = [parent.text or ""]
    for sibling in parent:
        if sibling is element:
            break
        if isinstance(sibling.tag, str):
            before.append(sibling.text_content())
        before.append(sibling.tail or "")
    return bool(_PHOTO_LABEL.search("".join(before)[-40:]))


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
    parent = element.getparent()
    if parent is None:
        return False
    previous = element.getprevious()
    before = (parent.text if previous is None else previous.tail) or ""
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
    parent = element.getparent()
    if parent is None:
        return False
    previous = element.getprevious()
    before = (parent.text if previous is None else previous.tail) or ""
    return bool(SITE_CREDIT.search(f"{before[-40:]} {(element.text or '')[:40]}"))


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
        if line is not None and line.tag not in _OUTSIDE and _author_link(element):
            if line not in lines:
                lines[line] = _plain_coauthors(line)
                if lines[line]:
                    out.append(line)
            if lines[line]:
                continue
        out.append(element)
    return out


def author_page(href: str) -> bool:
    """Whether a link's ``href`` leads to an author's own page (:data:`_AUTHOR_PATHS`)."""
    return _AUTHOR_PATHS.search(href) is not None


def _author_link(element: HtmlElement) -> bool:
    """A link to an author: ``rel=author`` or to an author's page."""
    return element.tag == "a" and (
        _rel_author(element) or bool(_AUTHOR_PATHS.search(element.get("href", "")))
    )


# What parts two names of a list: a comma, an ampersand, a joiner ("und", "and").
_JOINED = re.compile(r"[,&;]|(?<!\S)(?:und|and|et|y|e|en|og|och|i|ve|и)(?!\S)")


def _plain_coauthors(line: HtmlElement) -> bool:
    """Whether ``line`` is a credit of author links and names without a link, nothing else:
    its other children plain elements of a name's shape (:func:`_name_shaped`), at least one,
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
            and _name_shaped(collapse(child.text or ""))
        ):
            plain += 1
            continue
        return False
    if not plain or not all(_JOINED.search(child.tail or "") for child in line[:-1]):
        return False  # "<a>Jane Doe</a><span>The Daily Planet</span>": one credit, no list
    between = " ".join([line.text or "", *(child.tail or "" for child in line)])
    words = between.replace(",", " ").replace("&", " ").split()
    return all(w.casefold() in _LINE_WORDS or w.casefold() in LONE_LEADS for w in words)


def _nearest_texts(
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


# Text nodes that open a byline written without byline markup: "Von " before a link, "By Jane
# Doe", "Autor: …". The lead word alone, or first and followed by a space.
_LEAD_WORDS = (
    *("Von", "By", "Par", "Por", "Door", "Di", "Av", "Af", "Od", "Przez"),
    # The phrases that open a byline in English, French, Italian and the Scandinavian
    # languages ("Written by", "Propos recueillis par": interview by, "A cura di": edited by,
    # "Skrevet af/av", "Skrivet av": written by).
    *("Written by", "Words by", "Reporting by", "Reported by", "Propos recueillis par"),
    *("A cura di", "Skrevet af", "Skrevet av", "Skrivet av"),
    # Bylines in lower case ("von Max Muster", "by Jane Doe", "di Mario Rossi", "door …",
    # "par Jeanne Dupont", "por Juana Pérez").
    *("von", "by", "di", "door", "av", "af", "par", "por"),
    # And in capitals ("BY JANE DOE AND JOHN ROE"): read on the page's word only
    # (:func:`_capitals_shown`).
    *("VON", "BY", "PAR", "POR", "DOOR"),
    # "By" in Indonesian and Malay, and in Arabic ("بقلم": by the pen of).
    *("Oleh", "بقلم"),
)
# Alone, only the capitalised ones: a lower-case "by" between elements is as often a photo's
# credit ("<span>Photo</span> by <a>…</a>") as the article's.
_LEAD_ALONE = frozenset(word for word in _LEAD_WORDS if word[0].isupper())
# A lower-case one alone only where it opens its element, the name in the element after it:
# "<div>von <a>Jane Doe</a></div>", "<span>by<br><span>Jane Doe</span></span>". A photo's
# credit has its label before the word ("<span>Photo</span> by <a>…</a>": the word is a tail).
_LEAD_OPENS = frozenset(word for word in _LEAD_WORDS if word.islower() and " " not in word)
# The text is compared as XPath's normalize-space() would see it (only ASCII spaces, tabs and
# line breaks are spacing there), so each lead word is followed by each of those.
_XML_SPACE = " \t\n\r"
_LEAD_STARTS = (
    *(word + space for word in _LEAD_WORDS for space in _XML_SPACE),
    *("Autor:", "Author:", "Autorin:", "Text:"),
    # Labels and phrases of more languages (Italian, French, Polish, Turkish, Spanish,
    # Portuguese, German), each the way a byline line opens in its language; only a space after
    # the phrases (each entry here is tested on every text node of the page).
    *("Autore:", "Auteur:", "Auteur :", "Tekst:", "Yazar:", "Text und Fotos:"),
    *("Napisał ", "Napisała ", "Escrito por ", "Reportagem de "),
    # "Text" in French, Spanish, Portuguese, Italian and Russian, the Czech and Polish label
    # for a woman, the Turkish labels of the item's writer and reporter, the Russian author.
    *("Texte:", "Texte :", "Texto:", "Testo:", "Текст:", "Autorka:", "Haber:", "Muhabir:"),
    *("Автор:", "Авторы:"),
    # "Von" as a label ("Von: JANE DOE"), the label of the writer in Bosnian, Croatian and
    # Serbian ("Piše:", "Pišu:": writes, write) and in Indonesian ("Penulis:"), and the French
    # credit of an interview ("Recueilli par …").
    *("Von:", "Piše:", "Pišu:", "Penulis:"),
    # The Turkish label of the writer ("Yazan:"), the Finnish for "text", the Hungarian
    # "author", the plural label in Czech, Slovak, Italian and Romanian.
    *("Yazan:", "Teksti:", "Szerző:", "Autoři:", "Autori:"),
    # German opinion and feature pieces name their kind before the writer ("Ein Kommentar von
    # Jane Doe"), and some credits say "written by" ("Verfasst von", "Geschrieben von").
    *("Ein Kommentar von ", "Eine Analyse von ", "Ein Gastbeitrag von ", "Eine Kolumne von "),
    *("Ein Essay von ", "Verfasst von ", "Geschrieben von "),
    *("Recueilli par ", "Recueillie par ", "Recueillis par "),
    # The reporter's label in English and Indonesian ("Wartawan": journalist), the Greek
    # "writes:" ("Γράφει: Μαρία Παπαδοπούλου") and the Arabic "by the pen of" with a colon.
    *("Reporter:", "Wartawan:", "Γράφει:", "بقلم:"),
    # Chinese and Japanese credits of the writer ("作者：", "文／"). Not "记者：": Chinese
    # interviews write it before each of the reporter's questions.
    *("作者：", "作者:", "文：", "文:", "文／", "文/", "文・"),
)
# Every text node, as lxml's strings that know their parent. Tested in Python: an XPath asking
# normalize-space() of every node for each lead word cost five times as much.
_TEXT_NODES = etree.XPath(".//text()")


# A lead word after a bar or a dot that parts a line's items: the credit as the last item of the
# story's date line ("Do 25.04.24 | 14:07 Uhr | Von <span>Jane Doe</span>"), which older markup
# sets in one element without a class of its own for the name. Only the capitalised words: a
# credit that opens an item is written as a credit opens a line.
_ITEM_LEAD = re.compile(r"[|·•]\s*(?:Von|By|Par|Por|Door|Di|Przez|Av|Af|Od)(?=\s|$)")


def _lead_texts(top: HtmlElement) -> list[Any]:
    """The text nodes under ``top`` that open with a lead word (:data:`_LEAD_STARTS`) or hold
    one after a line's bar (:data:`_ITEM_LEAD`)."""
    found = []
    for node in _TEXT_NODES(top):
        text = node.strip(_XML_SPACE)
        if (
            text in _LEAD_ALONE
            or (text in _LEAD_OPENS and not node.is_tail)
            or text.startswith(_LEAD_STARTS)
            or (("|" in text or "·" in text or "•" in text) and _ITEM_LEAD.search(text))
        ):
            found.append(node)
    return found


_HEADINGS = frozenset(HEADING_TAGS)


def _headings_before(
    elements: Iterable[HtmlElement], wanted: list[HtmlElement]
) -> dict[HtmlElement, HtmlElement | None]:
    """For each element of ``wanted``, the last heading before it that is not its ancestor:
    what ``preceding::*[self::h1 or … or self::h6][1]`` finds.

    ``elements``: the whole document in document order (``root.iter()``), walked once for all
    of ``wanted`` and only as far as the last of them; the XPath, asked once per element,
    walked back over the page each time, which cost a table of 10,000 byline cells about a
    minute (time squared in the page's size).
    """
    left = set(wanted)
    last: HtmlElement | None = None
    before: dict[HtmlElement, HtmlElement | None] = {}
    # Each heading's own last heading before it: the next one to try when the last heading
    # before an element is that element's ancestor (a byline inside its <h2>).
    previous: dict[HtmlElement, HtmlElement | None] = {}
    for element in elements:
        if not left:
            break
        if element in left:
            left.discard(element)
            before[element] = last
        if element.tag in _HEADINGS:
            previous[element] = last
            last = element
    found: dict[HtmlElement, HtmlElement | None] = {}
    for element in wanted:
        heading = before.get(element)
        if heading is not None:
            above = list(element.iterancestors(*_HEADINGS))
            while heading is not None and any(a is heading for a in above):
                heading = previous[heading]
        found[element] = heading
    return found


# Joiners and name particles: the only lower-case words a byline line holds.
_LINE_WORDS = PARTICLES | {
    *("und", "and", "et", "y", "e", "en", "og", "och", "i", "a", "ve", "и"),
    *("ja", "és"),  # Finnish and Hungarian
}
MAX_LINE = 80
# A name in a script without case is told from a phrase by its form alone: two to four letters
# (Chinese and Korean names, most Japanese ones), no punctuation. A line holds the names listed
# with "、" or spaces: a full-width comma there parts a sentence's clauses.
_CJK_NAME = re.compile(rf"[{CJK}]{{2,4}}")


# A news agency's code in lower case after the name ("Von Jane Doe, dpa", "…, dpa/afp"): the
# agency the reporter files for, which the names' reading leaves out.
_AGENCY_CODE = re.compile(r",\s*[a-z]{2,4}(?:/[a-z]{2,4})*$")


def _byline_line(text: str) -> bool:
    """A short line of a lead word and names: "Von Max Muster und Erika Mustermann", not a
    sentence ("By Sunday the minister had resigned.", "文：从市政府获悉，今年…")."""
    if len(text) > MAX_LINE or text.endswith(("!", "?")):
        return False
    rest = CREDIT_LEAD.sub("", text, count=1)
    if rest == text:
        return False
    if CJK_CHAR.search(rest):
        # No case to tell a name from a word: every part must have a name's form.
        if "，" in rest:
            return False
        parts = [p for part in NAME_SPLIT.split(rest) for p in part.split()]
        return all(_CJK_NAME.fullmatch(p) for p in parts)
    rest = _AGENCY_CODE.sub("", WIRE_MATERIAL.sub("", rest))
    return not [w for w in rest.split() if w[:1].islower() and w.casefold() not in _LINE_WORDS]


# How far above the headline a byline line is looked for when none is nearer: pages in older
# markup wrap the headline and the line of its credit each in several <div>s of their own.
_WIDER_LEVELS = 5


def lead_byline_near(headline: HtmlElement | None, max_levels: int = 3) -> list[str]:
    """Byline lines without byline markup nearest the headline: "<p>Von <a>Max Muster</a></p>".

    A weaker form than markup, read only when JSON-LD, byline markup and meta tags name nobody;
    a line is the whole text of the element that holds the lead word, short and made of names.
    Where ``max_levels`` above the headline hold none, :data:`_WIDER_LEVELS` do (as far as
    :func:`byline_near` looks for markup).
    """
    if headline is None:
        return []
    credits: dict[HtmlElement, str] = {}
    texts = _lead_lines(headline, max_levels, credits)
    if texts is None and max_levels < _WIDER_LEVELS:
        texts = _lead_lines(headline, _WIDER_LEVELS, credits)
    return texts or []


def _lead_lines(
    headline: HtmlElement, max_levels: int, credits: dict[HtmlElement, str]
) -> list[str] | None:
    """:func:`lead_byline_near` within ``max_levels`` above the headline; ``None`` where no
    element there holds a lead word (only then is a wider look worth its walk over the page:
    lines found and turned down nearer, a teaser's under its linked heading, say the same of
    the lines farther away). ``credits``: each line's credit (:func:`_line_credit`) once read,
    for every level and look tried."""
    top = (ancestors(headline, max_levels) or [headline])[-1]
    candidates: list[HtmlElement] = []
    seen: set[HtmlElement] = set()
    for node in _lead_texts(top):
        holder = node.getparent()
        if holder is not None and node.is_tail:
            holder = holder.getparent()
        if holder is None or holder.tag in _OUTSIDE or holder is top:
            continue
        if holder in seen:
            # One element holds several lead words ("Von A<br>…<br>Von B"): its line is read
            # once; read once per lead word, a long element cost time squared in its length.
            continue
        seen.add(holder)
        if holder.tag == "a" or within(holder, ("a",)):
            continue  # a teaser card is a link; a byline line is not inside one
        candidates.append(holder)
    if not candidates:
        return None
    previous = _headings_before(top.getroottree().getroot().iter(), candidates)
    foreign: dict[HtmlElement, bool] = {}
    lists: dict[HtmlElement, bool] = {}
    holders: list[HtmlElement] = []
    for holder in candidates:
        heading = previous[holder]
        if heading is not None and heading is not headline:
            if heading not in foreign:
                foreign[heading] = _item_heading(heading) or _foreign_heading(heading)
            if foreign[heading]:
                # Under another item's linked heading: a teaser's or a related story's line
                # (a subtitle heading between the headline and the byline links nowhere);
                # under the heading of the readers' comments or of a list of other stories:
                # a commenter's, another story's.
                continue
        if _elsewhere(holder, headline, lists):
            continue  # a teaser card's credit beside its linked title, a list of authors
        if _in_signup(holder, headline):
            continue  # a newsletter's signature beside its sign-up field
        holders.append(holder)

    shown = _ShownText(headline.getroottree())

    def accept(text: str) -> bool:
        return _byline_line(text) and _capitals_shown(shown, text)

    def credit(element: HtmlElement) -> str:
        if element not in credits:
            credits[element] = _line_credit(element)
        return credits[element]

    texts = _nearest_texts(headline, holders, credit, accept, max_levels)
    if all(_label_only(text) for text in texts):
        # No line, or the nearest lines are labels alone ("Автор:", "<span>By</span>"): the
        # name is in the element after each (:func:`_labelled_credit`). Only then: where a
        # nearer line names someone, a label's next element is as often the byline markup's
        # account ("By <a>NEWSROOM</a>" above "<p>By Jane Doe</p>").
        texts = _nearest_texts(
            headline, holders, lambda e: _labelled_credit(e, credit(e)), accept, max_levels
        )
    return texts


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


def _foreign_heading(heading: HtmlElement) -> bool:
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
    its few nearest ancestors, is a :func:`_foreign_heading`: a commenter's link to a profile
    under "Comments", another story's author link under "Most read". The walk stops at the
    headline's own block: the story's byline there is the story's."""
    above = list(headline.iterancestors())
    for node in chain((element,), ancestors(element, _HEADING_LEVELS)):
        if node is headline or any(a is node for a in above):
            return False
        for sibling in islice(node.itersiblings(preceding=True), _HEADING_SIBLINGS):
            if sibling.tag in _HEADINGS:
                return _foreign_heading(sibling)
    return False


def _item_heading(heading: HtmlElement) -> bool:
    """A heading that links to another item: not one whose links all lead to the site's tag or
    section pages, the story's own tag cloud set in a heading ("<h5><a href=/tag/…>…</a></h5>"),
    after which the story's credit may still come."""
    return any(not _SECTION_PATHS.search(a.get("href", "")) for a in heading.iter("a"))


class _ShownText:
    """The page's shown text nodes, read on the first question and once per page: asked
    with an XPath per line, a table of thousands of byline lines in capitals cost time squared
    in its size (3,600 cells took 7 s)."""

    def __init__(self, tree: Any) -> None:
        self.tree = tree
        self.text: str | None = None

    def __contains__(self, word: str) -> bool:
        if self.text is None:
            # NUL joins them: a word found must stand within one node, as XPath's contains()
            # on each node finds it (the parser keeps no NUL in the page's text).
            self.text = "\x00".join(_SHOWN_TEXTS(self.tree))
        return word in self.text


def _capitals_shown(shown: _ShownText, line: str) -> bool:
    """Whether a byline line set in capitals names people the page writes elsewhere in the
    usual case ("Jane Doe" in an author's box, a caption, the story): in capitals a name
    cannot be told from a phrase ("BY POPULAR DEMAND") or an outlet ("BY NBC BOSTON"), so the
    page must say it. A line whose lead word is in the usual case passes ("By JANE DOE",
    "Par AFP"), as before: only the lead words in capitals are read on this condition."""
    if not line.isupper():
        return True
    rest = CREDIT_LEAD.sub("", line, count=1)
    parts = [p.strip(" .,:;") for p in NAME_SPLIT.split(rest)]
    names = [p.title() for p in parts if p]
    return bool(names) and all(name in shown for name in names)


# A blog's post line goes on after the credit: the date it was posted ("Von Max Muster am
# 03.05.2013, 11:51", "By Jane Doe on May 3, 2013", "Par Jean Dupont le 3 mai 2013") and, after
# a bar, its comment count and category ("| 0 Kommentare | Energie"). The date is a preposition
# and a day (a number, or a month's name and a number) up to the end of the line.
_LINE_DATE = re.compile(
    r"\s+(?:am|on|le|el|il|op|em|den)\s+(?:\d|[^\W\d_]+\.?\s+\d)[^|]{0,40}$", re.I
)


# The line goes on after a dash with the time or date it was posted: "Par Jean DUPONT - 05:01 -
# Temps de lecture : 2 min", "By Jane Doe – 12.05.2024". A name holds no figure, and a hyphen
# inside a name has no space around it ("Anne-Marie").
_DASH_DATE = re.compile(r"\s+[-–—]\s+\d.*$")
# A line's first word and the line break after it (:func:`_lines_text` writes it as a comma).
_LEAD_BREAK = re.compile(r"(\w+),\s+")


def _line_credit(element: HtmlElement) -> str:
    """A byline line's credit: its text before the first bar (or the item after a bar that opens
    with a lead word, :data:`_ITEM_LEAD`), without the date it was posted and without the
    editors named after it.

    The bar parts the credit from the rest of the post's line as it does in byline markup
    (:func:`names.name_parts`: after a bar comes the outlet), and a credit keeps no date. A line
    break parts the name from the title on the next line as in byline markup
    (:func:`_lines_text`): "By JANE DOE<br>AP Writer" is not "JANE DOEAP Writer".
    """
    text = collapse(_lines_text(element))
    first = _LEAD_BREAK.match(text)
    if first and first.group(1).casefold() in LONE_LEADS:
        # The lead word on a line of its own above the name ("von<br>Jane Doe"): one credit.
        text = f"{first.group(1)} {text[first.end() :]}"
    head = text.partition("|")[0]
    if not CREDIT_LEAD.match(head):
        # The credit as a later item of the line ("12.05.2024 | Von Jane Doe"): from its lead
        # word on, up to the next item.
        item = _ITEM_LEAD.search(text)
        if item:
            head = text[item.start() + 1 :].lstrip().partition("|")[0]
    return EDITOR_LABEL.sub("", _LINE_DATE.sub("", _DASH_DATE.sub("", head.rstrip())))


def _labelled_credit(element: HtmlElement, text: str) -> str:
    """A line (its credit ``text``) that is a label alone, with the name of the element after
    it: "<p>Автор:</p><p><a>Jane Doe</a></p>", where older markup has no class to join the
    two."""
    after = element.getnext()
    if not _label_only(text) or after is None or not isinstance(after.tag, str):
        return text
    name = collapse(_lines_text(after))
    return f"{text} {name}" if len(name) <= MAX_LINE else text


# A Chinese press credit at the start of the story: "〔記者巫其倫／台北報導〕" ("reporter X,
# reporting from Taipei"), several reporters joined by "、". The names are two to four
# characters; the place follows the slash.
_CHINESE_CREDIT = re.compile(
    r"[〔（(【\[]\s*記者\s*([^\s／/、〕）)】\]]{2,4}(?:、[^\s／/、〕）)】\]]{2,4})*)\s*[／/]"
    r"[^〕）)】\]]{0,12}(?:報導|报导|報道)\s*[〕）)】\]]"
)


# A wire story's credit at its end: "(Reporting by Jane Doe and John Roe; Editing by …)".
_REPORTING_BY = re.compile(r"\bReporting by ([^;()\n]{3,120}?)\s*(?:[;)]|\.?$|\n)", re.M)


def credit_in_text(text: str | None) -> list[str]:
    """Reporters a credit in the story's text names: a Chinese credit at its start (the
    first 300 characters, where papers put it), a wire's "Reporting by …" at its end (the
    last 400); editors and writers of the wire's desk are not the reporters."""
    if not text:
        return []
    match = _CHINESE_CREDIT.search(text[:300])
    if match:
        return match.group(1).split("、")
    match = _REPORTING_BY.search(text[-400:])
    return [match.group(1)] if match else _wire_credit_line(text)


# The wire's credit as a paragraph of its own, in brackets: "(Reporting by Jane Doe; Editing by
# John Roe)".
_WIRE_CREDIT_LINE = re.compile(r"^\(Reporting by ([^;()\n]{3,120}?)\s*[;)]", re.M)


def _wire_credit_line(text: str) -> list[str]:
    """The reporters of the one bracketed wire credit paragraph (:data:`_WIRE_CREDIT_LINE`)
    anywhere in the text: where the extractor kept what follows the story (its comments, a
    sign-up, when no class name tells them apart), the credit is no longer in the last
    characters. Only when the text holds one such paragraph: a page of several wire items
    credits each its own reporters."""
    if "(Reporting by" not in text:
        return []
    found = _WIRE_CREDIT_LINE.findall(text)
    return [found[0]] if len(found) == 1 else []


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
        kept = [e for e in elements if not within(e, _OUTSIDE)]
    else:
        lists: dict[HtmlElement, bool] = {}
        kept = [
            e
            for e in elements
            if not _inside_excluded(e, None, headline) and not _elsewhere(e, headline, lists)
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
# All of them, for many words asked of one page (:class:`_ShownText`).
_SHOWN_TEXTS = etree.XPath(
    "//body//text()"
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


# The elements after the headline read for a credit shown by position only: a header's name and
# date lines come before this many; past them, the story or the page's other parts.
_POSITION_WALK = 150
# A paragraph: the header (and its credit) ends where the story's first one starts, the one after
# the standfirst.
_PARAGRAPH_CHARS = 100
# The line that holds the name and the date together: short, nothing but a credit.
_POSITION_BLOCK_CHARS = 160
_POSITION_LEVELS = 3
_DATE_CLASS = re.compile(r"date|time", re.I)
_NOT_POSITION = re.compile(
    r"caption|credit|photo|image|img|copyright|share|social|tag|topic|categor|breadcrumb|kicker|"
    r"label|section|rubri|ressort|teaser|related|comment|more",
    re.I,
)
_UNSEEN = frozenset({"script", "style", "noscript", "template", "svg", "button", "select"})


def _after(headline: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after the headline (not inside it), in document order."""
    node: HtmlElement | None = headline
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


def _header_lines(headline: HtmlElement, paragraphs: int) -> Iterator[HtmlElement]:
    """The elements after the headline that hold a line of text of their own (no element
    inside, nothing unseen, no heading), up to the story: :data:`_POSITION_WALK` elements at
    most, and no farther than the paragraph after the first ``paragraphs`` ones."""
    seen = 0
    for count, element in enumerate(_after(headline)):
        if count >= _POSITION_WALK:
            return
        if not isinstance(element.tag, str):
            continue
        if element.tag == "p" and len(element.text_content().strip()) >= _PARAGRAPH_CHARS:
            seen += 1
            if seen > paragraphs:
                return
        if len(element) or element.tag in _UNSEEN or element.tag in _HEADINGS:
            continue
        yield element


def _name_shaped(text: str) -> bool:
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


# At most this many names in one credit line read by its place alone.
_POSITION_NAMES = 3
# The joiners before the last of a list of names ("Jane Doe, John Roe and Max Muster").
_LAST_JOINER = re.compile(r"\s(?:und|and|et|y|e|en|og|och|i|ve|и)\s|&")


def _credit_shaped(text: str) -> bool:
    """A name-shaped line (:func:`_name_shaped`), or a credit that reads as one: names joined
    by "and" ("Jane Doe, John Roe and Max Muster"), a name and the outlet after a bar ("Jane
    Doe | The Daily Planet"), a name and a wire or a role after a comma ("Jane Doe, The
    Associated Press", "Jane Doe, AP Sports Writer"). Not names parted by commas alone: "New
    York, United States" is as often the place beside the date."""
    if _name_shaped(text):
        return True
    head, bar, tail = text.partition("|")
    if DIGIT.search(tail):
        return False  # "New York | May 3, 2023": a dateline's place and the date, no credit
    head = head.strip()
    parts = [p.strip() for p in _JOINED.split(head)]
    if len(parts) > _POSITION_NAMES + 1 or not all(_name_shaped(p) for p in parts):
        return False
    if bar or len(parts) == 1:
        return len(parts) == 1 or bool(_LAST_JOINER.search(head))
    if _LAST_JOINER.search(head):
        return True
    # "Name, X": X a wire or a role, which the names' reading takes for no person.
    return len(parts) == 2 and not name_parts([parts[1]], [], "", [], set())


def _dated(element: HtmlElement) -> bool:
    """An element that shows the story's day or time: a ``<time>``, an element whose class
    says so ("date", "time"), or a text that writes a day out."""
    if element.tag == "time" or _DATE_CLASS.search(element.get("class", "")):
        return True
    # Collapsed: markup indents a date's text on lines of its own, which is no longer date.
    # Its own text, also after an icon inside it ("<span><svg>…</svg>June 19, 2019</span>").
    text = collapse(" ".join([element.text or "", *(child.tail or "" for child in element)]))
    return len(text) <= 60 and bool(_FULL_YEAR_OR_DOTS.search(text)) and bool(shown_days(text, 1))


_FULL_YEAR_OR_DOTS = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2}|(?:19|20)\d\d")


def position_byline_near(headline: HtmlElement | None) -> list[str]:
    """Names a page shows by their place alone: a short line of two to four capitalised words
    between the headline and the story's first paragraph (a standfirst may come between), in
    one small block with the story's date ("<h1>…</h1><div><div>Jane Doe</div><div>06.11.2023
    </div></div><p>…").

    Pages that declare nothing else still set their credit there, in elements their style
    sheet alone tells apart. The weakest of the page's own sources, read after all the others
    (only a listing's hint and the extractor's guess come later): the name must
    be a whole element of its own, beside the date (not above the headline, where kickers
    stand, nor under a picture or in a link to another page, where credits of photos and
    teasers stand); a block with more than two such lines is a list, not a credit.
    """
    if headline is None:
        return []
    names: list[HtmlElement] = []
    posted: dict[HtmlElement, str] = {}
    # Past the standfirst, the story itself.
    for element in _header_lines(headline, paragraphs=1):
        if within(element, _HEADINGS | _UNSEEN):
            continue
        text = collapse(element.text or "")
        if _credit_shaped(text):
            names.append(element)
        elif credit := _posted_credit(text) or _slashed_credit(text):
            names.append(element)
            posted[element] = credit
    for element in names:
        block = element if element in posted else _date_block(element)
        if block is None or _in_link(element):
            continue
        if _in_teaser(element, headline) or _in_signup(element, headline):
            # Beside another story's linked title (a related or most-read card, a name and
            # its day), or in a newsletter's sign-up: that item's credit.
            continue
        if element in posted:
            if _apart_from_story(element) and not _header_cell(element, headline):
                continue
            return [posted[element]]
        found = [e for e in names if any(a is block for a in e.iterancestors())]
        return [collapse(e.text or "") for e in found] if len(found) <= 2 else []
    return []


def _posted_credit(text: str) -> str:
    """The credit of a line that names the writer and, after a date's label, the day the story
    went up: "John Plunkett. Updated November 3rd, 2023", "Jane Doe | Published 03.05.2024" (a
    line of its own under the headline, where no markup marks either). Empty where the line is
    none such: the label must stand after a credit-shaped name (:func:`_credit_shaped`) and
    before a day; a date after a place alone ("New York, May 3, 2023") has no label."""
    if len(text) > _POSITION_BLOCK_CHARS:
        return ""
    when = WHEN_LABEL_AFTER.search(text)
    if when is None or not shown_days(when.group(), 1):
        return ""
    credit = text[: when.start()]
    return credit if _credit_shaped(credit) else ""


# A credit line's slash between the name and the place and day it was written at.
_CREDIT_SLASH = re.compile(r"\s/\s")
# At most this many words name the place after the slash ("Nai Dilli", "Rio de Janeiro").
_PLACE_WORDS = 3


def _slashed_credit(text: str) -> str:
    """The credit of a line that names the writer, then after a slash the place and the day it
    was filed: "Jane Doe / Mumbai September 29, 2020", a form Indian papers set under the
    headline in every script. Empty where the line is none such: the name must be
    credit-shaped (:func:`_credit_shaped`), or two to four words of a script without capitals
    (:func:`_caseless_name`), and the rest a place of a few words before a day. "New York /
    May 3, 2023" names no place after its slash: its opening is the place, not a writer."""
    if len(text) > _POSITION_BLOCK_CHARS:
        return ""
    parts = _CREDIT_SLASH.split(text, maxsplit=1)
    if len(parts) != 2 or not shown_days(parts[1], 1):
        return ""
    head, tail = (part.strip() for part in parts)
    place = [
        word
        for word in re.split(r"\d", tail, maxsplit=1)[0].split()
        if word.casefold().strip(".,") not in MONTH_NAMES
    ]
    if not 1 <= len(place) <= _PLACE_WORDS or not all(_lettered(w.strip(",")) for w in place):
        return ""
    return head if _credit_shaped(head) or _caseless_name(head) else ""


def _lettered(word: str) -> bool:
    """Whether a word is letters alone, with the marks vowels take in Indic scripts ("मुंबई"),
    which ``str.isalpha`` refuses."""
    return bool(word) and all(unicodedata.category(char)[0] in "LM" for char in word)


def _caseless_name(text: str) -> bool:
    """Two to four words of letters (:func:`_lettered`) of a script without capitals ("ऐश्ली
    कुटिन्हो"), where :func:`_name_shaped` cannot read a name by its case."""
    words = text.split()
    if not 2 <= len(words) <= 4 or CJK_CHAR.search(text):
        return False
    return all(_lettered(word) and word.lower() == word.upper() for word in words)


def _header_cell(element: HtmlElement, headline: HtmlElement) -> bool:
    """Whether ``element`` sits in a cell of the layout table that sets the headline in a cell
    too: old templates set the whole page in table cells, the story's header among them,
    where a cell is no sign of a table's data or a picture's credit."""
    table = next(element.iterancestors("table"), None)
    return table is not None and next(headline.iterancestors("table"), None) is table


# The longest outlet named after a credit's bar ("Jane Doe | El Sol de San Juan del Río").
_OUTLET_CHARS = 40
# Where a credit set by its form alone does not stand: a list's item, a table's cell, a
# caption (the names a picture shows).
_NOT_OPENING = frozenset({"figcaption", "li", "td", "th", "dd"})


def _opening_shaped(text: str) -> bool:
    """A line whose form alone says it credits the story's writers: names and the outlet
    after a bar ("Jane Doe | The Daily Planet", "Jane Doe, John Roe, Max Muster | USA TODAY"),
    a name and a wire after a comma ("Jane Doe, The Associated Press"), names joined by "and"
    ("Jane Doe and John Roe"). Not a name alone: under a headline that is as often a kicker,
    the person an interview or a portrait is about, or a picture's subject."""
    if _name_shaped(text):
        return False
    head, bar, tail = text.partition("|")
    if not bar:
        return _credit_shaped(text)
    tail = tail.strip()
    if not tail or "|" in tail or len(tail) > _OUTLET_CHARS or DIGIT.search(tail):
        return False  # no outlet, or a date line's items ("Jane Doe | 3 May | 14:07")
    # With an outlet after the bar, names listed with commas alone are a credit too.
    parts = [p.strip() for p in _JOINED.split(head.strip())]
    return len(parts) <= _POSITION_NAMES + 1 and all(_name_shaped(p) for p in parts)


def opening_credit_near(headline: HtmlElement | None) -> list[str]:
    """The one credit line between the headline and the story's first paragraph whose form
    alone reads as a credit (:func:`_opening_shaped`), with no date beside it.

    Pages that declare nothing and style their header by hashed class names set the writers
    on a line of their own under the headline ("<h1>…</h1><div>Jane Doe and John Roe</div>
    <div>USA TODAY Network</div><p>…"), the date lines apart in another box or nowhere: the
    shape :func:`position_byline_near` needs the date for. Read after it, and only a line the
    form marks as a credit (an outlet after a bar, a wire after a comma, names joined by
    "and"), the only such line there, in no link to another page, no teaser card, list,
    table, caption, sign-up box or block of a picture."""
    if headline is None:
        return []
    # The story starts at its first paragraph; a standfirst counts as its start too.
    found = [
        e for e in _header_lines(headline, paragraphs=0) if _opening_shaped(collapse(e.text or ""))
    ]
    if len(found) != 1:
        return []  # several credit-shaped lines: a list (of authors, of cards), not one credit
    element = found[0]
    if _not_opening(element) or _in_link(element):
        return []
    if _in_teaser(element, headline) or _in_signup(element, headline):
        return []
    return [collapse(element.text or "")]


def _not_opening(element: HtmlElement) -> bool:
    """Where a credit line by its form is not the story's: inside a heading, a caption, a list,
    a table, the page's parts apart from the story (:data:`_OUTSIDE`), below a class that names
    such a part (:data:`_NOT_POSITION`), or in a small block that shows a picture (its caption
    names who the picture shows)."""
    for depth, above in enumerate(chain((element,), element.iterancestors())):
        if above.tag in _OUTSIDE or above.tag in _NOT_OPENING or above.tag in _HEADINGS:
            return True
        if above.tag in _UNSEEN:
            return True
        if depth <= _POSITION_LEVELS:
            if _NOT_POSITION.search(above.get("class", "")):
                return True
            if len(collapse(above.text_content())) <= _POSITION_BLOCK_CHARS and any(
                True for _ in above.iter("img", "picture", "video")
            ):
                return True
    return False


def _in_link(element: HtmlElement) -> bool:
    """Inside a link to another page than an author's: a teaser card ("<a href=…><h3>…</h3>
    <span>Jane Doe</span><span>16/06/2020</span></a>") credits that item, however far up the
    link is (the name and its date make a small block inside the card)."""
    return any(
        a.tag == "a" and not _AUTHOR_PATHS.search(a.get("href", ""))
        for a in chain((element,), element.iterancestors())
    )


def _apart_from_story(element: HtmlElement, depth: int = _POSITION_LEVELS) -> bool:
    """Whether an element, or one of its ``depth`` nearest ancestors, is where credits of
    pictures, links and labels stand: the page's parts apart from the story
    (:data:`_OUTSIDE`), a caption, a list item, a table cell, or a class that names such a
    part (:data:`_NOT_POSITION`)."""
    for above in islice(chain((element,), element.iterancestors()), depth + 1):
        if above.tag in _OUTSIDE or above.tag in ("figcaption", "li", "td"):
            return True
        if _NOT_POSITION.search(above.get("class", "")):
            return True
    return False


def _date_block(element: HtmlElement) -> HtmlElement | None:
    """The small block around a name-shaped element that holds a date too, unless the name
    sits where credits of pictures, links and labels stand."""
    for depth, above in enumerate(chain((element,), element.iterancestors())):
        if _apart_from_story(above, depth=0) or _DATE_CLASS.search(above.get("class", "")):
            return None
        if depth > _POSITION_LEVELS:
            return None
        text = above.text_content()
        if len(text) > 10 * _POSITION_BLOCK_CHARS or len(collapse(text)) > _POSITION_BLOCK_CHARS:
            return None
        if depth and any(_dated(e) for e in above.iterdescendants() if isinstance(e.tag, str)):
            return above
    return None


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
        if within(link, _OUTSIDE) or _in_teaser(link, headline) or _in_author_list(link):
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


# A Korean paper's credit line, the whole of its element: the places the reporter wrote from,
# the name, the word for "reporter" (or "correspondent"), the count of co-writers it does not
# name and the reporter's address (left out of the credit read): "순천, 광양 구현모 기자
# jdoe@example.com", "박준석 기자 외 1명", "홍길동·김철수 특파원". A picture's credit ends a
# caption's sentence ("… 있다. 고영권 기자") or carries its label ("사진=…"), so it is never the
# whole line.
_KOREAN_CREDIT = re.compile(
    r"(?P<credit>(?:[\uac00-\ud7af]+(?:\s*[,·]\s*[\uac00-\ud7af]+)*\s+)?"
    r"[\uac00-\ud7af]{2,4}(?:\s*[,·]\s*[\uac00-\ud7af]{2,4})*\s*(?:기자|특파원)"
    r"(?:\s*외\s*\d+\s*명)?)(?:\s*[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?",
    re.I,
)
_KOREAN_ROLE_TEXTS = etree.XPath("following::text()[contains(., '기자') or contains(., '특파원')]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# The longest credit line, and how far up from the text with the role word its element may be.
_KOREAN_CREDIT_CHARS = 80
_KOREAN_CREDIT_LEVELS = 2


def korean_credit_near(headline: HtmlElement | None) -> list[str]:
    """The first Korean credit line after the headline (:data:`_KOREAN_CREDIT`), where no
    markup marks it: Korean papers set the reporter's credit in that one form, under the
    headline or at the end of the story, in elements their style sheet alone tells apart.

    Only a line that is the credit and nothing else, outside the page's chrome, captions,
    lists, small blocks with a picture (:func:`_not_opening`), links to other pages and teaser
    cards: the credits of pictures and of other stories stand there.
    """
    if headline is None or not _HANGUL.search(headline.text_content()):
        return []  # a story headed in another script: the search of its text costs, finds none
    for text in _KOREAN_ROLE_TEXTS(headline):
        element = text.getparent()
        if element is None:
            continue
        if text.is_tail:
            element = element.getparent()
        for _ in range(_KOREAN_CREDIT_LEVELS + 1):
            if element is None or any(a is element for a in headline.iterancestors()):
                break
            line = collapse(element.text_content())
            if len(line) > _KOREAN_CREDIT_CHARS:
                break
            credit = _KOREAN_CREDIT.fullmatch(line)
            if credit:
                if _not_opening(element) or _in_link(element) or _in_teaser(element, headline):
                    break
                return [credit.group("credit")]
            element = element.getparent()
    return []


# How far after the headline the story's paragraphs are looked for: a long page's story ends
# within this many elements; past them, its comments and the page's foot.
_CLOSING_WALK = 3000
# A credit line after the story: a few names and an agency, never a sentence.
_CLOSING_CHARS = 80
# A credit wholly in brackets, half- or full-width: "(Juan Pérez)", "（山田太郎）".
_BRACKETED_CREDIT = re.compile(r"[(（]\s*([^()（）]+?)\s*[)）]")
_BOLD = frozenset({"strong", "b"})


def closing_credit_near(headline: HtmlElement | None) -> list[str]:
    """The credit a story sets after its last paragraph, where no markup marks it: the writer
    in brackets ("(Juan Pérez)", "（山田太郎）"), the writer and the agency or place after a
    slash ("Jane Doe / AFP", "Jane Doe/dpa"), or the writer's name alone in bold ("<p><strong>
    Jane Doe</strong></p>"), as Spanish, Portuguese, German, Vietnamese and Japanese papers
    sign their stories. Only the names before a slash are the credit.

    The story is the block that holds the most of the long paragraphs after the headline; the
    credit is the first element with text after its last one, a line of its own of that shape
    (:func:`_closing_shaped`): a plain last line ("Jane Doe" alone, "Ähnliche Artikel") is
    as often a signature, a heading or the page's next box."""
    if headline is None:
        return []
    counts: dict[HtmlElement, int] = {}
    last: dict[HtmlElement, HtmlElement] = {}
    for element in islice(_after(headline), _CLOSING_WALK):
        if element.tag != "p" or len(element.text_content().strip()) < _PARAGRAPH_CHARS:
            continue
        block = element.getparent()
        if block is None or within(element, _OUTSIDE):
            continue
        counts[block] = counts.get(block, 0) + 1
        last[block] = element
    if not counts:
        return []
    story = max(counts, key=lambda block: counts[block])  # the first of the largest
    for sibling in last[story].itersiblings():
        if not _shows_text(sibling):
            continue
        text = collapse(sibling.text_content())
        credit = _closing_shaped(sibling, text)
        return [credit] if credit and not _in_link(sibling) else []
    return _footer_credit(story)


# How many elements after the story's box its footer's credit line is looked for in.
_FOOTER_WALK = 40
# The words a day's time is written with: "um 14:26", "at 2:26 pm", "kl. 14.26", "14:26 Uhr".
_AT_TIME = frozenset({"um", "at", "à", "a", "las", "alle", "om", "kl", "uhr", "h", "am", "pm"})


def _footer_credit(story: HtmlElement) -> list[str]:
    """Where the story's box ends with its last paragraph: the credit line a blog post's
    footer sets after the box, the writer and the day the post went up ("<div><span>Jane Doe
    </span> | 29.07.2006 um 14:26</div>"), read by its form alone (:func:`_footer_shaped`).

    Only the first line with text of its own after the box is read, past lines of nothing but
    links (the post's tags and categories, its share buttons); a comment's header has the same
    form, and comes after a heading ("3 Kommentare") or inside a box named for comments."""
    for element in islice(_after(story), _FOOTER_WALK):
        if not isinstance(element.tag, str) or element.tag in _UNSEEN or _in_link(element):
            continue
        if not _own_text(element):
            continue
        around = (element, *ancestors(element, _POSITION_LEVELS))
        if any(_COMMENTS.search(f"{a.get('class', '')} {a.get('id', '')}") for a in around):
            return []
        credit = _footer_shaped(collapse(element.text_content()))
        return [credit] if credit else []
    return []


def _own_text(element: HtmlElement) -> bool:
    """Whether an element shows text outside the elements it holds (its own line)."""
    return bool((element.text or "").strip()) or any((c.tail or "").strip() for c in element)


def _footer_shaped(text: str) -> str:
    """The name of a post footer's line "Jane Doe | 29.07.2006 um 14:26": one name-shaped
    credit (:func:`_name_shaped`), a bar, and nothing after it but the day and its time."""
    head, bar, tail = (part.strip() for part in text.partition("|"))
    if not bar or len(tail) > _OUTLET_CHARS or "|" in tail or not shown_days(tail, 1):
        return ""
    for word in re.findall(r"[^\W\d_]+", tail):
        folded = word.casefold()
        if folded not in MONTH_NAMES and folded not in WEEKDAYS and folded not in _AT_TIME:
            return ""  # "Berlin | 29.07.2006 Politik": more than a day
    return head if _name_shaped(head) else ""


def _desk_joined(text: str) -> str:
    """The names of a closing line that credits them with the desk that edited the story:
    "Jane Doe und Redaktion Example.ch", "Jane Doe and the Example staff"; else ""."""
    joiners = list(_LAST_JOINER.finditer(text))
    if not joiners:
        return ""
    head, tail = text[: joiners[-1].start()].strip(), text[joiners[-1].end() :].strip()
    return head if desk_credit(tail) and _credit_shaped(head) else ""


def _closing_shaped(element: HtmlElement, text: str) -> str:
    """The credit of a line after a story (:func:`closing_credit_near`), else ""."""
    if len(text) > _CLOSING_CHARS:
        return ""
    desk = _desk_joined(text)
    if desk:
        return desk
    bracketed = _BRACKETED_CREDIT.fullmatch(text)
    inner = bracketed.group(1) if bracketed else text
    head, slash, tail = (part.strip() for part in inner.partition("/"))
    if bracketed or (slash and tail and len(tail) <= _OUTLET_CHARS and not DIGIT.search(tail)):
        if _credit_shaped(head) or all(_CJK_NAME.fullmatch(p) for p in NAME_SPLIT.split(head)):
            return head
        return ""
    bold = _only_child(element)
    if bold is None or bold.tag not in _BOLD or len(bold) or not _name_shaped(text):
        return ""
    # The story's last line: a name in bold with more after it is a box's heading ("Related
    # Coverage" over its links), which has a name's shape as often.
    return "" if any(_shows_text(e) for e in element.itersiblings()) else text


def _shows_text(element: HtmlElement) -> bool:
    """Whether an element shows a reader any text."""
    return (
        isinstance(element.tag, str)
        and element.tag not in _UNSEEN
        and bool(element.text_content().strip())
    )
