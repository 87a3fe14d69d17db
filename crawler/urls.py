"""Canonical article URLs: one spelling per page, shared by the dupefilter and the database.

The rules, in order (w3lib does the heavy lifting; we only add what it leaves out):

- w3lib ``canonicalize_url``: percent-encoding made safe and upper-cased, IDNA host, host
  lower-cased, scheme lower-cased, dot segments resolved, query sorted by key then value,
  fragment dropped, blank values kept (``?a=`` and ``?a`` stay distinct from no parameter).
- a ``user:password@`` before the host dropped: it names no other page, and a row keyed by
  it kept the password in a table users export;
- tracking parameters dropped (see ``TRACKING_PARAMS`` and ``TRACKING_PREFIXES``);
- the scheme's default port dropped (``:80`` for http, ``:443`` for https);
- a trailing slash stripped from every path except the root (``/a/`` -> ``/a``, ``/`` stays):
  news sites serve both spellings of an article or redirect one to the other, and a wrong
  merge here is caught by nothing, while text dedup would still catch a missed one;
- path case kept (paths are case-sensitive on most servers).

The list of dropped parameters is deliberately conservative. Dropping a parameter that selects
content merges two different pages into one row and the second is never fetched: silent loss.
Keeping a tracking parameter only costs one refetch, which the content hash then marks as a
duplicate. Hence ``ref`` (tracking on Ghost/Substack links, but a branch or page selector
elsewhere) is kept, while Twitter's ``ref_src``/``ref_url`` are dropped. courlan's tracker
pattern is not used because it matches substrings (``source``, ``session``, ``ga``…) and would
drop real selectors such as ``?game=``.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url as w3lib_canonicalize_url
from w3lib.url import url_query_cleaner

if TYPE_CHECKING:
    from scrapy.statscollectors import StatsCollector

__all__ = [
    "TRACKING_PARAMS",
    "TRACKING_PREFIXES",
    "canonicalize_url",
    "has_userinfo",
    "without_credentials",
    "without_userinfo",
]

logger = logging.getLogger(__name__)

# Exact parameter names (compared case-insensitively) that only identify a click, campaign or
# mailing, never the content: ad-click ids (Facebook, Google, Bing, Yandex, Twitter, TikTok,
# Instagram), Mailchimp, HubSpot, Marketo, Google Analytics cross-domain linker, AT Internet
# (``xtor``, common on French news sites) and Twitter's share parameters.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "xtor",
        "ref_src",
        "ref_url",
    }
)
# Parameter-name prefixes reserved by analytics tools: Google/urchin (utm_), Matomo (mtm_) and
# its predecessor Piwik (pk_).
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_")

# The schemes crawled, and the port each means when a URL names none.
DEFAULT_PORTS = {"http": 80, "https": 443}
# White space as ``str.isspace`` has it (``\s`` of a str pattern tests the same Unicode property,
# checked over every code point), and the control characters: one search in C instead of a
# Python step per character, which cost ~10 µs for each listing link in the crawl process.
# w3lib strips a control character at a URL's end as a browser does, so "https://\x1b" was
# taken for a link to a host that canonicalizes away.
_WHITE_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")
# A lone surrogate, which no UTF-8 encodes (a pair is a character of its own in a str).
_SURROGATE = re.compile("[\ud800-\udfff]")


def _is_tracking(name: str) -> bool:
    folded = name.casefold()
    return folded in TRACKING_PARAMS or folded.startswith(TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """Return the canonical spelling of an absolute http(s) URL; idempotent.

    Raises ``ValueError`` (and no other exception) when ``url`` is not a string, is empty, is
    relative, has a scheme other than http/https, has no host, or has an unparsable port or
    IPv6 literal.
    """
    if not isinstance(url, str):
        raise ValueError(f"URL must be a str, got {type(url).__name__}")
    return _canonical(url)


# A crawled article's URL is canonicalized about five times (the listing's link, the request
# fingerprint, the incremental middleware's request and response, the spider's item), at
# ~50 µs each: the cache answers all but the first. A str in, a str or ValueError out.
@functools.lru_cache(maxsize=4096)
def _canonical(url: str) -> str:
    stripped = url.strip()
    if not stripped:
        raise ValueError("URL is empty")
    try:
        parts = urlsplit(stripped)
        parts.port  # noqa: B018 - property access validates the port
    except ValueError as exc:
        raise ValueError(f"unparsable URL {url!r}: {exc}") from None
    if parts.scheme not in DEFAULT_PORTS:
        raise ValueError(f"not an absolute http(s) URL: {url!r}")
    if not parts.hostname:
        raise ValueError(f"URL has no host: {url!r}")

    try:
        canonical = w3lib_canonicalize_url(stripped)
    except (ValueError, UnicodeError) as exc:
        raise ValueError(f"cannot canonicalize URL {url!r}: {exc}") from None

    parts = urlsplit(canonical)
    if not parts.hostname:
        # w3lib reads the URL as a browser does: a control character at its end is stripped
        # ("https://\x1b" -> "https:///"), a back-slash in the authority taken for a slash
        # ("http://\\/a/" -> "http:////a/"). What is left names no host, and
        # spelled back it was no key of its own ("http://a", which canonicalizes to
        # "http://a/"), nor the page asked for.
        raise ValueError(f"URL has no host: {url!r}")
    query = parts.query
    if query:
        names = {pair.partition("=")[0] for pair in query.split("&")}
        tracking = [name for name in names if _is_tracking(name)]
        if tracking:
            # unique=False keeps repeated keys (``?tag=a&tag=b``): they are content, not noise.
            query = urlsplit(
                url_query_cleaner(canonical, tracking, remove=True, unique=False)
            ).query

    netloc = parts.netloc.rpartition("@")[2]
    if parts.port is not None and parts.port == DEFAULT_PORTS[parts.scheme]:
        netloc = netloc.removesuffix(f":{parts.port}")

    # A trailing ";" is an empty parameter list, which w3lib drops when it sees the URL again:
    # stripped here too, so canonicalizing twice changes nothing ("/a;/" and "/a" are one page).
    path = parts.path.rstrip("/;") or "/"
    result = urlunsplit((parts.scheme, netloc, path, query, ""))
    if path != parts.path and ";" in path.rpartition("/")[2]:
        # The strip made a segment with parameters the last one, which w3lib quotes as
        # parameters, not as a path ("/;]/" is kept, "/;]" becomes "/;%5D"): spelled as it
        # reads the result, so canonicalizing twice changes nothing.
        return _canonical(result)
    return result


def scheme_hint(text: str) -> str:
    """The URL ``text`` could be with a scheme, as "; did you mean https://TEXT?", or "".

    For a URL typed without its scheme (``127.0.0.1:8080/feed.xml``, ``www.example.org/rss``):
    the refusal alone left the user to guess what was wrong. Only text with a path or a port
    after a dotted host is taken for a URL (``feed.xml`` is a file name); an address or
    ``localhost`` is offered as ``http://``, as servers there seldom speak TLS.
    """
    if "://" in text or not re.match(r"[\w.-]+\.[\w-]+(?::\d+)?/|[\w.-]+:\d+(?:/|$)", text):
        return ""
    host = urlsplit(f"http://{text}").hostname or ""
    scheme = "http" if host == "localhost" or re.fullmatch(r"[\d.]+", host) else "https"
    return f"; did you mean {scheme}://{text}?" if is_http_url(f"{scheme}://{text}") else ""


def is_http_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host and no white space nor control character:
    a fetchable link, one :func:`canonicalize_url` keys.

    A URL Python cannot even split (``http://[::1/x``, a port out of range) is no link either,
    nor one with a back-slash in its authority, which Python reads as part of the host and a
    browser (and w3lib, which canonicalizes) as a slash: ``http://\\/a`` names no host. Nor
    one whose host holds a bracket other than around an IPv6 address (``https://a[b]c.example/``,
    :func:`_brackets_fit`), or a lone surrogate (a JSON Feed's escape
    "\\ud800", which no UTF-8 encodes): a listing's keys are made of its links unguarded, and
    one such link raised there, the listing's links lost.
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - property access validates the port
    except ValueError:
        return False
    host = parts.netloc.rpartition("@")[2]
    return (
        parts.scheme in ("http", "https")
        and bool(parts.hostname)
        and "\\" not in parts.netloc
        and _brackets_fit(host, parts.hostname or "")
        and _WHITE_SPACE_OR_CONTROL.search(url) is None
        and (url.isascii() or _SURROGATE.search(url) is None)
    )


def _brackets_fit(host: str, hostname: str) -> bool:
    """Whether the brackets of ``host`` (the authority without its userinfo) are none, or
    enclose an IPv6 address before an optional port: w3lib refuses any other as an invalid
    IPv6 URL, or drops the brackets of an IPvFuture one (``[v1.x]``), another host."""
    if "[" not in host and "]" not in host:
        return True
    after = host.rpartition("]")[2]
    if (
        not host.startswith("[")
        or host.count("[") != 1
        or host.count("]") != 1
        or (after and after[0] != ":")
    ):
        return False
    try:
        return ipaddress.ip_address(hostname).version == 6
    except ValueError:
        return False


# The userinfo of a URL's authority (RFC 3986 3.2.1): after the scheme's "//", up to the last
# "@" before the path, as ``urlsplit`` reads a host; never a "//…@" later in the path or query.
_USERINFO = re.compile(r"^(\s*(?:[A-Za-z][A-Za-z0-9+.-]*:)?//)[^/?#]*@")


def has_userinfo(url: str) -> bool:
    """Whether ``url`` carries a ``user[:password]@`` before its host."""
    return _USERINFO.search(url) is not None


def without_userinfo(url: str) -> str:
    """``url`` with the ``user[:password]@`` of its authority taken out, else as it is.

    For a URL the crawl fetches or keeps, and for one a message names: a password in a URL
    was copied into every row, log line and stat that names the URL.
    """
    return _USERINFO.sub(r"\1", url, count=1)


# A URL's userinfo inside a text (an error, a stats dump): after its scheme's "://", up to
# the last "@" before the path, never across white space or the quotes that end a JSON or
# repr string. The scheme is a letter after a non-word character, then scheme characters;
# every such start in one run of scheme characters reaches the same "://", so the run is
# matched from its own start and :func:`_scheme_userinfo_removed` looks for one inside it: a
# search from every letter scanned the rest of the run each time, 2 s for 40,000 characters
# of "a.a.a.", in a redirect's target as a log line names it.
_SCHEME_THEN_USERINFO = re.compile(r"(?<![A-Za-z0-9+.-])([A-Za-z0-9+.-]+://)[^/?#\s'\"<>]*@")
_SCHEME_START = re.compile(r"(?<!\w)[A-Za-z]")
# One written without its scheme, as Scrapy's downloader names a URL it refused
# ("invalid hostname: user:password@host"): the name kept, the password masked. The name is
# the characters up to the first ":" from a start that follows no word character (nor . + /
# -), the password the rest up to an "@" before a host. Matched from the "@" back: a run of
# such characters is read once, where a search from every start scanned to the run's end
# (10 s for 40,000 characters of "?a=1&b=2").
_CREDENTIALS_THEN_AT = re.compile(r"(?<![^\s/@'\"<>])[^\s/@'\"<>]*@(?=[\w\[])")
_USER_START = re.compile(r"(?<![\w.+/-])[^:]")


def _scheme_userinfo_removed(match: re.Match[str]) -> str:
    scheme = _SCHEME_START.search(match.string, match.start(), match.end(1))
    return match[1] if scheme else match[0]


def _password_masked(match: re.Match[str]) -> str:
    credentials = match[0][:-1]
    last_colon = credentials.rfind(":")
    start = None
    if last_colon > 0:
        start = _USER_START.search(match.string, match.start(), match.start() + last_colon)
    if start is None:
        return match[0]
    colon = credentials.index(":", start.start() - match.start())
    return f"{credentials[:colon]}:***@"


def masked_userinfo(text: str) -> str:
    """``text`` with no password of a URL in it: a URL's ``user:password@`` taken out, as
    :func:`without_userinfo` does, and one written without a scheme masked as
    ``user:***@host``, as a NEWS_DB password is shown (crawler/storage/database.py).

    For texts older versions stored (errors, stats) naming a URL with its credentials, and a
    redirect's target a log line names; time in proportion to the text's length.
    """
    text = _SCHEME_THEN_USERINFO.sub(_scheme_userinfo_removed, text)
    return _CREDENTIALS_THEN_AT.sub(_password_masked, text)


# Links found in a crawl (a feed's, a sitemap's, a page's, a redirect's) that carried a
# ``user:password@``, fetched and kept without it.
CREDENTIALS_REMOVED_STAT = "news/url/credentials_removed"


def without_credentials(url: str, stats: StatsCollector) -> str:
    """A URL a crawl found, as it is fetched and kept: without its ``user:password@``.

    A source URL with them is refused (crawler/sources.py); a found one was requested as
    written, which Scrapy's downloader refuses ("invalid hostname: user:password@host"),
    and the password went into the pending rows, the stats and the log. Without them the
    page is asked for as any other (a page that needs them answers 401, an error like any
    other); the first of a crawl is said, all counted.
    """
    if not has_userinfo(url):
        return url
    clean = without_userinfo(url)
    if not stats.get_value(CREDENTIALS_REMOVED_STAT):
        logger.warning(
            "A link to %s carried a user name or password (user:password@): fetched and kept "
            "without them, as every such link (%s)",
            clean,
            CREDENTIALS_REMOVED_STAT,
        )
    stats.inc_value(CREDENTIALS_REMOVED_STAT)
    return clean


def fetched_under(url: str, fetched_url: str | None) -> str:
    """The canonical spelling of the URL a page was fetched from: ``fetched_url`` when known,
    else ``url`` (a row's key); ``url`` as it is when that is no http(s) URL.

    The store compares it with a row's ``url`` to tell an alias from the page's own fetch, and
    the incremental middleware remembers a dropped page under it: a dropped AMP view says
    nothing of the canonical page it declared.
    """
    try:
        return canonicalize_url(fetched_url or url)
    except ValueError:
        return url
