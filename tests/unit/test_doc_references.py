"""What the docs name exists under that name: tests, commands, options, settings, keys.

docs/faults.md pairs each fault with the tests that prove its handling; a test renamed or
merged away left the doc pointing at nothing, and a reader looking for the proof found none.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import pkgutil
import re
import shlex
import subprocess
import tomllib
from functools import cache
from pathlib import Path

import scrapy.commands
import scrapy.settings.default_settings as scrapy_defaults
from scrapy.commands import ScrapyCommand
from scrapy.utils.project import get_project_settings

import crawler.commands
import crawler.settings
from crawler.sources import ADHOC_KEYS, SOURCE_KEYS, WARC_FILTERS, parse_sources
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


# --- The commands, arguments, settings and sources keys the docs show exist ---------------
#
# A newcomer runs the docs' commands as written; a command renamed, an option or `-a` key
# dropped, a setting renamed or a sources key added without a word left them a usage error,
# or a feature they could not find.

# A command as the docs run it: at the start of a code line or an inline code span (after a
# prompt's `$ `), after `&&` or `;`, or as a `.venv/bin/…` path; up to a pipe, a comment or
# the end of the shell command.
INVOCATION = re.compile(r"(?:^|\$ |&& |; |bin/)(?:scrapy|newsloom) ([a-z][a-z-]*)([^|;&#>)`]*)")
SPAN = re.compile(r"`([^`\n]+)`")
ADHOC_ARGUMENT = re.compile(r"-a ([a-z_]+)=")
SETTING = re.compile(r"\bNEWS_[A-Z0-9_]*[A-Z0-9]\b|(?<=-s )'?[A-Z][A-Z0-9]*_[A-Z0-9_]+(?==)")
BENCHMARK = re.compile(r"python -m (benchmarks\.\w+)((?: +-[-\w]+(?: +[^\s`|#-][^\s`|#]*)?)*)")
# Misspelt on purpose: docs/faults.md shows each refused (an option no command has, a setting
# Newsloom lacks); the tests below check they are still unknown, so none hides a real one.
MISSPELT_OPTIONS = {("export-warc", "--ovewrite"), ("runs", "--jsn"), ("reprocess", "--dryrun")}
MISSPELT_SETTINGS = {"NEWS_DBB"}


@cache
def _command_classes() -> dict[str, type[ScrapyCommand]]:
    """Every command `scrapy` offers in this project, by name: Scrapy's, then ours
    (COMMANDS_MODULE), which replace Scrapy's of the same name as they do on the command line."""
    found: dict[str, type[ScrapyCommand]] = {}
    for package in (scrapy.commands, crawler.commands):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for value in vars(module).values():
                if (
                    inspect.isclass(value)
                    and issubclass(value, ScrapyCommand)
                    and value.__module__ == module.__name__
                ):
                    found[info.name] = value
    return found


@cache
def _options(command: str) -> frozenset[str]:
    """The option strings of one command's parser (`-a`, `--overwrite`, …)."""
    instance = _command_classes()[command]()
    instance.settings = get_project_settings()
    # Scrapy's view adds an option its parent added already: keep the last, as Scrapy does.
    parser = argparse.ArgumentParser(conflict_handler="resolve")
    instance.add_options(parser)
    return frozenset(s for action in parser._actions for s in action.option_strings)


def _code(doc: Path) -> list[tuple[int, str]]:
    """``(line number, text)`` of each command line and inline code span of a doc: every line
    of a block that names its language (sh, cron), and of an unnamed block, which may show a
    command's output, the lines that start with a prompt or ``scrapy``."""
    found: list[tuple[int, str]] = []
    block: str | None = None
    for number, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```"):
            block = line[3:].strip() if block is None else None
        elif block:
            found.append((number, line))
        elif block is not None:
            if line.startswith(("$ ", "scrapy ")):
                found.append((number, line))
        else:
            found += [(number, span) for span in SPAN.findall(line)]
    return found


def _words(arguments: str) -> list[str]:
    """The words a shell makes of a command's arguments: a quoted search ('"Kursk" -Russland')
    is one word, not an option -Russland'."""
    try:
        return shlex.split(arguments, comments=True)
    except ValueError:
        return arguments.split()


def unknown_commands(doc: Path) -> list[str]:
    """``doc:line: …`` for each command the doc runs that `scrapy` lacks, and each option
    given to one that its parser lacks."""
    unknown = []
    for number, code in _code(doc):
        for match in INVOCATION.finditer(code):
            command, rest = match.groups()
            if command not in _command_classes():
                unknown.append(f"{doc.name}:{number}: scrapy {command}")
                continue
            for word in _words(rest):
                option = word.split("=")[0]
                if (
                    option.startswith("-")
                    and option.lstrip("-")[:1].isalpha()
                    and option not in _options(command)
                    and (command, option) not in MISSPELT_OPTIONS
                ):
                    unknown.append(f"{doc.name}:{number}: scrapy {command} {option}")
    return unknown


def unknown_names(doc: Path) -> list[str]:
    """``doc:line: …`` for each `-a` argument no ad-hoc run takes, each setting neither
    Scrapy nor Newsloom has, and each benchmark or benchmark option that is not there."""
    settings = {n for n in dir(scrapy_defaults) if n.isupper()} | {
        n for n in dir(crawler.settings) if n.isupper()
    }
    unknown = []
    for number, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1):
        for key in ADHOC_ARGUMENT.findall(line):
            if key not in (*ADHOC_KEYS, *WARC_FILTERS):
                unknown.append(f"{doc.name}:{number}: -a {key}=")
        for name in SETTING.findall(line):
            name = name.lstrip("'")
            if name not in settings and name not in MISSPELT_SETTINGS:
                unknown.append(f"{doc.name}:{number}: setting {name}")
        for module, flags in BENCHMARK.findall(line):
            path = ROOT / (module.replace(".", "/") + ".py")
            if not path.is_file():
                unknown.append(f"{doc.name}:{number}: {module}")
                continue
            source = path.read_text(encoding="utf-8")
            for flag in re.findall(r"(?<!\S)(--?[a-z][-\w]*)", flags):
                if f'"{flag}"' not in source:
                    unknown.append(f"{doc.name}:{number}: {module} {flag}")
    return unknown


def test_every_command_and_option_the_docs_run_exists() -> None:
    assert [found for doc in DOCS for found in unknown_commands(doc)] == []


def test_every_argument_setting_and_benchmark_the_docs_name_exists() -> None:
    assert [found for doc in DOCS for found in unknown_names(doc)] == []


def test_the_misspellings_the_docs_show_refused_are_still_unknown() -> None:
    settings = {n for n in dir(crawler.settings) if n.isupper()}
    assert not MISSPELT_SETTINGS & settings
    assert [(c, o) for c, o in MISSPELT_OPTIONS if o in _options(c)] == []


def test_a_renamed_command_option_argument_or_setting_is_reported(tmp_path: Path) -> None:
    doc = tmp_path / "guide.md"
    doc.write_text(
        "Run `scrapy export out.csv --sources x` or `scrapy crawlal`.\n"
        "```sh\n"
        "cd /srv && .venv/bin/scrapy runs -n 3 --json   # fine\n"
        "scrapy crawl news -a feeds=URL -s NEWS_DBX=x.db -s DOWNLOAD_DELAYS=2\n"
        ".venv/bin/python -m benchmarks.throughput --pages 20 --pagez 3\n"
        ".venv/bin/python -m benchmarks.nothing_here\n"
        "```\n",
        encoding="utf-8",
    )
    assert unknown_commands(doc) == [
        "guide.md:1: scrapy export --sources",
        "guide.md:1: scrapy crawlal",
    ]
    assert unknown_names(doc) == [
        "guide.md:4: -a feeds=",
        "guide.md:4: setting NEWS_DBX",
        "guide.md:4: setting DOWNLOAD_DELAYS",
        "guide.md:5: benchmarks.throughput --pagez",
        "guide.md:6: benchmarks.nothing_here",
    ]


# A file of the project a doc names in code (`crawler/storage/unspaced.py`, a folder too).
PROJECT_PATH = re.compile(r"`((?:crawler|pipelines|benchmarks|tests)/[\w./*-]+)")
# Named but made elsewhere: setup.py writes the egg's copy of sources.toml there, Python
# its bytecode.
BUILT_PATHS = re.compile(r"^crawler/deployed/sources\.toml$|/__pycache__/")


def missing_files(doc: Path) -> list[str]:
    """``doc:line: path`` for each file or folder of the project the doc names that is gone."""
    return [
        f"{doc.name}:{number}: {path}"
        for number, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1)
        for path in PROJECT_PATH.findall(line)
        if not BUILT_PATHS.search(path) and not any(ROOT.glob(path.rstrip("/")))
    ]


def test_every_file_the_docs_name_exists(tmp_path: Path) -> None:
    assert [found for doc in DOCS for found in missing_files(doc)] == []
    doc = tmp_path / "map.md"
    doc.write_text(
        "`crawler/urls.py`, `crawler/gone.py`, `tests/unit/`, `tests/unit/test_*.py`\n",
        encoding="utf-8",
    )
    assert missing_files(doc) == ["map.md:1: crawler/gone.py"]


def _toml_blocks(doc: Path) -> list[str]:
    """The text of each ```toml block of a doc."""
    blocks: list[str] = []
    current: list[str] | None = None
    for line in doc.read_text(encoding="utf-8").splitlines():
        if current is None and line.startswith("```toml"):
            current = []
        elif current is not None and line.startswith("```"):
            blocks.append("\n".join(current))
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def test_the_sources_examples_of_the_docs_load() -> None:
    blocks = [block for doc in DOCS for block in _toml_blocks(doc)]
    assert blocks
    for block in blocks:
        assert parse_sources(tomllib.loads(block))


def test_every_key_a_source_takes_is_documented() -> None:
    """README's *Sources* and the comment atop the bundled sources.toml name every key."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    comment = " ".join(
        line
        for line in (ROOT / "sources.toml").read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    )
    named = {k for k in SOURCE_KEYS if re.search(rf"`{k}`|^{k} =", readme, re.MULTILINE)}
    assert sorted(SOURCE_KEYS - named) == []
    assert sorted(k for k in SOURCE_KEYS if not re.search(rf"\b{k}\b", comment)) == []


def _silent_commands(text: str) -> list[str]:
    """The shell commands of a doc's ```sh blocks that it says print nothing, each with the
    lines its backslashes continue it onto."""
    commands: list[str] = []
    for block in re.findall(r"^```sh\n(.*?)^```", text, flags=re.S | re.M):
        command = ""
        for line in block.splitlines():
            command += line + "\n"
            if line.rstrip().endswith("\\"):
                continue
            if line.rstrip().endswith("# prints nothing"):
                commands.append(command)
            command = ""
    return commands


def test_the_checks_the_docs_say_print_nothing_print_nothing() -> None:
    """architecture.md gives the import direction as greps that print nothing; one of them
    printed discovery/'s import of its own package, and a reader took it for a broken rule."""
    commands = [c for doc in DOCS for c in _silent_commands(doc.read_text(encoding="utf-8"))]
    assert len(commands) >= 4
    for command in commands:
        done = subprocess.run(
            ["bash", "-c", command], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert done.stdout == "", f"{command}printed:\n{done.stdout}"


def test_a_check_that_prints_something_is_reported(tmp_path: Path) -> None:
    """The test above sees output: a grep of a line that is there is caught."""
    doc = "```sh\ngrep -n 'import' \\\n  tests/conftest.py   # prints nothing\n```\n"
    (command,) = _silent_commands(doc)
    done = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.stdout != ""
