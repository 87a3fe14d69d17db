"""Why a crawl cannot use its SQLite store, said before it starts (crawler/runs/storecheck.py)."""

from __future__ import annotations

from pathlib import Path

from crawler.runs.storecheck import sqlite_store_problem


def test_a_file_where_the_database_folder_should_be_is_named_a_file(tmp_path: Path) -> None:
    """`-s NEWS_DB=notes.db/news.db` said "the database folder notes.db does not exist"."""
    afile = tmp_path / "notes.db"
    afile.write_text("x", encoding="utf-8")
    db = str(afile / "news.db")
    assert sqlite_store_problem(db) == f"cannot use {db}: {afile} is a file, not a folder"


def test_a_folder_given_as_the_store_is_named_a_folder(tmp_path: Path) -> None:
    """`-s NEWS_DB=/srv/newsloom` said "cannot open the database …: unable to open database
    file"."""
    assert sqlite_store_problem(str(tmp_path)) == (
        f"cannot use {tmp_path}: it is a folder; name the database file in it"
    )


def test_the_near_misses_a_missing_folder_and_a_store_to_be_made(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone" / "news.db")
    assert sqlite_store_problem(missing) == (
        f"cannot use {missing}: the database folder {tmp_path / 'gone'} does not exist"
    )
    assert sqlite_store_problem(str(tmp_path / "news.db")) is None
