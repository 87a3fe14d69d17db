"""The Article item is the one definition of an article's fields."""

from __future__ import annotations

import dataclasses

import pytest
from itemadapter import ItemAdapter
from sqlite_utils import Database

from crawler.items import Article, article_columns, column_value
from crawler.storage import schema
from pipelines.extract.worker import PageJob, analyze_page
from pipelines.store import article_row
from tests.conftest import DEMO_SITE
from tests.unit.components import article


def test_every_stored_field_is_a_column_of_a_new_database(db: Database) -> None:
    columns = db.table("articles").columns_dict
    for name, kind in article_columns().items():
        assert columns[name] is kind, name


def test_a_new_field_becomes_a_column_without_a_migration(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        schema, "article_columns", lambda: {**article_columns(), "reading_minutes": int}
    )
    assert schema.add_article_columns(db) == ["reading_minutes"]
    assert schema.add_article_columns(db) == []
    assert db.table("articles").columns_dict["reading_minutes"] is int


def test_article_row_is_derived_from_the_item() -> None:
    row = article_row(ItemAdapter(article(tags=["a", "ü"], language_expected=False)))
    assert set(article_columns()) <= set(row)
    assert row["tags"] == '["a", "ü"]' and row["language_expected"] == 0
    assert {"html", "hints", "signature", "line_keys"}.isdisjoint(row)
    assert column_value({"k": 1}) == '{"k": 1}'


def test_the_worker_fills_only_article_fields() -> None:
    html = (DEMO_SITE / "artikel-001.html").read_text("utf-8")
    result = analyze_page(PageJob(url="https://e.org/a", html=html, keep_html=True))
    assert result.drop is None
    names = {f.name for f in dataclasses.fields(Article)}
    assert set(result.fields) <= names
