"""What only the PostgreSQL store has: placeholders, copy decisions across nodes, search."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest
from itemadapter import ItemAdapter
from sqlite_utils import Database

from crawler.storage import run_records as records
from crawler.storage.copy import TableCopy, copy_database
from crawler.storage.database import (
    SharedDatabase,
    is_postgres,
    open_database,
    serialize_copy_decisions,
    write_transaction,
)
from crawler.storage.postgres import insert_form, search_condition, to_pyformat, unnest_sql
from pipelines.index.copies import DedupIndex
from pipelines.store import article_row, upsert_sql
from pipelines.text.fingerprint import content_hash, minhash_signature
from tests.support.postgres import fresh_database
from tests.unit.components import article, crawler_for, run, store_for


def test_placeholders_outside_quotes_become_pyformat() -> None:
    assert to_pyformat("SELECT * FROM t WHERE a = ? AND b = :name") == (
        "SELECT * FROM t WHERE a = %s AND b = %(name)s"
    )
    # Quoted text, casts, comments and a literal percent sign are not placeholders.
    assert to_pyformat("SELECT '?', \"a:b\", x::text, 'it''s ?' -- ?\n, ? % 2") == (
        "SELECT '?', \"a:b\", x::text, 'it''s ?' -- ?\n, %s %% 2"
    )


def _story(words: int, tail: str = "") -> str:
    base = " ".join(f"Wort{i} steht hier im Satz Nummer {i % 7}." for i in range(words))
    return base + tail


def _waits_on_a_lock(url: str) -> bool:
    """Whether a session of ``url``'s database is seen waiting for a lock within 30 s: the
    test's own wait is on the event, not a second's sleep that a slow writer also outlasts."""
    with psycopg.connect(url, autocommit=True) as watch:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            (waiting,) = watch.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND datname = current_database()"
            ).fetchone() or (0,)
            if waiting:
                return True
            time.sleep(0.02)
    return False


def test_two_nodes_storing_copies_at_once_link_them(postgres_server: str) -> None:
    """Node A holds its batch transaction open (decided, not committed) while node B writes
    a copy of the same story: B must wait for A's commit and then link its copy to A's row.
    Without the lock B would look before A committed and store a second original."""
    url = fresh_database(postgres_server)
    original, copy = _story(60), _story(60, " Ein Satz mehr am Ende.")
    node_a = open_database(url)
    node_b = SharedDatabase(url, busy_timeout_ms=30_000)
    crawler = crawler_for()
    store_b = store_for(node_b, crawler, batch_size=1)
    item_a = article(
        "https://a.example/story",
        text=original,
        content_hash=content_hash(original),
        signature=minhash_signature(original),
    )
    item_b = article(
        "https://b.example/story",
        text=copy,
        content_hash=content_hash(copy),
        signature=minhash_signature(copy),
    )
    with write_transaction(node_a):
        serialize_copy_decisions(node_a)
        index = DedupIndex(node_a, threshold=0.5)
        assert index.find(minhash_signature(original), content_hash(original)) is None
        row = article_row(ItemAdapter(item_a))
        node_a.conn.execute(upsert_sql("articles", tuple(row)), row)
        index.add(row["url"], minhash_signature(original))
        # Node B's batch (one item) goes to its writer now, while A has not committed; a
        # write queued behind it finishes only after that batch.
        run(store_b.process_item(item_b))
        behind = node_b.write(lambda db: None)
        waited = _waits_on_a_lock(url) and not behind.done()
    behind.result(timeout=30)
    store_b.close_spider()
    rows = {r["url"]: r for r in node_a.query("SELECT url, duplicate_of FROM articles")}
    node_a.close()
    node_b.close()
    assert waited  # B's batch waited for A's transaction
    assert rows["https://b.example/story"]["duplicate_of"] == "https://a.example/story"
    assert rows["https://a.example/story"]["duplicate_of"] is None
    assert crawler.stats.get_value("news/dedup/near") == 1


@pytest.mark.parametrize(
    ("language", "query", "found"),
    [("de", "Häuser", True), ("en", "running", True), ("xx", "Häusern", False)],
)
def test_search_uses_the_articles_language(
    postgres_server: str, postgres_template: str, language: str, query: str, found: bool
) -> None:
    db = open_database(fresh_database(postgres_server, postgres_template))
    text = {"de": "Die Häusern der Stadt", "en": "He runs every day", "xx": "Häuser"}[language]
    with write_transaction(db):
        db.execute(
            "INSERT INTO articles (url, source, fetched_at, text, language) VALUES (?, ?, ?, ?, ?)",
            ["https://x.example/1", "x", "2026-01-01T00:00:00+00:00", text, language],
        )
    hits = db.execute(
        "SELECT url FROM articles WHERE search @@ websearch_to_tsquery("
        "newsloom_text_config(language), ?)",
        [query],
    ).fetchall()
    db.close()
    assert bool(hits) is found


def test_messages_name_a_postgresql_store_without_its_password() -> None:
    from crawler.runs.summary import db_option
    from crawler.storage.database import describe

    url = "postgresql://news:s3cret@db.example:5432/archive"
    assert describe(url) == "postgresql://news:***@db.example:5432/archive"
    assert "s3cret" not in db_option(url, "news.db")
    assert (
        describe("postgresql://news@db.example/archive") == "postgresql://news@db.example/archive"
    )


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "postgresql://news@db.example/archive?password=s3cret",
            "postgresql://news@db.example/archive?password=***",
        ),
        (
            "postgresql:///archive?host=db.example&user=news&Password=s3cret&sslmode=require",
            "postgresql:///archive?host=db.example&user=news&Password=***&sslmode=require",
        ),
        (
            "postgresql://news:s3cret@db.example/archive?sslmode=require",
            "postgresql://news:***@db.example/archive?sslmode=require",
        ),
        (
            "postgresql://news:s3c@ret@db.example/archive",
            "postgresql://news:***@db.example/archive",
        ),
        (
            "postgresql://news@db.example/archive?passfile=/etc/pgpass",
            "postgresql://news@db.example/archive?passfile=/etc/pgpass",
        ),
    ],
)
def test_a_password_given_in_the_query_is_left_out_as_well(url: str, shown: str) -> None:
    """libpq reads ``password`` from the query as from the user part; the messages printed
    the query as given, password and all."""
    from crawler.runs.summary import db_option
    from crawler.storage.database import describe

    assert describe(url) == shown
    assert "s3c" not in db_option(url, "news.db")


def test_one_row_inserts_are_recognised_and_others_left_alone() -> None:
    form = insert_form(
        "INSERT INTO line_stats (source, key, count, sample) VALUES (?, ?, 1, ?)"
        " ON CONFLICT (source, key) DO UPDATE SET count = line_stats.count + 1"
    )
    assert form is not None
    assert form.items == ("?", "?", "1", "?") and form.conflict_keys == (0, 1)
    assert unnest_sql(form, {"source": "text", "key": "text", "count": "bigint", "sample": "text"})
    for sql in (
        "DELETE FROM t WHERE url = ?",
        "INSERT INTO t (a) SELECT ?",
        "INSERT INTO t (a) VALUES (?) ON CONFLICT (a) DO UPDATE SET b = ?",  # a parameter more
        "INSERT INTO t (a, b) VALUES (?, 'x, y')",  # a constant this reader cannot split
        "INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT DO UPDATE SET b = excluded.b",
        "INSERT INTO t (a, b) VALUES (?, ?) RETURNING a",
    ):
        assert insert_form(sql) is None, sql


def test_executemany_inserts_all_rows_at_once_as_row_by_row(postgres_server: str) -> None:
    """The array form stores what row-by-row executemany stores: NULLs, bytes, constants,
    DO NOTHING and DO UPDATE, and rows that update one key twice (left to row by row)."""
    db = open_database(fresh_database(postgres_server))
    try:
        db.execute(
            "CREATE TABLE t (k TEXT PRIMARY KEY, n BIGINT, x DOUBLE PRECISION, b BYTEA, c TEXT)"
        )
        sql = (
            "INSERT INTO t (k, n, x, b, c) VALUES (?, ?, ?, ?, 'const')"
            " ON CONFLICT (k) DO UPDATE SET n = t.n + excluded.n"
        )
        rows = [("a", 1, 0.5, b"\x00\x01", None), ("b", None, None, None, None)]
        db.conn.executemany(sql, [r[:4] for r in rows])
        db.conn.executemany(sql, [("a", 10, 1.5, b""), ("a", 100, 2.5, b"")])
        db.conn.executemany(
            "INSERT INTO t (k, n) VALUES (?, ?) ON CONFLICT DO NOTHING", [("b", 7), ("c", 2**40)]
        )
        got = {r["k"]: r for r in db.query("SELECT * FROM t")}
        assert got["a"]["n"] == 111 and got["a"]["x"] == 0.5 and got["a"]["b"] == b"\x00\x01"
        assert got["a"]["c"] == "const"
        assert got["b"]["n"] is None and got["b"]["b"] is None
        assert got["c"]["n"] == 2**40
        # A column added after the first insert is found (the column types are read again).
        db.execute("ALTER TABLE t ADD COLUMN d TEXT")
        db.conn.executemany("INSERT INTO t (k, d) VALUES (?, ?)", [("d", "x"), ("e", "y")])
        assert db.execute("SELECT count(*) FROM t WHERE d IS NOT NULL").fetchone()[0] == 2
    finally:
        db.close()


# A word with accents in languages whose PostgreSQL stemmer keeps them, and one without a
# stemmer ('simple'); German's stemmer folds umlauts by itself.
_ACCENTED = {
    "fr": ("Les résultats définitifs de l'élection", "résultats", "resultats"),
    "es": ("Los ciudadanos españoles votaron", "españoles", "espanoles"),
    "pt": ("A eleição na região", "região", "regiao"),
    "hr": ("Zagrebački gradonačelnik je rekao", "gradonačelnik", "gradonacelnik"),
    "de": ("Die Bäckerei am Markt", "Bäckerei", "Backerei"),
}


def _found(db: Database, words: str) -> list[str]:
    """The URLs the README's search finds for ``words``: FTS5 on SQLite, the ``search``
    column in the article's language on PostgreSQL."""
    if is_postgres(db):
        sql = f"SELECT url FROM articles WHERE {search_condition()} ORDER BY url"
        return [r[0] for r in db.execute(sql, [words]).fetchall()]
    sql = (
        "SELECT a.url FROM articles_fts f JOIN articles a ON a.rowid = f.rowid"
        " WHERE articles_fts MATCH ? ORDER BY a.url"
    )
    return [r[0] for r in db.execute(sql, [f'"{words}"']).fetchall()]


def _store_accented(db: Database) -> None:
    with write_transaction(db):
        for language, (text, _, _) in _ACCENTED.items():
            db.execute(
                "INSERT INTO articles (url, source, fetched_at, text, language)"
                " VALUES (?, ?, ?, ?, ?)",
                [f"https://{language}.example/1", "x", "2026-01-01T00:00:00+00:00", text, language],
            )


def test_a_search_without_the_accents_finds_the_same_articles_on_both_stores(
    db: Database,
) -> None:
    """SQLite's FTS5 finds "resultats" in "résultats" in every language; PostgreSQL found it
    only in German (whose stemmer folds umlauts): a French, Spanish, Portuguese or Croatian
    archive moved to PostgreSQL lost every search typed without accents."""
    _store_accented(db)
    for language, (_, accented, bare) in _ACCENTED.items():
        url = f"https://{language}.example/1"
        assert _found(db, accented) == [url], (language, accented)
        assert _found(db, bare) == [url], (language, bare)


def test_greek_accents_and_the_sharp_s_are_folded_by_postgresql_alone(db: Database) -> None:
    """What the README says the two searches do apart: SQLite's tokenizer folds the accents of
    Latin letters only, so a Greek word typed without its tonos, or in capitals (written
    without it), and "ss" for "ß" find nothing there; PostgreSQL's unaccent folds both."""
    rows = {"el": "Η Αθήνα είναι η πρωτεύουσα", "de": "Die Straßenbahn fährt wieder"}
    with write_transaction(db):
        for language, text in rows.items():
            db.execute(
                "INSERT INTO articles (url, source, fetched_at, text, language)"
                " VALUES (?, ?, ?, ?, ?)",
                [f"https://{language}.example/1", "x", "2026-01-01T00:00:00+00:00", text, language],
            )
    greek, german = ["https://el.example/1"], ["https://de.example/1"]
    assert _found(db, "Αθήνα") == greek and _found(db, "Straßenbahn") == german
    folded = is_postgres(db)
    assert _found(db, "Αθηνα") == (greek if folded else [])
    assert _found(db, "ΑΘΗΝΑ") == (greek if folded else [])
    assert _found(db, "Strassenbahn") == (german if folded else [])


def test_a_store_made_before_folds_accents_once_migrated(
    postgres_server: str, postgres_template: str
) -> None:
    """The search column of a store made before is built anew over its rows, its view kept."""
    url = fresh_database(postgres_server, postgres_template)
    db = open_database(url)
    _store_accented(db)
    # As before the migration: the search column in PostgreSQL's own configurations.
    with write_transaction(db):
        db.execute("DROP VIEW unique_articles")
        db.execute("ALTER TABLE articles DROP COLUMN search")
        db.execute(
            "CREATE OR REPLACE FUNCTION newsloom_text_config(language TEXT) RETURNS regconfig"
            " LANGUAGE sql IMMUTABLE AS $$ SELECT CASE language WHEN 'fr' THEN 'french'::regconfig"
            " ELSE 'simple'::regconfig END $$"
        )
        db.execute(
            "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS"
            " (to_tsvector(newsloom_text_config(language), coalesce(text, ''))) STORED"
        )
        db.execute("CREATE VIEW unique_articles AS SELECT * FROM articles")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm086_search_without_accents'")
    assert _found(db, "resultats") == []
    db.close()
    db = open_database(url)
    assert _found(db, "resultats") == ["https://fr.example/1"]
    assert db.execute("SELECT count(*) FROM unique_articles").fetchone()[0] == len(_ACCENTED)
    db.close()


def test_a_copy_whose_source_server_went_away_names_the_source(
    postgres_server: str, postgres_template: str, tmp_path: Path
) -> None:
    """`copydb` from PostgreSQL whose server ended the connection mid-copy said "copy into
    TARGET stopped: terminating connection…", sending the operator to the wrong store."""
    source = open_database(fresh_database(postgres_server, postgres_template))
    target = open_database(tmp_path / "copy.db")
    pid = source.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    with pytest.raises(Exception) as failed:  # the command prints it after "copy stopped: "
        copy_database(source, target, source_name="the source")
    assert str(failed.value).startswith("reading the source failed: "), failed.value
    target.close()


def test_a_store_holding_a_nul_is_copied_into_postgresql_without_it(
    postgres_server: str, postgres_template: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A row stored before control characters were left out of the fields (a NUL escaped in
    a page's JSON-LD author) stopped `copydb` into PostgreSQL at it, on every run: "PostgreSQL
    text fields cannot contain NUL (0x00) bytes; … run the same command again to continue"."""
    source = open_database(tmp_path / "old.db")
    with write_transaction(source):
        source.execute(
            "INSERT INTO articles (url, source, fetched_at, text, author, title)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                "https://a.example/1",
                "x",
                "2026-01-01T00:00:00+00:00",
                "Text",
                "Hans\x00 Meier",
                "T",
            ],
        )
    target = open_database(fresh_database(postgres_server, postgres_template))
    copied = {c.table: c for c in copy_database(source, target, source_name="old.db")}
    assert (copied["articles"].source_rows, copied["articles"].target_rows) == (1, 1)
    assert target.execute("SELECT author FROM articles").fetchall()[0][0] == "Hans Meier"
    assert "1 values of articles held NUL characters" in caplog.text
    source.close()
    target.close()


def test_a_crawl_into_a_copy_stopped_half_way_gets_new_run_ids(
    postgres_server: str, postgres_template: str, tmp_path: Path
) -> None:
    """`copydb` into PostgreSQL moved the run ids' sequence past the copied ids only once the
    whole copy had ended: after a copy stopped half-way, the first crawl into the target failed
    with "duplicate key value violates unique constraint runs_pkey"."""
    source = open_database(tmp_path / "old.db")
    with write_transaction(source):
        copied_ids = [records.start_run(source, "crawl", ["s"], None) for _ in range(3)]
    target = open_database(fresh_database(postgres_server, postgres_template))

    def stop_after_runs(result: TableCopy) -> None:
        if result.table == "runs":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copy_database(source, target, source_name="old.db", report=stop_after_runs)
    with write_transaction(target):
        new_id = records.start_run(target, "crawl", ["s"], None)
    assert new_id > max(copied_ids)
    finished = {c.table: c for c in copy_database(source, target, source_name="old.db")}
    assert all(c.complete for c in finished.values())
    with write_transaction(target):
        assert records.start_run(target, "crawl", ["s"], None) == new_id + 1
    source.close()
    target.close()
