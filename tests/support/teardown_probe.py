"""A module whose one object writes a file when it is freed: preloaded by a fork server after
pipelines.extract.preload, it tells whether the server's interpreter tore itself down at
exit (the file is there) or ended at once (tests/unit/test_preload.py).

The file's path is ``NEWSLOOM_TEARDOWN_PROBE`` of the environment the server started with.
"""

from __future__ import annotations

import os
from typing import Any


class _Probe:
    def __init__(self, path: str) -> None:
        self.path = path

    # The functions are bound here: at teardown the module's globals may be gone before this.
    def __del__(
        self,
        _open: Any = os.open,
        _write: Any = os.write,
        _close: Any = os.close,
        _flags: int = os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
    ) -> None:
        fd = _open(self.path, _flags)
        _write(fd, b"freed\n")
        _close(fd)


_PROBE = _Probe(os.environ["NEWSLOOM_TEARDOWN_PROBE"])
