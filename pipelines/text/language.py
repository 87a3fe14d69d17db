"""Language of an article's text, with langdetect, deterministic and never raising.

langdetect samples n-grams at random; with ``DetectorFactory.seed`` fixed, the same text gives
the same answer in every process. Its profiles (~50 languages) take about a second to load,
so workers call ``warm_up()`` once at start instead of paying it on their first article.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import LangDetectException

__all__ = [
    "DEFAULT_MAX_CHARS",
    "MIN_LETTERS",
    "LanguageResult",
    "detect_language",
    "normalize_language_code",
    "sample_text",
    "warm_up",
]

logger = logging.getLogger(__name__)

DetectorFactory.seed = 0

# Characters of text given to langdetect: the shortest prefix that keeps the measured accuracy
# (benchmarks/language_prefix.py). On 114 texts (seeds + saved real pages, de/en/fr) a
# 500-character prefix agrees with the full text on all of them (300: 113 of 114); on the 128
# labelled metadev pages (20+ languages, not tuned on) 200, 300, 500 and 1000 characters and the
# full text are all right on 127 (the miss is Zulu, which langdetect has no profile for).
# 500 instead of 1000 halves langdetect's n-gram extraction, the larger part of its cost.
DEFAULT_MAX_CHARS = 500
# Below this many letters langdetect guesses between close languages (de/nl, es/pt, no/da)
# about as often as it is right, so the page's declared language is the better answer.
MIN_LETTERS = 40

_factory_lock = threading.Lock()
_factory: DetectorFactory | None = None


@dataclass(frozen=True, slots=True)
class LanguageResult:
    """A detected language (ISO 639-1, or langdetect's ``zh-cn``/``zh-tw``), its probability,
    and, when no detection was made, why.

    ``reason`` is None for a detection; otherwise one of ``"empty"``, ``"no_letters"``,
    ``"too_short"``, ``"too_short_fallback"`` (language is the given fallback),
    ``"undetectable"`` (langdetect found no usable n-grams).
    """

    language: str | None
    probability: float | None
    reason: str | None = None


def warm_up() -> DetectorFactory:
    """Load langdetect's profiles now, once per process (idempotent, thread-safe)."""
    global _factory
    if _factory is None:
        with _factory_lock:
            if _factory is None:
                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
                _factory = factory
    return _factory


def normalize_language_code(code: str | None) -> str | None:
    """``"de-DE"``, ``"en_US"``, ``" FR "`` -> ``"de"``, ``"en"``, ``"fr"``; anything that does
    not start with a two-letter primary subtag (``""``, ``"deutsch"``, ``"x-klingon"``) -> None.
    """
    if not code:
        return None
    primary = code.strip().replace("_", "-").split("-", 1)[0].lower()
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        return primary
    return None


def sample_text(text: str, max_chars: int) -> str:
    """The first ``max_chars`` characters, cut back to the last whitespace so no word is split
    (a split word is a foreign n-gram to langdetect)."""
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    space = cut.rfind(" ")
    return cut[:space] if space > max_chars // 2 else cut


def detect_language(
    text: str, *, fallback: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> LanguageResult:
    """Detect the language of ``text`` from its first ``max_chars`` characters.

    ``fallback`` is the page's declared language (``<html lang>``, metadata); it is normalised
    to two letters and returned for texts with fewer than ``MIN_LETTERS`` letters. Never
    raises on any string.
    """
    if not text or text.isspace():
        return LanguageResult(None, None, "empty")
    sample = sample_text(text, max_chars)
    letters = sum(1 for char in sample if char.isalpha())
    if letters == 0:
        return LanguageResult(None, None, "no_letters")
    if letters < MIN_LETTERS:
        declared = normalize_language_code(fallback)
        if declared is not None:
            return LanguageResult(declared, None, "too_short_fallback")
        return LanguageResult(None, None, "too_short")

    detector = warm_up().create()
    detector.set_max_text_length(max_chars)
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        logger.debug("no language features in %d letters", letters)
        return LanguageResult(None, None, "undetectable")
    return LanguageResult(best.lang, best.prob, None)
