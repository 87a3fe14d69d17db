"""What is typed in the browse search box, as an FTS5 expression that SQLite always accepts.

Every word and quoted phrase becomes a quoted FTS5 phrase (as Datasette's own escaping does),
so punctuation, colons, parentheses and FTS5's keywords typed as text never reach FTS5's
parser as syntax. What people type as operators (the web search habits PostgreSQL's
``websearch_to_tsquery`` also reads for the PostgreSQL store) is kept as operators: ``OR``
between two words, ``-word`` or ``NOT word`` to leave out pages with it, ``AND`` as the
space it means; ``word*`` finds the words starting with it. Before, all of these were
searched as words: ``-Nordkorea`` listed the very pages that name Nordkorea, and
``Nordkorea AND Russland`` found nothing on pages with both.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from crawler.storage.unspaced import fts5_expression

# An FTS5 phrase of no words: valid, and it matches no row.
NO_WORDS = '" "'
# A quoted phrase (a missing closing quote is added first), or a run without spaces.
_PART = re.compile(r'-?"[^"]*"|[^\s"]+')
# Characters FTS5 reads as the end of its input or that no page's words hold.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Term(NamedTuple):
    """One phrase of a search: its FTS5 form, and whether pages with it are left out."""

    phrase: str
    excluded: bool


def _phrase(text: str, prefix: bool) -> str | None:
    """``text`` as an FTS5 phrase (words of unspaced scripts as their character pairs), or
    None when it holds no word to search for."""
    words = text.replace('"', " ").strip()
    if not words or not re.search(r"\w", words):
        return None
    phrase = fts5_expression(f'"{words}"')
    # A prefix search of a phrase the pairs rewrote would search for pairs' prefixes.
    return phrase + "*" if prefix and phrase == f'"{words}"' else phrase


def _groups(query: str) -> list[list[Term]]:
    """The search's terms, in groups of those all required, one group per side of an OR."""
    if query.count('"') % 2:
        query += '"'
    parts = _PART.findall(query)
    groups: list[list[Term]] = [[]]
    negate = False
    for part in parts:
        if len(parts) == 1:  # a keyword alone is the word it is
            pass
        elif part == "OR":
            groups.append([])
            continue
        elif part == "AND":
            continue
        elif part == "NOT":
            negate = True
            continue
        excluded = negate
        negate = False
        if part.startswith("-") and len(part) > 1:
            excluded, part = True, part[1:]
        quoted = part.startswith('"')
        prefix = not quoted and part.endswith("*") and len(part) > 1
        phrase = _phrase(part.strip('"') if quoted else part.rstrip("*"), prefix)
        if phrase is not None:
            groups[-1].append(Term(phrase, excluded))
    return groups


def search_expression(query: str) -> str:
    """The FTS5 expression for ``query`` as typed: the groups around ``OR`` joined by it,
    each its wanted phrases (all of them) minus its left-out ones. A group that wants no
    phrase (``-word`` alone, punctuation, a lone quote) finds nothing: FTS5 can only leave
    pages out of what a phrase found, and an empty expression is a syntax error, which
    Datasette showed as an error page."""
    groups = []
    for terms in _groups(_CONTROL.sub(" ", query)):
        wanted = [t.phrase for t in terms if not t.excluded]
        if not wanted:
            continue
        expression = " AND ".join(wanted)
        for term in terms:
            if term.excluded:
                expression = f"({expression}) NOT ({term.phrase})"
        groups.append(f"({expression})")
    return " OR ".join(groups) if groups else NO_WORDS
