"""The headline the article shows, without the site name around it.

Pages name themselves several ways: the <h1> the reader sees, ``og:title`` and JSON-LD
``headline`` for sharing and search, and ``<title>`` for the browser tab, which usually carries
the site name ("… | Börsen-Zeitung", "… – Seznam Zprávy"). The visible <h1> wins when another
source confirms it is this article's headline (a page may have a logo or a section name in an
<h1>); otherwise the sharing title with the site name removed.

:func:`choose_title` asks, in order: an <h1> a declared title (og:title, JSON-LD, the tab's)
repeats; an <h1> a declared title opens before a shorter rest (a section's name, a date) that
no other <h1> shows; only then an <h1> trafilatura's title repeats (it reads the first <h1>
itself); the headline an <h1> and a title share after a kicker of either; the page's only <h1>
where no title is given or one shares half of its words; else the most trusted title.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from pipelines.text.structured import collapse, host_label, loose

# Separators between a headline and a site name: | – — - : · • » ::, with spaces around.
# Full-width bars (｜) and the Hangul vowel ㅣ serve as bars in CJK titles, often unspaced.
_SEPARATOR = re.compile(r"\s+(?:\||–|—|-|:|·|•|»|::|/)\s+|\s*[|｜ㅣ]\s*|:\s+")
# A title longer than this is no headline: the rest of a page whose </title> was lost, or a
# garbled attribute. Each of its separators was read with what follows it: a 549 KB <title>
# cost 8.6 s in choose_title.
TITLE_MAX_CHARS = 1000
# A character reference left in text that was parsed already: the page escaped it twice
# ("&amp;#039;" in the source reads "&#039;"), as CMS templates that escape a stored, escaped
# title do. No headline means the reference itself.
_LEFT_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")


def _site_keys(site_names: Sequence[str], host: str) -> list[str]:
    keys = [loose(n) for n in site_names if loose(n)]
    if host:
        keys.append(loose(host))
        keys.append(loose(host_label(host)))
    return [k for k in keys if len(k) >= 2]


def _is_site(segment: str, keys: Sequence[str]) -> bool:
    key = loose(segment)
    if not key:
        return True
    if any(key == k for k in keys):
        return True
    # "DiePresse.com" for "Die Presse", "STERN.de" for "stern": a short segment holding a name.
    short = len(segment.split()) <= 4
    return short and any(len(k) >= 4 and len(key) >= 4 and (key in k or k in key) for k in keys)


def strip_site_name(
    title: str | None, site_names: Sequence[str] = (), host: str = ""
) -> str | None:
    """Remove a site name prefix or suffix (one segment between separators at either end)."""
    title = collapse(unescaped(title))
    if not title:
        return None
    keys = _site_keys(site_names, host)
    if not keys:
        return title
    parts = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    if len(parts) < 2:
        return title
    # Trailing site segments (possibly several: "Title | Section | Site").
    while len(parts) > 1 and _is_site(parts[-1], keys):
        parts.pop()
        seps.pop()
    while len(parts) > 1 and _is_site(parts[0], keys):
        parts.pop(0)
        seps.pop(0)
    rebuilt = parts[0]
    for sep, part in zip(seps, parts[1:], strict=True):
        rebuilt += sep + part
    return rebuilt.strip() or None


def names_site(text: str, site_names: Sequence[str] = (), host: str = "") -> bool:
    """Whether every segment of ``text`` between separators names the site ("– Blog – LDT")."""
    keys = _site_keys(site_names, host)
    segments = title_segments(text)
    return bool(keys and segments) and all(_is_site(s, keys) for s in segments)


def title_segments(text: str) -> list[str]:
    """The parts of a title between the separators that set a site's name apart."""
    return [s for s in _SEPARATOR.split(collapse(text)) if loose(s)]


def title_opening(title: str, shown: str) -> str | None:
    """The start of ``title`` before a separator that ``shown`` is (loosely), less text after
    it: the headline a heading shows in pieces of its own markup ("<h2>Headline <span>Second
    line</span></h2>" under the tab "Headline - Second line | Site - Motto"). None where no
    start of the title is ``shown``."""
    key = loose(shown)
    if not key:
        return None
    for match in _SEPARATOR.finditer(title):
        head = title[: match.start()].strip()
        if loose(head) == key and len(title) - match.end() < len(head):
            return head
    return None


def has_separator(text: str) -> bool:
    """Whether ``text`` parts segments the way titles part a headline from a site's name."""
    return _SEPARATOR.search(text) is not None


def unescaped(text: str | None) -> str | None:
    """``text`` with the character references a twice-escaped page leaves in it decoded."""
    if text and "&" in text and _LEFT_REFERENCE.search(text):
        return html.unescape(text)
    return text


def _same(a: str, b: str) -> bool:
    return bool(a) and loose(a) == loose(b)


def _opened(titles: Sequence[str]) -> dict[str, list[str]]:
    """Each title's start before a separator with less text after it, loosely, and what
    follows it: the headline with a section's name, a date or a site's name no list knows
    ("Headline - 23/06/2020 - Site"). Read once for all the page's <h1>s."""
    heads: dict[str, list[str]] = {}
    for title in titles:
        for match in _SEPARATOR.finditer(title):
            head = title[: match.start()]
            key = loose(head)
            if len(title) - match.end() < len(head) and len(key) >= 12:
                heads.setdefault(key, []).append(loose(title[match.end() :]))
    return heads


def _tail_of(h1: str, ref: str) -> str | None:
    """The part of ``h1`` that is ``ref`` when the h1 adds a kicker in front ("Kicker: Title")."""
    key = loose(ref)
    if len(key) < 12 or loose(h1) == key:
        return None
    for match in _SEPARATOR.finditer(h1):
        tail = h1[match.end() :].strip()
        if loose(tail) == key:
            return tail
    if loose(h1).endswith(key):
        # A kicker set apart by markup only ("<span>Premier League</span> Title").
        return collapse(ref)
    return None


def _shared_tail(h1: str, ref: str) -> str | None:
    """The headline both end with when each puts its own kicker in front.

    "Eskalation im Nahen Osten - «…»" in the <h1> and "Iranischer Angriff auf Israel: «…»" as
    og:title: the part after a separator that both share is the headline.
    """
    ref_tails = {loose(ref[m.end() :]) for m in _SEPARATOR.finditer(ref)}
    for match in _SEPARATOR.finditer(h1):
        tail = h1[match.end() :].strip()
        key = loose(tail)
        if len(key) >= 20 and key in ref_tails:
            return tail
    return None


def _undecorated(usable: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """A declared headline that the first title repeats with a suffix ("Title-Section")."""
    first = loose(usable[0][1])
    for origin, text in usable[1:]:
        key = loose(text)
        if (
            origin in _DECLARED_HEADLINES
            and len(key) >= 12
            and key != first
            and first.startswith(key)
        ):
            return origin, text
    return None


# Where a page declares its headline as such (not a sharing or a browser-tab title).
_DECLARED_HEADLINES = frozenset({"jsonld", "meta"})


def _overlap(a: str, b: str) -> float:
    wa, wb = set(collapse(a).casefold().split()), set(collapse(b).casefold().split())
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def choose_title(
    h1s: Sequence[str],
    refs: Sequence[tuple[str, str | None]],
    site_names: Sequence[str] = (),
    host: str = "",
) -> tuple[str | None, str]:
    """The headline and where it came from.

    ``refs`` are (origin, title) pairs in order of trust (og:title, JSON-LD headline, <title>,
    trafilatura, listing hint); each is stripped of the site name before use, and one longer
    than TITLE_MAX_CHARS is none.
    """
    stripped = [
        (origin, strip_site_name(text, site_names, host))
        for origin, text in refs
        if text and len(text) <= TITLE_MAX_CHARS and collapse(text)
    ]
    usable: list[tuple[str, str]] = [(o, t) for o, t in stripped if t]
    headings = [
        h for h in map(unescaped, h1s) if h and not _is_site(h, _site_keys(site_names, host))
    ]
    # trafilatura's title repeats an <h1> of the page (the first, where it reads no tag that
    # names a title): it tells less than a title the page itself holds.
    declared = [t for o, t in usable if o != "extractor"]
    for h1 in headings:
        if any(_same(h1, t) for t in declared):
            return h1, "h1"
    opened = _opened(declared)
    if opened:
        keys = [loose(h) for h in headings]
        # Which headings show each rest, read once per rest however many <h1>s repeat one.
        showing: dict[str, list[int]] = {}
        for i, key in enumerate(keys):
            # Not where the rest is what another heading shows: a tab title joining a
            # translation to the headline ("English headline | Headline") opens with the
            # translation.
            for rest in opened.get(key, ()):
                if rest not in showing:
                    showing[rest] = [j for j, k in enumerate(keys) if rest in k]
                if all(j == i for j in showing[rest]):
                    return headings[i], "h1"
    # Only then the <h1> that trafilatura's title repeats (the declared titles were tried).
    extracted = [t for o, t in usable if o == "extractor"]
    for h1 in headings:
        if any(_same(h1, t) for t in extracted):
            return h1, "h1"
    for h1 in headings:
        for _, text in usable:
            tail = _tail_of(h1, text) or _shared_tail(h1, text)
            if tail:
                return tail, "h1"
    if len(headings) == 1 and (
        not usable or any(_overlap(headings[0], t) >= 0.5 for _, t in usable)
    ):
        return headings[0], "h1"
    if usable:
        plain = _undecorated(usable)
        if plain is not None:
            return plain[1], plain[0]
        return usable[0][1], usable[0][0]
    return None, "none"
