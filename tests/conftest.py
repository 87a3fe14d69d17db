"""Shared fixtures: a migrated database (in memory or in a file) and the seed texts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.storage import schema

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def db() -> Iterator[Database]:
    database = Database(memory=True)
    schema.apply(database)
    yield database
    database.close()


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """The five seed articles (German, with residual boilerplate), keyed by their number."""
    return {
        path.name[:3]: path.read_text("utf-8")
        for path in sorted((FIXTURES / "seeds").glob("*.txt"))
    }
