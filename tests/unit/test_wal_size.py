"""The WAL file of a store that a reader held through a crawl shrinks back afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crawler.storage.database import WAL_SIZE_LIMIT, open_database, write_transaction


def _write_runs(db_path: Path, count: int, size: int) -> None:
    db = open_database(db_path)
    try:
        for _ in range(count):
            with write_transaction(db):
                db.execute("INSERT INTO runs (command, sources) VALUES ('crawl', ?)", ["x" * size])
    finally:
        db.close()


def test_a_wal_grown_behind_a_held_reader_is_cut_back_once_the_reader_is_gone(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "news.db"
    wal = tmp_path / "news.db-wal"
    open_database(db_path).close()
    # A browser left open for weeks (Datasette): its connection keeps the WAL file.
    browse = sqlite3.connect(db_path)
    browse.execute("SELECT count(*) FROM runs").fetchone()
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM runs").fetchone()
    try:
        # One crawl's writes while the reader holds its snapshot: nothing can be checkpointed.
        _write_runs(db_path, 80, 500_000)
        grown = wal.stat().st_size
        reader.execute("COMMIT")
        reader.close()
        # The next crawl: its checkpoints copy the WAL into the database and start it over.
        _write_runs(db_path, 300, 20_000)
        after = wal.stat().st_size
    finally:
        browse.close()
    assert grown > 2 * WAL_SIZE_LIMIT
    assert after <= WAL_SIZE_LIMIT
