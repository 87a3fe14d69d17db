"""The upgrade that takes an older version's ``user:password@`` out of the store (m092):
one transaction, and nothing more to do once it has run; and a copy of such a store, which
keeps no position naming one.

tests/e2e/faults/test_credentials.py checks what it does to every table, on both backends.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.storage import schema
from crawler.storage.copy import copy_database
from crawler.storage.database import open_database, write_transaction

DIRTY = "http://bob:s3cret@news.example"
# Sorts between https://a.org and https://e.org.
LOGIN = "https://bob:s3cret@news.example"


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
            "m094_image_urls_and_copy_positions_without_userinfo",
            "m095_copy_progress_under_way",
            "m096_articles_by_published",
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


def _articles(db: Database, urls: list[str]) -> None:
    row = {"source": "s", "fetched_at": "2026-11-01T08:00:00+00:00", "text": "Some words."}
    with write_transaction(db):
        db.table("articles").insert_all([{**row, "url": url} for url in urls], pk="url")


@pytest.mark.parametrize(
    ("urls", "position"),
    [
        # The second batch ends on a key with a login: the position is the one before it.
        (["https://a.org/0", "https://a.org/1", "https://a.org/2", f"{LOGIN}/0"],
         '["https://a.org/2"]'),
        # A first batch of such keys only: no position (the table is copied from its start).
        ([f"{LOGIN}/0", f"{LOGIN}/1"], None),
    ],
)  # fmt: skip
def test_an_interrupted_copy_keeps_no_position_with_a_password(
    tmp_path: Path, urls: list[str], position: str | None
) -> None:
    """A copy interrupted after a batch ending on a key with ``user:password@`` (a store an
    older version keyed so, a source of a version that writes one) kept that key as its
    position until the table's copy ended. The position is the last key without one, and
    the copy run again goes on from there to every row."""
    source = open_database(tmp_path / "source.db")
    # Written past the store's own writers, as an older version wrote such keys.
    _articles(source, [*urls, f"{LOGIN}/9", "https://e.org/0", "https://e.org/1"])
    target = open_database(tmp_path / "target.db")
    target.execute(
        "CREATE TRIGGER stop BEFORE INSERT ON articles WHEN NEW.url = 'https://e.org/0'"
        " BEGIN SELECT RAISE(ABORT, 'stopped'); END"
    )
    with pytest.raises(sqlite3.DatabaseError, match="stopped"):
        copy_database(source, target, source_name="old", batch_rows=len(urls))
    kept = target.execute(
        "SELECT last_key FROM copy_progress WHERE table_name = 'articles'"
    ).fetchall()
    assert kept == ([(position,)] if position else [])
    target.execute("DROP TRIGGER stop")
    results = {r.table: r for r in copy_database(source, target, source_name="old")}
    assert results["articles"].complete and results["articles"].target_rows == len(urls) + 3
    stored = [r[0] for r in target.execute("SELECT url FROM articles ORDER BY url")]
    assert stored == sorted([*urls, f"{LOGIN}/9", "https://e.org/0", "https://e.org/1"])
    assert "s3cret" not in " ".join(
        str(key) for (key,) in target.execute("SELECT last_key FROM copy_progress")
    )
    source.close()
    target.close()
