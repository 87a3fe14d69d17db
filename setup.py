"""The egg build Scrapyd deploys (``scrapyd-deploy`` runs ``setup.py bdist_egg``).

Metadata lives in pyproject.toml. The one addition: a built distribution carries the
project's ``sources.toml`` as ``crawler/deployed/sources.toml``, so a Scrapyd node, which has
only the egg, lists and crawls the same sources (crawler/sources.py ``resolve_sources_path``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
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


setup(cmdclass={"build_py": BuildWithSources})
