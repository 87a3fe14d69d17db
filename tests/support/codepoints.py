"""Texts that hold every code point, for tests that check a fast path against a definition
written with a regular expression (word characters, letters and digits) character by character.
"""

from __future__ import annotations

import random
import sys


def every_code_point_texts(before: str, after: str, seed: int) -> list[str]:
    """Every code point in runs of 64 between ``before`` and ``after``, then 2,000 random texts
    of up to 30 characters, each drawn from ASCII, from below U+3000 or from anywhere."""
    texts = [
        before + "".join(chr(c) for c in range(start, min(start + 64, sys.maxunicode + 1))) + after
        for start in range(0, sys.maxunicode + 1, 64)
    ]
    rng = random.Random(seed)
    for _ in range(2000):
        width = rng.randrange(30)
        codes = (
            rng.choice((rng.randrange(128), rng.randrange(0x3000), rng.randrange(0x110000)))
            for _ in range(width)
        )
        texts.append("".join(map(chr, codes)))
    return texts
