"""Opening the database the way every Newsloom process must: WAL, busy timeout, schema.

``NEWS_DB`` is a SQLite file, or a ``postgresql://`` URL for a store shared by several
processes and hosts (crawler/storage/postgres.py: the same callers, the same migrations).

:func:`database_from_settings` is the one way in for code that has Scrapy settings;
:class:`SharedDatabase` is what one crawl shares: a connection for reads on the reactor thread
and one writer thread, with a connection of its own, for every write of the crawl.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast
from urllib.parse import quote, urlsplit

from .postgres import PostgresDatabase, is_postgres_url

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings
    from sqlite_utils import Database

# sqlite-utils (which imports numpy when it is installed) and the schema built on it are
# imported where a store is opened or checked, not with this module: the commands that open
# no store (`scrapy --help`, `scrapy list`) import this module through their neighbours and
# paid about 0.15 s of CPU for them at every start (benchmarks/startup.py).

logger = logging.getLogger(__name__)

T = TypeVar("T")


def open_database(
    path: str | Path, *, busy_timeout_ms: int = 60_000, reader: bool = False
) -> Database:
    """Open (creating if needed) and migrate the database at ``path`` (or PostgreSQL URL).

    WAL lets readers run beside the one writer; the busy timeout makes a second process wait
    for the write lock instead of failing with "database is locked". The schema is applied
    under BEGIN IMMEDIATE so two processes starting at once cannot both create it; a
    ``reader`` of a store whose schema is current takes no write lock at all.

    A SQLite store this process cannot write (a read-only mount, a snapshot without write
    permission) is never written: a ``reader`` (export, runs, versions, browse) gets it
    opened read-only when its schema is current (:func:`_open_read_only`); anyone else, and a
    reader of an older schema, gets :class:`ReadOnlyStore` before any write is tried.
    """
    if is_postgres_url(path):
        return open_postgres(str(path), busy_timeout_ms=busy_timeout_ms)
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise FileNotFoundError(f"database folder {path.parent} does not exist")
    if reader and path.exists() and not storage_writable(path):
        return _open_read_only(path, busy_timeout_ms)
    check_writable(path)
    deadline = time.monotonic() + busy_timeout_ms / 1000
    delay = 0.02
    while True:
        try:
            return _open(path, busy_timeout_ms, reader=reader)
        except sqlite3.OperationalError as exc:
            if _disk_full(path, exc):
                if reader:
                    return _open_read_only(path, busy_timeout_ms)
                raise DiskFull(f"{exc}: {DISK_FULL}") from exc
            # Switching a new file to WAL takes an exclusive lock, and SQLite answers some
            # lock conflicts at once instead of calling the busy handler (to avoid deadlock):
            # two processes creating one database together meet exactly that. Retry.
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() + delay > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def database_from_settings(settings: BaseSettings, *, reader: bool = False) -> Database:
    """Open ``NEWS_DB`` with ``NEWS_DB_BUSY_TIMEOUT_MS``: what every command and component
    uses (``reader``: see :func:`open_database`)."""
    return open_database(
        settings.get("NEWS_DB"),
        busy_timeout_ms=settings.getint("NEWS_DB_BUSY_TIMEOUT_MS"),
        reader=reader,
    )


def storage_writable(path: Path) -> bool:
    """Whether this process may write the SQLite file ``path`` and its WAL: the file, and its
    folder unless the ``-wal`` and ``-shm`` files SQLite keeps beside it are there already.

    ``access()`` answers for the storage too: on a read-only mount it says no even to root.
    """
    if not os.access(path, os.W_OK):
        return False
    sidecars = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    if all(os.access(p, os.W_OK) for p in sidecars):
        return True
    return os.access(path.parent, os.W_OK)


# What a SQLite I/O error on a disk without free space means, in the line a command gives it.
DISK_FULL = "the disk holding it is full; free some space"


class DiskFull(sqlite3.OperationalError):
    """SQLite's I/O error opening a store on a disk without free space: it cannot even
    size the ``-shm`` index beside it, and says only "disk I/O error"."""


def _disk_full(path: Path, exc: sqlite3.OperationalError) -> bool:
    """Whether ``exc`` is SQLite's I/O error (SQLITE_IOERR and its extended codes) while the
    disk holding ``path`` has no space left."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None or code & 0xFF != sqlite3.SQLITE_IOERR:
        return False
    try:
        return os.statvfs(path.parent).f_bavail == 0
    except OSError:
        return False


def check_writable(path: Path) -> None:
    """Raise :class:`ReadOnlyStore` for an existing SQLite store this process may not write,
    before a writing command tries (and fails half-way, or with SQLite's "attempt to write a
    readonly database")."""
    if path.exists() and not storage_writable(path):
        raise ReadOnlyStore(
            "it is on read-only storage (or without write permission) and this command"
            " writes to it; run it on a writable copy"
        )


# SQLite's answers to a reader of a WAL store when it cannot create the ``-shm`` index.
_NO_SHM_INDEX = (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY_DIRECTORY)


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without writing anything, file or WAL.

    ``mode=ro`` reads a WAL store a writer may still be changing, but SQLite needs the
    ``-shm`` index beside it and cannot create one on read-only storage: it then fails with
    "unable to open database file" (on a read-only mount, and for root), or, in a folder
    this user may not write (another user's store, a copy without write permission),
    "attempt to write a readonly database" (SQLITE_READONLY_DIRECTORY). With no ``-wal``
    file holding commits, no process has the store open and the file alone is the whole
    store: ``immutable=1`` reads it without any index. ``immutable=1`` ignores a ``-wal``
    file, though, and would read the store as it was before that file's commits: such a
    store is refused, never shown incomplete.
    A disk without free space is read the same way: SQLite cannot size the ``-shm`` index
    there either ("disk I/O error"), and a reader (an export to another disk) ended in it.
    """
    base = f"file:{quote(str(path))}"
    try:
        conn = sqlite3.connect(f"{base}?mode=ro", uri=True)
        try:
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        full = _disk_full(path, exc)
        if exc.sqlite_errorcode not in _NO_SHM_INDEX and not full:
            raise
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            where = "on a full disk" if full else "on read-only storage"
            raise ReadOnlyStore(
                f"it is {where} and its last commits are in {wal.name}, which"
                f" SQLite reads only with {path.name}-shm beside it: copy the store with both"
                " files, or open it once where it can be written"
            ) from None
        return f"{base}?immutable=1"
    return f"{base}?mode=ro"


def _open_read_only(path: Path, busy_timeout_ms: int) -> Database:
    """``path`` opened for reading only (see :func:`read_only_uri`), if its schema is this
    code's: an older one can be upgraded only by a process that may write it."""
    conn = sqlite3.connect(
        read_only_uri(path), uri=True, timeout=busy_timeout_ms / 1000, check_same_thread=False
    )
    from sqlite_utils import Database

    from . import schema

    try:
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        check_ours(db, path)
        check_not_newer(db)
        behind = schema.pending(db)
        if behind:
            raise ReadOnlyStore(
                "it is on read-only storage and its schema is older than this Newsloom's"
                f" ({len(behind)} upgrades pending): upgrade it where it can be"
                " written (any command does, e.g. `scrapy runs -s NEWS_DB=PATH`), then read"
                " it here"
            )
    except BaseException:
        conn.close()
        raise
    return db


# Bytes the WAL file is cut back to once a checkpoint has copied it into the database. Without
# a limit SQLite keeps it at its largest size for as long as any connection is open: a reader
# holding a snapshot through a crawl (a `sqlite3` shell left in a transaction, a long Datasette
# query) lets the WAL grow by everything the crawl writes, and a `scrapy browse` left running
# for weeks then kept that size (20 MB for 20 MB written) long after the reader had gone.
WAL_SIZE_LIMIT = 16 * 1024 * 1024


def _open(path: Path, busy_timeout_ms: int, *, reader: bool = False) -> Database:
    from sqlite_utils import Database

    from . import schema

    conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, check_same_thread=False)
    try:
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        check_ours(db, path)  # before WAL: switching it is a write
        check_not_newer(db)
        db.enable_wal()
        db.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        # NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the
        # last commits, which the next run re-fetches.
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        # A reader (runs, export, versions, browse) that took the write lock to find nothing
        # to upgrade waited behind any writer for the whole busy timeout, then failed with
        # "database is locked", where WAL lets it read beside the writer.
        if not (reader and not schema.pending(db)):
            with write_transaction(db):
                schema.apply(db)
    except BaseException:
        conn.close()
        raise
    return db


def open_postgres(url: str, *, busy_timeout_ms: int = 60_000) -> Database:
    """Connect to the PostgreSQL store at ``url`` and migrate it.

    The migrations run under a transaction-level advisory lock, so processes starting at once
    on several hosts apply each migration once. The adapter offers the part of sqlite-utils'
    ``Database`` that Newsloom uses, hence the cast.
    """
    from . import schema

    db = PostgresDatabase(url, timeout_ms=busy_timeout_ms)
    try:
        with write_transaction(cast("Database", db)):
            db.lock_for_transaction("newsloom", "schema")
            names = set(db.table_names())
            if names and schema.MIGRATIONS_TABLE not in names:
                raise ForeignDatabase(
                    f"{redact(url)} is not a Newsloom database (it holds other tables: "
                    f"{', '.join(sorted(names)[:5])}); choose another NEWS_DB"
                )
            check_not_newer(cast("Database", db))
            schema.apply(cast("Database", db))
    except BaseException:
        db.close()
        raise
    return cast("Database", db)


# libpq takes the password from the URL's query too (``?password=…``), as every other setting.
_QUERY_PASSWORD = re.compile(r"(?i)(^|&)(password=)[^&]*")


def redact(url: str) -> str:
    """``url`` without its password, for logs and messages: the one after the user name and
    the one given as a query parameter."""
    return _masked(url, "***")


def without_password(url: str) -> str:
    """``url`` with no password at all, for a command the user is told to run: given the
    password in ``PGPASSWORD`` or ``~/.pgpass``, libpq logs in with it, where a URL carrying
    ``***`` fails as the server's password check."""
    return _masked(url, None)


def has_password(url: str) -> bool:
    """Whether NEWS_DB is a PostgreSQL URL that carries a password (a file path never does)."""
    return is_postgres_url(url) and without_password(url) != url


def _masked(url: str, mask: str | None) -> str:
    """``url`` with its passwords replaced by ``mask``, or taken out when ``mask`` is None."""
    parts = urlsplit(url)
    user, at, host = parts.netloc.rpartition("@")
    netloc = parts.netloc
    if at and ":" in user:
        name = user.split(":", 1)[0]
        netloc = f"{name}@{host}" if mask is None else f"{name}:{mask}@{host}"
    if mask is None:
        query = "&".join(p for p in parts.query.split("&") if not _QUERY_PASSWORD.match(p))
    else:
        query = _QUERY_PASSWORD.sub(rf"\1\2{mask}", parts.query)
    shown = f"{parts.scheme}://{netloc}{parts.path}"
    if query or ("?" in url and mask is not None):
        shown += f"?{query}"
    if parts.fragment:
        shown += f"#{parts.fragment}"
    return shown


def store_path_problem(path: str | Path) -> str | None:
    """Why the SQLite store path ``path`` can name no database file, in the words that follow
    "cannot use <path>: ": a file stands where its folder should be, or it is a folder; None
    otherwise, and for a PostgreSQL URL. The crawls and the commands that read the store say
    it alike: SQLite's own words were "unable to open database file", and a file standing as
    the folder read as a folder that "does not exist" (it does, as a file)."""
    if is_postgres_url(path):
        return None
    folder = Path(path).resolve().parent
    if folder.exists() and not folder.is_dir():
        return f"{folder} is a file, not a folder"
    if Path(path).is_dir():
        return "it is a folder; name the database file in it"
    return None


def database_exists(path: str | Path) -> bool:
    """Whether NEWS_DB names a database to read: a SQLite file that exists, or any PostgreSQL
    URL (connecting tells whether it is there)."""
    return is_postgres_url(path) or Path(path).exists()


def is_postgres(db: object) -> bool:
    """True when ``db`` is a PostgreSQL store (see crawler/storage/postgres.py)."""
    return isinstance(db, PostgresDatabase)


def serialize_copy_decisions(db: Database) -> None:
    """Serialize copy decisions across processes until the caller's transaction ends.

    On SQLite the write transaction already holds the only write lock. On PostgreSQL two
    nodes could each look for the other's copy before either committed and both store an
    original; a transaction-level advisory lock makes the second wait for the first's commit
    (READ COMMITTED: its next lookups then see those rows).
    """
    if is_postgres(db):
        cast(PostgresDatabase, db).lock_for_transaction("newsloom", "copies")


def database_errors(*others: type[Exception]) -> tuple[type[Exception], ...]:
    """The errors of the database engines (with ``others``): SQLite's, and psycopg's once a
    PostgreSQL store is open (psycopg is imported only then)."""
    psycopg = sys.modules.get("psycopg")
    engines = (sqlite3.Error,) if psycopg is None else (sqlite3.Error, psycopg.Error)
    return (*others, *engines)


def error_line(exc: BaseException) -> str:
    """A database error as the one line a message gives it. PostgreSQL's errors span lines:
    the statement refused, with a caret under the failing spot ('permission denied for schema
    public', then 'LINE 1: CREATE TABLE …'), or one line per address a connection tried; the
    primary message is what the user can act on, and the addresses' lines are joined."""
    diag = getattr(exc, "diag", None)
    text = getattr(diag, "message_primary", None) or str(exc)
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


# SQLite's primary result codes of a lock another connection holds: SQLITE_BUSY ("database
# is locked") and SQLITE_LOCKED ("database table is locked").
_LOCK_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
# What such an error means for the operator, in the one line a command gives it.
LOCK_HELD = (
    "another program held SQLite's write lock on it past NEWS_DB_BUSY_TIMEOUT_MS (a sqlite3 "
    "shell in a transaction, a VACUUM, a backup)"
)


def is_lock_error(exc: BaseException | None) -> bool:
    """True for SQLite's answer once another connection held its lock past the busy timeout.

    That is a temporary failure, as the run lock another run holds is (exit 75: try again
    later), not a broken store: it failed runs with exit 1, and a crawl that met it before
    it started said only "cannot open the database …: database is locked".
    """
    if not isinstance(exc, sqlite3.OperationalError) or isinstance(exc, ReadOnlyStore):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _LOCK_CODES
    return str(exc).startswith(("database is locked", "database table is locked"))


def is_database_error(exc: BaseException | None) -> bool:
    """True for an error of a database engine (see :func:`database_errors`)."""
    return isinstance(exc, database_errors())


class ForeignDatabase(sqlite3.DatabaseError):
    """NEWS_DB names another program's SQLite file; nothing was written to it."""


class NewerSchema(sqlite3.DatabaseError):
    """NEWS_DB was upgraded by a newer Newsloom; nothing was written to it."""


def schema_upgrades(path: str | Path) -> list[str]:
    """The upgrades (:func:`crawler.storage.schema.pending`) that opening the store at ``path``
    would apply, read without writing anything: none for a store not created yet. For a
    command that must write nothing (`reprocess --dry-run`): every opening migrates."""
    from sqlite_utils import Database

    from . import schema

    if is_postgres_url(path):
        store = cast("Database", PostgresDatabase(str(path)))
        try:
            return schema.pending(store) if store.table_names() else []
        finally:
            store.close()
    if not Path(path).exists():
        return []
    store = Database(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True))
    try:
        return schema.pending(store)
    finally:
        store.close()


def check_not_newer(db: Database) -> None:
    """Refuse a store whose schema a newer Newsloom upgraded. This code would write rows
    without what the newer one keeps beside them (its columns, its tables) and read the
    store as if it knew it: every command said "ok", exit 0."""
    from . import schema

    ahead = schema.unknown(db)
    if ahead:
        raise NewerSchema(
            f"its schema is newer than this Newsloom's (upgrades it does not know:"
            f" {', '.join(ahead[:3])}{' …' if len(ahead) > 3 else ''}); use the Newsloom that"
            " upgraded it"
        )


class ReadOnlyStore(sqlite3.OperationalError):
    """NEWS_DB is a SQLite store this process cannot write, and the command needs to (to
    write articles, or to upgrade its schema); nothing was written to it."""


def check_ours(db: Database, path: Path) -> None:
    """Refuse a database that holds tables but no record of Newsloom's migrations.

    Another program's file given as NEWS_DB by mistake must stay as it was: not switched to
    WAL, no table added. An empty file (or a new one) is ours to set up.
    """
    from . import schema

    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not names:
        return
    if schema.MIGRATIONS_TABLE in names:
        row = db.execute(
            f"SELECT 1 FROM [{schema.MIGRATIONS_TABLE}] WHERE migration_set = ? LIMIT 1",
            [schema.MIGRATION_SET],
        ).fetchone()
        if row is not None:
            return
    raise ForeignDatabase(
        f"{path} is not a Newsloom database (it holds other tables: "
        f"{', '.join(sorted(names)[:5])}); choose another NEWS_DB"
    )


@contextmanager
def write_transaction(db: Database, *, commit: bool = True) -> Iterator[Database]:
    """A transaction that takes the write lock at BEGIN.

    A deferred transaction that reads first and writes later can fail with SQLITE_BUSY
    without waiting; IMMEDIATE waits for the busy timeout instead. ``commit=False`` rolls it
    back at the end as well (a dry run: the writes were made and counted, and are undone).
    """
    if is_postgres(db):
        cast(PostgresDatabase, db).begin()
    else:
        db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    else:
        if commit:
            db.commit()
        else:
            db.rollback()


@contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """Reads that all see the store as it was at the first of them, for a reader that pages
    through a table in many queries (an export) while a crawl commits beside it.

    Outside a transaction each query sees the newest commit, so an export read a crawl's
    later rows and updates half-way through. In SQLite's WAL mode the read transaction holds
    no lock the writer waits for; on PostgreSQL it is a REPEATABLE READ, READ ONLY one. A
    transaction the caller holds already reads one state and is used as it is.
    """
    if db.conn.in_transaction:
        yield db
        return
    postgres = is_postgres(db)
    db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY" if postgres else "BEGIN")
    try:
        yield db
    finally:
        if db.conn.in_transaction:  # a failed read may have ended it already
            db.execute("ROLLBACK")


@contextmanager
def joined_transaction(db: Database) -> Iterator[Database]:
    """The caller's open transaction, or a transaction of its own when there is none.

    For writes that are one part of a larger write (an article's copy index and line counts):
    a savepoint each would cost PostgreSQL two round trips and a subtransaction, and past 64
    subtransactions in one transaction every snapshot taken on the server gets slower. A
    failure inside leaves the caller's transaction to roll back, as write_transaction does.
    """
    if db.conn.in_transaction:
        yield db
        return
    with db.atomic():
        yield db


def shown(path: str | Path) -> str:
    """The database as a message names it, as given: a PostgreSQL URL without its password
    (error lines printed the URL whole, password and all, to the terminal and cron's mail)."""
    return redact(str(path)) if is_postgres_url(path) else str(path)


def describe(path: str | Path) -> str:
    """The database as messages name it: a resolved file path, or a URL without password."""
    return redact(str(path)) if is_postgres_url(path) else str(Path(path).resolve())


# The writer connection's page cache, in KiB (SQLite's default is 2000).
WRITER_CACHE_KIB = 8192


class SharedDatabase:
    """One crawl's database: reads on the caller's thread, every write on one writer thread.

    Scrapy runs callbacks, middlewares and pipelines on the reactor thread; a write transaction
    there would wait up to the busy timeout whenever another process (or our own writer) holds
    SQLite's write lock, and every download would wait with it. So components read through
    :attr:`db` (WAL readers never wait for the writer) and hand writes to :meth:`write`, which
    runs them one after another, in submission order, each in its own ``BEGIN IMMEDIATE``
    transaction on the writer's connection. sqlite3 releases the GIL while SQLite works.
    """

    def __init__(
        self, path: str | Path, *, busy_timeout_ms: int = 60_000, dry_run: bool = False
    ) -> None:
        self.path = str(path)
        self.busy_timeout_ms = busy_timeout_ms
        # NEWS_DRY_RUN: each write runs whole, its results counted, and is rolled back.
        self.dry_run = dry_run
        self._reader: Database | None = None
        self._writer_db: Database | None = None
        self._executor: ThreadPoolExecutor | None = None

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> SharedDatabase:
        return cls(
            settings.get("NEWS_DB"),
            busy_timeout_ms=settings.getint("NEWS_DB_BUSY_TIMEOUT_MS"),
            dry_run=settings.getbool("NEWS_DRY_RUN"),
        )

    def _open(self) -> Database:
        return open_database(self.path, busy_timeout_ms=self.busy_timeout_ms)

    @property
    def db(self) -> Database:
        """The reading connection, opened (and the schema migrated) on first use."""
        if self._reader is None:
            logger.info("Opening database %s", describe(self.path))
            self._reader = self._open()
        return self._reader

    def write(self, work: Callable[[Database], T]) -> Future[T]:
        """Run ``work(db)`` in a write transaction on the writer thread; its result or error
        arrives in the returned future. A failed ``work`` is rolled back whole."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsloom-writer")
        return self._executor.submit(self._run, work)

    def _run(self, work: Callable[[Database], T]) -> T:
        if self._writer_db is None:
            self._writer_db = self._open()
            if not is_postgres(self._writer_db):
                # The store's batches touch the FTS index, the copy buckets and the pages
                # table all over the file: with SQLite's default 2 MB cache a batch re-read
                # (pread) and spilled pages it had just used. 8 MB cut the writer's CPU per
                # article by a fifth (benchmarks/storecost.py's rows, docs/performance.md).
                self._writer_db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        with write_transaction(self._writer_db, commit=not self.dry_run) as db:
            return work(db)

    def close(self) -> None:
        """Finish the writes already submitted, then close both connections."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        for conn in (self._reader, self._writer_db):
            if conn is not None:
                conn.close()
        self._reader = self._writer_db = None
