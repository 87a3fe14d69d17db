"""Stored signatures stay valid: our MinHash and band layout reproduce the recorded ones exactly.

tests/fixtures/fingerprint/golden.json was recorded with the datasketch implementation that
wrote the signatures already stored in archives (its "about" field says which versions). A
difference here means every stored signature and bucket would stop matching new ones.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from pipelines.index.copies import lsh_layout
from pipelines.text import fingerprint
from pipelines.text.fingerprint import SIGNATURE_VERSION, minhash_signature, normalize_for_hash
from tests.support.codepoints import every_code_point_texts

GOLDEN = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "fingerprint" / "golden.json").read_text("utf-8")
)


def test_signature_version_is_the_recorded_one() -> None:
    assert GOLDEN["signature_version"] == SIGNATURE_VERSION


@pytest.mark.parametrize(
    "case",
    GOLDEN["signatures"],
    ids=[f"{case['text']}-{case['num_perm']}-k{case['k']}" for case in GOLDEN["signatures"]],
)
def test_signature_is_byte_identical(case: dict[str, Any]) -> None:
    text = GOLDEN["texts"][case["text"]]
    signature = minhash_signature(text, num_perm=case["num_perm"], k=case["k"])
    assert signature.hex() == case["signature"]


def test_golden_covers_the_stored_layout_and_edge_cases() -> None:
    """The fixture itself: the default parameters and the degenerate texts are all in it."""
    recorded = {(case["text"], case["num_perm"], case["k"]) for case in GOLDEN["signatures"]}
    for name in ("empty", "one word", "five words", "six words", "Chinese", "all seed articles"):
        assert (name, 128, 5) in recorded
    assert any(num_perm != 128 for _, num_perm, _ in recorded)
    assert any(k != 5 for _, _, k in recorded)


def test_layouts_equal_the_recorded_optimum() -> None:
    mismatches = [
        (threshold, num_perm, (bands, rows), lsh_layout.__wrapped__(threshold, num_perm))
        for threshold, num_perm, bands, rows in GOLDEN["layouts"]
        if lsh_layout.__wrapped__(threshold, num_perm) != (bands, rows)
    ]
    assert len(GOLDEN["layouts"]) == 500
    assert mismatches == []


def test_signature_does_not_depend_on_the_chunk_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long texts are permuted a chunk of shingles at a time; the golden texts fit in one chunk,
    so this checks that chunking cannot change a signature."""
    text = GOLDEN["texts"]["all seed articles"]
    whole = minhash_signature(text)
    monkeypatch.setattr(fingerprint, "_CHUNK", 7)
    assert minhash_signature(text) == whole


def test_every_unicode_space_separates_words_before_the_byte_split() -> None:
    """minhash_signature splits the normalised text's UTF-8 bytes on ASCII whitespace; that
    equals str.split only if normalisation turns every Unicode space into an ASCII one."""
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    assert len(spaces) > 20
    for space in spaces:
        assert normalize_for_hash(f"a{space}b") == "a b", hex(ord(space))


def test_the_normalised_text_is_the_words_of_the_definition() -> None:
    """normalize_for_hash makes separators of ASCII bytes by a table and of wider characters
    one distinct character at a time: the same words as the runs of ``[^\\W_]+`` in the
    folded text, for every code point (in runs of 64, beside ASCII letters and punctuation),
    lone surrogates and texts of every width."""
    word = re.compile(r"[^\W_]+")

    def defined(text: str) -> str:
        return " ".join(word.findall(unicodedata.normalize("NFKC", text).casefold()))

    texts = ["", "plain ASCII, words_and (punct)!", "Der „Sieg“ —\u00a0ÜBER alles", "\ud800x"]
    texts += every_code_point_texts("a-", " z", seed=7)
    for text in texts:
        normalize_for_hash.cache_clear()
        assert normalize_for_hash(text) == defined(text), repr(text)


@pytest.mark.parametrize(
    ("threshold", "num_perm", "message"),
    [
        (0.0, 128, "threshold"),
        (-0.1, 128, "threshold"),
        (1.01, 128, "threshold"),
        (0.5, 0, "num_perm"),
    ],
)
def test_layout_refuses_impossible_parameters(
    threshold: float, num_perm: int, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        lsh_layout.__wrapped__(threshold, num_perm)


def test_signature_refuses_zero_permutations() -> None:
    with pytest.raises(ValueError, match="num_perm"):
        minhash_signature("some words", num_perm=0)
