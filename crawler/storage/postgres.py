"""PostgreSQL behind the part of sqlite-utils' ``Database`` that Newsloom uses.

Newsloom's SQL is written to run on both engines (``ON CONFLICT`` upserts, ``IS DISTINCT
FROM``, double-quoted names), so the PostgreSQL store is a connection adapter, not a second
copy of every query: :class:`PostgresDatabase` offers ``execute``/``query``/``conn``/
``atomic`` and the table operations the migrations and writers call (``create``,
``create_index``, ``add_column``, ``enable_fts``, ``insert``, ``upsert``, ``upsert_all``,
``update``, ``rows_where``, ``columns_dict``), so the migrations in ``schema.py`` build both
schemas. Two things differ by engine and live here: DB-API placeholders (SQLite's ``?`` and
``:name`` become psycopg's ``%s`` and ``%(name)s``, by a scanner that skips quoted text, once
per statement text) and full-text search (a ``tsvector`` column with a GIN index instead of
FTS5, its configuration chosen by each article's language).

psycopg is imported only when a ``postgresql://`` store is opened, so a SQLite crawl does not
pay for it.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)

URL_SCHEMES = ("postgresql://", "postgres://")

# Column types of sqlite-utils' Python type names, as PostgreSQL declares them.
_TYPES: dict[Any, str] = {
    str: "TEXT",
    int: "BIGINT",
    float: "DOUBLE PRECISION",
    bytes: "BYTEA",
    bool: "BIGINT",  # stored as 0/1, as on SQLite (crawler/items.py column_value)
}
_PYTHON_TYPES = {
    "text": str,
    "bigint": int,
    "integer": int,
    "double precision": float,
    "bytea": bytes,
    "tsvector": str,
}

# ISO 639-1 codes of the languages langdetect reports, mapped to the text search
# configurations PostgreSQL ships; any other language is indexed with 'simple' (no stemming).
TEXT_SEARCH_CONFIGS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
SEARCH_COLUMN = "search"


def is_postgres_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(URL_SCHEMES)


@functools.lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> str:
    """``sql`` with SQLite's ``?`` and ``:name`` placeholders as psycopg's ``%s``/``%(name)s``.

    Quoted strings, quoted names and comments pass through unchanged; a literal ``%`` is
    doubled, as psycopg requires; ``::`` (a PostgreSQL cast) is not a placeholder.
    """
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:  # doubled quote inside
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
        elif ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "?":
            out.append("%s")
            i += 1
        elif ch == ":" and sql.startswith("::", i):
            out.append("::")
            i += 2
        elif ch == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_"):
            end = i + 1
            while end < n and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            out.append(f"%({sql[i + 1 : end]})s")
            i = end
        elif ch == "%":
            out.append("%%")
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


@dataclass(frozen=True)
class InsertForm:
    """A one-row ``INSERT … VALUES (?, …) [ON CONFLICT …]``, taken apart."""

    table: str  # as written: quoted or not
    columns: tuple[str, ...]
    items: tuple[str, ...]  # the row's items: "?" or a constant
    tail: str  # the ON CONFLICT clause, or ""
    conflict_keys: tuple[int, ...] | None  # for DO UPDATE: key columns' places among the "?"


# A row item: a placeholder or a plain constant (a number, a word, a quoted text).
_ITEM = r"(?:\?|[-\w.]+|'[^',()]*')"
_INSERT = re.compile(
    rf"\s*INSERT\s+INTO\s+(?P<table>\S+?)\s*\((?P<columns>[^()]*)\)\s*VALUES\s*"
    rf"\((?P<row>(?:\s*{_ITEM}\s*,)*\s*{_ITEM}\s*)\)(?P<tail>(?:\s+ON\s+CONFLICT\b.*)?)\s*",
    re.IGNORECASE | re.DOTALL,
)
_CONFLICT = re.compile(
    r"\s+ON\s+CONFLICT\s*(?:\((?P<keys>[^()]*)\))?\s*DO\s+(?P<action>NOTHING|UPDATE\b.*)",
    re.IGNORECASE | re.DOTALL,
)
# Python types a column of rows may hold to travel as one array (None aside).
_ARRAY_TYPES = (str, int, float, bytes)


def _column_names(text: str) -> list[str]:
    return [c.strip().strip('"') for c in text.split(",")]


@functools.lru_cache(maxsize=256)
def insert_form(sql: str) -> InsertForm | None:
    """``sql`` taken apart when it inserts one row of ``?`` placeholders and constants, else
    None (then executemany runs it row by row).

    ``DO UPDATE`` needs the conflict columns named, so that rows sharing a key can be kept
    apart (PostgreSQL refuses to update a row twice in one statement, while row by row the
    second would update the first).
    """
    match = _INSERT.fullmatch(sql)
    if match is None:
        return None
    tail = match.group("tail")
    if "%s" in to_pyformat(tail):  # a parameter outside the row: not one per row
        return None
    conflict_keys: list[str] = []
    if tail:
        conflict = _CONFLICT.fullmatch(tail)
        if conflict is None:
            return None
        if conflict.group("action").upper() != "NOTHING":
            if not conflict.group("keys"):
                return None
            conflict_keys = _column_names(conflict.group("keys"))
    columns = _column_names(match.group("columns"))
    items = [item.strip() for item in match.group("row").split(",")]
    if len(items) != len(columns) or "?" not in items:
        return None
    keys: tuple[int, ...] | None = None
    if conflict_keys:
        # A key column's place among the parameters (constants take none).
        param = {c: items[:i].count("?") for i, c in enumerate(columns) if items[i] == "?"}
        try:
            keys = tuple(param[k] for k in conflict_keys)
        except KeyError:  # not a column, or a constant: every row would have that key
            return None
    return InsertForm(match.group("table"), tuple(columns), tuple(items), tail, keys)


def unnest_sql(form: InsertForm, types: Mapping[str, str]) -> str:
    """The statement inserting every row at once: one array parameter per placeholder column,
    ``unnest`` turning them back into rows (a fixed text whatever the row count, so psycopg
    and the server keep it prepared)."""
    arrays: list[str] = []
    values: list[str] = []
    for column, item in zip(form.columns, form.items, strict=True):
        if item == "?":
            values.append(f"r.c{len(arrays)}")
            arrays.append(f"%s::{types[column]}[]")
        else:
            values.append(item)
    names = ", ".join(f"c{i}" for i in range(len(arrays)))
    return (
        f"INSERT INTO {form.table} ({', '.join(_name(c) for c in form.columns)})"
        f" SELECT {', '.join(values)} FROM unnest({', '.join(arrays)}) AS r ({names})"
        f"{to_pyformat(form.tail)}"
    )


def as_arrays(rows: Sequence[Sequence[Any]], form: InsertForm) -> list[list[Any]] | None:
    """``rows`` as one list per placeholder column, or None when they cannot travel that way:
    a column mixing Python types (psycopg types an array by its values), or two rows with one
    conflict key under ``DO UPDATE``."""
    width = form.items.count("?")
    if any(len(row) != width for row in rows):
        return None
    arrays = [list(column) for column in zip(*rows, strict=True)]
    for values in arrays:
        kinds = {type(v) for v in values if v is not None}
        if len(kinds) > 1 or not kinds <= set(_ARRAY_TYPES):
            return None
    if form.conflict_keys is not None:
        keys = set(zip(*(arrays[i] for i in form.conflict_keys), strict=True))
        if len(keys) < len(rows):
            return None
    return arrays


def advisory_key(*parts: str) -> int:
    """A signed 64-bit advisory lock key for ``parts`` (stable across processes and hosts)."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def _name(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _params(params: Any) -> Any:
    if params is None:
        return None
    if isinstance(params, Mapping):
        return params
    return list(params)


class _Connection:
    """The adapter's ``db.conn``: ``execute`` and ``executemany`` with SQLite's placeholders."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self._types: dict[str, dict[str, str]] = {}

    def execute(self, sql: str, params: Any = None) -> Any:
        if params is None:  # psycopg reads no placeholders (nor doubled percent signs) then
            return self.raw.execute(sql)
        return self.raw.execute(to_pyformat(sql), _params(params))

    def executemany(self, sql: str, rows: Iterable[Any]) -> None:
        """Run ``sql`` for each of ``rows``; a one-row ``INSERT … VALUES (?, …)`` runs once,
        on arrays of the rows' values (:func:`unnest_sql`): statement by statement each row
        costs a parse-bind-execute round on both sides, and an article brings 32 LSH
        buckets and its candidate lines (benchmarks/pgcost.py)."""
        rows = [_params(r) for r in rows]
        if not rows:
            return
        form = insert_form(sql)
        if form is not None and not isinstance(rows[0], Mapping):
            arrays = as_arrays(rows, form)
            types = self.column_types(form.table, form.columns) if arrays is not None else {}
            if arrays is not None and all(c in types for c in form.columns):
                self.raw.execute(unnest_sql(form, types), arrays)
                return
        with self.raw.cursor() as cursor:
            cursor.executemany(to_pyformat(sql), rows)

    def column_types(self, table: str, columns: Iterable[str] = ()) -> dict[str, str]:
        """{column: SQL type} of ``table`` (as written in a statement), read once per
        connection and again when one of ``columns`` is missing (a migration added it)."""
        types = self._types.get(table)
        if types is None or any(c not in types for c in columns):
            rows = self.raw.execute(
                "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
                " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
                [table],
            ).fetchall()
            types = self._types[table] = dict(rows)
        return types

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return bool(self.raw.info.transaction_status != TransactionStatus.IDLE)

    def close(self) -> None:
        self.raw.close()


class PostgresDatabase:
    """A PostgreSQL store with the interface Newsloom's callers use on sqlite-utils."""

    dialect = "postgresql"

    def __init__(self, url: str, *, timeout_ms: int = 60_000) -> None:
        import psycopg

        self.url = url
        # Autocommit, with explicit BEGIN/COMMIT from write_transaction and atomic(): the
        # same shape as the SQLite connections, where a read outside a write sees the newest
        # commits. lock_timeout plays SQLite's busy timeout.
        raw = psycopg.connect(url, autocommit=True)
        raw.execute(f"SET lock_timeout = {int(timeout_ms)}")
        # Stored times are UTC ISO text; casts in datetime() read a bare date as UTC midnight.
        raw.execute("SET TIME ZONE 'UTC'")
        self.conn = _Connection(raw)

    # --- statements ---------------------------------------------------------------------

    def execute(self, sql: str, params: Any = None) -> Any:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Any = None) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d.name for d in cursor.description]
        for row in cursor.fetchall():
            yield dict(zip(names, row, strict=True))

    def begin(self) -> None:
        self.conn.raw.execute("BEGIN")

    def commit(self) -> None:
        self.conn.raw.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.raw.execute("ROLLBACK")

    @contextmanager
    def atomic(self) -> Iterator[PostgresDatabase]:
        """A transaction, or a savepoint inside the caller's (as sqlite-utils' ``atomic``)."""
        if not self.conn.in_transaction:
            self.begin()
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            self.commit()
            return
        self.conn.raw.execute("SAVEPOINT newsloom_atomic")
        try:
            yield self
        except BaseException:
            self.conn.raw.execute("ROLLBACK TO SAVEPOINT newsloom_atomic")
            raise
        self.conn.raw.execute("RELEASE SAVEPOINT newsloom_atomic")

    def lock_for_transaction(self, *parts: str) -> None:
        """Hold an advisory lock on ``parts`` until this transaction ends."""
        self.conn.raw.execute("SELECT pg_advisory_xact_lock(%s)", [advisory_key(*parts)])

    def table_names(self) -> list[str]:
        rows = self.conn.raw.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
        return [r[0] for r in rows.fetchall()]

    def table(self, name: str) -> PostgresTable:
        return PostgresTable(self, name)

    __getitem__ = table

    def close(self) -> None:
        self.conn.close()


class PostgresTable:
    """The sqlite-utils ``Table`` operations Newsloom calls, on one PostgreSQL table.

    Every table gets a ``rowid`` column (an identity, indexed): SQLite's implicit rowid, which
    keyset paging (``scrapy export``) and the migrations record order rely on.
    """

    def __init__(self, db: PostgresDatabase, name: str) -> None:
        self.db = db
        self.name = name
        self.last_pk: Any = None

    # --- schema -------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.name in self.db.table_names()

    @property
    def columns_dict(self) -> dict[str, type]:
        rows = self.db.conn.raw.execute(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position",
            [self.name],
        ).fetchall()
        hidden = {"rowid", SEARCH_COLUMN}
        return {name: _PYTHON_TYPES.get(kind, str) for name, kind in rows if name not in hidden}

    @property
    def pks(self) -> list[str]:
        rows = self.db.conn.raw.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
            " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
            " WHERE i.indrelid = %s::regclass AND i.indisprimary",
            [_name(self.name)],
        ).fetchall()
        return [r[0] for r in rows]

    def create(
        self,
        columns: Mapping[str, Any],
        *,
        pk: str | Sequence[str] | None = None,
        not_null: Iterable[str] = (),
        defaults: Mapping[str, Any] | None = None,
        foreign_keys: Iterable[tuple[str, str, str]] = (),
    ) -> PostgresTable:
        keys = [pk] if isinstance(pk, str) else list(pk or [])
        required = set(not_null)
        defaults = defaults or {}
        identity = keys[0] if len(keys) == 1 and columns.get(keys[0]) is int else None
        parts = []
        for column, kind in columns.items():
            decl = f"{_name(column)} {_TYPES[kind]}"
            if column == identity:
                decl += " GENERATED BY DEFAULT AS IDENTITY"
            if column in required:
                decl += " NOT NULL"
            if column in defaults:
                decl += f" DEFAULT {_literal(defaults[column])}"
            parts.append(decl)
        if identity:
            parts.append(f"rowid BIGINT GENERATED ALWAYS AS ({_name(identity)}) STORED")
        else:
            parts.append("rowid BIGINT GENERATED ALWAYS AS IDENTITY")
        if keys:
            parts.append(f"PRIMARY KEY ({', '.join(_name(k) for k in keys)})")
        for column, other, other_column in foreign_keys:
            parts.append(
                f"FOREIGN KEY ({_name(column)}) REFERENCES {_name(other)} ({_name(other_column)})"
            )
        self.db.execute(f"CREATE TABLE {_name(self.name)} ({', '.join(parts)})")
        self.db.execute(
            f"CREATE UNIQUE INDEX {_name(f'{self.name}_rowid')} ON {_name(self.name)} (rowid)"
        )
        return self

    def create_index(self, columns: Sequence[str], *, unique: bool = False) -> None:
        index = f"idx_{self.name}_{'_'.join(columns)}"
        self.db.execute(
            f"CREATE {'UNIQUE ' if unique else ''}INDEX IF NOT EXISTS {_name(index)}"
            f" ON {_name(self.name)} ({', '.join(_name(c) for c in columns)})"
        )

    def add_column(self, name: str, kind: Any = str, *, not_null_default: Any = None) -> None:
        """Add ``name`` if missing; with ``not_null_default``, NOT NULL with that default (as
        sqlite-utils does), so existing rows take the default without being rewritten."""
        clause = ""
        if not_null_default is not None:
            clause = f" NOT NULL DEFAULT {_literal(not_null_default)}"
        self.db.execute(
            f"ALTER TABLE {_name(self.name)} ADD COLUMN IF NOT EXISTS {_name(name)}"
            f" {_TYPES[kind]}{clause}"
        )

    def enable_fts(self, columns: Sequence[str], **_: Any) -> None:
        """Full-text search as PostgreSQL does it: a stored ``tsvector`` of ``columns`` (the
        first weighted highest) in the configuration of the row's language, GIN-indexed.

        Query it with the same configuration: ``search @@ websearch_to_tsquery(
        newsloom_text_config(language), ?)`` (see :func:`search_condition`). Called again, it
        builds the column anew from the current configurations (a stored generated column is
        not recomputed when the function it calls changes).
        """
        configs = text_search_configs(self.db)
        cases = " ".join(f"WHEN '{code}' THEN '{config}'::regconfig" for code, config in configs)
        self.db.execute(f"ALTER TABLE {_name(self.name)} DROP COLUMN IF EXISTS {SEARCH_COLUMN}")
        self.db.execute(
            "CREATE OR REPLACE FUNCTION newsloom_text_config(language TEXT) RETURNS regconfig"
            f" LANGUAGE sql IMMUTABLE AS $$ SELECT CASE language {cases}"
            f" ELSE '{configs.fallback}'::regconfig END $$"
        )
        weights = "ABCD"
        vector = " || ".join(
            f"setweight(to_tsvector(newsloom_text_config(language), coalesce({_name(c)}, '')),"
            f" '{weights[min(i, 3)]}')"
            for i, c in enumerate(columns)
        )
        self.db.execute(
            f"ALTER TABLE {_name(self.name)} ADD COLUMN {SEARCH_COLUMN} tsvector"
            f" GENERATED ALWAYS AS ({vector}) STORED"
        )
        self.db.execute(
            f"CREATE INDEX {_name(f'{self.name}_{SEARCH_COLUMN}')}"
            f" ON {_name(self.name)} USING GIN ({SEARCH_COLUMN})"
        )

    # --- rows ---------------------------------------------------------------------------

    @property
    def count(self) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM {_name(self.name)}").fetchone()[0])

    def rows_where(
        self, where: str | None = None, where_args: Any = None, *, order_by: str | None = None
    ) -> Iterator[dict[str, Any]]:
        sql = f"SELECT * FROM {_name(self.name)}"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        for row in self.db.query(sql, where_args):
            row.pop("rowid", None)
            yield row

    def insert(self, record: Mapping[str, Any]) -> PostgresTable:
        names = list(record)
        pks = self.pks
        returning = f" RETURNING {_name(pks[0])}" if len(pks) == 1 else ""
        row = self.db.execute(
            f"INSERT INTO {_name(self.name)} ({', '.join(_name(c) for c in names)})"
            f" VALUES ({', '.join('?' for _ in names)}){returning}",
            [record[c] for c in names],
        )
        self.last_pk = row.fetchone()[0] if returning else None
        return self

    def upsert(self, record: Mapping[str, Any], *, pk: str | Sequence[str]) -> PostgresTable:
        return self.upsert_all([record], pk=pk)

    def upsert_all(
        self, records: Iterable[Mapping[str, Any]], *, pk: str | Sequence[str]
    ) -> PostgresTable:
        keys = [pk] if isinstance(pk, str) else list(pk)
        by_columns: dict[tuple[str, ...], list[Mapping[str, Any]]] = {}
        for record in records:
            by_columns.setdefault(tuple(record), []).append(record)
        for names, rows in by_columns.items():
            updates = ", ".join(f"{_name(c)} = excluded.{_name(c)}" for c in names if c not in keys)
            action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
            self.db.conn.executemany(
                f"INSERT INTO {_name(self.name)} ({', '.join(_name(c) for c in names)})"
                f" VALUES ({', '.join('?' for _ in names)})"
                f" ON CONFLICT ({', '.join(_name(k) for k in keys)}) {action}",
                [[row[c] for c in names] for row in rows],
            )
        return self

    def update(self, pk_value: Any, updates: Mapping[str, Any]) -> PostgresTable:
        keys = self.pks
        values = pk_value if isinstance(pk_value, list | tuple) else [pk_value]
        sets = ", ".join(f"{_name(c)} = ?" for c in updates)
        where = " AND ".join(f"{_name(k)} = ?" for k in keys)
        self.db.execute(
            f"UPDATE {_name(self.name)} SET {sets} WHERE {where}", [*updates.values(), *values]
        )
        return self


def _literal(value: Any) -> str:
    if isinstance(value, bool | int | float):
        return str(int(value) if isinstance(value, bool) else value)
    return "'" + str(value).replace("'", "''") + "'"


@dataclass(frozen=True)
class TextConfigs:
    """The text search configuration of each language code, and the one for all others."""

    by_language: tuple[tuple[str, str], ...]
    fallback: str

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.by_language)


# The token types that may hold letters outside ASCII: where accents are folded.
_ACCENTED_TOKENS = "word, hword, hword_part"


def _may_fold_accents(db: PostgresDatabase) -> bool:
    """Whether the ``unaccent`` dictionary is there or may be installed by this role (it is a
    trusted extension: the database's CREATE privilege suffices)."""
    row = db.conn.raw.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent'),"
        " EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'),"
        " has_database_privilege(current_database(), 'CREATE')"
    ).fetchone()
    installed, available, may_create = row
    if not installed and available and may_create:
        db.conn.raw.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        return True
    return bool(installed)


def text_search_configs(db: PostgresDatabase) -> TextConfigs:
    """The configurations ``newsloom_text_config`` maps languages to, made where missing.

    SQLite's FTS5 (``remove_diacritics``) finds "resultats" in "résultats" in every language;
    PostgreSQL's stemmers keep accents (German's alone folds umlauts). So each configuration is
    a copy of the one PostgreSQL ships with the ``unaccent`` dictionary before its stemmer
    (``newsloom_french``…; ``newsloom_simple`` for the languages without one), which folds the
    searched words as well as the stored ones. Without the extension (not installed on the
    server, or a role that may not add it), the shipped configurations are used as they are.
    """
    shipped = {r[0] for r in db.conn.raw.execute("SELECT cfgname FROM pg_ts_config").fetchall()}
    languages = tuple(
        (code, config) for code, config in TEXT_SEARCH_CONFIGS.items() if config in shipped
    )
    if not _may_fold_accents(db):
        return TextConfigs(languages, "simple")
    folded: dict[str, str] = {}
    for config in {config for _, config in languages} | {"simple"}:
        name = f"newsloom_{config}"
        folded[config] = name
        if name in shipped:
            continue
        stemmer = "simple" if config == "simple" else f"{config}_stem"
        db.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {config})")
        db.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name}"
            f" ALTER MAPPING FOR {_ACCENTED_TOKENS} WITH unaccent, {stemmer}"
        )
    return TextConfigs(
        tuple((code, folded[config]) for code, config in languages), folded["simple"]
    )


def search_condition() -> str:
    """The WHERE condition matching articles against a search phrase (one ``?`` parameter),
    parsed in each article's own language configuration."""
    return f"{SEARCH_COLUMN} @@ websearch_to_tsquery(newsloom_text_config(language), ?)"


def install_functions(db: PostgresDatabase) -> None:
    """SQLite's ``datetime(text)`` for the few portable queries that use it (``scrapy export``):
    the UTC time as 'YYYY-MM-DD HH:MM:SS', NULL when the text is not a time."""
    db.execute(
        "CREATE OR REPLACE FUNCTION datetime(value TEXT) RETURNS TEXT LANGUAGE plpgsql"
        " IMMUTABLE STRICT AS $$ BEGIN"
        " RETURN to_char(value::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS');"
        " EXCEPTION WHEN others THEN RETURN NULL; END $$"
    )
