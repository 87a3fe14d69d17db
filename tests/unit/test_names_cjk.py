"""The letters of the scripts without case inside the credit patterns that ignore case."""

from __future__ import annotations

import re

from pipelines.text import names


def test_the_cjk_letter_read_with_case_matches_what_the_class_folded_for_case_matches() -> None:
    """``(?-i:[…])`` inside a pattern that ignores case matches every character that the class
    folded for case matches, and no other: kana, Han and Hangul have no case, and no character
    of another script folds to one of them. Every code point is tried."""
    folded = re.compile(f"[{names.CJK}]", re.I)
    with_case = re.compile(names._CJK_LETTER, re.I)
    differ = [
        hex(c)
        for c in range(0x110000)
        if (folded.fullmatch(chr(c)) is None) != (with_case.fullmatch(chr(c)) is None)
    ]
    assert differ == []
    assert with_case.fullmatch("記") and with_case.fullmatch("기") and with_case.fullmatch("か")
    assert not with_case.fullmatch("a") and not with_case.fullmatch("Ä")


def test_no_pattern_that_ignores_case_folds_the_cjk_class() -> None:
    """Each such class costs the workers' fork server about 4 ms more to compile folded for
    case, on every crawl; read with case it matches the same characters (above)."""
    bare = f"[{names.CJK}]"
    folded = [
        name
        for name, value in vars(names).items()
        if isinstance(value, re.Pattern)
        and value.flags & re.IGNORECASE
        and value.pattern.count(bare) != value.pattern.count(names._CJK_LETTER)
    ]
    ignoring_case = [
        name
        for name, value in vars(names).items()
        if isinstance(value, re.Pattern)
        and value.flags & re.IGNORECASE
        and names._CJK_LETTER in value.pattern
    ]
    assert folded == []
    assert len(ignoring_case) >= 3
