"""The fork server's compiled regular expressions, kept on disk from one crawl to the next.

Half of the CPU the workers' fork server spends on its preload (pipelines/extract/preload.py)
went to ``re`` compiling the text stack's patterns: about 650 of them, 0.40 of 0.75 s, most of
it ``re._parser`` and ``re._compiler`` in Python turning the line rules' long alternations
into programs for the matching engine (docs/performance.md, round 53). Those programs are the
same at every start: the same pattern text and flags give the same program. Within
:func:`kept_programs`, ``re`` takes each program from a file written by an earlier start and
hands it to the engine (``_sre.compile``, which checks it), so the pattern is the one compiling
it would make (equal, as ``re.Pattern`` compares its program too); what the file lacks is
compiled as usual, and the file is written anew for the next start.

The file is a cache: missing, unreadable, written by another Python, or not writable (a
read-only install), every pattern is compiled as before. Pattern objects of a subclass of
``str`` (lxml's strings) and the DEBUG flag are always compiled.
"""

from __future__ import annotations

import _sre
import array
import contextlib
import logging
import marshal
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipelines.extract.keptfile import write_whole

logger = logging.getLogger(__name__)

# What a program depends on besides its pattern and flags: the interpreter's build and the
# matching engine's format.
STAMP = (sys.version, _sre.MAGIC, _sre.CODESIZE, sys.byteorder)

# The file is rewritten when the patterns it lacked hold this many characters: compiling costs
# about 1.2 µs a character, rewriting the text stack's 3 MB file about 5 ms, as much as 4,000. A
# library's pattern built from a set (babel's plural rules) is another text at every start, and
# short: it is compiled each time rather than the file rewritten each time.
REWRITE_CHARS = 4000

# flags with the pattern's inline ones, program as bytes, group count, names, names by index
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _program(pattern: str | bytes, flags: int) -> Program:
    """What ``re`` makes of ``pattern`` before the engine takes it: the parse, the program."""
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    parsed = re._parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return (
        int(flags | parsed.state.flags),
        array.array("I", code).tobytes(),
        parsed.state.groups - 1,
        names,
        tuple(by_index),
    )


def _engine(pattern: str | bytes, program: Program) -> re.Pattern[Any]:
    flags, code, groups, names, by_index = program
    compiled: re.Pattern[Any] = _sre.compile(
        pattern, flags, array.array("I", code).tolist(), groups, names, by_index
    )
    return compiled


def load(path: Path) -> dict[tuple[str | bytes, int], Program]:
    """The programs kept at ``path``; none if the file is missing, damaged or another Python's."""
    try:
        with path.open("rb") as file:
            stamp, programs = marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError) as exc:
        logger.debug("No compiled patterns read from %s: %r", path, exc)
        return {}
    if stamp != STAMP or not isinstance(programs, dict):
        return {}
    return programs


def save(path: Path, programs: dict[tuple[str | bytes, int], Program]) -> None:
    """Writes ``programs`` to ``path`` (pipelines/extract/keptfile.py: whole or not at all)."""
    write_whole(path, [marshal.dumps((STAMP, programs))])


@contextlib.contextmanager
def kept_programs(path: Path) -> Iterator[None]:
    """Within the block, ``re`` compiles a pattern from its program kept at ``path`` when there
    is one; on leaving, the file is rewritten with the programs of the block's patterns if it
    lacked some worth writing it for (``REWRITE_CHARS``), or if there was none to read. Patterns
    compiled before or after the block are not touched."""
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    compile_ = compiler.compile
    kept = load(path)
    used: dict[tuple[str | bytes, int], Program] = {}
    missing = 0  # characters of the patterns the file lacked

    def from_kept(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        nonlocal missing
        if type(pattern) not in (str, bytes) or flags & re.DEBUG:
            return compile_(pattern, flags)
        key = (pattern, flags)
        program = kept.get(key)
        if program is not None:
            try:
                compiled = _engine(pattern, program)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # not a program
                program = None
            else:
                used[key] = program
                return compiled
        program = _program(pattern, flags)
        used[key] = program
        missing += len(pattern)
        return _engine(pattern, program)

    compiler.compile = from_kept
    try:
        yield
    finally:
        compiler.compile = compile_
    if missing >= REWRITE_CHARS or (missing and not kept):
        save(path, used)
