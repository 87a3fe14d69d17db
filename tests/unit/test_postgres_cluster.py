"""The throwaway PostgreSQL cluster of the tests (tests/support/postgres.py) keeps its files
where they cost least: a session writes a database per test, gigabytes in all, and deleting
them from disk at the end of the session took minutes of CI's fifteen."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import psycopg

from tests.support import postgres


def test_the_session_cluster_keeps_its_files_in_memory_when_there_is_room(
    postgres_server: str,
) -> None:
    with psycopg.connect(postgres_server) as conn:
        row = conn.execute("SHOW data_directory").fetchone()
    assert row is not None
    data = Path(row[0])
    memory = postgres.MEMORY
    room = memory.is_dir() and shutil.disk_usage(memory).free >= postgres.MEMORY_NEEDED
    assert data.is_relative_to(memory if room else Path(tempfile.gettempdir())), data
    # The benchmarks' durable cluster measures PostgreSQL's own writes: it stays on disk.
    assert postgres.folder_parent(durable=True) is None
