"""What the full extraction, run again on a doubted fast text, must not lose: the fast text.

trafilatura runs fast first; where the second opinion doubts the fast text (much shorter than
the page's main content, :func:`pipelines.text.consensus.uncertain`), the full extraction
replaces it. Mostly the full text holds the fast one and more. Sometimes it holds none of it:
the full extraction's baselines chose another box of the page (a long list of notices under a
short story, the article's second half in a container of its own), and the story's paragraphs
that the fast text had are gone. The second opinion, which reads the whole main content, tells
the two cases apart: where the full text holds none of the fast text's runs of tokens while the
second opinion holds the fast text, both are parts of the main content, and neither is the
other's mistake.

Where the two sit in the page tells the story's second half from another box. A story split
between two containers reads on without a break: in the second opinion's reading of the page,
the full text's first paragraph follows the fast text's last one, with at most a caption, an
advertisement's label or a short box of links between them (:data:`MAX_GAP`). A box under the
story is set apart from it: the story's end, then the page's comment counter, a few teasers and
the box's own heading ("Gyász", mourning, over a regional paper's death notices) before its
first notice. So where the full text follows the fast text with more than :data:`MAX_GAP`
blocks between, the full extraction took another box (:func:`full_elsewhere`): the fast text
stays alone, the box goes. Where they are near, the two are kept together
(:func:`kept_together`), in the order the second opinion reads them; the rules after the
extraction judge the blocks of both, as they judge the blocks of one.

Round 48, measured with ``benchmarks.text_quality`` in every mode: the rule keeps the two
together on four pages of half A and the tune set as they are (five under ``tags``, one under
``classes``), on no held-out page. On three the fast text is the story (the full extraction
took a box of death notices under it, on two sites of one publisher) or its opening paragraphs
(the rest of the story sits in a container of its own): must-keep kept 99.0 to 100 % on
``datesA/labelled`` and 98.0 to 99.6 % on ``datesB/tune`` (pages entirely right 62.4 to 64.7 %),
as they are and under ``tags``; on the fourth (a review's abstract above its text) no figure
moves, and no snippet leaks that did not before.

Round 61, the box apart: on dev half A and the tune set the full text follows the fast text
with no block between on the pages where it holds the story's rest, and with nine and more (a
comment counter, teasers, the box's heading) on the two pages where it holds the death notices
under a short story; there the notices now go, as they are and under ``tags`` (under
``classes`` the rule keeps no notices box). ``datesA/labelled``: must-drop leaked 2.8 -> 1.8 %,
pages entirely right 96.9 -> 97.9 % as they are; 5.5 -> 4.6 % and 95.8 -> 96.9 % under
``tags``; the tune page's notices were no labelled snippet. No held-out figure moves in any
mode.

Pure functions of strings.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipelines.text import consensus

# The full text holds at most this share of the fast text's runs of tokens: it found another
# part of the page, not more of the same (the full text of a page whose fast text it extends
# holds all of it, 0.9 and more on the dev sets; of one whose fast text it left, under 0.03).
DISJOINT_SHARE = 0.1
# The second opinion holds at least this share of the fast text's runs: the fast text is part
# of the page's main content, not a box fast mode took for it.
CONFIRMED_SHARE = 0.5
# At most this many of the second opinion's blocks between the fast text's last paragraph and
# the full text's first: the story read on, past a caption, an advertisement's label or a short
# box of links set inside it ("Read also" and three headlines). None on the dev pages whose full
# text holds the story's rest, nine and more before a box of notices: the bound sits nearer the
# story's side because dropping a story's second half costs more than keeping a box.
MAX_GAP = 5


def kept_together(fast: str, full: str, second: Sequence[str]) -> str | None:
    """The text of ``fast`` and ``full`` (trafilatura's fast and full texts, paragraphs by
    line) together, in the order of ``second`` (the second opinion's paragraphs), where the
    full text holds none of the fast one, the second opinion holds both and reads them near
    each other; None where the full text is to replace the fast one as it is, or is another box
    (:func:`full_elsewhere`)."""
    spans = _spans(fast, full, second)
    if spans is None or _apart(*spans):
        return None
    (fast_at, _), (full_at, _) = spans
    first, then = (fast, full) if fast_at < full_at else (full, fast)
    return f"{first.rstrip()}\n{then.lstrip()}"


def full_elsewhere(fast: str, full: str, second: Sequence[str]) -> bool:
    """Whether ``full`` is another box of the page under the story ``fast`` is: it holds none of
    the fast text, the second opinion holds both, and reads the full text after the fast one
    with more than :data:`MAX_GAP` blocks between them."""
    spans = _spans(fast, full, second)
    return spans is not None and _apart(*spans)


def _apart(fast: tuple[int, int], full: tuple[int, int]) -> bool:
    """Whether the full text's span of the second opinion starts more than :data:`MAX_GAP`
    blocks after the fast text's ends. A full text read before the fast one is no box under
    the story: that case is the two texts kept together, as before."""
    return full[0] - fast[1] - 1 > MAX_GAP


def _spans(
    fast: str, full: str, second: Sequence[str]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the second opinion reads ``fast`` and ``full`` (:func:`_span`), where the full
    text holds none of the fast one and the second opinion holds both; None otherwise."""
    if not fast.strip() or not full.strip() or not second:
        return None
    if consensus.shared_share(fast, full) > DISJOINT_SHARE:
        return None
    main = "\n".join(second)
    if min(consensus.shared_share(fast, main), consensus.shared_share(full, main)) < (
        CONFIRMED_SHARE
    ):
        return None
    fast_span, full_span = _span(fast, second), _span(full, second)
    if fast_span is None or full_span is None:
        return None
    return fast_span, full_span


def _span(text: str, second: Sequence[str]) -> tuple[int, int] | None:
    """Where ``text`` is read in ``second``: the index of the first paragraph of ``second``
    aligned with a paragraph of ``text``, and the first index aligned with the last of its
    paragraphs that aligns (a page may repeat the story's opening words further down, in a
    teaser to it; its last paragraph is where it ends)."""
    blocks = [line for line in text.splitlines() if line.strip()]
    places = [
        (k, target)
        for k, target in enumerate(consensus.align(blocks, second))
        if target is not None and target >= 0
    ]
    if not places:
        return None
    last = max(target for _, target in places)
    return places[0][0], next(k for k, target in places if target == last)
