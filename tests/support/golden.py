"""The golden cleaning cases of tests/fixtures/cleaning, as texts with must-keep/must-drop lines.

One reader for both the unit tests of ``clean_text`` and the end-to-end checks that wrap the
same texts into pages and crawl them, so the expectations live in one place:

* ``seeds/*.txt`` with ``seeds.json`` (``drop``: boilerplate lines, ``ambiguous``: lines that may
  go either way), the five German seed articles;
* ``authored/*.txt``: English and French articles whose boilerplate lines start with ``[drop] ``
  and whose headline is given on a ``[title] `` line; the file name starts with the language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.support.demo_site import load_seeds

CLEANING = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "cleaning"


def norm(line: str) -> str:
    """A line as cleaning outputs it: whitespace collapsed."""
    return " ".join(line.split())


def loose(line: str) -> str:
    """Case and punctuation do not matter (as for cleaning's headline comparison)."""
    return "".join(ch for ch in line.casefold() if ch.isalnum())


@dataclass(frozen=True)
class AuthoredCase:
    """An authored fixture: its headline, its text as a page would hold it, and its lines."""

    title: str | None
    text: str
    keep: list[str]
    drop: list[str]


def parse_authored(path: Path) -> AuthoredCase:
    """Read an authored fixture: "[drop] " marks boilerplate, "[title] " the headline."""
    title = None
    raw: list[str] = []
    keep: list[str] = []
    drop: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("[title] "):
            title = line.removeprefix("[title] ")
        elif line.startswith("[drop] "):
            raw.append(line.removeprefix("[drop] "))
            drop.append(line.removeprefix("[drop] "))
        else:
            raw.append(line)
            if line.strip():
                keep.append(line)
    return AuthoredCase(title, "\n".join(raw), keep, drop)


def authored_paths() -> list[Path]:
    return sorted((CLEANING / "authored").glob("*.txt"))


@dataclass(frozen=True)
class GoldenText:
    """An article text for a page: every line in page order, and what must (not) survive.

    ``keep`` holds the article's own lines (paragraphs and subheadings); a body line equal to
    the headline is not in it, since a page states its headline in its title and ``<h1>``.
    ``drop`` holds the boilerplate lines, each as often as it occurs.
    """

    name: str
    lang: str
    title: str
    lines: list[str]
    keep: list[str]
    drop: list[str]


def seed_texts() -> list[GoldenText]:
    """The five German seeds, titled as tests/support/demo_site.py titles their demo pages."""
    cases = json.loads((CLEANING / "seeds.json").read_text(encoding="utf-8"))
    out = []
    for article in load_seeds(CLEANING / "seeds"):
        key = article.slug.removeprefix("artikel-")
        case = next(v for k, v in cases.items() if k.startswith(f"{key}_"))
        lines = [norm(line) for line in article.lines if line.strip()]
        skip = set(case["drop"]) | set(case["ambiguous"])
        keep = [line for line in lines if line not in skip and loose(line) != loose(article.title)]
        out.append(GoldenText(f"seed-{key}", "de", article.title, lines, keep, case["drop"]))
    return out


def authored_texts() -> list[GoldenText]:
    """The English and French authored cases."""
    out = []
    for path in authored_paths():
        case = parse_authored(path)
        assert case.title, f"{path.name} has no [title] line"
        lines = [norm(line) for line in case.text.splitlines() if line.strip()]
        keep = [norm(line) for line in case.keep if loose(line) != loose(case.title)]
        lang = path.stem.split("_", 1)[0]
        out.append(GoldenText(path.stem, lang, case.title, lines, keep, case.drop))
    return out


def golden_texts() -> list[GoldenText]:
    return [*seed_texts(), *authored_texts()]
