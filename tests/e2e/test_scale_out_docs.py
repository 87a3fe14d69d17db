"""The deployment steps of docs/scale-out.md, run as written where they need no node."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOC = ROOT / "docs" / "scale-out.md"


def _documented(comment: str) -> list[str]:
    """The command of the shell line in the doc whose comment is ``comment``."""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        command, _, said = line.partition("#")
        if said.strip() == comment:
            return shlex.split(command)
    raise AssertionError(f"no line '# {comment}' in {DOC}")


def test_the_command_that_lists_the_targets_lists_them(tmp_path: Path) -> None:
    """The doc said ``scrapyd-deploy -l``, an option scrapyd-client 2 no longer has: it ended
    in 'unrecognized arguments: -l', exit 2."""
    program, *args = _documented("list the targets")
    tool = Path(sys.executable).with_name(program)
    if not tool.exists():
        pytest.skip(f"{program} is not installed (the scale extra)")
    (tmp_path / "scrapy.cfg").write_text(
        "[settings]\ndefault = crawler.settings\n\n"
        "[deploy:n1]\nurl = http://127.0.0.1:9/\nproject = newsloom\n\n"
        "[deploy:n2]\nurl = http://127.0.0.2:9/\nproject = newsloom\n",
        encoding="utf-8",
    )
    listed = subprocess.run(
        [str(tool), *args], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert listed.returncode == 0, listed.stderr
    assert re.search(r"^n1\s+http://127\.0\.0\.1:9/$", listed.stdout, re.M), listed.stdout
    assert re.search(r"^n2\s+http://127\.0\.0\.2:9/$", listed.stdout, re.M), listed.stdout
