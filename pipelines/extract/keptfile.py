"""A file the fork server keeps from one start to the next, written whole or not at all.

The fork server keeps what it would otherwise rebuild at every crawl's start
(pipelines/extract/regexcache.py, pipelines/extract/profilecache.py) beside the preload's
bytecode. Crawls starting side by side may write the same file: each writes a file of its own
and renames it into place, so a reader opens one whole file or the other, never half of one.
A folder that cannot be written (a read-only install) is let be: the next start rebuilds.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

logger = logging.getLogger(__name__)


def write_whole(path: Path, parts: Iterable[bytes]) -> bool:
    """Writes ``parts`` one after the other as ``path``; whether it was written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as file:
                for part in parts:
                    file.write(part)
            os.chmod(temporary, 0o644)  # as bytecode is: readable by whoever runs the crawl
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as exc:
        logger.debug("Not kept at %s: %r", path, exc)
        return False
    return True
