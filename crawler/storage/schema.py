"""The database schema, as sqlite-utils migrations that are safe to apply on every start."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("newsloom")


@migrations()
def m001_articles(db: Database) -> None:
    db["articles"].create(
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
    db["articles"].create_index(["source", "published"])
    db["articles"].create_index(["content_hash"])
    db["articles"].create_index(["duplicate_of"])
    db["articles"].enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True)
    db.execute("CREATE VIEW unique_articles AS SELECT * FROM articles WHERE duplicate_of IS NULL")


@migrations()
def m002_pages(db: Database) -> None:
    # Raw HTML, zlib-compressed, kept apart so that scans over articles stay small.
    db["pages"].create(
        {"url": str, "html_gz": bytes, "fetched_url": str, "fetched_at": str},
        pk="url",
    )


@migrations()
def m030_operations(db: Database) -> None:
    """Cross-run memory for unattended operation: run records, fetched URLs, listing validators.

    The database, not Scrapy's JOBDIR, remembers what earlier runs did: it is written in
    transactions and survives a crash at any point.
    """
    db["runs"].create(
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
    db["run_sources"].create(
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
    db["run_sources"].create_index(["source", "run_id"])
    # Every article URL requested, keyed by canonical URL: redirects and pages that held no
    # article are remembered too, so the next run does not download them again.
    db["url_seen"].create(
        {"url": str, "target": str, "status": int, "fetched_at": str},
        pk="url",
    )
    db["url_seen"].create_index(["target"])
    db["listing_validators"].create(
        {"url": str, "etag": str, "last_modified": str, "updated_at": str},
        pk="url",
    )
    # Listing hints (feed date, title, author) kept with the page so reprocessing sees them.
    db["pages"].add_column("hints", str)


def apply(db: Database) -> None:
    """Create or upgrade the schema; applying it twice changes nothing."""
    migrations.apply(db)
