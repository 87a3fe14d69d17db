"""Article extraction with trafilatura, on decoded text only."""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field

import trafilatura
from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.settings import Document, Extractor
from trafilatura.utils import load_html, repair_faulty_html

from pipelines.text.extractor_meta import page_metadata
from pipelines.text.language import normalize_language_code

# Built once per process and reused: the options objects carry trafilatura's configuration.
# ``fast`` skips trafilatura's comparison with its readability and jusText baselines (about a
# third of its CPU time); the text pipeline asks for it when a second opinion can tell when the
# comparison is needed (pipelines/text/consensus.py ``uncertain``). Keyed by (fast, metadata).
_OPTIONS: dict[tuple[bool, bool], Extractor] = {}
# trafilatura's metadata of the trees still in use, with the address read: when the fast
# extraction is re-run in full on the same tree, its metadata are read once.
_META: weakref.WeakKeyDictionary[HtmlElement, tuple[str, Document]] = weakref.WeakKeyDictionary()
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


def parse_html(html: str) -> HtmlElement | None:
    """The page parsed once, as trafilatura parses it, for extraction and the metadata rules.

    The usual page (a document of two or more top elements, text without an encoding
    declaration that lxml refuses in a ``str``) is parsed here with :data:`_PARSER`, exactly as
    ``trafilatura.utils.load_html`` parses it but with the cheaper element lookup; anything
    else is left to ``load_html`` and its fallbacks.
    """
    if not isinstance(html, str):
        raise TypeError("parse_html takes decoded text, not bytes")
    if not html.strip():
        return None
    try:
        tree = fromstring(repair_faulty_html(html, html[:50].lower()), parser=_PARSER)
    except Exception:  # load_html below meets the same input and handles it its own way
        tree = None
    if tree is not None and len(tree) >= 2:
        return tree
    try:
        return load_html(html, _options().max_file_size)
    except ValueError:
        return None


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


def extract_from_tree(
    tree: HtmlElement, html: str, url: str, *, fast: bool = False
) -> Extracted | None:
    """:func:`extract_article` on a tree already parsed; trafilatura works on its own copy."""
    options = _options(fast, metadata=False)
    options.url = url
    options.source = url
    try:
        doc = trafilatura.bare_extraction(tree, options=options)
    except ValueError:
        # trafilatura raises ValueError for trees it cannot parse; that is "no article".
        return None
    if not isinstance(doc, Document) or not doc.text:
        return None
    # Read on ``tree``, which bare_extraction copied before changing anything.
    known = _META.get(tree)
    if known is not None and known[0] == url:
        meta = known[1]
    else:
        meta = page_metadata(tree, url, options.date_params)
        _META[tree] = url, meta
    tags = [t.strip() for t in (meta.tags or []) + (meta.categories or []) if t and t.strip()]
    return Extracted(
        text=doc.text,
        title=meta.title or None,
        author=meta.author or None,
        date=meta.date or None,
        description=meta.description or None,
        sitename=meta.sitename or None,
        tags=list(dict.fromkeys(tags)),
        image=meta.image or None,
        language=declared_language(html),
    )
