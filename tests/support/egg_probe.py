"""Imports every module of an egg as a Scrapyd node does: from the egg alone.

    python tests/support/egg_probe.py EGG CHECKOUT

Run by tests/e2e/test_egg.py in its own process. The test environment has the project
installed in development mode (its ``.pth`` finder serves the checkout's modules) and the
checkout on the path; a node has the egg and the libraries. Both are taken out of this
process before anything of the project is imported, so a module the egg lacks fails here as
it fails in a job. Prints one JSON object: how many modules the egg holds, those that failed
(with the error), those that came from elsewhere than the egg, and how many compiles of the
egg's sources the imports made (the ``compile`` audit event, which ``zipimport`` raises when
it has no usable bytecode).

    python tests/support/egg_probe.py EGG CHECKOUT preload

imports the extraction workers' fork server preload from the egg instead, and prints how many
patterns ``re`` parsed meanwhile and the folder the preload keeps its files in.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import zipfile
from typing import Any


def _editable(hook: object) -> bool:
    return str(getattr(hook, "__module__", "")).startswith("__editable__")


def _from_the_egg_alone(egg: str, checkout: str) -> None:
    """Takes the development install and the checkout out of this process's imports."""
    sys.meta_path[:] = [finder for finder in sys.meta_path if not _editable(finder)]
    sys.path_hooks[:] = [hook for hook in sys.path_hooks if not _editable(hook)]
    here = sys.path[0]  # this file's folder, inside the checkout
    kept = [p for p in sys.path[1:] if p not in ("", here, checkout) and "__editable__" not in p]
    sys.path[:] = [egg, *kept]
    sys.path_importer_cache.clear()


def preload(egg: str, checkout: str) -> None:
    """The fork server's preload from the egg: patterns parsed, and where its files are kept."""
    _from_the_egg_alone(egg, checkout)
    parser: Any = re._parser
    parse = parser.parse
    parsed = 0

    def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal parsed
        parsed += 1
        return parse(*args, **kwargs)

    parser.parse = counted
    kept = importlib.import_module("pipelines.extract.preload").KEPT
    print(json.dumps({"parsed": parsed, "kept": str(kept)}))


def main(egg: str, checkout: str) -> None:
    compiled: list[str] = []

    def count(event: str, args: tuple[object, ...]) -> None:
        if event == "compile" and str(args[1]).startswith(egg):
            compiled.append(str(args[1]))

    sys.addaudithook(count)
    _from_the_egg_alone(egg, checkout)
    with zipfile.ZipFile(egg) as archive:
        files = [n for n in archive.namelist() if n.endswith(".py") and "/" in n]
    names = sorted(f[:-3].replace("/", ".").removesuffix(".__init__") for f in files)
    failed: dict[str, str] = {}
    elsewhere: list[str] = []
    for name in names:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # every failure is the finding, reported
            failed[name] = repr(exc)
            continue
        if not str(getattr(module, "__file__", None) or "").startswith(egg):
            elsewhere.append(name)
    report = {"modules": len(names), "failed": failed, "elsewhere": elsewhere}
    print(json.dumps({**report, "compiled": len(compiled)}))


if __name__ == "__main__":
    (preload if sys.argv[3:] == ["preload"] else main)(sys.argv[1], sys.argv[2])
