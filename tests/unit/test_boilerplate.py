"""Tests for pipelines.index.boilerplate.LineStats: per-source learning of boilerplate lines,
from the lines pipelines.text.cleaning.candidate_keys offers, as the store counts them."""

from __future__ import annotations

from typing import Any

import pytest
from sqlite_utils import Database

from crawler.storage import schema
from pipelines.index.boilerplate import LineStats
from pipelines.text.cleaning import candidate_keys, clean_text, line_key

BOILER = "Unsere Grundsätze: Wie wir arbeiten"
RARE = "Der Kreml lehnte eine Stellungnahme ab"


@pytest.fixture
def db() -> Database:
    database = Database(memory=True)
    schema.apply(database)
    return database


def _record(stats: LineStats, source: str, text: str) -> None:
    """Count ``text`` for ``source`` as the store does: its lines keyed in a worker."""
    stats.record_lines(source, candidate_keys(text))


def _article(i: int, *extra: str) -> str:
    body = f"Absatz {i} über ein anderes Thema, mit eigenem Inhalt Nummer {'x' * (i % 7)}."
    return "\n".join([body, *extra])


def test_line_frequent_in_one_source_is_learned_for_it_only(db: Database) -> None:
    stats = LineStats(db)
    for i in range(40):
        _record(stats, "A", _article(i, BOILER) if i < 30 else _article(i))
        _record(stats, "B", _article(i, RARE) if i < 3 else _article(i))
    learned_a = stats.learned_for("A")
    assert line_key(BOILER) in learned_a
    assert line_key(BOILER) not in stats.learned_for("B")
    assert line_key(RARE) not in stats.learned_for("B")
    assert stats.learned_for("unknown") == set()
    text = _article(99, BOILER)
    assert BOILER not in clean_text(text, learned=learned_a)


def test_common_across_sources_is_not_enough(db: Database) -> None:
    """A line in 10% of each of five sources is common overall but learned for none."""
    stats = LineStats(db)
    for source in "ABCDE":
        for i in range(40):
            _record(stats, source, _article(i, BOILER) if i % 10 == 0 else _article(i))
    assert all(stats.learned_for(source) == set() for source in "ABCDE")


@pytest.mark.parametrize(
    ("articles", "with_line", "learned"),
    [
        (40, 19, False),  # share 0.475 but below min_articles
        (40, 20, True),  # exactly min_articles and share 0.5
        (100, 29, False),  # above min_articles but share 0.29
        (100, 30, True),  # exactly min_share
    ],
)
def test_thresholds(db: Database, articles: int, with_line: int, learned: bool) -> None:
    stats = LineStats(db, min_articles=20, min_share=0.3)
    for i in range(articles):
        _record(stats, "A", _article(i, BOILER) if i < with_line else _article(i))
    assert (line_key(BOILER) in stats.learned_for("A")) is learned


def test_a_line_counts_once_per_article(db: Database) -> None:
    stats = LineStats(db)
    _record(stats, "A", f"{BOILER}\n{BOILER}\n  {BOILER.upper()}  ")
    rows = list(db["line_stats"].rows)
    assert [(r["source"], r["count"], r["sample"]) for r in rows] == [("A", 1, BOILER)]
    assert list(db["source_line_totals"].rows) == [{"source": "A", "articles": 1}]


def test_long_lines_are_not_counted(db: Database) -> None:
    stats = LineStats(db)
    _record(stats, "A", "x" * 500)
    assert db["line_stats"].count == 0
    assert db.table("source_line_totals").get("A")["articles"] == 1


def test_record_joins_the_callers_transaction(db: Database) -> None:
    """record() must not commit: rolling back the caller's transaction undoes it."""
    stats = LineStats(db)
    with pytest.raises(RuntimeError), db.atomic():
        _record(stats, "A", BOILER)
        assert db.conn.in_transaction
        raise RuntimeError("caller fails after recording")
    assert db["line_stats"].count == 0
    assert db["source_line_totals"].count == 0


def test_learned_for_uses_the_source_count_index() -> None:
    """The lookup must be an index range over one source, not a scan of all history."""
    queries: list[tuple[str, Any]] = []
    db = Database(memory=True, tracer=lambda sql, params: queries.append((sql, params)))
    schema.apply(db)
    queries.clear()
    LineStats(db).learned_for("A")
    ((sql, params),) = queries
    plan = [row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]
    assert any("line_stats USING INDEX" in step and "source=? AND count>?" in step for step in plan)
    assert not any(step.startswith("SCAN") for step in plan)


def test_migration_is_idempotent(db: Database) -> None:
    schema.apply(db)
    assert {"line_stats", "source_line_totals"} <= set(db.table_names())
