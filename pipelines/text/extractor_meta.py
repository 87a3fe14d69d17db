"""trafilatura's reading of a page's metadata, done once per page and without the licence.

``trafilatura.bare_extraction`` with metadata reads them on its own copy of the tree before it
looks for the text: again when the fast extraction is re-run in full
(pipelines/text/article.py), and also on pages where no text is found. It then searches every
footer link for a licence (about 0.75 ms per page), a field nothing here stores.
:func:`page_metadata` reads the fields the crawl stores or weighs (title, author, date,
description, site name, categories, tags, image) with the same trafilatura functions, in the
same order and with the same fix-ups, on the page's one tree. None of them changes it: those
that prune work on a copy.

This follows trafilatura 2.3's ``extract_metadata``, so pyproject.toml pins that minor version;
``python -m benchmarks.worker_cost --against`` checks that every stored field stays the same.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from html import unescape
from typing import Any

from htmldate import find_date
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.json_metadata import (
    JSON_UNICODE_REPLACE,
    extract_json,
    extract_json_parse_error,
)
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_author,
    extract_catstags,
    extract_sitename,
    extract_title,
    extract_url,
    normalize_tags,
)
from trafilatura.settings import Document
from trafilatura.utils import HTML_STRIP_TAGS, line_processing, trim

from pipelines.text.structured import MAX_LD_JSON_CHARS, well_formed

logger = logging.getLogger(__name__)

# trafilatura looks for categories and tags with up to six XPaths each over the whole tree
# (1 to 5 ms a page), but keeps only links whose address holds "/categor…/" or "/tag…/": where
# no link of the page holds that, one walk over its links says they would find nothing.
_LINKS_TO = {"category": "/categor", "tag": "/tag"}
# trafilatura's fallback for categories: the section named in the head.
_SECTION_META = XPath(
    './/head//meta[@property="article:section" or contains(@name, "subject")][@content]'
)


# trafilatura looks for a byline, where no author meta tag names one, on a pruned copy of the
# whole tree with three XPaths of regular expressions called back in Python (10 ms and more on
# a large page). Every element they can return has a class or an id holding one of these
# substrings, or one of the attributes or elements of ``_OTHER_AUTHOR_MARKUP``; where the page
# has none, there is nothing to find.
_AUTHOR_CLASS = re.compile(
    "uthor|byl|Byl|BBL|username|screenname|writer|channel-name|journalist-name|submitted-by"
    "|posted-by|zuozhe|bianji|xiaobian"
)
_AUTHOR_ID = re.compile("uthor|zuozhe|bianji|xiaobian")
# Plain strings: lxml's default "smart" results each hold their element, which nothing here
# reads (a third of the test's cost on a real page).
_CLASSES = XPath(".//@class", smart_strings=False)
_IDS = XPath(".//@id", smart_strings=False)
_OTHER_AUTHOR_MARKUP = XPath(
    "boolean(.//@rel[. = 'author'] | .//@itemprop[contains(., 'author')]"
    " | .//@data-testid[. = 'AuthorCard' or . = 'AuthorURL']"
    " | .//@data-component[contains(., 'Byline')] | //author | //rel)"
)


def _may_name_author(tree: HtmlElement) -> bool:
    """False where trafilatura's ``extract_author`` can find nothing on ``tree``."""
    # Each distinct class string once: pages repeat a few hundred of them on every element.
    return bool(
        _AUTHOR_CLASS.search("\n".join(set(_CLASSES(tree))))
        or _AUTHOR_ID.search("\n".join(_IDS(tree)))
        or _OTHER_AUTHOR_MARKUP(tree)
    )


def _links_to(tree: HtmlElement, path: str) -> bool:
    """Whether a link of ``tree``'s document has ``path`` in its address: the walk over the
    links, filtered by tag in C, with a substring test of each address, costs a half to two
    thirds of the XPath ``boolean(//a[contains(@href, path)])`` (0.08 -> 0.06 ms a generated
    page, 0.30 -> 0.18 on a real one)."""
    return any(path in (a.get("href") or "") for a in tree.getroottree().iter("a"))


def _cats_or_tags(kind: str, tree: HtmlElement) -> list[str]:
    """``extract_catstags(kind, tree)``, without its searches where no link can match."""
    if _links_to(tree, _LINKS_TO[kind]):
        return extract_catstags(kind, tree)
    if kind != "category":
        return []
    found = [element.attrib["content"] for element in _SECTION_META(tree)]
    return [r for r in dict.fromkeys(line_processing(x) for x in found if x) if r]


def whole_tags(tree: HtmlElement) -> frozenset[str]:
    """The page's ``article:tag`` values, as trafilatura's ``examine_meta`` gives them, where
    the page repeats the element: OpenGraph writes a list so, one value an element (ogp.me,
    "Arrays"), and such a value is one tag, commas and all ("Voigt, Mario"). A single element
    is often a list itself ("Spain,Europe,World news": 35 dev pages; no repeated one holds a
    comma on 58), which :func:`pipelines.text.extraction.split_tags` splits as a keywords list.
    """
    values = [
        element.get("content", "")
        for element in tree.iterfind(".//head/meta[@property][@content]")
        if element.get("property", "").lower() == "article:tag"
    ]
    if len(values) < 2:
        return frozenset()
    return frozenset(normalize_tags(HTML_STRIP_TAGS.sub("", value).strip()) for value in values)


def _site_name(doc: Document, tree: HtmlElement) -> str | None:
    """The site's name as trafilatura states it: meta tags, else the <title>'s dotted part,
    else the URL's host. A handle loses its "@", a lower-case name is title-cased."""
    name = doc.sitename or extract_sitename(tree)
    if not name:
        match = META_URL.match(doc.url) if doc.url else None
        return match[1] if match else None
    name = name.lstrip("@")
    if name and "." not in name and not name[0].isupper():
        name = name.title()
    return name


# trafilatura's JSON-LD reader (``extract_meta_json``) minifies each script with
# ``JSON_MINIFY.sub(r"\1", text)``: the pattern ``("(?:\\.|[^"\\])*")|\s`` keeps each string and
# drops each whitespace character outside one, and Python 3.11 expands the template in Python
# for every match (a script of a few kilobytes has hundreds). The same scan as one search
# kept in C: a string as that pattern reads one, else a quote it reads as no string (kept
# alone, as the substitution keeps it), else a run of characters that are neither whitespace
# nor a quote (kept; none of them can open a match).
_JSON_KEPT = re.compile(r'"(?:\\.|[^"\\])*"|"|[^\s"]+')
# What ``normalize_json`` drops character by character in Python: the surrogates that the
# script's "\uXXXX" escapes or its own text hold.
_SURROGATES = re.compile("[\\ud800-\\udfff]")
_JSON_SCRIPTS = XPath('.//script[@type="application/ld+json" or @type="application/settings+json"]')


def _minified_json(text: str) -> str:
    """``JSON_MINIFY.sub(r"\\1", text)`` of trafilatura's JSON-LD reader, searched in C."""
    return "".join(_JSON_KEPT.findall(text))


def _normalized_json(text: str) -> str:
    """trafilatura's ``normalize_json`` with its surrogates removed in C (the same string):
    on a whole script holding a backslash, its per-character filter is the reader's main cost."""
    if "\\" in text:
        text = text.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        text = JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), text)
        text = unescape(_SURROGATES.sub("", text))
    return trim(HTML_STRIP_TAGS.sub("", text))


def _json_ld_metadata(
    tree: HtmlElement, doc: Document, counts: Counter[str] | None = None
) -> Document:
    """``extract_meta_json(tree, doc)`` of trafilatura 2.3: each JSON-LD (or settings) script
    minified, normalised and read by trafilatura's own ``extract_json``, or by its patterns
    where it is no JSON; the two steps before them done in C (the same text). Up to the page's
    :data:`pipelines.text.structured.MAX_LD_JSON_CHARS`, as our own readers: a script past it
    is left unread, counted in ``counts`` (``meta/ld_json_capped_extractor``)."""
    chars = 0
    for element in _JSON_SCRIPTS(tree):
        if not element.text:
            continue
        chars += len(element.text)
        if chars > MAX_LD_JSON_CHARS:
            logger.info(
                "%s: a JSON-LD script past the page's %d characters, left unread by"
                " trafilatura's reader (news/meta/ld_json_capped_extractor)",
                doc.url,
                MAX_LD_JSON_CHARS,
            )
            if counts is not None:
                counts["meta/ld_json_capped_extractor"] += 1
            chars -= len(element.text)
            continue
        text = _normalized_json(_minified_json(element.text))
        try:
            schema = json.loads(text, strict=False)
            doc = extract_json(schema, doc)
        except json.JSONDecodeError:
            doc = extract_json_parse_error(text, doc)
    return doc


# The fields trafilatura's JSON-LD reader fills with text (its categories are a list).
_JSON_TEXTS = ("title", "author", "sitename", "pagetype")


def page_metadata(
    tree: HtmlElement,
    url: str | None,
    date_params: dict[str, Any],
    counts: Counter[str] | None = None,
) -> Document:
    """trafilatura's metadata of the page at ``url``, without ``license`` (always None).

    ``date_params``: the extractor options' ``date_params`` (htmldate's settings), read with
    the page's canonical address as trafilatura passes it. ``counts``: where a reader that
    failed is counted (``meta/unreadable_jsonld``, ``meta/unreadable_dates``), so a crawl's
    stats show how often a page's metadata could not be read, beside the warnings.
    """
    doc = examine_meta(tree)
    if doc.author and " " not in doc.author:
        # One word in an author meta tag is a handle or a site more often than a person.
        doc.author = None
    unreadable = False
    try:
        doc = _json_ld_metadata(tree, doc, counts)
    except Exception as err:  # trafilatura guards this reader the same way: odd JSON-LD
        logger.warning("JSON-LD metadata unreadable: %s", err)
        unreadable = True
    # trafilatura turns every "\\uXXXX" of the JSON-LD into its character before reading it: a
    # lone surrogate no UTF-8 can encode, which an XPath variable and SQLite refuse. Its reader
    # also takes a headline or a section of any JSON type ("headline": 5, "headline": ["..."]),
    # where every reader of these fields wants text and raised: such a value is dropped.
    odd = [name for name in _JSON_TEXTS if not isinstance(getattr(doc, name), str | None)]
    for name in _JSON_TEXTS:
        value = getattr(doc, name)
        setattr(doc, name, well_formed(value) if isinstance(value, str) else None)
    if doc.categories:
        texts = [well_formed(c) for c in doc.categories if isinstance(c, str)]
        if len(texts) < len(doc.categories):
            odd.append("categories")
        doc.categories = texts
    if odd:
        logger.warning("JSON-LD metadata unreadable: not text in %s", ", ".join(odd))
    if (unreadable or odd) and counts is not None:
        counts["meta/unreadable_jsonld"] += 1
    doc.title = doc.title or extract_title(tree)
    if not doc.author:
        doc.author = extract_author(tree) if _may_name_author(tree) else None
    doc.url = doc.url or extract_url(tree, url)
    try:
        doc.date = find_date(tree, **{**date_params, "url": doc.url})
    except ValueError as err:
        # htmldate reads a stamp whose offset is a day or more ("…T10:00:00+24:00", which
        # Python's datetime cannot hold) and raises where it compares it: the page keeps its
        # text and the resolver's other date evidence; only this one candidate is missing.
        logger.warning("htmldate could not read the page's dates: %s", err)
        if counts is not None:
            counts["meta/unreadable_dates"] += 1
        doc.date = None
    doc.sitename = _site_name(doc, tree)
    doc.categories = doc.categories or _cats_or_tags("category", tree)
    doc.tags = doc.tags or _cats_or_tags("tag", tree)
    doc.clean_and_trim()
    return doc
