"""The one-way import rule of docs/architecture.md, on every module's parsed imports.

The greps in docs/architecture.md read lines: they miss ``from crawler import settings``, a
relative ``from ..store import …`` and an import inside a function. Here every import
statement is resolved to the module it names.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
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
        "from crawler.storage import schema\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert broken("crawler/storage", RULES["crawler/storage"]) == [
        "crawler/storage/x.py:1: crawler.settings",
        "crawler/storage/x.py:2: crawler.runs.lock",
        "crawler/storage/x.py:4: pipelines.store",
    ]
