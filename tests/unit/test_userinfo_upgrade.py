"""The upgrade that takes an older version's ``user:password@`` out of the store (m092):
one transaction, and nothing more to do once it has run.

tests/e2e/faults/test_credentials.py checks what it does to every table, on both backends.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.storage import schema
from crawler.storage.database import open_database

DIRTY = "http://bob:s3cret@news.example"


def _older_store(path: Path) -> None:
    old = Database(path)
    schema.migrations.apply(old, stop_before="m092_urls_without_userinfo")
    schema.add_article_columns(old)
    old.table("articles").insert(
        {"url": f"{DIRTY}/s", "source": "s", "fetched_at": "2026-11-01T08:00:00+00:00"}
        | {"text": "Some words.", "fetched_url": f"{DIRTY}/s"}
    )
    old.table("dedup_buckets").insert({"band": 0, "bucket": 1, "url": f"{DIRTY}/s"})
    old.table("pending_articles").insert(
        {"url": f"{DIRTY}/a", "source": "s", "fetch_url": f"{DIRTY}/a", "error": "x"}
    )
    old.close()


def _urls(db: Database) -> list[str]:
    tables = ("articles", "dedup_buckets", "pending_articles")
    return sorted(url for table in tables for (url,) in db.execute(f"SELECT url FROM {table}"))


def test_an_upgrade_stopped_midway_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    """Stopped by an error in its last table (as by a kill), the upgrade leaves every row
    under its old URL, no index of its own and itself not recorded; the next start does
    all of it, and a start after that has nothing to do."""
    path = tmp_path / "old.db"
    _older_store(path)
    with closing(Database(path)) as old:
        old.execute(
            "CREATE TRIGGER refuse BEFORE UPDATE ON pending_articles"
            " BEGIN SELECT RAISE(ABORT, 'stopped'); END"
        )
    with pytest.raises(sqlite3.DatabaseError, match="stopped"):
        open_database(path)

    with closing(Database(path)) as kept:
        assert _urls(kept) == [f"{DIRTY}/a", f"{DIRTY}/s", f"{DIRTY}/s"]
        assert [m.name for m in schema.migrations.pending(kept)] == [
            "m092_urls_without_userinfo",
            "m093_node_urls_without_userinfo",
        ]
        indexes = kept.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
        assert not [name for (name,) in indexes if name.startswith("m092")]
        kept.execute("DROP TRIGGER refuse")

    with closing(open_database(path)) as db:
        clean = "http://news.example"
        assert _urls(db) == [f"{clean}/a", f"{clean}/s", f"{clean}/s"]
        assert not schema.pending(db)
    with closing(open_database(path)) as db:
        assert db.execute("SELECT total_changes()").fetchone()[0] == 0
