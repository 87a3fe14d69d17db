"""The story's credit line among the text's opening blocks: the author's or the outlet's name
and what the row adds to it.

Templates set the credit between the headline and the body in as many ways as there are sites:
the name and the writer's role ("Jane Doe, AP National Writer", "Max Muster, Redakteur"), the
name and the outlet it writes for ("Juana Pérez | El Diario", "Jan Kowalski / PAP"), the name
and the day or the comments' count ("Jane Doe 12. Juli 2017 0 Kommentare"), or the outlet's own
report credit ("F.P. Report", "Le Journal - Rédaction"). The line rules of
:mod:`pipelines.text.cleaning` spell byline words, and :mod:`pipelines.text.structure` takes
the name alone, a byline word and the name, the name and a date; the role or the outlet after the
name is different on every site and in every language, and without class names (``--plain-markup
classes``) nothing in the markup says which element is the byline. What holds on every site is
the name it opens with: one of the authors the metadata resolver reads from the page (JSON-LD,
byline markup, meta tags), or the site's own name (``og:site_name``, the JSON-LD publisher) or
its initials.

So a block the text opens with, before its first block of prose
(:func:`pipelines.text.openingdate.opening_blocks`), that is short and opens with one of those
names (the case aside: "HILLEL ITALIE" is the same name), and after the name holds nothing, or a
separator and the rest of the row (",", "|", "/", "·", a dash: a role, an outlet, a date), or a
bracket, or the digits of a day or a count, is the story's credit line. After the site's
initials (capitals, dotted or not), a word or two without digits may follow too ("F.P. Report",
"SZ Redaktion"); after a full name they may not, since a kicker or a headline may open with the
name of a site or a person ("Apple unveils its phone").

It runs after the line rules, so it takes only the credit lines their words miss. Measured on
dev half A with the tune set (round 48): as they are and under ``tags`` it drops one line ("F.P.
Report"), under ``classes`` six, every one a credit ("Hillel Italie, Ap National Writer", "Galo
Ramírez | El Sol de México", "Gary B. Graves, Ap Sports Writer"); no must-keep snippet, no
expected text goes, and half A's figures but the tune set's do not move. The tune set's pages
entirely right: 70.6 to 71.8 % as they are, 64.7 to 65.9 % under ``tags``, 60.0 to 63.5 % under
``classes``. Not taken: a credit whose name the resolver does not read (a name it finds nowhere
else on the page), and one set after the body.

Pure functions of strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pipelines.text.openingdate import opening_blocks

# A credit line is short; a name this short ("Ed", "AP") may open any line.
CREDIT_MAX_CHARS = 80
_NAME_MIN_CHARS = 5
# What may follow the name on its row: nothing, a separator and more of the row, a bracket
# ("(AP)", "(@janedoe)"), or a day's or a count's digits after a space. A dash only set off by
# spaces: "Jane Doe-Smith" is another name.
_ROW_REST_RE = re.compile(r"^(?:\s*$|\s?[,|·•/]\s?\S|\s[–—-]\s\S|\s?[(\[]|\s\d)")
# After the site's initials: its credit word or two ("Report", "News Desk", "Redaktion").
_WORD_REST_RE = re.compile(r"^\s[^\W\d_]+(?:\s[^\W\d_]+)?$")
# The initials a line opens with: two to five capitals, dotted or not ("F.P.", "SZ", "N.Y.T.").
_INITIALS_RE = re.compile(r"^(?:[^\W\d_a-z]\.?){2,5}(?=\s|$)")


def opening_credit_lines(
    blocks: Sequence[str], authors: Iterable[str], sites: Iterable[str]
) -> list[str]:
    """The blocks before the text's first block of prose that open with one of ``authors``
    (the page's resolved names) or ``sites`` (the site's names) and hold the rest of a credit
    row only: the story's credit line, with what its row holds.

    The names' patterns are compiled only where an opening block is short enough to be a credit:
    most pages open straight on prose, and compiling a pattern for each of a page's names (new on
    every article, so past the ``re`` module's cache) cost more than the rest of the search."""
    short = [block for block in opening_blocks(blocks) if len(block) <= CREDIT_MAX_CHARS]
    if not short:
        return []
    names = [_name_re(name) for name in {*authors, *sites} if len(name.strip()) >= _NAME_MIN_CHARS]
    initials = {key for site in sites for key in _initials(site)}
    if not names and not initials:
        return []
    return [block for block in short if _credit_row(block, names, initials)]


def _credit_row(block: str, names: Sequence[re.Pattern[str]], initials: set[str]) -> bool:
    for name in names:
        match = name.match(block)
        if match is not None and _ROW_REST_RE.match(block[match.end() :]):
            return True
    match = _INITIALS_RE.match(block)
    if match is None or match.group().replace(".", "") not in initials:
        return False
    rest = block[match.end() :]
    return bool(_ROW_REST_RE.match(rest) or _WORD_REST_RE.match(rest))


def _name_re(name: str) -> re.Pattern[str]:
    """``name`` at a line's start, the case and the spacing aside, and ending on a word's end."""
    words = name.split()
    return re.compile(r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.I)


def _initials(site: str) -> set[str]:
    """The initials a site writes its name with: of its capitalised words ("The Frontier Post":
    "TFP"), and of them after the first (an article: "FP"); none for a one-word name."""
    capitals = [word[0] for word in site.split() if word[:1].isupper()]
    if len(capitals) < 2:
        return set()
    return {key for key in ("".join(capitals), "".join(capitals[1:])) if len(key) >= 2}
