"""What a page says about itself in markup: meta tags, JSON-LD entities, headings.

Read once from the parsed tree into :class:`PageFacts`, which the title, date, author and
page-type rules then consult. JSON-LD is where pages state their metadata most exactly, and also
where they describe other things: the site, breadcrumbs, lists of teasers, related stories. Only
the entity that describes this page is used (:func:`page_entity`).
"""

from __future__ import annotations

import functools
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

# schema.org types of an article-like page entity (subtypes of CreativeWork that carry a story).
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "medicalscholarlyarticle",
        "posting",
        "discussionforumposting",
    }
)
# Types that make a page a listing when they describe the page itself.
LISTING_TYPES = frozenset(
    {"collectionpage", "itemlist", "searchresultspage", "website", "profilepage"}
)
# What :func:`alnum_key` drops: ``[^\W_]`` is ``str.isalnum`` on every code point (re's word
# characters are the alphanumeric ones and "_").
_NOT_ALNUM = re.compile(r"[\W_]+")
# The ASCII characters that are not alphanumeric: what :func:`alnum_key` drops of a text's
# ASCII part, deleted from its bytes in one C pass.
_ASCII_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
# Zero-width characters and soft hyphens, all outside ASCII. They sit inside words (a hyphenation
# hint in "Verfassungs&shy;beschwerde", a joiner, a break opportunity the reader never sees), so
# they are removed, not read as spaces: the word stays one word, as on screen and as in
# trafilatura's text, which drops them too. Looked for before replacing: most texts hold none,
# and a regex search is about ten times cheaper than str.translate with a mapping, which looks up
# every character.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# What no XML text and no XPath variable can hold (lxml raises "All strings must be XML
# compatible"): the C0 control characters that are no white space, U+FFFE and U+FFFF. A page
# writes them as character references ("Haushalt&#2; beschlossen", which the parser keeps), a
# JSON-LD as escapes ("Anna\u0002 Berg"); no reader sees them. A name holding one, looked for on
# the page as an XPath variable, raised out of the extraction (the article lost, a traceback),
# and a title or name holding one made the crawl's -O out.xml a file no XML reader reads.
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0e-\x1b\ufffe\uffff]")


def holds_invisible(text: str) -> bool:
    """Whether ``text`` holds one of the characters :data:`_INVISIBLE` removes.

    A substring test per character, not the pattern's search: the search reads each character
    of the text against the set (about 65 instructions a character, valgrind), where a one-
    character test is a scan in C, and none at all for a character wider than the text's widest
    (a Latin-1 text is read for the soft hyphen alone). Over the generated site's articles,
    whose non-ASCII texts :func:`collapse` reads about 14,000 characters of a page, that was
    0.91 million instructions a page against 0.07 million (0.37 million with any() over a
    generator of the six tests: its frame costs more than the tests). The soft hyphen first: the
    one a Latin-1 text may hold.
    """
    return (
        "\u00ad" in text
        or "\u200b" in text
        or "\u200c" in text
        or "\u200d" in text
        or "\u2060" in text
        or "\ufeff" in text
    )


def ends_as(text: str, marks: str, closers: str = "") -> bool:
    """Whether ``text`` ends with one of the characters ``marks``, or with one of them and then
    one of ``closers``: what a search for ``[marks][closers]?$`` answers, a final line break
    allowed after them as ``$`` allows it (neither set holds one).

    Read from the end: that search tried every character of the text against the first set
    (about 70 instructions a character, valgrind), and the texts asked whether they end as a
    sentence are paragraphs, a few hundred characters each.
    """
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return False
    last = text[-1]
    if last in marks:
        return True
    return len(text) > 1 and last in closers and text[-2] in marks


def well_formed(text: str) -> str:
    """``text`` with each lone surrogate ("\\ud800") replaced by U+FFFD; ``text`` itself if it
    holds none.

    A Python str may hold surrogates that no UTF-8 can encode: a page whose server declares an
    escape codec (``charset=unicode-escape`` decodes "\\ud800" in the bytes to one), or a JSON
    string escape. resiliparse's parse, the stored copy of the page and SQLite all encode the
    text as UTF-8 and raise on one, which cost the whole page (or the store's whole batch). A
    pair of surrogates is joined into the character it encodes, as a UTF-16 reader would.
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def collapse(text: str | None) -> str:
    """Whitespace collapsed, zero-width characters, soft hyphens and the characters no XML
    text holds (:data:`_NOT_XML_TEXT`) removed."""
    if not text:
        return ""
    # split() and a whitespace regex agree on what whitespace is; splitting is the cheaper.
    if not text.isascii() and holds_invisible(text):
        text = _INVISIBLE.sub("", text)
    collapsed = " ".join(text.split())
    # Its only white space a space, a text is printable unless it holds a control character,
    # an unassigned or private-use one, or a separator: the pattern is searched in those alone.
    if not collapsed.isprintable():
        collapsed = " ".join(_NOT_XML_TEXT.sub("", collapsed).split())
    return collapsed


def loose(text: str | None) -> str:
    """Case, punctuation and spacing ignored: for 'is this the same headline / name'.

    Not collapsed first: every character :func:`collapse` removes or turns into a space
    (whitespace, zero-width characters, soft hyphens) is one ``_NOT_ALNUM`` removes, and case
    folding maps each character alone, so the key is the same (checked on every code point)
    without the split and the join.

    A short text's key is kept (:func:`_kept_loose`): the title, site and author rules ask
    the same site names, headlines and names again and again, on a page and on every page of
    a site (95 % of the calls over the generated site's articles, 70 % over half A's pages).
    """
    if not text:
        return ""
    if len(text) > _KEPT_LOOSE_CHARS:
        return alnum_key(text)
    return _kept_loose(text)


def alnum_key(text: str) -> str:
    """``"".join(filter(str.isalnum, text.casefold()))``: the key of :func:`loose` and of
    :func:`pipelines.text.page.loose_key`, built without a step per character.

    An ASCII text's bytes lose their punctuation and spacing in one pass and are lowered (ASCII
    folds so). Another text is folded, and its ASCII punctuation and spacing, most of what goes,
    deleted from its UTF-8 bytes (a byte under 128 is a whole character there); what is left is
    the key where it is all alphanumeric, else loses the rest through :data:`_NOT_ALNUM`
    (typographic quotes and dashes). A lone surrogate (a JSON escape) passes through the bytes
    as it is and goes with the rest. The filter called ``str.isalnum`` per character, about a
    third of the line rules' cost on the generated site's articles; the pattern over the whole
    folded text tests each character against its set.
    """
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_NOT_ALNUM).lower().decode("ascii")
    folded = text.casefold().encode("utf-8", "surrogatepass")
    rest = folded.translate(None, _ASCII_NOT_ALNUM).decode("utf-8", "surrogatepass")
    return rest if rest.isalnum() else _NOT_ALNUM.sub("", rest)


# Texts up to this long have their key kept: names and headlines (a long text rarely repeats).
_KEPT_LOOSE_CHARS = 200


@functools.lru_cache(maxsize=4096)
def _kept_loose(text: str) -> str:
    """:func:`loose` of a short text, kept for the texts asked last (a pure function)."""
    return alnum_key(text)


def forget_kept_keys() -> None:
    """Empty the kept keys of :func:`loose`: a benchmark that reads the same pages round after
    round times each round as a crawl meets them, not from the keys the last round kept."""
    _kept_loose.cache_clear()


def url_key(url: str | None) -> str:
    """A URL compared loosely: no scheme, www, query, fragment or trailing slash."""
    if not url or not isinstance(url, str):
        return ""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return ""  # "http://[ccpa-preferences]": brackets that hold no IPv6 address
    return f"{host}{parts.path.rstrip('/')}".casefold()


def link_key(base: str, href: str) -> str:
    """:func:`url_key` of a link's ``href`` read against the page's URL; "" for an href no URL
    parser reads (pages carry placeholders such as "http://[ccpa-preferences]")."""
    try:
        return url_key(urljoin(base, href))
    except ValueError:
        return ""


@dataclass
class PageFacts:
    """The page's self-description, gathered in one pass over the tree."""

    url: str
    meta: dict[str, list[str]] = field(default_factory=dict)
    entities: list[dict[str, Any]] = field(default_factory=list)  # top-level and @graph items
    h1: list[str] = field(default_factory=list)
    h1_elements: list[HtmlElement] = field(default_factory=list)
    html_title: str = ""
    identities: set[str] = field(default_factory=set)  # url_key of the page, canonical, og:url
    # The text nodes of the scripts typed exactly "application/ld+json", as the XPath
    # ``//script[@type='application/ld+json']/text()`` reads them: the markup signals
    # (page.read_signals) take them from here rather than walking the page for them again.
    ld_json_texts: list[str] = field(default_factory=list)
    # What the page held past a cap and was left unread (:data:`MAX_LD_JSON_CHARS`,
    # :data:`MAX_LD_JSON_ENTITIES`), each counted as news/meta/<reason>.
    skipped: list[str] = field(default_factory=list)
    # :func:`page_entity`'s answer once read, in a tuple (None is an answer): the listing check
    # and the metadata resolver each ask for it, and each ask joins every entity's URLs to the
    # page's. Not copied by ``dataclasses.replace``, whose other <h1>s may pick another.
    entity_read: tuple[dict[str, Any] | None] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def first(self, *names: str) -> str | None:
        """The first non-empty content of the named meta tags, in the order of ``names``."""
        for name in names:
            for value in self.meta.get(name, ()):
                if value:
                    return value
        return None


def entity_types(entity: dict[str, Any]) -> set[str]:
    value = entity.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.rsplit("/", 1)[-1].casefold() for v in values if isinstance(v, str)}


def is_article(entity: dict[str, Any]) -> bool:
    return bool(entity_types(entity) & ARTICLE_TYPES)


def is_listing(entity: dict[str, Any]) -> bool:
    return bool(entity_types(entity) & LISTING_TYPES)


# The JSON-LD a page's scripts are read for, in characters, all scripts together: parsing and
# reading it costs in proportion (a JSON-LD of 50,000 entities, 3 MB, took 7.6 s of one page's
# CPU). Measured on the 558 dev and real pages (metadev, realpages): at most 77,419 bytes of
# JSON-LD on a page, 74,278 in one script. A script that would take the page past the cap is
# left unread (its entities and the markup signals' readings of it), counted.
MAX_LD_JSON_CHARS = 1_000_000
# The JSON-LD entities (top-level and @graph items) a page is read for: every author, date and
# identity rule walks them. Measured on the same pages: at most 233 on a page (a site's @graph of
# its navigation). Those past the cap are left out, counted.
MAX_LD_JSON_ENTITIES = 2_000


# A JSON string holding a raw control character, searched from the start of a text that parses
# (where a quote only opens or closes a string): what the strict reading refuses. Possessive, so
# each character is read once whatever the text.
_RAW_CONTROL_IN_STRING = re.compile(
    r'(?:[^"]++|"(?:[^"\\\x00-\x1f]++|\\.)*+")*+"(?:[^"\\\x00-\x1f]++|\\.)*+[\x00-\x1f]', re.S
)


class LdJsonText(str):
    """The text of one JSON-LD script, with what each of the page's readers reads in it, parsed
    once (:func:`read_ld_json`): the entities (:func:`gather`), the markup signals' paywall
    declaration (``strict``) and ``articleBody`` (``lenient``), which read it each in a form of
    its own and each parsed again before. A str, so that where a reader is given
    texts (:attr:`PageFacts.ld_json_texts`) the readings come along.

    ``value``: the JSON of the text less its whitespace and HTML comment markers, control
    characters allowed in strings (None when it does not parse: ``parsed``). ``lenient``: that
    value is what the text less its comment markers alone gives (no other whitespace around
    it than JSON's). :attr:`strict`: it is what the text as it stands gives to the strict
    parser (no comment markers, no raw control character in a string).
    """

    value: Any
    parsed: bool
    lenient: bool

    @functools.cached_property
    def strict(self) -> bool:
        """Whether the strict parser reads the text as it stands, to :attr:`value`; asked only
        of a script that declares ``isAccessibleForFree``."""
        trimmed = self.strip().removeprefix("<!--").removesuffix("-->").strip()
        return (
            self.lenient
            and self.strip(" \t\n\r") == trimmed
            and _RAW_CONTROL_IN_STRING.match(trimmed) is None
        )


def read_ld_json(text: str) -> LdJsonText:
    """``text`` (a JSON-LD script's) parsed once, with the readings each reader takes."""
    read = LdJsonText(text)
    unmarked = text.strip().removeprefix("<!--").removesuffix("-->")
    trimmed = unmarked.strip()
    try:
        read.value, read.parsed = json.loads(trimmed, strict=False), True
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the stack
        read.value, read.parsed = None, False
    # json.loads skips JSON's own whitespace only; str.strip() also the rest of Unicode's.
    read.lenient = read.parsed and unmarked.strip(" \t\n\r") == trimmed
    return read


def _json_blocks(script: HtmlElement, read: LdJsonText | None = None) -> list[Any]:
    """The JSON values of a ``<script>``, if it is JSON-LD (none if it is another script);
    ``read``: its text's reading where the caller made it (:func:`read_ld_json`)."""
    kind = (script.get("type") or "").casefold()
    if "ld+json" not in kind or not script.text:
        return []
    text = script.text.strip().removeprefix("<!--").removesuffix("-->").strip()
    if read is not None and read.parsed and not _SURROGATE_ESCAPE.search(text):
        return [read.value]
    try:
        data = json.loads(text, strict=False)
    except RecursionError:
        # Nested deeper than Python's stack (thousands of "["): no entity of a real page
        # is, and reading its start again would fail the same way.
        return []
    except ValueError:
        # Broken JSON-LD is common (trailing commas, HTML in strings); the page has other
        # evidence, so the block is not repaired by guesswork. The whole values it holds
        # before the fault are read as written (an object followed by a stray "}", objects
        # one after another with no list around them).
        values = list(_whole_values(text))
        return [well_formed_values(v) for v in values] if _SURROGATE_ESCAPE.search(text) else values
    return [well_formed_values(data) if _SURROGATE_ESCAPE.search(text) else data]


# A JSON escape of a surrogate ("\\ud800"): json.loads makes a lone one of it unless its pair
# follows, which no UTF-8 can encode (an XPath variable, SQLite): the strings of a block that
# holds one are made :func:`well_formed`. Matched case-insensitively; rare on real pages.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def well_formed_values(data: Any, fix: Callable[[str], str] = well_formed) -> Any:
    """``data`` (decoded JSON, or any value of texts, lists and dicts) with every string in it,
    keys too, :func:`well_formed` (or ``fix``); lists and dicts are changed in place, walked
    without recursion (a JSON-LD block may nest as deep as the stack)."""
    if isinstance(data, str):
        return fix(data)
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, str):
                    node[index] = fix(value)
                elif isinstance(value, list | dict):
                    stack.append(value)
        elif isinstance(node, dict):
            for key, value in list(node.items()):
                if isinstance(value, str):
                    value = fix(value)
                elif isinstance(value, list | dict):
                    stack.append(value)
                fixed = fix(key) if isinstance(key, str) else key
                if fixed is not key:
                    del node[key]
                node[fixed] = value
    return data


# Control characters (Unicode's Cc: C0, DEL and C1) but the line feed that parts the text's
# paragraphs. JSON-LD and meta tags bring them in through escapes ("\\u0000", "\\u0096"),
# which the page's text never holds once trafilatura's repair has read it: a NUL in an author
# made PostgreSQL refuse the row (and fail the run), and every export carried the others.
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_SPACE_CONTROLS = re.compile("[\t\x0b-\x0d\x1c-\x1f\x85]")
_SPACES = re.compile(" {2,}")


def stored_form(text: str) -> str:
    """``text`` as a stored field holds it: :func:`well_formed`, without control characters (a
    whitespace one, a tab or U+0085, as a space; a line feed kept) and composed (Unicode NFC).

    The text is composed where it is extracted (:func:`pipelines.text.page.flat`); titles,
    names, descriptions and tags read from JSON-LD or meta tags were stored as the page wrote
    them, so a decomposed "Mu\u0308ller" matched no search or ``GROUP BY`` of "Müller".
    """
    text = well_formed(text)
    if text.isascii() and text.isprintable():
        return text
    if _CONTROLS.search(text):
        text = _CONTROLS.sub("", _SPACE_CONTROLS.sub(" ", text))
        text = _SPACES.sub(" ", text).strip(" ")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


_DECODER = json.JSONDecoder(strict=False)
_BETWEEN_VALUES = re.compile(r"[\s,;]*")


def _whole_values(text: str) -> Iterator[Any]:
    """The complete JSON values at the start of ``text``, up to the first that does not parse."""
    position = 0
    while position < len(text):
        try:
            value, position = _DECODER.raw_decode(text, position)
        except ValueError:
            return
        yield value
        match = _BETWEEN_VALUES.match(text, position)
        position = match.end() if match else position


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    """Top-level entities and @graph members; nested values (lists, parts) are not entities."""
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _flatten(graph)
        if "@type" in data:
            yield data
            # A WebPage's mainEntity is the page's own subject (the article), not a list item.
            main = data.get("mainEntity")
            if isinstance(main, dict) and "@type" in main:
                yield main


def text_of(element: HtmlElement) -> str:
    return collapse(element.text_content())


def gather(tree: HtmlElement, url: str) -> PageFacts:
    """Collect meta tags, JSON-LD entities, <h1> headings and the page's identities."""
    facts = PageFacts(url=url)
    facts.identities.add(url_key(url))
    title: HtmlElement | None = None
    # One walk over the page for the five tags, each kind still read in document order: a walk
    # of its own for each went over every node again (7 % more instructions for the whole
    # function on the generated site's pages, counted by valgrind).
    ld_json_chars = 0
    for element in tree.iter("meta", "script", "h1", "title", "link"):
        tag = element.tag
        if tag == "script":
            if not _ld_json(element):
                continue
            texts = _text_nodes(element)
            size = sum(map(len, texts))
            if ld_json_chars + size > MAX_LD_JSON_CHARS:
                _skipped(facts, "ld_json_capped")
                logger.info(
                    "%s: a JSON-LD script of %d characters past the page's %d, left unread"
                    " (news/meta/ld_json_capped)",
                    url,
                    size,
                    MAX_LD_JSON_CHARS,
                )
                continue
            ld_json_chars += size
            read = None
            if element.get("type") == "application/ld+json":
                reads = [read_ld_json(text) for text in texts]
                facts.ld_json_texts.extend(reads)
                # One text node (no child element): the entities' text, read once for all.
                read = reads[0] if len(reads) == 1 and not len(element) else None
            for block in _json_blocks(element, read):
                facts.entities.extend(_flatten(block))
        elif tag == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop")
            content = element.get("content")
            if key and content is not None:
                facts.meta.setdefault(key.strip().casefold(), []).append(collapse(content))
        elif tag == "h1":
            text = text_of(element)
            if text and len(text) <= 400:
                facts.h1.append(text)
                facts.h1_elements.append(element)
        elif tag == "title":
            # The first <title> below the root, as ``find(".//title")`` has it.
            if title is None and element is not tree:
                title = element
        elif (element.get("rel") or "").casefold() == "canonical" and element.get("href"):
            facts.identities.add(link_key(url, element.get("href", "")))
    if len(facts.entities) > MAX_LD_JSON_ENTITIES:
        _skipped(facts, "ld_json_entities_capped")
        logger.info(
            "%s: %d JSON-LD entities, those past %d left unread"
            " (news/meta/ld_json_entities_capped)",
            url,
            len(facts.entities),
            MAX_LD_JSON_ENTITIES,
        )
        del facts.entities[MAX_LD_JSON_ENTITIES:]
    if title is not None:
        facts.html_title = text_of(title)
    og_url = facts.first("og:url")
    if og_url:
        facts.identities.add(link_key(url, og_url))
    facts.identities.discard("")
    return facts


def _ld_json(script: HtmlElement) -> bool:
    """Whether a ``<script>`` is one a reader of the page's JSON-LD reads: typed
    "application/ld+json" (the markup signals') or any type naming ld+json (the entities')."""
    kind = script.get("type")
    return kind == "application/ld+json" or "ld+json" in (kind or "").casefold()


def _skipped(facts: PageFacts, reason: str) -> None:
    """Note what a cap left unread, once per page however many times it did."""
    if reason not in facts.skipped:
        facts.skipped.append(reason)


def _text_nodes(element: HtmlElement) -> list[str]:
    """The strings of ``element``'s own text nodes, as the XPath ``text()`` gives them; a
    script's content is one text node (or none), read without an XPath call."""
    if len(element):
        return [str(text) for text in element.xpath("text()")]
    return [element.text] if element.text else []


def _refs(entity: dict[str, Any]) -> Iterator[str]:
    """The URLs an entity names as itself."""
    for key in ("url", "@id", "mainEntityOfPage"):
        value = entity.get(key)
        # A mainEntityOfPage object may carry a placeholder @id beside the page's real url:
        # both are what the entity names as its page.
        values = [value.get("@id"), value.get("url")] if isinstance(value, dict) else [value]
        for item in values:
            if isinstance(item, list):
                item = next((v for v in item if isinstance(v, str)), None)
            if isinstance(item, str) and item.strip():
                yield item.strip()


def _names_self(entity: dict[str, Any], facts: PageFacts) -> bool | None:
    """True if the entity's URLs include the page, False if they name only others, None if none."""
    refs = [link_key(facts.url, r) for r in _refs(entity) if not r.startswith("_:")]
    refs = [r for r in refs if r]
    if not refs:
        return None
    return any(r in facts.identities for r in refs)


def headline_matches(headline: str | None, facts: PageFacts) -> bool:
    """The entity's headline is the page's: its <h1> or og:title say the same (or contain it)."""
    key = loose(headline)
    if len(key) < 8:
        return False
    for other in (*facts.h1, facts.first("og:title") or "", facts.html_title):
        other_key = loose(other)
        if other_key and (key == other_key or (len(key) >= 20 and key in other_key)):
            return True
    return False


def page_entity(facts: PageFacts) -> dict[str, Any] | None:
    """The JSON-LD article entity that describes this page, or None.

    Accepted: an article whose url / @id / mainEntityOfPage is the page (or its canonical URL),
    or whose headline is the page's headline; or the page's only article entity when it names no
    other URL. Items of lists, related stories and breadcrumbs are never top-level article
    entities naming this page, so they are not picked.
    """
    if facts.entity_read is None:
        facts.entity_read = (_page_entity(facts),)
    return facts.entity_read[0]


def _page_entity(facts: PageFacts) -> dict[str, Any] | None:
    articles = [e for e in facts.entities if is_article(e)]
    for entity in articles:
        if _names_self(entity, facts):
            return entity
    for entity in articles:
        if _names_self(entity, facts) is not False and headline_matches(
            _str(entity.get("headline") or entity.get("name")), facts
        ):
            return entity
    if len(articles) == 1 and _names_self(articles[0], facts) is None:
        return articles[0]
    return None


def webpage_entity(facts: PageFacts) -> dict[str, Any] | None:
    """A non-article entity (WebPage, CollectionPage …) that names this page as itself."""
    for entity in facts.entities:
        if not is_article(entity) and _names_self(entity, facts):
            return entity
    return None


def _str(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return collapse(value) if isinstance(value, str) else None


def entity_text(entity: dict[str, Any] | None, key: str) -> str | None:
    """A string property of an entity (the first one when it is a list)."""
    if entity is None:
        return None
    return _str(entity.get(key)) or None


def site_names(facts: PageFacts) -> list[str]:
    """What the site calls itself: og:site_name, application-name, JSON-LD publisher/WebSite."""
    names = [
        facts.first("og:site_name"),
        facts.first("application-name"),
        facts.first("twitter:site"),
    ]
    for entity in facts.entities:
        publisher = entity.get("publisher")
        if isinstance(publisher, dict):
            names.append(_str(publisher.get("name")))
        if (
            "website" in entity_types(entity)
            or "organization" in entity_types(entity)
            or "newsmediaorganization" in entity_types(entity)
        ):
            names.append(_str(entity.get("name")))
            alt = entity.get("alternateName")
            names.append(_str(alt))
    out: list[str] = []
    for name in names:
        if name:
            name = name.removeprefix("@")
            if name and loose(name) not in {loose(n) for n in out}:
                out.append(name)
    return out


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.").casefold()


# Second-level labels under country domains (example.co.uk, example.com.tr): not the site's name.
_GENERIC_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go", "gv"})


def host_label(host: str) -> str:
    """The label naming the site: ``dailymail`` for dailymail.co.uk, ``ntv`` for ntv.com.tr."""
    labels = [x for x in host.casefold().removeprefix("www.").split(".") if x]
    if len(labels) < 2:
        return labels[0] if labels else ""
    labels = labels[:-1]
    while len(labels) > 1 and labels[-1] in _GENERIC_LABELS:
        labels.pop()
    return labels[-1]


# What a search near the headline collects: bylines' names, dated elements, instants.
_Found = TypeVar("_Found")


def nearest(
    headline: HtmlElement | None,
    collect: Callable[[HtmlElement], Iterable[_Found]],
    max_levels: int,
) -> list[_Found]:
    """What ``collect`` finds in the closest ancestor of the headline that has anything.

    Teasers and related stories carry bylines and <time> elements too; the ones nearest the
    page's <h1> belong to the article.
    """
    if headline is None:
        return []
    for scope in ancestors(headline, max_levels):
        found = list(collect(scope))
        if found:
            return found
    return []


# HTML's heading elements, in rank order: the one list every module's heading tests read.
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")

# Elements whose text no reader sees: a <template>'s content is inert until a script clones it,
# a <noscript>'s is shown only where scripts are off (no browser a reader uses today).
_UNSEEN = frozenset({"script", "style", "noscript", "template"})
# An inline style that hides the element with its content: display:none takes it out of the
# layout, visibility:hidden leaves a blank (a descendant may set itself visible again, which is
# rare: it is left out with the rest). Matched as a declaration, not inside another property.
_HIDING_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)",
    re.IGNORECASE,
)


def hidden(element: HtmlElement) -> bool:
    """Whether the element's own markup hides it and its content from every reader.

    The ``hidden`` attribute (the browser's stylesheet gives it display:none) and an inline
    style are what the page's HTML alone says; templates keep a second date line, another
    item's data or an unset CMS field there. ``hidden="until-found"`` is collapsed content the
    reader opens by searching the page, and classes ("hidden", "sr-only") mean what the site's
    stylesheet says, often hidden on one screen size and shown on another: both count as seen.
    """
    flag = element.get("hidden")
    if flag is not None and flag.strip().casefold() != "until-found":
        return True
    style = element.get("style")
    return style is not None and _HIDING_STYLE.search(style) is not None


def text_after(
    element: HtmlElement, leave_out: Callable[[HtmlElement], bool] = lambda _: False
) -> Iterator[str]:
    """The page's visible text after the element, in reading order (its own text left out), less
    the elements ``leave_out`` names with their tails (the rest of a left-out marker's line, such
    as the date after a commenter's name, is its own).

    A generator: callers read only as far as they need, however long the page.
    """
    node: HtmlElement | None = element
    while node is not None:
        if node.tail:
            yield node.tail
        for sibling in node.itersiblings():
            yield from _texts(sibling, leave_out)
        node = node.getparent()


def visible_texts(
    element: HtmlElement, leave_out: Callable[[HtmlElement], bool] = lambda _: False
) -> Iterator[str]:
    """The element's visible text pieces in reading order, less the elements ``leave_out``
    names (a generator, like :func:`text_after`)."""
    return _texts(element, leave_out)


def _texts(element: HtmlElement, leave_out: Callable[[HtmlElement], bool]) -> Iterator[str]:
    """The element's visible text and its tail, in reading order: scripts, HTML comments and
    hidden elements (:func:`hidden`) give only their tail, a left-out element nothing. A stack,
    not recursion: markup nests deeper than Python's recursion limit on some pages. A tail
    waits on the stack as the string it is, below its element's children."""
    stack: list[HtmlElement | str] = [element]
    # Each property read once: lxml builds a new string at every read of a tag, text or tail,
    # and this loop runs for every element of the page.
    pop, push = stack.pop, stack.append
    while stack:
        node = pop()
        if isinstance(node, str):
            yield node
            continue
        tag = node.tag
        if isinstance(tag, str) and tag not in _UNSEEN:
            if leave_out(node):
                continue
            if not hidden(node):
                tail = node.tail
                if tail:
                    push(tail)
                text = node.text
                if text:
                    yield text
                stack.extend(reversed(node))
                continue
        tail = node.tail
        if tail:
            yield tail


def within(element: HtmlElement, tags: Iterable[str]) -> bool:
    """Whether an ancestor of ``element`` is one of the elements ``tags`` names.

    lxml matches the names in C and makes a Python object of a match only: a test of each
    ancestor in Python costs the element's depth, which in broken markup (a live blog whose
    entries each stay open) reaches hundreds of levels, for each element tested.
    """
    return next(element.iterancestors(*tags), None) is not None


def ancestors(element: HtmlElement, levels: int) -> list[HtmlElement]:
    """The element's parent, grandparent … up to ``levels`` of them, nearest first."""
    out: list[HtmlElement] = []
    parent = element.getparent()
    while parent is not None and len(out) < levels:
        out.append(parent)
        parent = parent.getparent()
    return out
