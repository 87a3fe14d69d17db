"""The ``runs`` and ``run_sources`` tables: what each run did, written as it happens.

The writers run inside the caller's write transaction (``write_transaction`` or
``SharedDatabase.write``) and never commit themselves.

A run row is written when the run starts and completed when it ends; a row that never got
its ``finished_at`` belongs to a process that was killed, which ``scrapy runs`` shows.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from crawler.clock import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database


def store_id(db: Database) -> str:
    """The store's permanent random id (hex), written once by its schema migration."""
    # The schema brings sqlite-utils: imported when a store is read, not with this module,
    # which the run commands import at every `scrapy` start (crawler/storage/database.py).
    from .schema import STORE_TABLE

    row = db.execute(f"SELECT id FROM {STORE_TABLE}").fetchone()
    return str(row[0]) if row else ""


def start_run(db: Database, command: str, sources: Sequence[str], log_file: str | None) -> int:
    table = db.table("runs")
    table.insert(
        {
            "command": command,
            "sources": json.dumps(list(sources)),
            "started_at": now_iso(),
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "log_file": log_file,
        }
    )
    assert table.last_pk is not None
    return int(table.last_pk)


def finish_run(
    db: Database, run_id: int, exit_code: int, unrecorded: Mapping[str, str | None] | None = None
) -> None:
    """Close the run row; ``unrecorded`` sources (name: why it failed, None for ok), those
    that never opened, get a row of their own."""
    sources_unrecorded(db, run_id, unrecorded or {})
    db.table("runs").update(run_id, {"finished_at": now_iso(), "exit_code": exit_code})


def sources_unrecorded(db: Database, run_id: int, unrecorded: Mapping[str, str | None]) -> None:
    """Rows for sources whose crawl never wrote one (name: why it failed, None for ok)."""
    finished = now_iso()
    for source, failure in unrecorded.items():
        db.table("run_sources").upsert(
            {
                "run_id": run_id,
                "source": source,
                "finished_at": finished,
                "outcome": "ok" if failure is None else "failed",
                "failure": failure,
            },
            pk=("run_id", "source"),
        )


def source_placed(db: Database, run_id: int, source: str, node: str, job: str) -> None:
    """Say which Scrapyd node and job crawl ``source`` in this run (``crawlall --scrapyd``)."""
    db.table("run_sources").upsert(
        {"run_id": run_id, "source": source, "node": node, "job": job},
        pk=("run_id", "source"),
    )


def source_run(db: Database, run_id: int, source: str) -> dict[str, Any] | None:
    """The run_sources row of ``source`` in ``run_id``, or None."""
    rows = db.query("SELECT * FROM run_sources WHERE run_id = ? AND source = ?", [run_id, source])
    return next((dict(row) for row in rows), None)


def source_started(db: Database, run_id: int, source: str) -> None:
    db.table("run_sources").upsert(
        {"run_id": run_id, "source": source, "started_at": now_iso(), "outcome": "running"},
        pk=("run_id", "source"),
    )


def counted(stats: Mapping[str, Any], *keys: str) -> int:
    """The sum of these counters in a crawl's stats; a counter never set counts 0."""
    return sum(int(stats.get(k, 0) or 0) for k in keys)


def source_row(
    stats: Mapping[str, Any],
    failure: str | None,
    dropped: Mapping[str, int],
    quality: Mapping[str, Any],
) -> dict[str, Any]:
    """The run_sources columns for one finished crawl, from its stats and tallies;
    ``failure`` says why the source failed, None when it succeeded."""

    def count(*keys: str) -> int:
        return counted(stats, *keys)

    return {
        "finished_at": now_iso(),
        "finish_reason": stats.get("finish_reason"),
        "outcome": "ok" if failure is None else "failed",
        "failure": failure,
        "pages_fetched": count("response_received_count"),
        "listings_not_modified": count("news/listing/not_modified"),
        "links_found": count("news/feed/links", "news/sitemap/links", "news/site/links"),
        "articles_new": count("news/store/new"),
        "articles_updated": count("news/store/updated"),
        # Revisits (crawler/revisit.py): answered, found unchanged (a 304, also a site crawl's,
        # or the same content, or a stored article fetched under another of its URLs), and
        # changed (a new version, crawler/storage/versions.py).
        "articles_revisited": count("news/revisit/answered"),
        "articles_unchanged": count(
            "news/revisit/not_modified",
            "news/site/not_modified",
            "news/store/unchanged",
            "news/store/alias",
        ),
        "articles_revised": count("news/store/revised"),
        "articles_duplicate": count("news/dedup/exact", "news/dedup/near"),
        "articles_dropped": sum(dropped.values()),
        "dropped": json.dumps(dict(sorted(dropped.items()))),
        "errors": count("log_count/ERROR"),
        "links_refused": count("news/blocked/private_address"),
        # Open and given-up rows of pending_articles after this run (crawler/storage/pending.py).
        "articles_pending": count("news/pending/open"),
        "articles_given_up": count("news/pending/given_up_total"),
        # The shares and the fields left empty because the page's candidates disagreed, over
        # the rows the run wrote (crawler/runs/health.py's tally); not news/meta/*_conflict,
        # counted for every page analysed, those dropped or found unchanged after too.
        "meta_conflicts": None,
        **quality,
        "stats": json.dumps({k: v for k, v in stats.items()}, default=str, sort_keys=True),
    }


def source_finished(db: Database, run_id: int, source: str, row: Mapping[str, Any]) -> None:
    db.table("run_sources").upsert(
        {"run_id": run_id, "source": source, **row}, pk=("run_id", "source")
    )


# The run_sources rows with their run's columns, as the report reads them.
SOURCE_RUN_ROWS = """SELECT rs.*, r.command, r.exit_code, r.pid, r.host,
            r.started_at AS run_started_at, r.finished_at AS run_finished_at
        FROM run_sources rs JOIN runs r ON r.id = rs.run_id"""


def recent_source_runs(
    db: Database, sources: Sequence[str] = (), limit: int = 20
) -> list[dict[str, Any]]:
    """The newest ``limit`` run_sources rows (optionally of some sources), newest first."""
    where = ""
    params: list[Any] = []
    if sources:
        where = f"WHERE rs.source IN ({', '.join('?' for _ in sources)})"
        params.extend(sources)
    sql = f"""
        {SOURCE_RUN_ROWS}
        {where}
        ORDER BY rs.run_id DESC, rs.source
        LIMIT ?
    """
    return [dict(row) for row in db.query(sql, [*params, limit])]


def previous_source_runs(db: Database, source: str, before_run: int, limit: int) -> list[dict]:
    sql = """
        SELECT rs.*, r.command FROM run_sources rs JOIN runs r ON r.id = rs.run_id
        WHERE rs.source = ? AND rs.run_id < ?
        ORDER BY rs.run_id DESC LIMIT ?
    """
    return [dict(row) for row in db.query(sql, [source, before_run, limit])]


def sources_with_runs(db: Database) -> list[str]:
    """Every source that has a run recorded, by name."""
    return [row[0] for row in db.execute("SELECT DISTINCT source FROM run_sources ORDER BY 1")]


# What keeps a source's row in a streak (``source_streak``): a failed crawl, and a crawl that
# wrote no article row, new, updated or revised (``scraped``; a failed one included). A row
# only placed on a node has no outcome yet, nor counts: it is taken as neither.
STREAKS = {
    "failing": "COALESCE(outcome, '') = 'failed'",
    "nothing_new": "COALESCE(outcome, '') IN ('ok', 'failed')"
    " AND COALESCE(articles_new, 0) + COALESCE(articles_updated, 0) + COALESCE(scraped, 0) = 0",
}


def source_streak(db: Database, source: str, run_id: int, kind: str) -> dict[str, Any] | None:
    """How many runs of ``source`` in a row, up to ``run_id``, are ``kind`` (a STREAKS key),
    and the first of them: {"runs": N, "since_run": RUN, "since": STARTED}, or None when
    ``run_id``'s row is not.

    Two lookups on the (source, run_id) index, each reading the streak's rows only: the
    newest row before that breaks it, then the rows after that one. A store with thousands
    of runs reads no more for a report than a new one."""
    keep = STREAKS[kind]
    sql = f"""
        SELECT count(*) AS runs, min(run_id) AS since_run FROM run_sources
        WHERE source = ? AND run_id <= ? AND run_id > COALESCE((
            SELECT run_id FROM run_sources
            WHERE source = ? AND run_id <= ? AND NOT ({keep})
            ORDER BY run_id DESC LIMIT 1), -1)
    """
    row = next(iter(db.query(sql, [source, run_id, source, run_id])), None)
    if not row or not row["runs"]:
        return None
    first = next(
        iter(
            db.query(
                "SELECT COALESCE(rs.started_at, r.started_at) AS started FROM run_sources rs"
                " JOIN runs r ON r.id = rs.run_id WHERE rs.source = ? AND rs.run_id = ?",
                [source, row["since_run"]],
            )
        ),
        None,
    )
    return {
        "runs": int(row["runs"]),
        "since_run": int(row["since_run"]),
        "since": first["started"] if first else None,
    }


def recent_runs(db: Database, sources: Sequence[str] = (), limit: int = 20) -> list[int]:
    """The ids of the newest ``limit`` runs that have a row (of one of ``sources``, if
    given), newest first."""
    where = ""
    params: list[Any] = []
    if sources:
        where = f"WHERE source IN ({', '.join('?' for _ in sources)})"
        params.extend(sources)
    sql = f"SELECT DISTINCT run_id FROM run_sources {where} ORDER BY run_id DESC LIMIT ?"
    return [int(row["run_id"]) for row in db.query(sql, [*params, limit])]


def listed_sources(db: Database, run_ids: Sequence[int]) -> dict[int, list[str]]:
    """The sources each of these runs was started for (its ``runs.sources``), by run id; a
    run whose list cannot be read has none."""
    if not run_ids:
        return {}
    sql = f"SELECT id, sources FROM runs WHERE id IN ({', '.join('?' for _ in run_ids)})"
    out: dict[int, list[str]] = {}
    for row in db.query(sql, list(run_ids)):
        try:
            names = json.loads(row["sources"] or "[]")
        except ValueError:
            names = []
        out[int(row["id"])] = [str(name) for name in names] if isinstance(names, list) else []
    return out


def unfinished_runs_without_rows(db: Database, after: int) -> list[dict[str, Any]]:
    """The runs after run ``after`` that recorded neither their end nor any source's row
    (killed before their first crawl opened, or still starting), newest first, each as a
    run_sources row of no source: the run's columns of ``SOURCE_RUN_ROWS``, the others None."""
    sql = """SELECT r.id AS run_id, r.command, r.exit_code, r.pid, r.host,
            r.started_at AS run_started_at, r.finished_at AS run_finished_at
        FROM runs r
        WHERE r.id > ? AND r.finished_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM run_sources rs WHERE rs.run_id = r.id)
        ORDER BY r.id DESC"""
    blank = dict.fromkeys(db.table("run_sources").columns_dict)
    return [{**blank, **row} for row in db.query(sql, [after])]


def runs_source_rows(
    db: Database, run_ids: Sequence[int], sources: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """The run_sources rows of these runs (of ``sources`` only, if given) with their run's
    columns, as ``recent_source_runs`` gives them, newest run first."""
    if not run_ids:
        return []
    where = f"rs.run_id IN ({', '.join('?' for _ in run_ids)})"
    params: list[Any] = list(run_ids)
    if sources:
        where += f" AND rs.source IN ({', '.join('?' for _ in sources)})"
        params.extend(sources)
    sql = f"""
        {SOURCE_RUN_ROWS}
        WHERE {where}
        ORDER BY rs.run_id DESC, rs.source
    """
    return [dict(row) for row in db.query(sql, params)]
