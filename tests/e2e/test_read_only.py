"""A store on read-only storage: the reading commands read it, nothing writes to it.

The storage is a read-only bind mount (``mount -o bind,ro``) when the tests run as root, who
ignores file permissions; otherwise the folder and its files lose their write permission.
Each test checks that the store's files are byte for byte as they were.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from crawler.browse.plugin import article_link
from crawler.browse.server import make_datasette
from crawler.storage import run_records as records
from crawler.storage.database import open_database
from crawler.storage.pagecodec import pack_page
from tests.conftest import ROOT, run_scrapy, scrapy_env
from tests.support.harness import run_scrapy_forked
from tests.unit.components import run as run_on_reactor

URL = "https://a.example/1"


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` seen through read-only storage, and the path to read it by."""
    if os.geteuid() == 0:
        view = folder.with_name(f"{folder.name}-ro")
        view.mkdir(exist_ok=True)
        mounted = subprocess.run(
            ["mount", "-o", "bind,ro", str(folder), str(view)], capture_output=True, text=True
        )
        if mounted.returncode != 0:
            pytest.skip(f"no read-only bind mount here: {mounted.stderr.strip()}")
        try:
            yield view
        finally:
            subprocess.run(["umount", str(view)], check=True)
        return
    files = [folder, *folder.iterdir()]
    modes = {p: p.stat().st_mode for p in files}
    for p in files:
        p.chmod(modes[p] & ~0o222)
    try:
        yield folder
    finally:
        for p in files:
            p.chmod(modes[p])


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def build_store(folder: Path) -> Path:
    """A current store with one article, its page and one finished run, closed cleanly (so
    no ``-wal`` or ``-shm`` file is left beside it)."""
    folder.mkdir()
    path = folder / "news.db"
    db = open_database(path)
    with db.conn:
        db.table("articles").insert(
            {
                "url": URL,
                "source": "alpha",
                "title": "Erster Titel",
                "fetched_at": "2026-03-02T10:00:00+00:00",
                "text": "Artikel eins",
                "language": "de",
            }
        )
        db.table("pages").insert(
            {
                "url": URL,
                "html_gz": pack_page("<html><body><p>Artikel eins</p></body></html>"),
                "fetched_url": URL,
                "fetched_at": "2026-03-02T10:00:00+00:00",
            }
        )
    run_id = records.start_run(db, "crawl", ["alpha"], None)
    records.source_started(db, run_id, "alpha")
    records.finish_run(db, run_id, 0, {"alpha": None})
    db.close()
    assert sorted(p.name for p in folder.iterdir()) == ["news.db"]
    return path


def test_reading_commands_read_a_store_on_read_only_storage(tmp_path: Path) -> None:
    """runs, versions, export and export-warc each ended in one line, exit 1 ("unable to
    open database file"): opening the store wrote to it (WAL, migrations)."""
    folder = tmp_path / "store"
    build_store(folder)
    before = fingerprint(folder)
    with read_only(folder) as view:
        read_each_way(view / "news.db", tmp_path)
    assert fingerprint(folder) == before


def read_each_way(store: Path, out: Path) -> None:
    """runs, versions, export, export-warc and copydb read the ``build_store`` at ``store``
    (their files written into the folder ``out``)."""
    db = f"NEWS_DB={store}"
    lines = out / "out.jsonl"
    runs, versions, export, export_warc, copydb = run_scrapy_forked(
        ["runs", "-s", db],
        ["versions", URL, "-s", db],
        ["export", str(lines), "-s", db],
        ["export-warc", str(out / "out.warc.gz"), "-s", db],
        ["copydb", str(store), str(out / "copy.db")],
    )
    for run in (runs, versions, export, export_warc, copydb):
        assert run.returncode == 0, run.stderr
    assert "alpha" in runs.stdout
    assert "Erster Titel" in versions.stdout
    assert [json.loads(line)["url"] for line in lines.read_text().splitlines()] == [URL]
    assert "Wrote 1 page" in export_warc.stdout


def test_browse_reads_a_store_on_read_only_storage(tmp_path: Path) -> None:
    """Datasette's ``mode=ro`` connections cannot read a WAL store where no ``-shm`` index
    can be made: the store is served as immutable there, which it is."""
    folder = tmp_path / "store"
    build_store(folder)
    before = fingerprint(folder)
    with read_only(folder) as view:
        datasette = make_datasette(view / "news.db")
        try:
            response = run_on_reactor(datasette.client.get(article_link(URL)))
        finally:
            for database in datasette.databases.values():
                database.close()
        assert response.status_code == 200, response.text
        assert "Erster Titel" in response.text
    assert fingerprint(folder) == before


def test_commits_still_in_the_wal_file_are_read_or_refused(tmp_path: Path) -> None:
    """A snapshot taken while a crawl had the store open holds its last commits in the
    ``-wal`` file: read with its ``-shm``, they are exported; without it, SQLite's immutable
    mode would skip them, so the export refuses instead of writing an incomplete file."""
    folder = tmp_path / "store"
    path = build_store(folder)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    with writer:
        writer.execute("UPDATE articles SET title = 'Neuer Titel' WHERE url = ?", [URL])
    snapshot = tmp_path / "snapshot"
    shutil.copytree(folder, snapshot)
    writer.close()
    assert (snapshot / "news.db-wal").stat().st_size > 0
    out = tmp_path / "out.jsonl"
    with read_only(snapshot) as view:
        run = run_scrapy("export", str(out), "-s", f"NEWS_DB={view / 'news.db'}")
        assert run.returncode == 0, run.stderr
    assert json.loads(out.read_text())["title"] == "Neuer Titel"
    (snapshot / "news.db-shm").unlink()
    before = fingerprint(snapshot)
    with read_only(snapshot) as view:
        run = run_scrapy("export", str(out), "--overwrite", "-s", f"NEWS_DB={view / 'news.db'}")
        assert run.returncode == 1, run.stderr
        assert run.stderr.count("\n") == 1, run.stderr
        assert "its last commits are in news.db-wal" in run.stderr
        assert "news.db-shm beside it" in run.stderr
    assert fingerprint(snapshot) == before
    assert json.loads(out.read_text())["title"] == "Neuer Titel"


def test_an_older_schema_on_read_only_storage_says_how_to_upgrade(tmp_path: Path) -> None:
    """An older store cannot be upgraded where it lies: one line naming the command that
    upgrades it, exit 1 as before, and no write tried."""
    folder = tmp_path / "store"
    path = build_store(folder)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm082_runs_host'")
    conn.close()
    before = fingerprint(folder)
    with read_only(folder) as view:
        commands = ("runs", f"versions {URL}", f"export {tmp_path / 'out.csv'}")
        runs = run_scrapy_forked(
            *([*command.split(), "-s", f"NEWS_DB={view / 'news.db'}"] for command in commands)
        )
        for command, run in zip(commands, runs, strict=True):
            assert run.returncode == 1, (command, run.stderr)
            assert run.stderr.count("\n") == 1, run.stderr
            assert "schema is older than this Newsloom's (1 upgrades pending)" in run.stderr
            assert "`scrapy runs -s NEWS_DB=PATH`" in run.stderr
    assert fingerprint(folder) == before


def test_writing_commands_refuse_read_only_storage_in_one_line(tmp_path: Path) -> None:
    """reprocess and copydb into the store said "unable to open database file", crawl
    "cannot lock" it; now each says why before trying to write."""
    folder = tmp_path / "store"
    build_store(folder)
    other = tmp_path / "other.db"
    open_database(other).close()
    before = fingerprint(folder)
    with read_only(folder) as view:
        db = f"NEWS_DB={view / 'news.db'}"
        writing = (["reprocess", "-s", db], ["copydb", str(other), str(view / "news.db")])
        for args, run in zip(writing, run_scrapy_forked(*writing), strict=True):
            assert run.returncode == 1, (args, run.stderr)
            assert run.stderr.count("\n") == 1, run.stderr
            assert "it is on read-only storage" in run.stderr
            assert "this command writes to it" in run.stderr
        # crawl said "cannot lock …: Read-only file system" of the lock file it tried to make.
        run = run_scrapy("crawl", "news", "-a", "url=http://127.0.0.1:9/x", "-s", db)
        assert run.returncode == 1, run.stderr
        said = f"newsloom: cannot crawl into {view / 'news.db'}: it is on read-only storage"
        assert said in run.stderr
        assert "Traceback" not in run.stderr and "lock" not in run.stderr
    assert fingerprint(folder) == before


@contextmanager
def full_disk(folder: Path) -> Iterator[Path]:
    """A copy of ``folder``'s files on a small file system filled to its last byte."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    disk = folder.with_name(f"{folder.name}-full")
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"no tmpfs mount here: {mounted.stderr.strip()}")
    try:
        for file in folder.iterdir():
            shutil.copy2(file, disk / file.name)
        filler = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(filler, b"\0" * 4096):
                pass
        except OSError:
            pass  # no space left: the disk is full
        finally:
            os.close(filler)
        assert os.statvfs(disk).f_bavail == 0
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_reading_commands_read_a_store_on_a_full_disk(tmp_path: Path) -> None:
    """On a disk without free space SQLite cannot size the store's -shm index: runs,
    versions, export, export-warc and copydb from it each said "cannot open the database
    …: disk I/O error", exit 1, which named neither the cause nor a way out (an export to
    another disk is one). They read it; reprocess, which writes, says the disk is full."""
    folder = tmp_path / "store"
    build_store(folder)
    with full_disk(folder) as disk:
        read_each_way(disk / "news.db", tmp_path)
        run = run_scrapy("reprocess", "-s", f"NEWS_DB={disk / 'news.db'}")
        assert run.returncode == 1, run.stderr
        assert run.stderr.count("\n") == 1, run.stderr
        assert run.stderr.rstrip().endswith("the disk holding it is full; free some space")


# Opens the store at argv[1] as a reading command does and prints the stored title.
_READ_STORE = """
import sys
from crawler.storage.database import open_database
db = open_database(sys.argv[1], reader=True)
print(db.execute("SELECT title FROM articles").fetchone()[0])
"""

# Linux's prctl(PR_CAPBSET_DROP) and the capabilities that let root write (and search) any
# file whatever its permissions: CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH.
_PR_CAPBSET_DROP = 24
_DAC_CAPABILITIES = (1, 2)


def _without_root_file_access() -> None:
    """Run in the child before it starts its program: root that file permissions bind, as
    they bind every other user."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in _DAC_CAPABILITIES:
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_a_store_this_user_may_not_write_is_read(tmp_path: Path) -> None:
    """A store in a folder the user may read but not write (another user's, or a copy
    without write permission, not a read-only mount): SQLite cannot make the ``-shm`` index
    there and answered "attempt to write a readonly database" (SQLITE_READONLY_DIRECTORY, not
    the mount's "unable to open"), which runs, versions, export, export-warc and browse gave
    as "cannot open the database", exit 1. Root writes anywhere: as root, the store belongs
    to another user and root reads it without its power to override file permissions."""
    folder = tmp_path / "store"
    store = build_store(folder)
    before = fingerprint(folder)
    as_root = os.geteuid() == 0
    if as_root:
        for path in (folder, store):
            os.chown(path, 65534, 65534)
        preexec: Callable[[], None] | None = _without_root_file_access
    else:
        store.chmod(0o444)
        folder.chmod(0o555)
        preexec = None
    try:
        read = subprocess.run(
            [sys.executable, "-c", _READ_STORE, str(store)],
            cwd=ROOT,
            env=scrapy_env(),
            capture_output=True,
            text=True,
            timeout=60,
            preexec_fn=preexec,
        )
    except subprocess.SubprocessError as exc:
        pytest.skip(f"root's file access cannot be dropped here: {exc}")
    finally:
        folder.chmod(0o755)
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == "Erster Titel"
    assert fingerprint(folder) == before
