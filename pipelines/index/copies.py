"""Near-duplicate lookup: a MinHash LSH index that lives in the database (tables of m010_dedup).

Every stored article is indexed, copies included: a copy of a copy may be closer to the copy
than to the original (each edit drifts further), and indexing the copy lets it still be found;
``find`` then follows ``articles.duplicate_of`` so the answer is always the first original.

A lookup is one exact-hash probe on the indexed ``articles.content_hash``, one key lookup per
LSH band, and primary-key reads of at most ``MAX_CANDIDATES`` signatures: its cost does not
grow with the archive, and nothing is loaded into memory wholesale.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from crawler.storage.database import joined_transaction
from pipelines.text.fingerprint import (
    SIGNATURE_VERSION,
    is_empty_signature,
    signature_similarity,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["DEFAULT_THRESHOLD", "MAX_CANDIDATES", "DedupIndex", "Match", "lsh_layout"]

logger = logging.getLogger(__name__)

# Estimated Jaccard similarity of word 5-shingles at or above which an article is a copy; 0.5
# means two equally long texts share about 2/3 of their shingles. benchmarks/dedup_quality.py
# (114 texts, 553 generated copies, 220 negatives): no false match at any threshold 0.3-0.8,
# recall 0.980 at 0.3, 0.966 at 0.4, 0.951 at 0.5, 0.897 at 0.6. Its negatives share at most
# 25 % of the words, so they cannot separate 0.3 from 0.5; 0.5 keeps follow-up stories that
# reuse half of an earlier report apart, at the cost of missing short copies whose headline and
# trailer were both replaced.
DEFAULT_THRESHOLD = 0.5
# Candidates compared per lookup at most. Real copies share many bands, so they rank first;
# the cap only bounds the work when a bucket is crowded (e.g. by shared boilerplate).
MAX_CANDIDATES = 64
# duplicate_of links followed at most; m010-era rows always point to a root, so one hop is
# normal and the cap only guards against a cycle written by hand.
_MAX_HOPS = 16
_UINT32 = np.dtype("<u4")
# Portable SQL (SQLite and PostgreSQL, crawler/storage/postgres.py).
_ADD_BUCKET = (
    "INSERT INTO dedup_buckets (band, bucket, url) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
)


@dataclass(frozen=True, slots=True)
class Match:
    """The original an article duplicates, how similar it is, and which stored article matched
    (the original itself, or a copy of it)."""

    url: str
    similarity: float
    matched: str
    exact: bool


# Weights of the LSH layout's false-positive and false-negative areas. Every candidate is
# verified against the threshold with its full signature, so a false positive of the banding
# costs one signature read, while a false negative is a copy stored as an original. Equal
# weights gave 25 bands of 5 rows: a pair at similarity 0.5 shared a band only 55 % of the
# time, 0.6 only 87 % (benchmarks/pipeline_quality.py missed 5 of 69 word-edited copies with
# estimated similarity 0.58-0.66). 0.1/0.9 gives 32 bands of 4 rows: 87 % at 0.5, 99 % at 0.6.
_FALSE_POSITIVE_WEIGHT = 0.1
_FALSE_NEGATIVE_WEIGHT = 0.9


@dataclass(frozen=True)
class _Layouts:
    """Every band layout that fits in ``num_perm`` values, and the quadrature rule that
    integrates their candidate probabilities exactly.

    Layouts are listed bands 1, 2, ... and for each band count rows 1, 2, ...: ties in
    ``lsh_layout`` go to the first, as they did in the optimiser that chose the stored layouts.
    The probability that a pair of similarity s shares at least one band,
    1 - (1 - s**rows)**bands, is a polynomial of degree bands * rows <= num_perm, and
    Gauss-Legendre quadrature with n nodes is exact for degree 2n - 1: num_perm // 2 + 1
    nodes integrate every layout's curve exactly, up to rounding.
    """

    # One row per layout (column vectors, so that they broadcast against the nodes).
    bands: np.ndarray
    rows: np.ndarray
    nodes: np.ndarray
    weights: np.ndarray

    @classmethod
    @functools.lru_cache(maxsize=8)
    def of(cls, num_perm: int) -> _Layouts:
        pairs = np.array(
            [(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)],
            dtype=np.float64,
        )
        nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
        return cls(pairs[:, :1], pairs[:, 1:], nodes, weights)

    def candidate_area(self, low: float, high: float) -> np.ndarray:
        """Per layout, the integral over similarities in [low, high] of the probability of
        sharing at least one band."""
        half = (high - low) / 2
        similarity = low + half * (self.nodes + 1)
        shares_a_band = 1 - (1 - similarity**self.rows) ** self.bands
        return np.asarray((shares_a_band * (self.weights * half)).sum(axis=1))


@functools.lru_cache(maxsize=32)
def lsh_layout(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising the weighted false-positive and false-negative areas at
    ``threshold``: the area under the probability of becoming a candidate below the threshold,
    and the area above it under the probability of not becoming one (cached all the same: a
    few milliseconds, and a DedupIndex is built per open).

    These are the layouts datasketch's optimiser chose for the buckets stored so far;
    tests/fixtures/fingerprint/golden.json holds a grid of them. It integrated adaptively
    (scipy's quad, not exact), so at a threshold where two layouts' errors differed by less than
    its integration error the choices could differ; none of the 500 recorded thresholds does.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    if num_perm < 1:
        raise ValueError(f"num_perm must be at least 1, got {num_perm}")
    layouts = _Layouts.of(num_perm)
    false_positive = layouts.candidate_area(0.0, threshold)
    false_negative = (1.0 - threshold) - layouts.candidate_area(threshold, 1.0)
    error = false_positive * _FALSE_POSITIVE_WEIGHT + false_negative * _FALSE_NEGATIVE_WEIGHT
    best = int(np.argmin(error))
    return int(layouts.bands[best, 0]), int(layouts.rows[best, 0])


class DedupIndex:
    """Find the original of a near-duplicate among stored articles; add new signatures.

    Writes join the caller's open transaction; the caller commits.
    """

    def __init__(self, db: Database, *, threshold: float = DEFAULT_THRESHOLD, num_perm: int = 128):
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.db = db
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands, self.rows = lsh_layout(threshold, num_perm)
        self._stale_layout = self._check_layout()
        # The last signature's bucket keys: the store looks a signature up, then adds it.
        self._last_buckets: tuple[bytes, list[int]] = (b"", [])

    # --- public -----------------------------------------------------------------------------

    @property
    def stale(self) -> bool:
        """True when the stored buckets were built for another band layout (see rebuild)."""
        return bool(self._stale_layout)

    def find(
        self, signature: bytes, content_hash: str | None = None, *, exclude: str | None = None
    ) -> Match | None:
        """The original that ``signature`` (or ``content_hash``) duplicates, or None.

        ``exclude`` is the article's own URL, so that a re-fetched article is not reported as
        a copy of its previous version.
        """
        self._require_layout()
        if content_hash:
            row = self.db.execute(
                "SELECT url FROM articles WHERE content_hash = ? AND url IS DISTINCT FROM ?"
                " LIMIT 1",
                (content_hash, exclude),
            ).fetchone()
            if row is not None:
                return Match(self._original(row[0]), 1.0, row[0], exact=True)
        self._check_length(signature)
        if is_empty_signature(signature):
            return None
        best = self._best_candidate(signature, exclude)
        if best is None:
            return None
        matched, similarity = best
        return Match(self._original(matched), similarity, matched, exact=False)

    def add(self, url: str, signature: bytes) -> None:
        """Index ``url`` under ``signature``, replacing what it was indexed under before.

        The signature of a text without words is not indexed: all such signatures are equal
        and would otherwise match each other.
        """
        self._require_layout()
        self._check_length(signature)
        with joined_transaction(self.db):
            self._remove(url)
            if is_empty_signature(signature):
                return
            self.db.conn.execute(
                "INSERT INTO dedup_signatures (url, signature) VALUES (?, ?)", (url, signature)
            )
            self.db.conn.executemany(
                _ADD_BUCKET,
                [(band, bucket, url) for band, bucket in enumerate(self._buckets(signature))],
            )

    def hand_over(self, url: str, original: str) -> int:
        """Let the copies of ``url``, which has become a copy of ``original``, name
        ``original``; returns how many.

        A stored original that a later fetch (or a reprocess) reads as a copy of another
        story: its copies named it still, so their ``duplicate_of`` led to a copy, where every
        other row's leads to an original (``unique_articles``), and a join on it found none.
        """
        cursor = self.db.conn.execute(
            "UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ?", (original, url)
        )
        return max(cursor.rowcount, 0)

    def remove(self, url: str) -> None:
        """Forget ``url`` (e.g. when its article is deleted)."""
        with self.db.atomic():
            self._remove(url)

    def rebuild(self) -> None:
        """Recompute every bucket for this index's band layout, after a threshold change.

        Streams the signatures in primary-key order, a page at a time. Signatures made by
        another ``SIGNATURE_VERSION`` cannot be re-bucketed: they must be recomputed from the
        article texts, so that raises ``ValueError``.
        """
        if self._stale_layout.get("signature_version", str(SIGNATURE_VERSION)) != str(
            SIGNATURE_VERSION
        ):
            raise ValueError("stored signatures come from another SIGNATURE_VERSION: recompute")
        with self.db.atomic():
            self.db.conn.execute("DELETE FROM dedup_buckets")
            last = ""
            while True:
                page = self.db.conn.execute(
                    "SELECT url, signature FROM dedup_signatures WHERE url > ? ORDER BY url"
                    " LIMIT 1000",
                    (last,),
                ).fetchall()
                if not page:
                    break
                rows: list[tuple[int, int, str]] = []
                for url, signature in page:
                    self._check_length(signature)
                    buckets = self._buckets(signature)
                    rows.extend((band, bucket, url) for band, bucket in enumerate(buckets))
                self.db.conn.executemany(
                    _ADD_BUCKET,
                    rows,
                )
                last = page[-1][0]
            self._write_layout()
        self._stale_layout = {}

    # --- internals --------------------------------------------------------------------------

    def _check_length(self, signature: bytes) -> None:
        if len(signature) != self.num_perm * _UINT32.itemsize:
            raise ValueError(
                f"signature has {len(signature)} bytes, expected {self.num_perm * 4}"
                f" ({self.num_perm} uint32 values)"
            )

    def _buckets(self, signature: bytes) -> list[int]:
        """One signed 64-bit bucket key per band (SQLite integers are signed 64-bit).

        A band's key hashes its little-endian uint32 values, which are the signature's own
        bytes: slicing them needs no array. The keys of the last signature are kept, since the
        store asks for them twice (lookup, then index), 32 hashes each time.
        """
        if self._last_buckets[0] == signature:
            return self._last_buckets[1]
        width = self.rows * _UINT32.itemsize
        keys = [
            int.from_bytes(
                hashlib.blake2b(
                    signature[band * width : (band + 1) * width], digest_size=8
                ).digest(),
                "little",
                signed=True,
            )
            for band in range(self.bands)
        ]
        self._last_buckets = (signature, keys)
        return keys

    def copy_of(self, url: str, signature: bytes) -> bool:
        """Whether ``signature`` is a copy of ``url``'s stored text at the index's threshold;
        False when ``url`` has no signature here, or one of another length (not comparable,
        as in :meth:`find`)."""
        row = self.db.execute(
            "SELECT signature FROM dedup_signatures WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return False
        try:
            return signature_similarity(signature, bytes(row[0])) >= self.threshold
        except ValueError:
            return False

    def _best_candidate(self, signature: bytes, exclude: str | None) -> tuple[str, float] | None:
        buckets = self._buckets(signature)
        # One key lookup per band (the OR is planned as a MULTI-INDEX OR on the primary key).
        condition = " OR ".join(["(band = ? AND bucket = ?)"] * len(buckets))
        params: list[object] = [p for pair in enumerate(buckets) for p in pair]
        # Candidates sharing the most bands first: they are the likeliest copies.
        rows = self.db.execute(
            f"SELECT url FROM dedup_buckets WHERE {condition} GROUP BY url"
            " ORDER BY COUNT(*) DESC, url LIMIT ?",
            [*params, MAX_CANDIDATES + 1],
        ).fetchall()
        urls = [row[0] for row in rows if row[0] != exclude][:MAX_CANDIDATES]
        if not urls:
            return None
        placeholders = ", ".join("?" * len(urls))
        stored = self.db.execute(
            f"SELECT url, signature FROM dedup_signatures WHERE url IN ({placeholders})", urls
        ).fetchall()
        best: tuple[str, float] | None = None
        for url, other in sorted(stored):
            try:
                similarity = signature_similarity(signature, other)
            except ValueError:  # a signature of another length: not comparable
                continue
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (url, similarity)
        return best

    def _original(self, url: str) -> str:
        """Follow duplicate_of links from ``url`` to the first original."""
        seen = {url}
        for _ in range(_MAX_HOPS):
            row = self.db.execute(
                "SELECT duplicate_of FROM articles WHERE url = ?", (url,)
            ).fetchone()
            if row is None or not row[0] or row[0] in seen:
                break
            url = row[0]
            seen.add(url)
        return url

    def _remove(self, url: str) -> None:
        row = self.db.conn.execute(
            "SELECT signature FROM dedup_signatures WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return
        self._check_length(row[0])
        old_buckets = self._buckets(row[0])
        self.db.conn.executemany(
            "DELETE FROM dedup_buckets WHERE band = ? AND bucket = ? AND url = ?",
            [(band, bucket, url) for band, bucket in enumerate(old_buckets)],
        )
        self.db.conn.execute("DELETE FROM dedup_signatures WHERE url = ?", (url,))

    def _layout(self) -> dict[str, str]:
        return {
            "num_perm": str(self.num_perm),
            "bands": str(self.bands),
            "rows": str(self.rows),
            "signature_version": str(SIGNATURE_VERSION),
        }

    def _write_layout(self) -> None:
        self.db.conn.executemany(
            "INSERT INTO dedup_config (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            list(self._layout().items()),
        )

    def _check_layout(self) -> dict[str, str]:
        """The stored layout if it differs from ours over existing signatures, else {}.

        Buckets from another band layout would never match, so such an index is refused
        (``_require_layout``) until ``rebuild()``.
        """
        stored = dict(self.db.execute("SELECT key, value FROM dedup_config").fetchall())
        if stored == self._layout():
            return {}
        if stored and self.db.execute("SELECT 1 FROM dedup_signatures LIMIT 1").fetchone():
            return stored
        with self.db.atomic():
            self._write_layout()
        return {}

    def _require_layout(self) -> None:
        if self._stale_layout:
            raise ValueError(
                f"dedup index was built with {self._stale_layout}, this one needs"
                f" {self._layout()}: call DedupIndex.rebuild() or use the stored threshold"
            )
