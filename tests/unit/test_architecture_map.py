"""docs/architecture.md places every module of crawler/ and pipelines/, and only those.

The map is read by someone looking for where a thing lives: a module it does not place is a
room the reader cannot find, and a place it names that is gone sends them to nothing. Its
sections are headed by a folder (### `crawler/storage/`: …), each module a bullet that opens
with its name (- `versions.py`: …; several may share one bullet). An ``__init__.py`` that
holds nothing but its folder's docstring is left out, as the map says.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAP = Path("docs/architecture.md")
ROOMS = ("crawler", "pipelines")
_SECTION = re.compile(r"^### `([\w/]+/)`")
_BULLET = re.compile(r"^- ((?:`[\w.-]+\.py`(?:, | and )?)+):")


def placed(text: str) -> dict[str, int]:
    """{module path: line} for each module the map's bullets name under a folder's heading."""
    found: dict[str, int] = {}
    folder = None
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#"):
            heading = _SECTION.match(line)
            folder = heading.group(1) if heading else None
        elif folder and (bullet := _BULLET.match(line)):
            for name in re.findall(r"`([\w.-]+\.py)`", bullet.group(1)):
                found.setdefault(folder + name, number)
    return found


def _holds_code(path: Path) -> bool:
    """Whether a module holds more than a docstring."""
    body = ast.parse(path.read_text("utf-8")).body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    return bool(body)


def modules() -> list[str]:
    """The modules the map must place."""
    return sorted(
        path.relative_to(ROOT).as_posix()
        for room in ROOMS
        for path in (ROOT / room).rglob("*.py")
        if path.name != "__init__.py" or _holds_code(path)
    )


def misplaced() -> list[str]:
    """Each module the map does not place, and each place it names that holds no module."""
    on_map = placed((ROOT / MAP).read_text("utf-8"))
    there = modules()
    return [f"not on the map: {module}" for module in there if module not in on_map] + [
        f"{MAP}:{line}: no such module: {module}"
        for module, line in on_map.items()
        if module not in there
    ]


def test_the_map_places_every_module() -> None:
    assert misplaced() == []


def test_a_module_missing_or_gone_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / MAP).write_text(
        "## The map\n\n### `crawler/`: fetching\n\n- `urls.py`, `gone.py`: URLs.\n"
        "  `extra.py` in a line that goes on places nothing.\n\n"
        "### `pipelines/text/`: text\n\n- `words.py`: words.\n",
        encoding="utf-8",
    )
    for module, text in {
        "crawler/__init__.py": '"""Fetching."""\n',
        "crawler/urls.py": "X = 1\n",
        "crawler/extra.py": "Y = 1\n",
        "pipelines/text/__init__.py": "from .words import Z\n",
        "pipelines/text/words.py": "Z = 1\n",
    }.items():
        (tmp_path / module).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / module).write_text(text, encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert misplaced() == [
        "not on the map: crawler/extra.py",
        "not on the map: pipelines/text/__init__.py",
        "docs/architecture.md:5: no such module: crawler/gone.py",
    ]
