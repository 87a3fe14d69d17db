"""The tests the docs name as proof exist under those names.

docs/faults.md pairs each fault with the tests that prove its handling; a test renamed or
merged away left the doc pointing at nothing, and a reader looking for the proof found none.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from tests.conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# `tests/unit/test_x.py::test_name`, or `::test_name` after it on the same line (same file).
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)?(?:::(\w+)(?:\[[^`]*\])?)?`")


@cache
def _defined(path: Path) -> frozenset[str]:
    """The names of the functions and classes of a test module, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return frozenset(node.name for node in ast.walk(tree) if isinstance(node, kinds))


def broken_references(doc: Path) -> list[str]:
    """``doc:line: reference`` for each named test file or test that does not exist."""
    broken = []
    for number, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1):
        current: Path | None = None
        for match in REFERENCE.finditer(line):
            path, name = match.group(1), match.group(2)
            if path:
                current = ROOT / path
                if not current.is_file():
                    broken.append(f"{doc.name}:{number}: {path}")
                    current = None
                    continue
            if name and current is not None and name not in _defined(current):
                broken.append(f"{doc.name}:{number}: {current.relative_to(ROOT)}::{name}")
    return broken


def test_every_test_the_docs_name_exists() -> None:
    assert [ref for doc in DOCS for ref in broken_references(doc)] == []


def test_a_renamed_test_is_reported(tmp_path: Path) -> None:
    doc = tmp_path / "faults.md"
    doc.write_text(
        "| fault | `tests/unit/test_doc_references.py::test_every_test_the_docs_name_exists`,"
        " `::test_gone` |\n| other | `tests/unit/no_such_file.py::test_x` |\n",
        encoding="utf-8",
    )
    assert broken_references(doc) == [
        "faults.md:1: tests/unit/test_doc_references.py::test_gone",
        "faults.md:2: tests/unit/no_such_file.py",
    ]
