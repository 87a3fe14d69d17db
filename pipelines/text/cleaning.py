"""Remove residual boilerplate lines from trafilatura's plain-text output.

trafilatura keeps some page furniture that sits inside the article container: ad slots, "read
also" teasers, comment forms, share prompts, previous/next links, repeated headlines. Cleaning
works line by line and only ever *drops* lines (whitespace inside a line is collapsed, blank-line
runs become one), so a bad rule can lose text but can never invent any.

This module is the engine; the rules it applies are data, in three layers:

* built-in families (:data:`pipelines.text.rules.order.LINE_RULES`, each family's phrasings in
  its module of ``pipelines/text/rules/``, tried in that list's order) for German, English,
  French, Spanish, Italian, Portuguese, Dutch and Polish; read-also labels, comment counters and
  forms, walls, newsletter boxes, copyright notices and photo credits also for Swedish, Danish,
  Norwegian, Finnish, Czech, Slovak, Hungarian, Romanian, Turkish, Russian, Ukrainian, Greek,
  Japanese, Korean, Chinese, Arabic, Indonesian and Vietnamese, read-also and related-stories
  labels, comment counters and forms, walls, newsletter calls, copyright notices, photo credits
  and source lines also for Croatian, Serbian (both scripts) and Catalan, share and follow
  prompts, app download calls, ad labels and calls to report an error also for all of these but
  Vietnamese, and back-to-top links, breadcrumbs, reading times and tag labels also for Russian,
  Czech, Danish, Swedish and Turkish, each as a whole line; the other states of sign-up forms
  and account prompts (``rules/newsletters.py``, ``rules/walls.py``), a month calendar widget's
  table rows (:func:`_drop_calendar`), and an aggregator's excerpts of other feed items
  (:func:`_drop_feed_excerpts`). A phrase that can open a sentence of prose is matched only as a
  short label line; tests/unit/test_cleaning.py holds, for each family and language, a line that
  goes and a sentence with the same words that stays;
* per-source regexes from ``sources.toml`` (``extra_patterns``);
* learned per-source boilerplate (``learned``: keys from :func:`line_key`, counted by
  ``pipelines/index/boilerplate.py`` from :func:`candidate_keys`).

Some lines go only by their place around the body paragraphs: a byline, alone or in one row
with the story's date ("Von Redaktion · 2025-03-01"), before the first body paragraph or right
after the last; stray labels touching the first or last paragraph (:func:`_drop_stray_labels`);
an "about the author" note and a cookie notice that end the text. :func:`clean_with_counts`
counts the lines each family drops, which the crawl keeps as ``news/clean/<family>`` stats.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Collection, Sequence
from typing import NamedTuple

from pipelines.text.page import loose_key
from pipelines.text.rules.order import LINE_RULES
from pipelines.text.rules.rights import CITATION_MAX_CHARS, FEED_FOOTER
from pipelines.text.rules.rule import Rule
from pipelines.text.rules.teasers import (
    GENRE_TAIL_RE,
    SITE_TEASER_RE,
    STRONG_TEASER_RE,
    WEAK_TEASER_RE,
)

# Lines at least this long are never counted for learned boilerplate. In the seeds every
# boilerplate line but one teaser blurb (357 characters, different in every article anyway) is
# at most 158 characters; in the realpages extractions a third of the lines are longer, so this
# also keeps the line_stats table small.
CANDIDATE_MAX_CHARS = 200

# A teaser headline after a lone "Read also:" marker is at most this long; the seed teasers are
# 60-160 characters. Longer lines are treated as article text and survive.
_TEASER_MAX_CHARS = 200

# A line with a marker *and* its teaser on the same line ("Siehe auch  Zwei Kriegsschiffe ...")
# is dropped only up to this length, so that a real paragraph that happens to begin with such
# words is kept.
_INLINE_TEASER_MAX_CHARS = 250

# Repeated lines shorter than this are not deduplicated: in the realpages corpus short repeats
# are code lines, song refrains and table cells that belong to the text; repeated paragraphs
# (pull quotes, doubled captions and teasers) are longer. List items are never deduplicated
# either: comparison lists legitimately repeat an item.
_DUPLICATE_MIN_CHARS = 60

# A "body" paragraph anchors the article: at least this many characters and ending like a
# sentence, or simply long. Stray labels and credits are only dropped before the first or after
# the last body paragraph, so that subheadings between paragraphs always survive.
_BODY_MIN_CHARS = 80
_BODY_ANY_CHARS = 150

# A citation label alone on its line is at most this long; the reference under it holds a year.
_CITATION_LABEL_MAX_CHARS = 40
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")

# A teaser card's blurb ("... Entschlüsselung") is at most a few sentences.
_BLURB_MAX_CHARS = 600

_I = re.IGNORECASE


class _NeedleRule(NamedTuple):
    """A rule with needles, its pattern compiled: searched after a substring test."""

    family: str
    pattern: re.Pattern[str]
    max_chars: int
    needles: tuple[str, ...]
    # The place of the line's answer for ``needles`` among those of the needle tuples that
    # several rules share (:func:`_first_family`), or -1 for a tuple of this rule's own.
    shared: int


_LIST_ITEM_RE = re.compile(r"^[-–•*·]\s")
# Full-width punctuation ends sentences in Chinese and Japanese ("。", "！", "」").
_SENTENCE_END_RE = re.compile(r"[.!?…:;\"“”»)。！？」』）]$")
# Stray labels: one or two words, no digits, no punctuation ("CNN", "Belgium", "das Wesentliche").
# Numbers or punctuation make a short line a subheading ("10.000 Soldaten im Einsatz?") or a
# sign-off ("Liebe Grüße,"). Full-width punctuation counts as punctuation.
_WORD = r"[^\s\d.!?:;,。、！？：；，「」『』（）・]+"
# A label is short whatever its script: Chinese, Japanese or Thai write a sentence without
# spaces, so that a whole paragraph is "one word". The longest label dropped on the dev sets
# (half A and seeds) has 19 characters.
_LABEL_MAX_CHARS = 40
# Characters of scripts written without spaces (CJK ideographs, kana, hangul, full-width
# forms) carry about a word each: they count twice towards the length of a body paragraph.
_WIDE_RE = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_ONE_WORD_RE = re.compile(rf"^(?=[^\W\d_]){_WORD}$")
_TWO_WORDS_RE = re.compile(rf"^(?=[^\W\d_]){_WORD}(?:\s{_WORD})?$")


def _normalize(line: str) -> str:
    """Collapse all whitespace: trafilatura output mixes tabs, NBSPs and indentation."""
    return " ".join(line.split())


def _probe(line: str) -> str:
    """The line as rules see it: without the table pipes trafilatura renders around cells."""
    return line.strip(" |")


_DIGITS_RE = re.compile(r"\d+")


def line_key(line: str) -> str:
    """A short hash of a line, stable across runs and processes (unlike ``hash()``).

    Case, whitespace and numbers are ignored so that "Kommentare (3)" and "Kommentare (12)"
    share a key.
    """
    norm = _DIGITS_RE.sub("0", _probe(_normalize(line.casefold())))
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


def candidate_lines(text: str) -> list[str]:
    """The normalized non-blank lines short enough to be verbatim boilerplate."""
    out = []
    for raw in text.splitlines():
        line = _normalize(raw)
        if line and len(line) < CANDIDATE_MAX_CHARS:
            out.append(line)
    return out


# Kept with each key so a learned key can be inspected; longer text adds nothing.
_SAMPLE_CHARS = 200


def candidate_keys(text: str) -> dict[str, str]:
    """{line_key: sample} for the lines of ``text`` worth counting, each key once: what the
    store counts per source (pipelines/index/boilerplate.py) to learn its boilerplate."""
    rows: dict[str, str] = {}
    for line in candidate_lines(text):
        rows.setdefault(line_key(line), line[:_SAMPLE_CHARS])
    return rows


def needle_fold(text: str) -> str:
    """``text`` lower-cased for the needle test, with the two letters whose case the patterns
    fold and ``str.lower`` does not fold alike made one: a pattern compiled with IGNORECASE
    matches "KULLANILAMAZ" with "kullanılamaz" and "İZİNSİZ" with "izinsiz", where ``lower()``
    gives "kullanilamaz" (an "i", not the needle's "ı") and "i̇zi̇nsi̇z" (an "i" and a combining
    dot). Turkish written in capitals missed every needle with an "ı" or an "i"."""
    return text.lower().replace("ı", "i").replace("\u0307", "")


class _RuleIndex:
    """The family of the first of ``rules`` (in their order) that matches a line, each rule's
    pattern compiled once: compiling is most of this module's import time, paid by the
    workers' fork server on every crawl.

    A rule with needles is compiled alone and searched only when the lower-cased line holds one
    of its needles. Every other rule is anchored at the start of the line
    (tests/unit/test_cleaning.py checks it), so that the rules of one length limit are tried as
    the alternatives of one pattern at position 0: a match per limit instead of a search per
    rule for the nine lines in ten that are article text. A line is tried with the patterns of
    every limit it is within; each rule is in the pattern of its own limit only, and keeps its
    own flags. Each alternative ends in an empty group that names its rule: alternatives are
    tried from left to right in the rules' order, so the first that matches is the first rule
    of that limit that matches, and the empty group, the last one its match closes, is the
    match's ``lastindex``. The earliest of the limits' answers is the first anchored rule that
    matches; only the needle rules before it are searched.

    A rule's own pattern is not compiled too: until round 52 every anchored rule was, to be
    searched alone once a line matched its limit's pattern (docs/performance.md).
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._families = [r.family for r in rules]
        uses = Counter(r.needles for r in rules if r.needles)
        shared = {needles: at for at, needles in enumerate(n for n, k in uses.items() if k > 1)}
        self._shared = len(shared)
        self._needles = [
            _NeedleRule(
                r.family,
                re.compile(r.source, r.flags),
                r.max_chars,
                tuple(needle_fold(needle) for needle in r.needles),
                shared.get(r.needles, -1),
            )
            for r in rules
            if r.needles
        ]
        self._needles_at = [i for i, r in enumerate(rules) if r.needles]
        # Longest limit first: a line is tried until the first limit it exceeds.
        self._limits: list[tuple[int, re.Pattern[str], list[int]]] = []
        for limit in sorted({r.max_chars for r in rules if not r.needles}, reverse=True):
            at = [i for i, r in enumerate(rules) if not r.needles and r.max_chars == limit]
            parts = [
                f"(?{'i' if rules[i].flags & re.IGNORECASE else '-i'}:{rules[i].source})(?P<_{i}>)"
                for i in at
            ]
            pattern = re.compile("^(?:" + "|".join(parts) + ")")
            # The rule whose alternative each group ends; past every rule for a group of a
            # rule's own, which no match's lastindex names (the empty group closes last).
            rule_of = [len(rules)] * (pattern.groups + 1)
            for name, group in pattern.groupindex.items():
                if name.startswith("_") and name[1:].isdigit():
                    rule_of[group] = int(name[1:])
            self._limits.append((limit, pattern, rule_of))

    def family(self, line: str) -> str | None:
        """The family of the first rule that matches ``line``, or None."""
        n = len(line)
        first = len(self._families)
        for limit, pattern, rule_of in self._limits:
            if n > limit:
                break
            m = pattern.match(line)
            if m is not None and (at := rule_of[m.lastindex or 0]) < first:
                first = at
        if first == len(self._families):
            return _first_family(line, self._needles, self._shared)
        before = self._needles[: bisect.bisect(self._needles_at, first)]
        family = _first_family(line, before, self._shared)
        return self._families[first] if family is None else family


_LINE_INDEX = _RuleIndex(LINE_RULES)
# The last lines' families kept (:func:`_builtin_family`): a site's pages repeat their
# subheadings, labels and footer lines, and those short lines are the dearest to try, against
# every length group. On the generated site's 200 articles, 668 of 2,892 lines were answered
# from the last 1,024 (673 from any number); the body's lines do not repeat.
_LINE_CACHE = 1024


@functools.lru_cache(maxsize=_LINE_CACHE)
def _builtin_family(line: str) -> str | None:
    """The family of the first line rule that matches ``line`` (a probe), or None. A pure
    function of the text, so the last answers are kept (:data:`_LINE_CACHE`)."""
    return _LINE_INDEX.family(line)


def forget_kept_lines() -> None:
    """Empty the kept families of :func:`_builtin_family`: a benchmark that reads the same
    texts round after round times each round as a crawl meets them, not from the kept ones."""
    _builtin_family.cache_clear()


def _first_family(line: str, rules: Sequence[_NeedleRule], shared: int) -> str | None:
    """The family of the first of ``rules`` that matches ``line``, or None: each rule's pattern
    searches the line only when the folded line (:func:`needle_fold`) holds one of the rule's
    needles.

    ``shared``: how many needle tuples several rules share (:attr:`_NeedleRule.shared`). Each
    such tuple's answer is kept for the line: a line of prose holds none of the needles, so
    every rule within its length tests every needle, and 17 of the line rules share 6 tuples
    (119 of 467 substring tests, each a scan of the line)."""
    n = len(line)
    lower: str | None = None
    held: list[bool | None] = []
    # Unpacked, not read by attribute: this loop runs for every rule on every line.
    for family, pattern, max_chars, needles, at in rules:
        if n > max_chars:
            continue
        if lower is None:
            lower = needle_fold(line)
            held = [None] * shared
        if at < 0:
            # A plain loop, not any() over a generator: this runs for every needle rule on
            # every line, and the generator's frame costs more than the substring tests.
            for needle in needles:
                if needle in lower:
                    break
            else:
                continue
        else:
            hit = held[at]
            if hit is None:
                hit = held[at] = _holds_one(lower, needles)
            if not hit:
                continue
        if pattern.search(line):
            return family
    return None


def _holds_one(lower: str, needles: tuple[str, ...]) -> bool:
    """Whether ``lower`` holds one of ``needles``: a plain loop, not any() over a generator,
    whose frame costs more than the substring tests."""
    for needle in needles:  # noqa: SIM110
        if needle in lower:
            return True
    return False


def _teaser_marker(line: str) -> tuple[bool, bool]:
    """(is a teaser marker line, stands alone so that the next line is its headline)."""
    if SITE_TEASER_RE.match(line):
        return True, True
    if len(line) > _INLINE_TEASER_MAX_CHARS:
        # A marker is short: a line this long is one only with its headline on it, which does
        # not count at this length. Most lines of a text are this long, and the two patterns
        # try well over a hundred labels each.
        return False, False
    m = STRONG_TEASER_RE.match(line) or WEAK_TEASER_RE.match(line)
    if not m:
        return False, False
    rest = m.group("rest") or ""
    if not rest:
        return True, True
    return len(line) <= _INLINE_TEASER_MAX_CHARS, False


def teaser_marker(line: str) -> bool:
    """Whether ``line`` (whitespace-collapsed) is a "read also" or teaser label."""
    return _teaser_marker(_probe(line))[0]


def _headline_like(line: str) -> bool:
    """Short and not ending in a full stop (or the Chinese and Japanese "。"): a teaser
    headline, not a paragraph."""
    if len(line) > _TEASER_MAX_CHARS:
        return False
    return not line.endswith((".", "。")) or line.endswith(("...", "…"))


def _is_body(line: str) -> bool:
    n = len(line)
    if n < _BODY_ANY_CHARS and n * 2 >= _BODY_MIN_CHARS and not line.isascii():
        # Only a line that could reach a threshold with its wide characters is scanned.
        n += len(_WIDE_RE.findall(line))
    return n >= _BODY_ANY_CHARS or (n >= _BODY_MIN_CHARS and bool(_SENTENCE_END_RE.search(line)))


def _compile_extra(patterns: Sequence[str | re.Pattern[str]]) -> list[re.Pattern[str]]:
    return [p if isinstance(p, re.Pattern) else re.compile(p) for p in patterns]


def drop_reasons(
    text: str,
    *,
    title: str | None = None,
    extra_patterns: Sequence[str | re.Pattern[str]] = (),
    learned: Collection[str] = (),
) -> list[tuple[str, str | None]]:
    """Every normalized line of ``text`` with the family that drops it (None: kept).

    Blank lines come back as ``("", None)``. This is what :func:`clean_text` applies; it is
    public so that pipelines can count drops per family and tests can say why a line went.
    """
    return line_reasons(
        [_normalize(raw) for raw in text.splitlines()],
        title=title,
        extra_patterns=extra_patterns,
        learned=learned,
    )


def line_reasons(
    lines: Sequence[str],
    *,
    title: str | None = None,
    extra_patterns: Sequence[str | re.Pattern[str]] = (),
    learned: Collection[str] = (),
) -> list[tuple[str, str | None]]:
    """:func:`drop_reasons` of text already cut into whitespace-collapsed lines (blocks as
    :func:`pipelines.text.page.flat` returns them): the text pipeline holds its blocks so, and
    joining them only for them to be split and collapsed again costs time on every page."""
    extra = _compile_extra(extra_patterns)
    title_key = loose_key(title) if title else ""
    lines = list(lines)
    reasons: list[str | None] = [None] * len(lines)
    seen: set[str] = set()
    # Teaser state: "headline" after a lone marker, "blurb" after a dropped teaser headline.
    expect: str | None = None
    for i, line in enumerate(lines):
        if not line:
            continue
        loose = loose_key(line)
        probe = _probe(line)
        reason: str | None = None
        if title_key and loose == title_key:
            reason = "title"
        elif not probe:
            # Only the pipes of empty table cells: a layout table's rows (old sites set the
            # whole page in tables) carry no text.
            reason = "empty_cells"
        elif (family := _builtin_family(probe)) is not None or (
            _LIST_ITEM_RE.match(probe) and (family := _builtin_family(probe[2:].lstrip()))
        ):
            # A list item is looked at without its bullet too: a share or newsletter link set
            # as a list ("- Teilen auf", "- Newsletter abonnieren") is the same furniture.
            reason = family
        elif any(p.search(line) for p in extra):
            reason = "source_pattern"
        elif learned and len(line) < CANDIDATE_MAX_CHARS and line_key(line) in learned:
            reason = "learned"
        if reason is not None:
            reasons[i] = reason
            continue
        is_marker, alone = _teaser_marker(probe)
        if is_marker:
            reasons[i] = "teaser"
            expect = "headline" if alone else None
            continue
        if (
            expect in ("headline", "list")
            and _LIST_ITEM_RE.match(line)
            and len(line) <= _TEASER_MAX_CHARS
        ):
            # A lone marker over a list: every item of the list is a teaser.
            reasons[i] = "teaser"
            expect = "list"
            continue
        if expect == "headline" and _headline_like(line):
            reasons[i] = "teaser"
            expect = "blurb"
            continue
        if expect == "blurb" and GENRE_TAIL_RE.search(line) and len(line) <= _BLURB_MAX_CHARS:
            reasons[i] = "teaser"
            expect = None
            continue
        expect = None
        if len(line) >= _DUPLICATE_MIN_CHARS and not _LIST_ITEM_RE.match(line):
            if loose in seen:
                reasons[i] = "duplicate"
                continue
            seen.add(loose)
    _drop_author_note(lines, reasons)
    _drop_citation_reference(lines, reasons)
    _drop_cookie_notice(lines, reasons)
    _drop_comment_headers(lines, reasons)
    _drop_stray_labels(lines, reasons)
    _drop_calendar(lines, reasons)
    _drop_feed_excerpts(lines, reasons)
    return list(zip(lines, reasons, strict=True))


# A feed item's excerpt as an aggregator shows it: the story's opening cut off by an ellipsis
# ("...", "…", "[…]"), then its feed's footer (:data:`FEED_FOOTER`) to the line's end.
_FEED_EXCERPT_RE = re.compile(rf"(?:\.\.\.|…|\[(?:…|\.\.\.)\])\s?{FEED_FOOTER}", _I)
# An aggregator's page of one item lists the others' excerpts under it: at least this many.
_FEED_EXCERPTS_MIN = 2


def _feed_excerpt(line: str) -> bool:
    """Whether ``line`` is a feed item's excerpt with its footer: only a line that holds an
    ellipsis is searched."""
    return ("..." in line or "…" in line) and _FEED_EXCERPT_RE.search(line) is not None


def _drop_feed_excerpts(lines: list[str], reasons: list[str | None]) -> None:
    """Drop the excerpts of other feed items that an aggregator lists under its item: when the
    text holds at least :data:`_FEED_EXCERPTS_MIN` lines that are an excerpt cut off by an
    ellipsis and run into its feed's footer ("... Post-ul Headline apare prima dată în
    Example.md."), all but the first; the first too when a body paragraph stands before it.
    An aggregator's page of one item shows that item as the same excerpt, first: the story, which
    stays. A story whose own text ends in one footer is left alone (one line), and the footer
    alone on a line is the ``syndication`` line rule's.

    Measured on the tuning sets (datesA/labelled, datesA/fresh-tune, datesB/tune,
    realpages/A, metadev/A): one page, a Romanian aggregator's item with 30 other items'
    excerpts under it, loses them and keeps its own; no must-keep snippet or expected body
    item goes; the held-out sets do not move."""
    excerpts = [i for i, line in enumerate(lines) if reasons[i] is None and _feed_excerpt(line)]
    if len(excerpts) < _FEED_EXCERPTS_MIN:
        return
    first = excerpts[0]
    own = not any(reasons[i] is None and _is_body(lines[i]) for i in range(first))
    for i in excerpts[1:] if own else excerpts:
        reasons[i] = "feed_excerpt"


# The line over each reader's comment that its software writes: the commenter's name and
# "says:" in the blog software's translations ("Betina sagt:", "Jane Doe says:", "Jean dit :"),
# or the name and the comment's age ("Stefan Keller (@sfkeller) 1 year", "mxa 2 days ago",
# "Jan vor 3 Stunden"). A name is a few words without a sentence's punctuation; the age is
# the whole rest of the line.
_COMMENTER = r"^(?:[-*•] )?[^\W\d_][^.!?:;,\d]{0,40}?"
_COMMENT_HEADER_RE = re.compile(
    _COMMENTER
    + r" (?:says|sagt|schreibt|dit|écrit|dice|escribe|diz|disse|zegt|schreef|scrive|pisze"
    r"|napisał|napisała|skriver|skrev)\s?:$"
    r"|" + _COMMENTER + r" (?:(?:\d+|an?|one) (?:years?|months?|weeks?|days?|hours?|minutes?)"
    r"(?: ago)?|vor (?:\d+|einem|einer) (?:jahren?|monaten?|wochen?|tagen?|stunden?|minuten?)"
    r"|il y a \d+ (?:ans?|mois|semaines?|jours?|heures?|minutes?)"
    r"|hace \d+ (?:años?|meses?|semanas?|días?|horas?|minutos?))$",
    _I,
)
# A thread shows at least this many, each over the comment's text: a line of prose.
_COMMENT_HEADERS_MIN = 2
_COMMENT_HEADER_MAX_CHARS = 80
_COMMENT_TEXT_MIN_CHARS = 40
# The prose may open after a line of its own: a greeting ("Joe,", "Hallo Moritz,").
_COMMENT_TEXT_WITHIN = 2


def _drop_comment_headers(lines: list[str], reasons: list[str | None]) -> None:
    """Drop the lines over readers' comments that name the commenter (with "says:" or the
    comment's age), where the text shows at least :data:`_COMMENT_HEADERS_MIN` of them after
    a line of the body, each followed by a line of prose (in the next
    :data:`_COMMENT_TEXT_WITHIN` lines, the first no such line itself): a thread of comments
    that a page without class names leaves in the extraction's cut. The comments' own text
    stays (a page may count it as its text): the family, ``comment_header``, is none of the
    offers whose box :mod:`pipelines.text.offerbox` takes with them. One such line alone may
    be the article's ("The minister says:" over a quote); a list of a product's figures
    ("Warranty 2 years", "Battery 10 hours") is followed by more figures, not by prose."""
    found: list[int] = []
    body = False
    for i, line in enumerate(lines):
        if not line or reasons[i] is not None:
            continue
        if not body:
            body = _is_body(line)
            continue
        if len(line) > _COMMENT_HEADER_MAX_CHARS or not _COMMENT_HEADER_RE.match(line):
            continue
        after = [line for line in lines[i + 1 :] if line][:_COMMENT_TEXT_WITHIN]
        if any(len(line) >= _COMMENT_TEXT_MIN_CHARS for line in after) and not (
            after and _COMMENT_HEADER_RE.match(after[0])
        ):
            found.append(i)
    if len(found) >= _COMMENT_HEADERS_MIN:
        for i in found:
            reasons[i] = "comment_header"


# A month's calendar, as a sidebar widget sets it in a table of seven columns and trafilatura
# renders it row by row: the month ("| April 2025 | | | | | | |"), the weekdays' initials
# ("| M | D | M | D | F | S | S |"), then the weeks, each a run of consecutive days with empty
# cells before the first or after the last ("| | 1 | 2 | 3 | 4 | 5 | 6 |"). A table of figures
# with seven columns does not count up by one across every row.
_WEEK_DAYS = 7
_CALENDAR_MIN_WEEKS = 2
_WEEKDAY_CELL_RE = re.compile(r"^[^\W\d_]{1,3}\.?$")
_MONTH_CELL_RE = re.compile(r"^[^\W\d_]{3,12}\.?\s\d{4}$")
_RULE_CELL_RE = re.compile(r"^:?-{3,}:?$")


def _calendar_row(line: str) -> str | None:
    """``week``, ``head`` (weekdays, the month or the table's rule line) or None."""
    if not line.startswith("|") or not line.endswith("|"):
        return None
    cells = [cell.strip() for cell in line[1:-1].split("|")]
    if len(cells) != _WEEK_DAYS:
        return None
    filled = [cell for cell in cells if cell]
    if filled and all(cell.isdigit() for cell in filled):
        days = [int(cell) for cell in filled]
        first = cells.index(filled[0])
        # The days fill one run of cells: blanks only before the first or after the last.
        if (
            len(days) >= 2
            and days[0] >= 1
            and days[-1] <= 31
            and days == list(range(days[0], days[0] + len(days)))
            and all(cells[first : first + len(days)])
        ):
            return "week"
        return None
    if len(filled) == _WEEK_DAYS and (
        all(_WEEKDAY_CELL_RE.match(cell) for cell in cells)
        or all(_RULE_CELL_RE.match(cell) for cell in cells)
    ):
        return "head"
    if len(filled) == 1 and cells[0] and _MONTH_CELL_RE.match(cells[0]):
        return "head"
    return None


def _drop_calendar(lines: list[str], reasons: list[str | None]) -> None:
    """Drop (as ``calendar``) a run of a calendar's rows with at least two weeks in it."""
    if not any(line.startswith("|") for line in lines):
        return
    run: list[int] = []
    weeks = 0
    for i, line in enumerate([*lines, ""]):
        kind = _calendar_row(line) if line else None
        if kind is not None:
            run.append(i)
            weeks += kind == "week"
            continue
        if weeks >= _CALENDAR_MIN_WEEKS:
            for k in run:
                reasons[k] = reasons[k] or "calendar"
        run, weeks = [], 0


# A site's cookie notice set under the article: headings and paragraphs that all speak of
# cookies ("Was sind Cookies?", "Cookies von Drittanbietern", "How can I disable cookies?").
# Where class names are gone, trafilatura's last resort takes the notice's paragraphs too.
_COOKIE_WORDS = ("cookie", "ciasteczk")
# The site speaking of itself: a notice explains "our website", an article about cookies
# speaks of websites in general.
_OWN_SITES = (
    r"(?:unsere[rmn]?|diese[rmn]?) (?:web|internet)?(?:seite|site|präsenz|angebot)",
    r"(?:unsere[rmn]?|diese[rmn]?) (?:website|homepage)",
    r"(?:our|this) (?:web)?site",
    r"(?:notre|ce) site",
    r"(?:nuestro|este) sitio",
    r"(?:nostro|questo) sito",
    r"(?:nosso|este) site",
    r"(?:onze|deze) (?:web)?site",
    r"(?:nasz(?:a|ej)|ta) stron",
)
_OWN_SITE_RE = re.compile(r"\b(?:" + "|".join(_OWN_SITES) + ")", _I)
# The notice has a heading and at least two more blocks: one or two lines that name cookies
# at the end of an article are its own closing sentences.
_COOKIE_NOTICE_MIN_LINES = 3
_COOKIE_HEADING_MAX_CHARS = 80


def _drop_cookie_notice(lines: list[str], reasons: list[str | None]) -> None:
    """Drop the run of lines that end the text, after its body, each of them speaking of
    cookies, when the run has a heading and names the site itself ("Zudem verwendet unsere
    Website Cookies ..."): the site's cookie notice, which a page without class names leaves
    in the article's container. Lines dropped already are passed over. An article about
    cookies that ends so would speak of sites in general, not of its own."""
    run: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i] or reasons[i] is not None:
            continue
        if not any(word in lines[i].lower() for word in _COOKIE_WORDS):
            break
        run.append(i)
    if len(run) < _COOKIE_NOTICE_MIN_LINES:
        return
    start = run[-1]
    if not any(reasons[i] is None and _is_body(lines[i]) for i in range(start)):
        return
    if any(
        len(lines[i]) <= _COOKIE_HEADING_MAX_CHARS and not lines[i].endswith(".") for i in run
    ) and any(_OWN_SITE_RE.search(lines[i]) for i in run):
        for i in run:
            reasons[i] = "cookie"


# The heading of a closing note about the author ("Die Autorin", "About the author").
_AUTHOR_HEADING_RE = re.compile(
    r"^(?:(?:der|die) autor(?:in|en|innen)?|zu[rm] (?:autor(?:in)?|person)|über (?:den|die)"
    r" autor(?:in)?|(?:about|on) the authors?|the authors?|(?:à propos de )?l'auteure?"
    r"|sobre el autor|el autor|la autora|l'autore|sull'autore|(?:sobre )?o autor|a autora"
    r"|over de auteur|de auteur|o autorze|autor(?:ka)?)\s?:?$",
    _I,
)
# The note under that heading: a paragraph or two of biography, at the end of the text.
_AUTHOR_NOTE_MAX_LINES = 2
_AUTHOR_NOTE_MAX_CHARS = 600


# The families of line rules whose label, set as a heading, titles a box of page furniture:
# a donation appeal, a newsletter form, a share bar. Not "comments": on a blog the readers'
# comments under "36 Comments" may be text worth keeping (dev half A expects one page's), the
# counter and the reply form are cleaning's.
_BOX_FAMILIES = frozenset({"support", "newsletter", "share", "paywall"})
# Their rules alone: a heading is tried with these, not with every line rule.
_BOX_RULES = _RuleIndex([r for r in LINE_RULES if r.family in _BOX_FAMILIES])
# The rules of a date on a line of its own, which a part of a byline's row may be.
_DATE_RULES = _RuleIndex([r for r in LINE_RULES if r.family == "dateline"])
# Headings only: "Aller plus loin" and its kin open prose too ("Aller plus loin, c'est ..."),
# so they are no line rule; as the whole text of a heading they title further reading.
_FURTHER_HEADING_RE = re.compile(
    r"^(?:(?:pour )?aller plus loin|(?:going|to go) further|weiterführende informationen"
    r"|para ir más (?:lejos|allá)|para ir mais longe|per saperne di più|verder lezen"
    r"|meer weten|dalsza lektura)\s?:?$",
    _I,
)


# Headings asked of :func:`heading_label` whose answers are kept: a site repeats the same few
# dozen box titles on every page ("Mehr zum Thema", "Newsletter"), each tried with every box
# rule; 49 distinct texts among the 2,607 headings of the 300 pages of the generated site.
_HEADING_CACHE = 4096


@functools.lru_cache(maxsize=_HEADING_CACHE)
def heading_label(heading: str) -> str | None:
    """The kind of page furniture a heading's text (whitespace-collapsed) names, or None:
    ``author`` ("Über den Autor"), ``teaser`` (a read-also label: "Related", "Pour aller plus
    loin"), ``further`` ("Aller plus loin") or a line family that titles a
    box ("3 Kommentare", "Leave a reply", "Support us"). Such a heading titles the box under
    it, whatever the box's class names say or do not say. A pure function of the text, so the
    last answers are kept (:data:`_HEADING_CACHE`)."""
    line = _probe(heading)
    if _AUTHOR_HEADING_RE.match(line):
        return "author"
    if _FURTHER_HEADING_RE.match(line):
        return "further"
    if _teaser_marker(line)[0]:
        # With what follows the label on the heading too ("Related — 有關"): the box's title.
        return "teaser"
    return _BOX_RULES.family(line)


def _drop_author_note(lines: list[str], reasons: list[str | None]) -> None:
    """Drop an "about the author" heading that follows the body and the short biography under
    it, when they end the text. A heading higher up may title an interview section and stays.
    """
    kept = [i for i, line in enumerate(lines) if line and reasons[i] is None]
    body = [i for i in kept if _is_body(lines[i])]
    tail = kept[-_AUTHOR_NOTE_MAX_LINES - 1 :]
    for n, i in enumerate(tail):
        note = tail[n + 1 :]
        if (
            body
            and i > body[0]
            and note
            and _AUTHOR_HEADING_RE.match(_probe(lines[i]))
            and all(len(lines[j]) <= _AUTHOR_NOTE_MAX_CHARS for j in note)
        ):
            for j in (i, *note):
                reasons[j] = "author_note"
            return


def _drop_citation_reference(lines: list[str], reasons: list[str | None]) -> None:
    """Drop the reference under a suggested citation's label that stands alone on its line
    ("Zitiervorschlag" over "Doe, Jane: Title, Blog, 2019, https://..."): the next line,
    when it is no longer than a reference and holds a year. A reference so taken is no label
    itself, however short: it takes nothing under it."""
    label = False
    for i, line in enumerate(lines):
        if not line:
            continue
        if (
            label
            and reasons[i] is None
            and len(line) <= CITATION_MAX_CHARS
            and _YEAR_RE.search(line)
        ):
            reasons[i] = "citation"
            label = False
            continue
        label = reasons[i] == "citation" and len(line) <= _CITATION_LABEL_MAX_CHARS


# A byline on a line of its own: "Von Jane Doe", "VON Sina Giebel", "By Jane Doe and John
# Roe", "Ein Kommentar von Jane Doe", "Texte : Jeanne Dupont". Names are capitalised words
# (with particles such as "von", "de"); only lines at the edges of the article are looked at
# (see _drop_stray_labels), where "Von Menschen und Tieren" would be a kicker anyway.
_NAME = r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’.-]*"
_PARTICLE = r"(?:von|van|de|der|den|la|le|du|di|da|dos|del|ten|zu|y)"
_BYLINE_RE = re.compile(
    r"^(?i:(?:ein(?:e)?\s(?:kommentar|gastbeitrag|beitrag|analyse|kolumne|interview|bericht"
    r"|reportage|essay|glosse)\s)?(?:von|by|par|por|di|door|przez|autor(?:in|ka)?|author"
    r"|auteure?|texte?|written by|story by|words by|posted by|geschrieben von|publié par"
    r"|escrito por|scritto da|escrito por|geschreven door|napisał[a]?))\s?:?\s"
    rf"{_NAME}(?:(?:\s|,\s|\s(?:und|and|et|y|e|en|i|&)\s)(?:{_PARTICLE}\s)?{_NAME}){{0,4}}$"
)
_BYLINE_MAX_CHARS = 80


# The editors' initials that close a report, in brackets: "(vyp/kna)", "(pm – gs)", "(red)",
# "(dpa/jpk)". Two to four letters each, or several joined by slashes or dashes; a bracketed
# word such as "(laughs)" at the end of a transcript is longer than one sigil.
_SIGIL = r"[a-zäöüß]{1,6}"
_SIGLA_RE = re.compile(
    rf"^\((?:[a-zäöüß]{{2,4}}|{_SIGIL}(?:\s?[/,;–-]\s?{_SIGIL}){{1,3}})\)\.?$", _I
)


def _byline(line: str) -> bool:
    return len(line) <= _BYLINE_MAX_CHARS and bool(_BYLINE_RE.match(line))


# The parts of a byline's row: "Von Redaktion · 2025-03-01", "By Jane Doe | March 3, 2025".
_ROW_SEPARATOR_RE = re.compile(r"\s[·•|]\s")
_BYLINE_ROW_MAX_CHARS = 160


def _byline_row(line: str) -> bool:
    """A byline and the story's date in one row, parted by a dot or a bar: the row a page
    sets under its headline, whose class name ("byline", "meta") tells it where the page has
    one. The other parts may name the sections or count the comments; one is a date
    (:data:`_DATE_RULES`)."""
    if len(line) > _BYLINE_ROW_MAX_CHARS:
        return False
    parts = _ROW_SEPARATOR_RE.split(line)
    if len(parts) > 1:
        return _byline(_SECTIONS_AFTER_NAME_RE.sub("", parts[0])) and any(
            _DATE_RULES.family(part) for part in parts[1:]
        )
    # The same row with no mark between its parts: the date, then the byline ("Domenica 19
    # Aprile 2020 di Jane Doe", "Sunday, April 19, 2020 by Jane Doe"), or the byline, a comma
    # and the date ("By Jane Doe, April 19, 2020", "Von Jane Doe, 19. April 2020").
    if (match := _DATE_THEN_BYLINE_RE.match(line)) is not None and _DATE_RULES.family(
        match["date"]
    ):
        return _byline(match["byline"])
    cuts = [m.start() for m in re.finditer(", ", line)]
    return any(
        _byline(line[:cut]) and _DATE_RULES.family(line[cut + 2 :]) is not None for cut in cuts
    )


# Where a byline's word follows a date in one row: the date holds a digit, the byline is the
# rest (:func:`_byline_row`).
_DATE_THEN_BYLINE_RE = re.compile(
    r"^(?P<date>[^|·•]*\d[^|·•]*?)[,.]?\s(?P<byline>(?:von|by|par|por|di|door|przez)\s.+)$", _I
)


# A blog's row may name the sections after the byline: "By Jane Doe, in News, Business".
_SECTIONS_AFTER_NAME_RE = re.compile(r",\s(?:in|dans|en|em|w)\s[^,]+(?:,\s[^,]+)*$")


# A line of Japanese or Korean prose ends in a verb's polite or past form even without its full
# stop: a blog writes a sentence a line and may leave the stop out ("無事に終えたことに感謝です",
# "山頂にきました", "끝났다"). Written without spaces, such a line reads as one word; a label
# ("登山道", "ハイキング", "もっと見る") ends in a noun or a verb's plain form (round 37, the fresh
# pool: the last four lines of a hiking blog went as labels).
_WIDE_SENTENCE_END_RE = re.compile(
    r"(?:ます|です|ました|でした|ません|ましょう|[다요])[.!?。！？]?$"
)


def _wide_sentence(line: str) -> bool:
    return bool(_WIDE_SENTENCE_END_RE.search(line)) and bool(_WIDE_RE.search(line))


def _drop_stray_labels(lines: list[str], reasons: list[str | None]) -> None:
    """Drop runs of one- or two-word labels touching the first or last body paragraph.

    A subheading sits between body paragraphs, so labels are only looked for outside them.
    Directly above the first paragraph sit kickers and credits ("das Wesentliche", "CNN"); a
    short line higher up that is followed by other short lines heads a list or a recipe
    ("Agenda", "Zutaten") and stays. Directly below the last paragraph only one-word lines go
    ("Belgium"): two-word lines there are sign-offs and bylines ("x Franzi", a `with` snippet
    in realpages). Texts without any body paragraph are left alone: nothing anchors the runs.
    """
    body = [i for i, line in enumerate(lines) if line and reasons[i] is None and _is_body(line)]
    if not body:
        return
    # The line right after the last body paragraph, when it is a byline ("von Jane Doe"),
    # whatever follows it: the credit that closes the story, over the page's furniture.
    after = next(
        (i for i in range(body[-1] + 1, len(lines)) if lines[i] and reasons[i] is None), None
    )
    if after is not None and (_byline(probe := _probe(lines[after])) or _byline_row(probe)):
        reasons[after] = "byline"
    # A byline's row with the date may stand under the standfirst, before the second line of
    # the body: the row under the headline, whatever comes first.
    for i in range(body[1] if len(body) > 1 else body[0]):
        if lines[i] and reasons[i] is None and _byline_row(_probe(lines[i])):
            reasons[i] = "byline"
    for indices, label_re in (
        (range(body[0] - 1, -1, -1), _TWO_WORDS_RE),
        (range(len(lines) - 1, body[-1], -1), _ONE_WORD_RE),
    ):
        for i in indices:
            if not lines[i] or reasons[i] is not None:
                continue
            probe = _probe(lines[i])
            if _byline(probe) or _byline_row(probe):
                reasons[i] = "byline"
                continue
            if label_re is _ONE_WORD_RE and _SIGLA_RE.match(probe):
                reasons[i] = "sigla"
                continue
            if len(probe) > _LABEL_MAX_CHARS or not label_re.match(probe) or _wide_sentence(probe):
                break
            reasons[i] = "label"


def clean_text(
    text: str,
    *,
    title: str | None = None,
    extra_patterns: Sequence[str | re.Pattern[str]] = (),
    learned: Collection[str] = (),
) -> str:
    """The article text of ``text`` without boilerplate lines.

    ``title``: the article's headline; copies of it in the text are dropped. ``extra_patterns``:
    per-source regexes, a line matching any is dropped. ``learned``: :func:`line_key` keys of
    lines learned as boilerplate for this source. Output lines are a subset of the input lines,
    in order; cleaning twice gives the same text as cleaning once.
    """
    return clean_with_counts(text, title=title, extra_patterns=extra_patterns, learned=learned)[0]


def clean_with_counts(
    text: str,
    *,
    title: str | None = None,
    extra_patterns: Sequence[str | re.Pattern[str]] = (),
    learned: Collection[str] = (),
) -> tuple[str, Counter[str]]:
    """:func:`clean_text`, plus how many lines each rule family dropped (for crawl stats)."""
    out: list[str] = []
    dropped: Counter[str] = Counter()
    pending_blank = False
    for line, reason in drop_reasons(
        text, title=title, extra_patterns=extra_patterns, learned=learned
    ):
        if reason is not None:
            if line:
                dropped[reason] += 1
            continue
        if not line:
            pending_blank = bool(out)
            continue
        if pending_blank:
            out.append("")
            pending_blank = False
        out.append(line)
    return "\n".join(out), dropped
