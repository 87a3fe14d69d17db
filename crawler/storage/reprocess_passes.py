"""Where a reprocess of a source got to, so that a rerun after a stop or a kill continues.

A pass is one reading of a source's stored pages under one set of rules (their fingerprint,
crawler/rules_fingerprint.py). ``reprocess_passes`` holds the pass each source is in;
``reprocess_done`` the stored pages that pass has finished (their row written, or found as
it was), each marked in the store's own transaction that wrote the row
(pipelines/store.py): a kill leaves no row written and not marked, nor marked and not
written. Rows finish out of order (the extraction workers run side by side), so a position
("every URL before X") could not say which are done; a mark per row can.

A rerun under the same fingerprint skips the rows marked; under another (code, a dependency,
a rule setting or the source's rules changed in between) it drops the marks and reads every
page again, and says so. A pass that reads every page to the end is over: its marks go, and
the next reprocess starts a new full pass. ``--all`` starts one at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crawler.clock import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

# The tables' names; the schema's migration m091 makes them. Named here, not taken from the
# schema module, so that the store pipeline imports no migration.
PASSES = "reprocess_passes"
DONE = "reprocess_done"


@dataclass(frozen=True)
class Begun:
    """How a source's pass began: ``done`` rows finished by the pass it continues (run
    ``run_id``), or a new pass; ``replaced`` says why an unfinished one was not continued:
    "rules" (its fingerprint is not today's) or "all" (``--all``); None when there was none."""

    done: int
    run_id: int | None
    replaced: str | None


def begin(
    db: Database, source: str, fingerprint: str, run_id: int | None, *, restart: bool
) -> Begun:
    """Continue ``source``'s unfinished pass when its fingerprint is ``fingerprint`` and
    ``restart`` is False, else start a new one; in the caller's transaction."""
    found = db.execute(
        f"SELECT fingerprint, run_id FROM {PASSES} WHERE source = ?", [source]
    ).fetchone()
    if found is not None and found[0] == fingerprint and not restart:
        (done,) = db.execute(f"SELECT COUNT(*) FROM {DONE} WHERE source = ?", [source]).fetchone()
        return Begun(int(done), found[1], None)
    replaced = None if found is None else ("all" if restart else "rules")
    db.execute(f"DELETE FROM {DONE} WHERE source = ?", [source])
    db.execute(
        f"INSERT INTO {PASSES} (source, fingerprint, run_id, started_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (source) DO UPDATE SET fingerprint = excluded.fingerprint,"
        " run_id = excluded.run_id, started_at = excluded.started_at",
        [source, fingerprint, run_id, now_iso()],
    )
    return Begun(0, found[1] if found is not None else None, replaced)


def mark_done(db: Database, rows: Iterable[tuple[str, str]]) -> None:
    """Mark (source, URL) pairs finished, in the caller's transaction; a pair marked before
    stays as it is."""
    db.conn.executemany(
        f"INSERT INTO {DONE} (source, url) VALUES (?, ?) ON CONFLICT (source, url) DO NOTHING",
        list(rows),
    )


def finish(db: Database, source: str) -> None:
    """End ``source``'s pass: every page was read. The next reprocess starts a new one."""
    db.execute(f"DELETE FROM {DONE} WHERE source = ?", [source])
    db.execute(f"DELETE FROM {PASSES} WHERE source = ?", [source])
