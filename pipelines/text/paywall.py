"""Is the stored text a paywalled article's teaser? A pure decision from three kinds of evidence.

* the page says so: JSON-LD ``"isAccessibleForFree": false`` (Google's markup for subscription
  content, the strongest signal);
* the wall's own text inside the extracted text ("To view the full story, please subscribe",
  "Pour accéder en illimité"), which cleaning drops as its ``paywall`` family;
* wall markup (a ``paywall`` / ``piano`` / ``premium-content`` container) together with an
  ending that is cut off mid-sentence or with an ellipsis. Markup alone is not enough: many
  sites load the wall's script on free articles too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ELLIPSIS_RE = re.compile(r"(?:\.\.\.|…)$")
_LETTER_END_RE = re.compile(r"[^\W\d_]$")
# A paragraph cut mid-sentence is long and ends on a letter. Short unpunctuated endings are
# sign-offs and credits ("mit dpa", a letter writer's name); on the dev sets they were the
# false alarms of a looser rule.
_CUT_MIN_CHARS = 80


@dataclass(frozen=True)
class Paywall:
    paywalled: bool
    reasons: tuple[str, ...] = ()


def truncated(text: str) -> bool:
    """The text's last paragraph ends cut off: an ellipsis, or a long paragraph ending on a
    letter, without closing punctuation."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    last = lines[-1]
    return bool(_ELLIPSIS_RE.search(last)) or (
        len(last) >= _CUT_MIN_CHARS and bool(_LETTER_END_RE.search(last))
    )


def paywall_status(
    *,
    accessible_for_free: bool | None,
    wall_lines: int,
    wall_markup: bool,
    text: str,
) -> Paywall:
    """Decide ``paywalled`` from the page's JSON-LD, the count of wall lines cleaning dropped,
    whether the page has wall markup, and the stored text."""
    reasons = []
    if accessible_for_free is False:
        reasons.append("jsonld")
    if wall_lines:
        reasons.append("wall_text")
    if wall_markup and truncated(text):
        reasons.append("markup_truncated")
    return Paywall(bool(reasons), tuple(reasons))
