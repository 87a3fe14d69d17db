"""Every line a needle rule's pattern matches holds one of its needles, as the rule is tested.

A rule with needles (:class:`pipelines.text.rules.rule.Rule`) is searched only when the line,
folded as :func:`pipelines.text.cleaning.needle_fold` folds it, holds one of them: a phrase its
pattern matches but its needles miss is never dropped, and no test of the phrase alone shows
it, as the rule's own pattern matches it. Round 64 found six such rules this way: a rights
notice in Catalan, Croatian and Serbian (its words not among the needles; other rules drop
those lines alone), the Italian "nella tua email", a French disclaimer without
"nécessairement", app calls in Greek capitals and in Polish and Spanish ("aplikację"), and
Turkish in capitals ("İZİNSİZ KULLANILAMAZ": ``"I".lower()`` is "i", not the needle's "ı",
and ``"İ".lower()`` an "i" with a combining dot).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.text import cleaning
from pipelines.text.rules.order import LINE_RULES
from pipelines.text.rules.rule import Rule, lookahead_words

# The rules whose needles are written by hand: those read from the pattern's own lookahead
# (pipelines.text.rules.rule.lookahead_words) are the words the pattern demands, and
# generating lines for their lookarounds cost most of this test's time (17 s for one).
_NEEDLE_RULES = [
    rule
    for rule in LINE_RULES
    if rule.needles and rule.needles != lookahead_words(rule.source, rule.flags)
]


def test_there_are_needle_rules_to_check() -> None:
    assert len(_NEEDLE_RULES) > 40


@pytest.mark.parametrize(
    "rule", _NEEDLE_RULES, ids=[f"{n}-{r.family}" for n, r in enumerate(_NEEDLE_RULES)]
)
def test_a_line_the_pattern_matches_holds_a_needle(rule: Rule) -> None:
    pattern = re.compile(rule.source, rule.flags)
    needles = [cleaning.needle_fold(needle) for needle in rule.needles]
    missed: list[str] = []

    @settings(
        max_examples=40,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.from_regex(pattern))
    def check(line: str) -> None:
        folded = cleaning.needle_fold(line)
        if len(line) <= rule.max_chars and not any(needle in folded for needle in needles):
            missed.append(line)

    check()
    assert missed == [], f"matched, yet no needle of {rule.needles} held: {missed[:3]}"


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Ricevi le notizie direttamente nella tua email!", "newsletter"),
        ("ΚΑΤΕΒΑΣΤΕ ΤΗΝ ΕΦΑΡΜΟΓΗ ΜΑΣ", "app"),
        ("İZİNSİZ KULLANILAMAZ.", "copyright"),
        ("Ces propos ne reflètent pas l'opinion de la rédaction.", "disclaimer"),
        # The near misses: the same words in a story's sentence.
        ("Der Bescheid kam nella tua email, schrieb die Behörde, und nicht per Post.", None),
        ("Η εφαρμογή της απόφασης καθυστερεί, είπε ο υπουργός στη Βουλή σήμερα.", None),
        ("Bakanlık, verilerin izinsiz kullanılamaz olduğunu açıkladı.", None),
        ("Les chiffres ne reflètent pas la réalité du terrain, selon le syndicat.", None),
    ],
)
def test_a_phrase_its_needles_missed_is_dropped(line: str, family: str | None) -> None:
    assert cleaning._LINE_INDEX.family(line) == family
