"""Every name a module of crawler/ or pipelines/ defines at its top is read somewhere.

A constant, function or class nothing reads is a rule a reader believes in and the code does
not apply (a set of zone names the date reader never consulted, a list of the compared fields
the comparison never used). Read means: named in code, tests or benchmarks (an import, a
call, an attribute), or a part of a dotted name in a string (the components Scrapy's
settings name). Left out: functions and classes under a decorator, which registers them
(``atexit.register``, a migration, a Datasette hook), dunder names, and the upper-case names
of crawler/settings.py, which Scrapy reads from the module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEFINING = ("crawler", "pipelines")
READING = (*DEFINING, "tests", "benchmarks")
SETTINGS = Path("crawler/settings.py")


def _read_names(tree: ast.AST) -> set[str]:
    """The names ``tree`` reads, and the parts of the dotted names in its strings."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.alias):
            names.add(node.name.rsplit(".", 1)[-1])
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.update(node.value.replace(":", ".").split("."))
    return names


def _defined(tree: ast.Module, path: Path) -> list[tuple[int, str]]:
    """The names ``tree`` binds at its top that some code must read, with their lines."""
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [] if node.decorator_list else [node.name]
        elif isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            names = []
        for name in names:
            scrapy_setting = path == SETTINGS and name.isupper()
            if not name.startswith("__") and not scrapy_setting:
                found.append((node.lineno, name))
    return found


def unread() -> list[str]:
    """``path:line: name`` for each name defined at a module's top that nothing reads."""
    trees = {
        path.relative_to(ROOT): ast.parse(path.read_text("utf-8"))
        for room in READING
        for path in sorted((ROOT / room).rglob("*.py"))
    }
    read = set().union(*(_read_names(tree) for tree in trees.values()))
    return [
        f"{path}:{line}: {name}"
        for path, tree in trees.items()
        if path.parts[0] in DEFINING
        for line, name in _defined(tree, path)
        if name not in read
    ]


def test_every_name_defined_is_read() -> None:
    assert unread() == []


def test_a_name_nothing_reads_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "crawler").mkdir()
    (tmp_path / "crawler" / "zones.py").write_text(
        "import atexit\n"
        "_ZONES = frozenset({'EST'})\n"
        "USED = 1\n"
        "LISTED = 2\n"
        "def helper():\n"
        "    return USED\n"
        "@atexit.register\n"
        "def _registered():\n"
        "    pass\n",
        encoding="utf-8",
    )
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_zones.py").write_text(
        "from crawler.zones import helper\nSETTING = 'crawler.zones.LISTED'\n", encoding="utf-8"
    )
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert unread() == ["crawler/zones.py:2: _ZONES"]
