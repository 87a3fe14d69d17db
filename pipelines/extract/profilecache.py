"""langdetect's profiles as the fork server built them, kept on disk from one crawl to the next.

The fork server built ``language.Profiles`` at every start: 55 JSON files read, 87,600 n-grams
given their rows, a 38.5 MB matrix zeroed and filled, about 0.1 s of CPU (docs/performance.md,
round 53) for the same matrix every time. Kept as a file (the languages and the n-grams' rows
marshalled, then the matrix's bytes on a page boundary), a start reads the rows and maps the
matrix from the file: the server and its workers share the file's pages, read only, and touch
only the rows their texts need.

The file says what it was built from: the Python and numpy it was written by, the profile
files (name, size, time of change) and the source of pipelines/text/language.py. Any of them
changed, or the file missing, damaged or unwritable, the profiles are built as before.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import mmap
import os
import struct
import sys
from pathlib import Path

import numpy as np
from langdetect.detector_factory import PROFILES_DIRECTORY

from pipelines.extract.keptfile import write_whole
from pipelines.text import language
from pipelines.text.language import Profiles

logger = logging.getLogger(__name__)

_MAGIC = b"newsloom-profiles-1\n"
_LENGTH = struct.Struct("<Q")  # the marshalled part's length, after the magic
_PAGE = 4096


def stamp(directory: str = PROFILES_DIRECTORY) -> tuple[object, ...]:
    """What the profiles are built from (see the module docstring)."""
    files = sorted(
        (entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
        for entry in os.scandir(directory)
        if entry.is_file()
    )
    code = hashlib.sha256(Path(language.__file__).read_bytes()).hexdigest()
    return (sys.version, np.__version__, sys.byteorder, code, tuple(files))


def _matrix_at(head: int) -> int:
    """Where the matrix starts: the first page boundary after the magic, length and head."""
    end = len(_MAGIC) + _LENGTH.size + head
    return -(-end // _PAGE) * _PAGE


def save(path: Path, profiles: Profiles, built_from: tuple[object, ...]) -> bool:
    """Writes ``profiles`` to ``path`` (whole or not at all); whether it was written."""
    table = np.ascontiguousarray(profiles.table, dtype=np.float64)
    shape = tuple(int(n) for n in table.shape)
    parts: tuple[object, ...] = (built_from, profiles.langlist, profiles.word_lang_prob_map, shape)
    head = marshal.dumps(parts)  # type: ignore[arg-type]
    padding = _matrix_at(len(head)) - (len(_MAGIC) + _LENGTH.size + len(head))
    return write_whole(
        path, [_MAGIC, _LENGTH.pack(len(head)), head, bytes(padding), table.tobytes()]
    )


def load(path: Path, built_from: tuple[object, ...]) -> Profiles | None:
    """The profiles kept at ``path`` if they were built from ``built_from``, else None."""
    try:
        with path.open("rb") as file:
            kept = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError) as exc:  # missing, unreadable, empty (mmap of 0 bytes)
        logger.debug("No profiles read from %s: %r", path, exc)
        return None
    try:
        if kept[: len(_MAGIC)] == _MAGIC:
            (length,) = _LENGTH.unpack_from(kept, len(_MAGIC))
            start = len(_MAGIC) + _LENGTH.size
            kept_from, langlist, rows, shape = marshal.loads(kept[start : start + length])
            at = _matrix_at(length)
            if kept_from == built_from and len(kept) == at + shape[0] * shape[1] * 8:
                table = np.frombuffer(kept, dtype=np.float64, offset=at).reshape(shape)
                return Profiles.of(langlist, rows, table)  # the matrix holds the mapping open
    except (struct.error, EOFError, ValueError, TypeError) as exc:
        logger.debug("Profiles at %s not read: %r", path, exc)
    kept.close()
    return None


def kept_profiles(path: Path) -> Profiles:
    """The profiles kept at ``path``, or built now and kept there for the next start.

    Code run from a zipped egg (Scrapyd's) has no source file to read the stamp from: its
    profiles are built, as at every start before."""
    try:
        built_from = stamp()
    except OSError as exc:
        logger.debug("Profiles not kept: %r", exc)
        return Profiles()
    profiles = load(path, built_from)
    if profiles is None:
        profiles = Profiles()
        save(path, profiles, built_from)
    return profiles
