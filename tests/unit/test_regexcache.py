"""The fork server's patterns made from programs kept by an earlier start
(pipelines/extract/regexcache.py): the same patterns, without compiling them again."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pipelines.extract import regexcache
from pipelines.extract.regexcache import kept_programs, load

ROOT = Path(__file__).resolve().parents[2]

# Named groups, inline and given flags, bytes, a lookbehind, a backreference, a class of
# scripts without case read with case inside a pattern that ignores it.
SAMPLES: list[tuple[str | bytes, int]] = [
    (r"(?P<day>\d{1,2})\.\s*(?P<month>[A-Za-zä]+)\s+(?P<year>\d{4})", 0),
    (r"(?i)^\s*(?:by|von|par)\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})$", 0),
    (r"(?<=\s)(\w+)\s+\1\b", re.MULTILINE),
    (r"(?:(?-i:[\u3040-\u30ff\u4e00-\u9fff])|foto)+", re.IGNORECASE),
    (rb"<meta\s+charset=[\"']?([\w-]+)", re.IGNORECASE),
    (r"^(?:" + "|".join(f"rule {n}(?P<r{n}>)" for n in range(300)) + r")$", 0),
]


def test_a_second_start_makes_its_patterns_from_the_kept_programs(
    tmp_path: Path, parsed_patterns: list[object]
) -> None:
    kept = tmp_path / "patterns.marshal"
    with kept_programs(kept):
        first = [re.compile(pattern, flags) for pattern, flags in SAMPLES]
    assert len(parsed_patterns) == len(SAMPLES) and kept.exists()
    re.purge()
    parsed_patterns.clear()
    with kept_programs(kept):
        second: list[re.Pattern[Any]] = [re.compile(pattern, flags) for pattern, flags in SAMPLES]
    assert parsed_patterns == []  # nothing compiled: every program came from the file
    for a, b in zip(first, second, strict=True):
        assert a == b  # re.Pattern compares the pattern, the flags and the program
        assert (b.groups, dict(b.groupindex), b.flags) == (a.groups, dict(a.groupindex), a.flags)
    date = second[0].search("am 5. März 2024")
    assert date is not None
    assert date.groupdict() == {"day": "5", "month": "März", "year": "2024"}
    rule = second[5].match("rule 17")
    assert rule is not None and rule.lastgroup == "r17"


def _start(kept: Path, *patterns: str) -> list[re.Pattern[str]]:
    """One start: re's own cache emptied, then ``patterns`` compiled within the block."""
    re.purge()
    with kept_programs(kept):
        return [re.compile(pattern) for pattern in patterns]


def test_only_the_block_uses_the_kept_programs(
    tmp_path: Path, parsed_patterns: list[object]
) -> None:
    _start(tmp_path / "patterns.marshal", "inside")
    re.purge()
    re.compile("inside")
    assert parsed_patterns == ["inside", "inside"]


@pytest.mark.parametrize(
    "content",
    [b"", b"not a marshal file", regexcache.marshal.dumps((("another", "python"), {}))],
    ids=["empty", "damaged", "another interpreter's"],
)
def test_a_file_it_cannot_use_is_compiled_past_and_written_anew(
    tmp_path: Path, parsed_patterns: list[object], content: bytes
) -> None:
    kept = tmp_path / "patterns.marshal"
    kept.write_bytes(content)
    with kept_programs(kept):
        compiled = re.compile(r"(?P<word>\w+)")
    assert parsed_patterns == [r"(?P<word>\w+)"]
    word = compiled.match("word")
    assert word is not None and word.group("word") == "word"
    assert list(load(kept)) == [(r"(?P<word>\w+)", 0)]


def test_a_program_the_engine_refuses_is_compiled_instead(
    tmp_path: Path, parsed_patterns: list[object]
) -> None:
    kept = tmp_path / "patterns.marshal"
    regexcache.save(kept, {("abc", 0): (0, b"\xff" * 12, 0, {}, (None,))})
    with kept_programs(kept):
        compiled = re.compile("abc")
    assert parsed_patterns == ["abc"]
    assert compiled.search("xabc") is not None


def test_a_folder_it_cannot_write_costs_nothing_but_the_compiling(
    tmp_path: Path, parsed_patterns: list[object]
) -> None:
    (tmp_path / "a file").write_text("")
    kept = tmp_path / "a file" / "patterns.marshal"  # its folder is a file
    with kept_programs(kept):
        compiled = re.compile("abc")
    assert compiled.search("xabc") is not None and not kept.exists()


def test_every_program_the_text_stack_keeps_is_the_one_re_compiles(tmp_path: Path) -> None:
    """What the fork server's preload imports, kept in a fresh process, then each program made
    into a pattern here and compared with the pattern ``re`` compiles from the same text."""
    kept = tmp_path / "patterns.marshal"
    script = (
        "import sys; from pathlib import Path\n"
        "from pipelines.extract.regexcache import kept_programs\n"
        "with kept_programs(Path(sys.argv[1])):\n"
        "    from pipelines.extract.worker import warm_up\n"
        "    warm_up()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(kept)], cwd=ROOT, check=True)
    programs = load(kept)
    assert len(programs) > 500  # the line rules, the names, the dates, the libraries' patterns
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    for (pattern, flags), program in programs.items():
        assert regexcache._engine(pattern, program) == compiler.compile(pattern, flags), pattern


def test_the_file_is_rewritten_for_long_patterns_it_lacks_not_for_short_ones(
    tmp_path: Path, parsed_patterns: list[object]
) -> None:
    kept = tmp_path / "patterns.marshal"
    _start(kept, "kept")
    written = kept.read_bytes()
    short = "[" + "".join(sorted({"n", "i", "v", "w", "f"})) + "]"  # a library's, from a set
    _start(kept, "kept", short)
    assert kept.read_bytes() == written  # compiled, and compiled again at the next start
    long = "|".join(f"alternative{n}" for n in range(regexcache.REWRITE_CHARS // 10))
    _start(kept, "kept", long)
    assert set(load(kept)) == {("kept", 0), (long, 0)}
    assert parsed_patterns == ["kept", short, long]
