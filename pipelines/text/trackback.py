"""The publication moment a blog's trackback description states for the page it is on.

Blog engines of the trackback era (Movable Type, TypePad and the hosted blogs that copied them)
write, after each entry, an RDF description of it inside an HTML comment, for trackback clients
to discover:

    <!-- <rdf:RDF …><rdf:Description rdf:about="https://blog.example/e/123"
         dc:title="…" dc:date="2020-07-12T22:00:00+09:00" … /></rdf:RDF> -->

Its ``dc:date`` is the entry's publication moment with its offset, written by the engine. Such
pages often declare nothing else (no JSON-LD, no Open Graph date), and their text may write the
days the story is about right under the headline, which leaves the date line no single day.
The parsed tree holds no comments (the page is parsed as trafilatura parses it), so the page's
text is read. A description counts only where it names this page (``rdf:about`` is the page's
URL, canonical or ``og:url``), since an index page describes every entry it shows, and only
where the descriptions of this page state one date.
"""

from __future__ import annotations

import re
from collections.abc import Set

from pipelines.text.structured import url_key

# One description's opening tag and its attributes, each a name and a quoted value (a value,
# a title or an excerpt, may hold ">").
_DESCRIPTION = re.compile(r"<rdf:Description((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*/?>")
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_MARK = "rdf:Description"


def trackback_date(html: str, identities: Set[str]) -> str | None:
    """The ``dc:date`` of the trackback descriptions in ``html`` that name this page
    (``identities``: the :func:`structured.url_key` of its URL, canonical and ``og:url``), if
    they state one date; None where none names the page or they state different dates."""
    if _MARK not in html:
        return None  # nearly every page: one scan of the text in C
    found: set[str] = set()
    for description in _DESCRIPTION.finditer(html, html.index(_MARK) - 1):
        attributes = {
            name: double or single
            for name, double, single in _ATTRIBUTE.findall(description.group(1))
        }
        date = attributes.get("dc:date", "").strip()
        about = url_key(attributes.get("rdf:about"))
        if date and about and about in identities:
            found.add(date)
    return found.pop() if len(found) == 1 else None
