"""The ``sitemap_reads`` table: the sitemaps of an index each source has read in full, and
the order in which an index's sitemaps are read when NEWS_SITEMAP_MAX_COUNT leaves room for
some of them only.

Taken in the index's order, every run read the same first sitemaps of an index longer than
the bound, and the articles listed only in the others were never fetched. Now the sitemaps
that may hold entries not read yet come first: those never read, and those whose
``<lastmod>`` says they changed since; the others wait, the longest unread first, so that
every sitemap of the index is read over the runs however many it names.

A row is written for a sitemap whose every entry went to the spider's account of its
articles (crawler/extensions/pending.py): each one stored, dropped, or kept pending for a
later run. It is written as the run goes, in the transaction of the account's checkpoint
that keeps those entries pending, so that a run killed keeps it (written at the end only,
a source killed in every run read the same first sitemaps for ever), and again at the end.
A sitemap that failed, was cut off, or had entries left over by NEWS_LISTING_MAX_ENTRIES
gets no row, and is read again first. The index a row came from is kept with it: once that
index is read whole, the rows of the sitemaps it no longer names are deleted (``prune``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crawler.clock import latest, stored_moment

if TYPE_CHECKING:
    from sqlite_utils import Database

# The table's name; the schema's migrations m088 and m089 make it. Named here, not taken from the
# schema module, so that the spider (and with it `scrapy list`) imports no store stack.
TABLE = "sitemap_reads"

# Sitemap URLs asked of the store in one query.
_BATCH = 500


@dataclass(frozen=True)
class Read:
    """When a source last read a sitemap in full, the lastmod its index gave it then, and
    that index (canonical; None in a row kept before the index was)."""

    lastmod: str | None
    read_at: str
    index: str | None = None


@dataclass(frozen=True)
class Child:
    """A sitemap an index names: its canonical URL, the lastmod the index gives it now, and
    the index's canonical URL (whose full reads prune the rows of sitemaps it no longer names)."""

    url: str
    lastmod: str | None
    index: str | None = None


def reads(db: Database, source: str, urls: Iterable[str]) -> dict[str, Read]:
    """The rows of ``source`` for those of ``urls`` (canonical) it has read in full."""
    urls = list(dict.fromkeys(urls))
    found: dict[str, Read] = {}
    for start in range(0, len(urls), _BATCH):
        batch = urls[start : start + _BATCH]
        marks = ", ".join("?" * len(batch))
        rows = db.execute(
            f"SELECT url, lastmod, read_at, index_url FROM {TABLE} "
            f"WHERE source = ? AND url IN ({marks})",
            [source, *batch],
        ).fetchall()
        found.update((url, Read(lastmod, read_at, index)) for url, lastmod, read_at, index in rows)
    return found


def record(db: Database, source: str, children: Iterable[Child], now: str) -> int:
    """Keep ``children`` as read in full by ``source`` at ``now``; returns how many."""
    rows = [
        {"source": source, "url": c.url, "lastmod": c.lastmod, "read_at": now, "index_url": c.index}
        for c in children
    ]
    if rows:
        db.table(TABLE).upsert_all(rows, pk=("source", "url"))
    return len(rows)


def prune(db: Database, source: str, index: str, named: Iterable[str]) -> int:
    """Delete the rows ``source`` keeps for sitemaps of ``index`` (canonical) that the index,
    read whole, no longer names (``named``: canonical); returns how many.

    A site that names a sitemap per day in its index and drops the old ones left a row for
    each day ever read: the table grew without bound. A row recorded before the index was
    kept with it (NULL) is not pruned: it goes once its index names it again and it is read.
    A row keeps one index, the one its sitemap was asked under: when that index stops naming
    it and another still does, the row goes, and under NEWS_SITEMAP_MAX_COUNT the sitemap is
    read once out of its turn (first, as one never read; in this run or the next), asked
    under the other index, whose row this index's reads then leave alone. One read, not one
    every run: not worth a row per naming index.
    """
    names = set(named)
    kept = db.execute(
        f"SELECT url FROM {TABLE} WHERE source = ? AND index_url = ?", [source, index]
    ).fetchall()
    gone = [url for (url,) in kept if url not in names]
    for start in range(0, len(gone), _BATCH):
        batch = gone[start : start + _BATCH]
        marks = ", ".join("?" * len(batch))
        db.execute(f"DELETE FROM {TABLE} WHERE source = ? AND url IN ({marks})", [source, *batch])
    return len(gone)


def changed(child: Child, read: Read | None) -> bool:
    """Whether ``child`` may list entries its last full read did not see: never read, or
    its lastmod is another than then, or one that may mean a moment after that read (a
    lastmod of a day only: the day's sitemap read in its morning gains articles till its end).
    Without a lastmod nothing tells: it is not called changed, and waits its turn.

    A sitemap two indexes name is read once, and its row keeps the lastmod of the index it
    was asked under: another index's lastmod for it is no earlier value of that one, only
    its moment tells. Compared as a value, it was changed for the other index in every run:
    under NEWS_SITEMAP_MAX_COUNT that index waited for it whenever it was left for later,
    and was never kept as read."""
    if read is None:
        return True
    if child.lastmod is None:
        return False
    same_index = read.index is None or child.index is None or read.index == child.index
    if same_index and child.lastmod != read.lastmod:
        return True
    modified, read_at = latest(child.lastmod), stored_moment(read.read_at)
    return modified is not None and read_at is not None and modified > read_at


def reading_order(children: Sequence[Child], known: Mapping[str, Read]) -> list[int]:
    """The places of ``children`` in the order to read them (``known``: their rows).

    Changed ones (:func:`changed`) first, the latest lastmod first (the sitemap of today's
    articles before the archive's), then those without a lastmod; among equals, the one
    never read, then the one read longest ago, then the index's order. The unchanged ones
    after them, the one read longest ago first: a publisher whose lastmods all say "now"
    and one that gives none are both read whole over the runs, in turns.
    """

    def key(place: int) -> tuple[int, int, float, str, int]:
        child = children[place]
        read = known.get(child.url)
        read_at = read.read_at if read is not None else ""
        if not changed(child, read):
            return (1, 0, 0.0, read_at, place)
        modified = latest(child.lastmod) if child.lastmod else None
        newest_first = -modified.timestamp() if modified is not None else math.inf
        return (0, modified is None, newest_first, read_at, place)

    return sorted(range(len(children)), key=key)
