"""The closing lines a person reads at the end of a run: what each source did, how long it
took, where the data is and how to look at it."""

from __future__ import annotations

import shlex
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from crawler.plural import plural
from crawler.storage.database import describe, has_password, without_password
from crawler.storage.postgres import is_postgres_url
from crawler.storage.run_records import counted
from crawler.storage.versions import REREAD_NOTE

from .counts import BYTES_TOTAL
from .outcome import EXIT_STOPPED, SourceOutcome, describe_exit, left_for_later


def saved_articles(stats: Mapping[str, Any]) -> int:
    """Articles committed by one crawl: the store counts them after COMMIT."""
    return counted(stats, "news/store/new", "news/store/updated")


# Records a WARC ingestion did not ingest, by reason (crawler/warc/ingest.py); warcinfo,
# request and metadata records (``not_response``) hold no page, so they are no loss to show.
WARC_SKIP_PREFIX = "news/warc/skip/"
_NO_PAGE = frozenset({"not_response"})
# Listed articles the incremental middleware did not ask for again, by reason.
INCREMENTAL_SKIP_PREFIX = "news/incremental/skip_"


def by_reason(what: str, counts: Mapping[str, int], whats: str | None = None) -> str:
    """The total with its reasons, most first: "12 dropped (too_short 9, http_404 2)". The
    count alone hid which pages were gone, too large or not HTML (only Scrapy's stats had it).
    ``whats`` is ``what`` for more than one ("WARC records skipped"); by default the same."""
    total = plural(sum(counts.values()), what, whats or what)
    reasons = sorted(((n, r) for r, n in counts.items() if n), key=lambda nr: (-nr[0], nr[1]))
    if not reasons:
        return total
    return f"{total} ({', '.join(f'{r} {n}' for n, r in reasons)})"


def warc_skips(stats: Mapping[str, Any]) -> dict[str, int]:
    """{reason: count} of the WARC records skipped; they were in no summary."""
    return {
        key.removeprefix(WARC_SKIP_PREFIX): int(value)
        for key, value in stats.items()
        if key.startswith(WARC_SKIP_PREFIX)
        and value
        and key[len(WARC_SKIP_PREFIX) :] not in _NO_PAGE
    }


def not_fetched(stats: Mapping[str, Any]) -> dict[str, int]:
    """{reason: count} of the listed articles not asked for again (crawler/middlewares/
    incremental.py): stored, seen without an article, pending and waiting, given up."""
    return {
        key.removeprefix(INCREMENTAL_SKIP_PREFIX): int(value)
        for key, value in stats.items()
        if key.startswith(INCREMENTAL_SKIP_PREFIX) and value
    }


def _article_fates(stats: Mapping[str, Any]) -> str:
    """The fates of the run's articles that are no new row, no drop and no refusal: found as
    stored (unchanged, or older than a later fetch another run committed first), not fetched
    again, left unfinished or given up. Named only when they happened; without them a run's
    summary did not say what became of every article it listed (news/store/older was in no
    summary). Each part ends in ", "."""
    parts = []
    # A stored article fetched under another of its URLs (crawler/identity.py) is unchanged.
    unchanged = counted(
        stats,
        "news/revisit/not_modified",
        "news/site/not_modified",
        "news/store/unchanged",
        "news/store/alias",
    )
    if unchanged:
        parts.append(f"{unchanged} unchanged")
    older = counted(stats, "news/store/older")
    if older:
        parts.append(f"{older} older than stored")
    skipped = not_fetched(stats)
    if skipped:
        parts.append(by_reason("not fetched again", skipped))
    given_up = counted(stats, "news/pending/given_up")
    unfinished = counted(stats, "news/pending/added") - given_up
    if unfinished > 0:
        parts.append(f"{unfinished} unfinished")
    # A page given up at once (over DOWNLOAD_MAXSIZE or URLLENGTH_LIMIT) is a drop the line
    # names with its reason: said "given up" as well, one article counted twice.
    given_up -= counted(stats, "news/pending/given_up_dropped")
    if given_up > 0:
        parts.append(f"{given_up} given up")
    return "".join(f"{part}, " for part in parts)


def source_line(outcome: SourceOutcome, stats: Mapping[str, Any], drops: Mapping[str, int]) -> str:
    state = "ok" if outcome.ok else f"failed ({outcome.reason})"
    if outcome.ok and outcome.partly:
        state = f"partly failed ({outcome.partly})"
    if not stats:
        # No record to read (a Scrapyd job killed or cancelled, a source never started): the
        # job may have stored articles, so zeros would say what is not known.
        return f"{outcome.source}: {state}; no counts recorded"
    skips = warc_skips(stats)
    skipped = (
        f"{by_reason('WARC record skipped', skips, 'WARC records skipped')}, " if skips else ""
    )
    # A WARC file read completely by an earlier run is not read again: only an INFO line
    # said so, and a rerun's "0 new" did not tell a file read before from an empty one.
    read_before = counted(stats, "news/warc/files/already_done")
    if read_before:
        skipped += f"{plural(read_before, 'WARC file')} read before (not read again), "
    # A record ingested without the listing's hints it carried: its row may lack the feed's
    # date or title that the crawl had (only a warning said so).
    hints_lost = counted(stats, "news/warc/hints_unreadable")
    if hints_lost:
        hints = plural(hints_lost, "WARC record's", "WARC records'")
        skipped += f"{hints} listing hints unreadable (read without them), "
    for bound, left in left_for_later(lambda stat: counted(stats, stat)):
        skipped += f"{plural(left, bound.noun)} left for the next runs, "
    return (
        f"{outcome.source}: {state}; {_pages_read(stats)}, "
        f"{counted(stats, 'news/store/new')} new, {_updated(stats)}, "
        f"{_article_fates(stats)}"
        f"{plural(counted(stats, 'news/dedup/exact', 'news/dedup/near'), 'copy', 'copies')}, "
        f"{_dropped(stats, drops)}, {skipped}"
        f"{counted(stats, 'news/blocked/private_address')} refused, "
        f"{plural(counted(stats, 'log_count/ERROR'), 'error')}"
    )


def _updated(stats: Mapping[str, Any]) -> str:
    """The rows updated, with the columns a reading of the same fetch moved, most first:
    "5 updated (text 5, title 2)". A reprocess after a rule change said how many rows it
    rewrote, not which of their fields the rule had moved."""
    prefix = f"news/store/{REREAD_NOTE}"
    moved = {
        key.removeprefix(prefix): int(value)
        for key, value in stats.items()
        if key.startswith(prefix) and value
    }
    updated = counted(stats, "news/store/updated")
    columns = sorted(moved.items(), key=lambda item: (-item[1], item[0]))
    if not columns:
        return f"{updated} updated"
    return f"{updated} updated ({', '.join(f'{name} {n}' for name, n in columns)})"


def _dropped(stats: Mapping[str, Any], drops: Mapping[str, int]) -> str:
    """The drops with their reasons, saying which of them are given up, not asked again by
    the next runs (over DOWNLOAD_MAXSIZE or URLLENGTH_LIMIT): "2 dropped (too_large 1,
    http_404 1; 1 of them given up)". Such a page was counted "given up" beside the drops."""
    text = by_reason("dropped", drops)
    at_once = counted(stats, "news/pending/given_up_dropped")
    if at_once and text.endswith(")"):
        text = f"{text[:-1]}; {at_once} of them given up)"
    return text


def _pages_read(stats: Mapping[str, Any]) -> str:
    """What the run read, by where it read it: a WARC ingestion or a reprocess fetches
    nothing, and their lines said "0 pages" before the articles they had just stored."""
    read = []
    warc = counted(stats, "news/warc/records")
    # An ingestion that read no record (its files read before, or unreadable) is still one:
    # its rerun's line said "0 pages", as if it had been a crawl that fetched nothing.
    ingest = warc or BYTES_TOTAL in stats
    stored = counted(stats, "news/reprocess/pages")
    fetched = counted(stats, "response_received_count")
    if fetched or not (ingest or stored):
        read.append(plural(fetched, "page"))
    if ingest:
        read.append(plural(warc, "WARC record"))
    before = counted(stats, "news/reprocess/done_before")
    if stored or before:
        text = f"{plural(stored, 'stored page')} read"
        if before:
            # A reprocess continuing one a stop or a kill left unfinished.
            run = stats.get("news/reprocess/continued_run")
            text += f" ({before} more done by run {run} before its stop, not read again)"
        read.append(text)
    return ", ".join(read)


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min"


def db_option(db_path: str, default_db: str) -> str:
    """`` -s NEWS_DB=…`` when the commands would not find this database by default, quoted
    for the shell (a path with a space, a URL's ``&``) so that the line works as copied."""
    if is_postgres_url(db_path):
        # The password stays out of logs; see password_hint() for where it comes from.
        return f" -s {shlex.quote(f'NEWS_DB={without_password(db_path)}')}"
    if Path(db_path).resolve() == Path(default_db).resolve():
        return ""
    return f" -s {shlex.quote(f'NEWS_DB={db_path}')}"


def password_hint(db_path: str) -> str:
    """What the commands of :func:`db_option` need beside it: a URL that carried a password is
    shown without it, and libpq takes it from ``PGPASSWORD`` or ``~/.pgpass`` instead."""
    if not (is_postgres_url(db_path) and has_password(db_path)):
        return ""
    return "; the password is not shown: give it in PGPASSWORD or ~/.pgpass"


def _go_on(sources: Sequence[tuple[SourceOutcome, Mapping[str, Any], Mapping[str, int]]]) -> str:
    """How to finish a stopped run. A reprocess keeps its place per source
    (crawler/storage/reprocess_passes.py): it says how many stored pages are done, which its
    rerun does not read again."""
    reprocess = ("news/reprocess/pages", "news/reprocess/done_before")
    if any(counted(stats, *reprocess) for _, stats, _ in sources):
        done = sum(
            counted(stats, "news/reprocess/done", "news/reprocess/done_before")
            for _, stats, _ in sources
        )
        return (
            f"{plural(done, 'stored page')} done; run the same command again to continue: "
            "it does not read them again"
        )
    return "run the same command again to continue"


def closing_lines(
    run_id: int,
    exit_code: int,
    sources: Sequence[tuple[SourceOutcome, Mapping[str, Any], Mapping[str, int]]],
    seconds: float,
    db_path: str,
    default_db: str = "news.db",
    program: str = "scrapy",
    temporary: bool = False,
    dry_run: bool = False,
) -> list[str]:
    """Per source its outcome and counts, then the run's end, the database and what next.

    ``sources`` holds (outcome, closing stats, drops by reason) per crawl of the run. A
    ``temporary`` database is removed as the command ends (``scrapy explain``): pointing
    the user at it would name a file that no longer exists. A ``dry_run`` wrote nothing and
    recorded no run: its counts are what a run would do.
    """
    lines = [source_line(outcome, stats, drops) for outcome, stats, drops in sources]
    if exit_code == EXIT_STOPPED and not dry_run:
        saved = sum(saved_articles(stats) for _, stats, _ in sources)
        bound = "at least " if any(not stats for _, stats, _ in sources) else ""
        lines.append(f"stopped: {bound}{plural(saved, 'article')} saved; {_go_on(sources)}")
    ended = f"run {run_id} finished in {_duration(seconds)}: exit {exit_code} "
    ended += f"({describe_exit(exit_code)})"
    if dry_run:
        lines.append(
            f"dry run finished in {_duration(seconds)}: exit {exit_code} "
            f"({describe_exit(exit_code)}); nothing written to {describe(db_path)}, no run "
            "recorded: the counts above are what the same command without --dry-run would do"
        )
        return lines
    if temporary:
        lines.append(f"{ended}; its temporary database is removed (-s NEWS_DB=FILE keeps the rows)")
        return lines
    lines.append(f"{ended}; database {describe(db_path)}")
    opt = db_option(db_path, default_db)
    if is_postgres_url(db_path):  # browse reads SQLite only
        lines.append(
            f"look at it: {program} runs{opt}   (or: {program} export out.jsonl{opt})"
            f"{password_hint(db_path)}"
        )
        return lines
    lines.append(
        f"look at it: {program} browse{opt}   (or: {program} runs{opt}; "
        f"{program} export out.jsonl{opt})"
    )
    return lines
