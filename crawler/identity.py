"""An article's identity: the URL its row is stored under, from the page's own canonical link.

A publisher serves one article under many URLs: an AMP view (``/amp/``, ``?amp=1``, an
``amp.`` host), a mobile host, a print view, the spelling of a feed or of a newsletter with
campaign parameters our tracking list does not know (``at_medium``, ``wt_mc``, ``ico``). The
fetched URL's canonical spelling (``crawler/urls.py``) cannot know these are one page; the page
says so itself, in ``<link rel="canonical">``, which AMP requires and most news sites write.

Measured on the 228 saved real pages with a usable URL (the dev pages of the metadata and text
benchmarks): 211 declare a canonical link in their head (one more only in its body, which search
engines ignore, and so do we). 195 name the URL the page was saved under (one of them with
``http`` for ``https``); 8 another publisher's site (syndication within a group: the article is
that site's copy, not this one); 8 another URL of the same site: 4 the same URL without a
feed's or a teaser's parameters (``?r=rss``, ``?source=…``, ``?wt_mc=…&seite=all``,
``?ico=…``), 1 another slug of the same story id, 3 another host of the site (``www.`` or
none, ``ww2.``). ``og:url`` is not used: on 6 of these pages it names a short link or another
section than the canonical link does.

A declared canonical is trusted only when nothing says it names another page; each refusal keeps
the fetched URL as the identity and is counted (``news/url/canonical/<decision>``):

- ``other_site``: another registrable domain (or port) than the fetched URL's and those it was
  redirected from (a syndicated copy, or a template's mistake): MinHash still links the copy;
- ``home``: the site's front page, a template's default;
- ``section``: a path above the page's own (``/politik/`` for ``/politik/story.html``), except
  when what the page adds is one view segment (``amp``, ``print``, ``index.html``…);
- ``pagination``: page 2 of an article pointing at page 1 (a numbered tail segment, or a
  numbered query parameter the canonical drops): stored under page 1, page 2's text would
  replace page 1's, or page 1 would be skipped as stored;
- ``listing``: one of the source's own listings or start pages, or a page the store knows held
  no article;
- ``conflicting``: two different canonical links in one head (search engines ignore both);
- ``invalid``: no http(s) URL.

A canonical on the same site naming ``http`` for an ``https`` page keeps ``https``: a site that
serves the page over TLS serves its canonical host so too, and a row's URL should not
downgrade the scheme.

Stored under the canonical URL, not linked to it: a user asks for one row per article, and the
URL the page came from stays in ``fetched_url``. The store checks the claim before it trusts it
with a stored row (pipelines/store.py): a page whose text is no copy of the stored article its
link names is stored under its own URL (``news/url/canonical/mismatch``); one that is, fetched
under another URL than the row's, writes nothing but that URL, as an alias in ``url_seen``,
which the incremental middleware follows to skip it in later runs.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

from tldextract import TLDExtract

from crawler.urls import DEFAULT_PORTS, canonicalize_url

__all__ = ["Identity", "article_identity", "declared_canonical"]

# Segments a page adds to its canonical path that choose a view of the same article.
VIEW_SEGMENTS = frozenset(
    {"amp", "print", "index.html", "index.htm", "index.shtml", "index.php", "index.asp"}
)
# A head longer than this is not searched further (one real head held 370 kB of scripts).
_HEAD_LIMIT = 1_000_000
_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.IGNORECASE)
_LINK = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
# Either of the two above, in one pass over the head: a ``<link>`` tag (its group 1) or where
# the head ends. Each alternative opens with "<", which sre then scans for as a literal.
_HEAD_TAG = re.compile(r"<(?:(link\b[^>]*>)|/head\s*>|body[\s>])", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_NUMBERED = re.compile(r"(?:page|seite|p)?-?(\d{1,4})", re.IGNORECASE)
# The public suffix list Scrapy's cookies middleware uses, from the package's own snapshot:
# nothing is fetched.
_SUFFIXES = TLDExtract(suffix_list_urls=(), include_psl_private_domains=True)


@dataclass(frozen=True, slots=True)
class Identity:
    """The URL a page's row is stored under, and the decision that chose it."""

    url: str  # canonical spelling: the ``articles`` key
    decision: str  # undeclared, self, adopted, or why the declared one was refused


def declared_canonical(page: str) -> str | None:
    """The ``href`` of the head's ``<link rel="canonical">``, as written (entities decoded).

    None without one; "" when the head declares two different ones. A regular expression over
    the head, not a parse: the crawl process reads every page, the parse is the workers'.

    The head is read in one pass (``_HEAD_TAG``), its links as ``_LINK`` finds them in the
    head that ``_HEAD_END`` bounds: those two searches read a generated article's 25 kB head
    twice, 280 thousand instructions a page against 160 thousand now (round 52). A tag that
    holds another "<" may hold the head's end, which the pass would read as part of the tag:
    such a page is read with the two searches (:func:`_canonical_in_bounded_head`).
    """
    tags = []
    for match in _HEAD_TAG.finditer(page, 0, _HEAD_LIMIT):
        inside = match.group(1)
        if inside is None:
            break  # the head's end
        if "<" in inside:
            return _canonical_in_bounded_head(page)
        tags.append(match.group(0))
    return _canonical_of(tags)


def _canonical_in_bounded_head(page: str) -> str | None:
    """:func:`declared_canonical` by two searches: the head's end, then its links."""
    end = _HEAD_END.search(page, 0, _HEAD_LIMIT)
    head = page[: end.start() if end else _HEAD_LIMIT]
    return _canonical_of(tag.group(0) for tag in _LINK.finditer(head))


def _canonical_of(tags: Iterable[str]) -> str | None:
    """The canonical ``href`` the ``<link>`` tags declare, as :func:`declared_canonical` says."""
    found: set[str] = set()
    for tag in tags:
        attributes = {
            match[1].lower(): match[2] or match[3] or match[4] or ""
            for match in _ATTRIBUTE.finditer(tag)
        }
        href = html.unescape(attributes.get("href", "")).strip()
        if href and "canonical" in attributes.get("rel", "").lower().split():
            found.add(href)
    if len(found) > 1:
        return ""
    return found.pop() if found else None


@functools.lru_cache(maxsize=1024)
def _site(host: str) -> str:
    """The registrable domain of ``host`` (``news.example.co.uk`` -> ``example.co.uk``); the
    host itself when it has none (an address, ``localhost``)."""
    return _SUFFIXES(host).top_domain_under_public_suffix or host


def _origin_site(url: str) -> tuple[str, int | None]:
    """The registrable domain of ``url``'s host and its port: another port is another
    server, whatever its host (two services on one address)."""
    parts = urlsplit(url)
    port = parts.port
    return _site(parts.hostname or ""), None if port == DEFAULT_PORTS.get(parts.scheme) else port


def _segments(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def _page_number(value: str) -> bool:
    """A page number past the first: what pagination adds to page 1's URL."""
    match = _NUMBERED.fullmatch(value)
    return match is not None and int(match.group(1)) >= 2


def _refusal(own: str, target: str) -> str | None:
    """Why ``target`` names another page than ``own`` (both canonical, same site), or None."""
    mine, theirs = urlsplit(own), urlsplit(target)
    if theirs.path == "/" and not theirs.query:
        return "home"
    own_path, target_path = _segments(mine.path), _segments(theirs.path)
    if len(own_path) > len(target_path) and own_path[: len(target_path)] == target_path:
        tail = own_path[len(target_path) :]
        if len(tail) == 1 and tail[0].lower() in VIEW_SEGMENTS:
            return None
        return "pagination" if _page_number("".join(tail[-2:])) else "section"
    if mine.path == theirs.path:
        kept = set(parse_qsl(theirs.query, keep_blank_values=True))
        dropped = set(parse_qsl(mine.query, keep_blank_values=True)) - kept
        if any(_page_number(value) for _, value in dropped):
            return "pagination"
    return None


def article_identity(
    fetched: str,
    declared: str | None,
    reached_from: Sequence[str] = (),
    is_listing: Callable[[str], bool] = lambda url: False,
) -> Identity:
    """The URL the page fetched from ``fetched`` is stored under, given its ``declared``
    canonical link (``declared_canonical``) and the URLs it was redirected from.

    ``is_listing`` says whether a canonical URL is a listing or a page without an article.
    """
    own = canonicalize_url(fetched)
    if declared is None:
        return Identity(own, "undeclared")
    if not declared:
        return Identity(own, "conflicting")
    try:
        target = canonicalize_url(urljoin(fetched, declared))
    except ValueError:
        return Identity(own, "invalid")
    theirs = urlsplit(target)
    sites = {_origin_site(url) for url in (fetched, *reached_from)}
    if _origin_site(target) not in sites:
        return Identity(own, "other_site")
    if theirs.scheme == "http" and own.startswith("https:"):
        target = canonicalize_url(urlunsplit(("https", *theirs[1:])))
    if target == own:
        return Identity(own, "self")
    why = _refusal(own, target)
    if why is None and is_listing(target):
        why = "listing"
    return Identity(own, why) if why else Identity(target, "adopted")
