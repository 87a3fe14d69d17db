"""What the full extraction, run again on a doubted fast text, must not lose: the fast text.

trafilatura runs fast first; where the second opinion doubts the fast text (much shorter than
the page's main content, :func:`pipelines.text.consensus.uncertain`), the full extraction
replaces it. Mostly the full text holds the fast one and more. Sometimes it holds none of it:
the full extraction's baselines chose another box of the page (a long list of notices under a
short story, the article's second half in a container of its own), and the story's paragraphs
that the fast text had are gone. The second opinion, which reads the whole main content, tells
the two cases apart: where the full text holds none of the fast text's runs of tokens while the
second opinion holds the fast text, both are parts of the main content, and neither is the
other's mistake. The two are then kept together, in the order the second opinion reads them;
the rules after the extraction judge the blocks of both, as they judge the blocks of one.

Round 48, measured with ``benchmarks.text_quality`` in every mode: the rule keeps the two
together on four pages of half A and the tune set as they are (five under ``tags``, one under
``classes``), on no held-out page. On three the fast text is the story (the full extraction
took a box of death notices under it, on two sites of one publisher) or its opening paragraphs
(the rest of the story sits in a container of its own): must-keep kept 99.0 to 100 % on
``datesA/labelled`` and 98.0 to 99.6 % on ``datesB/tune`` (pages entirely right 62.4 to 64.7 %),
as they are and under ``tags``; on the fourth (a review's abstract above its text) no figure
moves, and no snippet leaks that did not before.

Round 51 tried telling the notices box from the story's second half by where the second opinion
reads them (the story's rest right after the fast text, the box nine and more blocks later) and
dropping the box. It fixed the one labelled page of that publisher and no held-out page, and a
story split by a gallery or a list of video captions (more blocks between its halves than any
bound allows) lost its second half: the second opinion's strings do not tell captions from
teasers. A leaked box costs less than a lost half of a story, so both are kept together still.

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


def kept_together(fast: str, full: str, second: Sequence[str]) -> str | None:
    """The text of ``fast`` and ``full`` (trafilatura's fast and full texts, paragraphs by
    line) together, in the order of ``second`` (the second opinion's paragraphs), where the
    full text holds none of the fast one and the second opinion holds both; None where the full
    text is to replace the fast one as it is."""
    if not fast.strip() or not full.strip() or not second:
        return None
    if consensus.shared_share(fast, full) > DISJOINT_SHARE:
        return None
    main = "\n".join(second)
    if min(consensus.shared_share(fast, main), consensus.shared_share(full, main)) < (
        CONFIRMED_SHARE
    ):
        return None
    fast_at, full_at = _first_place(fast, second), _first_place(full, second)
    if fast_at is None or full_at is None:
        return None
    first, then = (fast, full) if fast_at < full_at else (full, fast)
    return f"{first.rstrip()}\n{then.lstrip()}"


def _first_place(text: str, second: Sequence[str]) -> int | None:
    """The index of the first paragraph of ``second`` aligned with a paragraph of ``text``."""
    blocks = [line for line in text.splitlines() if line.strip()]
    for k, target in enumerate(consensus.align(blocks, second)):
        if target is not None and target >= 0:
            return k
    return None
