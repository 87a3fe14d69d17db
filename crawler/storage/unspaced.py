"""Words of scripts written without spaces, made searchable as overlapping character pairs.

SQLite's FTS5 ``unicode61`` tokenizer and PostgreSQL's default parser both cut text at spaces
and punctuation only, so a run of Chinese or Japanese between two punctuation marks is one
token, and a search for a word inside it (北京 in 北京市政府) finds nothing; a Korean word
carries its particle (서울은, 서울에서) and is a different token each time; Thai and its
neighbours are cut at every vowel mark, which are not letters to ``unicode61``.

Neither engine ships a tokenizer that knows these languages (FTS5's ``trigram`` finds
substrings of three characters or more, and most Chinese words have two). So the letters of
these scripts are also stored as overlapping pairs, the way full-text engines without a
dictionary index them (北京市 → 北京 京市), in a column of their own that the full-text index
covers (``articles.search_pairs``), and a search is rewritten the same way: a word becomes the
phrase of its pairs, which matches wherever the word stands inside a longer run. Text in other
scripts is left to the index as it always was: the pairs column is NULL for it.

A run's last character is stored alone after its pairs, so a search of one character (猫)
finds it at the end of a run too (as a prefix search), and no phrase of pairs runs on from one
run into the next. Letters of another script inside such a word (iPhone発売, 2025年) are stored
as words of their own between the pairs, so they are found as words as well.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from itertools import repeat
from typing import NamedTuple

# Blocks of the scripts written without spaces between words (Thai, Lao, Myanmar, Khmer),
# or whose words carry particles (Korean), or both (Chinese, Japanese).
_RANGES = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1100-\u11ff"  # Hangul jamo
    "\u1780-\u17ff"  # Khmer
    "\u2e80-\u2fdf"  # CJK and Kangxi radicals
    "\u3005-\u3007\u3021-\u3029\u3031-\u3035\u303b\u303c"  # 々〆〇, Suzhou numerals, kana marks
    "\u3040-\u30fa\u30fc-\u30ff"  # hiragana, katakana (not the middle dot ・)
    "\u3100-\u318f"  # Bopomofo, Hangul compatibility jamo
    "\u31a0-\u31bf\u31f0-\u31ff"  # Bopomofo extended, katakana phonetic extensions
    "\u3400-\u4dbf\u4e00-\u9fff"  # CJK unified ideographs and extension A
    "\ua960-\ua97f\uac00-\ud7ff"  # Hangul syllables and jamo extensions
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uffdc"  # halfwidth katakana and Hangul
    "\U00020000-\U0003134f"  # CJK extensions B to G
)
_UNSPACED = re.compile(f"[{_RANGES}]")


def _spans() -> list[tuple[int, int]]:
    """The code points of ``_RANGES`` as ascending spans ``(first, last)``, overlapping and
    touching ones merged."""
    bounds = [(ord(a), ord(b)) for a, b in re.findall(r"(.)-(.)", _RANGES)]
    bounds += [(ord(c), ord(c)) for c in re.sub(r".-.", "", _RANGES)]
    spans: list[tuple[int, int]] = []
    for first, last in sorted(bounds):
        if spans and first <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(last, spans[-1][1]))
        else:
            spans.append((first, last))
    return spans


def _char_class(keep: Callable[[Iterable[str]], Iterable[bool]]) -> str:
    """The characters of ``_RANGES`` that ``keep`` accepts, as a regular expression class
    of ranges (built once: a class is matched in C, a loop over characters in Python).

    ``keep`` answers for a run of characters at once, so that the test of each of the 250,000
    characters runs in C (``map`` of a C function): each character tested by a Python call, as
    at first, cost the crawl process about 60 ms of CPU at its start, and every command too.
    The runs of accepted characters are found in C as well, as runs of 1 in a byte string."""
    parts = []
    for first, last in _spans():
        accepted = bytes(keep(map(chr, range(first, last + 1))))
        for run in re.finditer(rb"\x01+", accepted):
            parts.append(_range(first + run.start(), first + run.end() - 1))
    return "".join(parts)


def _range(first: int, last: int) -> str:
    return re.escape(chr(first)) + ("" if first == last else "-" + re.escape(chr(last)))


def _marks(chars: Iterable[str]) -> Iterator[bool]:
    """Whether each character is a mark (a Unicode category M…), tested in C."""
    return map(str.startswith, map(unicodedata.category, chars), repeat("M"))


def _letters(chars: Iterable[str]) -> Iterator[bool]:
    """Whether each character is a letter or digit (``str.isalnum``), tested in C."""
    return map(str.isalnum, chars)


class _Patterns(NamedTuple):
    # The vowel and tone marks of these scripts: dropped without cutting a word, since
    # unicode61 would cut it there (it takes marks for separators).
    mark: re.Pattern[str]
    # A run of letters (and digits) of these scripts: what is stored as pairs.
    run: re.Pattern[str]
    # A word as unicode61 sees one (letters and digits), with the letters of these scripts.
    word: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """The patterns of the marks, runs and words of these scripts, built the first time a text
    holds one of their letters (:data:`_UNSPACED`), not at import: their classes take about
    25 ms of CPU to build and compile, which every crawl process and command paid at its
    start, and a crawl of sites in other scripts never needs them."""
    return _Patterns(
        mark=re.compile(f"[{_char_class(_marks)}]+"),
        run=re.compile(f"([{_char_class(_letters)}]+)"),
        word=re.compile(f"(?:[^\\W_]|[{_RANGES}])+"),
    )


_OTHER = re.compile(r"[^\W_]+")
# A quoted phrase of an FTS5 expression as Datasette escapes a search: "…" (no quote inside).
_PHRASE = re.compile(r'"([^"]*)"')


def _normal(text: str) -> str:
    """``text`` in NFKC (halfwidth kana as fullwidth, compatibility ideographs as unified),
    the marks of these scripts taken out."""
    return _patterns().mark.sub("", unicodedata.normalize("NFKC", text))


def _word_terms(word: str, *, indexed: bool) -> list[str]:
    """The terms of one word (normalized) holding letters of an unspaced script, in order:
    each run of such letters as its pairs, letters and digits of other scripts as words.

    Stored (``indexed``), every run's pairs are followed by its last character. Searched,
    a run's last character is left out where the word ends with the run (the stored run may
    go on), and a search run of one character there is returned alone, to be searched as a
    prefix by the caller.
    """
    terms: list[str] = []
    pieces = _patterns().run.split(word)  # other, run, other, run, …, other
    for at in range(1, len(pieces), 2):
        terms.extend(_OTHER.findall(pieces[at - 1]))
        run = pieces[at]
        terms.extend(map(str.__add__, run, run[1:]))
        last = at == len(pieces) - 2 and not _OTHER.search(pieces[at + 1])
        if indexed or not last or len(run) == 1:
            terms.append(run[-1])
    terms.extend(_OTHER.findall(pieces[-1]))
    return terms


def search_pairs(*texts: str | None) -> str | None:
    """What ``articles.search_pairs`` holds for these texts (the title and the text): the
    words with letters of an unspaced script as their pairs, one line per text; None when
    no text has such a letter (the column, and its part of the index, stay empty)."""
    lines = []
    for text in texts:
        if not text or not _UNSPACED.search(text):
            continue
        terms: list[str] = []
        patterns = _patterns()
        for word in patterns.word.findall(_normal(text)):
            if patterns.run.fullmatch(word):  # most words: one run, nothing else
                terms.extend(map(str.__add__, word, word[1:]))
                terms.append(word[-1])
            elif _UNSPACED.search(word):
                terms.extend(_word_terms(word, indexed=True))
        lines.append(" ".join(terms))
    return "\n".join(lines) or None


def has_unspaced(text: str) -> bool:
    """Whether ``text`` holds a letter of these scripts, i.e. whether ``search_pairs`` gives it
    pairs (benchmarks/search_pairs_cost.py picks its sample lines by it)."""
    return _UNSPACED.search(text) is not None


def _phrase_terms(content: str) -> list[tuple[list[str], bool]]:
    """The phrases one searched phrase becomes: ``(terms, prefix)`` each, in order. Words
    with unspaced letters are stored in their own column, so no phrase spans both kinds:
    neighbouring words of other scripts stay one phrase, neighbouring words with unspaced
    letters become one phrase of their pairs (each but the last with its last character, as
    stored). ``prefix``: the phrase ends in a word of one such character, which is searched
    as the first character of a pair."""
    words = [m.group() for m in _patterns().word.finditer(_normal(content))]
    groups: list[tuple[bool, list[str]]] = []
    for word in words:
        unspaced = _UNSPACED.search(word) is not None
        if groups and groups[-1][0] == unspaced:
            groups[-1][1].append(word)
        else:
            groups.append((unspaced, [word]))
    phrases: list[tuple[list[str], bool]] = []
    for unspaced, group in groups:
        if not unspaced:
            phrases.append((group, False))
            continue
        terms = [
            term
            for n, word in enumerate(group)
            for term in _word_terms(word, indexed=n < len(group) - 1)
        ]
        if not terms:  # signs only (฿), which no index holds
            continue
        last = group[-1]
        prefix = _UNSPACED.match(last[-1]) is not None and len(terms[-1]) == 1
        phrases.append((terms, prefix))
    return phrases


def fts5_expression(escaped: str) -> str:
    """An FTS5 expression of quoted phrases (Datasette's escaping of a search) with each
    word of an unspaced script as the phrase of its pairs: ``"北京市"`` → ``"北京 京市"``,
    ``"猫"`` → ``"猫"*``. Phrases without such letters are kept as they were."""

    def rewrite(match: re.Match[str]) -> str:
        content = match.group(1)
        if not _UNSPACED.search(content):
            return match.group()
        phrases = _phrase_terms(content)
        if not phrases:  # nothing searchable: the phrase as it was, which finds nothing
            return match.group()
        return " ".join(
            f'"{" ".join(terms)}"' + ("*" if prefix else "") for terms, prefix in phrases
        )

    return _PHRASE.sub(rewrite, escaped)


def websearch_query(query: str) -> str:
    """A search for PostgreSQL's ``websearch_to_tsquery`` with each word of an unspaced
    script as the quoted phrase of its pairs, as :func:`fts5_expression` does for FTS5
    (``websearch_to_tsquery`` has no prefix search: a word of one character is searched
    as itself, found where it stands alone or ends a run)."""
    out = []
    for part in re.split(r'("[^"]*")', query):
        if not _UNSPACED.search(part):
            out.append(part.strip())
        elif part.startswith('"'):
            out.extend(f'"{" ".join(terms)}"' for terms, _ in _phrase_terms(part))
        else:
            for word in part.split():
                if not _UNSPACED.search(word):
                    out.append(word)
                    continue
                sign = "-" if word.startswith("-") else ""
                phrases = [f'"{" ".join(terms)}"' for terms, _ in _phrase_terms(word)]
                out.append(sign + " ".join(phrases))
    return " ".join(p for p in out if p)
