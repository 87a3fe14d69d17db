"""A line rule and the helpers the rule tables write theirs with.

A rule is data: its family (the ``news/clean/<family>`` stat that counts its drops), its
pattern's text, its flags, the longest line it applies to, and the needles one of which a
line must hold before an unanchored pattern searches it. The tables build their rules with
:func:`rules`, join alternatives with :func:`one` and spell Greek with :func:`el`; the needles
of a pattern that scans the line for its words are read from the pattern itself
(:func:`lookahead_words`), so that they cannot fall out of step with it.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _parser
from typing import NamedTuple

_I = re.IGNORECASE


class Rule(NamedTuple):
    family: str
    # The pattern's text, not compiled: :class:`_RuleIndex` compiles it once, alone (a rule with
    # needles) or as one alternative of its length limit's pattern (every other rule).
    source: str
    flags: int
    max_chars: int  # the rule applies only to lines up to this length
    # Words one of which the lower-cased line must hold before an unanchored pattern searches
    # it: a substring test is far cheaper than a regex scan of every line of every page.
    needles: tuple[str, ...] = ()


def one(*patterns: str) -> str:
    """Alternatives as one pattern: a line is searched once, not once per alternative (each
    search of each line of each page costs; 40 separate patterns cost about 0.5 ms a page)."""
    return "|".join(f"(?:{p})" for p in patterns)


# Greek drops its accents in capitals ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"), which IGNORECASE does not undo.
_GREEK_ACCENTS = {
    "ά": "[άα]",
    "έ": "[έε]",
    "ή": "[ήη]",
    "ί": "[ίι]",
    "ό": "[όο]",
    "ύ": "[ύυ]",
    "ώ": "[ώω]",
}


def el(pattern: str) -> str:
    """``pattern`` with each accented Greek vowel also matching its unaccented capital form."""
    return "".join(_GREEK_ACCENTS.get(c, c) for c in pattern)


def rules(
    family: str, max_chars: int, *patterns: str, flags: int = _I, needles: tuple[str, ...] = ()
) -> list[Rule]:
    return [
        Rule(family, p, flags, max_chars, needles or lookahead_words(p, flags)) for p in patterns
    ]


# A pattern's words are spelled out up to this many: more is no cheap test.
_MAX_WORDS = 200


def lookahead_words(source: str, flags: int) -> tuple[str, ...]:
    """The words one of which a line must hold for the pattern ``source`` (compiled with
    ``flags``) to match, when it opens with a
    lookahead that scans the line for them (``^(?=.*?(?:subscri|abonn|...))``): read from the
    pattern itself, so that they cannot fall out of step with it. Such a pattern tries its
    words at every position of every line; a substring test of the lower-cased line is far
    cheaper. Empty when the pattern has no such lookahead.

    A pattern without "(?=", the only way to write a lookahead, holds none: not parsed again
    (300 of the 315 rules; the parse of all of them was a tenth of the worker's import)."""
    if "(?=" not in source:
        return ()
    items = _parser.parse(source, flags).data
    if len(items) < 2 or items[0] != (_sre.AT, _sre.AT_BEGINNING) or items[1][0] is not _sre.ASSERT:
        return ()
    direction, body = items[1][1]
    if direction != 1 or len(body) < 2:
        return ()
    scan = body[0]
    if scan[0] not in (_sre.MIN_REPEAT, _sre.MAX_REPEAT) or scan[1][0] != 0:
        return ()
    if list(scan[1][2]) != [(_sre.ANY, None)]:
        return ()
    words = _spelled(list(body[1:]))
    if not words or not all(words):
        return ()
    return tuple(sorted({w.lower() for w in words}))


def _spelled(items: list[tuple[object, object]]) -> list[str] | None:
    """Every string that the parsed ``items`` match, when they are only literals, character
    sets of literals, alternatives of such and zero-width assertions (at most ``_MAX_WORDS``
    strings); None otherwise."""
    out = [""]
    for op, arg in items:
        if op is _sre.AT:
            continue
        if op is _sre.LITERAL:
            choices = [chr(arg)]  # type: ignore[arg-type]
        elif op is _sre.IN and all(o is _sre.LITERAL for o, _ in arg):  # type: ignore[attr-defined]
            choices = [chr(a) for _, a in arg]  # type: ignore[attr-defined]
        elif op is _sre.SUBPATTERN:
            sub = _spelled(list(arg[3]))  # type: ignore[index]
            if sub is None:
                return None
            choices = sub
        elif op is _sre.BRANCH:
            choices = []
            for branch in arg[1]:  # type: ignore[index]
                sub = _spelled(list(branch))
                if sub is None:
                    return None
                choices += sub
        else:
            return None
        out = [head + tail for head in out for tail in choices]
        if len(out) > _MAX_WORDS:
            return None
    return out
