"""Article versions, checks and validators (tables from m060_article_versions).

An article is stored once; a later fetch of the same URL is compared with the stored row
(crawler/revisions.py). The same title, text, date and authors: only ``article_checks``
changes (``checked_at``, the validators), with the row's ``paywalled`` and a later
``modified``. A change: the old state becomes version 1 of ``article_versions`` if the
article had no version yet, the new state the next version, and the ``articles`` row moves
to it. A version's text is kept whole, or as a delta against the
version before when that is less than half its size; version 1 is always whole, so every
version can be rebuilt. The same fetch stored again (``scrapy reprocess``) rewrites the version
the row holds. A fetch before the stored one (an older archive ingested after a newer one)
takes its place among the versions by its fetch time; the row stays the latest fetch's. The
writers join the caller's write transaction and never commit.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from crawler.clock import stored_moment, utc_iso
from crawler.revisions import Change, apply_delta, compare, text_delta
from crawler.storage.pagecodec import PageCodecError, unpack_page
from crawler.storage.rereading import KNOWN_COLUMNS, keep_known, kept_earlier, moved_modified

if TYPE_CHECKING:
    from sqlite_utils import Database

# A delta is kept instead of the whole text when it is at most this share of its size.
DELTA_MAX_SHARE = 0.5


class VersionsUnreadable(ValueError):
    """A stored version of ``url`` whose text cannot be rebuilt (a delta that is no delta or
    does not fit the text before it): damaged rows, which no reader can give back whole."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(reason)
        self.url = url


@dataclass(frozen=True)
class Version:
    """One version of an article, its text rebuilt."""

    url: str
    version: int
    fetched_at: str
    title: str | None
    published: str | None
    authors: list[str]
    text: str
    content_hash: str | None
    change_share: float | None  # None for the first version
    changed_fields: list[str]
    # Behind a subscription wall at this fetch; None for versions stored before m087.
    paywalled: bool | None = None


@dataclass(frozen=True)
class Due:
    """A stored article due for a revisit, and what to ask it with."""

    url: str  # canonical: the articles key
    fetch_url: str  # where it was served from
    etag: str | None
    last_modified: str | None
    hints: dict[str, Any]  # the listing's hints of the first fetch, for the same resolution


_STORED = (
    "url, fetched_url, source, fetched_at, title, text, published, authors, content_hash,"
    " version, paywalled, " + ", ".join(KNOWN_COLUMNS)
)


def stored_article(db: Database, url: str) -> dict[str, Any] | None:
    """The stored row's fields a re-fetch is compared with, or None for a new article."""
    cursor = db.conn.execute(f"SELECT {_STORED} FROM articles WHERE url = ?", [url])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


# The note (counted ``news/store/`` + it + the column, crawler/runs/summary.py) of a column
# that the same fetch read again (``scrapy reprocess``, an archive read twice) moved.
REREAD_NOTE = "reread/"


def place(
    db: Database,
    stored: Mapping[str, Any] | None,
    row: dict[str, Any],
    *,
    via: str = "own",
    page: bytes | None = None,
    notes: list[str] | None = None,
) -> str:
    """Decide how ``row`` (a new ``articles`` row) is stored; returns the outcome.

    "new": a first fetch; "updated": the same fetch again (``scrapy reprocess``, an archive
    read twice), which rewrites the row without a version; "older": a fetch before the stored
    one (an older archive ingested after a crawl), and "unchanged": a later fetch with nothing
    changed (but its ``paywalled`` flag, set here), after both of which the caller writes
    nothing else; "revised": a later fetch that
    changed, whose version is recorded here and set on ``row``.

    A row is stored under the page's canonical URL, which may not be the URL it was fetched
    from (crawler/identity.py); the caller says how this fetch came (``via``): "own" (from
    the URL the stored row came from), "alias" (the stored article under another of its
    URLs, an AMP or print view, a campaign link: outcome "alias", only its check time
    written, as their markup differs and comparing them made a version of every such fetch)
    or "canonical" (the row's own page after a stand-in, an alias stored first: the row is
    rewritten, "updated", without a version, whichever was fetched first, as the stand-in's
    text was never the page's own).

    ``page``: this fetch's packed page (``pages.html_gz``), when it is kept. Fetch times are to
    the second, so the same time alone does not make the same fetch: a revisit or another
    run in the second of the stored fetch is one too, and when its page is not the stored
    one it is compared as a later fetch (rewritten as the same fetch, the stored text was
    lost without a version).

    A later fetch keeps what the stored row knew and its reading does not give or contradicts
    (crawler/storage/rereading.py), before it is compared: a page that dropped its date is no
    change of date. What was kept is added to ``notes``, for the run's counts.
    """
    fetched_at = row["fetched_at"]
    if stored is None:
        _insert_check(db, row["url"], row["source"], fetched_at)
        return "new"
    if via == "alias":
        # Looked at, under another URL: an archive's record of it is finished by its check.
        mark_checked(db, row["url"], fetched_at, source=stored["source"])
        return "alias"
    if via == "canonical":
        # Whichever was fetched first: the stand-in's text was never the page's own.
        mark_checked(db, row["url"], fetched_at, source=stored["source"])
        return "updated"
    if _before(fetched_at, stored["fetched_at"]):
        # It rewrote the row: the later fetch's text, title and page were lost, no version
        # keeping them. Left out of the versions, two captures of a page ingested newest
        # first gave one version, and the versions depended on the order of the files.
        _record_earlier(db, stored, row)
        return "older"
    if not fetched_at or fetched_at <= (stored["fetched_at"] or ""):
        if fetched_at != stored["fetched_at"]:
            return "updated"
        if not (fetched_at and _another_page(db, row["url"], page)):
            _record_notes(notes, keep_known(stored, row, only=kept_earlier(stored)))
            _rewrite_current(db, row)
            return "updated"
    _record_notes(notes, keep_known(stored, row))
    change = compare(stored, row)
    mark_checked(db, row["url"], fetched_at, source=stored["source"])
    if not change.fields:
        _follow_wall(db, stored, row)
        if _follow_modified(db, stored, row):
            _record_notes(notes, ["moved/modified"])
        return "unchanged"
    row["version"] = _record(db, stored, row, change)
    return "revised"


def _record_notes(notes: list[str] | None, kept: list[str]) -> None:
    """Add what a reading kept of the stored row to the caller's ``notes``, if it asked."""
    if notes is not None:
        notes.extend(kept)


def _another_page(db: Database, url: str, page: bytes | None) -> bool:
    """Whether ``page`` (packed) is not the page stored for ``url``: False when either is not
    kept, as nothing then tells two fetches of one second apart. Compared as text, as a page
    read again is packed anew (an older row's zlib as zstd); a stored page that cannot be
    read is not the one a reprocess could have handed again."""
    kept = kept_page(db, url)
    if page is None or kept is None or kept[0] == bytes(page):
        return False
    try:
        return unpack_page(kept[0]) != unpack_page(page)
    except PageCodecError:
        return True


def _follow_wall(db: Database, stored: Mapping[str, Any], row: Mapping[str, Any]) -> None:
    """The same text, behind a wall put up (or taken down) since it was stored: the row's
    ``paywalled`` follows the page, without a version (the text did not change).

    Left as it was, a row whose page came to declare its wall (JSON-LD
    ``isAccessibleForFree``, a soft wall over the full text) kept saying it was free, while
    the run counted the page paywalled.
    """
    walled = row.get("paywalled")
    if walled is not None and bool(walled) != bool(stored.get("paywalled")):
        db.conn.execute(
            "UPDATE articles SET paywalled = ?, updated_at = ? WHERE url = ?",
            [int(bool(walled)), row.get("updated_at"), row["url"]],
        )


def _follow_modified(db: Database, stored: Mapping[str, Any], row: Mapping[str, Any]) -> bool:
    """The same article with a later ``modified``: the row's ``modified`` and its origin move
    forward without a version (crawler/storage/rereading.py :func:`moved_modified`); returns
    whether they did.

    Found unchanged, the row kept its older ``modified``, and a user sorting by it saw the
    article as last changed before its page said it was."""
    moved = moved_modified(stored, row)
    if moved is None:
        return False
    db.conn.execute(
        "UPDATE articles SET modified = ?, meta_origin = ?, updated_at = ? WHERE url = ?",
        [moved["modified"], moved["meta_origin"], row.get("updated_at"), row["url"]],
    )
    return True


def live_fetch_time(fetched_at: str, stored_at: str | None) -> str:
    """The time a live fetch is stored at: ``fetched_at``, or one second after the stored
    fetch of the page (``stored_at``) where that is later. The machine's clock stepped back
    since (an NTP correction), and a fetch made now is the page's latest answer whatever the
    clock says: stamped before the stored one, it was placed among the versions as an
    archive's older capture and the row kept the text it replaced."""
    if not _before(fetched_at, stored_at):
        return fetched_at
    stored = stored_moment(stored_at)
    assert stored is not None  # a time: _before read it
    return utc_iso(stored + timedelta(seconds=1))


def _before(fetched_at: str | None, stored_at: str | None) -> bool:
    """True when ``fetched_at`` is a moment before ``stored_at``, both read as times (the
    same moment may be written with ``Z`` or ``+00:00``); False when either is no time."""
    fetched, stored = stored_moment(fetched_at), stored_moment(stored_at)
    return fetched is not None and stored is not None and fetched < stored


def _insert_check(db: Database, url: str, source: str, when: str) -> None:
    db.conn.execute(
        "INSERT INTO article_checks (url, source, first_fetched_at, checked_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET checked_at = excluded.checked_at",
        [url, source, when, when],
    )


def mark_checked(
    db: Database, url: str, when: str, *, source: str | None = None, now: bool = False
) -> None:
    """Record that ``url`` was looked at ``when`` (a 304, an unchanged or a changed page).

    An earlier ``when`` than the stored check's (an archive's older capture) leaves it, unless
    the look was made ``now`` (a revisit's 304): the stored check was then stamped before the
    clock stepped back, and kept, it made the article due again every run until the clock
    caught up with it. An article stored before m060 with no check row gets one, first
    fetched ``when``, if its ``source`` is given.
    """
    cursor = db.conn.execute(
        "UPDATE article_checks SET checked_at = ? WHERE url = ? AND (checked_at < ? OR ?)",
        [when, url, when, now],
    )
    if cursor.rowcount == 0 and source is not None:
        db.conn.execute(
            "INSERT INTO article_checks (url, source, first_fetched_at, checked_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING",
            [url, source, when, when],
        )


def save_validators(db: Database, url: str, etag: str | None, last_modified: str | None) -> None:
    """Keep the ETag and Last-Modified of the answer the stored row came from (or matched)."""
    db.conn.execute(
        "UPDATE article_checks SET etag = ?, last_modified = ? WHERE url = ?",
        [etag, last_modified, url],
    )


def _version_rows(db: Database, url: str) -> list[dict[str, Any]]:
    cursor = db.conn.execute("SELECT * FROM article_versions WHERE url = ? ORDER BY version", [url])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _texts(rows: list[dict[str, Any]]) -> list[str]:
    """The text of each version row, whole texts copied and deltas applied in order.

    VersionsUnreadable when one cannot be rebuilt: a delta that is no JSON, no list (a number,
    NULL) or that does not fit raised whatever its reader raised, a TypeError among them,
    which ended ``scrapy versions`` and ``scrapy export --versions`` in a traceback."""
    texts: list[str] = []
    for row in rows:
        if row["text"] is not None:
            texts.append(row["text"])
            continue
        if not texts:
            raise VersionsUnreadable(
                row["url"], f"version {row['version']} has no text to start from"
            )
        try:
            delta = json.loads(row["diff"])
            if not isinstance(delta, list):
                raise ValueError(f"its delta is no list of operations: {row['diff']!r:.40}")
            texts.append(apply_delta(texts[-1], delta))
        except (TypeError, ValueError) as exc:
            raise VersionsUnreadable(row["url"], f"version {row['version']}: {exc}") from None
    return texts


def _first_version(stored: Mapping[str, Any]) -> dict[str, Any]:
    """The stored state of an article without versions, as its version row."""
    return {
        "url": stored["url"],
        "version": stored["version"] or 1,
        "fetched_at": stored["fetched_at"],
        "title": stored["title"],
        "published": stored["published"],
        "authors": stored["authors"],
        "text": stored["text"] or "",
        "diff": None,
        "content_hash": stored["content_hash"],
        "change_share": None,
        "changed_fields": None,
        "paywalled": _flag(stored.get("paywalled")),
    }


def _flag(value: Any) -> int | None:
    """A ``paywalled`` value as stored: 1, 0, or NULL when unknown."""
    return None if value is None else int(bool(value))


def _encoded(base: str | None, text: str) -> tuple[str | None, str | None]:
    """(text, diff) of a version row: a delta against ``base`` (the text of the version
    before) when it is at most DELTA_MAX_SHARE of the text's size, else the whole text."""
    if base is not None:
        encoded = json.dumps(text_delta(base, text), ensure_ascii=False)
        if len(encoded) <= DELTA_MAX_SHARE * len(text):
            return None, encoded
    return text, None


def _record(db: Database, stored: Mapping[str, Any], new: Mapping[str, Any], change: Change) -> int:
    """Insert the stored state as version 1 if needed, then ``new`` as the next version."""
    rows = _version_rows(db, stored["url"])
    if not rows:
        first = _first_version(stored)
        _insert(db, first)
        rows = [first]
    number = int(rows[-1]["version"]) + 1
    new_text = new.get("text") or ""
    # The chain's last text is the stored text unless the row was rewritten since (by
    # `scrapy reprocess`); a delta is only ever taken against the text the chain rebuilds.
    try:
        base: str | None = _texts(rows)[-1]
    except ValueError:
        base = None
    whole, diff = _encoded(base if base == (stored["text"] or "") else None, new_text)
    _insert(
        db,
        {
            "url": stored["url"],
            "version": number,
            "fetched_at": new["fetched_at"],
            "title": new.get("title"),
            "published": new.get("published"),
            "authors": new.get("authors"),
            "text": whole,
            "diff": diff,
            "content_hash": new.get("content_hash"),
            "change_share": change.share,
            "changed_fields": json.dumps(list(change.fields)),
            "paywalled": _flag(new.get("paywalled")),
        },
    )
    return number


def _record_earlier(db: Database, stored: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    """Put ``new``, a fetch before the stored one, among the versions by its fetch time.

    Nothing is recorded when it is the same fetch as a version's, when it equals the version
    before it (a check of that version) or the version after it (which stays dated by its
    own fetch), or when the stored chain cannot be rebuilt. Otherwise the versions after it
    move up one number, the one right after it is compared with it instead of with the one
    before, and the ``articles`` row, still the latest fetch's, takes its new number.
    """
    rows = _version_rows(db, stored["url"]) or [_first_version(stored)]
    try:
        texts = _texts(rows)
    except ValueError:
        return
    chain = [{**row, "text": text} for row, text in zip(rows, texts, strict=True)]
    at = next(
        (i for i, row in enumerate(chain) if _before(new["fetched_at"], row["fetched_at"])), None
    )
    if at is None:  # versions out of step with the row: nothing to place it before
        return
    earlier = chain[at - 1] if at else None
    if earlier is not None and not _before(earlier["fetched_at"], new["fetched_at"]):
        return
    version = {
        "url": stored["url"],
        "fetched_at": new["fetched_at"],
        "title": new.get("title"),
        "published": new.get("published"),
        "authors": new.get("authors"),
        "text": new.get("text") or "",
        "content_hash": new.get("content_hash"),
        "change_share": None,
        "changed_fields": None,
        "paywalled": _flag(new.get("paywalled")),
    }
    after = compare(version, chain[at])
    if not after.fields:
        return
    if earlier is not None:
        change = compare(earlier, version)
        if not change.fields:
            return
        version["change_share"] = change.share
        version["changed_fields"] = json.dumps(list(change.fields))
    chain[at] = {
        **chain[at],
        "change_share": after.share,
        "changed_fields": json.dumps(list(after.fields)),
    }
    chain.insert(at, version)
    db.conn.execute("DELETE FROM article_versions WHERE url = ?", [stored["url"]])
    # A version row's columns, as the first version's are written: PostgreSQL's rows read
    # with ``SELECT *`` carry its generated rowid too, which no insert may set.
    columns = _first_version(stored).keys()
    base: str | None = None
    for number, row in enumerate(chain, start=1):
        whole, diff = _encoded(base, row["text"])
        written = {**row, "version": number, "text": whole, "diff": diff}
        _insert(db, {name: written.get(name) for name in columns})
        base = row["text"]
    db.conn.execute("UPDATE articles SET version = ? WHERE url = ?", [len(chain), stored["url"]])


def _rewrite_current(db: Database, row: Mapping[str, Any]) -> None:
    """The page of the current version read again (``scrapy reprocess``): its version takes the
    new reading, as the ``articles`` row does, and what changed against the version before.

    Left as it was, ``scrapy versions`` showed the old extraction as the current version and
    the next version's delta had to be whole. Earlier versions keep theirs: their pages are
    not kept. An article without versions has nothing to rewrite.
    """
    rows = _version_rows(db, row["url"])
    if not rows or rows[-1]["fetched_at"] != row["fetched_at"]:
        return
    current = rows[-1]
    share: float | None = None
    fields: str | None = None
    if len(rows) > 1:
        before = dict(rows[-2])
        try:
            before["text"] = _texts(rows[:-1])[-1]
        except ValueError:
            before["text"] = None
        if before["text"] is not None:
            change = compare(before, row)
            share, fields = change.share, json.dumps(list(change.fields))
        else:  # the chain cannot be rebuilt: what changed is kept as recorded
            share, fields = current["change_share"], current["changed_fields"]
    db.conn.execute(
        "UPDATE article_versions SET title = ?, published = ?, authors = ?, text = ?,"
        " diff = NULL, content_hash = ?, change_share = ?, changed_fields = ?, paywalled = ?"
        " WHERE url = ? AND version = ?",
        [
            row.get("title"),
            row.get("published"),
            row.get("authors"),
            row.get("text") or "",
            row.get("content_hash"),
            share,
            fields,
            _flag(row.get("paywalled")),
            row["url"],
            current["version"],
        ],
    )


def _insert(db: Database, row: Mapping[str, Any]) -> None:
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.conn.execute(f"INSERT INTO article_versions ({names}) VALUES ({marks})", list(row.values()))


def history(db: Database, url: str) -> list[Version]:
    """Every version of ``url``, oldest first; one version for an article that never changed,
    none for an unknown URL. VersionsUnreadable when a stored delta cannot be applied."""
    rows = _version_rows(db, url)
    if not rows:
        stored = stored_article(db, url)
        if stored is None:
            return []
        rows = [
            {
                **stored,
                "text": stored["text"] or "",
                "change_share": None,
                "changed_fields": None,
            }
        ]
    return [
        Version(
            url=row["url"],
            version=int(row["version"] or 1),
            fetched_at=row["fetched_at"],
            title=row["title"],
            published=row["published"],
            authors=json.loads(row["authors"]) if row["authors"] else [],
            text=text,
            content_hash=row["content_hash"],
            change_share=row["change_share"],
            changed_fields=json.loads(row["changed_fields"]) if row["changed_fields"] else [],
            paywalled=None if row.get("paywalled") is None else bool(row["paywalled"]),
        )
        for row, text in zip(rows, _texts(rows), strict=True)
    ]


def changed_histories(db: Database, urls: list[str]) -> dict[str, list[Version]]:
    """For each of ``urls`` that changed, every version, the current one last (for exports)."""
    if not urls:
        return {}
    marks = ", ".join("?" for _ in urls)
    changed = [
        r[0]
        for r in db.conn.execute(
            f"SELECT DISTINCT url FROM article_versions WHERE url IN ({marks})", urls
        )
    ]
    return {url: history(db, url) for url in changed}


def due_for_revisit(
    db: Database,
    source: str,
    *,
    first_since: str,
    checked_before: str,
    limit: int | None,
    now: str | None = None,
) -> list[Due]:
    """The source's articles first fetched at or after ``first_since`` and last checked at or
    before ``checked_before`` (or after ``now``), those checked longest ago first, at most
    ``limit`` (None: all).

    At or before: stored times are to the second, so with ``revisit_every_hours`` 0 ("every
    run") an article checked in the second a run starts in is still due. A check stamped after
    ``now`` was stamped before the clock stepped back: its interval is over
    (:func:`crawler.clock.waiting`), not drawn out by the step."""
    params: list[Any] = [source, first_since, checked_before]
    stepped_back = ""
    if now is not None:
        stepped_back = " OR c.checked_at > ?"
        params.append(now)
    if limit is not None:
        params.append(limit)
    cursor = db.conn.execute(
        f"""
        SELECT c.url, a.fetched_url, c.etag, c.last_modified, p.hints
        FROM article_checks c
        JOIN articles a ON a.url = c.url
        LEFT JOIN pages p ON p.url = c.url
        WHERE c.source = ? AND c.first_fetched_at >= ? AND (c.checked_at <= ?{stepped_back})
        ORDER BY c.checked_at, c.url
        """
        + (" LIMIT ?" if limit is not None else ""),
        params,
    )
    due = []
    for url, fetched_url, etag, last_modified, hints in cursor.fetchall():
        try:
            parsed = json.loads(hints) if hints else {}
        except ValueError:
            parsed = {}
        hints_of = parsed if isinstance(parsed, dict) else {}
        due.append(Due(url, fetched_url or url, etag, last_modified, hints_of))
    return due


def resolve_url(db: Database, url: str) -> str | None:
    """The stored article ``url`` names: itself, or the article it redirected to."""
    if db.conn.execute("SELECT 1 FROM articles WHERE url = ?", [url]).fetchone():
        return url
    row = db.conn.execute("SELECT target FROM url_seen WHERE url = ?", [url]).fetchone()
    if (
        row
        and row[0]
        and db.conn.execute("SELECT 1 FROM articles WHERE url = ?", [row[0]]).fetchone()
    ):
        return str(row[0])
    return None


def stored_urls_under(db: Database, prefix: str, limit: int) -> list[str]:
    """Up to ``limit`` stored article URLs under ``prefix`` + "/" (a scheme and host), in
    order: a range of the primary key, as "/" + 1 is "0"."""
    rows = db.conn.execute(
        "SELECT url FROM articles WHERE url >= ? AND url < ? ORDER BY url LIMIT ?",
        [f"{prefix}/", f"{prefix}0", limit],
    ).fetchall()
    return [str(url) for (url,) in rows]


def kept_validators(db: Database, url: str) -> tuple[str, str | None, str | None] | None:
    """(stored URL, ETag, Last-Modified) of the stored article ``url`` names, when its answer
    gave a validator and its page is kept: a 304 to a request with them leaves a page to read
    links from (a site crawl's). None otherwise, and the page is fetched in full."""
    target = resolve_url(db, url)
    if target is None:
        return None
    row = db.conn.execute(
        "SELECT c.etag, c.last_modified FROM article_checks c JOIN pages p ON p.url = c.url"
        " WHERE c.url = ? AND p.html_gz IS NOT NULL",
        [target],
    ).fetchone()
    if row is None or not (row[0] or row[1]):
        return None
    return target, row[0], row[1]


def kept_page(db: Database, url: str) -> tuple[bytes, str] | None:
    """(``pages.html_gz``, the URL it was fetched from) of the stored article ``url``."""
    row = db.conn.execute(
        "SELECT html_gz, fetched_url FROM pages WHERE url = ? AND html_gz IS NOT NULL", [url]
    ).fetchone()
    return (bytes(row[0]), str(row[1] or url)) if row else None


def check_of(db: Database, url: str) -> tuple[str | None, str | None]:
    """(source, last checked) of a stored article."""
    row = db.conn.execute(
        "SELECT a.source, c.checked_at FROM articles a"
        " LEFT JOIN article_checks c ON c.url = a.url WHERE a.url = ?",
        [url],
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)
