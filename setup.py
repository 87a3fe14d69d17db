"""The egg build Scrapyd deploys (``scrapyd-deploy`` runs ``setup.py bdist_egg``).

Metadata lives in pyproject.toml. Two additions: a built distribution carries the project's
``sources.toml`` as ``crawler/deployed/sources.toml``, so a Scrapyd node, which has only the
egg, lists and crawls the same sources (crawler/sources.py ``resolve_sources_path``); and the
egg carries each module's bytecode beside its source, where a zipped egg's importer looks for
it (``EggWithBytecode``).
"""

from __future__ import annotations

import py_compile
import shutil
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.bdist_egg import bdist_egg
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithSources(build_py):
    """build_py that also copies the project's sources file into the package."""

    def run(self) -> None:
        super().run()
        sources = HERE / "sources.toml"
        if sources.is_file() and not getattr(self, "editable_mode", False):
            target = Path(self.build_lib) / "crawler" / "deployed"
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(sources, target / "sources.toml")


class EggWithBytecode(bdist_egg):
    """bdist_egg whose egg holds ``module.pyc`` beside each ``module.py``.

    Scrapyd imports the project from the egg file itself (``zipimport``), which reads bytecode
    only at that place, never from ``__pycache__/``, and cannot write any: from an egg of
    sources alone every job compiled the project's modules anew, in its crawl process and again
    in its extraction workers' fork server, as did every ``scrapy list`` the node ran. The
    files are hash-checked against the source beside them, and a node on another Python
    version (another magic number) imports the source as before. Compiled whatever
    ``PYTHONDONTWRITEBYTECODE`` says: that variable is about the build machine's own imports.
    """

    def call_command(self, cmdname: str, **kw: Any) -> Any:
        command = super().call_command(cmdname, **kw)
        if cmdname == "install_lib" and not self.dry_run:
            root = Path(self.bdist_dir)
            for source in sorted(root.rglob("*.py")):
                py_compile.compile(
                    str(source),
                    cfile=str(source.with_suffix(".pyc")),
                    dfile=source.relative_to(root).as_posix(),
                    doraise=True,
                    invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH,
                )
        return command


setup(cmdclass={"build_py": BuildWithSources, "bdist_egg": EggWithBytecode})
