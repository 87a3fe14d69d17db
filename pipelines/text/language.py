"""Language of an article's text, with langdetect, deterministic and never raising.

langdetect samples n-grams at random; with ``DetectorFactory.seed`` fixed, the same text gives
the same answer in every process. Its profiles (~50 languages) take about a second to load,
so workers call ``warm_up()`` once at start instead of paying it on their first article.

langdetect's random walk multiplies a list of 55 language probabilities by one n-gram's
profile row per step, in a Python loop: about 60 % of its time on a 500-character sample
(~340 steps). ``_Detector`` keeps langdetect's text cleaning, n-grams, random draws and
constants, and multiplies the five steps between two convergence checks in one numpy call on
rows of the profiles held as one float64 matrix: the same IEEE operations in the same order, so
languages and probabilities are equal to the last bit (tests/unit/test_language.py compares it
with langdetect's own detector). Its n-grams are read per word, each word once per process.
The matrix (~39 MB) replaces the profiles' 87,000 Python lists (~68 MB) and, loaded in the
workers' forkserver, stays shared between them: nothing writes to its pages.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.lang_profile import LangProfile
from langdetect.utils.ngram import NGram

__all__ = [
    "DEFAULT_MAX_CHARS",
    "MIN_LETTERS",
    "LanguageResult",
    "Profiles",
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
# langdetect's random walks per text (its n_trial) and, when not 0, how many first walks that
# all end on the same language settle the text without the rest; 7 and 0 are langdetect's own
# detection. benchmarks/language_prefix.py: with 2 agreeing walks, as with 7 walks (or any number
# from 1 to 7), 114 of 114 corpus texts get 7 walks' language, and the labelled metadev pages are
# right as often (truth: 68 of 68 on half A, 59 of 60 on the held-out half B; declared language
# of the dates set: 154 of 170 A, 185 of 198 B) at half the cost (0.72 against 1.47 ms a text).
# The probability is then the mean of the walks made, not of 7.
TRIALS = 7
AGREE = 2
# Below this many letters langdetect guesses between close languages (de/nl, es/pt, no/da)
# about as often as it is right, so the page's declared language is the better answer.
MIN_LETTERS = 40

# NGram.normalize of each character seen, by code point (a few hundred in practice), as a
# str.translate table.
_NORMALIZED: dict[int, str] = {}
# The profile rows of each word seen (see _Detector._ngram_rows), emptied when it holds this
# many words: ~20 MB at most, reached only after tens of thousands of articles.
_WORD_ROWS: dict[str, tuple[int, ...]] = {}
_WORD_CACHE_SIZE = 100_000
_SPACE_RUN_RE = re.compile(" {2,}")

_profiles_lock = threading.Lock()
_profiles: Profiles | None = None


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


class Profiles:
    """langdetect's profiles as ``_Detector`` reads them: a row number per known n-gram
    (``word_lang_prob_map``, the name langdetect's n-gram extraction looks words up in) and
    one matrix of their per-language probabilities, a row per n-gram, a column per language.

    Filled as ``DetectorFactory.load_profile`` fills its lists (the same files, the same
    division per n-gram; the files in the order of their names), but straight into the
    matrix: the lists would cost 68 MB at their peak, and freed they would still hold the
    process's memory.
    """

    def __init__(self, directory: str = PROFILES_DIRECTORY) -> None:
        self.langlist: list[str] = []
        self.seed: int | None = DetectorFactory.seed
        self.word_lang_prob_map: dict[str, int] = {}
        rows = self.word_lang_prob_map
        cells: list[tuple[np.ndarray, np.ndarray]] = []  # per language: rows, probabilities
        # In the order of their names: a column's place decides the order in which the walk's
        # normalisation adds the probabilities, and so their last bits. os.listdir's order (and
        # langdetect's, which uses it) is the file system's: ext4 hashes names with a seed of
        # each file system, so another machine stored other language_prob values for the same
        # text, and a store reprocessed there counted every row as updated.
        for filename in sorted(os.listdir(directory)):
            file = Path(directory, filename)
            if filename.startswith(".") or not file.is_file():
                continue
            profile = LangProfile(**json.loads(file.read_text(encoding="utf-8")))
            if profile.name in self.langlist:
                raise LangDetectException(ErrorCode.DuplicateLangError, f"{file}: duplicate")
            self.langlist.append(profile.name)
            cells.append(self._cells(profile))
        self.table = np.zeros((len(rows), len(self.langlist)), dtype=np.float64)
        for column, (at, probabilities) in enumerate(cells):
            self.table[at, column] = probabilities
        self.table.flags.writeable = False

    @classmethod
    def of(cls, langlist: list[str], rows: dict[str, int], table: np.ndarray) -> Profiles:
        """Profiles built before (by ``__init__``, in this process or another): the languages in
        the matrix's order, the row of each n-gram, and the matrix, which is not written to."""
        profiles = cls.__new__(cls)
        profiles.langlist = langlist
        profiles.seed = DetectorFactory.seed
        profiles.word_lang_prob_map = rows
        profiles.table = table
        profiles.table.flags.writeable = False
        return profiles

    def _cells(self, profile: LangProfile) -> tuple[np.ndarray, np.ndarray]:
        """The rows of ``profile``'s n-grams of one to three characters and their probabilities
        (a count over the profile's number of n-grams of that length); an n-gram seen first
        takes the next row.

        Read in whole arrays, not word by word: the profiles' 184,000 n-grams in a Python loop
        were about a third of the process's start-up in the workers' fork server. Numbers as
        the loop had them: each count (an integer below 2**53) and each total is the same
        float64, and numpy divides as Python does, rounding each quotient once.
        """
        rows = self.word_lang_prob_map
        freq = profile.freq
        new = [word for word in freq if word not in rows]
        rows.update(zip(new, range(len(rows), len(rows) + len(new)), strict=True))
        size = len(freq)
        at = np.fromiter(map(rows.__getitem__, freq), dtype=np.intp, count=size)
        counts = np.fromiter(freq.values(), dtype=np.float64, count=size)
        lengths = np.fromiter(map(len, freq), dtype=np.intp, count=size)
        kept = (lengths >= 1) & (lengths <= 3)
        totals = np.array(profile.n_words, dtype=np.float64)
        return at[kept], counts[kept] / totals[lengths[kept] - 1]

    def create(
        self, max_text_length: int, trials: int | None = None, agree: int | None = None
    ) -> _Detector:
        """A detector for one text; ``trials`` and ``agree`` default to ``TRIALS``, ``AGREE``."""
        detector = _Detector(self)
        detector.set_max_text_length(max_text_length)
        detector.n_trial = TRIALS if trials is None else trials
        detector.agree = AGREE if agree is None else agree
        return detector


class _Detector(Detector):
    """langdetect's ``Detector`` with its random walk on numpy rows (see the module docstring).

    Only ``_detect_block`` differs: the steps, their random draws and the convergence checks
    are langdetect's, one for one.
    """

    def __init__(self, profiles: Profiles) -> None:
        super().__init__(profiles)
        self.table = profiles.table
        self.agree = 0

    def append(self, text: str) -> None:
        """langdetect's ``append`` (URLs and e-mail addresses blanked, Vietnamese composed,
        cut to the maximum length, runs of spaces collapsed) without its character-by-character
        string building."""
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        self.text += _SPACE_RUN_RE.sub(" ", text[: self.max_text_length])

    def _ngram_rows(self) -> list[int]:
        """The profile rows of langdetect's n-grams of the text (``NGram.add_char`` then
        ``NGram.get(1..3)`` per character, the known ones), in their order.

        ``NGram`` starts afresh after every (normalised) space, so a word's n-grams depend on
        the word alone: the text is normalised once, split at spaces, and each word's rows
        (of the word's n-grams and of the space that ends it) are looked up in a per-process
        cache, computed by :func:`_word_rows` the first time a word is seen.
        """
        text = self.text
        table = _NORMALIZED
        for char in set(text):
            if ord(char) not in table:
                table[ord(char)] = NGram.normalize(char)
        words = text.translate(table).split(" ")
        known = self.word_lang_prob_map
        cache = _WORD_ROWS
        if len(cache) > _WORD_CACHE_SIZE:
            cache.clear()
        found: list[int] = []
        last = len(words) - 1
        for at, word in enumerate(words):
            if not word:
                continue
            # Every word but the last is followed by a space, which ends it with n-grams of its own.
            key = word + " " if at < last else word
            rows = cache.get(key)
            if rows is None:
                rows = cache[key] = _word_rows(key, known)
            found.extend(rows)
        return found

    def _detect_block(self) -> None:
        self.cleaning_text()
        # Row numbers in the n-grams' order: drawing positions from a list of the same length
        # as langdetect's n-grams, the walk visits the same n-grams as langdetect's.
        rows = self._ngram_rows()
        if not rows:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        table = self.table
        getrandbits = self.random.getrandbits
        count = len(rows)
        bits = count.bit_length()
        langprob = np.zeros(len(self.langlist))
        self.random.seed(self.seed)
        done, leaders = 0, set[int]()
        for _ in range(self.n_trial):
            if self.agree and done >= self.agree and len(leaders) == 1:
                break
            prob = np.array(self._init_probability(), dtype=np.float64)
            alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            # langdetect checks for convergence after steps 0, 5, 10, ...: the steps between
            # two checks are drawn together (the same draws in the same order) and multiplied
            # in one call, row after row, as langdetect multiplies them one by one (IEEE
            # multiplication commutes, so the first row may take the probabilities in).
            step, block = 0, 1  # the number of the block's last step, its steps
            while True:
                drawn = []
                for _ in range(block):
                    # random.choice's draw (Random._randbelow), without its two calls per step.
                    at = getrandbits(bits)
                    while at >= count:
                        at = getrandbits(bits)
                    drawn.append(rows[at])
                steps = table[drawn]
                steps += weight
                steps[0] *= prob
                prob = np.multiply.reduce(steps, axis=0)
                # Python's sum over the same floats, as langdetect's normalisation adds them.
                prob /= sum(prob.tolist())
                if prob.max() > self.CONV_THRESHOLD or step >= self.ITERATION_LIMIT:
                    break
                block = 5
                step += block
            langprob += prob / self.n_trial
            done += 1
            leaders.add(int(prob.argmax()))
        if done < self.n_trial:
            # Stopped early: the mean of the walks made, as langdetect's is of all of them.
            langprob *= self.n_trial / done
        self.langprob = langprob.tolist()


def _word_rows(word: str, known: dict[str, int]) -> tuple[int, ...]:
    """The profile rows of the known n-grams langdetect's ``NGram`` yields for one normalised
    ``word`` (no space inside, possibly one at its end), read as it reads it: after a space."""
    found: list[int] = []
    grams = " "
    capital = False
    for normal in word:
        last = grams[-1]
        if last == " ":
            grams = " "
            capital = False
        elif len(grams) >= NGram.N_GRAM:
            grams = grams[1:]
        grams += normal
        # Two capitals in a row start a capitalised word (an acronym), skipped.
        capital = normal.isupper() and (capital or last.isupper())
        if capital:
            continue
        for n in range(1, min(len(grams), NGram.N_GRAM) + 1):
            row = known.get(grams[-n:])
            if row is not None and grams[-n:] != " ":
                found.append(row)
    return tuple(found)


def warm_up(load: Callable[[], Profiles] = Profiles) -> Profiles:
    """Load langdetect's profiles now, once per process (idempotent, thread-safe).

    ``load`` builds them when they are not loaded yet: the workers' fork server reads them as
    an earlier start built them (pipelines/extract/profilecache.py)."""
    global _profiles
    if _profiles is None:
        with _profiles_lock:
            if _profiles is None:
                _profiles = load()
    return _profiles


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


def _letters_up_to(text: str, bound: int) -> int:
    """The letters of ``text`` counted up to ``bound``: the language test asks only whether a
    sample has none or fewer than :data:`MIN_LETTERS`, which the first words of a page's
    sample (500 characters) answer; counting them all cost a Python step per character."""
    letters = 0
    for char in text:
        if char.isalpha():
            letters += 1
            if letters >= bound:
                break
    return letters


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
    letters = _letters_up_to(sample, MIN_LETTERS)
    if letters == 0:
        return LanguageResult(None, None, "no_letters")
    if letters < MIN_LETTERS:
        declared = normalize_language_code(fallback)
        if declared is not None:
            return LanguageResult(declared, None, "too_short_fallback")
        return LanguageResult(None, None, "too_short")

    detector = warm_up().create(max_chars)
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        logger.debug("no language features in %d letters", _letters_up_to(sample, len(sample)))
        return LanguageResult(None, None, "undetectable")
    return LanguageResult(best.lang, best.prob, None)
