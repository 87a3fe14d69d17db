"""The pure change functions: change share, changed fields, deltas, diffs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.revisions import (
    MAX_WORD_PAIRS,
    apply_delta,
    change_share,
    changed_fields,
    compare,
    document_lines,
    text_delta,
    unified_diff,
)

PARAGRAPHS = [
    "Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
    "Die Sanierung der Brücke am Bahnhof soll im Frühjahr beginnen und kostet drei Millionen.",
    "Die Bürgermeisterin sprach von einem schwierigen, aber fairen Kompromiss.",
]
TEXT = "\n".join(PARAGRAPHS)


def _words(text: str) -> int:
    return len(text.split())


def test_equal_texts_changed_nothing() -> None:
    assert change_share(TEXT, TEXT) == 0.0
    assert change_share("", "") == 0.0


def test_texts_with_nothing_in_common_changed_everything() -> None:
    assert change_share("eins zwei drei", "vier fünf sechs") == 1.0
    assert change_share("", "vier fünf sechs") == 1.0


def test_an_added_paragraph_costs_only_its_words() -> None:
    added = "Korrektur: In einer früheren Fassung stand, die Brücke koste fünf Millionen."
    new = TEXT + "\n" + added
    expected = 1 - 2 * _words(TEXT) / (_words(TEXT) + _words(new))
    assert change_share(TEXT, new) == pytest.approx(expected, abs=1e-4)
    assert 0.1 < change_share(TEXT, new) < 0.2


def test_one_changed_word_in_a_paragraph_is_a_small_share() -> None:
    new = TEXT.replace("drei Millionen", "vier Millionen")
    total = 2 * _words(TEXT)
    assert change_share(TEXT, new) == pytest.approx(2 / total, abs=1e-4)


def test_long_rewrites_fall_back_to_a_bag_of_words() -> None:
    n = int(MAX_WORD_PAIRS**0.5) + 10
    old = " ".join(f"w{i}" for i in range(n))
    new = " ".join(f"w{i}" for i in reversed(range(n)))  # same words, reversed order
    assert change_share(old, new) == 0.0  # the bag cannot see order: an upper bound of kept


def test_changed_fields_compares_title_body_date_authors() -> None:
    old = {
        "title": "Haushalt beschlossen",
        "text": TEXT,
        "content_hash": "a",
        "published": "2026-11-29T08:00:00+00:00",
        "authors": '["Anna Beispiel"]',
    }
    assert changed_fields(old, dict(old)) == ()
    # Authors compare as lists: another JSON spelling of the same list is no change.
    assert changed_fields(old, {**old, "authors": ["Anna Beispiel"]}) == ()
    new = {
        **old,
        "title": "Haushalt knapp beschlossen",
        "content_hash": "b",
        "published": None,
        "authors": '["Anna Beispiel", "Ben Muster"]',
    }
    assert changed_fields(old, new) == ("title", "body", "date", "authors")
    # Without hashes the texts themselves are compared.
    no_hash = {**old, "content_hash": None}
    assert changed_fields(no_hash, {**no_hash, "text": TEXT + "\nNeu."}) == ("body",)


def test_same_content_hash_is_no_body_change_whatever_the_spacing() -> None:
    old = {"title": "T", "text": TEXT, "content_hash": "h"}
    new = {"title": " T ", "text": TEXT.replace(" ", "  "), "content_hash": "h"}
    change = compare(old, new)
    assert change.fields == () and change.share == 0.0


def test_compare_gives_the_share_of_a_body_change() -> None:
    old = {"title": "T", "text": TEXT, "content_hash": "a"}
    new = {
        "title": "T",
        "text": TEXT + "\nEin neuer Absatz mit sechs Wörtern.",
        "content_hash": "b",
    }
    change = compare(old, new)
    assert change.fields == ("body",)
    assert change.share == change_share(old["text"], new["text"]) > 0


@pytest.mark.parametrize(
    "new",
    [
        TEXT,
        TEXT + "\nKorrektur: ein Absatz mehr.",
        "Ganz neuer Anfang.\n" + TEXT,
        TEXT.replace("drei", "vier"),
        "",
        PARAGRAPHS[2],
        TEXT + "\n",
    ],
)
def test_a_delta_rebuilds_the_new_text_exactly(new: str) -> None:
    delta = text_delta(TEXT, new)
    assert apply_delta(TEXT, delta) == new


def test_a_delta_of_an_added_paragraph_is_compact() -> None:
    new = TEXT + "\nKorrektur: ein Absatz mehr."
    assert text_delta(TEXT, new) == [3, ["Korrektur: ein Absatz mehr."]]


@given(
    st.lists(st.sampled_from(["a", "b b", "", "c d e", "ä"]), max_size=8),
    st.lists(st.sampled_from(["a", "b b", "", "x", "ä"]), max_size=8),
)
def test_deltas_round_trip(old: list[str], new: list[str]) -> None:
    a, b = "\n".join(old), "\n".join(new)
    assert apply_delta(a, text_delta(a, b)) == b


@pytest.mark.parametrize("delta", [[5], [-9], [1, "x"], [True], [2, 2]])
def test_a_delta_that_does_not_fit_is_refused(delta: list) -> None:
    with pytest.raises(ValueError):
        apply_delta("eins\nzwei", delta)


def test_unified_diff_shows_the_title_and_the_added_paragraph() -> None:
    old = document_lines("Alt", None, '["A"]', TEXT)
    new = document_lines("Neu", None, '["A"]', TEXT + "\nKorrektur: ein Absatz mehr.")
    diff = unified_diff(old, new, "v1", "v2")
    assert diff[:2] == ["--- v1", "+++ v2"]
    assert "-title: Alt" in diff and "+title: Neu" in diff
    assert "+Korrektur: ein Absatz mehr." in diff
    assert not any(line.startswith(("-", "+")) and "Gemeinderat" in line for line in diff)
