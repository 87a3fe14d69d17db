"""The one-way import rule of docs/architecture.md, on every module's parsed imports, and no
circle of imports between modules.

The greps in docs/architecture.md read lines: they miss ``from crawler import settings``, a
relative ``from ..store import …`` and an import inside a function. Here every import
statement is resolved to the module it names.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Room: the modules it may import of crawler/ and pipelines/ (a name and what is under it).
RULES = {
    "crawler": ("crawler",),
    "crawler/storage": (
        "crawler.clock",
        "crawler.items",
        "crawler.revisions",
        "crawler.urls",
        "crawler.storage",
    ),
    "crawler/discovery": ("crawler.clock", "crawler.urls", "crawler.discovery"),
    "pipelines/text": ("crawler.clock", "pipelines.text"),
}


def imported(path: Path) -> Iterator[tuple[int, str]]:
    """Every module of this project ``path`` imports, relative imports resolved, with names
    imported from a package read as its modules (``from crawler import urls``)."""
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            yield from ((node.lineno, f"{module}.{alias.name}") for alias in node.names)
        elif isinstance(node, ast.Call) and _loader(node.func) and node.args:
            named = node.args[0]
            if isinstance(named, ast.Constant) and isinstance(named.value, str):
                yield node.lineno, named.value


# Calls that import the module their first argument names: importlib's, the builtin's, and
# Scrapy's (load_object, a module's object by its dotted path). A settings value naming a
# component (ITEM_PIPELINES) is no call: Scrapy connects the two sides through it.
_LOADERS = frozenset({"import_module", "__import__", "load_object"})


def _loader(func: ast.expr) -> bool:
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in _LOADERS


def broken(room: str, allowed: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((ROOT / room).rglob("*.py")):
        for line, module in imported(path):
            ours = module.split(".")[0] in ("crawler", "pipelines")
            if ours and not any(module == a or module.startswith(a + ".") for a in allowed):
                found.append(f"{path.relative_to(ROOT)}:{line}: {module}")
    return found


@pytest.mark.parametrize(("room", "allowed"), RULES.items())
def test_imports_run_one_way(room: str, allowed: tuple[str, ...]) -> None:
    assert broken(room, allowed) == []


# Room: the modules it must never import, though the rule above lets it. A room the other
# names depends on it, one way only: two rooms that import each other are one room in two
# folders, which neither can be read, tested or moved without.
NEVER = {
    # What a run is (outcome, quality, counts, its reports) is read by the crawl's components
    # as it runs; the runner starts crawls through settings, never importing them.
    "crawler/runs": ("crawler.extensions",),
    # Around a crawl, its components read no listing bodies: the robots.txt middleware's
    # flags on an answer (HANDED_OVER) are the middleware's, not discovery's.
    "crawler/extensions": ("crawler.discovery",),
}


def refused(room: str, never: tuple[str, ...]) -> list[str]:
    """Each import by a module of ``room`` of a module under one of ``never``."""
    return [
        f"{path.relative_to(ROOT)}:{line}: {module}"
        for path in sorted((ROOT / room).rglob("*.py"))
        for line, module in imported(path)
        if any(module == n or module.startswith(n + ".") for n in never)
    ]


@pytest.mark.parametrize(("room", "never"), NEVER.items())
def test_rooms_depend_one_way(room: str, never: tuple[str, ...]) -> None:
    assert refused(room, never) == []


def commands_imported() -> list[str]:
    """Each import of a module of crawler/commands/ by any module of crawler/ or pipelines/.

    Scrapy imports every module there as a command, to list them, at every start; what two
    commands share lives in the modules they call (a command imported another's helpers)."""
    return [
        f"{path.relative_to(ROOT)}:{line}: {module}"
        for room in ("crawler", "pipelines")
        for path in sorted((ROOT / room).rglob("*.py"))
        for line, module in imported(path)
        if module.startswith("crawler.commands.")
    ]


def test_no_module_imports_a_command() -> None:
    assert commands_imported() == []


def test_the_check_sees_the_forms_a_grep_misses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "crawler" / "storage" / "x.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "from crawler import settings\n"
        "from ..runs import lock\n"
        "def later():\n"
        "    import pipelines.store\n"
        "from crawler.storage import schema\n"
        "if TYPE_CHECKING:\n"
        "    from pipelines.text import words\n"
        "store = importlib.import_module('pipelines.store')\n"
        "factory = load_object('crawler.runs.lock.Lock')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    explain = tmp_path / "crawler" / "commands" / "explain.py"
    explain.parent.mkdir()
    explain.write_text("def source():\n    from .reprocess import adhoc_source\n", encoding="utf-8")
    assert commands_imported() == [
        "crawler/commands/explain.py:2: crawler.commands.reprocess.adhoc_source"
    ]
    assert broken("crawler/storage", RULES["crawler/storage"]) == [
        "crawler/storage/x.py:1: crawler.settings",
        "crawler/storage/x.py:2: crawler.runs.lock",
        "crawler/storage/x.py:4: pipelines.store",
        "crawler/storage/x.py:7: pipelines.text.words",
        "crawler/storage/x.py:8: pipelines.store",
        "crawler/storage/x.py:9: crawler.runs.lock.Lock",
    ]


def _module(path: Path) -> str:
    """The dotted name of the module at ``path`` (a package by its ``__init__.py``)."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _circle_from(start: str, arrows: dict[str, set[str]]) -> list[str] | None:
    """A shortest circle of imports through ``start``, as the modules in import order."""
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for name in frontier:
            for target in sorted(arrows[name]):
                if target == start:
                    return paths[name]
                if target not in paths:
                    paths[target] = [*paths[name], target]
                    following.append(target)
        frontier = following
    return None


def circles(rooms: Iterable[str] = ("crawler", "pipelines")) -> list[str]:
    """Each circle of imports between the modules of ``rooms``, as ``a -> b -> a``, once.

    An import inside a function counts as much as one at the top: a module that imports its
    importer only when called still makes the two one module in two files, which neither can
    be read, tested or moved without. A name imported from a package is the module of that
    name where there is one (``from crawler import urls``), else the package."""
    paths = sorted(path for room in rooms for path in (ROOT / room).rglob("*.py"))
    modules = {_module(path): path for path in paths}
    arrows: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for _, imported_name in imported(path):
            target = imported_name
            while target not in modules and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in modules and target != name:
                arrows[name].add(target)
    found, seen = [], set()
    for name in modules:
        circle = _circle_from(name, arrows)
        if circle and frozenset(circle) not in seen:
            seen.add(frozenset(circle))
            found.append(" -> ".join([*circle, circle[0]]))
    return found


def test_no_modules_import_each_other() -> None:
    assert circles() == []


def test_a_circle_closed_inside_a_function_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pipelines" / "extract").mkdir(parents=True)
    (tmp_path / "pipelines" / "extract" / "jobs.py").write_text(
        "def analyze():\n    from pipelines.extract.worker import analyze_page\n",
        encoding="utf-8",
    )
    (tmp_path / "pipelines" / "extract" / "worker.py").write_text(
        "from .jobs import PageJob\nfrom pipelines.extract import pool\n", encoding="utf-8"
    )
    (tmp_path / "pipelines" / "extract" / "pool.py").write_text("import os\n", encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert circles() == [
        "pipelines.extract.jobs -> pipelines.extract.worker -> pipelines.extract.jobs"
    ]
