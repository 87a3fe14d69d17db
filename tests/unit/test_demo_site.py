"""Rebuilding the bundled demo site (tests/support/demo_site.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.support import demo_site


def test_a_seed_folder_without_seeds_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m tests.support.demo_site ../shared/seeds` in a clone without that folder
    exited 0 having rewritten the feed, sitemap and index with no article: the next
    `make demo` said "Demo done: 0 demo articles"."""
    site = tmp_path / "site"
    argv = ["demo_site", str(tmp_path / "missing"), "--out", str(site)]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as info:
        demo_site.main()
    assert info.value.code == 2
    assert f"no seed .txt files in {tmp_path / 'missing'}" in capsys.readouterr().err
    assert not site.exists()


def test_the_seeds_build_the_five_article_site(tmp_path: Path) -> None:
    """The near miss: the seeds every clone holds build the site with its five articles."""
    site = tmp_path / "site"
    demo_site.build(FIXTURES / "cleaning" / "seeds", site)
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert feed.count("<item>") == 5
    assert sorted(p.name for p in site.glob("artikel-*.html")) == [
        f"artikel-00{i}.html" for i in range(5)
    ]
