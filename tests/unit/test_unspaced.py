"""Full-text search inside Chinese, Japanese, Korean and Thai text (crawler/storage/unspaced.py):
the stored pairs, the rewritten searches, the index on both stores, the browse search box and
the migration of a store indexed before."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from itemadapter import ItemAdapter
from sqlite_utils import Database

from crawler.browse.plugin import search_expression
from crawler.browse.server import make_datasette
from crawler.items import Article
from crawler.storage import schema, unspaced
from crawler.storage.database import open_database, write_transaction
from crawler.storage.postgres import PostgresDatabase, search_condition
from crawler.storage.unspaced import fts5_expression, search_pairs, websearch_query
from pipelines.store import article_row, upsert_sql
from tests.support import postgres
from tests.unit.components import run

# Real sentences: from a Japanese and a Korean news page of ../shared/metadev and a Chinese
# song text of ../shared/realpages, and a Thai one.
ARTICLES = {
    "ja": (
        "宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報　気象庁",
        "気象庁は13日、午後9時19分ごろ、日向灘（北緯31.8度、東経131.6度）で震度5弱の地震が"
        "あったと発表した。この地震で、気象庁は高知県と宮崎県に1メートルの津波注意報を出した。",
    ),
    "ko": (
        "왜 경상도, 전라도 나눠서 싸우나",
        "이틀간의 영남 공략을 마친 이재명 더불어민주당 대선 후보는 15일 텃밭 호남을 찾아 "
        "'통합'을 키워드로 표밭을 다졌다.",
    ),
    "zh-cn": (
        "逝去的爱",
        "我还有话想对你说\n舍不得说 来不及说\n离别的话最难说出口\n你会找到新的生活",
    ),
    "th": ("ข่าววันนี้", "กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย"),
    "de": (
        "Wahl in Pjöngjang",
        "Die Ergebnisse der Wahl bis zum Sieg wurden gezählt, auch in Tokio (東京都).",
    ),
}
# A word inside a longer run (or with its particle), and the article it is in.
WORDS = [
    ("宮崎", "ja"),  # stored only inside 宮崎県で…, 宮崎に…
    ("地震", "ja"),
    ("津波注意報", "ja"),
    ("지진", None),
    ("이틀간", "ko"),  # 이틀간의
    ("표밭", "ko"),  # 표밭을
    ("生活", "zh-cn"),  # 你会找到新的生活
    ("找到新的生活", "zh-cn"),
    ("说", "zh-cn"),  # one character, ending a run
    ("เมืองหลวง", "th"),
    ("北京", None),
    ("東京", "de"),  # in a German text: indexed in PostgreSQL's german configuration
]


def _store(db: Database) -> None:
    """The articles written the way the store pipeline writes them."""
    for language, (title, text) in ARTICLES.items():
        item = Article(
            url=f"https://news.example/{language}",
            fetched_url=f"https://news.example/{language}",
            source="news",
            fetched_at="2026-03-01T09:00:00+00:00",
            title=title,
            text=text,
            language=language,
        )
        row = article_row(ItemAdapter(item))
        db.conn.execute(upsert_sql("articles", tuple(row)), row)


def _fts5(db: Database | sqlite3.Connection, expression: str) -> set[str]:
    return {
        r[0].rsplit("/", 1)[1]
        for r in db.execute(
            "SELECT a.url FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
            " WHERE articles_fts MATCH ?",
            [expression],
        ).fetchall()
    }


def _found(db: Database, query: str) -> set[str]:
    if getattr(db, "dialect", "sqlite") == "postgresql":
        rows = db.execute(
            f"SELECT url FROM articles WHERE {search_condition()}", [websearch_query(query)]
        ).fetchall()
        return {r[0].rsplit("/", 1)[1] for r in rows}
    return _fts5(db, search_expression(query))


def test_pairs_of_a_japanese_sentence_and_a_korean_word_with_its_particle() -> None:
    assert search_pairs("北京市と東京", "서울은") == "北京 京市 市と と東 東京 京\n서울 울은 은"
    assert search_pairs("宮崎県で震度5弱") == "宮崎 崎県 県で で震 震度 度 5 弱"
    assert search_pairs("iPhone発売") == "iPhone 発売 売"
    # Halfwidth katakana as fullwidth; Thai vowel marks dropped without cutting the word.
    assert search_pairs("ｶﾀｶﾅ") == search_pairs("カタカナ") == "カタ タカ カナ ナ"
    assert search_pairs("กรุง") == "กร รง ง"
    assert search_pairs("Wahl in Pjöngjang", None, "") is None


def _class_char_by_char(keep: Callable[[str], bool]) -> str:
    """The class of the characters of the unspaced scripts that ``keep`` accepts, each
    character of the ranges tested on its own: what the module's classes must equal."""
    ranges = unspaced._RANGES
    points = {n for a, b in re.findall(r"(.)-(.)", ranges) for n in range(ord(a), ord(b) + 1)}
    points |= {ord(c) for c in re.sub(r".-.", "", ranges)}
    runs: list[list[int]] = []
    for n in sorted(points):
        if not keep(chr(n)):
            continue
        if runs and runs[-1][1] == n - 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return "".join(unspaced._range(first, last) for first, last in runs)


def test_the_classes_of_marks_and_letters_are_those_of_each_character_tested_alone() -> None:
    # Built with the tests run in C over whole ranges (60 ms of every start, a Python call
    # per character, before): the same classes, so the stored pairs are the same.
    marks = _class_char_by_char(lambda c: unicodedata.category(c).startswith("M"))
    letters = _class_char_by_char(str.isalnum)
    assert unspaced._char_class(unspaced._marks) == marks
    assert unspaced._char_class(unspaced._letters) == letters
    patterns = unspaced._patterns()
    assert patterns.mark.pattern == f"[{marks}]+"
    assert patterns.run.pattern == f"([{letters}]+)"
    # Neither is empty nor the whole of the ranges: the Thai vowel marks are marks, the
    # ideographs letters.
    assert patterns.mark.fullmatch("\u0e38") and not patterns.mark.search("北")
    assert patterns.run.fullmatch("北京") and not patterns.run.search("\u0e38")


def test_the_classes_are_built_only_when_a_text_holds_a_letter_of_these_scripts() -> None:
    """A crawl of sites in other scripts never builds them (about 25 ms of every start)."""
    unspaced._patterns.cache_clear()
    assert (
        unspaced.search_pairs("Der Rat tagt", "Die Stadt baut eine Brücke über den Fluss.") is None
    )
    assert unspaced.fts5_expression('"Brücke"') == '"Brücke"'
    assert unspaced._patterns.cache_info().currsize == 0
    assert unspaced.search_pairs("北京市", "Berlin") == "北京 京市 市"
    assert unspaced._patterns.cache_info().currsize == 1


@pytest.mark.parametrize(
    ("escaped", "expression"),
    [
        ('"北京市"', '"北京 京市"'),
        ('"猫"', '"猫"*'),
        ('"서울"', '"서울"'),
        ('"iPhone発売"', '"iPhone 発売"'),
        ('"東京 大学"', '"東京 京 大学"'),
        ('"bis zum 東京 Sieg"', '"bis zum" "東京" "Sieg"'),
        ('"Pjöngjang" "bis zum Sieg" "Wahl*"', '"Pjöngjang" "bis zum Sieg" "Wahl*"'),
        ('"฿"', '"฿"'),  # a sign, no word: kept, and finds nothing as before
    ],
)
def test_search_expressions(escaped: str, expression: str) -> None:
    assert fts5_expression(escaped) == expression


def test_websearch_keeps_its_operators() -> None:
    assert websearch_query('Wahl or 北京市 -猫 "東京 大学"') == (
        'Wahl or "北京 京市" -"猫" "東京 京 大学"'
    )


@pytest.mark.parametrize(("word", "language"), WORDS)
def test_a_word_inside_unspaced_text_is_found_on_both_stores(
    db: Database, word: str, language: str | None
) -> None:
    """Before, only a whole run between punctuation marks was a word: 宮崎 inside 宮崎県で,
    이틀간 inside 이틀간의 and 生活 inside 新的生活 found nothing, on SQLite and PostgreSQL."""
    _store(db)
    assert _found(db, word) == ({language} if language else set())


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Pjongjang", {"de"}),  # accents aside
        ("Ergebnis", set()),  # whole words
        ('"bis zum Sieg"', {"de"}),
        ('"Sieg bis zum"', set()),
        ("Wahl Ergebnisse", {"de"}),
    ],
)
def test_spaced_languages_search_as_before(query: str, found: set[str]) -> None:
    db = Database(memory=True)
    schema.apply(db)
    _store(db)
    assert _found(db, query) == found
    assert _fts5(db, "Wahl*") == {"de"}  # a prefix, in raw FTS5


def test_a_word_inside_japanese_text_is_ranked() -> None:
    db = Database(memory=True)
    schema.apply(db)
    _store(db)
    ranked = db.execute(
        "SELECT a.url FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
        " WHERE articles_fts MATCH ? ORDER BY rank",
        [search_expression("宮崎")],
    ).fetchall()
    assert [r[0] for r in ranked] == ["https://news.example/ja"]


def test_the_browse_search_box_finds_a_word_inside_japanese_text(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    db = open_database(path)
    with write_transaction(db):
        _store(db)
    db.close()
    datasette = make_datasette(path)

    async def search(words: str) -> list[str]:
        response = await datasette.client.get(
            "/news/articles.json", params={"_search": words, "_shape": "array"}
        )
        assert response.status_code == 200, response.text[:500]
        return [r["url"].rsplit("/", 1)[1] for r in response.json()]

    assert run(search("宮崎")) == ["ja"]
    assert run(search("표밭 이틀간")) == ["ko"]
    assert run(search("Pjongjang")) == ["de"]


def test_migration_indexes_the_pairs_of_a_store_indexed_before(tmp_path: Path) -> None:
    """A store made before m085 (title and text indexed only) keeps its rows and finds the
    words inside them once opened; the rebuilt index passes FTS5's integrity check."""
    path = tmp_path / "old.db"
    old = Database(path)
    schema.migrations.apply(old, stop_before="m085_search_pairs")
    schema.add_article_columns(old)
    for language, (title, text) in ARTICLES.items():
        old.table("articles").insert(
            {"url": f"https://news.example/{language}", "source": "news", "title": title}
            | {"fetched_at": "2026-03-01T09:00:00+00:00", "text": text}
        )
    assert _fts5(old, search_expression("宮崎")) == set()
    old.close()

    db = open_database(path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTICLES)
    assert _fts5(db, search_expression("宮崎")) == {"ja"}
    assert _fts5(db, search_expression("이틀간")) == {"ko"}
    assert _fts5(db, "Pjongjang") == {"de"}
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
    assert not schema.pending(db)
    db.close()


def test_migration_failing_midway_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    """The migration is one transaction: stopped by an error inside it (as by a kill), the
    store keeps its old index and its rows and has no new column, and the next start does
    all of it."""
    path = tmp_path / "old.db"
    old = Database(path)
    schema.migrations.apply(old, stop_before="m085_search_pairs")
    schema.add_article_columns(old)
    old.table("articles").insert_all(
        {"url": f"https://news.example/{language}", "source": "news", "title": title}
        | {"fetched_at": "2026-03-01T09:00:00+00:00", "text": text}
        for language, (title, text) in ARTICLES.items()
    )
    # The last row the migration fills refuses its update.
    old.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE ON articles WHEN new.url LIKE '%/zh-cn'"
        " BEGIN SELECT RAISE(ABORT, 'stopped'); END"
    )
    old.close()
    with pytest.raises(sqlite3.DatabaseError, match="stopped"):
        open_database(path)

    kept = Database(path)
    assert "search_pairs" not in kept.table("articles").columns_dict
    assert kept.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTICLES)
    assert _fts5(kept, "Pjongjang") == {"de"}
    kept.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
    kept.execute("DROP TRIGGER refuse")
    kept.close()

    db = open_database(path)
    assert _fts5(db, search_expression("生活")) == {"zh-cn"}
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTICLES)
    db.close()


def test_migration_on_postgresql_keeps_the_rows_and_indexes_their_pairs(
    postgres_server: str,
) -> None:
    """A PostgreSQL store migrated up to m084 with articles in it: the ``search`` column is
    remade over the pairs too, the view comes back, and the words inside the runs are found."""
    url = postgres.fresh_database(postgres_server)
    old = PostgresDatabase(url)
    with write_transaction(cast(Database, old)):
        schema.migrations.apply(cast(Database, old), stop_before="m085_search_pairs")
        schema.add_article_columns(cast(Database, old))
        for language, (title, text) in ARTICLES.items():
            old.table("articles").insert(
                {"url": f"https://news.example/{language}", "source": "news", "title": title}
                | {"fetched_at": "2026-03-01T09:00:00+00:00", "text": text, "language": language}
            )
    old.close()

    db = open_database(url)
    assert db.execute("SELECT count(*) FROM unique_articles").fetchone()[0] == len(ARTICLES)
    assert _found(db, "宮崎") == {"ja"} and _found(db, "이틀간") == {"ko"}
    assert _found(db, "Wahl Ergebnisse") == {"de"}
    db.close()


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Wahl OR 宮崎", {"de", "ja"}),
        ("Wahl OR 宮崎 -地震", {"de"}),
        ("宮崎 -Wahl", {"ja"}),
        ("宮崎 NOT 地震", set()),
        ('Wahl -"bis zum Sieg"', set()),
        ("Wahl AND Sieg", {"de"}),
        ("Erg*", {"de"}),
        ("-Wahl", set()),  # nothing wanted: FTS5 cannot list what lacks a word
        ("OR", set()),  # a keyword alone is a word
        ("Wahl\x00", {"de"}),
        ("title:( NEAR(", set()),
    ],
)
def test_search_box_operators_on_sqlite(query: str, found: set[str]) -> None:
    """Before, OR, AND, NOT, -word and word* were searched as words (-Wahl found the page
    naming Wahl); a NUL ended FTS5's input: "unterminated string"."""
    db = Database(memory=True)
    schema.apply(db)
    _store(db)
    assert _fts5(db, search_expression(query)) == found
