"""The story's own record in the page's script data: a date and authors where nothing is declared.

Pages drawn by a JavaScript framework ship the article's record as data for their scripts
(``<script id="__NEXT_DATA__" type="application/json">``, ``window.__INITIAL_STATE__ = {…}``, a
tag manager's ``dataLayer = [{…}]``), beside the records of every teaser, most-read widget and
previous story the page shows. Only the record that names this page is read: its URL is the
page's (or its canonical), or its headline is the page's shown headline; and only when exactly
one record of the page's data says so for the field. A record among several story-like items of
one list (related stories, most read) is taken only when its URL names the page. Dates are read
only where the data states their offset (or ``Z``); names go through the resolver's name checks
like any other source.

Script data is the CMS's, not what the reader sees: the resolver asks it only after the page's
declared metadata, and its candidates pass the same consistency checks as any other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from crawler.clock import parse_timestamp
from pipelines.text.structured import PageFacts, collapse, link_key, loose

# Script data larger than this is not read (a whole app's state; counted ``script_too_large``).
MAX_SCRIPT_CHARS = 3_000_000
# Records nested deeper than this are not looked into (counted ``script_too_deep``); a story's
# record sits a few levels under the page's props or state.
MAX_DEPTH = 24
# A headline this short (letters and digits) names too little to tell one story from another.
_MIN_HEADLINE = 12
# How many JSON values one script's assignments are tried for.
_MAX_VALUES = 16

# Script types that hold code or data a page's own scripts read (not templates, not JSON-LD).
_DATA_TYPES = frozenset(
    {"", "text/javascript", "application/javascript", "module", "application/json"}
)
# An object literal written in JSON form right after an assignment ("… = {"key": …"), or a list
# of them (a tag manager's data layer: "dataLayer = [{"content": …}]").
_ASSIGNED = re.compile(r"=\s*(?=(?:\[\s*)?\{\s*\")")
_DECODER = json.JSONDecoder(strict=False)

# Keys (lower case, without "_" and "-") of a record's publication moment and of its authors.
_DATE_KEYS = (
    "datepublished",
    "publishedat",
    "publishdate",
    "publisheddate",
    "publicationdate",
    "firstpublished",
    "firstpublisheddate",
    "firstpublicationdate",
    "published",
    "publish",
    "pubdate",
    "publishedtime",
    "publishtime",
)
_AUTHOR_KEYS = ("authors", "author", "byline", "bylines", "writers", "writer", "creator")
_NAME_KEYS = ("name", "displayname", "fullname", "authorname", "writername")
_HEADLINE_KEYS = frozenset({"headline", "title", "seotitle", "name"})
_URL_KEYS = frozenset({"link", "href", "permalink", "path", "canonical", "slug"})


def _key(key: str) -> str:
    return key.replace("_", "").replace("-", "").casefold()


def _url_key(key: str) -> bool:
    lowered = _key(key)
    return lowered in _URL_KEYS or lowered.endswith("url")


@dataclass
class ScriptStory:
    """What the page's script data says of this page's story, and what was left unread."""

    published: str | None = None
    authors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # script_too_large, script_too_deep …


def _texts(tree: HtmlElement, needles: tuple[str, ...]) -> Iterator[str]:
    """The script texts that may hold the page's record (they write one of ``needles``)."""
    for script in tree.iter("script"):
        text = script.text
        if not text or not any(needle in text for needle in needles):
            continue
        if (script.get("type") or "").strip().casefold() in _DATA_TYPES:
            yield text


def _values(text: str) -> Iterator[Any]:
    """The JSON values a script holds: the whole of a JSON block, else the objects it assigns."""
    stripped = text.strip()
    if stripped[:1] in "[{":
        try:
            yield json.loads(stripped, strict=False)
            return
        except (ValueError, RecursionError):
            pass
    for count, match in enumerate(_ASSIGNED.finditer(text)):
        if count >= _MAX_VALUES:
            return
        try:
            value, _ = _DECODER.raw_decode(text, match.end())
        except (ValueError, RecursionError):
            continue  # a JS literal that is no JSON, or a broken block: skipped
        yield value


@dataclass
class _Walk:
    too_deep: bool = False
    records: list[dict[str, Any]] = field(default_factory=list)


def _names_page(record: dict[str, Any], facts: PageFacts) -> bool:
    """Whether one of the record's URLs is the page's (or its canonical)."""
    for key, value in record.items():
        if (
            isinstance(key, str)
            and isinstance(value, str)
            and _url_key(key)
            and 0 < len(value.strip()) < 2000
            and link_key(facts.url, value.strip()) in facts.identities
        ):
            return True
    return False


def _titled_as(record: dict[str, Any], headlines: set[str]) -> bool:
    """Whether the record's headline or title is the page's shown headline."""
    for key, value in record.items():
        if (
            isinstance(key, str)
            and isinstance(value, str)
            and _key(key) in _HEADLINE_KEYS
            and len(value) < 1000
            and loose(value) in headlines
        ):
            return True
    return False


def _walk(data: Any, facts: PageFacts, headlines: set[str], wanted: set[str], found: _Walk) -> None:
    """The records in ``data`` that name this page, walked without recursion; only those that
    hold one of the ``wanted`` strings (:func:`_naming_strings`) are looked at closely.

    Below a list of several objects (related stories, most read, comments, a feed of teasers,
    however each item wraps its story) a record counts only where its URL is the page's: a
    teaser may repeat this story's headline with a date or credit of its own.
    """
    # (value, depth, below a list of several objects). Every object of a large state is
    # visited, so each is read in one pass over its values, by exact type (JSON decodes to
    # plain dict, list and str): a generator per test cost twice the time (24 ms on a 1.2 MB
    # state, benchmarks/worst_cost.py).
    stack: list[tuple[Any, int, bool]] = [(data, 0, False)]
    push = stack.append
    while stack:
        value, depth, listed = stack.pop()
        if depth > MAX_DEPTH:
            found.too_deep = True
            continue
        below = depth + 1
        if type(value) is dict:
            named = False
            for v in value.values():
                kind = type(v)
                if kind is str:
                    named = named or v in wanted
                elif kind is dict or kind is list:
                    push((v, below, listed))
            if named and (
                _names_page(value, facts) or (not listed and _titled_as(value, headlines))
            ):
                found.records.append(value)
        elif type(value) is list:
            several = listed
            if not several:
                objects = 0
                for v in value:
                    if type(v) is dict:
                        objects += 1
                        if objects > 1:
                            several = True
                            break
            for v in value:
                kind = type(v)
                if kind is dict or kind is list:
                    push((v, below, several))


def _moment(record: dict[str, Any]) -> str | bool | None:
    """The record's publication moment with its offset; None if it states none, False if its
    keys state moments that disagree or one without an offset."""
    found: dict[str, str] = {}  # the moment in UTC: as written (its offset is the site's zone)
    for key, value in record.items():
        if isinstance(key, str) and _key(key) in _DATE_KEYS and isinstance(value, str):
            stamp = parse_timestamp(value.strip(), "script")
            if stamp is None:
                continue
            if not stamp.aware or stamp.precision == "day":
                return False
            found.setdefault(stamp.iso(), value.strip())
    if not found:
        return None
    return next(iter(found.values())) if len(found) == 1 else False


def _person_names(value: Any) -> list[str]:
    """The names an author field writes: a string, or a list of strings or of person records."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:20]:
        if isinstance(item, str):
            names.append(collapse(item))
        elif isinstance(item, dict):
            fields = {_key(k): v for k, v in item.items() if isinstance(k, str)}
            name = next((fields[k] for k in _NAME_KEYS if isinstance(fields.get(k), str)), None)
            first, last = fields.get("firstname"), fields.get("lastname")
            if name is None and isinstance(first, str) and isinstance(last, str):
                name = f"{first} {last}"
            if isinstance(name, str):
                names.append(collapse(name))
    return [name for name in names if name and len(name) <= 120]


def _authors(record: dict[str, Any]) -> list[str]:
    for key, value in record.items():
        if isinstance(key, str) and _key(key) in _AUTHOR_KEYS:
            names = _person_names(value)
            if names:
                return names
    return []


# The key written before a JSON string ("url": "…), read back from the string's opening quote.
_KEY_BEFORE = re.compile(r'"([\w$.-]{1,60})"\s*:\s*$')
# How many times a script's text is searched for one needle, and how far back a string's
# opening quote is looked for.
_MAX_HITS = 32
_QUOTE_REACH = 2000


def _naming_strings(
    text: str, needles: tuple[str, ...], facts: PageFacts, headlines: set[str]
) -> set[str]:
    """The strings of ``text`` that a record's URL or headline key holds and that name this
    page: read around the needles' places only, so that a script's whole data is decoded and
    walked only where one of its records may name the page."""
    wanted: set[str] = set()
    for needle in needles:
        start = 0
        for _ in range(_MAX_HITS):
            at = text.find(needle, start)
            if at < 0:
                break
            start = at + len(needle)
            quote = text.rfind('"', max(0, at - _QUOTE_REACH), at + 1)
            while quote > 0 and text[quote - 1] == "\\":
                quote = text.rfind('"', max(0, at - _QUOTE_REACH), quote - 1)
            key = _KEY_BEFORE.search(text, max(0, quote - 80), quote) if quote > 0 else None
            if key is None or not (_url_key(key[1]) or _key(key[1]) in _HEADLINE_KEYS):
                continue
            try:
                value, _ = _DECODER.raw_decode(text, quote)
            except ValueError:
                continue
            if isinstance(value, str) and (
                loose(value) in headlines
                or (len(value) < 2000 and link_key(facts.url, value.strip()) in facts.identities)
            ):
                wanted.add(value)
    return wanted


def _needles(facts: PageFacts, headlines: Iterable[str]) -> tuple[str, ...]:
    """What a script holding the page's record writes: the URL's path (also with JSON's escaped
    slashes) or the headline's longest word (also with JSON's escaped letters)."""
    needles: list[str] = []
    path = urlsplit(facts.url).path.rstrip("/")
    if len(path) > 1:
        needles += [path, path.replace("/", "\\/")]
    for text in headlines:
        if len(loose(text)) >= _MIN_HEADLINE:
            # Its longest word: data may space a headline otherwise (a no-break space before a
            # short word); as written, and as JSON writes it escaping every letter outside ASCII.
            word = max(text.split(), key=len)
            needles += [word, json.dumps(word)[1:-1]]
    return tuple(dict.fromkeys(needles))


def script_story(tree: HtmlElement, facts: PageFacts, headlines: Iterable[str]) -> ScriptStory:
    """The publication moment and the authors of the one record of this page's story in the
    page's script data (:mod:`pipelines.text.scriptdata`); empty where none or several name it.

    ``headlines``: the page's shown headline(s). Only scripts that write the page's path or
    headline are parsed, so a page pays for its script data only where it may hold the record.
    """
    story = ScriptStory()
    shown = [collapse(text) for text in headlines if text]
    keys = {loose(text) for text in shown if len(loose(text)) >= _MIN_HEADLINE}
    needles = _needles(facts, shown)
    if not needles:
        return story
    walk = _Walk()
    for text in _texts(tree, needles):
        if len(text) > MAX_SCRIPT_CHARS:
            story.skipped.append("script_too_large")
            continue
        wanted = _naming_strings(text, needles, facts, keys)
        if not wanted:
            continue
        for value in _values(text):
            _walk(value, facts, keys, wanted, walk)
    if walk.too_deep:
        story.skipped.append("script_too_deep")
    moments = [m for m in map(_moment, walk.records) if m is not None]
    if len(moments) == 1 and isinstance(moments[0], str):
        story.published = moments[0]
    credits = [names for names in map(_authors, walk.records) if names]
    if len(credits) == 1:
        story.authors = credits[0]
    return story
