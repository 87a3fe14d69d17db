"""Article extraction with trafilatura, on decoded text only.

The page is parsed once (:func:`read_page`), as trafilatura parses it but with a cheaper
element lookup, and that tree serves the extraction and every markup rule. The extraction runs
trafilatura's own cascade with its own functions (:func:`_extract_text`, pinned to trafilatura
2.3), each costly step first asking a cheap check whether it can change anything (the raw
prune marks, a bound on the page's text length). ``fast`` leaves out the comparison with the
readability and jusText baselines; pipelines/text/article.py decides when to run it in full.
Where the cascade's baseline rescue read a whole ``<article>`` as one line, the line is cut at
the article's blocks again (:func:`article_lines`), after the cascade, which stays trafilatura's.
"""

from __future__ import annotations

import logging
import re
import weakref
from collections import Counter
from copy import copy
from dataclasses import dataclass, field

from lxml import etree
from lxml.etree import strip_tags
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.baseline import _BLOCK_ELEMS, baseline, basic_cleaning, block_text, html2txt
from trafilatura.core import (
    ESCALATION_ACCEPT_RATIO,
    ESCALATION_JUSTEXT_RATIO,
    ESCALATION_MAX_LENGTH,
    ESCALATION_PAGE_SHARE,
)
from trafilatura.external import compare_extraction, justext_rescue
from trafilatura.htmlprocessing import (
    convert_tags,
    delete_element,
    prune_unwanted_nodes,
    tree_cleaning,
)
from trafilatura.main_extractor import extract_content
from trafilatura.settings import Document, Extractor
from trafilatura.utils import DOCTYPE_TAG, load_html, repair_faulty_html
from trafilatura.xml import xmltotxt
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REGEXP_NS, REMOVE_COMMENTS_AND_LISTS_XPATH

from pipelines.text.extractor_meta import page_metadata, whole_tags
from pipelines.text.language import normalize_language_code
from pipelines.text.structured import well_formed
from pipelines.text.xpathguard import guarded_xpaths

logger = logging.getLogger(__name__)

# Built once per process and reused: the options objects carry trafilatura's configuration.
# ``fast`` skips trafilatura's comparison with its readability and jusText baselines (about a
# third of its CPU time); the text pipeline asks for it when a second opinion can tell when the
# comparison is needed (pipelines/text/consensus.py ``uncertain``). Keyed by (fast, metadata).
_OPTIONS: dict[tuple[bool, bool], Extractor] = {}
# trafilatura's metadata of the trees still in use, with the address read: when the fast
# extraction is re-run in full on the same tree, its metadata are read once.
_META: weakref.WeakKeyDictionary[HtmlElement, tuple[str, Document, Counter[str]]] = (
    weakref.WeakKeyDictionary()
)
# The declared language sits in the first tags of a page: <html lang>, content-language, og:locale.
_DECLARED_LANG_RES = (
    re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]+)*)", re.I),
    re.compile(
        r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?"
        r"content\s*=\s*[\"']?([a-zA-Z]{2,3})",
        re.I,
    ),
    re.compile(
        r"<meta\b[^>]*?property\s*=\s*[\"']?og:locale[\"']?[^>]*?content\s*=\s*[\"']?([a-zA-Z]{2,3})",
        re.I,
    ),
)


def _parser() -> HTMLParser:
    """trafilatura's HTML parser, whose elements are all plain ``HtmlElement``.

    lxml.html's parser asks a Python function which class each element should have (forms,
    inputs and labels get their own) every time Python touches an element; trafilatura, htmldate
    and our markup reads touch about 1,400 per page, and trees copied from this one inherit its
    parser. A lookup done in C gives the same elements without the call: about 3 ms of CPU per
    page (benchmarks/worker_cost.py). Nothing here uses the form classes' extra methods.
    """
    parser = HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=HtmlElement,
            comment=HtmlComment,
            pi=HtmlProcessingInstruction,
            entity=HtmlEntity,
        )
    )
    return parser


_PARSER = _parser()
# libxml2's HTML parser nests elements at most this many levels deep (lxml offers no option):
# what a page nests deeper it reads as siblings at the last level.
PARSER_DEPTH = 256
_AT_PARSER_DEPTH = etree.XPath("boolean(" + "/".join(["*"] * (PARSER_DEPTH - 1)) + ")")


def at_parser_depth(tree: HtmlElement) -> bool:
    """Whether ``tree`` (a page's root) reaches the parser's deepest level
    (:data:`PARSER_DEPTH`): the page may nest far deeper than the tree shows (50,000 ``<div>``),
    which a reader of its raw text pays for. One step per level, in C: 0.04 ms a page."""
    return bool(_AT_PARSER_DEPTH(tree))


@dataclass
class Extracted:
    """What trafilatura found on one page; ``text`` is the main text, paragraphs by line."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    description: str | None = None
    sitename: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    language: str | None = None  # as declared by the page, not detected
    # Readers of the metadata that failed on the page (extractor_meta.page_metadata), and a
    # text cut into an article's blocks again (text/extract/article_lines), as stat increments:
    # the worker adds them to the page's counts.
    counts: Counter[str] = field(default_factory=Counter)


def _options(fast: bool = False, *, metadata: bool = True) -> Extractor:
    """The options for ``trafilatura.bare_extraction``; ``metadata``: with its metadata too
    (the extraction here reads them itself, see pipelines/text/extractor_meta.py)."""
    options = _OPTIONS.get((fast, metadata))
    if options is None:
        # Comments are not the article; tables often are (results, figures).
        options = _OPTIONS[fast, metadata] = Extractor(
            output_format="python", with_metadata=metadata, comments=False, fast=fast
        )
    return options


def declared_language(html: str) -> str | None:
    """The language a page declares about itself, from its first 10,000 characters."""
    head = html[:10_000]
    for pattern in _DECLARED_LANG_RES:
        match = pattern.search(head)
        if match:
            return normalize_language_code(match.group(1))
    return None


# A keywords list's comma (ASCII or fullwidth), not one between two digits ("1,000 Tage").
_TAG_COMMA = re.compile(r"(?<!\d),|,(?!\d)|，")


def split_tags(tag: str | None) -> list[str]:
    """The tags one of trafilatura's tags holds: a ``keywords`` meta tag or JSON-LD value is a
    comma-separated list, which it returns whole (a repeated ``article:tag`` is not split:
    :func:`pipelines.text.extractor_meta.whole_tags`). Half the dev pages' tags were such lists
    ("Clare Daly,Defense,Donald Trump,…" as one tag), which no filter by one tag finds."""
    if not tag:
        return []
    return [part.strip() for part in _TAG_COMMA.split(tag) if part.strip()]


# What trafilatura's repair deletes from a page (its INVALID_XML_CHARS): the control characters,
# single bytes in UTF-8, and U+FFFE and U+FFFF, looked for in the text rather than its bytes. A
# Python string is stored at the width of its widest character, so on a page without
# characters that wide (most pages) the search answers without reading the text, and on the
# others it is a scan for one code unit: per page 66 -> 4 us on the generated site's, 160 -> 16
# on the dev pages of half A, against the search of the bytes.
_INVALID_BYTES = (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))
_INVALID_NONCHARS = ("\ufffe", "\uffff")


# A numeric character reference to a character no XML text holds (those of
# :data:`_INVALID_BYTES`, U+FFFE, U+FFFF): "&#1;", "&#x0B;", "&#65534;", with or without its
# ";". The parser puts the character into the tree, where trafilatura's copy of a paragraph
# raises ("All strings must be XML compatible"): the extraction gave nothing, the page's
# article dropped for one invisible character, or a later copy raised out of it. A search
# from the literal "&#", in C: about what one of :func:`_holds_invalid_byte`'s scans costs.
_UNREADABLE_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9])"
    r"|[xX]0*(?:[0-8bcefBCEF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?"
)


def without_unreadable_references(html: str) -> str:
    """``html`` without its references to characters no XML text holds, which no reader sees
    (:data:`_UNREADABLE_REFERENCE`); ``html`` itself when it has none."""
    if _UNREADABLE_REFERENCE.search(html) is None:
        return html
    return _UNREADABLE_REFERENCE.sub("", html)


def _holds_invalid_byte(data: bytes) -> bool:
    """Whether ``data`` holds one of :data:`_INVALID_BYTES`: a ``memchr`` over the bytes for
    each, a scan in C of a small fraction of an instruction a byte. Deleting them all with
    ``bytes.translate`` and comparing the lengths copied the page a byte at a time: about a
    million instructions of a generated article's 74 million (docs/performance.md, round
    51)."""
    return any(byte in data for byte in _INVALID_BYTES)


def _needs_repair(html: str, beginning: str) -> bool:
    """Whether ``trafilatura.utils.repair_faulty_html`` would change anything but invalid
    characters: a doctype it strips, or a self-closing ``<html/>`` in the first lines."""
    if "doctype" in beginning:
        end = html.find("\n")
        if DOCTYPE_TAG.match(html if end < 0 else html[:end]):
            return True
    return any("<html" in line and line.endswith("/>") for line in html[:4096].splitlines()[:4])


def _parser_input(html: str, utf8: bytes | None = None) -> tuple[str, str | bytes]:
    """``html`` made :func:`well_formed`, and that as ``repair_faulty_html`` leaves it, as UTF-8
    bytes where that is the same.

    The repair scans the whole page with a regular expression for invalid characters (about
    0.4 ms for 80 KB) and lxml parses a ``str`` slower than its UTF-8 bytes: the usual page has
    no such character and needs no repair, so its bytes, checked in C, are parsed as they are.
    :data:`_PARSER` declares UTF-8, which takes precedence over a charset the page declares,
    so both inputs give the same tree. A page the repair changes or one with an XML declaration
    (refused in a ``str``, so left to ``load_html``) keeps the text path. The encoding the
    bytes take anyway tells whether the page holds lone surrogates: the usual page pays no
    further check. ``utf8``: ``html.encode("utf-8")`` where the caller has it already.
    """
    beginning = html[:50].lower()
    if "<?xml" not in html[:100] and not _needs_repair(html, beginning):
        try:
            data = html.encode("utf-8") if utf8 is None else utf8
        except UnicodeEncodeError:
            html = well_formed(html)
            data = html.encode("utf-8")
        # ``data`` is exactly ``html`` encoded: the text holds U+FFFE or U+FFFF where the
        # bytes do.
        if not _holds_invalid_byte(data) and not any(mark in html for mark in _INVALID_NONCHARS):
            return html, data
    else:
        html = well_formed(html)
    return html, repair_faulty_html(html, beginning)


def read_page(html: str, utf8: bytes | None = None) -> tuple[str, HtmlElement | None]:
    """The page's text as every reader of it is to be given it (:func:`well_formed`, without
    references to characters no XML text holds), and its tree (:func:`parse_html`): the one way
    a page enters the analysis.

    ``utf8``: exactly ``html.encode("utf-8")``, where the caller has those bytes (the worker
    gets the page as the bytes the crawl decoded): the page is then not encoded again to be
    parsed."""
    if not isinstance(html, str):
        raise TypeError("read_page takes decoded text, not bytes")
    if not html.strip():
        return html, None
    readable = without_unreadable_references(html)
    if readable is not html:
        html, utf8 = readable, None
    try:
        html, data = _parser_input(html, utf8)
        tree = fromstring(data, parser=_PARSER)
    except Exception:  # load_html below meets the same input and handles it its own way
        html, tree = well_formed(html), None
    if tree is not None and len(tree) >= 2:
        if isinstance(data, bytes) and not _may_hold_raw_prune_marks(html):
            _UNMARKED.add(tree)
        return html, tree
    try:
        return html, load_html(html, _options().max_file_size)
    except ValueError:
        return html, None


def parse_html(html: str) -> HtmlElement | None:
    """The page parsed once, as trafilatura parses it, for extraction and the metadata rules.

    The usual page (a document of two or more top elements, text without an encoding
    declaration that lxml refuses in a ``str``) is parsed here with :data:`_PARSER`, exactly as
    ``trafilatura.utils.load_html`` parses it but with the cheaper element lookup; anything
    else is left to ``load_html`` and its fallbacks. Lone surrogates are read as U+FFFD
    (:func:`read_page` gives the text so read).
    """
    if not isinstance(html, str):
        raise TypeError("parse_html takes decoded text, not bytes")
    return read_page(html)[1]


def extract_article(
    html: str, url: str, tree: HtmlElement | None = None, *, fast: bool = False
) -> Extracted | None:
    """Extract the main text and metadata, or None when the page holds no article text.

    Takes ``str`` on purpose: given bytes, trafilatura decompresses them itself, without a
    size limit, and guesses their encoding; Scrapy has already done both safely. ``tree``:
    the page already parsed by ``trafilatura.load_html(html)``, so that other readers of the
    page share one parse (trafilatura copies it before cleaning and leaves it as it was).
    ``fast``: without trafilatura's baseline comparison (see ``_options``).
    """
    if tree is None:
        tree = parse_html(html)
    if tree is None:
        return None
    return extract_from_tree(tree, html, url, fast=fast)


# trafilatura's raw-tree prune (follow-up articles of infinite-scroll pages, share buttons) tests
# every div, section and aside, partly by regular expressions called back in Python: about
# 0.8 ms a page. Every element it can remove has an id or a class holding one of these
# substrings, which one walk over the attributes, in C, finds or rules out first.
_RAW_PRUNE_SUBSTRINGS = {
    "id": ("mvp-post-add-", "infinite"),
    "class": ("mvp-post-add-", "infinite", "elementor-share-buttons"),
}
_RAW_PRUNE_HINT = etree.XPath(
    "boolean("
    + " | ".join(
        f".//@{name}[{' or '.join(f'contains(., {part!r})' for part in parts)}]"
        for name, parts in _RAW_PRUNE_SUBSTRINGS.items()
    )
    + ")"
)


# Each substring once (ids and classes share two): every one is a search of the whole page.
_RAW_PRUNE_PARTS = tuple(
    dict.fromkeys(p for parts in _RAW_PRUNE_SUBSTRINGS.values() for p in parts)
)
# The characters of those substrings, and character references that could spell one of them.
_RAW_PRUNE_CHARS = frozenset("".join(_RAW_PRUNE_PARTS))
# HTML5's ``&fjlig;`` ("fj", read by libxml2 2.14 and later), the one named reference that spells
# ASCII letters, or a numeric reference. One search for both: its literal "&" is found in C,
# and it costs a quarter of a substring search for "&fjlig" and a search for "&#" together
# (which a page's "#" of colours and fragments slows).
_REFERENCE = re.compile(r"&(?:(fjlig)|#(?:[xX]([0-9a-fA-F]+)|([0-9]+)))")
# Trees parsed by :func:`parse_html` from a source that holds none of the substrings: no
# attribute of theirs can (the hint's XPath costs about 0.4 ms a page, the search of the source
# a tenth of it).
_UNMARKED: weakref.WeakSet[HtmlElement] = weakref.WeakSet()


def _may_hold_raw_prune_marks(html: str) -> bool:
    """Whether an attribute parsed from ``html`` (parsed unrepaired) may hold one of
    :data:`_RAW_PRUNE_SUBSTRINGS`.

    An attribute's value is its source text with character references read: it holds a
    substring only if the source does, or a reference stands for one of its characters (lower-case
    ASCII letters and hyphens). Numeric references can spell any of them; of the named ones only
    HTML5's ``&fjlig;`` ("fj", read by libxml2 2.14 and later) spells ASCII letters.
    """
    for part in _RAW_PRUNE_PARTS:
        if part in html:
            return True
    for reference in _REFERENCE.finditer(html):
        ligature, hexadecimal, decimal = reference.groups()
        if ligature:
            return True
        code = int(hexadecimal, 16) if hexadecimal else int(decimal)
        if code < 0x80 and chr(code) in _RAW_PRUNE_CHARS:
            return True
    return False


# trafilatura's prune of comment sections (REMOVE_COMMENTS_AND_LISTS_XPATH) calls two regular
# expressions back in Python for every div, section, list and details element: 0.7 to 2 ms a
# page. Every element it removes is one of these, with an id opening with one of
# ``_COMMENT_IDS`` or a class opening with "comment" or "Comment" or holding "article-comments"
# or "post-comments": a walk over those elements finds the few, and trafilatura's own
# expression, asked about each of them alone, decides (tests/unit/test_extraction.py compares
# both). The walk costs a fifth of an XPath of the same tests (a descendant axis in libxml2).
(_COMMENTS_XPATH,) = REMOVE_COMMENTS_AND_LISTS_XPATH
_COMMENT_TAGS = ("div", "list", "section", "details", "ol", "ul")
_COMMENT_IDS = ("Comment", "comment", "comol", "disqus_thread", "dsq-comments")
_COMMENT_CLASSES = ("Comment", "comment")
_COMMENTS_SELF = etree.XPath(
    _COMMENTS_XPATH.path.strip().replace(".//*", "self::*", 1), namespaces={"re": REGEXP_NS}
)


def comment_sections(tree: HtmlElement) -> list[HtmlElement]:
    """What ``REMOVE_COMMENTS_AND_LISTS_XPATH`` finds in ``tree``, in document order."""
    found = []
    for element in tree.iter(*_COMMENT_TAGS):
        ident, classes = element.get("id"), element.get("class")
        if (
            (ident and ident.startswith(_COMMENT_IDS))
            or (
                classes
                and (
                    classes.startswith(_COMMENT_CLASSES)
                    or "article-comments" in classes
                    or "post-comments" in classes
                )
            )
        ) and _COMMENTS_SELF(element):
            found.append(element)
    return found


def _pruned(tree: HtmlElement) -> HtmlElement:
    """``tree`` after trafilatura's two prunes of the raw page, on a copy where they remove
    anything; ``tree`` itself, uncopied, where they would remove nothing (every later step
    copies the page before changing it)."""
    # The raw prune, skipped where :data:`_RAW_PRUNE_HINT` rules it out.
    raw_prune = tree not in _UNMARKED and _RAW_PRUNE_HINT(tree)
    found = [] if raw_prune else comment_sections(tree)
    if not raw_prune and not found:
        return tree
    page = copy(tree)
    if raw_prune:
        prune_unwanted_nodes(page, RAW_TREE_PRUNE_XPATH)
        found = comment_sections(page)
    else:
        # The copy is the page as it was: its comment sections are those found, at the same
        # places (a second walk of the copy cost a third of the copy itself).
        found = [_counterpart(element, tree, page) for element in found]
    for element in found:
        delete_element(element)
    return page


def _counterpart(element: HtmlElement, root: HtmlElement, copied: HtmlElement) -> HtmlElement:
    """The element of ``copied`` (a copy of ``root``, which holds ``element``) at the place
    ``element`` has under ``root``: reached child by child from it, by position. ``root`` need
    not be its document's root: a page of one fragment is read as that element (``<div>``),
    whose parents the parser made up and the copy does not hold."""
    places = []
    while element is not root:
        parent = element.getparent()
        places.append(parent.index(element))
        element = parent
    for place in reversed(places):
        copied = copied[place]
    return copied


def _page_text_bound(tree: HtmlElement) -> int:
    """An upper bound on ``len(html2txt(tree))``, at a fraction of its cost.

    html2txt copies the tree, deletes a few kinds of element (an XPath with a regular
    expression called back in Python for every class and id) and joins the remaining words with
    single spaces after putting a space before the text and the tail of each block element.
    Joining words never makes a text longer, deleting never adds a character, and each block
    element adds at most two: so the body's text, less its scripts and styles (always deleted),
    plus two per block element, is never less.
    """
    body = tree.find(".//body")
    if body is None:
        body = tree
    chars = len(body.text_content())
    for element in body.iter("script", "style"):
        chars -= len(element.text or "")
    return chars + 2 * sum(1 for _ in body.iter(*_BLOCK_ELEMS))


# The elements html2txt's cleaning (``BASIC_CLEAN_XPATH``) deletes by their tag alone, whatever
# their attributes: no text inside one reaches its text.
_ALWAYS_CLEANED = ("aside", "fencedframe", "footer", "script", "style", "svg", "template")
_STRING = etree.XPath("string()")


def _kept_text_bound(tree: HtmlElement) -> int:
    """A second upper bound on ``len(html2txt(tree))``, asked only where
    :func:`_page_text_bound` does not settle the escalation test: it costs about as much
    again, html2txt about ten times as much on a real page.

    html2txt's text is its words joined by single spaces: as long as their characters plus
    one per word. They are the words of the body's text less what its cleaning and the
    extraction's prunes delete (deleting characters never adds a character or a word), with a
    space put in twice per block element (each space splits at most one word in two). The
    body's text less each outermost always-cleaned element's text (a run of it) has the
    body's characters less theirs, and at most the body's words less theirs plus two per run
    (a word may span each end of a run). A page whose body stands inside such an element (no
    parser builds that, but a fallback's tree might) gets the first bound again."""
    body = tree.find(".//body")
    if body is None:
        body = tree
    elif next(body.iterancestors(*_ALWAYS_CLEANED), None) is not None:
        return _page_text_bound(tree)
    words = body.text_content().split()
    chars, count = sum(map(len, words)), len(words)
    for element in body.iter(*_ALWAYS_CLEANED):
        if next(element.iterancestors(*_ALWAYS_CLEANED), None) is not None:
            continue  # inside a run already taken out
        words = str(_STRING(element)).split()
        chars -= sum(map(len, words))
        count -= len(words) - 2
    return chars + count + 2 * sum(1 for _ in body.iter(*_BLOCK_ELEMS))


def _text_and_compare(
    tree: HtmlElement, options: Extractor, *, own: bool = False
) -> tuple[etree._Element, str]:
    """trafilatura's main extractor on a cleaned copy of ``tree``, then, unless ``fast``, its
    comparison with the readability and jusText baselines (which needs a second copy).
    ``own``: ``tree`` is a copy that nothing reads after this call, taken as it is where a
    copy would be made (one copy of the page less)."""
    cleaned = tree_cleaning(tree if own and options.fast else copy(tree), options)
    before_conversion = None if options.fast else copy(cleaned)
    body, text = extract_content(convert_tags(cleaned, options, options.url), options)
    if before_conversion is not None:
        compared = tree if own else copy(tree)
        body, text = compare_extraction(before_conversion, compared, body, text, options)
    return body, text


def _extract_text(tree: HtmlElement, options: Extractor) -> str | None:
    """The text ``trafilatura.bare_extraction`` finds with our options, or None.

    Our options are always the same kind (comments off, balanced focus, no metadata, language,
    deduplication or extra pruning), for which bare_extraction reduces to the cascade below; run
    here so that its recall escalation, which needs the text length of the whole page, first
    asks :func:`_page_text_bound`, then :func:`_kept_text_bound`: on most pages a bound
    already says the text covers enough of the page, and html2txt is not run. Same functions,
    same order, same result (tests/unit/test_extraction_cascade.py compares it with
    bare_extraction; pinned to 2.3).
    """
    try:
        # The caller's tree stays as it was.
        page = _pruned(tree)
        # Where the prunes copied the page, the extraction spends that copy instead of
        # copying it again (about 0.3 ms a page); the few pages whose pruned page is read
        # after it (a rescue, an escalation) are pruned again, to the same tree.
        spent = page is not tree
        body, text = _text_and_compare(page, options, own=spent)

        def pruned() -> HtmlElement:
            nonlocal page, spent
            if spent:
                page, spent = _pruned(tree), False
            return page

        if len(text) < options.min_extracted_size:
            # Rescue: trafilatura's baseline on the uncleaned page, if it finds more.
            rescue_body, rescue_text, rescue_len = baseline(pruned())
            if rescue_len > len(text):
                body, text = rescue_body, rescue_text
        # The bound of the unpruned page bounds the pruned page's text too (the prunes only
        # delete), and html2txt decides after it as before.
        if (
            options.focus == "balanced"
            and 0 < len(text) < ESCALATION_MAX_LENGTH
            and len(text) < ESCALATION_PAGE_SHARE * _page_text_bound(tree)
            and len(text) < ESCALATION_PAGE_SHARE * _kept_text_bound(tree)
            and len(text) < ESCALATION_PAGE_SHARE * len(html2txt(pruned()))
        ):
            body, text = _escalate(pruned(), options, body, text)
        if options.max_tree_size and len(body) > options.max_tree_size:
            strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return None
        if len(text) < options.min_output_size and options.min_output_comm_size > 0:
            return None
    except (TypeError, ValueError):
        return None
    return xmltotxt(body, options.formatting)


def _escalate(
    page: HtmlElement, options: Extractor, body: etree._Element, text: str
) -> tuple[etree._Element, str]:
    """trafilatura's recall escalation: a short text covering little of the page is redone in
    recall mode (and, unless ``fast``, by jusText), and replaced when either finds clearly more."""
    recall = copy(options)
    recall.focus = "recall"
    recall_body, recall_text = body, ""
    try:
        recall_body, recall_text = _text_and_compare(page, recall)
    except Exception as err:  # trafilatura guards its retry the same way
        logger.warning("recall retry failed: %s %s", err, options.url)
    justext_body, justext_text = body, ""
    if not options.fast:
        try:
            justext_body, justext_text = justext_rescue(copy(page), options)
        except Exception as err:
            logger.warning("justext candidate failed: %s %s", err, options.url)
    if len(justext_text) > len(recall_text) and (
        len(justext_text) > ESCALATION_JUSTEXT_RATIO * len(text)
    ):
        return justext_body, justext_text
    if len(recall_text) >= options.min_extracted_size and (
        len(recall_text) > ESCALATION_ACCEPT_RATIO * len(text)
    ):
        return recall_body, recall_text
    return body, text


def extract_from_tree(
    tree: HtmlElement, html: str, url: str, *, fast: bool = False
) -> Extracted | None:
    """:func:`extract_article` on a tree already parsed; trafilatura works on its own copy."""
    options = _options(fast, metadata=False)
    options.url = url
    options.source = url
    # trafilatura's expressions with their regular-expression tests asked only of elements
    # that have the attribute: the same elements, found with less CPU (xpathguard).
    with guarded_xpaths():
        text = _extract_text(tree, options)
        if not text:
            return None
        # Read on ``tree``, which the extraction copied before changing anything.
        known = _META.get(tree)
        if known is not None and known[0] == url:
            meta, counts = known[1], known[2]
        else:
            counts = Counter()
            meta = page_metadata(tree, url, options.date_params, counts)
            _META[tree] = url, meta, counts
    # A value the page writes as one of several elements is one tag (:func:`whole_tags`).
    whole = whole_tags(tree)
    tags = [
        t
        for tag in (meta.tags or []) + (meta.categories or [])
        for t in ([tag] if tag in whole else split_tags(tag))
    ]
    counts = Counter(counts)
    lined = article_lines(tree, text)
    if lined != text:
        text = lined
        counts["text/extract/article_lines"] += 1
    return Extracted(
        text=text,
        title=meta.title or None,
        author=meta.author or None,
        date=meta.date or None,
        description=meta.description or None,
        sitename=meta.sitename or None,
        tags=list(dict.fromkeys(tags)),
        image=meta.image or None,
        language=declared_language(html),
        counts=counts,
    )


# Only texts of so few lines are looked at: the baseline gives one line per <article>, and a
# page holds one or a few (the page is cleaned again for the look, which a text of many lines,
# nearly every page's, need not pay).
_ARTICLE_LINES_MAX = 3


def article_lines(tree: HtmlElement, text: str) -> str:
    """``text`` with each line that is a whole ``<article>`` of the page cut at the article's
    block elements, as the page shows it.

    Where trafilatura's main extractor finds too little, its baseline rescue may take each
    top-level ``<article>``'s text as one paragraph: headline, byline, caption, body and the
    links after it in one line, which no line rule can take apart (a rule drops whole lines),
    so all of it is kept or all of it lost. Cut at the same block elements the baseline spaces
    (its ``block_text``), the line is the article's own blocks again and the rules decide about
    each. Any other text comes back as it is: only lines equal to an article's text, read as the
    baseline reads it (the raw prune, then its cleaning), are cut.
    """
    lines = text.split("\n")
    if len(lines) > _ARTICLE_LINES_MAX:
        return text
    if tree.find(".//article") is None:
        return text
    page = basic_cleaning(copy(_pruned(tree)))
    cut: dict[str, list[str]] = {}
    for article in page.iterfind(".//article"):
        if next(article.iterancestors("article"), None) is not None:
            continue  # counted in the article around it, as the baseline counts it
        whole = block_text(article)
        if whole in lines and whole not in cut:
            blocks = _block_lines(article)
            if " ".join(blocks) == whole:
                cut[whole] = blocks
    if not cut:
        return text
    return "\n".join(part for line in lines for part in cut.get(line, [line]))


def _block_lines(element: HtmlElement) -> list[str]:
    """The text of ``element`` cut into lines at its block elements, whitespace collapsed."""
    element = copy(element)
    for block in element.iter(*_BLOCK_ELEMS):
        block.text = f"\n{block.text}" if block.text else "\n"
        block.tail = f"\n{block.tail}" if block.tail else "\n"
    return [" ".join(part.split()) for part in element.text_content().split("\n") if part.split()]
