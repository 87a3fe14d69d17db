"""RSS and Atom feeds, parsed by feedparser from the body Scrapy fetched, and JSON Feeds."""

from __future__ import annotations

import calendar
import codecs
import html
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any

import feedparser
from feedparser.exceptions import CharacterEncodingOverride, NonXMLContentType
from w3lib.encoding import read_bom
from w3lib.html import remove_tags

from crawler.clock import named_zone, rfc822_moment
from crawler.discovery import named_characters
from crawler.urls import is_http_url

from . import Link, Skipped, closes, listed_by, resolve_link, utf8_beyond_ascii

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedResult:
    links: list[Link]
    malformed: bool  # feedparser's "bozo" flag: ill-formed, recovered as far as possible
    skipped: Skipped  # entries without a usable link
    # feedparser recognised RSS or Atom; False for an HTML page or an error page at the URL.
    is_feed: bool = True
    complete: bool = True  # False: the document ends before its root element closes
    # Kept entries whose date names a zone of no one offset (:class:`FeedDate`): their day only.
    unread_zones: int = 0

    @property
    def unusable(self) -> bool:
        """Nothing to read: not a feed, or so broken that no link came out of it."""
        return not self.links and (self.malformed or not self.is_feed)


def _iso(struct: time.struct_time | None) -> str | None:
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), UTC).isoformat()
    except (OverflowError, ValueError):
        return None


def _published(entry: feedparser.FeedParserDict, entries: _Entries) -> str | None:
    """The entry's publication date: RSS's ``pubDate``, Atom's ``published``, else in RSS the
    date feedparser names ``updated`` (RSS 1.0's ``dc:date``, its items' one date). Atom's
    ``updated`` is the entry's last change (RFC 4287), no publication: :func:`_updated`."""
    if entry.get("published_parsed") or entry.get("published"):
        return _entry_date(entry, "published", entries)
    return None if entries.atom else _entry_date(entry, "updated", entries)


def _updated(entry: feedparser.FeedParserDict, entries: _Entries) -> str | None:
    """An Atom entry's last change (``updated``), the listing's lastmod as a sitemap's is: it
    was taken for the publication of an entry without ``published``, which the page's own
    date then conflicted with (no date stored), or which stood in for it by up to 48 hours."""
    return _entry_date(entry, "updated", entries) if entries.atom else None


def _entry_date(entry: feedparser.FeedParserDict, name: str, entries: _Entries) -> str | None:
    """The entry's date ``name`` as written (:meth:`_Entries.date`), else as feedparser reads
    it, in UTC: it knows more odd forms than the two standard ones, but not a day that does
    not exist (:func:`_impossible_day`)."""
    raw, parsed = entry.get(name), entry.get(f"{name}_parsed")
    written = entries.date(raw)
    if written is None and _impossible_day(raw):
        return None
    return written or _iso(parsed)


# The year, month and day an ISO 8601 date starts with.
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")


def _impossible_day(text: str | None) -> bool:
    """Whether ``text`` is an ISO 8601 date of a day no calendar has ("2026-02-30",
    "2026-13-01"). feedparser rolls such a day over into the next month or year, and the
    entry was dated 2 March or January 2027 from an error in the feed: no date is better."""
    match = _ISO_DAY.match(text or "")
    if match is None:
        return False
    try:
        date(*(int(part) for part in match.groups()))
    except ValueError:
        return True
    return False


# "CST" is RFC 822's US Central (section 5.1), but China Standard Time (UTC+8) on Chinese
# feeds: there, a name of two offsets, it leaves the day alone.
_CHINESE_CST = "CST"
# A zone written as an offset from GMT or UTC ("GMT-05:00", "UTC+8"): one offset, whatever
# the name before it.
_GMT_OFFSET = re.compile(r"^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
# The zone a date ends with when it is written as a name (letters, maybe dotted: "E.S.T.").
_ZONE_NAME = re.compile(r"(?:\d|\s)([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class FeedDate:
    """A feed's date as written (:func:`_as_written`) and the zone name it wrote and no offset
    was taken from ("" when none): RFC 822's military letters, whose signs RFC 822 got wrong
    and RFC 2822 gives up on, and names of several zones ("IST", "BST") or of none."""

    written: str | None
    unread_zone: str = ""


def _named_offset(name: str, chinese: bool) -> tzinfo | None:
    """The one offset a zone name in a feed's date stands for, None when it names several or
    none: RFC 822's own names, the ones a page's date is read by (crawler/clock.py: "CET",
    "JST", "AEST"), and an offset from GMT or UTC."""
    upper = name.upper()
    offset = _GMT_OFFSET.match(upper)
    if offset is not None:
        sign, hours, minutes = offset.groups()
        if int(hours) > 14 or int(minutes or 0) >= 60:
            return None
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        return timezone(-delta if sign == "-" else delta)
    if upper == _CHINESE_CST:
        return None if chinese else timezone(timedelta(hours=-6))
    if upper == "UT":
        return UTC
    return named_zone(upper)


def _as_written(text: str | None, chinese: bool = False) -> FeedDate:
    """A feed's date (RFC 822 in RSS, ISO 8601 in Atom) as ISO 8601 in the offset it was
    written in, naive when it names none or a name of no one offset; None when neither form
    reads it. ``chinese``: the feed declares a Chinese language, whose "CST" is UTC+8.

    The resolver (crawler/clock.py) reads a listing's date as a page's: midnight is a day, a
    time without an offset keeps only its day, the day is the one written. feedparser's
    dates are turned to UTC with those cut away: "Wed, 04 Nov 2026 00:00:00 +0100", a day,
    was stored as 23:00 on 3 November to the minute; "23:30:00 -0500" was dated the next
    day; a zone it does not know ("IST") is taken for UTC, and "2026-11-04T10:30:00 EST",
    which neither standard form reads, was stored as 10:30 UTC, five hours early.
    """
    text = (text or "").strip()
    if not text:
        return FeedDate(None)
    head, _, last = text.rpartition(" ")
    named = _ZONE_NAME.search(text)
    if head and _GMT_OFFSET.match(last):
        bare, zone_text = head, last
    elif named is not None:
        bare, zone_text = text[: named.start(1)].rstrip(), named[1]
    else:
        bare, zone_text = text, ""
    value = _iso_or_rfc822(bare)
    if value is None:
        return FeedDate(None)
    if value.tzinfo is not None or not zone_text:
        return FeedDate(value.isoformat())
    zone = _named_offset(zone_text.rstrip("."), chinese)
    if zone is None:
        return FeedDate(value.isoformat(), zone_text)
    return FeedDate(value.replace(tzinfo=zone).isoformat())


def _iso_or_rfc822(text: str) -> datetime | None:
    """``text`` read as ISO 8601, else as RFC 822 (naive where it writes no offset, UTC where
    it writes RFC 5322's "-0000": :func:`crawler.clock.rfc822_moment`, as a page's date is
    read); None when neither reads it."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    return rfc822_moment(text)


_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([^;\"'\s]+)[\"']?", re.IGNORECASE)


def _trusted_content_type(body: bytes, content_type: str) -> str:
    """``content_type`` with a charset the bytes contradict replaced by UTF-8
    (:func:`crawler.discovery.utf8_beyond_ascii`): a server's default charset sent with a
    UTF-8 feed made feedparser decode it as that, every link with a non-ASCII path another
    URL and every title mojibake."""
    declared = _CHARSET.search(content_type)
    if declared is None or body.isascii():
        return content_type
    try:
        name = codecs.lookup(declared[1]).name
    except LookupError:
        return content_type  # feedparser says what it makes of a charset no one knows
    if name == "utf-8" or name.startswith(("utf-16", "utf-32")) or read_bom(body)[0]:
        return content_type
    if not utf8_beyond_ascii(body):
        return content_type  # the declared charset may well be right
    return f"{content_type[: declared.start()]}; charset=utf-8{content_type[declared.end() :]}"


# What feedparser flags (bozo) about a document it read whole: served under a media type that is
# not XML's (text/html, text/plain: common on misconfigured servers), or in another charset
# than declared. Each run warned "Feed … is ill-formed" of such a feed, which is not; an XML
# error found in the document is flagged instead of these.
_WHOLE = (NonXMLContentType, CharacterEncodingOverride)

# Title types whose value feedparser hands back as (sanitized) markup.
_MARKUP_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def _plain_title(entry: Any) -> str | None:
    """The entry's title as text. An Atom title of type html or xhtml, or an RSS title in
    CDATA holding tags, comes back as markup ("A &amp; B <i>x</i>"), which the page's title
    falls back to when the page names none: stored as markup."""
    title = entry.get("title") or ""
    detail = entry.get("title_detail") or {}
    if detail.get("type") in _MARKUP_TYPES:
        title = html.unescape(remove_tags(title))
    return " ".join(title.split()) or None


class _Entries:
    """A feed's article links in its order, each once, its entries without a usable link
    (counted, the first one kept to name it) and those dated in a zone of no one offset.
    ``chinese``: the feed declares a Chinese language (:func:`_as_written`); ``atom``: the
    feed is Atom, whose entries' ``updated`` is no publication (:func:`_published`)."""

    def __init__(self, base_url: str, chinese: bool = False, atom: bool = False) -> None:
        self.base_url = base_url
        self.chinese = chinese
        self.atom = atom
        self.links: list[Link] = []
        self.skipped = Skipped()
        self.unread_zones = 0
        self._seen: set[str] = set()

    def date(self, text: str | None) -> str | None:
        """An entry's date as written (:func:`_as_written`), counted when its zone is unread."""
        read = _as_written(text, self.chinese)
        if read.unread_zone:
            self.unread_zones += 1
        return read.written

    def add(
        self, href: str, entry: Any, hints: Callable[[Any, _Entries], dict[str, str | None]]
    ) -> None:
        """An entry's link, resolved against the feed's URL, with the hints ``hints`` reads
        from it (only for a link that is kept)."""
        url = resolve_link(self.base_url, href)
        if not is_http_url(url):
            self.skipped.add(href)
            return
        if url in self._seen:
            return
        self._seen.add(url)
        given = {k: v for k, v in hints(entry, self).items() if v}
        self.links.append(Link(url, listed_by("feed", given)))


def _entry_hints(entry: Any, entries: _Entries) -> dict[str, str | None]:
    """An RSS or Atom entry's title, date (as written) and author."""
    return {
        "title": _plain_title(entry),
        "published": _published(entry, entries),
        "lastmod": _updated(entry, entries),
        "author": (entry.get("author") or "").strip() or None,
    }


# A JSON Feed (jsonfeed.org) names its version by the URL of its specification.
_JSON_FEED_VERSION = "jsonfeed.org/version/"


def _json_feed(body: bytes) -> dict[str, Any] | None:
    """The JSON Feed ``body`` holds (UTF-8, as the specification asks), else None: any other
    body, JSON or not, and a document nested too deep for the parser."""
    text = body[len(codecs.BOM_UTF8) :] if body.startswith(codecs.BOM_UTF8) else body
    if text.lstrip()[:1] != b"{":
        return None
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    if not isinstance(document, dict) or not isinstance(document.get("version"), str):
        return None
    return document if _JSON_FEED_VERSION in document["version"] else None


def _json_text(value: object) -> str | None:
    """A JSON Feed field that should be text, with its white space collapsed; None otherwise."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _json_author(item: dict[str, Any]) -> str | None:
    """The item's first author's name: ``authors`` (version 1.1) or ``author`` (1.0)."""
    authors = item.get("authors")
    first = authors[0] if isinstance(authors, list) and authors else item.get("author")
    return _json_text(first.get("name")) if isinstance(first, dict) else None


def _parse_json_feed(document: dict[str, Any], base_url: str) -> FeedResult:
    """Article links from a JSON Feed: each item's ``url`` (else ``external_url``), with its
    title, date (``date_published``, else ``date_modified``, RFC 3339) and author as hints."""
    items = document.get("items")
    found = _Entries(base_url)
    for item in items if isinstance(items, list) else ():
        entry = item if isinstance(item, dict) else {}
        href = _json_text(entry.get("url")) or _json_text(entry.get("external_url")) or ""
        found.add(href, entry, _json_hints)
    return FeedResult(
        links=found.links,
        malformed=False,
        skipped=found.skipped,
        unread_zones=found.unread_zones,
    )


def _json_hints(entry: dict[str, Any], entries: _Entries) -> dict[str, str | None]:
    """A JSON Feed item's title, date (as written) and author."""
    written = _json_text(entry.get("date_published")) or _json_text(entry.get("date_modified"))
    return {
        "title": _json_text(entry.get("title")),
        "published": entries.date(written),
        "author": _json_author(entry),
    }


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def parse_feed(body: bytes, base_url: str, content_type: str | None = None) -> FeedResult:
    """Article links from an RSS/Atom body or a JSON Feed; relative links resolve against
    the feed URL.

    feedparser never downloads here: it gets bytes, so Scrapy's limits and robots.txt
    applied to the fetch. Dates come back as ISO 8601 in the offset the feed wrote.
    feedparser reads no JSON Feed: one given as a feed was "not a feed (nothing to read
    there)", and its source failed.
    """
    document = _json_feed(body)
    if document is not None:
        return _parse_json_feed(document, base_url)
    # No content-location: feedparser would resolve a broken link such as "http://" to the
    # feed's own URL; links are resolved in resolve_link instead (xml:base still applies).
    headers: dict[str, str] = {}
    if content_type:
        # Without it feedparser flags every feed as ill-formed ("no Content-type specified").
        headers["content-type"] = _trusted_content_type(body, content_type)
    try:
        parsed = feedparser.parse(named_characters(body), response_headers=headers)
    except Exception as exc:  # feedparser's own faults on odd input, not ours
        # feedparser raised where it flags a body ill-formed (an XML declaration naming its
        # encoding in bytes no UTF-8 reads: UnicodeDecodeError; a stray end tag its loose
        # parser has no handler for: KeyError): a feed it cannot read, said and counted as any.
        logger.warning("feed %s unreadable: %s", base_url, exc)
        return FeedResult(links=[], malformed=True, skipped=Skipped(), is_feed=False)
    language = str(parsed.get("feed", {}).get("language") or "")
    found = _Entries(
        base_url,
        chinese=language.strip().lower()[:2] == "zh",
        atom=str(parsed.get("version", "")).startswith("atom"),
    )
    for entry in parsed.entries:
        # An ill-formed feed's entry may hold other types there ("<links>x</links>" is a text,
        # a bare <link rel=...> an object): only a text is a link.
        href = _text_or_none(entry.get("link")) or ""
        alternates = entry.get("links")
        for alt in alternates if not href and isinstance(alternates, list) else ():
            if isinstance(alt, dict) and alt.get("rel", "alternate") == "alternate":
                href = _text_or_none(alt.get("href")) or ""
                if href:
                    break
        found.add(href, entry, _entry_hints)
    links = found.links
    if parsed.bozo and not links:
        logger.debug("feed %s unreadable: %s", base_url, parsed.get("bozo_exception"))
    return FeedResult(
        links=links,
        malformed=bool(parsed.bozo) and not isinstance(parsed.get("bozo_exception"), _WHOLE),
        skipped=found.skipped,
        is_feed=bool(parsed.get("version")),
        unread_zones=found.unread_zones,
        complete=closes(body, ("rss", "feed", "RDF")),
    )
