"""The database schema, as sqlite-utils migrations that are safe to apply on every start."""

from __future__ import annotations

import logging
import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from crawler.clock import normalize_published
from crawler.items import article_columns, column_value

from .reprocess_passes import DONE as REPROCESS_DONE_TABLE
from .reprocess_passes import PASSES as REPROCESS_PASSES_TABLE
from .robots_copies import TABLE as ROBOTS_COPIES_TABLE
from .sitemap_reads import TABLE as SITEMAP_READS_TABLE
from .unspaced import search_pairs
from .userinfo import (
    forget_credentialed_positions,
    remove_image_userinfo,
    remove_node_userinfo,
    remove_userinfo,
)

logger = logging.getLogger(__name__)

MIGRATION_SET = "newsloom"
# Where sqlite-utils records applied migrations: the mark of a Newsloom database.
MIGRATIONS_TABLE = "_sqlite_migrations"
# The one row holding the store's permanent id (m084_store_id).
STORE_TABLE = "store"
migrations = Migrations(MIGRATION_SET)
# What the full-text index covers: the title, the text, and the words of scripts written
# without spaces as character pairs (crawler/storage/unspaced.py), in this order.
SEARCHED_COLUMNS = ("title", "text", "search_pairs")
# Rows read per step when a migration rewrites every article.
_BATCH = 500


@migrations()
def m001_articles(db: Database) -> None:
    db.table("articles").create(
        {
            "url": str,
            "source": str,
            "title": str,
            "author": str,
            "published": str,
            "fetched_at": str,
            "updated_at": str,
            "fetched_url": str,
            "language": str,
            "language_prob": float,
            "language_expected": int,
            "description": str,
            "sitename": str,
            "tags": str,
            "image": str,
            "text": str,
            "content_hash": str,
            "duplicate_of": str,
            "similarity": float,
            "extractor_version": str,
            "pipeline_version": str,
        },
        pk="url",
        not_null={"source", "fetched_at", "text"},
    )
    db.table("articles").create_index(["source", "published"])
    db.table("articles").create_index(["content_hash"])
    db.table("articles").create_index(["duplicate_of"])
    db.table("articles").enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True)
    _unique_articles_view(db)


@migrations()
def m002_pages(db: Database) -> None:
    # Raw HTML, zlib-compressed, kept apart so that scans over articles stay small.
    db.table("pages").create(
        {"url": str, "html_gz": bytes, "fetched_url": str, "fetched_at": str},
        pk="url",
    )


@migrations()
def m010_dedup(db: Database) -> None:
    # MinHash signatures and their LSH band buckets (pipelines/index/copies.py). The buckets
    # table is keyed by (band, bucket, url) WITHOUT ROWID, so the key is the lookup index itself
    # and a re-added URL's old rows are deleted by key, never by scan.
    # PostgreSQL has no WITHOUT ROWID (its heap rows are found through the index anyway) and
    # calls BLOB bytea.
    postgres = getattr(db, "dialect", "sqlite") == "postgresql"
    blob, key, without_rowid = (
        ("BYTEA", "BIGINT", "") if postgres else ("BLOB", "INTEGER", " WITHOUT ROWID")
    )
    db.execute(f"CREATE TABLE dedup_signatures (url TEXT PRIMARY KEY, signature {blob} NOT NULL)")
    db.execute(
        f"CREATE TABLE dedup_buckets (band INTEGER NOT NULL, bucket {key} NOT NULL,"
        f" url TEXT NOT NULL, PRIMARY KEY (band, bucket, url)){without_rowid}"
    )
    # The band layout the buckets were computed with; a different layout needs a rebuild.
    db.execute("CREATE TABLE dedup_config (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m020_line_stats(db: Database) -> None:
    # Per-source counts of short lines, for learned boilerplate (pipelines/index/boilerplate.py).
    # `count` is the number of articles of `source` containing the line; `sample` keeps the
    # first text seen so that a learned key can be read by a human.
    db.table("line_stats").create(
        {"source": str, "key": str, "count": int, "sample": str},
        pk=("source", "key"),
        not_null={"count"},
        defaults={"count": 0},
    )
    # learned_for() reads only one source's frequent keys: a range scan, not all history.
    db.table("line_stats").create_index(["source", "count"])
    db.table("source_line_totals").create(
        {"source": str, "articles": int},
        pk="source",
        not_null={"articles"},
        defaults={"articles": 0},
    )


@migrations()
def m030_operations(db: Database) -> None:
    """Cross-run memory for unattended operation: run records, fetched URLs, listing validators.

    The database, not Scrapy's JOBDIR, remembers what earlier runs did: it is written in
    transactions and survives a crash at any point.
    """
    db.table("runs").create(
        {
            "id": int,
            "command": str,
            "sources": str,  # JSON list of source names asked for
            "started_at": str,
            "finished_at": str,
            "exit_code": int,
            "pid": int,
            "log_file": str,
        },
        pk="id",
    )
    db.table("run_sources").create(
        {
            "run_id": int,
            "source": str,
            "started_at": str,
            "finished_at": str,
            "finish_reason": str,
            "outcome": str,  # running, ok, failed
            "failure": str,  # why the source failed, for the operator
            "pages_fetched": int,
            "listings_not_modified": int,
            "links_found": int,
            "articles_new": int,
            "articles_updated": int,
            "articles_duplicate": int,
            "articles_dropped": int,
            "dropped": str,  # JSON {reason: count}
            "errors": int,
            "scraped": int,
            "share_no_date": float,
            "share_no_author": float,
            "median_text_len": float,
            "stats": str,  # JSON of the crawl's closing stats
        },
        pk=("run_id", "source"),
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("run_sources").create_index(["source", "run_id"])
    # Every article URL requested, keyed by canonical URL: redirects and pages that held no
    # article are remembered too, so the next run does not download them again.
    db.table("url_seen").create(
        {"url": str, "target": str, "status": int, "fetched_at": str},
        pk="url",
    )
    db.table("url_seen").create_index(["target"])
    db.table("listing_validators").create(
        {"url": str, "etag": str, "last_modified": str, "updated_at": str},
        pk="url",
    )
    # Listing hints (feed date, title, author) kept with the page so reprocessing sees them.
    db.table("pages").add_column("hints", str)


@migrations()
def m040_warc_files(db: Database) -> None:
    # How far `scrapy crawl news -a warc=…` got in each archive file (crawler/warc/ingest.py):
    # every record before `offset` is finished; `done` once the whole file is.
    db.table("warc_files").create(
        {
            "path": str,
            "size": int,
            "offset": int,
            "done": int,
            "run_id": int,
            "updated_at": str,
        },
        pk="path",
        not_null={"offset", "done"},
        defaults={"offset": 0, "done": 0},
    )


@migrations()
def m041_paywalled_share(db: Database) -> None:
    """The share of paywalled articles per crawl, so `scrapy runs` shows which sources are
    mostly walled (the articles' own ``paywalled`` column comes from crawler/items.py)."""
    db.table("run_sources").add_column("share_paywalled", float)


@migrations()
def m042_pending(db: Database) -> None:
    """Articles a listing yielded that no run has finished yet (crawler/storage/pending.py)."""
    db.table("pending_articles").create(
        {
            "url": str,  # canonical URL of the listed article
            "source": str,
            "fetch_url": str,  # as listed: what the next try requests
            "hints": str,  # JSON: the listing's title, date, author
            "error": str,  # why the last try did not finish
            "attempts": int,  # failed tries (a run that never reached it does not count)
            "first_seen": str,
            "last_try_at": str,
            "next_try_at": str,
            "given_up_at": str,  # set once attempts reach NEWS_PENDING_MAX_ATTEMPTS
        },
        pk="url",
        not_null={"source"},
    )
    db.table("pending_articles").create_index(["source", "next_try_at"])
    db.table("run_sources").add_column("articles_pending", int)
    db.table("run_sources").add_column("articles_given_up", int)


@migrations()
def m045_links_refused(db: Database) -> None:
    # Links refused because they point at a non-public address of a host the user did not
    # name (crawler/middlewares/addresses.py), shown by `scrapy runs`.
    db.table("run_sources").add_column("links_refused", int)


@migrations()
def m050_article_dates_utc(db: Database) -> None:
    """Bring stored dates to the one format (UTC, crawler/clock.py) and authors to a list.

    Rows stored before the metadata resolver hold feed dates in UTC, sitemap dates in the site's
    offset and page dates as bare days. Each becomes UTC with its precision and the day it
    names in its own offset (``published_day``); an unreadable value becomes NULL (it could not
    be sorted or compared anyway), and so does one before 1990 or more than a day after the
    page was fetched, which no page of the crawl would have been given. ``authors`` is the
    ``author`` string split where trafilatura joined names ("; "). ``scrapy reprocess``
    re-derives all of it from the stored pages.
    """
    add_article_columns(db)
    rows = db.execute(
        "SELECT url, published, author, fetched_at FROM articles"
        " WHERE published IS NOT NULL OR author IS NOT NULL"
    ).fetchall()
    updates = []
    for url, published, author, fetched_at in rows:
        value, precision, day = normalize_published(published, fetched_at)
        names = [n.strip() for n in (author or "").split(";") if n.strip()]
        updates.append((value, precision, day, column_value(names), ", ".join(names) or None, url))
    db.conn.executemany(
        "UPDATE articles SET published = ?, published_precision = ?, published_day = ?,"
        " authors = ?, author = ? WHERE url = ?",
        updates,
    )


@migrations()
def m051_run_sources_metadata(db: Database) -> None:
    # Share of articles whose date has no time of day, and metadata conflicts, per run.
    db.table("run_sources").add_column("share_no_time", float)
    db.table("run_sources").add_column("meta_conflicts", int)


@migrations()
def m060_article_versions(db: Database) -> None:
    """Articles change after publication: versions, checks and validators (issue 16).

    ``articles.version`` is the number of the version the row holds (1 until a re-fetch finds
    a change); added with a default, so no stored row is rewritten (a rewrite would also
    re-index every row's full text through the FTS triggers). ``article_versions`` keeps every
    version once an article changed (crawler/storage/versions.py). ``article_checks`` holds
    per article when it was first fetched, when it was last checked and the validators of
    its last answer (ETag, Last-Modified): a check that finds nothing new writes only there,
    never to ``articles`` and its full-text index. Rows stored before get a check row here.
    """
    db.table("articles").add_column("version", int, not_null_default=1)
    db.table("article_versions").create(
        {
            "url": str,
            "version": int,
            "fetched_at": str,
            "title": str,
            "published": str,
            "authors": str,  # JSON list
            "text": str,  # the whole text, or NULL when `diff` holds it
            "diff": str,  # JSON delta against the version before (crawler/revisions.py)
            "content_hash": str,
            "change_share": float,  # share of the text's words changed since the version before
            "changed_fields": str,  # JSON list of title, body, date, authors
        },
        pk=("url", "version"),
        not_null={"fetched_at"},
    )
    db.table("article_checks").create(
        {
            "url": str,
            "source": str,
            "first_fetched_at": str,
            "checked_at": str,
            "etag": str,
            "last_modified": str,
        },
        pk="url",
        not_null={"source", "first_fetched_at", "checked_at"},
    )
    # The revisit pass reads one source's articles first fetched inside its window.
    db.table("article_checks").create_index(["source", "first_fetched_at"])
    db.execute(
        "INSERT INTO article_checks (url, source, first_fetched_at, checked_at)"
        " SELECT url, source, fetched_at, fetched_at FROM articles"
    )
    # Per run and source: revisits answered, found unchanged (304 or same content), changed.
    for column in ("articles_revisited", "articles_unchanged", "articles_revised"):
        db.table("run_sources").add_column(column, int)


@migrations()
def m070_postgres_functions(db: Database) -> None:
    """On PostgreSQL, the SQLite functions that portable queries use (crawler/storage/postgres.py
    ``install_functions``); nothing to do on SQLite."""
    if getattr(db, "dialect", "sqlite") == "postgresql":
        from .postgres import install_functions

        install_functions(db)  # type: ignore[arg-type]


@migrations()
def m071_copy_progress(db: Database) -> None:
    # How far `scrapy copydb` got per source store and table (crawler/storage/copy.py): the
    # primary key of the last row committed, as JSON, so an interrupted copy resumes there.
    db.table("copy_progress").create(
        {"source": str, "table_name": str, "last_key": str, "rows_copied": int},
        pk=("source", "table_name"),
        not_null={"rows_copied"},
        defaults={"rows_copied": 0},
    )


@migrations()
def m080_run_sources_node(db: Database) -> None:
    # Where a source ran when `crawlall --scrapyd` spread it over nodes: the node's URL and
    # Scrapyd's job id (empty for crawls in the command's own process).
    db.table("run_sources").add_column("node", str)
    db.table("run_sources").add_column("job", str)


@migrations()
def m081_warc_retries(db: Database) -> None:
    # WARC records whose extraction timed out or killed its worker (crawler/warc/ingest.py):
    # the next ingestion of the file reads them again at `offset`, up to
    # NEWS_PENDING_MAX_ATTEMPTS failed tries, while the file's watermark goes on past them.
    db.table("warc_retries").create(
        {
            "path": str,
            "offset": int,
            "attempts": int,  # failed tries (a try the pool or database never gave: none)
            "error": str,  # why the last try did not finish
            "given_up_at": str,  # set once attempts reach NEWS_PENDING_MAX_ATTEMPTS
            "run_id": int,
            "updated_at": str,
        },
        pk=("path", "offset"),
        not_null={"attempts"},
        defaults={"attempts": 0},
    )


@migrations()
def m082_runs_host(db: Database) -> None:
    # The machine a run's process runs on: its pid says whether it is alive only there. Read
    # from another machine sharing a PostgreSQL store, a running run was called "killed".
    db.table("runs").add_column("host", str)


@migrations()
def m083_listing_validators_by_reader(db: Database) -> None:
    """Listing validators kept per source, kind and URL (crawler/middlewares/conditional.py).

    Kept per URL only, a listing's ETag saved by one source or kind made every other reader
    of that URL get a 304 and skip a listing it had never read. An old row does not say which
    source or kind wrote it, so it is dropped: that listing is read once in full, which is
    cheap; reusing the row for the wrong reader is a silent skip.
    """
    db.execute("DROP TABLE listing_validators")
    db.table("listing_validators").create(
        {
            "source": str,
            "kind": str,  # feed or sitemap: what the listing was read as
            "url": str,
            "etag": str,
            "last_modified": str,
            "updated_at": str,
        },
        pk=("source", "kind", "url"),
    )


@migrations()
def m084_store_id(db: Database) -> None:
    # A permanent random id of this store, written once. Scrapyd job ids end with its first
    # 8 hex digits (crawler/runs/nodes.py): two stores sharing nodes both have a run 1, and
    # jobs named alike shared one log and could be cancelled or read for the other store.
    db.table(STORE_TABLE).create({"id": str}, pk="id")
    db.table(STORE_TABLE).insert({"id": uuid.uuid4().hex})


@migrations()
def m085_search_pairs(db: Database) -> None:
    """Words inside Chinese, Japanese, Thai… text and Korean words with their particles made
    findable: ``articles.search_pairs`` holds them as character pairs, and the full-text index
    (FTS5 on SQLite, the ``search`` tsvector on PostgreSQL) covers it too.

    The index is dropped first, so that filling the column does not re-index each row through
    the triggers, and rebuilt once at the end. The migration is one transaction (PostgreSQL's
    DDL is transactional, and sqlite-utils keeps SQLite's open): killed, it leaves the store as
    it was and runs again in full on the next start. Each step also holds when repeated.
    """
    postgres = getattr(db, "dialect", "sqlite") == "postgresql"
    articles = db.table("articles")
    if postgres:
        # The view names the columns it was made with, the index column among them.
        db.execute("DROP VIEW IF EXISTS unique_articles")
        db.execute("ALTER TABLE articles DROP COLUMN IF EXISTS search")
    else:
        articles.disable_fts()
    if "search_pairs" not in articles.columns_dict:
        articles.add_column("search_pairs", str)
    fill_search_pairs(db)
    articles.enable_fts(list(SEARCHED_COLUMNS), fts_version="FTS5", create_triggers=True)
    if postgres:
        _unique_articles_view(db)


def fill_search_pairs(db: Database) -> int:
    """Set ``search_pairs`` of every article from its title and text, in URL order and
    batches (the texts of a large store do not fit in memory at once). Returns the rows
    that have pairs."""
    last, filled = "", 0
    while True:
        rows = db.execute(
            "SELECT url, title, text FROM articles WHERE url > ? ORDER BY url LIMIT ?",
            [last, _BATCH],
        ).fetchall()
        if not rows:
            return filled
        updates = [(search_pairs(title, text), url) for url, title, text in rows]
        updates = [(pairs, url) for pairs, url in updates if pairs is not None]
        if updates:
            db.conn.executemany("UPDATE articles SET search_pairs = ? WHERE url = ?", updates)
        filled += len(updates)
        last = rows[-1][0]


@migrations()
def m086_search_without_accents(db: Database) -> None:
    # PostgreSQL's search found "résultats" but not "resultats" (German's stemmer alone folds
    # umlauts), where SQLite's FTS5 folds accents in every language: the search column is
    # built anew in configurations that fold them (crawler/storage/postgres.py,
    # text_search_configs). SQLite's index needs nothing.
    if getattr(db, "dialect", "sqlite") == "postgresql":
        db.execute("DROP VIEW IF EXISTS unique_articles")  # it holds the column
        db.table("articles").enable_fts(list(SEARCHED_COLUMNS))
        _unique_articles_view(db)


@migrations()
def m087_version_paywalled(db: Database) -> None:
    # Whether each version's page was behind a subscription wall (crawler/storage/versions.py):
    # a page walled in its second version showed in `scrapy versions` and the versions' export
    # as a changed body alone. Versions stored before keep NULL: their wall is unknown.
    db.table("article_versions").add_column("paywalled", int)


@migrations()
def m088_sitemap_reads(db: Database) -> None:
    """The sitemaps of an index each source has read in full, and the ``<lastmod>`` the index
    gave them then (crawler/storage/sitemap_reads.py). Without them an index of more sitemaps
    than NEWS_SITEMAP_MAX_COUNT was read the same first ones every run, the rest never."""
    db.table(SITEMAP_READS_TABLE).create(
        {"source": str, "url": str, "lastmod": str, "read_at": str},
        pk=("source", "url"),
        not_null={"read_at"},
    )


@migrations()
def m089_sitemap_reads_index(db: Database) -> None:
    """The index each sitemap read was named by (crawler/storage/sitemap_reads.py), so that
    the rows of sitemaps an index no longer names can go: a site naming a sitemap per day
    left a row for every day ever read. Rows kept before have none (NULL)."""
    db.table(SITEMAP_READS_TABLE).add_column("index_url", str)


@migrations()
def m090_robots_copies(db: Database) -> None:
    """The last robots.txt each origin answered, and when (crawler/storage/robots_copies.py):
    read while the host's robots.txt is unreachable, as RFC 9309 allows, where every run of
    such an outage refused the host's articles and spent a try of each. Keyed by origin,
    scheme, host and port, as RFC 9309 scopes a robots.txt: never a URL's ``user:password@``."""
    db.table(ROBOTS_COPIES_TABLE).create(
        {"origin": str, "body": bytes, "read_at": str}, pk="origin", not_null={"read_at"}
    )


@migrations()
def m091_reprocess_passes(db: Database) -> None:
    """Where a stopped or killed `scrapy reprocess` got to, per source
    (crawler/storage/reprocess_passes.py): its rerun read every stored page again from the
    first, hours of work on a large store. New tables: no stored row is rewritten."""
    db.table(REPROCESS_PASSES_TABLE).create(
        {"source": str, "fingerprint": str, "run_id": int, "started_at": str},
        pk="source",
        not_null={"fingerprint", "started_at"},
    )
    db.table(REPROCESS_DONE_TABLE).create({"source": str, "url": str}, pk=("source", "url"))


@migrations()
def m092_urls_without_userinfo(db: Database) -> None:
    """Every URL an older version stored with ``user:password@`` rewritten without them, and
    every stored text naming one masked (crawler/storage/userinfo.py).

    Such a store kept the password for ever: a pending article keyed by it was asked for
    under the URL without them and stored there, its own row never settled, so every run
    asked again; the run records' errors and stats, a proxy's or an archive's page rows named
    it too. Where the clean key is taken already, one row is kept, the one with the newer
    state (a later fetch, try or read: what the store last knew of the page; its other
    tables follow an article), the clean one on a tie: no duplicate, no article lost. One
    transaction, as every migration here: killed, it leaves the store as it was and runs
    again on the next start; applied to a clean store it changes nothing.
    """
    removed = remove_userinfo(db)
    if removed:
        logger.warning(
            "Store upgrade: URLs with a user name or password (user:password@) stored by an "
            "older version rewritten without them: %d rows moved to the URL without them, "
            "%d rows merged into the row already there, %d URLs and %d texts cleaned",
            removed.moved,
            removed.merged,
            removed.values,
            removed.texts,
        )


@migrations()
def m093_node_urls_without_userinfo(db: Database) -> None:
    """Every Scrapyd node an older version recorded with its ``user:password@``
    (``run_sources.node``) rewritten without them (crawler/storage/userinfo.py).

    ``crawlall --scrapyd http://user:password@node:6800`` recorded the node as given: the
    password of the node's Scrapyd was in ``scrapy runs``, Datasette and every copy of the
    store. (Only a run that got that far: without something between that took the URL as
    given, the login never reached the node, whose host was taken to be ``user:password@node``.)
    A migration of its own, not a column more in m092: a store that applied m092 does not
    run it again. Applied to a clean store it changes nothing.
    """
    cleaned = remove_node_userinfo(db)
    if cleaned:
        logger.warning(
            "Store upgrade: %d Scrapyd node URLs with a user name or password "
            "(user:password@) recorded by an older version rewritten without them",
            cleaned,
        )


@migrations()
def m094_image_urls_and_copy_positions_without_userinfo(db: Database) -> None:
    """Every image URL stored with a ``user:password@`` (``articles.image``: a page's
    og:image, kept as its markup wrote it) rewritten without them, and every position of an
    interrupted ``scrapy copydb`` naming such a URL (``copy_progress.last_key``) deleted, so
    that table's copy starts again from its first row (crawler/storage/userinfo.py).
    Applied to a clean store it changes nothing.
    """
    images = remove_image_userinfo(db)
    positions = forget_credentialed_positions(db)
    if images or positions:
        logger.warning(
            "Store upgrade: %d image URLs with a user name or password (user:password@) "
            "rewritten without them; %d positions of an interrupted copydb naming one "
            "forgotten (those tables are copied again from their first row)",
            images,
            positions,
        )


@migrations()
def m095_copy_progress_under_way(db: Database) -> None:
    """The copies an older version left in ``copy_progress`` told apart without guessing
    (crawler/storage/copy.py ``UNDER_WAY``).

    That version kept a finished copy's marks ("copied to its end") and took every table
    without a mark for one an interrupted copy had not reached: after an upgrade that adds a
    table, the next copy copied only that table and passed the others over, the source's
    changes since the last copy never copied. Now a copy is marked under way until it ends.
    A source with a position (a key) here was interrupted in a table: marked under way, it
    goes on there. One with only "copied to its end" marks was finished, or interrupted
    between two tables: its marks go, and its next copy starts from every table's start
    (copying a row again changes nothing; it costs only time).
    """
    rows = db.execute("SELECT source, table_name, last_key FROM copy_progress").fetchall()
    interrupted = {source for source, _, key in rows if key is not None}
    finished = {source for source, _, _ in rows} - interrupted
    db.conn.executemany("DELETE FROM copy_progress WHERE source = ?", [[s] for s in finished])
    db.conn.executemany(
        "INSERT INTO copy_progress (source, table_name, last_key, rows_copied)"
        " VALUES (?, '', NULL, 0)",
        [[s] for s in sorted(interrupted)],
    )


@migrations()
def m096_articles_by_published(db: Database) -> None:
    """Articles in the order of ``scrapy browse``'s table, newest first: by ``published``
    descending, then by URL ascending, Datasette's tie-break (its primary key).

    Without it, each page of the table read and sorted every article: 0.3 s a page of
    100,000 articles on an idle machine, over 2 s on a busy one, whatever else the page asked.
    An index on (source, published) cannot give that order, nor one on (published, url): a
    page after the first asks ``published < ? OR …``, which SQLite answered from such an
    index by fetching every matching row (1.6 s) rather than walking it in order. Written in
    SQL both SQLite and PostgreSQL take.
    """
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_articles_published_url ON articles (published DESC, url)"
    )


def add_article_columns(db: Database) -> list[str]:
    """Add a column for each stored field of the Article item that ``articles`` lacks.

    The migrations above are history and stay as they were written; a field added to
    ``crawler/items.py`` since then becomes a column here, with no migration to write.
    Returns the columns added.
    """
    table = db.table("articles")
    present = set(table.columns_dict)
    added = [name for name in article_columns() if name not in present]
    for name in added:
        table.add_column(name, article_columns()[name])
    if added and getattr(db, "dialect", "sqlite") == "postgresql":
        # PostgreSQL expands a view's * when the view is made: remake it with the new columns.
        db.execute("DROP VIEW IF EXISTS unique_articles")
        _unique_articles_view(db)
    return added


def _unique_articles_view(db: Database) -> None:
    db.execute("CREATE VIEW unique_articles AS SELECT * FROM articles WHERE duplicate_of IS NULL")


def pending(db: Database) -> list[str]:
    """What :func:`apply` would change, read without writing: the migrations not applied
    yet and the article columns missing (empty when the schema is current)."""
    if not db.table(MIGRATIONS_TABLE).exists() or db.table(MIGRATIONS_TABLE).pks != ["id"]:
        return ["the migrations table"]
    names = [migration.name for migration in migrations.pending(db)]
    present = set(db.table("articles").columns_dict) if db.table("articles").exists() else set()
    return names + [f"column {name}" for name in article_columns() if name not in present]


def unknown(db: Database) -> list[str]:
    """The migrations recorded in ``db`` that this code does not have: a newer Newsloom
    upgraded the store. Read without writing."""
    # Every migration is pending on a database that has none: their names, by the public API.
    known = {migration.name for migration in migrations.pending(Database(memory=True))}
    return [m.name for m in migrations.applied(db) if m.name not in known]


def apply(db: Database) -> None:
    """Create or upgrade the schema; applying it twice changes nothing."""
    migrations.apply(db)
    add_article_columns(db)
