"""The fingerprint of the rules that turn a stored page into its ``articles`` row.

A reprocess that was stopped or killed continues where it stopped only when the rows it
finished were made by the rules the rerun has (crawler/storage/reprocess_passes.py). What
decides a row, and so goes into the fingerprint:

- the project's own code: every Python file of ``crawler`` and ``pipelines``, by content.
  ``PIPELINE_VERSION`` is bumped by hand and was not for many rule changes; a code hash
  cannot be forgotten. A change that moves no row (a message, a comment, a docstring) also
  changes it: the rerun then reads every page again, which costs time and never hides a rule;
- the installed versions of the project's dependencies and of theirs (trafilatura, htmldate,
  langdetect, lxml, …), and the Python version (its regular expressions and Unicode tables);
- the settings that decide what the pipelines make of a page (``rule_settings`` in
  crawler/settings.py, which says of every setting whether it is a rule or a run setting),
  the item pipelines themselves among them: a pipeline added, removed or reordered between
  a stopped reprocess and its rerun makes other rows;
- the source's own rules: its expected languages, what it keeps of others, its strip rules
  and its settings.

Data the rules read from the store (templates learned from a source's articles, the copy
index) is not a rule: a rerun after a crawl that taught a template does not read the rows
done before again; a later full pass (``--all``, or any reprocess started after one that
finished) applies it to all.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sys
import unicodedata
from functools import cache
from importlib.metadata import PackageNotFoundError, distribution, packages_distributions
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from scrapy.settings import BaseSettings
from scrapy.utils.conf import build_component_list

from crawler.settings import rule_settings
from crawler.settings_check import check_value
from crawler.sources import Source

logger = logging.getLogger(__name__)

# The distribution whose requirements are followed.
PROJECT = "newsloom"
# The project's packages whose code makes the rows (the folders beside this one's).
CODE_PACKAGES = ("crawler", "pipelines")
# A requirement's name, before its version, extras and markers.
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@cache
def code_digest() -> str:
    """The SHA-256 of the project's code: each Python file's path and content, in path order."""
    root = Path(__file__).resolve().parent.parent
    return _file_digest(
        [p for package in CODE_PACKAGES for p in (root / package).rglob("*.py")], root
    )


@cache
def dependency_versions() -> tuple[tuple[str, str], ...]:
    """Every installed package the project requires, directly or through another, with its
    version, in name order. Requirements of extras (tests, tools) are not followed; one not
    installed (a marker for another Python) is left out."""
    found: dict[str, str] = {}
    todo = [PROJECT]
    while todo:
        name = _normalized(todo.pop())
        if name in found:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        found[name] = dist.version
        for requirement in dist.requires or ():
            if "extra" in requirement.partition(";")[2]:
                continue
            match = _NAME.match(requirement)
            if match:
                todo.append(match[1])
    found.pop(PROJECT, None)  # its own version says nothing its code does not
    return tuple(sorted(found.items()))


def _file_digest(paths: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


@cache
def package_code(top: str) -> str:
    """What stands for the code of ``top``, the top-level package or module of a pipeline
    from outside the project: ``dist==version`` for one an installed distribution provides
    (its files are that version's), else a SHA-256 of its ``.py`` files, paths and contents,
    so that a user's own pipeline package edited between two runs moves the fingerprint.
    ``missing`` when Python cannot find it (the crawl itself then stops on it)."""
    dists = packages_distributions().get(top)
    if dists:
        versions = []
        for name in sorted(dists):
            try:
                versions.append(f"{_normalized(name)}=={distribution(name).version}")
            except PackageNotFoundError:
                continue
        if versions:
            return ",".join(versions)
    try:
        spec = find_spec(top)
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return "missing"
    if spec.submodule_search_locations:
        folders = [Path(folder) for folder in spec.submodule_search_locations]
        return _file_digest([p for f in folders for p in f.rglob("*.py")], folders[0].parent)
    if spec.origin and spec.origin.endswith(".py"):
        origin = Path(spec.origin)
        return _file_digest([origin], origin.parent)
    return spec.origin or "missing"


def _outside_code(settings: BaseSettings) -> dict[str, str]:
    """The code of the item pipelines' packages that are not the project's, by package."""
    tops = set()
    for component in build_component_list(settings.getwithbase("ITEM_PIPELINES")):
        path = component if isinstance(component, str) else component.__module__
        top = path.partition(".")[0]
        if top not in CODE_PACKAGES:
            tops.add(top)
    return {top: package_code(top) for top in sorted(tops)}


def _setting_value(settings: BaseSettings, name: str) -> Any:
    """The value of a rule setting as it acts, not as it was written: ``-s`` gives text
    ("250", "true"), read as the setting's type, so that the default written out again
    reads no page again. A component dict (ITEM_PIPELINES) counts as the components it
    enables, its ``_BASE`` ones too, in their order: it is held as a BaseSettings object,
    whose text is its address in memory, and hashed as it is it would differ in every
    process, and no rerun would continue."""
    value = settings.get(name)
    if isinstance(value, BaseSettings):
        return build_component_list(settings.getwithbase(name))
    return check_value(name, value, typed=False)


def rules_fingerprint(settings: BaseSettings, source: Source) -> str:
    """A stable hash (16 hex digits) of everything that decides ``source``'s rows."""
    parts: dict[str, Any] = {
        "code": code_digest(),
        "packages": dependency_versions(),
        "python": list(sys.version_info[:2]),
        "unicode": unicodedata.unidata_version,
        "settings": {name: _setting_value(settings, name) for name in sorted(rule_settings)},
        "pipeline_code": _outside_code(settings),
        "source": {
            "languages": list(source.languages),
            "keep_other_languages": source.keep_other_languages,
            "strip_patterns": list(source.strip_patterns),
            "settings": dict(source.settings),
        },
    }
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
