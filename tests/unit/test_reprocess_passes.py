"""Where a reprocess got to (crawler/storage/reprocess_passes.py) and the fingerprint of the
rules it ran under (crawler/rules_fingerprint.py), on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
import scrapy
from scrapy.settings import Settings, default_settings
from sqlite_utils import Database

from crawler import settings as project_settings
from crawler.rules_fingerprint import dependency_versions, package_code, rules_fingerprint
from crawler.sources import Source
from crawler.storage import reprocess_passes as passes
from crawler.storage import schema
from crawler.storage.database import write_transaction
from tests.conftest import ROOT


def _done(db: Database, source: str) -> set[str]:
    rows = db.execute(f"SELECT url FROM {passes.DONE} WHERE source = ?", [source]).fetchall()
    return {r[0] for r in rows}


def test_a_pass_is_continued_under_its_rules_and_replaced_under_others(db: Database) -> None:
    with write_transaction(db):
        assert passes.begin(db, "paper", "f1", 7, restart=False) == passes.Begun(0, None, None)
        passes.begin(db, "wire", "f1", 7, restart=False)
        passes.mark_done(db, [("paper", "u1"), ("paper", "u2"), ("wire", "u1")])
        passes.mark_done(db, [("paper", "u2")])  # marked twice: once
    with write_transaction(db):
        assert passes.begin(db, "paper", "f1", 8, restart=False) == passes.Begun(2, 7, None)
    assert _done(db, "paper") == {"u1", "u2"}
    with write_transaction(db):
        # Other rules: the marks go, and the pass continued names the run that began it.
        assert passes.begin(db, "paper", "f2", 9, restart=False) == passes.Begun(0, 7, "rules")
    assert _done(db, "paper") == set()
    with write_transaction(db):
        passes.mark_done(db, [("paper", "u3")])
        assert passes.begin(db, "paper", "f2", 10, restart=True) == passes.Begun(0, 9, "all")
    assert _done(db, "paper") == set()
    assert _done(db, "wire") == {"u1"}  # another source's pass is its own
    with write_transaction(db):
        passes.finish(db, "wire")
        assert passes.begin(db, "wire", "f1", 11, restart=False) == passes.Begun(0, None, None)


def test_a_store_of_the_previous_schema_gets_the_tables(db: Database) -> None:
    with write_transaction(db):
        db.execute(f"DROP TABLE {passes.DONE}")
        db.execute(f"DROP TABLE {passes.PASSES}")
        db.execute(f"DELETE FROM {schema.MIGRATIONS_TABLE} WHERE name = 'm091_reprocess_passes'")
    assert schema.pending(db) == ["m091_reprocess_passes"]
    schema.apply(db)
    assert schema.pending(db) == []
    with write_transaction(db):
        passes.begin(db, "paper", "f1", 1, restart=False)
        passes.mark_done(db, [("paper", "u1")])
    assert _done(db, "paper") == {"u1"}


def _settings(**values: object) -> Settings:
    settings = Settings()
    settings.setmodule(project_settings)
    settings.update(values)
    return settings


def test_the_fingerprint_moves_with_the_rules_and_only_with_them() -> None:
    source = Source(name="paper", feeds=("https://e.org/feed.xml",), languages=("de",))
    base = rules_fingerprint(_settings(), source)
    assert base == rules_fingerprint(_settings(), source)  # stable
    # How a run goes is no rule: batch size, workers, a feed of the source.
    assert base == rules_fingerprint(_settings(NEWS_DB_BATCH_SIZE=5, NEWS_WORKERS=1), source)
    assert base == rules_fingerprint(_settings(), replace(source, feeds=()))
    # A rule setting counts by its value, not by how it was written: `-s` gives text.
    as_text = {
        "NEWS_MIN_TEXT_CHARS": "250",
        "NEWS_TEXT_FAST": "true",
        "NEWS_LEARN_MIN_SHARE": "0.3",
    }
    assert all(str(getattr(project_settings, name)).lower() == v for name, v in as_text.items())
    assert base == rules_fingerprint(_settings(**as_text), source)
    # The item pipelines count by what they are, not by the object holding them.
    pipelines = dict(project_settings.ITEM_PIPELINES)
    assert base == rules_fingerprint(_settings(ITEM_PIPELINES=pipelines), source)
    fewer = {path: order for path, order in pipelines.items() if "language_policy" not in path}
    assert len(fewer) == len(pipelines) - 1
    others = [
        rules_fingerprint(_settings(NEWS_MIN_TEXT_CHARS=200), source),
        rules_fingerprint(_settings(NEWS_DEDUP_THRESHOLD=0.6), source),
        rules_fingerprint(_settings(ITEM_PIPELINES=fewer), source),
        rules_fingerprint(_settings(), replace(source, languages=("de", "en"))),
        rules_fingerprint(_settings(), replace(source, strip_patterns=("^Anzeige$",))),
        rules_fingerprint(_settings(), replace(source, keep_other_languages=True)),
    ]
    assert len({base, *others}) == 1 + len(others)


# A setting a pipeline reads: `s.getint("NEWS_MIN_TEXT_CHARS")` and the like.
_READ = re.compile(r'\.get(?:int|bool|float|list|dict|withbase)?\(\s*"([A-Z][A-Z0-9_]*)"')


def test_every_setting_is_a_rule_or_a_run_setting() -> None:
    """Each setting crawler/settings.py defines, and each a pipeline reads (FEEDS: one of
    Scrapy's), is a rule setting or a run setting. One in neither set would be left out of
    the fingerprint unseen, and a rerun of a stopped reprocess would keep the rows made
    under its old value beside rows made under the new."""
    defined = {n for n in vars(project_settings) if n.isupper() and not n.startswith("_")}
    read = {
        n for path in (ROOT / "pipelines").rglob("*.py") for n in _READ.findall(path.read_text())
    }
    assert {"NEWS_MIN_TEXT_CHARS", "NEWS_DB_BATCH_SIZE", "FEEDS"} <= read
    rules, runs = project_settings.rule_settings, project_settings.run_settings
    assert not rules & runs, f"both a rule and a run setting: {sorted(rules & runs)}"
    missing = sorted((defined | read) - rules - runs)
    assert not missing, (
        f"{', '.join(missing)}: in neither rule_settings nor run_settings of "
        "crawler/settings.py. Add each to rule_settings if it changes what the pipelines "
        "store of a page (the rerun of a stopped reprocess then reads every page again), "
        "else to run_settings."
    )
    known = defined | {n for n in vars(default_settings) if n.isupper()}
    assert rules | runs <= known, f"no such setting: {sorted((rules | runs) - known)}"


def test_the_fingerprint_covers_the_extractor_and_what_it_depends_on() -> None:
    names = dict(dependency_versions())
    assert {"trafilatura", "htmldate", "lxml", "langdetect"} <= set(names)
    assert "pytest" not in names  # a test tool decides no row


def test_a_pipeline_of_the_users_own_counts_by_its_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user's pipeline package edited between a stopped reprocess and its rerun makes
    other rows: its code moves the fingerprint as the project's does; its name alone did not."""
    package = tmp_path / "ourpipes"
    package.mkdir()
    (package / "__init__.py").write_text("")
    module = package / "clean.py"
    module.write_text("class Drop:\n    limit = 10\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    pipelines = {**project_settings.ITEM_PIPELINES, "ourpipes.clean.Drop": 450}
    source = Source(name="paper", feeds=("https://e.org/feed.xml",))
    package_code.cache_clear()
    before = rules_fingerprint(_settings(ITEM_PIPELINES=pipelines), source)
    assert before == rules_fingerprint(_settings(ITEM_PIPELINES=pipelines), source)
    module.write_text("class Drop:\n    limit = 20\n")
    package_code.cache_clear()
    assert before != rules_fingerprint(_settings(ITEM_PIPELINES=pipelines), source)
    # One an installed distribution provides counts by that distribution's version.
    assert package_code("scrapy") == f"scrapy=={scrapy.__version__}"
    assert package_code("no_such_package_here") == "missing"
