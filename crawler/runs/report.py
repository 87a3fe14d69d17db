"""The recent runs as a terminal table, with each source compared to its own history."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from crawler.plural import plural
from crawler.storage import robots_copies
from crawler.storage import run_records as records

from .health import HISTORY, collapse_flags
from .outcome import (
    EXIT_FAILED,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_STOPPED,
    left_for_later,
    unreadable_files,
)
from .processes import pid_alive, process_started

if TYPE_CHECKING:
    from sqlite_utils import Database

COLUMNS = (
    ("run", ">"),
    ("started", "<"),
    ("source", "<"),
    ("outcome", "<"),
    ("secs", ">"),
    ("pages", ">"),
    ("links", ">"),
    ("new", ">"),
    ("upd", ">"),
    ("dup", ">"),
    ("revisit", ">"),
    ("same", ">"),
    ("changed", ">"),
    ("drop", ">"),
    ("err", ">"),
    ("refused", ">"),
    ("pending", ">"),
    ("gave-up", ">"),
    ("no-date", ">"),
    ("no-time", ">"),
    ("no-auth", ">"),
    ("paywall", ">"),
    ("confl", ">"),
    ("med-len", ">"),
    ("flags", "<"),
)
# Shown only when a listed run placed its sources on Scrapyd nodes (crawlall --scrapyd).
NODE_COLUMNS = (("node", "<"), ("job", "<"))


def _alive(pid: int | None, host: str | None, started: str | None = None) -> bool:
    """Whether the run's process still runs. Its pid says so only on the machine it ran on: a
    run of another machine sharing a PostgreSQL store is taken as alive until it records its
    end (it was called "killed" while running, or "running" beside a local pid it happened
    to share). Rows older than the host column have none: judged here, as before.

    A process of that pid which started after the run did is another one: the killed run's
    pid given again (after a reboot, cron's runs and the system's services get the same low
    pids each time), which kept a run killed by kill -9 "running" in ``scrapy runs`` for as
    long as that process lived."""
    if host and host != socket.gethostname():
        return True
    if not pid:
        return False
    if not pid_alive(pid):
        return False
    born = process_started(pid)
    if born is None or not started:
        return True
    return born <= datetime.fromisoformat(started).timestamp() + _START_SLACK


# Seconds between a process's start as /proc gives it (the boot time in whole seconds) and the
# run's start it records, which comes after it anyway.
_START_SLACK = 2.0


def _seconds(start: str | None, end: str | None) -> str:
    if not start or not end:
        return ""
    return f"{(datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds():.0f}"


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.0%}"


def _num(value: Any) -> str:
    return "" if value is None else str(int(value))


def no_runs_line(db: Database, sources: Sequence[str] = ()) -> str:
    """What ``scrapy runs`` says when it has no row to show: a mistyped source name is no
    empty database ("No runs recorded yet." answered both)."""
    known = records.sources_with_runs(db)
    if not sources or not known:
        return "No runs recorded yet."
    return f"No runs recorded for {', '.join(sources)}; sources with runs: {', '.join(known)}"


def unknown_run_sources(
    db: Database, names: Sequence[str], configured: Iterable[str]
) -> tuple[list[str], list[str]]:
    """The names in ``names`` that are neither a configured source nor one with runs, and the
    known sources to name instead: ``scrapy runs nosuch`` printed a line and exited 0, where
    other commands refuse an unknown name."""
    known = sorted(set(records.sources_with_runs(db)) | set(configured))
    return [name for name in names if name not in known], known


def report_rows(db: Database, sources: Sequence[str] = (), limit: int = 20) -> list[dict[str, Any]]:
    """One dict per run_sources row, newest first, with display values and flags."""
    shown = records.recent_source_runs(db, sources, limit)
    rows = _with_unreached(db, shown, sources, cut=len(shown) >= limit)
    return [_display(row, _judge(db, row)) for row in rows]


# The columns of a run_sources row that are its run's (records.SOURCE_RUN_ROWS).
_RUN_KEYS = ("run_id", "command", "exit_code", "pid", "host", "run_started_at", "run_finished_at")


def _with_unreached(
    db: Database, rows: Sequence[Mapping[str, Any]], sources: Sequence[str] = (), *, cut: bool
) -> list[Mapping[str, Any]]:
    """``rows``, with a row for each source a killed run was started for and never reached
    (of ``sources``, if given): its crawl never wrote one, and the run's end that writes the
    rows of sources not started never came. Without them a `crawlall` killed between two
    sources showed only those that finished, "ok", a killed run read as a good one. The row
    is "running" for :func:`_judge`, which finds its process gone: "killed". Only a
    `crawlall` names its sources as their rows do: a `crawl` of a feed names the spider
    (``news``), its row the source it made of the feed (the feed's host).

    A run of any command killed before its first source wrote a row has none at all: it
    was left out of the report, the run before it shown as the last one, "ok". Those newer
    than the oldest run shown (all, unless ``rows`` were ``cut`` at the report's limit) get
    the rows of the sources they name."""
    killed: dict[int, Mapping[str, Any]] = {}
    for row in rows:
        if (
            row["command"] == "crawlall"
            and row["run_finished_at"] is None
            and not _alive(row["pid"], row.get("host"), row["run_started_at"])
        ):
            killed.setdefault(row["run_id"], row)
    oldest = min((int(row["run_id"]) for row in rows), default=0) if cut else 0
    for row in records.unfinished_runs_without_rows(db, oldest):
        if not _alive(row["pid"], row.get("host"), row["run_started_at"]):
            killed.setdefault(row["run_id"], row)
    if not killed:
        return list(rows)
    have = {(row["run_id"], row["source"]) for row in rows}
    out = list(rows)
    for run_id, names in records.listed_sources(db, list(killed)).items():
        template = killed[run_id]
        for name in names:
            if (run_id, name) in have or (sources and name not in sources):
                continue
            unreached = dict.fromkeys(template)
            unreached.update({key: template[key] for key in _RUN_KEYS})
            out.append({**unreached, "source": name, "outcome": "running"})
    return sorted(out, key=lambda row: (-int(row["run_id"]), row["source"]))


def _judge(db: Database, row: Mapping[str, Any]) -> dict[str, Any]:
    """What the report says of one run_sources row beyond its columns: its outcome (``killed``
    when the process died unrecorded), its collapse flags against the source's earlier runs,
    and its streaks (``failing``, ``nothing_new``: :func:`records.source_streak`)."""
    outcome = row["outcome"] or ""
    if (
        outcome == "running"
        and not row["run_finished_at"]
        and not _alive(row["pid"], row.get("host"), row["run_started_at"])
    ):
        outcome = "killed"  # the process died without recording its end
    previous = records.previous_source_runs(db, row["source"], row["run_id"], HISTORY)
    streaks: dict[str, Any] = {kind: None for kind in records.STREAKS}
    if outcome != "running":
        for kind in records.STREAKS:
            streaks[kind] = records.source_streak(db, row["source"], row["run_id"], kind)
    stats = _stats(row.get("stats"))
    return {
        "outcome": outcome,
        "collapses": collapse_flags(row, previous),
        "time_budget": row["finish_reason"] == "time_budget",
        "older": _older(row.get("stats")),
        "left": left_for_later(lambda stat: _count_of(stats, stat)),
        "robots_copy": _robots_copy(stats),
        "partly": _partly(outcome, row.get("stats")),
        **streaks,
    }


# A streak is named in the table from this many runs in a row: one failed run names its
# failure already, one run without new articles is the common quiet hour.
STREAK_SHOWN = 2


def streak_flags(judged: Mapping[str, Any]) -> list[str]:
    """The table's words for a row's streaks: failing first (a failed run stores nothing, so
    it is one of "nothing new" too), else nothing new; from STREAK_SHOWN runs in a row."""
    failing, quiet = judged.get("failing"), judged.get("nothing_new")
    if failing and failing["runs"] >= STREAK_SHOWN:
        return [
            f"failing since run {failing['since_run']} ({_day(failing['since'])}), "
            f"{plural(failing['runs'], 'run')} in a row"
        ]
    if quiet and quiet["runs"] >= STREAK_SHOWN:
        return [
            f"nothing new for {plural(quiet['runs'], 'run')}, since run {quiet['since_run']} "
            f"({_day(quiet['since'])})"
        ]
    return []


def _day(stamp: str | None) -> str:
    """A run's start as the table shows a streak's: to the minute."""
    return (stamp or "?")[:16].replace("T", " ")


def _display(row: Mapping[str, Any], judged: Mapping[str, Any]) -> dict[str, Any]:
    flags = list(judged["collapses"])
    if row["failure"]:
        flags.insert(0, row["failure"])
    if judged["partly"]:
        flags.insert(0, judged["partly"])
    if judged["time_budget"]:
        flags.append("time budget")
    if judged["older"]:
        flags.append(f"{judged['older']} older than stored")
    flags.extend(f"{plural(left, bound.noun)} left for later" for bound, left in judged["left"])
    if judged["robots_copy"]:
        hosts, age = judged["robots_copy"]
        flags.append(
            f"robots.txt unreachable, kept copy read for {plural(hosts, 'host')} "
            f"(up to {robots_copies.age_words(age)} old)"
        )
    flags.extend(streak_flags(judged))
    return {
        "run": str(row["run_id"]),
        "started": (row["started_at"] or row["run_started_at"])[:19].replace("T", " "),
        "source": row["source"],
        "outcome": judged["outcome"],
        "secs": _seconds(row["started_at"], row["finished_at"]),
        "pages": _num(row["pages_fetched"]),
        "links": _num(row["links_found"]),
        "new": _num(row["articles_new"]),
        "upd": _num(row["articles_updated"]),
        "dup": _num(row["articles_duplicate"]),
        "revisit": _num(row.get("articles_revisited")),
        "same": _num(row.get("articles_unchanged")),
        "changed": _num(row.get("articles_revised")),
        "drop": _num(row["articles_dropped"]),
        "err": _num(row["errors"]),
        "refused": _num(row.get("links_refused")),
        "pending": _num(row["articles_pending"]),
        "gave-up": _num(row["articles_given_up"]),
        "no-date": _share(row["share_no_date"]),
        "no-time": _share(row["share_no_time"]),
        "no-auth": _share(row["share_no_author"]),
        "paywall": _share(row.get("share_paywalled")),
        "confl": _num(row["meta_conflicts"]),
        "med-len": _num(row["median_text_len"]),
        "flags": ", ".join(flags),
        "node": _node(row.get("node")),
        "job": row.get("job") or "",
        "dropped": json.loads(row["dropped"] or "{}"),
    }


# The machine report's outcome of a finished run, by its exit code; a code not listed is
# "failed".
RUN_OUTCOMES = {
    EXIT_OK: "ok",
    EXIT_FAILED: "failed",
    EXIT_PARTIAL: "partial",
    EXIT_LOCKED: "locked",
    EXIT_STOPPED: "stopped",
}
# The machine report's counts of a source's run: its key, and the run_sources column.
COUNT_COLUMNS = (
    ("pages", "pages_fetched"),
    ("listings_not_modified", "listings_not_modified"),
    ("links", "links_found"),
    ("new", "articles_new"),
    ("updated", "articles_updated"),
    ("duplicate", "articles_duplicate"),
    ("revisited", "articles_revisited"),
    ("unchanged", "articles_unchanged"),
    ("revised", "articles_revised"),
    ("dropped", "articles_dropped"),
    ("errors", "errors"),
    ("refused", "links_refused"),
    ("pending", "articles_pending"),
    ("given_up", "articles_given_up"),
    ("scraped", "scraped"),
    ("conflicts", "meta_conflicts"),
)
SHARE_COLUMNS = (
    ("no_date", "share_no_date"),
    ("no_time", "share_no_time"),
    ("no_author", "share_no_author"),
    ("paywalled", "share_paywalled"),
)


def run_objects(db: Database, sources: Sequence[str] = (), limit: int = 20) -> list[dict[str, Any]]:
    """The newest ``limit`` runs (of ``sources``, if given), newest first, one dict per run
    with its sources: what ``scrapy runs --json`` prints, one per line. Its keys are
    docs/operations.md's, kept stable for the scripts that read them."""
    run_ids = records.recent_runs(db, sources, limit)
    rows = _with_unreached(
        db, records.runs_source_rows(db, run_ids, sources), sources, cut=len(run_ids) >= limit
    )
    out: dict[int, dict[str, Any]] = {}
    for row in rows:
        judged = _judge(db, row)
        run = out.get(row["run_id"])
        if run is None:
            run = out[row["run_id"]] = {
                "run": row["run_id"],
                "command": row["command"],
                "started": row["run_started_at"],
                "finished": row["run_finished_at"],
                "exit_code": row["exit_code"],
                "outcome": _run_outcome(row),
                "host": row.get("host"),
                "sources": [],
            }
        run["sources"].append(_source_object(row, judged))
    return list(out.values())


def _run_outcome(row: Mapping[str, Any]) -> str:
    if row["run_finished_at"] is None or row["exit_code"] is None:
        alive = _alive(row["pid"], row.get("host"), row["run_started_at"])
        return "running" if alive else "killed"
    return RUN_OUTCOMES.get(int(row["exit_code"]), "failed")


def _source_object(row: Mapping[str, Any], judged: Mapping[str, Any]) -> dict[str, Any]:
    flags = list(judged["collapses"])
    if judged["partly"]:
        flags.insert(0, judged["partly"])
    if judged["time_budget"]:
        flags.append("time_budget")
    flags.extend(bound.flag for bound, _ in judged["left"])
    if judged["robots_copy"]:
        flags.append("robots_copy_used")
    median = row.get("median_text_len")
    return {
        "source": row["source"],
        "outcome": judged["outcome"],
        "failure": row["failure"],
        "started": row["started_at"],
        "finished": row["finished_at"],
        "finish_reason": row["finish_reason"],
        "counts": {
            key: None if row.get(column) is None else int(row[column])
            for key, column in COUNT_COLUMNS
        }
        | {"older": judged["older"]},
        "dropped_by_reason": json.loads(row["dropped"] or "{}"),
        "shares": {key: row.get(column) for key, column in SHARE_COLUMNS},
        "median_text_len": None if median is None else int(median),
        "flags": flags,
        "failing": judged["failing"],
        "nothing_new": judged["nothing_new"],
        "node": row.get("node"),
        "job": row.get("job"),
    }


def _stats(stats_json: str | None) -> dict[str, Any]:
    """The run's stats kept beside its counts; none when they do not read as a JSON object."""
    if not stats_json:
        return {}
    try:
        stats = json.loads(stats_json)
    except ValueError:
        return {}
    return stats if isinstance(stats, dict) else {}


def _older(stats_json: str | None) -> int | None:
    """Pages this run fetched whose later fetch another run committed first: nothing written
    (news/store/older). No column counts them, so the table showed them nowhere; they are
    read from the run's stats kept beside its counts. None where the run kept no stats (a
    source still running, or one that never opened), as its other counts are: ``--json``
    said ``"older": 0`` beside their nulls."""
    if not stats_json:
        return None
    return _count_of(_stats(stats_json), "news/store/older")


def _robots_copy(stats: Mapping[str, Any]) -> tuple[int, int] | None:
    """The hosts whose robots.txt was unreachable and read from the copy they last answered
    (crawler/storage/robots_copies.py), and the oldest copy's age in seconds; None when none
    was. Only a warning said so: the run read rules up to NEWS_ROBOTS_COPY_MAX_DAYS old."""
    hosts = _count_of(stats, "news/robots/copy_used")
    if not hosts:
        return None
    return hosts, _count_of(stats, "news/robots/copy_age_s")


def _count_of(stats: Mapping[str, Any], key: str) -> int:
    """The count ``key`` of a run's kept stats (:func:`_stats`); 0 without one, or when it is
    not a count."""
    try:
        return records.counted(stats, key)
    except (ValueError, TypeError):
        return 0  # not a count: nothing to show


def _partly(outcome: str, stats_json: str | None) -> str | None:
    """What failed of a source that succeeded (the WARC files its ingestion could not read),
    from its stats: the row said "ok" with no flag, its run "partial" without saying why."""
    stats = _stats(stats_json)
    if outcome != "ok" or not stats.get("news/warc/files/unreadable"):
        return None
    return unreadable_files(stats)


def _node(url: str | None) -> str:
    """A node as the table shows it: its host and port."""
    return (url or "").split("://", 1)[-1].rstrip("/")


def legend_lines(program: str) -> list[str]:
    """The two lines under the runs table that explain its revisit columns and its flags,
    naming the command as typed (``program``: `newsloom` said `scrapy versions URL`)."""
    return [
        "revisit / same / changed: stored articles asked again for updates, found "
        "unchanged (304 or the same content), and changed (a new version; "
        f"`{program} versions URL`); same counts too the rows a reprocess read to what "
        "was stored",
        "flags: nothing = no links or only drops where earlier runs had some; "
        "length / dates = median text length or date coverage collapsed against the "
        "source's earlier runs; failing since / nothing new for = the source's runs in a "
        "row up to this one that failed / wrote no article (from 2); --json for scripts",
    ]


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    columns: tuple[tuple[str, str], ...] = COLUMNS
    if any(r.get("node") or r.get("job") for r in rows):
        columns = (*COLUMNS[:4], *NODE_COLUMNS, *COLUMNS[4:])
    widths = {name: max([len(name), *(len(r.get(name, "")) for r in rows)]) for name, _ in columns}

    def line(values: dict[str, str]) -> str:
        cells = [
            values[name].rjust(widths[name]) if align == ">" else values[name].ljust(widths[name])
            for name, align in columns
        ]
        return "  ".join(cells).rstrip()

    header = line({name: name for name, _ in columns})
    return "\n".join([header, "-" * len(header), *(line(r) for r in rows)])
