"""The recent runs as a terminal table, with each source compared to its own history."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from crawler.storage import run_records as records

from .health import HISTORY, collapse_flags

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
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    born = process_started(pid)
    if born is None or not started:
        return True
    return born <= datetime.fromisoformat(started).timestamp() + _START_SLACK


# Seconds between a process's start as /proc gives it (the boot time in whole seconds) and the
# run's start it records, which comes after it anyway.
_START_SLACK = 2.0


def process_started(pid: int) -> float | None:
    """When process ``pid`` started, in seconds since the epoch, where /proc says (Linux)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        # The fields after the command's name in brackets, which may hold spaces: the
        # start time in clock ticks since boot is the 22nd field of the line.
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    return boot + ticks / os.sysconf("SC_CLK_TCK")


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
    out = []
    for row in records.recent_source_runs(db, sources, limit):
        outcome = row["outcome"] or ""
        if (
            outcome == "running"
            and not row["run_finished_at"]
            and not _alive(row["pid"], row.get("host"), row["run_started_at"])
        ):
            outcome = "killed"  # the process died without recording its end
        previous = records.previous_source_runs(db, row["source"], row["run_id"], HISTORY)
        flags = collapse_flags(row, previous)
        if row["failure"]:
            flags.insert(0, row["failure"])
        if row["finish_reason"] == "time_budget":
            flags.append("time budget")
        older = _older(row.get("stats"))
        if older:
            flags.append(f"{older} older than stored")
        out.append(
            {
                "run": str(row["run_id"]),
                "started": (row["started_at"] or row["run_started_at"])[:19].replace("T", " "),
                "source": row["source"],
                "outcome": outcome,
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
        )
    return out


def _older(stats_json: str | None) -> int:
    """Pages this run fetched whose later fetch another run committed first: nothing written
    (news/store/older). No column counts them, so the table showed them nowhere; they are
    read from the run's stats kept beside its counts."""
    if not stats_json:
        return 0
    try:
        return int(json.loads(stats_json).get("news/store/older", 0) or 0)
    except (ValueError, TypeError, AttributeError):
        return 0  # stats that do not read as a JSON object of counts: nothing to show


def _node(url: str | None) -> str:
    """A node as the table shows it: its host and port."""
    return (url or "").split("://", 1)[-1].rstrip("/")


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
