"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb and pg_ctl in a temp folder.

The server listens on 127.0.0.1 only, on a free port, with trust authentication (or, given a
``password``, with PostgreSQL's password check enforced for every login); it is
started once per test session (``postgres_server`` in tests/conftest.py) and each test gets a
database of its own (``fresh_database``), so tests never see each other's rows. PostgreSQL
refuses to run as root, so as root the cluster belongs to the ``postgres`` system user the
Debian package creates (or ``nobody``).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Debian installs the server binaries outside PATH, per major version.
_DEBIAN_BIN = Path("/usr/lib/postgresql")
# Where a throwaway cluster keeps its files when the machine has room there: memory (tmpfs).
# A test session creates a database per test, gigabytes that never need the disk (fsync is
# off); on disk, writing them back and deleting them at the end of the session took minutes.
MEMORY = Path("/dev/shm")
# The room a session's cluster needs in memory, with its write-ahead log: about a hundred
# databases of 8 MB each, and the log up to PostgreSQL's default max_wal_size of 1 GB.
MEMORY_NEEDED = 4 << 30


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    if _DEBIAN_BIN.is_dir():
        for version in sorted(_DEBIAN_BIN.iterdir(), reverse=True):
            if (version / "bin" / "initdb").exists():
                return version / "bin"
    return None


def folder_parent(durable: bool) -> Path | None:
    """Where a cluster's folder goes: memory for a throwaway cluster when there is room,
    else the temporary folder (None). A durable cluster stays on disk: its point is to
    measure PostgreSQL's own durability."""
    if durable or not MEMORY.is_dir() or not os.access(MEMORY, os.W_OK):
        return None
    return MEMORY if shutil.disk_usage(MEMORY).free >= MEMORY_NEEDED else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as() -> list[str]:
    """The command prefix that runs the server as a non-root user, when we are root."""
    if os.geteuid() != 0:
        return []
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return ["runuser", "-u", user, "--"]
    raise RuntimeError("running as root and neither a postgres nor a nobody user exists")


def _owner() -> tuple[int, int]:
    prefix = _run_as()
    if not prefix:
        return os.geteuid(), os.getegid()
    entry = pwd.getpwnam(prefix[2])
    return entry.pw_uid, entry.pw_gid


@contextmanager
def cluster(*, durable: bool = False, password: str | None = None) -> Iterator[str]:
    """Start a cluster; yields the URL of its ``postgres`` database, stops and deletes it after.

    Tests run with fsync off and, where there is room, with the cluster's files in memory (a
    throwaway cluster needs no durability); ``durable`` keeps PostgreSQL's defaults on disk,
    for benchmarks that compare it with SQLite's own durability. With
    ``password``, the server asks every login for a password (scram-sha-256) and the user's is
    this one; the URL yielded carries it."""
    bindir = binaries()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="newsloom-pg-", dir=folder_parent(durable)))
    uid, gid = _owner()
    os.chown(root, uid, gid)
    data, sockets = root / "data", root / "sockets"
    prefix = _run_as()
    user = "newsloom"
    auth = ["-A", "trust"]
    if password is not None:
        pwfile = root / "password"
        pwfile.write_text(password, encoding="utf-8")
        os.chown(pwfile, uid, gid)
        auth = ["-A", "scram-sha-256", f"--pwfile={pwfile}"]
    # UTF8 whatever this machine's locale; server messages go to the test's captured output.
    subprocess.run(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            user,
            *auth,
            "-E",
            "UTF8",
            "-N",
        ],
        check=True,
        capture_output=True,
    )
    (root / "sockets").mkdir()
    os.chown(sockets, uid, gid)
    port = _free_port()
    options = f"-h 127.0.0.1 -p {port} -k {sockets} -c max_connections=200"
    if not durable:
        options += " -c fsync=off"
    subprocess.run(
        [
            *prefix,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-s",
            "-l",
            str(root / "server.log"),
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        login = user if password is None else f"{user}:{password}"
        yield f"postgresql://{login}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-s", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(server_url: str, template: str | None = None) -> str:
    """Create a database on the server, empty or a copy of ``template`` (a database name);
    returns its URL. Copying a migrated template is ten times faster than migrating."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{copy}')
    return server_url.rsplit("/", 1)[0] + f"/{name}"


@contextmanager
def unreachable(server_url: str, url: str) -> Iterator[None]:
    """While the block runs, the database at ``url`` is gone for its clients, as when its
    server stopped or restarted: their sessions ended, no new one let in. It is back after."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name]
        )
    try:
        yield
    finally:
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
