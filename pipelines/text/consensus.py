"""A second extractor's opinion, aligned with trafilatura's paragraphs at token-run level.

trafilatura is precise but sometimes skips a paragraph inside the article (a block in an
unusual container, an address, a closing remark). resiliparse's main-content extraction is an
independent algorithm (C++, about 2 ms a page here) that keeps more, boilerplate included. Taking
the union would import its boilerplate; taking the intersection loses recall. So the opinions
are aligned: each of resiliparse's paragraphs is matched against trafilatura's text by shared
runs of four tokens, and a paragraph trafilatura lacks is taken only when it sits *between* two
paragraphs both extractors found (inside the article, not around it) and reads like body text.
The one exception around it: the block directly above the paragraph aligned with
trafilatura's first, when it reads as a sentence: the standfirst or an opening note that
trafilatura cut off with the page's header.

The second opinion also says when trafilatura's fast mode (no comparison with its own
readability and jusText baselines) is not to be trusted: :func:`uncertain`.

Everything here is a pure function of strings.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree

from pipelines.text.structured import ends_as
from pipelines.text.words import separator_table, spaced_words

# What separates tokens (:func:`_tokens`): every character but letters, digits and "_".
_WORD_TABLE = separator_table(keep="_")
# Runs of this many tokens are the unit of alignment: long enough that two unrelated
# paragraphs rarely share one, short enough that a paragraph trafilatura split or trimmed
# still matches.
SHINGLE = 4
# A second-opinion paragraph with at least this share of its runs in trafilatura's text is the
# same paragraph; with at most ABSENT_SHARE it is one trafilatura does not have.
ALIGNED_SHARE = 0.5
ABSENT_SHARE = 0.1
# A paragraph is taken from the second opinion only when it reads like prose: this long and
# ending like a sentence. Shorter blocks between paragraphs are captions, credits and labels.
# Measured on dev half A (129 pages): no lower floor (80, 60, 40, 20) and no dropping of the
# sentence test restores one expected item more; what they add is a question heading, a
# teaser headline, a newsletter or subscription line, a caption or credit (at 100 without the
# sentence test, five blocks, none of the expected bodies'; at 20, two must-drop lines leak).
INSERT_MIN_CHARS = 100
# Right before the first paragraph (:func:`_opening`) a shorter sentence is taken too, with
# this many words: fewer is a label or a name.
OPENING_MIN_WORDS = 5
# The characters a sentence ends with (:func:`ends_as`). Not ")": "Download (123 KB)",
# "(Photo: ...)" end that way.
_SENTENCE_ENDS = '.!?…"“”»'
# trafilatura's fast text is doubted when it holds less than this share of the characters of
# the second opinion's main content, or fewer characters than trafilatura's own floor for a
# usable extraction (its MIN_EXTRACTED_SIZE, 250). On dev half A every page where the full
# extraction beat the fast one had a share under 0.06 or a text under 250 characters; 0.5
# leaves room for pages outside it, and re-extracts about one page in twelve.
UNCERTAIN_SHARE = 0.5
UNCERTAIN_MIN_CHARS = 250
# The fast text is also doubted when the two opinions disagree on what the article is: neither
# holds this share of the other's runs of tokens, while the second opinion found a usable text
# (at least UNCERTAIN_MIN_CHARS). Fixed before measuring, not swept: "most of each is missing
# from the other". On dev half A it re-extracts 2 of 129 pages.
DISAGREE_SHARE = 0.3


def second_opinion(html: str) -> list[str]:
    """resiliparse's main-content paragraphs of ``html``, whitespace-collapsed and composed
    (NFC, as trafilatura's paragraphs are in :func:`pipelines.text.page.flat`), in order."""
    text = extract_plain_text(
        HTMLTree.parse(html),
        main_content=True,
        list_bullets=False,
        links=False,
        alt_texts=False,
        noscript=False,
        form_fields=False,
    )
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return [line for line in (" ".join(raw.split()) for raw in text.splitlines()) if line]


def uncertain(primary: str, second: Sequence[str]) -> bool:
    """Whether trafilatura's fast text ``primary`` may have missed the article: much shorter
    than the second opinion's main content, too short to be an article at all, or about
    something else than the second opinion's text (fast mode took a box, a teaser list or
    another article for the main content; the full extraction's baselines can correct that)."""
    chars, second_chars = len(primary), sum(map(len, second))
    if chars < UNCERTAIN_MIN_CHARS or chars < UNCERTAIN_SHARE * second_chars:
        return True
    if second_chars < UNCERTAIN_MIN_CHARS:
        return False
    lines = primary.splitlines()
    if _agrees_by_shared_lines(lines, second):
        return False
    # Tokens never span a line break, so a text's are its lines' in turn: read per line, they
    # are the ones :func:`align` reads next (kept by :func:`_tokens`).
    mine = _shingle_set(_text_tokens(lines))
    theirs = _shingle_set(_text_tokens(second))
    if not mine or not theirs:
        return False
    common = len(mine & theirs)
    return common < DISAGREE_SHARE * len(mine) and common < DISAGREE_SHARE * len(theirs)


def _agrees_by_shared_lines(lines: Sequence[str], second: Sequence[str]) -> bool:
    """Whether the lines of the primary text that the second opinion holds as they are already
    give :func:`uncertain`'s two sets of runs :data:`DISAGREE_SHARE` of the primary's in
    common, so that the texts cannot disagree: the answer without building either set.

    A run of :data:`SHINGLE` tokens inside such a line is a run of both texts' token streams,
    and the primary's set holds at most one run per token past the first ``SHINGLE - 1``: once
    the shared lines' distinct runs reach the share of that bound, they reach it of the set's
    size too. Most of the second opinion's paragraphs are trafilatura's as they are; where
    they are not, nothing is decided here. A line of fewer tokens than a run is passed over
    (its one short tuple is no run of the stream)."""
    tokens = [_tokens(line) for line in lines]
    bound = sum(map(len, tokens)) - SHINGLE + 1
    if bound < 1:
        return False
    need = DISAGREE_SHARE * bound
    theirs = set(second)
    shared: set[tuple[str, ...]] = set()
    for line, words in zip(lines, tokens, strict=True):
        if len(words) >= SHINGLE and line in theirs:
            shared.update(zip(*(words[i:] for i in range(SHINGLE)), strict=False))
            if len(shared) >= need:
                return True
    return False


@functools.lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[str, ...]:
    """The case-folded words of ``text``, the runs of ``\\w+`` (letters, digits and "_") in
    it; kept, since a page's paragraphs are read by :func:`uncertain` and again by
    :func:`align`. Made by :func:`spaced_words`: the search took a third more time."""
    return tuple(spaced_words(text.casefold(), _WORD_TABLE).split())


def _text_tokens(lines: Iterable[str]) -> list[str]:
    """The tokens of ``lines`` joined by line breaks, read line by line."""
    return [token for line in lines for token in _tokens(line)]


def _shingles(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    if len(tokens) < SHINGLE:
        return [tuple(tokens)] if tokens else []
    # zip over shifted slices (shorter ones end it) builds the runs in C: a third of the time
    # of slicing out each run.
    return list(zip(*(tokens[i:] for i in range(SHINGLE)), strict=False))


def _shingle_set(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    """The set of :func:`_shingles`, built from the runs as zip makes them: without the list
    between (two texts of a page, several hundred runs each, are compared as sets)."""
    if len(tokens) < SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return set(zip(*(tokens[i:] for i in range(SHINGLE)), strict=False))


@dataclass(frozen=True)
class Insertion:
    """A paragraph of the second opinion to insert after trafilatura's paragraph ``after``."""

    after: int
    text: str


def align(primary: Sequence[str], second: Sequence[str]) -> list[int | None]:
    """For each paragraph of ``second``: the index of the ``primary`` paragraph it matches,
    -1 when it is absent from ``primary``, None when the evidence is mixed."""
    owner: dict[tuple[str, ...], int] = {}
    # Each distinct block's runs, built once: most of the second opinion's paragraphs are
    # trafilatura's as they are, and building the runs is most of this function's cost.
    runs: dict[str, list[tuple[str, ...]]] = {}
    for i, block in enumerate(primary):
        shingles = runs.get(block)
        if shingles is None:
            shingles = runs[block] = _shingles(_tokens(block))
        for shingle in shingles:
            owner.setdefault(shingle, i)
    out: list[int | None] = []
    for block in second:
        shingles = runs.get(block)
        if shingles is None:
            shingles = _shingles(_tokens(block))
        if not shingles:
            out.append(None)
            continue
        hits = [owner[s] for s in shingles if s in owner]
        share = len(hits) / len(shingles)
        if share >= ALIGNED_SHARE:
            out.append(max(set(hits), key=hits.count))
        elif share <= ABSENT_SHARE:
            out.append(-1)
        else:
            out.append(None)
    return out


@functools.lru_cache(maxsize=4)
def _runs(text: str) -> frozenset[tuple[str, ...]]:
    """The runs of tokens of ``text``, kept for the next call: an article's text is compared
    with each of its lead candidates in turn. Read per line: its paragraphs' are known."""
    return frozenset(_shingles(_text_tokens(text.splitlines())))


def shared_share(part: str, whole: str) -> float:
    """Share of ``part``'s runs of tokens that occur in ``whole`` (1.0 or 0.0 for a part too
    short to have one run: then whether it occurs as a substring)."""
    mine = _tokens(part)
    if len(mine) < SHINGLE:
        return 1.0 if " ".join(part.split()) in " ".join(whole.split()) else 0.0
    runs = _runs(whole)
    shingles = _shingles(mine)
    return sum(s in runs for s in shingles) / len(shingles)


def prose(block: str) -> bool:
    """Whether ``block`` reads like a paragraph of body text: long, and ending as a sentence."""
    return len(block) >= INSERT_MIN_CHARS and ends_as(block, _SENTENCE_ENDS)


def insertions(
    primary: Sequence[str], second: Sequence[str], links: Collection[str] = ()
) -> list[Insertion]:
    """Paragraphs of ``second`` that ``primary`` lacks, sitting between two aligned ones.

    ``links``: whitespace-collapsed texts of the page's links; a paragraph that is entirely a
    link is a teaser, never article text. The aligned neighbours must be in order in
    ``primary`` too (a gap between paragraph 3 and paragraph 1, or between paragraph 3 and
    paragraph 3 found again, is not inside the article).
    """
    # Only a prose paragraph missing from ``primary`` can be inserted. One that is a substring
    # of a primary paragraph shares nearly all its runs with it, so when there is no other
    # candidate the token alignment (the costly part) cannot find anything: skip it. Most
    # blocks are a primary paragraph as it is: found in a set, only the others are searched
    # for in the whole text (a search each grew with the article's length squared: 130 ms on
    # an article of 2,600 paragraphs, benchmarks/worst_cost.py).
    joined = "\n".join(primary)
    same = set(primary)
    if not any(
        (prose(block) or _opening_like(block)) and block not in same and block not in joined
        for block in second
    ):
        return []
    mapping = align(primary, second)
    out: list[Insertion] = []
    previous: int | None = None  # primary index of the last aligned second-opinion paragraph
    # Prose paragraphs of the current gap up to its first non-prose block. What follows a
    # label, a caption or a link in the gap is a box (a teaser's blurb), not skipped text; the
    # prose before it continues the paragraph above it (an embedded post or a share bar may
    # follow, as between any two paragraphs).
    pending: list[str] = []
    furniture = False
    opening = _opening(second, mapping, primary, links)
    if opening is not None:
        out.append(Insertion(-1, opening))
    for block, target in zip(second, mapping, strict=True):
        if target is not None and target >= 0:
            # In order, past the paragraph above: a paragraph the second opinion finds again
            # further down (a box every article of an endless page repeats) closes no gap.
            if previous is not None and pending and target > previous:
                out.extend(Insertion(previous, text) for text in pending)
            previous, pending, furniture = target, [], False
        elif (
            target == -1
            and previous is not None
            and not furniture
            and prose(block)
            and block not in links
        ):
            pending.append(block)
        else:
            furniture = True
    return out


def _opening(
    second: Sequence[str],
    mapping: Sequence[int | None],
    primary: Sequence[str],
    links: Collection[str],
) -> str | None:
    """The block right before the article's first paragraph that trafilatura cut off: the
    second opinion's block directly above the one aligned with trafilatura's first
    paragraph, absent from trafilatura's text, not a link, and a sentence: prose (the
    standfirst, which many pages set in the article's ``<header>`` with the headline, where
    trafilatura does not look) or a note of a few words ("This post originally appeared on
    ...", "Read this in Turkish here."). Anything further up, or a label, a link or a credit,
    is the page's header; a caption there is prose too, and is dropped as one by the
    structure and cleaning stages that read the inserted blocks. The header may quote a later
    paragraph (a teaser of the story's own text): only the block aligned with the first
    paragraph counts, wherever it sits."""
    for k, target in enumerate(mapping):
        if target != 0:
            continue
        if k == 0 or mapping[k - 1] != -1:
            return None
        block = second[k - 1]
        # A paragraph is a standfirst only above all of the article: below a paragraph
        # trafilatura has, it is one of a box or of another article's (out of order).
        lead = prose(block) and all(t is None or t < 0 for t in mapping[: k - 1])
        return block if (lead or _opening_like(block)) and block not in links else None
    return None


def _opening_like(block: str) -> bool:
    """A short sentence of a few words (longer ones are :func:`prose`)."""
    return (
        len(block) < INSERT_MIN_CHARS
        and ends_as(block, _SENTENCE_ENDS)
        and len(block.split()) >= OPENING_MIN_WORDS
    )


def apply_insertions(primary: Sequence[str], found: Sequence[Insertion]) -> list[str]:
    """``primary`` with each insertion placed after its paragraph (``after`` -1: before the
    first), in the second's order."""
    by_index: dict[int, list[str]] = {}
    for ins in found:
        by_index.setdefault(ins.after, []).append(ins.text)
    out: list[str] = list(by_index.get(-1, ()))
    for i, block in enumerate(primary):
        out.append(block)
        out.extend(by_index.get(i, ()))
    return out
