"""Text fingerprints: an exact content hash and a MinHash signature for near-duplicates.

Signatures are stored in SQLite and compared across processes and runs, so everything that
feeds them is fixed here: the normalisation, the shingle size, the word hash (CRC-32, not
Python's salted ``hash``), the MinHash seed and permutation scheme, and the byte layout.
Changing any of them invalidates stored signatures; bump ``SIGNATURE_VERSION`` if you do.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
import zlib

import numpy as np

from pipelines.text.words import separator_table, spaced_words

__all__ = [
    "NUM_PERM",
    "SHINGLE_SIZE",
    "SIGNATURE_VERSION",
    "content_hash",
    "is_empty_signature",
    "minhash_signature",
    "normalize_for_hash",
    "shingles",
    "signature_similarity",
]

SIGNATURE_VERSION = 1
# Words per shingle. In benchmarks/dedup_quality.py k=3, 4 and 5 differ by about one point of
# recall at threshold 0.5 (0.955, 0.960, 0.951) with no false match; 5 is the most selective
# against shared stock phrases, and keeps the two seed reports that share quotes at 0.04.
SHINGLE_SIZE = 5
NUM_PERM = 128
# The permutations are drawn from numpy's legacy Mersenne-Twister stream (``RandomState``), whose
# output numpy guarantees never to change, so the same seed gives the same permutations on every
# machine and numpy version. Any fixed seed works; it only has to be the same wherever signatures
# are compared. The signatures stored so far were made by datasketch 2.0's "affine32" scheme
# with seed 1; tests/fixtures/fingerprint/golden.json holds some, and this module reproduces
# them bit for bit.
_SEED = 1
# Hash values are 32-bit; stored little-endian so signatures written on one machine compare
# correctly on another.
_DTYPE = np.dtype("<u4")
_EMPTY_VALUE = np.iinfo(np.uint32).max
# Shingles permuted at once: bounds the (shingles x permutations) work array at 2 MB for 128
# permutations, whatever the length of the text.
_CHUNK = 4096

# Words are runs of letters and digits (the runs of ``[^\W_]+``); anything else (punctuation,
# symbols, underscores, whitespace) separates them (:func:`normalize_for_hash`).
_ASCII_SEPARATORS = separator_table()
# Odd 64-bit multipliers that combine the hashes of a shingle's words position by position, so
# "a b" and "b a" differ. Derived from a fixed seed, not tuned.
_POSITION_MULTIPLIERS = (
    np.random.default_rng(20240601).integers(0, 1 << 62, size=32, dtype=np.uint64) * 2 + 1
).astype(np.uint64)

_permutations_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}


@functools.lru_cache(maxsize=4)
def normalize_for_hash(text: str) -> str:
    """Casefold, unify Unicode forms, replace punctuation by spaces and collapse whitespace.

    NFKC first, so that typographic variants (non-breaking spaces, ligatures, full-width
    digits) that syndication commonly changes do not change the hash. The last few results are
    kept: a worker hashes each text and then takes its MinHash signature.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    # The words joined by single spaces. A search for ``[^\W_]+`` asked every character of
    # the text for its category (a fifth more time a page).
    return " ".join(spaced_words(folded, _ASCII_SEPARATORS).split())


def content_hash(text: str) -> str:
    """SHA-256 hex digest of the normalised text: equal for copies that differ only in case,
    punctuation or spacing."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[str]:
    """Word k-shingles of the normalised text, each joined with single spaces.

    A text with fewer than ``k`` words gives one shingle of all its words, so short texts still
    have a fingerprint; a text without words gives the empty set.
    """
    words = normalize_for_hash(text).split()
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _shingle_hashes(words: list[bytes], k: int) -> np.ndarray:
    """One 32-bit hash per word k-shingle, computed in numpy from per-word CRC-32s of the
    words' UTF-8 bytes.

    Hashing each word once and combining neighbours with vector arithmetic is several times
    faster than hashing every joined shingle string in Python.
    """
    word_hashes = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    width = min(k, len(words))
    count = len(words) - width + 1
    combined = np.zeros(count, dtype=np.uint64)
    for position in range(width):
        combined += word_hashes[position : position + count] * _POSITION_MULTIPLIERS[position]
    # Fold the 64-bit sum to 32 bits with its high half, where the multiplications mixed most.
    return ((combined >> np.uint64(32)) ^ combined) & np.uint64(0xFFFFFFFF)


def _premix(hashes: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser: a fixed bijection that spreads every input bit over the
    output, so that the affine permutations below see well-mixed values.

    uint32 arithmetic wraps around, which is the intended modulo 2**32.
    """
    mixed = hashes ^ (hashes >> np.uint32(16))
    mixed *= np.uint32(0x85EBCA6B)
    mixed ^= mixed >> np.uint32(13)
    mixed *= np.uint32(0xC2B2AE35)
    mixed ^= mixed >> np.uint32(16)
    return mixed


def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """Multipliers ``a`` (odd) and offsets ``b`` of the permutations h -> a * h + b mod 2**32.

    An odd multiplier has an inverse modulo 2**32, so each map is a bijection of the 32-bit
    values: distinct shingle hashes stay distinct under every permutation. Drawn in this order
    (all multipliers' halves, then all offsets) from ``RandomState(_SEED)``, as the stored
    signatures were.
    """
    if num_perm not in _permutations_cache:
        stream = np.random.RandomState(_SEED)
        halves = stream.randint(0, 1 << 31, size=num_perm, dtype=np.uint32)
        offsets = stream.randint(0, 1 << 32, size=num_perm, dtype=np.uint32)
        _permutations_cache[num_perm] = (halves * np.uint32(2) + np.uint32(1), offsets)
    return _permutations_cache[num_perm]


def minhash_signature(text: str, num_perm: int = NUM_PERM, k: int = SHINGLE_SIZE) -> bytes:
    """MinHash of the text's word shingles, as ``num_perm`` little-endian uint32 values.

    Value ``i`` is the minimum over the shingles of permutation ``i`` applied to the pre-mixed
    shingle hash. A text without words gives the empty signature (every value at its maximum),
    which ``signature_similarity`` treats as similar to nothing.
    """
    if num_perm < 1:
        raise ValueError(f"num_perm must be at least 1, got {num_perm}")
    values = np.full(num_perm, _EMPTY_VALUE, dtype=np.uint32)
    # The normalised text is words of letters and digits joined by single spaces (no Unicode
    # whitespace is a word character), so splitting its UTF-8 bytes on ASCII spaces gives the
    # same words as str.split, already encoded for CRC-32.
    words = normalize_for_hash(text).encode("utf-8").split()
    if words:
        multipliers, offsets = _permutations(num_perm)
        hashes = _premix(_shingle_hashes(words, k).astype(np.uint32))
        for start in range(0, hashes.size, _CHUNK):
            column = hashes[start : start + _CHUNK, np.newaxis]
            permuted = column * multipliers
            permuted += offsets
            np.minimum(values, permuted.min(axis=0), out=values)
    return values.astype(_DTYPE, copy=False).tobytes()


def _as_array(signature: bytes) -> np.ndarray:
    if len(signature) % _DTYPE.itemsize:
        raise ValueError(f"signature length {len(signature)} is not a multiple of 4 bytes")
    return np.frombuffer(signature, dtype=_DTYPE)


def is_empty_signature(signature: bytes) -> bool:
    """True for the signature of a text without words."""
    # Every value is 0xFFFFFFFF, so every byte is 0xFF: counted on the bytes, ten times
    # cheaper than an array comparison, and the store asks twice per article.
    if len(signature) % _DTYPE.itemsize:
        raise ValueError(f"signature length {len(signature)} is not a multiple of 4 bytes")
    return signature.count(0xFF) == len(signature)


def signature_similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures.

    Raises ``ValueError`` for signatures of different lengths. Empty signatures are similar to
    nothing (0.0), not even to each other: two empty texts are not a story and its copy.
    """
    left, right = _as_array(a), _as_array(b)
    if left.shape != right.shape:
        raise ValueError(f"signatures differ in length: {left.size} and {right.size} values")
    if left.size == 0 or is_empty_signature(a) or is_empty_signature(b):
        return 0.0
    return float(np.count_nonzero(left == right)) / left.size
