"""A file an export writes whole or not at all: under a hidden partial name, locked while
it is written, renamed to its own name once complete and synced.

``scrapy export`` (archive.py), ``export-warc`` (crawler/warc/export.py) and a crawl's ``-O``
(feedfile.py) all write so; the export commands remove what a killed export left behind
(:func:`remove_stale_partials`). A file asked for through a symbolic link is the file the link
names (:func:`written_file`).
"""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def lock_partial(partial: Path) -> int:
    """A descriptor of ``partial`` (created if missing) holding its ``flock``, the file still
    under that name once locked.

    Creating the file and locking it are two calls, and an export's sweep in between finds
    the file free and may remove it (:func:`remove_stale_partials` removes an empty one as
    well: a kill before the first write left it for good); the writer then held a file no
    longer named, so it opens the name again until the file it locked is the one named.
    """
    while True:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if _same_file(fd, partial):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd``."""
    try:
        named = path.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


@contextmanager
def holding(partial: Path) -> Iterator[None]:
    """Hold an ``flock`` on ``partial`` while it is written, so that an export starting
    meanwhile (:func:`remove_stale_partials`) leaves it to its writer; the lock goes with the
    process, so a killed export's partial file is found free."""
    fd = lock_partial(partial)
    try:
        yield
    finally:
        os.close(fd)


def remove_stale_partials(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Remove the partial files of exports into ``folder`` that no running export holds: a
    killed export (``kill -9``, its machine lost) left its hidden ``.NAME.partial`` until
    the next export to that very name. Returns the files removed.

    Only a hidden ``.NAME.partial`` whose NAME ends as an export's file does, one of
    ``suffixes`` (lower case) in any case (``.jsonl``, ``.NDJSON``, ``.warc.gz``, …: the
    exports' own, archive.py ``EXPORT_SUFFIXES``), is looked at, and only while it is the file
    locked here. An empty one is removed too (a kill before the first write left it for
    good): a writer that created it and has not yet taken its lock finds it gone once it
    has, and creates it anew (:func:`lock_partial`).
    """
    removed = []
    for stale in sorted(folder.glob(".*.partial")):
        if not stale.name.removesuffix(".partial").lower().endswith(suffixes):
            continue
        try:
            with stale.open("rb") as fh:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                # Renamed by its finished export, or another export's file by now.
                if not stale.is_file() or not _same_file(fh.fileno(), stale):
                    continue
                stale.unlink()
        except BlockingIOError:
            continue  # an export is writing it
        except OSError:
            continue  # gone meanwhile (its export finished), or not ours to remove
        removed.append(stale)
    return removed


def written_file(target: Path) -> Path:
    """The file an export to ``target`` writes: the file a symbolic link there names (through
    every link of a chain; a dangling link's target, which the export creates), else
    ``target`` itself.

    Renamed onto the link, the new file replaced it: an ``articles.parquet`` linked into a
    shared folder became a file of its own, and the shared file stayed as it was. A link that
    leads back to itself is left as it is (:func:`link_loop` tells it)."""
    if not target.is_symlink():
        return target
    real = Path(os.path.realpath(target))
    return target if real.is_symlink() else real


def link_loop(target: Path) -> bool:
    """Whether ``target`` is a symbolic link that never reaches a file (a loop of links)."""
    return target.is_symlink() and written_file(target) == target


def partial_file(target: Path) -> Path:
    """Where an export (``scrapy export``, ``export-warc``, a crawl's ``-O``: feedfile.py)
    writes ``target`` until it is complete: a hidden name beside the file it writes (beside
    the file a link names: :func:`written_file`, so the rename stays in one file system),
    which no glob of the final names matches. Not ``….warc.gz.open``: that is a recording
    crawl's file, which the next crawl recording into the folder gives its final name when no
    writer holds it (crawler/warc/writer.py, ``recover_abandoned``), and so it named a killed
    export's half-written file as whole."""
    written = written_file(target)
    return written.with_name(f".{written.name}.partial")


def publish(partial: Path, target: Path) -> None:
    """Give the complete ``partial`` the name ``target`` so that it survives a power cut.

    Its bytes are synced before the rename and the folder after it, as careful writers
    (SQLite) do: renamed first, a power cut could leave ``target`` naming a file whose bytes
    never reached the disk (empty or cut, with ext4's delayed allocation, XFS), the very
    half-written file the partial name is there to prevent; and the rename itself lives in
    the folder, which only its own sync puts on the disk. A folder the file system cannot
    sync (``EINVAL``: some network and FUSE file systems) keeps the rename as it is.
    """
    target = written_file(target)  # through a symbolic link, never onto it
    fd = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    partial.replace(target)
    folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(folder)
    except OSError as exc:
        if exc.errno != errno.EINVAL:
            raise
    finally:
        os.close(folder)
