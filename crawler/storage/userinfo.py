"""URLs with ``user:password@`` that older versions stored, rewritten without them.

Before the crawl took links without their credentials (crawler/urls.py,
``without_credentials``), a link carrying them was keyed, requested and recorded as written:
the password stayed in ``pending_articles`` (whose every retry asked for the credentialed
key, which the run never settled), in the rows of a page stored through a proxy or from an
archive, in the run records' errors and stats, for as long as the store lived. The schema's
m092 migration calls :func:`remove_userinfo` once, inside its transaction, on both backends.
A column found later is cleaned by a migration of its own (m093: :func:`remove_node_userinfo`;
m094: :func:`remove_image_userinfo` and :func:`forget_credentialed_positions`), never by
growing m092: a store that applied m092 does not run it again.

A row keyed by such a URL is moved to the URL without them. Where a row already holds that
key (the article found again by a newer version, or under two user names), one row is kept,
never both, never neither: the one whose state is newer (a later fetch, try or read) — what
the store knew last about that page — and on a tie the one already under the clean key, as
the current code wrote it. An article's rows in its other tables (its page, versions, copy
signatures) follow the article kept, so that no table keeps one article's page beside
another's text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from crawler.urls import has_userinfo, masked_userinfo, without_userinfo

from .pending import TABLE as PENDING_TABLE
from .reprocess_passes import DONE as REPROCESS_DONE_TABLE
from .robots_copies import TABLE as ROBOTS_COPIES_TABLE
from .sitemap_reads import TABLE as SITEMAP_READS_TABLE

if TYPE_CHECKING:
    from sqlite_utils import Database

# The article's table first: its row decides which URL's rows every table of the family keeps.
ARTICLE_TABLES = (
    "articles",
    "pages",
    "article_versions",
    "dedup_signatures",
    "dedup_buckets",
)


@dataclass(frozen=True)
class Keyed:
    """A table keyed by a URL: its URL column, the other columns of its key (a row collides
    only with one alike in them) and the column whose larger value is the newer state (None:
    the clean row is kept)."""

    table: str
    column: str
    scope: tuple[str, ...] = ()
    newer: str | None = None


KEYED = (
    Keyed(PENDING_TABLE, "url", newer="last_try_at"),
    Keyed("url_seen", "url", newer="fetched_at"),
    # When the page was last checked and what it answered: the later check says more of it.
    Keyed("article_checks", "url", newer="checked_at"),
    Keyed(ROBOTS_COPIES_TABLE, "origin", newer="read_at"),
    Keyed("listing_validators", "url", ("source", "kind"), newer="updated_at"),
    Keyed(SITEMAP_READS_TABLE, "url", ("source",), newer="read_at"),
    Keyed(REPROCESS_DONE_TABLE, "url", ("source",)),
)
# An index the migration makes for its own lookups and drops.
_BUCKETS_BY_URL = "m092_dedup_buckets_url"
# URLs that are no key: the URL without its userinfo.
URL_VALUES = (
    ("articles", "fetched_url"),
    ("articles", "duplicate_of"),
    ("pages", "fetched_url"),
    (PENDING_TABLE, "fetch_url"),
    ("url_seen", "target"),
    (SITEMAP_READS_TABLE, "index_url"),
)
# Texts that may name such a URL (an error, the stats' JSON): each masked.
TEXTS = (
    (PENDING_TABLE, "error"),
    (PENDING_TABLE, "hints"),
    ("pages", "hints"),
    ("runs", "command"),
    ("run_sources", "failure"),
    ("run_sources", "dropped"),
    ("run_sources", "stats"),
    ("warc_retries", "error"),
)


# Scrapyd nodes a run's sources were placed on (``crawlall --scrapyd``), recorded as given
# before the node's login was taken out of its URL (crawler/runs/nodes.py): m093.
NODE_URLS = (("run_sources", "node"),)


# The image a page's markup named (its og:image), stored as written until the store took the
# userinfo out of every URL field (pipelines/store.py): m094.
IMAGE_URLS = (("articles", "image"),)
# Where an interrupted ``scrapy copydb`` stopped in each table (crawler/storage/copy.py): the
# key of the last row it committed, as JSON, which a key with a userinfo carried whole.
COPY_PROGRESS = "copy_progress"


@dataclass
class Removed:
    """What :func:`remove_userinfo` changed."""

    moved: int = 0  # rows now keyed by the URL without userinfo
    merged: int = 0  # rows dropped for the row kept under that key
    values: int = 0  # URL values rewritten
    texts: int = 0  # texts masked

    def __bool__(self) -> bool:
        return bool(self.moved or self.merged or self.values or self.texts)


def remove_userinfo(db: Database) -> Removed:
    """Rewrite every stored URL without its ``user:password@`` and mask every stored text
    naming one; runs inside the caller's transaction (a migration's)."""
    removed = Removed()
    _articles(db, removed)
    for keyed in KEYED:
        _keyed(db, keyed, removed)
    for table, column in URL_VALUES:
        removed.values += _rewrite(db, table, column, without_userinfo)
    for table, column in TEXTS:
        removed.texts += _rewrite(db, table, column, masked_userinfo)
    return removed


def remove_node_userinfo(db: Database) -> int:
    """Rewrite every recorded node URL without its ``user:password@`` (:data:`NODE_URLS`);
    the number of rows changed. Runs inside the caller's transaction (m093's)."""
    return sum(_rewrite(db, table, column, without_userinfo) for table, column in NODE_URLS)


def remove_image_userinfo(db: Database) -> int:
    """Rewrite every stored image URL without its ``user:password@`` (:data:`IMAGE_URLS`);
    the number of rows changed. Runs inside the caller's transaction (m094's)."""
    return sum(_rewrite(db, table, column, without_userinfo) for table, column in IMAGE_URLS)


def position_has_userinfo(last_key: str | None) -> bool:
    """Whether a copy position (the JSON list of a row's key values) names a URL with a
    ``user[:password]@``."""
    if not last_key or "@" not in last_key:
        return False
    try:
        values = json.loads(last_key)
    except ValueError:
        values = None
    if not isinstance(values, list):  # no position a copy wrote: read as a text
        return masked_userinfo(last_key) != last_key
    return key_has_userinfo(values)


def key_has_userinfo(values: Sequence[Any]) -> bool:
    """Whether a row's key values name a URL with a ``user[:password]@``."""
    return any(isinstance(value, str) and has_userinfo(value) for value in values)


def forget_credentialed_positions(db: Database) -> int:
    """Delete the positions of interrupted copies that name a URL with a userinfo: each such
    table's copy starts again from its first row; the number of positions deleted.

    Written by a copy from a store an older version keyed by such URLs. That store, opened
    now, is keyed without them (m092), and a URL without its userinfo sorts elsewhere: going
    on after the position without it would pass over rows not copied yet. Copied again, a
    row changes nothing (the copy upserts). Runs inside the caller's transaction (m094's).
    """
    rows = db.execute(
        f"SELECT source, table_name, last_key FROM {COPY_PROGRESS} WHERE last_key LIKE ?",
        ["%@%"],
    ).fetchall()
    dirty = [(source, table) for source, table, key in rows if position_has_userinfo(key)]
    if dirty:
        db.conn.executemany(
            f"DELETE FROM {COPY_PROGRESS} WHERE source = ? AND table_name = ?", dirty
        )
    return len(dirty)


def _candidates(db: Database, table: str, columns: str, column: str) -> list[tuple[Any, ...]]:
    """Rows of ``table`` whose ``column`` holds a userinfo; LIKE only narrows the scan."""
    rows = db.execute(
        f"SELECT {columns} FROM {table} WHERE {column} LIKE ? ORDER BY {column}", ["%@%"]
    ).fetchall()
    return [tuple(row) for row in rows if has_userinfo(row[0])]


def _articles(db: Database, removed: Removed) -> None:
    """Move an article's rows in each table of its family, the article's decision for all:
    the rows of the article kept, never its page beside the other one's versions."""
    dirty: set[str] = set()
    for table in ARTICLE_TABLES:
        dirty.update(url for (url,) in _candidates(db, table, "url", "url"))
    if not dirty:
        return
    # dedup_buckets is keyed by band and bucket first: without it, every URL's lookup there
    # read the whole table (32 rows an article). Dropped at the end, within the transaction.
    db.execute(f"CREATE INDEX {_BUCKETS_BY_URL} ON dedup_buckets (url)")
    for url in sorted(dirty):
        clean = without_userinfo(url)
        keep: str | None = None  # rows left of no article: each table's own
        if _newer(db, "articles", "url", "fetched_at", url, clean, {}):
            keep = "dirty"
        elif db.execute("SELECT 1 FROM articles WHERE url = ?", [clean]).fetchone():
            keep = "clean"
        for table in ARTICLE_TABLES:
            _settle(db, table, "url", url, clean, {}, keep, removed)
    db.execute(f"DROP INDEX {_BUCKETS_BY_URL}")


def _keyed(db: Database, keyed: Keyed, removed: Removed) -> None:
    columns = ", ".join((keyed.column, *keyed.scope))
    for url, *scope_values in _candidates(db, keyed.table, columns, keyed.column):
        scope = dict(zip(keyed.scope, scope_values, strict=True))
        clean = without_userinfo(url)
        newer = keyed.newer is not None and _newer(
            db, keyed.table, keyed.column, keyed.newer, url, clean, scope
        )
        _settle(
            db, keyed.table, keyed.column, url, clean, scope, "dirty" if newer else None, removed
        )


def _where(column: str, scope: dict[str, Any]) -> str:
    return " AND ".join(f"{name} = ?" for name in (column, *scope))


def _newer(
    db: Database, table: str, column: str, newer: str, dirty: str, clean: str, scope: dict[str, Any]
) -> bool:
    """Whether the row under ``dirty`` is newer than the one under ``clean`` (True when
    there is none under ``clean``; False when there is none under ``dirty``). Stored times
    are UTC text of one format (crawler/clock.py): compared as text, a NULL oldest."""
    sql = f"SELECT {newer} FROM {table} WHERE {_where(column, scope)}"
    mine = db.execute(sql, [dirty, *scope.values()]).fetchone()
    theirs = db.execute(sql, [clean, *scope.values()]).fetchone()
    if mine is None or theirs is None:
        return theirs is None and mine is not None
    return (mine[0] or "") > (theirs[0] or "")


def _settle(
    db: Database,
    table: str,
    column: str,
    dirty: str,
    clean: str,
    scope: dict[str, Any],
    keep: str | None,
    removed: Removed,
) -> None:
    """Leave the rows under ``dirty`` or those under ``clean`` in ``table``, keyed by
    ``clean``: ``keep`` says which ("dirty" or "clean"); None keeps the clean ones if any."""
    where, params = _where(column, scope), list(scope.values())
    count = f"SELECT count(*) FROM {table} WHERE {where}"
    mine = db.execute(count, [dirty, *params]).fetchone()[0]
    if not mine:
        return
    theirs = db.execute(count, [clean, *params]).fetchone()[0]
    if keep == "clean" or (keep is None and theirs):
        db.execute(f"DELETE FROM {table} WHERE {where}", [dirty, *params])
        removed.merged += mine
        return
    db.execute(f"DELETE FROM {table} WHERE {where}", [clean, *params])
    db.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", [clean, dirty, *params])
    removed.merged += theirs
    removed.moved += mine


def _rewrite(db: Database, table: str, column: str, clean: Any) -> int:
    """Set ``column`` to ``clean(value)`` where that differs, row by row through the table's
    key (``column`` has no index: an update per value would scan the table each time); the
    number of rows changed."""
    keys = [f'"{key}"' for key in db.table(table).pks]  # quoted: warc_retries' "offset"
    rows = db.execute(
        f"SELECT {column}, {', '.join(keys)} FROM {table} WHERE {column} LIKE ?", ["%@%"]
    ).fetchall()
    updates = [(new, *key) for value, *key in rows if (new := clean(value)) != value]
    if updates:
        where = " AND ".join(f"{key} = ?" for key in keys)
        db.conn.executemany(f"UPDATE {table} SET {column} = ? WHERE {where}", updates)
    return len(updates)
