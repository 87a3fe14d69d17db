"""Copy an archive between stores (SQLite <-> PostgreSQL), resumable and verified.

Each table is read in primary-key order, a batch at a time (keyset paging: one short query per
batch whatever the table's size), and upserted into the target, so copying a row twice changes
nothing. Each batch commits together with the table's position in ``copy_progress`` of the
target, so a copy that is interrupted (killed, disk full) goes on from its last committed batch
when run again. A table copied to its end has its position cleared; once every table is, the
copy is finished, its rows in ``copy_progress`` go, and the same command run again is a new
copy from each table's start, marked under way (``UNDER_WAY``) until it ends: the position is no
mark of what the target holds, for a crawl into the source meanwhile changes rows
before it (an article's new version) and adds rows there (a URL that sorts first). At the end
the row count of every table is compared; a table whose target holds fewer rows than its source
fails the copy.

A position names no URL with a ``user:password@``, which a store's key may carry where an
older version wrote it (crawler/storage/userinfo.py): the position is the last row of the
batch whose key carries none, so the copy goes on from there (the rows after it are copied
again, which changes nothing); a batch of such keys only leaves the position where it was.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .database import database_errors, describe, error_line, is_postgres, write_transaction
from .schema import MIGRATIONS_TABLE, STORE_TABLE
from .userinfo import key_has_userinfo

if TYPE_CHECKING:
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

PROGRESS_TABLE = "copy_progress"
BATCH_ROWS = 1000
# Tables that are not archive data: the migration record, the copy's own progress, the
# store's id (a copy is a new store: the original may go on crawling through the same Scrapyd
# nodes, and its job ids must not be the copy's) and the index structures of SQLite's
# full-text search (the target rebuilds its own).
_SKIP_PREFIXES = ("sqlite_", "articles_fts")
_SKIP = {MIGRATIONS_TABLE, PROGRESS_TABLE, STORE_TABLE}
# Copied first: the tables other tables' foreign keys point to.
_FIRST = ("runs",)


class SourceFailed(Exception):
    """A read of the copy's source failed (its server gone, a damaged file). Raised apart from
    the target's errors, so the message names the store that failed: the source's lost
    connection was reported as "copy into TARGET stopped"."""


@contextmanager
def _reading(source_name: str) -> Iterator[None]:
    try:
        yield
    except database_errors() as exc:
        raise SourceFailed(f"reading {source_name} failed: {error_line(exc)}") from exc


@dataclass(frozen=True)
class TableCopy:
    table: str
    source_rows: int
    target_rows: int
    copied: int  # rows written by this invocation

    @property
    def complete(self) -> bool:
        return self.target_rows >= self.source_rows


def table_names(db: Database) -> list[str]:
    """The data tables of a store, in copy order."""
    if is_postgres(db):
        names = db.table_names()
    else:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    data = [n for n in names if n not in _SKIP and not n.startswith(_SKIP_PREFIXES)]
    return sorted(data, key=lambda n: (n not in _FIRST, n))


def _columns(db: Database, table: str) -> list[str]:
    return list(db.table(table).columns_dict)


def _keys(db: Database, table: str) -> list[str]:
    keys = list(db.table(table).pks)
    # sqlite-utils names a table without a declared key by its rowid.
    return [] if keys == ["rowid"] else keys


def _quoted(names: list[str]) -> str:
    return ", ".join('"' + n.replace('"', '""') + '"' for n in names)


def copy_table(
    source: Database,
    target: Database,
    table: str,
    *,
    source_name: str,
    after: list[Any] | None = None,
    batch_rows: int = BATCH_ROWS,
) -> TableCopy:
    """Copy one table from ``after``, the primary key of the last row an interrupted copy
    committed (None: from its start); its position is cleared at its end."""
    with _reading(source_name):
        keys = _keys(source, table)
        theirs = _columns(source, table)
    if not keys:
        raise ValueError(f"table {table} has no primary key to copy it by")
    wanted = set(_columns(target, table))
    columns = [c for c in theirs if c in wanted]
    last = after
    key_list = _quoted(keys)
    placeholders = ", ".join("?" for _ in keys)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in keys)
    action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    insert = (
        f'INSERT INTO "{table}" ({_quoted(columns)}) VALUES ({", ".join("?" for _ in columns)})'
        f" ON CONFLICT ({key_list}) {action}"
    )
    key_at = [columns.index(k) for k in keys]
    # The position committed with each batch: None until a row without a userinfo in its
    # key is copied (the table's progress is then no row at all: copied from its start).
    position = json.dumps(after) if after is not None else None
    copied = 0
    while True:
        since = f"WHERE ({key_list}) > ({placeholders})" if last is not None else ""
        with _reading(source_name):
            rows = source.execute(
                f'SELECT {_quoted(columns)} FROM "{table}" {since} ORDER BY {key_list} LIMIT ?',
                [*(last or []), batch_rows],
            ).fetchall()
        if not rows:
            break
        last = [rows[-1][i] for i in key_at]
        position = _position(rows, key_at) or position
        values = [list(r) for r in rows]
        if is_postgres(target):
            _without_nul(values, table)
        with write_transaction(target):
            target.conn.executemany(insert, values)
            if is_postgres(target) and len(keys) == 1:
                _advance_identity(target, table, keys[0])
            if position is None:  # a NULL position would mark the table copied to its end
                target.execute(
                    f"DELETE FROM {PROGRESS_TABLE} WHERE source = ? AND table_name = ?",
                    [source_name, table],
                )
            else:
                target.execute(
                    f"INSERT INTO {PROGRESS_TABLE} (source, table_name, last_key, rows_copied)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (source, table_name) DO UPDATE SET"
                    f" last_key = excluded.last_key,"
                    f" rows_copied = {PROGRESS_TABLE}.rows_copied + excluded.rows_copied",
                    [source_name, table, position, len(rows)],
                )
        copied += len(rows)
        if len(rows) < batch_rows:
            break
    with write_transaction(target):
        target.execute(
            f"INSERT INTO {PROGRESS_TABLE} (source, table_name, last_key, rows_copied)"
            " VALUES (?, ?, NULL, 0) ON CONFLICT (source, table_name) DO UPDATE SET"
            " last_key = NULL",
            [source_name, table],
        )
    with _reading(source_name):
        theirs_count = _count(source, table)
    return TableCopy(table, theirs_count, _count(target, table), copied)


def _position(rows: list[Any], key_at: list[int]) -> str | None:
    """The key of the last of ``rows`` that names no URL with a userinfo, as JSON; None
    when every one does."""
    for row in reversed(rows):
        key = [row[i] for i in key_at]
        if not key_has_userinfo(key):
            return json.dumps(key)
    return None


def _without_nul(rows: list[list[Any]], table: str) -> None:
    """The rows' texts without NUL characters, which PostgreSQL's text cannot hold (in place).

    A store written before the analysis left control characters out of the stored fields
    (pipelines/text/structured.py, ``stored_form``) may hold one, escaped in a page's JSON-LD
    author: the copy stopped at that row on every run, saying to run it again. Said once per
    batch; the source keeps its rows as they are (``scrapy reprocess`` rewrites them)."""
    changed = 0
    for row in rows:
        for index, value in enumerate(row):
            if isinstance(value, str) and "\x00" in value:
                row[index] = value.replace("\x00", "")
                changed += 1
    if changed:
        logger.warning(
            "%d values of %s held NUL characters, which PostgreSQL cannot store: copied"
            " without them",
            changed,
            table,
        )


_DONE = "done"

# The ``table_name`` of the row that marks a copy from a source under way: written when the
# copy starts, deleted with every other row of the source when it ends. No table has this
# name. Without it, a finished copy's marks ("copied to its end") and a table added by a
# later upgrade (no mark) looked like a copy interrupted before that table: the next copy
# passed every other table over.
UNDER_WAY = ""


def _positions(target: Database, source_name: str) -> dict[str, Any]:
    """Where an interrupted copy from ``source_name`` stopped, per table: the last key it
    committed, or ``_DONE`` for a table it copied to its end (a table without a row is
    copied from its start). Empty when there is nothing to go on with: no copy under way."""
    rows = target.execute(
        f"SELECT table_name, last_key FROM {PROGRESS_TABLE} WHERE source = ?", [source_name]
    ).fetchall()
    if not any(name == UNDER_WAY for name, _ in rows):
        return {}
    return {name: json.loads(key) if key else _DONE for name, key in rows if name != UNDER_WAY}


def _count(db: Database, table: str) -> int:
    return int(db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def _advance_identity(target: Database, table: str, key: str) -> None:
    """Move the PostgreSQL identity sequence of ``table``'s key past the ids copied so far, in
    the batch's transaction.

    Moved only once the whole copy had ended, a copy stopped half-way (killed, disk full) left
    the sequence at 1 under copied ids: a crawl into that target failed on its first run record
    with "duplicate key value violates unique constraint runs_pkey". Never moved back: a crawl
    into the target meanwhile may have taken ids past the copied ones."""
    sequence = target.execute("SELECT pg_get_serial_sequence(?, ?)", [table, key]).fetchone()[0]
    if sequence is None:
        return
    target.execute(
        f'SELECT setval(?, GREATEST((SELECT max("{key}") FROM "{table}"),'
        " (SELECT last_value FROM " + sequence + "), 1))",
        [sequence],
    )


def copy_database(
    source: Database,
    target: Database,
    *,
    source_name: str,
    batch_rows: int = BATCH_ROWS,
    report: Callable[[TableCopy], None] = lambda copy: None,
) -> list[TableCopy]:
    """Copy every data table of ``source`` that ``target`` also has; returns per-table counts.

    ``source_name`` identifies the source in the progress table (see :func:`describe`).
    """
    ours = set(table_names(target))
    with _reading(source_name):
        theirs = table_names(source)
    tables = []
    for table in theirs:
        if table not in ours:
            logger.warning("Table %s of %s is not in the target; not copied", table, source_name)
            continue
        tables.append(table)
    positions = _positions(target, source_name)
    if not positions:
        # A new copy: no mark an earlier one left may count for this one, which is under way
        # until it ends.
        with write_transaction(target):
            target.execute(f"DELETE FROM {PROGRESS_TABLE} WHERE source = ?", [source_name])
            target.execute(
                f"INSERT INTO {PROGRESS_TABLE} (source, table_name, last_key, rows_copied)"
                " VALUES (?, ?, NULL, 0)",
                [source_name, UNDER_WAY],
            )
    results = []
    for table in tables:
        at = positions.get(table)
        if at == _DONE:  # copied to its end by the copy this one goes on with
            with _reading(source_name):
                theirs_count = _count(source, table)
            result = TableCopy(table, theirs_count, _count(target, table), 0)
        else:
            result = copy_table(
                source, target, table, source_name=source_name, after=at, batch_rows=batch_rows
            )
        report(result)
        results.append(result)
    with write_transaction(target):  # ended: the next copy from this source is a new one
        target.execute(f"DELETE FROM {PROGRESS_TABLE} WHERE source = ?", [source_name])
    return results


__all__ = ["SourceFailed", "TableCopy", "copy_database", "copy_table", "describe", "table_names"]
