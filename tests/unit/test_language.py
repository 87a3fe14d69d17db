"""Language detection: answers, reasons, fallback, determinism, never raising."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import LangDetectException

from pipelines.text.language import (
    MIN_LETTERS,
    LanguageResult,
    Profiles,
    _letters_up_to,
    detect_language,
    normalize_language_code,
    sample_text,
    warm_up,
)

# Written for these tests; each about as long as a short news paragraph.
SAMPLES = {
    "en": "The city council approved the new budget on Tuesday evening after a long debate "
    "about funding for schools, public transport and the repair of several old bridges.",
    "fr": "Le conseil municipal a adopté mardi soir le nouveau budget après un long débat sur "
    "le financement des écoles, des transports publics et la réparation de plusieurs ponts.",
    "es": "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto tras un largo "
    "debate sobre la financiación de las escuelas, el transporte público y varios puentes.",
}


def test_seeds_are_german(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        result = detect_language(text)
        assert result.language == "de"
        assert result.probability is not None and result.probability > 0.9
        assert result.reason is None


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_detects_language(language: str) -> None:
    assert detect_language(SAMPLES[language]).language == language


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("  \n\t ", "empty"),
        ("12 345 6.789,00 2024-11-01", "no_letters"),
        ("!!! ... --- ??? «» „“", "no_letters"),
        ("\u200b\u0301\u0301", "no_letters"),
        ("Hallo Welt", "too_short"),
    ],
)
def test_no_language_has_a_reason(text: str, reason: str) -> None:
    assert detect_language(text) == LanguageResult(None, None, reason)


def test_short_text_uses_normalized_fallback() -> None:
    result = detect_language("Hallo Welt, wie geht es?", fallback="de-AT")
    assert result == LanguageResult("de", None, "too_short_fallback")


def test_the_letter_floor_is_counted_exactly_at_its_edge() -> None:
    # MIN_LETTERS letters among digits and punctuation: detected; one letter fewer: too short.
    words = ("abcde 12, " * 8).strip()
    assert sum(c.isalpha() for c in words) == MIN_LETTERS
    assert detect_language(words[:-5], fallback="de").reason == "too_short_fallback"
    assert detect_language(words, fallback="de").reason != "too_short_fallback"
    assert _letters_up_to(words, MIN_LETTERS) == MIN_LETTERS
    assert _letters_up_to(words, 5) == 5
    assert _letters_up_to("12 -- 3", 5) == 0


def test_fallback_is_ignored_for_long_text() -> None:
    assert detect_language(SAMPLES["en"], fallback="de").language == "en"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("de-DE", "de"),
        ("en_US", "en"),
        (" FR ", "fr"),
        ("pt-br", "pt"),
        ("", None),
        (None, None),
        ("deutsch", None),
        ("x-klingon", None),
        ("zh-Hant", "zh"),
    ],
)
def test_normalize_language_code(code: str | None, expected: str | None) -> None:
    assert normalize_language_code(code) == expected


def test_sample_does_not_split_words() -> None:
    text = "wort " * 400
    sample = sample_text(text, 1000)
    assert len(sample) <= 1000
    assert sample.split(" ")[-1] == "wort"
    assert sample_text("kurz", 1000) == "kurz"


def test_same_answer_in_other_processes(seeds: dict[str, str]) -> None:
    """langdetect draws random n-grams; the fixed seed must make that repeatable anywhere,
    whatever the process's hash seed."""
    # A mixed German/English text, where the probability depends on the random draws.
    text = seeds["002"][:300] + " " + SAMPLES["en"]
    here = detect_language(text)
    code = (
        "import json, sys; from pipelines.text.language import detect_language as d; "
        "r = d(sys.stdin.read()); print(json.dumps([r.language, r.probability]))"
    )
    root = Path(__file__).resolve().parents[2]
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", code],
            input=text,
            capture_output=True,
            text=True,
            cwd=root,
            env=env,
            check=True,
        ).stdout
        assert json.loads(out) == [here.language, here.probability]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=8)))
def test_never_raises(text: str, fallback: str | None) -> None:
    result = detect_language(text, fallback=fallback, max_chars=200)
    assert (result.language is None) == (
        result.reason in {"empty", "no_letters", "too_short", "undetectable"}
    )


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def stock_factory() -> DetectorFactory:
    """langdetect's own detector, loaded apart from the one detect_language uses, from its
    profile files in the order of their names (``load_profile`` takes the file system's)."""
    factory = DetectorFactory()
    names = sorted(os.listdir(PROFILES_DIRECTORY))
    factory.load_json_profile([(Path(PROFILES_DIRECTORY) / n).read_text("utf-8") for n in names])
    return factory


def test_the_profiles_are_read_in_the_order_of_their_names() -> None:
    """The languages' order decides the last bits of every probability (the walk adds them in
    that order): read in the order the file system lists the files, language_prob of one text
    differed from one machine to another."""
    assert Profiles().langlist == sorted(os.listdir(PROFILES_DIRECTORY))


def test_the_profiles_matrix_holds_langdetects_probabilities_to_the_last_bit(
    stock_factory: DetectorFactory,
) -> None:
    """Read in whole arrays per profile (pipelines/text/language.py ``Profiles._cells``), not
    n-gram by n-gram: every n-gram keeps its row and every cell the float langdetect computes."""
    profiles = Profiles()
    stock = stock_factory.word_lang_prob_map
    assert list(profiles.word_lang_prob_map) == list(stock)
    assert profiles.langlist == stock_factory.langlist
    for word, row in profiles.word_lang_prob_map.items():
        assert profiles.table[row].tolist() == stock[word], word


def _probabilities(detector: object, text: str) -> list[tuple[str, float]] | str:
    detector.append(text)  # type: ignore[attr-defined]
    try:
        found = detector.get_probabilities()  # type: ignore[attr-defined]
    except LangDetectException as exc:
        return f"error: {exc}"
    return [(language.lang, language.prob) for language in found]


def test_numpy_walk_equals_langdetect(
    stock_factory: DetectorFactory, seeds: dict[str, str]
) -> None:
    """The numpy random walk must give langdetect's languages and probabilities to the last
    bit, on real article texts (several languages and scripts) at several sample sizes."""
    with gzip.open(FIXTURES / "cleaning" / "realpages_extracted.json.gz", "rt") as file:
        texts = [page["text"] for page in json.load(file)]
    texts += [
        *seeds.values(),
        *SAMPLES.values(),
        "Москва — столица России, город федерального"
        " значения. 東京は日本の首都です。 Αθήνα είναι η πρωτεύουσα της Ελλάδας.",
    ]
    profiles = warm_up()
    compared = 0
    for text in texts:
        for size in (200, 500, 3000):
            sample = sample_text(text, size)
            stock = stock_factory.create()
            stock.set_max_text_length(size)
            assert _probabilities(profiles.create(size, agree=0), sample) == _probabilities(
                stock, sample
            )
            compared += 1
    assert compared >= 300


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_numpy_walk_equals_langdetect_on_any_text(
    stock_factory: DetectorFactory, text: str
) -> None:
    stock = stock_factory.create()
    stock.set_max_text_length(200)
    assert _probabilities(warm_up().create(200, agree=0), text) == _probabilities(stock, text)


def _walks(text: str, trials: int, agree: int) -> list[tuple[str, float]] | str:
    return _probabilities(warm_up().create(500, trials=trials, agree=agree), text)


def test_agreeing_first_walks_settle_the_text() -> None:
    """Two walks that end on one language stop the detection: the probabilities are those of
    two walks (to rounding), not of seven."""
    text = "Hallo hello bonjour ciao hola welt world monde mondo mundo"
    early = _walks(text, 7, 2)
    assert isinstance(early, list)
    two = _walks(text, 2, 0)
    assert isinstance(two, list)
    assert [lang for lang, _ in early] == [lang for lang, _ in two] == ["en"]
    assert early[0][1] == pytest.approx(two[0][1], abs=1e-12)
    # All seven walks find Dutch in it too: they were not run.
    assert len(_walks(text, 7, 0)) > 1


def test_disagreeing_first_walks_run_all_of_them() -> None:
    """The first two walks end on German and on English: all seven walks decide, exactly as
    langdetect's own detection."""
    text = "Das ist ein Test und this is a test, wir gehen nach Hause and we go home now."
    two = _walks(text, 2, 0)
    assert isinstance(two, list) and {lang for lang, _ in two} == {"de", "en"}
    assert _walks(text, 7, 2) == _walks(text, 7, 0)


def test_agreeing_walks_keep_langdetects_language(seeds: dict[str, str]) -> None:
    """The default (``AGREE`` walks that agree) gives langdetect's language on real texts."""
    with gzip.open(FIXTURES / "cleaning" / "realpages_extracted.json.gz", "rt") as file:
        texts = [page["text"] for page in json.load(file)] + list(seeds.values())
    for text in texts:
        sample = sample_text(text, 500)
        full = _walks(sample, 7, 0)
        assert detect_language(text).language == (full[0][0] if isinstance(full, list) else None)
